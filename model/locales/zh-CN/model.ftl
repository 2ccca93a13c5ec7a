# 模型自己的句子：一次运行为何停止（Trace::stop_reason）以及各事件的说明（trace::Note）。
# 英文是原文（en/model.ftl）。大小、速率和时长已写好传入（$memory = "4.295 GB"）；
# $percent 和 $faults 是写好的整数；$round、$previous、$rounds、$max 和 $pages 以数字
# 传入。$type、$fault、$reason 和 $safe 是下面的词（word-…）。

## 句子作为参数使用的词

word-type-cold = 冷
word-type-suspended = 挂起
word-type-live = 热（预拷贝）
word-type-postcopy = 后拷贝
word-type-hybrid = 混合
word-fault-bandwidth-drop = 带宽下降
word-fault-latency-spike = 延迟突增
word-fault-link-failure = 链路故障
word-fault-source-host-failure = 源主机故障
word-fault-destination-host-failure = 目标主机故障
word-hold-technical-issue = 技术问题
word-hold-budget = 预算
word-hold-compliance-review = 合规审查
word-hold-waiting-on-other-system = 等待其他系统
word-safe-state-file = 虚拟机安全地保存在状态文件中，但处于停机状态
word-safe-paused = 虚拟机仍暂停在源主机上，安全但处于停机状态

## 如果……？按所变参数的值为一次运行命名（migration_model::vary）
vary-value = { $value }
word-policy-qemu = QEMU
word-policy-textbook = 教科书规则（Clark 等）
word-policy-xen = Xen（经典版）
word-policy-xen5 = Xen（当前版）
word-policy-vmotion = vMotion
word-policy-simgrid = SimGrid
vary-no-fault = 无故障
vary-no-change = 无变化
vary-no-hold = 无暂停
vary-and = { $first }，并且{ $next }
vary-fault-at = 在 { $at } 时{ $fault }
vary-bandwidth-drop = 在 { $at } 时带宽降到 { $rate }，持续 { $duration }
vary-latency-spike = 在 { $at } 时延迟突增 +{ $extra }，持续 { $duration }
vary-change-bw = 从 { $at } 起带宽为 { $rate }
vary-change-dirty = 从 { $at } 起写入速率为 { $rate }
vary-hold = 在 { $at } 时因{ $reason }暂停 { $duration }
vary-via = { $via ->
        [file] 状态文件
       *[stream] 经链路传输
    }
vary-writes = { $model ->
        [linear] 线性写入
       *[uniform] 均匀写入
    }
vary-ws-all = 全部内存
vary-no-cap = 不限速
vary-xbzrle-off = 关闭 XBZRLE
vary-xbzrle = XBZRLE 缓存 { $size }
vary-never-paused = 从不暂停
vary-paused-after = { $after } 后暂停
vary-seed = 随机种子 { $seed }
vary-hybrid-rounds = { $n } 轮预拷贝
vary-switch = { $key ->
        [shared] 共享存储
       *[autoconverge] 自动收敛
    }：{ $on ->
        [yes] 是
       *[no] 否
    }


## 各类迁移的事件

note-start = 一台 { $memory } 虚拟机的{ $type }迁移开始
note-failure-at = { $t } 发生{ $fault }
note-bandwidth-becomes = 链路带宽变为 { $rate }
note-bandwidth-becomes-was = 链路带宽变为 { $rate }（原为 { $before }）
note-writes-become = 客户机现在以 { $rate } 写入
note-writes-become-was = 客户机现在以 { $rate } 写入（原为 { $before }）
note-link-drops = 链路降到 { $rate }，持续 { $duration }
note-latency-spike = 往返时间增加 { $extra }，持续 { $duration }；TCP 吞吐量受限于 窗口 / RTT
note-fault-no-change = 此时发生{ $fault }不会改变结果
note-runs-at-destination = 虚拟机在目标主机上运行
note-commit-frees = 目标主机提交；源主机释放其副本

## 冷迁移

