# 应用主视图：标题栏、工具栏、迁移类型、滑块、指标、播放控制和链接提示。
# 与 en/app.ftl 的消息和变量完全相同（model/tests/i18n.rs）。

## 标题栏

header-types = 迁移类型
migration-type-cold = 冷迁移
migration-type-suspended = 挂起迁移
migration-type-live = 热迁移（预拷贝）
migration-type-postcopy = 后拷贝
migration-type-hybrid = 混合迁移
migration-type-title = { $type }（按键 { $key }）

lessons-menu = 课程
lessons-menu-open = 打开课程
lessons-menu-entry = { $title }（{ $steps } 步：{ $topics }）

views = 视图
view-main = 动画
    .title = 逐页观看一次迁移
view-compare = 对比
    .title = 所有迁移类型并排比较，附扫描曲线
view-exercises = 练习
    .title = 按种子生成的习题，附答案和解题步骤
view-evacuate = 疏散
    .title = 一台宿主机上的虚拟机经同一链路迁出，最多同时 K 台

## 工具栏

toolbar = 工具
toolbar-share = 分享
toolbar-embed = 嵌入
toolbar-export = 导出
toolbar-present = 演示
toolbar-present-exit = 退出演示
toolbar-present-title = 演示模式：大字号、全屏（P）
toolbar-theme-label = 配色主题：{ $theme ->
        [light] 浅色
        [dark] 深色
       *[system] 跟随系统
    }（当前为{ $now ->
        [dark] 深色
       *[light] 浅色
    }）。点击切换
toolbar-theme-title = 配色主题：{ $theme ->
        [light] 浅色
        [dark] 深色
       *[system] 跟随系统
    }
toolbar-shortcuts = 键盘快捷键
toolbar-shortcuts-title = 键盘快捷键（?）
toolbar-language = 语言

## 侧边栏

panel-tabs = 侧边栏
panel-parameters = 参数
panel-charts = 图表

## 参数

controls-title = 参数
slider-bandwidth = 带宽
    .short = 带宽
slider-dirty-rate = 脏页率（页面写入）
    .short = 脏页率
slider-memory = 内存
    .short = 内存
slider-working-set = 可写工作集
    .short = 工作集
slider-hot-set = 热点集（占工作集的比例）
    .short = 热点集
slider-hot-share = 落在热点集的写入
    .short = 热点写入
slider-downtime-limit = 停机时间上限
    .short = 停机时间上限
slider-writer-cpu = 写入进程所需的 vCPU
    .short = 写入进程 vCPU
slider-writer-cpu-value = 其 vCPU 的 { $share }
slider-writer-cpu-hint = 限流 p 让 vCPU 只运行 1 − p 的时间。需要这一比例的写入进程会保持原速，直到 1 − p 低于该比例，之后写入速率为 D·(1 − p)/比例。100% 表示 CPU 密集型写入进程，一限流就变慢。
slider-hybrid-rounds = 转入后拷贝前的预拷贝轮数
    .short = 预拷贝轮数
slider-disk = 磁盘大小
    .short = 磁盘
slider-storage = 存储速度（读和写）
    .short = 存储
slider-boot = 客户机启动时间
    .short = 启动
slider-hold-start = 挂起后多久开始暂停
    .short = 暂停开始
slider-hold-start-hint = 如果在传输结束后才开始，暂停的是恢复步骤
slider-hold-duration = 暂停持续
    .short = 暂停持续
slider-fault-time = 故障时刻
    .short = 故障时刻
slider-speed = 速度

control-dirty-model = 页面如何变脏
control-dirty-model-linear = 线性（Clark、SimGrid）
control-dirty-model-uniform = 在工作集内随机写入
control-page-size = 脏页跟踪粒度
control-page-size-4k = 4 KiB 页
control-page-size-2m = 2 MiB 大页
control-policy = 停止策略
control-auto-converge = 自动收敛（QEMU 限制 vCPU）
control-shared-storage = 磁盘在共享存储上（不拷贝）
control-suspend-transfer = 状态的传输方式
control-suspend-transfer-file = 作为状态文件（保存、拷贝、恢复）
control-suspend-transfer-stream = 经链路流式传输（暂停状态下迁移）
control-hold = 让迁移暂停等待
control-hold-reason = 暂停原因
control-hold-shared-note = 使用共享存储时只有配置经过链路：挂起一完成，暂停就开始。
control-fault = 故障
fault-kind-none = 无
fault-kind-bandwidth-drop = 带宽降到 10%
fault-kind-latency-spike = 延迟突增（+200 ms）
fault-kind-link-failure = 链路故障
fault-kind-source-failure = 源主机故障
fault-kind-destination-failure = 目标主机故障

