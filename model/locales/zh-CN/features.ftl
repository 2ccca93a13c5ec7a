# src/features/ 下各视图的文字（练习、课程、对比、疏散、回放）。

## 练习视图

exercises-setup = 习题集
exercises-set = 习题集
exercises-new-set = 换一组
exercises-difficulty = 难度
exercises-level = 第 { $level } 级
exercises-topics = 主题（都不勾选即全部）
exercises-nav = 习题
exercises-prev = ‹ 上一题
exercises-next = 下一题 ›
exercises-count = 第 { $n } 题，共 { $total } 题
exercises-print-problems = 打印习题
exercises-print-key = 打印答案
exercises-print-title = 习题集 { $set }
exercises-your-answer = 你的答案
exercises-yes = 是
exercises-no = 否
exercises-hint-count = 整数，例如 7
exercises-hint-time = 例如 254 ms、0.254 s 或 4 分钟
exercises-hint-bytes = 例如 21.4 GB
exercises-hint-number = 一个数
exercises-check = 检查
exercises-right = 正确：{ $answer }。
exercises-wrong-off = 还差一点：{ $off }。答案是 { $answer }{ $tolerance }。
exercises-wrong = 还差一点：答案是 { $answer }{ $tolerance }。
exercises-unreadable = 无法读取：{ $why }。
exercises-tolerance = （误差在 ±{ $percent }% 以内都算对）
exercises-answer = 答案：{ $answer }{ $tolerance }
exercises-show-solution = 查看解答
exercises-hide-solution = 隐藏解答
exercises-show-me = 演示给我看
exercises-solution = 解题步骤

## 课程面板

lesson-position = 第 { $n } 步，共 { $total } 步
lesson-close = 关闭课程
lesson-back = ◀ 上一步
lesson-go-to = 跳到步骤
lesson-reveal-next = 看答案 ▶
lesson-next = 下一步 ▶
lesson-next-lesson = 下一课 ▶
lesson-steps = { $n } 步
lesson-the-model = 模型的答案：{ $answer }。
lesson-on-picture = 图中：
lesson-yes = 会
lesson-no = 不会
lesson-your-guess = 你的估计：
lesson-rounds = 轮数：
lesson-reveal-answer = 显示答案
lesson-you-answered = 你的回答是 { $answer }。
lesson-scale-day = 1 天
lesson-announce-step = { $position }：{ $title }。
lesson-announce-question = { $position }：{ $title }。问题：{ $question }
lesson-announce-answer = 答案：{ $answer }。{ $why }
lesson-mark-dirty = 脏页：发送之后又被写过的页面（“复制后变脏”）
lesson-mark-in-flight = 传输中的页面：正在两台主机之间的链路上
lesson-mark-link = 链路：它的速率决定页面传过去的快慢
lesson-mark-downtime = 停机时间：时间轴下方的红条
lesson-mark-round = 该轮在时间轴上高亮显示

## 对比视图（src/features/compare/）