note-cold-shutdown = 客户机关机（{ $duration }）；其内存内容被丢弃
note-cold-config-only = 只拷贝配置：磁盘位于共享存储上
note-cold-copy = 配置和 { $disk } 磁盘以最高 { $rate } 拷贝
note-cold-booted = 虚拟机已在目标主机上启动
note-cold-registered = 目标主机注册该虚拟机；源主机上的副本被删除
stop-cold = 冷迁移：关机、拷贝和启动期间都处于停机状态（{ $duration }）；没有需要收敛的过程
stop-cold-source-died = 源主机宕机，但虚拟机的配置和磁盘在那里完好无损：迁移被放弃，主机恢复后可在源主机上启动虚拟机
stop-cold-fault = { $fault }终止了迁移；源主机上的副本完好，虚拟机在源主机上保持关机

## 预拷贝（热迁移、混合迁移）

note-pass-first = 第 0 轮在虚拟机运行的同时发送全部 { $bytes } 内存
note-pass = 第 { $round } 轮发送在结束第 { $previous } 轮的位图同步时仍为脏的 { $bytes }
note-libvirt-timeout = libvirt --timeout：{ $t } 后虚拟机被暂停，迁移在其停止状态下完成
note-timeout-pause = 虚拟机在源主机上暂停；剩余的 { $memory } 内存在其停止状态下发送
note-sdps = 客户机写入快于 { $rate } 的发送速率：SDPS 让 vCPU 在 { $percent }% 的时间里停顿
note-auto-converge = 连续两次同步时写入都超过发送：自动收敛（auto-converge）把 vCPU 限速到 { $percent }%
note-pause-stop-and-copy = 虚拟机在源主机上暂停；最后的 { $dirty } 和 { $device } 设备状态以 { $rate } 发送
stop-libvirt-timeout = 预拷贝在 { $t } 后仍未收敛：libvirt 的 --timeout 暂停了虚拟机，并在其停止状态下发送剩余的 { $pending }
stop-hybrid-switch = 经过 { $rounds } 轮预拷贝后，混合迁移切换到后拷贝，仍有 { $dirty } 为脏
stop-not-converged = { $t } 后仍未收敛（{ $rounds } 轮，仍有约 { $pending } 为脏），且{ $stopped ->
        [cap] 模拟在 { $max } 轮后停止
       *[limit] 已达到时间上限
    }：{ $why ->
        [auto-converge] 即使启用了自动收敛也是如此
        [no-limit] QEMU 没有轮数上限，会一直迭代直到被取消
       *[policy] 该策略尚未停止
    }；虚拟机继续在源主机上运行
stop-precopy-fault = { $fault }终止了迁移：迁移被放弃，虚拟机继续在源主机上运行
stop-precopy-lost = 源主机在运行虚拟机时宕机：虚拟机丢失（目标主机只有部分副本）
stop-stop-and-copy-fault = { $fault }打断了停机拷贝：迁移失败，libvirt 察觉后，暂停的虚拟机在源主机上恢复运行
stop-stop-and-copy-lost = 源主机在停机拷贝期间宕机：虚拟机丢失
stop-resume-destination-died = 目标主机在提交之前宕机：仍保有暂停虚拟机的源主机将其恢复运行

## 停止规则

stop-fits = 待发送的 { $pending } 能在 { $goal } 内以 { $rate } 发完：{ $who ->
        [qemu] QEMU
        [textbook] 教科书规则
        [vmotion] vMotion
       *[simgrid] SimGrid
    }暂停虚拟机进行最后一次拷贝
stop-xen-few-pages = 上一轮只有 { $pages } 个页被写脏（少于 50）：Xen 挂起该域进行最后一次拷贝
stop-xen-iterations = 达到 Xen 的迭代上限（{ $max } 轮热迁移）：它挂起该域并拷贝仍为脏的 { $pending }
stop-xen-sent = 已发送超过 3× 内存（{ $sent }）：Xen 放弃迭代，拷贝仍为脏的 { $pending }

## 后拷贝与混合迁移