## 指标

metrics-title = 指标
metrics-metric = 指标
metrics-now = 当前
metrics-whole-run = 整次运行
metrics-time = 时间
metrics-downtime = 停机时间
metrics-sent = 已发送数据
metrics-rate = 链路
metrics-round = 轮次
metrics-dirty = 脏页集
metrics-degraded = 性能下降
metrics-blocked = vCPU 阻塞
metrics-outcome = 结果
metrics-idle = 空闲
metrics-average = 平均 { $rate }
metrics-stop-and-copy = 停机拷贝
metrics-precopy-rounds = 预拷贝 { $n } 轮
metrics-in-progress = 进行中
metrics-blocked-value = 占后拷贝的 { $share }（{ $faults } 次缺页）
outcome-completed = 已完成
outcome-rolled-back = 已回滚
outcome-not-converged = 未收敛
outcome-paused = 已暂停（可恢复）
outcome-lost = 虚拟机丢失
outcome-on-hold = 暂停等待中
convergence-converged = 已收敛
convergence-to-postcopy = 转入后拷贝
convergence-gave-up = 放弃收敛
convergence-not-converged = 未收敛

## 画面：状态、阶段、故障和事件的名称

state-running = 运行中
state-throttled = 被限速
state-paused = 已暂停
state-suspended = 已挂起
state-off = 已关机
state-degraded = 性能下降
state-lost = 已丢失
phase-precopy = 预拷贝轮
phase-stop-and-copy = 停机拷贝（停机）
phase-switchover = 切换（停机）
phase-postcopy = 后拷贝（性能下降）
phase-postcopy-paused = 后拷贝暂停
phase-shutdown = 关机
phase-disk-copy = 磁盘拷贝
phase-boot = 启动
phase-suspend = 挂起
phase-transfer = 传输
phase-hold = 暂缓
phase-restore = 恢复
phase-resume = 恢复运行与网络切换
phase-rollback = 回滚
phase-running-on-source = 在源主机运行
phase-lost = 虚拟机丢失
phase-precopy-round = 预拷贝第 { $round } 轮
phase-hold-reason = 暂缓：{ $reason }
fault-bandwidth-drop = 带宽下降
fault-latency-spike = 延迟突增
fault-link-failure = 链路故障
fault-source-host-failure = 源主机故障
fault-destination-host-failure = 目标主机故障
event-fault = 故障
event-change = 参数变化
event-switchover = 切换
event-rollback = 回滚
event-vm-lost = 虚拟机丢失
event-hold-start = 开始暂缓
event-time-limit = 时间上限
event-bandwidth-change = 带宽变化
event-dirty-rate-change = 写入速率变化

## 画面：旁白

narr-nothing = 还没有可显示的内容。
narr-join = { $line }{ $why }
narr-round-zero = 第 0 轮：第一遍拷贝全部 { $mem } 内存，同时虚拟机继续运行并以 { $rate } 写入（λ = { $lambda }）。
narr-round = 第 { $round } 轮：{ $again }{ $why }{ $throttle }。
narr-round-unreached = 现在发送第一遍尚未到达的 { $unreached }，以及期间写入的 { $dirty }
narr-round-again = 第 { $prev } 轮发送期间写入的 { $dirty } 需要重新发送
narr-no-shrink-lambda = 。各轮不再缩小：客户机写入 { $writes }，链路发送 { $sends }（λ = { $lambda }），所以每轮发现的脏页与发送的一样多
narr-no-shrink-working-set = 。各轮不再缩小：客户机 { $ws } 的工作集在每一轮内都会再次变脏，超过了 { $limit } 停机时间上限所允许的量
narr-throttle = ，{ $policy } 将 vCPU 降速 { $share }，让客户机少写一些
narr-policy-qemu = QEMU 自动收敛（auto-converge）
narr-policy-vmotion = vMotion 的 SDPS
narr-policy-other = 虚拟化管理程序
narr-paused-whole = 整个迁移期间虚拟机都处于暂停状态：它的 { $sent } 在迁移限速下一次性流向目标主机，最后一部分以链路速度发送。{ $reason }
narr-stop-and-copy = 虚拟机已暂停：最后的 { $rest } 在一次停机拷贝中发送。{ $reason }
narr-switchover = 切换：虚拟机暂停，CPU 和设备状态经链路传过去，在大部分内存到达之前就在目标主机上恢复运行。
narr-postcopy = 后拷贝：虚拟机已在目标主机运行。推送到达之前被访问的页按需拉取，每页一次往返（本次运行共 { $faults } 次这样的缺页）。
narr-postcopy-paused = 切换后链路断开：虚拟机的内存分散在两台主机上，因此后拷贝暂停，直到链路恢复。
narr-shutdown = 冷迁移：客户机关机。内存被丢弃，只迁移磁盘和配置。
narr-disks-shared = 磁盘位于共享存储上，因此只拷贝配置。
narr-disk-copy = 正在把 { $disk } 磁盘拷贝到目标主机，此时虚拟机{ $state ->
        [off] 已关机
       *[paused] 已暂停
    }。