compare-best = 最佳
compare-best-title = 本列最佳
compare-worst = 最差
compare-worst-title = 本列最差
compare-col-type = 类型
compare-col-downtime = 停机时间
compare-col-total = 总时间
compare-col-sent = 已发送数据
compare-col-rounds = 轮数
compare-col-outcome = 结果
compare-col-why = 停止原因
compare-cannot-run = 这组参数无法运行：{ $why }
compare-not-moved = 无（未迁移）
compare-open = 在主视图中打开 { $name }
compare-every-type = 所有迁移类型
compare-every-type-axis = 所有类型，同一时间轴
compare-per-value = 按{ $key }的每个取值各运行一次
compare-per-value-axis = 按{ $key }的每个取值各运行一次，同一时间轴
compare-title = 对比：{ $what }
compare-side-by-side = 并排对比
compare-hint-best = 最佳
compare-hint-worst = 已完成运行中最差 · 点击一行即可打开
compare-sweep-heading = 扫描：改变一个参数
compare-by = 对比依据
compare-key-type = 迁移类型
compare-key-policy = 停止策略
compare-key-bw = 带宽
compare-key-dirty = 脏页率
compare-key-mem = 内存
compare-key-ws = 可写工作集
compare-key-downtime = 停机时间上限
compare-key-fault = 故障
compare-key-autoconverge = 自动收敛
compare-key-xbzrle = XBZRLE 缓存
compare-key-page = 页大小
compare-key-hold = 暂停等待
compare-key-change = 某一时刻的变化
compare-by-values = { $key }的取值
compare-by-help = 2 到 6 个取值，用逗号分隔，写法与链接相同：1Gbit/s,10Gbit/s 或 none,link-failure@40s
compare-apply = 对比
compare-bad-value = “{ $value }”：{ $why }
compare-left-out = 已略去：{ $list }
compare-fork-at = 在 { $t } 分叉
compare-fork-title = 各次运行在 { $t } 分叉
compare-phase-title = { $row }：{ $phase }：{ $from } – { $to }
compare-tl-title = { $what }，同一时间轴，0 到 { $end }；红条：虚拟机停机
compare-tl-title-fork = { $what }，同一时间轴，0 到 { $end }；红条：虚拟机停机；各次运行在 { $t } 分叉
compare-tl-title-forks = { $what }，同一时间轴，0 到 { $end }；红条：虚拟机停机；虚线：各次运行分叉之处
compare-axis = 迁移开始后的时间（红条：虚拟机停机）
compare-axis-short = 时间（红条：虚拟机停机）
compare-grids-heading = 同一时刻的所有运行
compare-grids-hint = 左为源主机内存，右为目标主机内存
compare-grids-play = ▶ 一起播放
compare-grids-moment = 所有运行显示的时刻
compare-grids-now = { $t } / { $end }
compare-grid-open = 在主视图中打开 { $name } 的这一时刻
compare-grid-memory = { $name }：{ $t } 时源主机和目标主机的内存
compare-grid-ended = 在 { $t } 结束：{ $outcome }
compare-grid-cannot-run = 无法运行

## 疏散视图（src/features/evacuate/）

evac-view-title = 宿主机疏散：所有虚拟机经同一条链路迁出
evac-view-controls = 疏散
evac-view-k = 同时迁移数（K）
evac-view-k-value = { $k } / { $n }
evac-view-k-valuetext = 同时 { $k } 台，共 { $n } 台虚拟机
evac-view-order = 等待中的虚拟机启动顺序
evac-view-order-given = 按列表顺序
evac-view-order-smallest-first = 从小到大
evac-view-order-largest-first = 从大到小
evac-view-order-least-dirty-first = 写入最少的优先
evac-view-examples = 示例
evac-view-teaching = 两个写入者
evac-view-maintenance = 维护：8 台虚拟机
evac-view-list-sep = {"、"}
evac-view-list-and = { $rest }和{ $last }
evac-view-caption-even-one = 即使经 { $link } 一次只迁一台，{ $why }。
evac-view-caption-below = 经 { $link }，{ $below ->
        [1] 一次只迁一台（K = 1）
       *[other] 同时最多迁 { $below } 台（K ≤ { $below }）
    }时所有虚拟机都能迁出；K = { $k } 时，{ $why }。
evac-view-caption-one-vm = 经 { $link }，这台虚拟机能迁出。
evac-view-caption-all = 经 { $link }，无论 K 取多少所有虚拟机都能迁出，即使 { $n } 台同时迁移。
evac-view-stay-shared = { $list }无法收敛：共享链路时{ $n ->
        [1] 它
       *[other] 每台
    }只分到 { $least }，不超过其 { $dirty } 的写入速率
evac-view-stay-whole = { $list }{ $n ->
       *[other] {""}
    }即使独占整条链路也无法收敛（{ $least }，而写入为 { $dirty }）
evac-view-stay-outcome = { $list }{ $n ->
       *[other] {""}
    }没有迁出（{ $outcome }）