note-postcopy-pause = 虚拟机在源主机上暂停；其 CPU 和设备状态（{ $device }）传往目标主机
note-postcopy-switchover = 虚拟机在目标主机上运行；仍有 { $left } 内存在源主机上，通过后台推送和按需缺页到达
note-postcopy-done = 所有页都已到达（{ $faults } 个通过按需缺页；vCPU 在后拷贝期间有 { $percent }% 的时间因缺页而阻塞）；源主机释放其副本
stop-postcopy = 后拷贝先切换：虚拟机在目标主机上恢复运行，内存随后到达
stop-postcopy-switch-fault = { $fault }发生在目标主机拿到 CPU 状态之前：源主机恢复运行虚拟机
stop-postcopy-switch-lost = 源主机在切换期间宕机：虚拟机丢失
stop-postcopy-link-paused = 后拷贝期间链路故障：虚拟机在目标主机上暂停（postcopy-paused）；两台主机都还在，链路恢复后即可继续
stop-postcopy-split-lost = 后拷贝切换后发生的{ $fault }使虚拟机丢失：其内存分散在两台主机上

## 挂起迁移（状态文件，或暂停后流式传输）

note-suspend-write = 虚拟机挂起：{ $file } 内存以 { $rate } 写入状态文件
note-state-file-shared = 状态文件留在共享存储上：只有配置经链路传输
note-state-file-moves = 状态文件和磁盘（{ $bytes }）传往目标主机
note-resumes-where-left = 虚拟机在目标主机上从原处继续运行
note-commit-state-file = 目标主机提交；源主机上的状态文件被删除
note-paused-first = 虚拟机先被暂停（libvirt migrate 不带 --live）：没有页被写脏，因此它的 { $memory } 内存只发送一次
note-disks-copied-paused = 在虚拟机暂停期间拷贝磁盘（{ $disks }）
note-paused-streams = 暂停的虚拟机的 { $memory } 内存以 { $rate } 流向目标主机
note-paused-rest = 剩余部分（{ $rest }）不超过 { $rate } × { $limit } 停机时间上限：QEMU 完成迁移，以链路速度发送它和 { $device } 设备状态
note-hold-start = 迁移暂缓（{ $reason }），持续 { $duration }；{ $safe }
note-hold-end = 暂缓（{ $reason }）结束
stop-still-on-hold = 模拟在 { $t } 停止时仍在暂缓（{ $reason }）：{ $safe }
stop-suspended = 挂起迁移：虚拟机在整个 { $t } 内都处于停机状态（挂起、传输、暂缓、恢复）
stop-paused = 暂停迁移：从暂停到在目标主机上恢复运行，虚拟机在整个 { $t } 内都处于停机状态（QEMU 自己的停机时间只计算最后以链路速度发送的一步）
stop-suspended-lost-before-file = 状态文件写完之前源主机宕机：虚拟机的运行状态丢失（磁盘仍在，可冷启动）
stop-suspended-source-died-file = 源主机宕机，但其存储上的状态文件和磁盘完好无损：迁移被放弃，主机恢复后可在源主机上恢复虚拟机
stop-suspended-fault-file = { $fault }终止了迁移；源主机上的状态文件完好，虚拟机仍挂起在那里
stop-suspended-lost-paused = 源主机在保有暂停虚拟机时宕机：虚拟机丢失（目标主机只有其部分内存）
stop-suspended-fault-paused = { $fault }终止了迁移：libvirt 察觉后，暂停的虚拟机在源主机上恢复运行

## 读取录制文件（model/src/replay）：文件、某一行或其 JSON 为何无法使用。
## $found、$kind、$desc 和 $status 原样引用文件内容；$why、$lines、$first、$rest、
## $expected 和 $what 是本节的句子或词。

