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
transport-fork-link-failure = 链路故障
transport-fork-latency-spike = 延迟突增 1 s，持续一分钟
transport-fork-destination-failure = 目标主机故障
transport-fork-source-failure = 源主机故障
transport-fork-bandwidth-drop = 从现在起带宽降到 { $rate }
transport-fork-writes-faster = 客户机写得更快：从现在起 { $rate }
speed-real-time = 实时
speed-slow = { $factor } 倍慢放
speed-fast = { $factor } 倍快进

## 链接提示

notice-title = 此链接有部分内容无法使用。
notice-lead = 以下各项保持默认值：
notice-dismiss = 关闭
notice-unknown-lang = 本应用没有这种语言（可用：{ $known }），页面使用英文

## 对话框（src/components/dialog.rs、share.rs、embed_dialog.rs、help.rs）

dialog-close = 关闭
dialog-done = 完成

share-title = 分享此视图
share-lead = 打开链接的人会看到这些参数、这个场景和运行中的这一时刻。
share-link = 链接
share-time = 从播放头处开始（{ $t }）
share-copy = 复制链接
share-copied = 链接已复制到剪贴板。
share-selected = 链接已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。

embed-title = 嵌入课程网页
embed-lead = 把这段代码粘贴到网页中可以写 HTML 的地方。嵌入的页面显示动画、时间线和播放控制，以及你勾选的控件。
embed-controls = 显示的控件
embed-control-type = 迁移类型
embed-control-bw = 带宽
embed-control-dirty = 脏页率
embed-control-mem = 内存
embed-control-ws = 可写工作集
embed-control-downtime = 停机时间上限
embed-control-policy = 停止策略
embed-start = 开始位置
embed-start-0 = 从头开始
embed-start-now = 从播放头处开始（{ $t }）
embed-autoplay = 加载后自动播放
embed-theme = 主题
embed-theme-auto = 跟随读者的系统设置
embed-theme-light = 浅色
embed-theme-dark = 深色
embed-script = 添加自动调整框架高度的脚本
embed-code = 要粘贴的 HTML
embed-ignored = 嵌入时将忽略：
embed-ignored-rest = 其余内容照常显示。
embed-copy = 复制代码
embed-copied = 代码已复制到剪贴板。
embed-selected = 代码已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。
embed-frame-title = VM Migration Lab：{ $type }
embed-server-title = 服务器需要做什么。
embed-server = 该框架在沙箱中运行且没有 { $same-origin }，因此它没有自己的源：托管本应用的服务器必须随文件发送 { $header }，否则浏览器会拒绝启动它，框架只显示一条简短的消息。GitHub Pages 会发送这个头；在你自己的服务器上请加上它（例如 nginx：{ $nginx }）。
embed-open-full = 在完整的 VM Migration Lab 中打开 ↗

## 键盘快捷键（help.rs）：按键名称和各自的作用

help-title = 键盘快捷键
help-lead = 除了在输入框中打字时，它们在页面任何地方都有效。用 Tab 键进入的滑块或菜单保留自己的按键（方向键、Page Up/Down、Home/End）；用鼠标点过的控件则把翻页笔的按键交还给课堂。
help-key = 按键
help-does = 作用
help-key-space = 空格
help-key-page-down = Page Down
help-key-page-up = Page Up
help-key-home = Home
help-key-end = End
help-key-esc = Esc
help-key-tab = Tab
help-key-click = 点击
help-play = 播放或暂停（B 是翻页笔的黑屏键）
help-event = 下一个或上一个事件（轮次、阶段变化、故障）
help-phase = 下一个或上一个阶段；到末尾后进入下一个场景（演示遥控器发送这些键）
help-types = 冷迁移、挂起迁移、热迁移、后拷贝、混合迁移（每种都从头开始）
help-ends = 运行的开头或结尾（在时间线上）
help-present = 演示模式：大字体，全屏
help-story = 显示或隐藏场景的故事
help-list = 本列表
help-esc = 关闭对话框或故事；然后退出演示模式
help-tab = 在控件之间移动；用 Tab 键进入的控件保留自己的按键
help-click = 点击或触摸控件之后，翻页笔的按键（Page Down/Up、方向键、.、B）重新用于推进课堂，控件保持原样