evac-view-now = 迁移中 { $migrating } 台，等待 { $waiting } 台，已迁出 { $left } 台，未迁出 { $stayed } 台。
evac-view-status-waiting = 等待中
evac-view-status-copying = 拷贝中
evac-view-status-down = 停机
evac-view-status-left = 已迁出
evac-view-status-stayed = 未迁出
evac-view-span = { $status } { $from } – { $to }
evac-view-host = 源主机
evac-view-host-hint = 水位表示尚待传过去的内存
evac-view-figures = { $mem }，写入 { $dirty }
evac-view-figures-type = {"，"}{ $type }
evac-view-remove = 移除 { $name }
evac-view-memory-left = { $name }：还有 { $share } 的内存待传
evac-view-link = 链路，{ $rate }
evac-view-running = { $n } 台迁移中
evac-view-shares = 链路分配：{ $words }
evac-view-bars = 每台虚拟机在同一时间轴上
evac-view-per-vm = 每台虚拟机
evac-view-col-vm = 虚拟机
evac-view-col-start = 开始
evac-view-col-end = 结束
evac-view-col-sent = 已发送
evac-view-col-converged = 是否收敛
evac-view-yes = 是
evac-view-no = 否
evac-view-empty-after = 主机清空用时
evac-view-ended-after = 疏散结束用时
evac-view-peak = 最多同时迁移
evac-view-still-on-host = 仍在主机上
evac-view-none = 无
evac-view-add-title = 添加虚拟机
evac-view-add-full = 添加虚拟机（主机最多容纳 { $max } 台）
evac-view-add-mem = 内存，GiB
evac-view-add-dirty = 写入，MB/s
evac-view-add-ws = 工作集，%
evac-view-add-name = 名称
evac-view-add-button = 添加虚拟机
evac-view-add-range = 内存 0.25–1024 GiB，写入 0–10000 MB/s，工作集 1–100%。

## 录制与模型对照（src/features/replay/）

replay-unreadable = { $name }：浏览器无法读取此文件。
replay-fetch-failed = { $name }：无法获取 { $url }（内置录制需要通过 HTTP 提供本应用；单文件版可以改为从文件打开录制）。
replay-source = 动画播放的内容
replay-source-model = 模型
replay-source-real = QEMU 的录制
replay-source-label = 动画播放
replay-source-note = { $name }：格子按 QEMU 计数器的比例绘制（QEMU 不说明是哪些页）
replay-comparing = 正在将 { $name } 与模型对比…
replay-title = { $name } 与模型对照
replay-close = 关闭录制
replay-flags = 从录制推断的参数
replay-flags-changed = 从录制推断的参数（你改过其中一些）
replay-flags-lead = 模型使用以下 migsim 参数运行；可用控件修正任意一项。
replay-bytes-title = 本轮已发送与待发送的字节
replay-qemu-sent = QEMU 已发送
replay-model-sent = 模型已发送
replay-qemu-remaining = QEMU 待发送
replay-model-remaining = 模型待发送
replay-dirty-title = 每秒变脏的页面（去重）
replay-qemu-dirty = QEMU dirty-pages-rate
replay-model-dirty = 模型，按轮
replay-axis-time = 自 migrate 起的时间
replay-table = QEMU 自身计数器与模型对照
replay-col-quantity = 量
replay-col-model = 模型
replay-col-difference = 差异
replay-row-total = 总时间
replay-row-downtime = 停机时间（QEMU 的数据）
replay-row-outage = 客户机中断（STOP → RESUME）
replay-row-bytes = 已发送字节
replay-row-passes = 轮数
replay-row-outcome = 结果
replay-same = 相同
replay-differs = 不同
replay-lanes = 轮次：QEMU { $real } 轮，模型 { $model } 轮
replay-lane-real = QEMU 的轮次
replay-lane-model = 模型的轮次
replay-lanes-caption = 0 秒到 { $end } · 红色 = 客户机停机
replay-pass-title = 第 { $n } 轮：{ $bytes }
replay-qemu-pass = QEMU 轮次
replay-model-round = 模型轮次
replay-passes-label = 每轮发送的字节，QEMU 与模型
replay-axis-pass = 轮
replay-passes-caption = 每轮发送的字节（对数刻度）
replay-now = QEMU 在 { $t }：{ $what }。已发送 { $sent }。
replay-now-pass = QEMU 在 { $t }，第 { $pass } 轮：{ $what }。已发送 { $sent }。
replay-now-failed = 迁移失败；虚拟机继续在源主机上运行
replay-now-cancelled = 迁移已取消；虚拟机继续在源主机上运行
replay-now-lost = 后拷贝失败，仍有 { $left } 留在源主机：虚拟机丢失
replay-now-postcopy-paused = 后拷贝已暂停（{ $status }）：虚拟机在目标主机上等待 { $left }
replay-now-paused-there = 虚拟机已在目标主机上，暂停中，直到执行 cont
replay-now-on-demand = 虚拟机在目标主机上运行；还有 { $left } 按需传来
replay-now-there = 虚拟机在目标主机上运行
replay-now-stopped = 虚拟机已停止：还剩 { $left } 待发送
replay-now-source = 虚拟机在源主机上运行；本轮还有 { $left } 待发送

