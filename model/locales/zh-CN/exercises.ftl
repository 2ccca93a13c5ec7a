# 练习：题目、详细解答与导出（model/src/exercise/）。
# 译自英文原文（locales/en/exercises.ftl），变量与原文一致。
# 数字已按中文写法格式化后传入（$t、$rate、$mem 等为 "1.5 秒"、"125 MB/s" 这样的文本）；
# $n、$k、$rounds 以数字传入（中文不区分单复数）。

## 连接词与句子

# 中文句子之间不加空格。
sentence-sep = {""}
list-sep = {"、"}
list-and = { $init }和{ $last }
list-then = {"，之后 "}

## 时长：$n 为该单位下的数值，$s 为秒数

dur-ms = { $n } 毫秒
dur-s = { $n } 秒
dur-min = { $n } 分钟（{ $s } 秒）
dur-h = { $n } 小时（{ $s } 秒）
link = { $gbit } Gbit/s（{ $rate }）

## 名称

topic-cold = 冷迁移
topic-suspended = 挂起迁移
topic-live = 热迁移（预拷贝）
topic-postcopy = 后拷贝
topic-hybrid = 混合迁移
topic-policies = 策略与选择
topic-faults = 故障
topic-evacuation = 宿主机疏散

type-cold = 冷迁移
type-suspended = 挂起迁移
type-live = 热迁移（预拷贝）
type-postcopy = 后拷贝
type-hybrid = 混合迁移

order-given = 给定顺序
order-listed = 按列出的顺序
order-smallest-first = 小的优先
order-largest-first = 大的优先
order-least-dirty-first = 写入最少的优先

metric-total-time = 总时间
metric-downtime = 停机时间
metric-degraded-time = 降级运行时间
metric-bytes-sent = 发送字节数
metric-precopy-rounds = 预拷贝轮数
metric-converged = 是否收敛
metric-evacuation-time = 疏散时间

## 答案

answer-yes = 是
answer-no = 否
answer-rounds = { $n } 轮预拷贝
answer-tied = { $names }（并列）

## 导出

text-title = 习题集 { $seed }
text-answer-key = 参考答案
text-answer = { $answer }（{ $metric }）
text-answer-tolerance = { $answer }（{ $metric }，允许误差 ±{ $pct }%）
gift-answer-in = （以{ $unit ->
        [s] 秒
       *[other] {" "}{ $unit }{" "}
    }为单位作答。）
gift-true-false = （True = 是，False = 否。）

## 多道题共用的问题

ask-out-of-service = 虚拟机停止服务多长时间（单位：秒）？
ask-migration-time = 迁移需要多长时间（单位：秒）？
ask-bytes = 链路上总共传输多少字节（单位：GB）？

## 模拟结果：每个解答的最后一行

sim-total-time = 模拟得到的总时间为 { $t }。
sim-downtime = 模拟得到的停机时间为 { $t }。
sim-degraded-time = 模拟中，虚拟机降级运行了 { $t }。
sim-bytes-sent = 模拟中，链路上总共发送了 { $b }。
sim-precopy-rounds = 模拟在停机拷贝之前进行了 { $n } 轮预拷贝。
sim-converged-yes = 模拟中预拷贝收敛：是。
sim-converged-no = 模拟中预拷贝不收敛：否。
sim-evacuation-time = 模拟中，宿主机在 { $t } 后清空。

## 冷迁移与挂起迁移