recording-error-not-a-recording = 这不是迁移录制文件：{ $why }。
recording-error-empty = 文件是空的
recording-error-no-ram = 没有一条带 RAM 计数器的 query-migrate 采样（"ram": {"{"}"transferred": …{"}"}）
recording-error-no-usable = 没有可用的 query-migrate 采样；{ $lines }
recording-error-list = { $first }；{ $rest }
recording-error-line = 第 { $line } 行：{ $why }
recording-error-more = 另有 { $n } 处
recording-error-after-end = 迁移结束后还有 { $n } 条采样（保留了第一条 '{ $status }'）
recording-error-timestamp = 应答之前应为 Unix 时间戳（如 1764523800.25），却遇到了 '{ $found }'
recording-error-after-timestamp = 时间戳之后应为 JSON 对象，却遇到了 '{ $found }'
recording-error-not-an-object = 应为 JSON 对象（'{"{"}…{"}"}'）或后接 JSON 对象的 Unix 时间戳，却遇到了 '{ $found }'
recording-error-unknown-line = 应为 query-migrate 应答（{"{"}"return": {"{"}"status": …{"}"}{"}"} 或单独的对象）、QMP 事件，或带 "kind" 的录制行
recording-error-not-json = 第 { $column } 列起不是 JSON：{ $why }
recording-error-kind-not-text = 'kind' 应为字符串，实际是{ $found }
recording-error-unknown-kind = 未知的行类型 '{ $kind }'（应为 run、sample、event、dirty 或 note）
recording-error-no-rel = 缺少 'rel'（自 migrate 起的秒数）
recording-error-no-rate = 缺少 'rate'
recording-error-no-status = 缺少 'status'
recording-error-status = 'status' 应为字符串（如 "active"），实际是{ $found }
recording-error-qmp = QMP 返回了错误：{ $desc }
recording-error-qmp-no-desc = 无描述
recording-error-return = 'return' 应为对象，实际是{ $found }
recording-error-not-a-number = '{ $key }' 应为数字（{ $what }），实际是{ $found }
recording-error-negative = '{ $key }' 不应为负数（{ $what }），实际是 { $n }
recording-error-event-name = 事件需要在 'event' 中给出名称
recording-error-migration-status = MIGRATION 事件需要字符串 'status'
recording-error-pass-number = MIGRATION_PASS 事件需要其轮次编号 'pass'

recording-error-unit-bytes = 字节
recording-error-unit-ms = 毫秒
recording-error-unit-s = 秒
recording-error-unit-pages = 页
recording-error-unit-pages-per-s = 页/秒
recording-error-unit-count = 计数
recording-error-unit-mbps = Mbit/s
recording-error-unit-percent = %
recording-error-unit-mib = MiB
recording-error-unit-mib-s = MiB/s 或 "unlimited"
recording-error-unit-rel = 自 migrate 起的秒数
recording-error-unit-rate = 每秒写入的页数
recording-error-unit-pass = 轮次编号

recording-error-value-null = null
recording-error-value-bool = true/false
recording-error-value-number = 数字
recording-error-value-string = 字符串
recording-error-value-list = 列表
recording-error-value-object = 对象

recording-error-json = { $expected }，却遇到了{ $found }
recording-error-json-found-end = 行尾（这一行是否被截断了？）
recording-error-json-found-control = 控制字符 U+{ $code }
recording-error-json-found-char = '{ $char }'
recording-error-json-end-of-value = 值之后应为行尾
recording-error-json-too-deep = 嵌套这么深的不是录制文件
recording-error-json-any-value = 应为一个值（对象、列表、字符串、数字、true、false 或 null）
recording-error-json-value = 应为一个值
recording-error-json-key = 应为用双引号括起的键
recording-error-json-colon = 键之后应为 ':'
recording-error-json-object-comma = 值之后应为 ',' 或 '{"}"}'
recording-error-json-list-comma = 值之后应为 ',' 或 ']'
recording-error-json-quote = 应为字符串的结束引号 '"'
recording-error-json-escape = 应为转义序列，如 \n、\" 或 \u00e9
recording-error-json-hex = \u 之后应为四位十六进制数字
recording-error-json-digit = 应为数字
recording-error-json-fraction = 小数点之后应为数字
recording-error-json-exponent = 应为指数的数字
recording-error-json-float = 应为 64 位浮点数能表示的数字