## 图表（src/features/charts/：按轮与扫描）

chart-per-round = 按轮
chart-sweep = 扫描
chart-round-none = { $type }没有预拷贝轮次：按轮图表只适用于热迁移和混合迁移。
chart-round-now = 当前：{ $round }以 { $rate } 发送，已发送 { $sent }。
chart-round-now-dirty = 当前：{ $round }以 { $rate } 发送，已发送 { $sent }，脏页 { $dirty }。
chart-round-sent = { $round }：用 { $time } 发送了 { $sent }
chart-round-left = {"；"}之后剩余脏页 { $left }（阈值 { $threshold } = { $rule }）
chart-round-throttle = {"；"}vCPU 限流 { $share }
chart-round-summary = 预拷贝 { $n } 轮，{ $converged ->
        [yes] 已收敛
       *[no] 未收敛
    }。{ $why }
chart-round-legend-sent = 已发送
chart-round-legend-switchover = 切换
chart-round-legend-dirty = 剩余脏页
chart-round-legend-throttle = vCPU 限流（右轴）
chart-round-title = 每轮字节数与剩余脏页集
chart-round-desc = 共 { $n } 轮，每轮发送的字节数及其后剩余的脏页集，对数刻度；虚线：{ $threshold }。用方向键逐轮读出数值。
chart-round-axis-bytes = 字节（对数）
chart-round-axis-throttle = 限流
chart-round-axis-round = 轮次
chart-round-name = 第 { $n } 轮
chart-round-name-stop = 停机拷贝（虚拟机暂停）
chart-round-name-switch = 切换（虚拟机暂停）
chart-round-name-push = 后拷贝推送（虚拟机在目标端）
chart-round-bar-stop = 停机
chart-round-bar-switch = 切换
chart-round-bar-push = 推送
chart-round-threshold-xen = Xen：脏页少于 { $pages } 时停止
chart-round-threshold-at = { $who ->
        [vmotion] vMotion
        [simgrid] SimGrid
        [textbook] 教科书规则
       *[qemu] QEMU
    }：≤ { $bytes } 时停止
chart-round-rule-xen = { $pages } 页 × { $page }
chart-metric-downtime = 停机时间
chart-metric-total-time = 总时间
chart-metric-bytes-sent = 已发送数据
chart-axis-dirty-rate = 脏页率
chart-axis-bandwidth = 带宽
chart-sweep-flat = 不对{ $axis }做扫描：那会让每一行的{ $axis }都相同，而这正是各行的区别所在，它们的曲线会重合。
chart-sweep-flat-all = 曲线重合：扫描设定的正是各行不同的那个值。
chart-sweep-incomplete = { $name }：在此处无法完成
chart-sweep-current = { $name }在当前{ $axis }（{ $x }）下：{ $value }
chart-sweep-at = { $axis }为 { $x } 时（λ = { $lambda }）：
chart-sweep-now = 当前：{ $axis } { $x }（λ = { $lambda }）：
chart-sweep-title = { $metric }随{ $axis }的变化
chart-sweep-desc = { $subject ->
        [types] 所有迁移类型
       *[runs] 所有对比运行
    }的{ $metric }，{ $axis }从 { $from } 到 { $to }（对数刻度），其他参数保持当前设置。顶部虚线条：曲线无法完成之处。用方向键读出数值。
chart-sweep-y-bytes = 已发送数据，字节（对数）
chart-sweep-y-time = { $metric }，秒（对数）
chart-sweep-x-dirty-rate = 脏页率，字节/秒（对数）
chart-sweep-x-bandwidth = 带宽，bit/s（对数）
chart-sweep-metric = 指标
chart-sweep-axis = 坐标轴
chart-sweep-vs-dirty-rate = 随脏页率
chart-sweep-vs-bandwidth = 随带宽
chart-sweep-never = 无法完成
chart-line-cold = 冷迁移
chart-line-suspended = 挂起迁移
chart-line-live = 热迁移
chart-line-postcopy = 后拷贝
chart-line-hybrid = 混合迁移