copy-rate = 拷贝速度取链路与存储中最慢者：min({ $link }，读 { $read }，写 { $write }) = { $rate }。
cold-question = 一台虚拟机进行冷迁移：客户机先关机（{ $shutdown }），其配置（64 KiB）和 { $disk } GiB 的磁盘经一条 { $link }的链路拷贝过去（两端存储的读写速度均为 { $storage }），然后在目标主机上启动（{ $boot }）。
cold-doubled-ask = 链路升级为原来两倍的带宽（{ $rate }）。现在虚拟机停止服务多长时间（单位：秒）？
cold-step-intro = 冷迁移：虚拟机在关机、拷贝和启动期间都处于停机状态。
cold-step-copy = 拷贝时间 =（64 KiB + 磁盘）/ 速度 = { $moved } / { $rate } = { $copy }。
cold-step-downtime = 停机时间 = 关机 + 拷贝 + 启动 = { $shutdown } + { $copy } + { $boot } = { $total }。
cold-doubled-why = 只有当链路是瓶颈时，带宽加倍才有用：现在链路为 { $link }，存储为 { $storage }。

suspended-question = 一台内存为 { $mem } GiB 的虚拟机进行挂起迁移：先保存为状态文件（存储写入速度 { $write }），{ $storage ->
        [shared] 状态文件和磁盘留在两台主机共享的存储上，只有 64 KiB 的配置经
       *[own] 配置（64 KiB）、状态文件及其 { $disk } GiB 的磁盘都经
    }一条 { $link }的链路传输，再在目标主机上恢复（存储读取速度 { $read }）。
suspended-step-save = 挂起：状态文件（全部内存，M = { $mem }）以 { $write } 写入：{ $save }。
suspended-step-moved = 传输：{ $storage ->
        [shared] 只有 64 KiB 的配置经过链路（状态文件和磁盘在共享存储上）
       *[own] 配置、状态文件和磁盘都要经过链路
    }。
suspended-step-transfer = 传输时间 = { $moved } / { $rate } = { $copy }。
suspended-step-restore = 恢复：M / 读取速度 = { $mem } / { $read } = { $restore }。
suspended-step-total = 总时间（全部为停机时间）= { $save } + { $copy } + { $restore } = { $total }。
hold-ask = 挂起完成 { $at } 后，迁移因{ $reason }而暂停 { $duration }。虚拟机总共停机多长时间（单位：秒）？
hold-step = 暂停会把它的全部时长计入：虚拟机安全地保存在状态文件中等待，因此停机时间 = { $base } + { $duration } = { $total }。

## 预拷贝热迁移

live-describe = 一台内存为 { $mem } GiB 的虚拟机通过一条 { $link }的链路进行热迁移（预拷贝），客户机以 { $dirty } 的速率写脏页面{ $working-set ->
        [capped] ，且写入全部落在 { $ws-mib } MiB 的工作集内
       *[none] {""}
    }。当一轮中产生的脏页能装进带宽 × 停机时间上限（{ $limit }）时，预拷贝停止；剩下的脏页在虚拟机暂停后发送。
live-ask-rounds = 在停机拷贝之前要进行多少轮预拷贝（包括第 0 轮，即完整的一遍）？
live-ask-downtime = 停机时间是多少（单位：秒）？
live-ask-total = 整个迁移需要多长时间（单位：秒）？
live-lambda = λ = 脏页率 / 带宽 = { $dirty } / { $rate } = { $lambda }。
live-threshold = 阈值：当一轮产生的脏页能装进带宽 × 停机时间上限 = { $rate } × { $limit } = { $threshold } 时，预拷贝停止。
live-rounds = 第 i 轮发送 V_i = M·λ^i（第 0 轮发送全部内存 M = { $mem }），所以 n = ⌈log_λ(阈值 / M)⌉ = ⌈ln({ $ratio }) / ln({ $lambda })⌉ = ⌈{ $log }⌉ = { $n } 轮预拷贝（至少 1 轮）。
live-final-copy = 最后一次拷贝 V_n = M·λ^n = { $mem } × { $lambda }^{ $n } = { $final }。
live-downtime = 停机时间 = { $device ->
        [yes] (V_n + 设备状态)
       *[no] V_n
    } / R{ $resume ->
        [yes] {" "}+ 恢复时间
       *[no] {""}
    } = { $numbers } = { $downtime }。