## 课程文件中的错误（model/src/lesson/：课程读取器的错误和警告）

# 课程读取器对作者文件的说明，附带步骤、字段和行号（lesson::LessonError）。字段名
# （scene、at、text）和文件本身的语法（== 标题、键: 值、{占位符}）保持文件中的写法。
# $written、$name、$key、$value、$word、$phase、$type、$fields、$phases 和 $title
# 按原样引用；$end 和 $downtime 是写好的时长（"40 秒"）；$line、$first、$again、$n、
# $count、$rounds、$more、$max、$kib、$at 和 $bytes 以数字传入。$meant 是作者可能
# 想写的字段，或 none。$why 是链接读取器（应用会以页面语言显示）或模型给出的英文原因。

lesson-at-step = 第 { $step } 步“{ $title }”，字段 { $field }（第 { $line } 行）：{ $message }
lesson-at-header = 课程文件头，字段 { $field }（第 { $line } 行）：{ $message }
lesson-at-file = { $message }

lesson-error-too-long = 课程超过 { $kib } KiB，其余部分未读取
lesson-error-not-utf8 = 文件不是 UTF-8 编码（第 { $line } 行起不是）；已按 Latin-1（Windows-1252）读取，请检查其中的重音字母，或将文件另存为 UTF-8
lesson-error-utf16 = 文件是 UTF-16 编码而不是 UTF-8：请另存为 UTF-8（纯文本）
lesson-error-nul = 这不是文本文件（第 { $at } 个字节是 NUL 字节）：课程应是 UTF-8 纯文本
lesson-error-controls = 这不是文本文件（前 { $bytes } 个字节中有 { $count } 个控制字符）：课程应是 UTF-8 纯文本
lesson-error-empty = 文件是空的：每一步以一行 == 标题 开始，后面跟它的字段（text: …）
lesson-error-only-comments = 文件只有注释和空行：每一步以一行 == 标题 开始，后面跟它的字段（text: …）
lesson-error-title-no-steps = 文件有标题（lesson:）但没有任何步骤：每一步以一行 == 标题 开始，后面跟它的字段（text: …）
lesson-error-no-steps = 文件没有任何步骤：每一步以一行 == 标题 开始，后面跟它的字段（text: …）
lesson-error-too-many-steps = 一节课最多 { $max } 步，其余步骤未读取

lesson-error-header-twice = { $name }: 出现了两次（第 { $first } 行和第 { $again } 行），使用后一个
lesson-error-header-field = 文件头只能有标题（lesson:）和语言（lang:）；步骤以一行 == 标题 开始{ $meant ->
        [none] {""}
       *[other] 。你是想写 `{ $meant }:` 吗？
    }
lesson-error-lang = 未知语言 `{ $value }`：应为 { $known } 之一；本课的问题将用英文提出
lesson-error-indented-field = 以空格或制表符开头的行会接在上一个字段后面：你是想在行首写 `{ $name }:` 吗？
lesson-error-indented-first = 缩进的行用来接续一个字段，但它前面没有字段
lesson-error-not-a-field = 这里应是一个字段（scene:、at:、mark:、text:、ask:、reveal:）、一行缩进的续行，或 == 标题{ $meant ->
        [none] {""}
       *[other] 。你是想写 `{ $meant }:` 吗？
    }

lesson-error-step-twice = { $name }: 出现了两次（第 { $first } 行和第 { $again } 行）
lesson-error-step-field = 不是步骤的字段（{ $fields }）{ $meant ->
        [none] {""}
       *[other] 。你是想写 `{ $meant }:` 吗？
    }
lesson-error-no-text = 每一步都需要一段文字（text: …）
lesson-error-reveal-no-ask = 揭晓（reveal:）要跟在问题后面：请加上 ask: …