## 场景菜单和故事卡片（presets.rs）

preset-label = 场景
preset-choose = 选择一个场景……
preset-recordings = QEMU 10 真实录制（选中时下载）
preset-changed = 已修改
preset-story = 故事
story-hide = 隐藏 ✕
    .label = 隐藏故事
story-from = 出处：{ $source }。
preset-finance-cold = 财务虚拟机冷迁移：报表 5 分钟后到期
story-finance-cold = IT 部门对财务虚拟机做冷迁移。客户机关机（内存内容被丢弃），由于两台宿主机没有共享存储，它 400 GiB 的磁盘要通过 1 Gbit/s 的链路传过去，然后在目标宿主机上重新启动。财务部：“我们的报表 5 分钟后就要交！”IT 部门：“一小时后见。”模型也这么算：57 分钟的拷贝加上关机和启动，停机时间约一小时，是期限的十二倍。冷迁移简单，不会重复发送任何内容，但整个拷贝期间虚拟机都停着。
    .source = 原始文章中的冷迁移故事
preset-compliance-hold = 挂起迁移，因合规审查而暂停
story-compliance-hold = 一台 16 GiB 的虚拟机被挂起：大约半分钟内，它的内存写入共享存储上的状态文件。随后合规团队要先审阅 500 页法律文件，迁移暂停三个小时。没有任何损失：虚拟机安全地待在状态文件中，之后从停下的地方继续运行。但整个暂停期间它在哪里都没有运行，所以停机时间是暂停时长加上挂起和恢复的时间。经理：“继续吧。”
    .source = 原始文章中的挂起迁移故事
preset-ecommerce-rollback = 电商网站：延迟激增，回滚
story-ecommerce-rollback = 一个 4 GiB 的网店在 QEMU 下通过 1 Gbit/s 链路热迁移。第 0 轮很顺利，但到第 40 秒，往返时间一下子增加了整整一秒：此时 TCP 每个往返只能传送 4 MiB 的窗口，约 4 MB/s，远低于网店 60 MB/s 的写入速度，于是第 1 轮拖得很长，脏页集合不减反增。延迟激增 25 秒后，迁移连接断开。顾客：“我的购物车刚刚自己清空了！”IT 部门：“回滚，快回滚！”预拷贝从未放弃源宿主机，所以回滚很干净：迁移被放弃，网店在原来的地方继续运行。
    .source = 原始文章中的热迁移故事
preset-idle = 空闲的虚拟机
story-idle = 一台刚启动、几乎什么都不做的 4 GiB 虚拟机：60% 的内存仍是零页，写入速度只有 0.5 MB/s。第 0 轮完整发送非零内存，零页则以 9 字节的标记发送。每发送 100 毫秒，QEMU 就检查剩下的内容能否放进 300 毫秒的预算（1 Gbit/s 下为 37.5 MB），其中每个尚未遍历的页面都按完整大小计算，零页也不例外。零页位于已用内存之上，所以只有遍历到它们时剩余部分才放得下；它们作为标记一闪而过，然后 QEMU 停下虚拟机，发送这段时间里客户机弄脏的 7 MB：约 60 毫秒。只用一轮预拷贝，停机时间远低于预算，线路上传送的不到内存的一半：这是热迁移的最佳状态。
    .source = docs/model.md，Live pre-copy（零页：QEMU 的 RAM_SAVE_FLAG_ZERO）；QEMU migration/migration.c（切换检查）
preset-database-hot-set = 带热工作集的数据库
story-database-hot-set = 一台 32 GiB 的数据库服务器，链路 10 Gbit/s，以 1 GB/s 随机写入 4 KiB 页面，其中 95% 落在 8 GiB 工作集中最热的 5%（410 MiB：缓冲池的热页和日志）。预拷贝一开始迅速缩小脏页集合，然后停滞在热集合附近：无论预拷贝怎么做，这些页面一秒之内就会被重写。这就是 Clark 等人所说的可写工作集。在这里它刚好放得进 QEMU 375 MB 的预算（10 Gbit/s × 300 毫秒）：几次 100 到 300 毫秒的短遍历都发现热集合又脏了，之后一次同步发现 353 MiB，QEMU 随即切换，停机时间由热集合而不是写入速度决定。把带宽减半，脏页集合就永远降不到预算以下：永远不会收敛。
    .source = Clark 等，NSDI 2005，§4（可写工作集）；docs/model.md
