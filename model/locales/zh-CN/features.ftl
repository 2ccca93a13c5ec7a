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