lesson-error-page-key = { $key }= 设置的是页面而不是场景（播放位置由该步的 at: 字段决定）
lesson-error-ignored-recording = 场景中的 { $key }={ $value } 被忽略：每一步显示模型的运行，课程暂时不能在旁边显示录制
lesson-error-ignored-exercises-view = 场景中的 { $key }={ $value } 被忽略：每一步显示动画视图、view=compare 或 view=evacuate
lesson-error-ignored-lesson-key = 场景中的 { $key }={ $value } 被忽略：场景只设置情景，课程和它的步骤由文件本身决定
lesson-error-ignored-exercise-key = 场景中的 { $key }={ $value } 被忽略：它属于练习视图，而步骤不能显示练习视图
lesson-error-scene-twice = { $key }= 出现了两次（先是 { $key }={ $before }，后是 { $key }={ $value }），使用后一个
lesson-error-scene = 无法使用这个场景：{ $key }={ $value }：{ $why }
lesson-error-scene-more = 无法使用这个场景：{ $key }={ $value }：{ $why }（另有 { $more } 处）
lesson-error-run = 无法运行模拟：{ $why }

lesson-error-after-end = { $written } 在这次运行结束（{ $end }）之后：该步停在结束时刻
lesson-error-at-order = 在这次运行中，“{ $until }”早于“{ $from }”
lesson-error-edge = “{ $word }”：应为 start、middle 或 end
lesson-error-round-number = “{ $written }”不是轮次编号
lesson-error-not-a-moment = “{ $written }”不是一个时刻（start、end、fault、12.5s、round 3、stop-and-copy、{ $phases } …；可加 start 或 end）
lesson-error-no-round = 这次运行没有第 { $n } 轮预拷贝（它共有 { $rounds } 轮）
lesson-error-no-phase = 这次运行没有 { $phase } 阶段
lesson-error-no-fault = 这次运行没有故障
lesson-error-mark = “{ $written }”不是标记（dirty、in-flight、link、downtime、round N）

lesson-error-placeholder = {"{"}{ $name }{"}"} 不是占位符（见 docs/lessons.md：{"{"}downtime{"}"}、{"{"}lambda{"}"}、{"{"}round 3 sent{"}"} …）
lesson-error-strong-placeholder = {"{"}占位符{"}"} 不能放在 *加粗* 文字里
lesson-error-unclosed-brace = {"{"} 缺少与之配对的 {"}"}
lesson-error-unopened-brace = {"}"} 缺少与之配对的 {"{"}
lesson-error-unclosed-star = * 缺少与之配对的 *（要写星号本身，请写 \*）

lesson-error-factor = “{ $written }”不是大于 1 的倍数（例如 x2）
lesson-error-within = “{ $written }”不是轮数（0 到 100）
lesson-error-question = “{ $written }”不是一个问题（converge、downtime within x2、least downtime、rounds within 1）
lesson-error-no-rounds = type={ $type } 的迁移没有预拷贝轮次：请在 type=live 或 type=hybrid 的步骤中提这个问题
lesson-error-downtime-range = 这次运行的停机时间（{ $downtime }）超出了答题滑块的范围（1 毫秒到 27 小时）
lesson-error-none-completes = 在这些参数下没有哪种迁移类型能完成

lesson-error-evac-ask = 疏散步骤暂时不能提问：请在显示一台虚拟机按其链路份额（bw=）迁移的步骤中提问
lesson-error-evac-mark = 疏散视图没有标记：请去掉 mark:
lesson-error-evac-moment = 疏散步骤只能停在 start、end 或疏散时钟上的某个时间
lesson-error-evac-value = 疏散的数值（{"{"}k{"}"}、{"{"}evacuation_time{"}"}、{"{"}vm N …{"}"}）需要场景中有 view=evacuate
lesson-error-no-vm = 这次疏散没有虚拟机 { $n }（它共有 { $count } 台）