preset-hpc-thrash = 疯狂写内存的 HPC 作业（QEMU）
story-hpc-thrash = 一个 16 GiB 的 HPC 作业以 2 GB/s 的速度把整个内存写个遍，而 10 Gbit/s 的链路只能传 1.25 GB/s：λ = 1.6。每一轮预拷贝都和第一轮一样长，并发现整个内存又全脏了。QEMU 没有轮数上限，所以它会一直迭代下去，直到有人取消（模型在 10 分钟的时间上限处停止，此时虚拟机仍在源宿主机上，已发送超过 40 倍的内存）。在参数中勾选“Auto-converge”，或选择下一个场景，让 QEMU 限制 vCPU。
    .source = docs/model.md，Stop policies（QEMU 没有轮数上限）；QEMU migration/ram.c
preset-hpc-auto-converge = 同一个 HPC 作业，开启 auto-converge
story-hpc-auto-converge = 还是那个疯狂写内存的 HPC 作业，这次开启了 QEMU 的 auto-converge。在相隔至少 1 秒的同步时，如果客户机弄脏的内容超过已发送内容的一半，QEMU 就限制 vCPU：先限制 20%，之后每次再加 10 个百分点。作业变慢（限制到 70% 时只写 0.6 GB/s），直到脏页集合缩小到能放进 300 毫秒的预算。大约两分半钟后它收敛了，线路上传送了 11 倍的内存，而这段时间的大部分里作业只以几分之一的速度运行：收敛是用客户机的性能换来的。
    .source = QEMU migration/ram.c（mig_throttle_guest_down）；docs/model.md
preset-huge-pages = 按 2 MiB 大页跟踪脏页
story-huge-pages = 一台 16 GiB 的客户机使用 2 MiB 大页，虚拟机监控器按大页跟踪脏页。它每秒只写 40 MB：每秒 10 000 次随机的 4 KiB 写入。如果按 4 KiB 页面跟踪，λ = 0.03，迁移两轮就能结束。按 2 MiB 页面跟踪时，每次小写入都会弄脏整整一个 2 MiB 页面，是实际写入量的 512 倍：在第 0 轮期间全部 8192 个大页都变脏，每一轮都得把 16 GiB 全部重发一遍。QEMU 永远不会收敛。把“脏页跟踪粒度”改为 4 KiB 页面，看看差别。
    .source = docs/model.md，How pages get dirty（跟踪粒度）；QEMU 按宿主机页面跟踪 hugetlbfs 内存
preset-clark-specweb = Clark 等 2005：SPECweb99 服务器（210 毫秒）
story-clark-specweb = Clark 等，“Live Migration of Virtual Machines”（NSDI 2005），§6.3：一台 800 MB 的 Xen 虚拟机为 350 个客户端提供 SPECweb99 服务（峰值负载的 90%），通过千兆以太网迁移，预拷贝限速为 100–500 Mbit/s。论文数据：最后一轮用 201 毫秒发送 18.2 MB，虚拟机启动又用去 9 毫秒，所以停机时间为 210 毫秒；总共传送 960 MB（内存的 1.20 倍）。模型：预拷贝 500 Mbit/s，最终拷贝用 201 毫秒传 18.2 MB 所对应的 760 Mbit/s，每秒 50 MB 的写入中 85% 落在 21 MiB 的热集合里，并用教科书停止规则（整轮进行，直到上一轮的脏数据能放进 300 毫秒的预算）代替模型所没有的 2005 年 Xen 基于速率的规则。结果约为 206 毫秒和内存的 1.20 倍。
    .source = Clark 等，Live Migration of Virtual Machines，NSDI 2005，§6.3