live-precopy-time = 预拷贝时间 = Σ V_i / R = M(1 − λ^n) / ((1 − λ)·R) = { $t }。
live-total = 总时间 = 预拷贝 + 停机时间 = { $precopy } + { $downtime } = { $total }。
live-bytes = 字节数 = M + M·λ + … + M·λ^n = M(1 − λ^(n+1)) / (1 − λ) = { $sent }。

converge-ask = 模拟在 { $limit } 后放弃。预拷贝能否收敛（是或否）？
converge-lambda = λ = { $dirty } / { $rate } = { $lambda }；阈值 = 带宽 × 停机时间上限 = { $threshold }。
converge-recurrence = 每一轮发送上一轮留下的脏页：V_(i+1) = min(λ·V_i, 工作集)。
converge-working-set = 写入始终落在 { $ws } 的工作集内，所以任何一轮留下的脏页都不会超过它；它{ $fits ->
        [yes] 能
       *[no] 不能
    }装进阈值。
converge-yes = 经过 { $n } 轮后只剩 { $final } 脏页，低于阈值：是，预拷贝收敛（预拷贝时间 { $t }）。
converge-no-lambda = λ ≥ 1：每一轮写脏的量至少和发送的一样多，待发送的脏页永远降不到阈值：否。
converge-no-slow = 每轮缩小得太慢，先到达时间上限（{ $limit }）：否。

double-ask = 链路升级为原来两倍的带宽（{ $rate }），客户机仍以 { $dirty } 写入。现在的停机时间是多少（单位：秒）？
double-before = 升级前：λ = { $lambda }，{ $n } 轮预拷贝，停机时间 { $downtime }。R 加倍使 λ 减半、阈值加倍。

## 后拷贝与混合迁移

postcopy-question = 一台内存为 { $mem } 的虚拟机通过一条 { $link }的链路进行后拷贝迁移{ $cap ->
        [capped] （QEMU 将迁移流限速为 { $cap-rate }）
       *[none] {""}
    }：它立即切换（一次往返，{ $rtt }），内存随后通过后台推送和缺页请求传过去。
postcopy-ask-degraded = 虚拟机在目标主机上降级运行（仍有页面缺失）多长时间（单位：秒）？
postcopy-step-once = 后拷贝每个页面只发送一次：全部内存 M 在切换之后传输。
postcopy-step-rate = 推送先以流速率 { $stream } 进行，直到剩余部分能装进速率 × 停机时间上限（{ $stream } × { $limit } = { $rest }）；剩余部分以链路速度 { $link } 发送。
postcopy-step-push = 推送时间 =（M − 剩余）/ 流速率 + 剩余 / 链路 = ({ $mem } − { $rest }) / { $stream } + { $rest } / { $link } = { $push }。
postcopy-step-degraded = 在最后一个页面到达之前，虚拟机在目标主机上降级运行：{ $push }。
postcopy-step-total = 总时间 = 切换（RTT）+ 推送 = { $rtt } + { $push } = { $total }。

hybrid-question = 一台内存为 { $mem } 的虚拟机通过一条 { $link }的链路进行混合迁移，客户机写入速率为 { $dirty }：最多进行 { $k } 轮预拷贝（第 0 轮发送全部内存；若某一轮留下的脏页不超过带宽 × 停机时间上限（{ $limit }），预拷贝提前停止），然后切换（一次往返，{ $rtt }），仍为脏的页面通过后拷贝传输。
hybrid-lambda = λ = { $dirty } / { $rate } = { $lambda }；预拷贝停止规则的阈值为 带宽 × 停机时间上限 = { $threshold }。
hybrid-stopped = 第 { $round } 轮之后只剩 { $left } 脏页，低于阈值：预拷贝在此停止，其余部分在虚拟机暂停时发送（没有后拷贝）。
hybrid-switched = 没有任何一轮降到阈值以下，所以 { $k } 轮之后虚拟机切换（RTT { $rtt }），仍为脏的 { $left } 通过后拷贝传输。
hybrid-sum = 第 0 轮发送 M，之后每轮是上一轮的 λ 倍，最后加上剩余部分：{ $terms } = { $total }。
hybrid-time = 全部数据以 { $rate } 传输：{ $total } / { $rate }{ $switchover ->
        [yes] {" "}+ RTT { $rtt }
       *[no] {""}
    } = { $time }。