## 回放的标题句（model/src/replay/narrate.rs）：QEMU 的迁移如何结束，以及模型与录制
## 在哪里、为什么不同。$took、$switch、$t、$down、$model、$real、$outage、$bytes、
## $time 和 $percent 传入时已写好（"12.3 s"、"4 %"）；$passes、$n 以及 early-passes
## 的 $real 和 $model 是数字；$status 原样引用 QEMU 的状态词（'active'）；$place、
## $why、$names、$evidence、$first、$next 和 $rest 是本节的句子或词。

replay-said-headline = { $ending }{ $why }
replay-said-completed-postcopy = QEMU 用 { $took } 完成了迁移，从 { $switch } 起为后拷贝：{ $place }。
replay-said-completed = QEMU 用 { $took }（{ $passes } 轮）完成了迁移：{ $place }。
replay-said-cancelled = QEMU 的迁移在 { $took }、{ $passes } 轮后被取消：{ $place }。
replay-said-failed-postcopy = QEMU 的迁移在 { $took } 后失败，自 { $switch } 起处于后拷贝（虚拟机已在目标主机上运行，仍有页面留在源主机）：{ $place }。
replay-said-failed = QEMU 的迁移在 { $took } 后失败：{ $place }。
replay-said-unfinished = 录制在 { $took } 处结束，此时 QEMU 仍为 '{ $status }'：看不出迁移最终如何结束。
replay-said-vm-there = 虚拟机在目标主机上运行
replay-said-vm-paused-there = 虚拟机已在目标主机上，处于暂停状态（它在 migrate 之前就已停止：在那里执行 cont 即可运行）
replay-said-vm-stayed = 虚拟机留在源主机上
replay-said-vm-in-file = 虚拟机的状态保存在文件中，录制中没有从它恢复
replay-said-vm-stopped = 虚拟机在源主机上处于停止状态
replay-said-vm-lost = 虚拟机丢失
replay-said-not-modelled = QEMU 使用了模型没有的 { $names }：{ $evidence }。模型在没有{ $n ->
        [one] 该功能
       *[other] 这些功能
    }时的运行结果（{ $model }）与 QEMU 的（{ $real }）不是同等条件下的比较，因此两者的差异不是模型的误差。
replay-said-side = { $t }，{ $bytes }
replay-said-side-down = { $t }，停机 { $down }，{ $bytes }
replay-said-and = { $first }和{ $next }
replay-said-list = { $first }；{ $rest }
replay-said-feature-multifd = multifd
replay-said-feature-compression = 压缩
replay-said-multifd-bytes = { $bytes } 经由 multifd 通道发送（ram.multifd-bytes）
replay-said-multifd-capability = 本次运行的功能（capabilities）包含 multifd
replay-said-compressed = { $pages } 个页面被压缩
replay-said-compressed-into = { $pages } 个页面被压缩为 { $bytes }
replay-said-compress-capability = 本次运行的功能（capabilities）包含 compress
replay-said-stopped-before = 客户机在拷贝开始前就已停止，因此停机了 { $outage }，而 QEMU 报告的停机时间只有 { $down }（仅最后一次拷贝）；模型给出 { $model }。
replay-said-throttled = QEMU 用了 { $real }，而模型在 { $model } 内收敛：{ $why }。
replay-said-full-rate = 客户机的写入进程并非 CPU 密集型：直到 { $percent }% 的限流它都保持全速写入
replay-said-little-cpu = 客户机的写入进程只需很少的 CPU，因此限流对它的减速比模型假设的要小
replay-said-ends-unknown = 模型在 { $model } 内完成；录制在 QEMU 完成之前就结束了，因此无法比较两者的结局。
replay-said-model-completes = QEMU 没有完成迁移，但模型完成了：在模型中停止规则更早被满足。
replay-said-model-does-not-complete = QEMU 完成了迁移，但模型没有：在模型中停止规则被满足得更晚，或从未被满足。
replay-said-early-passes = QEMU 在上一轮结束前就开始新一轮（只要剩余部分能在停机时间上限内发完就同步），因此它数出 { $real } 轮，而模型只有 { $model } 轮。
replay-said-downtime = QEMU 的停机时间 { $down } 包括停止 vCPU 和保存设备状态，模型对这部分计得更少（{ $model }）。
replay-said-agree = 模型与 QEMU 一致：总时间相差 { $time } 以内（模型 { $model }，QEMU { $real }），字节数相差 { $bytes } 以内。
replay-said-agree-on-time = 模型与 QEMU 的总时间一致，相差 { $time } 以内（模型 { $model }，QEMU { $real }），但字节数相差 { $bytes }。
replay-said-agree-on-bytes = 模型与 QEMU 的字节数一致，相差 { $bytes } 以内，但总时间相差 { $time }（模型 { $model }，QEMU { $real }）。
replay-said-differ = 模型与 QEMU 的总时间相差 { $time }（模型 { $model }，QEMU { $real }），字节数相差 { $bytes }。
replay-said-bad-value = { $flag } { $value }：值无效（{ $why }）
replay-said-not-a-flag = { $flag }：不是回放会设置的参数
replay-said-out-of-range = { $flag }：可接受 { $accepted }，实际为 { $got }