narr-boot = 虚拟机在目标主机上启动：应用程序从头开始。
narr-suspend = 挂起：虚拟机的 { $mem } 内存被写入状态文件。应用程序将从原处精确继续。
narr-transfer = 状态文件正在传往目标主机。虚拟机已停机，但数据安全。
narr-hold = 暂缓中（{ $reason }）。在暂缓解除之前，虚拟机保持挂起，安全但处于停机状态。
narr-restore = 目标主机把状态文件读回内存。
narr-resume = 虚拟机在目标主机上恢复运行，并向网络通告其新位置。
narr-running-on-source = 虚拟机仍在源主机上运行。
narr-lost-split = 虚拟机丢失：切换后其内存分散在两台主机上，而其中一台宕机了。
narr-lost-source = 虚拟机丢失：目标主机还没有完整副本时，源主机就宕机了。
narr-rollback-cause = { $t } 发生的{ $fault }
narr-rollback-failure = 一次故障
narr-rollback-cold = { $cause }终止了迁移：目标主机上的部分副本被丢弃，虚拟机留在源主机上，处于关机状态。
narr-rollback-suspended = { $cause }终止了迁移：目标主机上的部分副本被丢弃，虚拟机仍挂起在源主机上，安全地保存在状态文件中。
narr-rollback-live = { $cause }终止了迁移，迁移回滚。回滚是干净的：预拷贝从未放弃源主机，所以虚拟机带着全部内存继续在那里运行；只有目标主机上的部分副本被丢弃。
narr-spike = 从 { $at } 起往返时间增加了 { $extra }：TCP 每个往返只能传送一个 { $window } 窗口，现在为 { $rate }
narr-drop = 从 { $at } 起链路只能传送 { $rate }
narr-trouble-drags = { $cause }，低于客户机写入的 { $writes }：这一轮被拖长，脏页集不断增长。
narr-trouble-slower = { $cause }：这一轮耗时更长。
narr-what-cold = 冷迁移
narr-what-suspended = 挂起迁移
narr-what-live = 热迁移
narr-what-postcopy = 后拷贝迁移
narr-what-hybrid = 混合迁移
narr-done = 完成：本次{ $what }用时 { $total }，停机时间 { $downtime }，共发送 { $sent }（内存的 { $factor }×）。
narr-ended = 本次{ $what }结束：{ $outcome }。{ $reason }

## 画面：画布上的文字、实时区域和替代文字

picture-region = 迁移画面
picture-host-source = 源主机
    .short = 源
picture-host-destination = 目标主机
    .short = 目标
picture-badge = 虚拟机{ $state }
picture-memory = 内存 · 1 格 = { $cell }
picture-cell = 1 格 = { $cell }
picture-lost = 虚拟机丢失：没有主机能运行它
picture-link = 链路 { $rate }
picture-link-down = 链路中断
picture-link-sending = 正在发送 { $rate }
picture-link-idle = 空闲
picture-on-hold = 暂缓中
picture-on-hold-reason = 暂缓中：{ $reason }
picture-disks-shared = 共享磁盘：不拷贝
picture-disk = 磁盘 { $copied } / { $total }
picture-announce = 阶段：{ $phase }。虚拟机{ $state }。
picture-alt = 在 { $t }：虚拟机在{ $host }上{ $state }。源主机 { $cells } 个内存格中有 { $dirty } 个是脏的。链路：{ $link }。{ $disk }
picture-on-source = 源主机
picture-on-destination = 目标主机
picture-on-nowhere = 任何主机
picture-link-is-down = 中断
picture-alt-disks-shared = 磁盘位于共享存储：不拷贝。
picture-alt-disk = 磁盘：已拷贝 { $copied }，共 { $total }。