## 比较：哪种类型或策略达到目标

goal = { $metric ->
        [total] 最短的迁移（总时间）
        [bytes] 链路上最少的字节数
       *[downtime] 最短的停机时间
    }
types-question = 一台内存为 { $mem } 的虚拟机，磁盘位于共享存储上，需要通过一条 { $link }的链路迁移，客户机写入速率为 { $dirty }（关机 { $shutdown }，启动 { $boot }，存储每个方向 { $storage }，停机时间上限 { $limit }）。哪种迁移类型能得到{ $goal }：{ $names }？
policies-question = 一台内存为 { $mem } 的虚拟机通过一条 { $link }的链路进行热迁移，客户机写入速率为 { $dirty }（停机时间上限 { $limit }）。哪种停止策略能得到{ $goal }：QEMU（待发送量装得进 带宽 × 停机时间上限）、Xen 经典版（30 轮、脏页少于 50 个或已发送 3 倍内存）、Xen 当前版（5 轮或少于 50 页）、vMotion（切换目标 500 毫秒，SDPS）还是 SimGrid（阈值 30 毫秒）？
compare-run = { $name }：{ $value }{ $rounds ->
        [0] {""}
       *[other] （{ $rounds } 轮预拷贝）
    }。{ $why }
compare-least = { $metric ->
        [total] 总时间最短
        [bytes] 发送字节最少
       *[downtime] 停机时间最短
    }：{ $name }。
compare-least-tied = { $metric ->
        [total] 总时间最短
        [bytes] 发送字节最少
       *[downtime] 停机时间最短
    }：{ $names } 并列（差距在十亿分之一以内），都算正确。

why-cold = 冷迁移：关机、拷贝和启动期间都停机；不存在收敛问题。
why-suspended = 挂起迁移：整个迁移过程（挂起、传输、恢复）虚拟机都处于停机状态。
why-postcopy = 后拷贝先切换：虚拟机在目标主机上恢复运行，内存随后传过去。
why-hybrid = 经过 { $n } 轮预拷贝后，混合迁移带着仍为脏的 { $left } 切换到后拷贝。
why-fits = 剩余的 { $left } 脏页可以在 { $goal } 以内发完：{ $policy ->
        [textbook] 教科书规则
        [vmotion] vMotion
        [simgrid] SimGrid
       *[qemu] QEMU
    } 暂停虚拟机进行最后一次拷贝。
why-xen-few = 最后一轮写脏的页面少于 50 个：Xen 挂起该域进行最后一次拷贝。
why-xen-stop = { $cause ->
        [sent] 已发送超过 3 倍内存：Xen 停止迭代，在域挂起后拷贝剩余的 { $left } 脏页。
       *[limit] 达到 Xen 的迭代上限（{ $max } 轮在线拷贝）：挂起该域并拷贝剩余的 { $left } 脏页。
    }
why-not-converged = 预拷贝不收敛：虚拟机被暂停，其余部分在停止状态下发送。

## 故障