## 导出（对话框中的文件；标题为 toolbar-export）

export-lead = 用于幻灯片、讲义和自行分析的文件。运行数据文件使用模型的单位（秒、字节）。
export-png = 图片（PNG）
export-png-about = 当前的动画画面，按屏幕分辨率保存。
export-svg = 图片和时间轴（SVG）
export-svg-about = 标题、动画、时间轴和解说合为一个文件，便于放进幻灯片。
export-rounds-csv = 各轮数据（CSV）
export-rounds-csv-about = 每轮一行：时间、发送的字节和页数、脏页集、限流。
export-trace-json = 完整轨迹（JSON）
export-trace-json-about = 阶段、轮次、事件、指标和参数，与 migsim --format json 相同。
export-compare-csv = 所有类型对比（CSV）
export-compare-csv-about = 这组参数下的所有迁移类型：停机时间、时间、数据量、结果。
export-title = VM Migration Lab · { $type } 在 { $t }

## 课程面板的其余文字（使用课程的语言）

lesson-panel = 课程
lesson-steps-nav = 课程步骤
lesson-mark-title = 在动画中显示{ $mark ->
        [dirty] 脏页
        [in-flight] 传输中的页面
        [link] 链路
        [downtime] 停机时间
        [round] 该轮
       *[other] { $mark }
    }
lesson-reload = 重新加载课程文件…
lesson-reload-title = 再次打开编辑过的文件：停留在当前步骤，显示新的文字
lesson-copy-link = 复制课程链接
lesson-link = 课程链接
lesson-link-too-long = 这节课太长，无法放进链接：请分享文件。
lesson-link-characters = { $n } 个字符
lesson-link-size = 链接长度为 { $size }。
lesson-link-size-after = 长度为 { $size }。
lesson-link-copied = 课程链接已复制到剪贴板。
lesson-link-selected = 课程链接已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。
lesson-link-long = 超过 8 KB：有些邮件和聊天工具会截断这么长的链接，用文件更稳妥。
lesson-print = 打印讲义
lesson-print-title = 把整节课打印成讲义：每一步配一张图，附问题和答案
lesson-handout-meta = 共 { $n } 步 · VM Migration Lab · 每个数字都来自模型对该步的运行
lesson-handout-key = 每张图：左为源主机内存，右为目标主机内存，均为该步时刻的状态，每个方块代表一组页面；下方是整个迁移过程，每个阶段用各自的颜色表示，竖线标出该时刻。

## 无法打开或只打开了一部分的录制文件（src/features/replay/recording.rs）。
## $why 和 $reasons 是模型的句子（model.ftl，recording-error-…），使用页面的语言。

replay-file-error = { $name }：{ $why }
replay-out-of-range = 已读取 { $name }，但从中推断出的某个参数超出了模型的范围：{ $why }
replay-skipped = 读取了 { $samples } 条采样；{ $lines } 行中跳过了 { $count } 行：{ $reasons }
replay-params-changed = （参数已不同于录制文件中的参数）

## 课程文件错误的汇总，显示在列表上方（使用页面的语言）

lesson-notice-partial = 本课有部分内容无法读取{ $warnings ->
        [0] {""}
       *[other] ；{ $warnings } 条警告
    }：
lesson-notice-loaded = 课程已加载{ $warnings ->
        [0] {""}
       *[other] ，有 { $warnings } 条警告
    }：
lesson-notice-left-out = 有 { $steps } 步无法使用，已略去；其余步骤见下{ $warnings ->
        [0] {""}
       *[other] ；{ $warnings } 条警告
    }：
lesson-notice-step = 第 { $step } 步“{ $title }”（第 { $line } 行）
lesson-notice-sep = {"、"}
lesson-notice-left-out-list = 已略去：{ $steps }。
lesson-notice-left-out-list-more = 已略去：{ $steps }，另有 { $more } 步。
lesson-notice-more = 另有 { $n } 条
lesson-notice-warnings-head = 警告（这些步骤仍会显示，请检查）：
lesson-notice-no-step = { $name }：没有可用的步骤。