## 画面：一个内存格的经历

picture-paint-empty = 尚无内容
picture-paint-tocopy = 尚未拷贝
picture-paint-zero = 零页：只发一个标记，无需发送数据
picture-paint-clean = 已拷贝，干净
picture-paint-dirty = 拷贝后又被客户机写过
picture-paint-inflight = 正在传输
picture-paint-present = 位于虚拟机运行的主机
picture-paint-missing = 缺失：一旦访问就会缺页并拉取
picture-paint-fetched = 缺页时拉取
picture-paint-discarded = 已丢弃
picture-paint-statefile = 在状态文件中
picture-story-in-round = （第 { $n } 轮）
picture-story-start = 开始时：源主机{ $source }，目标主机{ $destination }。
picture-story-wire = 正在传输{ $round }。
picture-story-arrived = 已到达{ $round }：目标主机的副本是最新的。
picture-story-resend = 已发送{ $round }，但客户机又写了它：必须重新发送。
picture-story-stale = 客户机写了它{ $round }：目标主机的副本已过时。
picture-story-zero = 零页：只传一个标记，不传数据。
picture-story-saved = 已保存到状态文件。
picture-story-pushed = 已推送到目标主机{ $round }。
picture-story-present = 虚拟机带着这一页在目标主机上运行。
picture-story-missing = 虚拟机已在目标主机上运行，但缺少这一页：一旦访问就会缺页。
picture-story-fetched = 客户机访问了它并缺页：通过链路拉取。
picture-story-discarded = 目标主机的部分副本被丢弃。
picture-story-shutdown = 关机时丢弃：冷迁移不拷贝内存。
picture-story-other = 源主机{ $source }，目标主机{ $destination }。
picture-life = 一页的经历
picture-life-title = 第 { $cell } 格（共 { $cells } 格）：第 { $first }–{ $last } 页（{ $size }）
picture-life-close = 关闭这一页的经历
picture-life-working = 正在计算这一格的经历…… { $share }%
picture-life-more = 只列出前 { $n } 次变化，之后的省略。

## 画面图例和时间轴

legend = 图例：页面状态
legend-tocopy = 尚未拷贝
legend-inflight = 传输中
legend-clean = 已拷贝，干净
legend-dirty = 拷贝后变脏
legend-present = 已在目标主机
legend-missing = 目标主机缺失
legend-fetched = 缺页时拉取
legend-zero = 零页
legend-statefile = 在状态文件中
legend-discarded = 已丢弃（关机或放弃）
timeline = 时间轴：拖动或用方向键在事件之间移动
timeline-value = { $t } / { $end }
timeline-down-key = 红条 = 虚拟机停机
timeline-real-key = {" "}· 橙色条：QEMU 的各遍拷贝
timeline-real = QEMU 的记录：{ $passes } 遍，{ $duration }
timeline-bar = { $phase }：{ $span }
timeline-rounds = 预拷贝第 { $first }–{ $last } 轮
timeline-bars = { $name }：{ $span }，平均每个 { $each }
timeline-key = 时间轴图例
timeline-vm-down = 虚拟机停机

## 播放控制

transport = 播放
transport-prev = ◀ 事件
    .title = 上一个事件（←）
    .label = 上一个事件
transport-next = 事件 ▶
    .title = 下一个事件（→）
    .label = 下一个事件
transport-play = ▶ 播放
    .label = 播放
transport-pause = ❚❚ 暂停
    .label = 暂停
transport-restart = 从头开始
transport-fork = 如果在此刻……？
    .title = 把这次运行与在播放头处加入故障或参数变化的同一次运行对比
speed-real-time = 实时
speed-slow = { $factor } 倍慢放
speed-fast = { $factor } 倍快进

## 链接提示

notice-title = 此链接有部分内容无法使用。
notice-lead = 以下各项保持默认值：
notice-dismiss = 关闭
notice-unknown-lang = 本应用没有这种语言（可用：{ $known }），页面使用英文