drop-ask = 在 { $at } 时，链路带宽降到 { $rate }，持续 { $duration } 秒。虚拟机停止服务多长时间（单位：秒）？
spike-ask = 在 { $at } 时，往返时间增加 { $extra } 毫秒，持续 { $duration } 秒；TCP 在途数据最多为一个 { $window } 的窗口（取 4 MiB 与 带宽 × RTT 中较大者）。虚拟机停止服务多长时间（单位：秒）？
fault-step = 故障期间拷贝速度为 min(链路 { $link }，存储) = { $during }，而不是 { $rate }，所以这 { $duration } 秒只发送了 { $sent }，而本应发送 { $would }：拷贝多花了 { $lost }。
fault-downtime = 停机时间 = { $base } + { $lost } = { $total }。
postcopy-drop-question = 一台内存为 { $mem } 的虚拟机通过一条 { $link }的链路进行后拷贝迁移（切换：一次往返，{ $rtt }）。在第 { $at } 秒，带宽降到 { $rate }，持续 { $duration } 秒。迁移需要多长时间（单位：秒）？
postcopy-drop-without = 没有故障时：RTT + M / R = { $rtt } + { $mem } / { $rate } = { $t }。
postcopy-drop-during = 这 { $duration } 秒内以 { $drop } 发送了 { $sent }，而不是 { $would }：推送多花了 { $duration } × (1 − { $drop } / { $rate }) = { $lost }。
postcopy-drop-total = 总时间 = { $total }。

## 宿主机疏散

evac-vm = { $name }（{ $mem }，{ $writes ->
        [idle] 空闲
       *[writing] 写入 { $dirty }
    }）
evac-question = 一台宿主机要进入维护，必须通过它 { $link }的链路清空。它上面的虚拟机：{ $fleet }。每台都按 QEMU 的规则热迁移（停机时间上限 300 毫秒）；虚拟化管理程序{ $k ->
        [1] 一次只运行一个迁移
       *[other] 最多同时运行 K = { $k } 个迁移，它们平分链路
    }，其余的排队等待（{ $order }）。宿主机要多长时间才能清空（单位：秒）？
evac-share = { $running ->
        [1] 单独一个时获得 { $rate }
       *[other] { $running } 个同时运行时各得 { $rate }
    }
evac-shares = 同时运行的迁移按最大最小公平原则分享链路，没有限速时均分：{ $list }。
evac-start = 启动顺序（{ $order }）：{ $names }。{ $k ->
        [1] 第一个
       *[other] 前 { $k } 个
    }在 0 秒启动；其余每个占用最先空出的位置，只有在某个迁移开始或结束时份额才会变化。
evac-share-from = 自 { $at } 起 { $rate }
evac-why-writing = λ = { $dirty } ÷ { $share } = { $lambda }，小于 1，所以它的预拷贝收敛
evac-why-idle = 空闲，没有需要重发的页面
evac-vm-line = { $name }（{ $mem }，{ $writes ->
        [idle] 空闲
       *[writing] 写入 { $dirty }
    }）在 { $start } 启动；它的份额：{ $shares }。{ $why }：{ $n } 轮预拷贝，用时 { $time }，所以在 { $end } 离开。
evac-bound = 无论 K 和顺序如何，链路都要把每台虚拟机的内存传一遍：{ $memory } ÷ { $rate } = { $time }；拷贝期间写入的页面还要另外重发（总共 { $sent }）。
evac-end = 最后一台虚拟机离开时宿主机清空：模拟得到的疏散时间为 { $time }。

## 批改答案（应用中的反馈）

grade-empty = 请先输入答案
grade-yes-no = 请回答“是”或“否”
grade-pick = 请从 { $n } 个选项中选一个
grade-whole = 请输入整数，例如 7
grade-time = 请输入时间，例如 254 毫秒、0.254 秒或 4 分钟
grade-size = 请输入大小，例如 21.4 GB（只写数字表示 GB）
grade-number = 请输入数字
off-by-one = 差了一轮：{ $dir ->
        [many] 多了一轮
       *[few] 少了一轮
    }
off-rounds = { $dir ->
        [many] 多了
       *[few] 少了
    } { $n } 轮预拷贝
off-percent = 你的答案{ $dir ->
        [high] 偏高
       *[low] 偏低
    } { $pct }%
off-factor = 你的答案{ $dir ->
        [high] 偏高
       *[low] 偏低
    }约 { $factor } 倍{ $units ->
        [yes] （请检查单位）
       *[no] {""}
    }
off-zero = 你的答案是零
off-negative = 你的答案小于零