## 回放推断出的每个参数的来源（model/src/replay/infer.rs，Flag::from）。QMP 的字段名
## （ram.total、xbzrle-cache.cache-size 等）保持 QEMU 的写法。

replay-from-precopy-default = 预拷贝（QEMU 的默认方式）
replay-from-postcopy-switch = QEMU 切换到了后拷贝
replay-from-postcopy-passes = 切换到后拷贝之前的轮数
replay-from-saved = 保存到文件后再恢复
replay-from-qemu = 一份 QEMU 录制
replay-from-ram-total = QEMU 报告的 ram.total
replay-from-guest-memory = 本次运行的客户机内存（文件中没有 ram.total）
replay-from-zero-pages = ram.duplicate（以标记发送的零页）× 页面大小 / 内存
replay-from-page-size = QEMU 报告的 ram.page-size
replay-from-same-host = 文件留在本主机上
replay-from-stop-and-copy = ram.downtime-bytes / 停机时间（停机拷贝不受限速）
replay-from-fastest = 观察到的最快发送速率（ram.mbps）：录制中没有不限速的拷贝
replay-from-max-bandwidth = 本次运行的 max-bandwidth
replay-from-max-bandwidth-unlimited = 本次运行的 max-bandwidth（不限速）
replay-from-median-rate = 活动期间发送速率的中位数（ram.mbps）
replay-from-guest-stopped = 传输期间客户机处于停止状态
replay-from-dirtier-rate = 本次运行中写脏页程序的速率
replay-from-dirtier-random = 写脏页程序随机写页面
replay-from-dirtier-memory = 写脏页程序使用的内存
replay-from-dirty-pages-rate = ram.dirty-pages-rate 的平均值（每个同步周期内不同的页面数）
replay-from-distinct-pages = 每秒不同的页面数，按 QEMU 的计法
replay-from-no-working-set = query-migrate 的回复中没有
replay-from-downtime-limit = 本次运行的 downtime-limit
replay-from-expected-downtime = 第一轮中的 expected-downtime（QEMU 在有估计值之前显示的是它的上限）
replay-from-auto-converge = auto-converge（该功能或 cpu-throttle-percentage）
replay-from-writer-cpu-share = QEMU 限流下客户机的写入速率：(1 − 限流) / (实际速率 / 目标速率)
replay-from-stopped-before = 虚拟机在 migrate 之前已停止
replay-from-cancel-timeout = 本次运行的取消超时
replay-from-cancelled-at = 在 total-time 时被取消
replay-from-xbzrle-cache = QEMU 报告的 xbzrle-cache.cache-size
replay-from-xbzrle-default = QEMU 默认的 xbzrle-cache-size（录制中没有说明）
replay-from-xbzrle-page = xbzrle-cache.bytes / pages，再加上 QEMU 每页 8 字节的页头
replay-from-storage-write = 保存时的 ram.transferred / total-time
replay-from-storage-read = 文件大小除以从保存结束到恢复后虚拟机 RESUME 的时间
