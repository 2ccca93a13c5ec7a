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