preset-clark-quake3 = Clark 等 2005：Quake 3 服务器（60 毫秒）
story-clark-quake3 = Clark 等（NSDI 2005），§6.4：一台 64 MB 的 Xen 虚拟机运行着有六名玩家的 Quake 3 服务器，通过千兆以太网迁移。论文数据：总共传送 88 MB（内存的 1.37 倍）；最后一轮只剩 148 KB，拷贝用 20 毫秒，加上 40 毫秒的启动，停机 60 毫秒，玩家毫无察觉。模型使用 Xen 自己的停止规则：一轮中弄脏的页面少于 50 个（200 KB）。17 MB/s 的写入让预拷贝重发的量与论文测得的一致。148 KB 用的 20 毫秒主要是挂起域的固定开销，而不是传输时间，所以在模型中它和 40 毫秒的启动一起计入 58 毫秒的恢复时间。结果约为 59 毫秒和内存的 1.37 倍。
    .source = Clark 等，Live Migration of Virtual Machines，NSDI 2005，§6.4

recording-idle = QEMU 10 真实录制：空闲客户机
recording-moderate = QEMU 10 真实录制：中等写入（8 MiB/s）
recording-heavy-converging = QEMU 10 真实录制：大量写入，收敛（24 MiB/s）
recording-nonconverging = QEMU 10 真实录制：写入为上限的两倍，已取消
recording-nonconverging-autoconverge = QEMU 10 真实录制：两倍上限，auto-converge
recording-nonconverging-postcopy = QEMU 10 真实录制：两倍上限，后拷贝
recording-moderate-dtl50 = QEMU 10 真实录制：中等写入，50 毫秒上限
recording-paused = QEMU 10 真实录制：先暂停，再迁移
recording-save-restore = QEMU 10 真实录制：保存到文件再恢复

## 课程（lesson_launcher.rs 和课程菜单）：每个内置课程的标题，以及 .topics 中的主题

launcher = 课程
launcher-start = ▶ 课程：{ $title }
launcher-file = 打开课程文件……
lessons-menu-drama = 虚拟机迁移的戏剧
    .topics = 全部五种类型、暂停、故障
lessons-menu-precopy = 用数字看预拷贝
    .topics = 轮次、λ、阈值、工作集
lessons-menu-hypervisors = 虚拟机监控器实际上怎么做
    .topics = QEMU、auto-converge、Xen、vMotion、SimGrid
lessons-menu-postcopy = 后拷贝与混合迁移
    .topics = 缺页、降级时间、失败
lessons-menu-replay = 一次真实的迁移
    .topics = QEMU 录制与模型对照
lessons-menu-evacuation = 清空一台宿主机
    .topics = 维护、共享链路、K、顺序

## 打开录制文件（recording_opener.rs）

recording-open = 打开录制文件……
    .title = 一次录制的 QEMU 迁移：我们测试工具的 JSON Lines，或 query-migrate 的应答，每行一条。只在本地读取，不会上传任何内容。
recording-reading = 正在读取录制文件…… { $percent }%

## 参数菜单中来自模型的名称（从 exercises.ftl 移到这里；练习也使用它们：
## 同一个 bundle 包含所有文件）

policy-qemu = QEMU
policy-textbook = 教科书规则（Clark 等）
policy-xen = Xen（经典版）
policy-xen5 = Xen（当前版）
policy-vmotion = vMotion
policy-simgrid = SimGrid

hold-technical = 技术问题
hold-budget = 预算
hold-compliance = 合规审查
hold-waiting = 等待其他系统

## 预拷贝失败时脏页率滑块下方的提示

advice-lambda-over = λ = { $lambda }：客户机写入比链路发送还快，所以预拷贝无法收敛。
advice-gives-up = 预拷贝不收敛（λ = { $lambda }）：停止规则放弃迭代，在虚拟机暂停时拷贝剩余部分。
advice-time-limit = 预拷贝在时间上限内没有收敛（λ = { $lambda }）。
advice-none = { $why }无论是 auto-converge、快至 10 倍的链路、更长的停机时间上限还是后拷贝，都无法完成迁移。
advice-works = { $why }在这里可行的办法：{ $list }。
advice-sep = {"；"}
advice-auto-converge = auto-converge（{ $result }）
advice-link = { $rate } 的链路（{ $result }）
advice-downtime-limit = 停机时间上限改为 { $limit }（{ $result }）
advice-postcopy = 后拷贝（停机 { $down }，随后在 { $memory } 内存到达期间降级运行 { $degraded }）
advice-done = { $total } 完成，停机 { $down }

## 链接中的某个值为何没有使用（链接提示和嵌入对话框）

link-not-a-key = 本应用不认识这个键
link-no-scenario = 没有这个名字的场景
link-flag = 应为 1 或 0
link-boolean = 应为 true 或 false
link-seconds = 应为秒数，例如 12.5（0 或以上）
link-speed = 应为每秒对应的模拟秒数，例如 8
link-view = 应为 main、compare、exercises 或 evacuate
link-step = 应为从 1 开始的步骤编号
link-steps = 应为类似 3-5 的步骤范围（从 1 开始，前者 ≤ 后者）
link-theme = 应为 light、dark 或 auto
link-handout = 讲义用于打印课程：请加上 lesson=ID
link-embed-view = 嵌入页面只显示动画视图
link-embed-recording = 嵌入页面显示模型的动画，而不是录制
link-size = 应为大小，例如 4GiB、512MB 或 0
link-rate = 应为速率，例如 1Gbit/s、10Gbps、940Mbit/s 或 125MB/s
link-dirty-rate = 应为速率，例如 100MB/s 或 25000pages/s
link-duration = 应为时长，例如 300ms、1.5s、10min 或 2h
link-share = 应为比例，例如 25% 或 0.25
link-bytes = 应为字节数，例如 13.3 或 512B
link-topics = 应为主题列表，例如 live,postcopy
link-fault = 应为 类型@时刻[:…]：link-failure@12s、source-failure@3s、destination-failure@3s、bandwidth-drop@10s:100Mbit/s:5s（降到多少、持续多久）或 latency-spike@10s:200ms:30s（增加的 RTT、持续多久）
link-change = 应为 键:值@时刻：bw:100Mbit/s@40s（从第 40 秒起链路的带宽）或 dirty:200MB/s@40s（从第 40 秒起客户机的写入速度）
link-hold = 应为 原因@开始:时长，例如 compliance@5s:2h（原因为 technical、budget、compliance、waiting 之一；开始时间从挂起完成算起）
link-out-of-range = 超出范围（可接受 { $accepted }）
link-no-lesson = 没有这个名字的课程（{ $names }）
link-no-recording = 没有这个名字的内置录制（{ $names }）
link-no-control = 嵌入页面不能显示这个控件（{ $names }）
link-no-param = 不是参数的键（{ $names }）
link-one-of = 应为以下之一：{ $names }
link-whole-number = 应为整数，例如 { $example }
link-problem = 应为 1 到 { $max } 的题号
link-level = 应为 1 到 { $max } 的难度
link-at-most = 最多 { $max } 个
link-or-word = { $form }，或 { $word }
link-compare-values = 需要 values=V1,V2,…（2 到 6 个）；将对比所有迁移类型
link-compare-usable = 需要 { $min } 到 { $max } 个可用的值；将对比所有迁移类型
link-name-needed = name= 需要一个名称
link-no-usable-vm = 没有可用的虚拟机：显示两台写入速率为 100 MB/s 的虚拟机
link-out-of-range-got = 超出范围（{ $field }：可接受 { $accepted }，实际为 { $got }）
link-out-of-range-field = 超出范围（{ $field }：可接受 { $accepted }）
link-no-param-key = “{ $key }”不是参数的键
link-no-vm-param = “{ $key }”不是虚拟机参数（mem、dirty、ws、type 等）
link-not-pair = “{ $part }”不是 KEY=VALUE 的形式
link-same-run = 与前面给出的 { $value } 是同一次运行
link-at-most-values = 最多 { $max } 个值
link-at-most-vms = 最多 { $max } 台虚拟机；这一台未纳入
link-k-range = 应为 1 到 { $n }（虚拟机的数量）；使用 { $used }
link-k-whole = 应为 1 到 { $n } 的整数；使用 1
link-order = 应为 { $names } 之一；使用 given
link-nested = { $what }：{ $why }
link-past-end = 超出了运行的结束时间（{ $end }）
