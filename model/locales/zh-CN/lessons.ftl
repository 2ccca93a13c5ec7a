# 课程：课程占位符和问题在模型数字周围使用的文字。参见 model/locales/en/lessons.ftl。

## 作为文字的占位符

lesson-round = 第 { $n } 轮
lesson-nothing = 无
lesson-no-hold = 无暂停
lesson-never = 从未
lesson-vms-left = { $total } 台中的 { $left } 台

lesson-outcome = { $outcome ->
        [completed] 已完成：虚拟机在目的主机上运行
        [rolled-back] 已回滚：虚拟机继续在源主机上运行
        [not-converged] 未收敛：时间用完时预拷贝仍在进行
        [paused] 已暂停：切换后链路中断，两边都在等待
        [lost] 已丢失：虚拟机没了
       *[on-hold] 暂停中：虚拟机在状态文件中等待
    }
lesson-outcome-short = { $outcome ->
        [completed] 完成
        [rolled-back] 回滚
        [not-converged] 永不收敛
        [paused] 暂停
        [lost] 虚拟机丢失
       *[on-hold] 仍在暂停
    }

## 问题

ask-converge = 这次迁移会收敛吗？
ask-downtime = 虚拟机大约会停机多久？（误差在 ×{ $band } 以内都算对。）
ask-least-downtime = 在这里哪种迁移方式的停机时间最短？
ask-rounds = { $within ->
        [0] 预拷贝要进行多少轮？
       *[other] 预拷贝要进行多少轮？（误差在 ±{ $within } 以内都算对。）
    }

## 答案与反馈

ask-truth-yes = 会
ask-truth-no = 不会
ask-said-yes = 会
ask-said-no = 不会
ask-none = 无
ask-verdict = { $right ->
        [yes] 正确
       *[no] 不太对
    }
ask-feedback = { $verdict }：你的答案是 { $said }，模型给出的是 { $truth }。
ask-feedback-off = { $verdict }：你的答案是 { $said }，模型给出的是 { $truth }（{ $dir ->
        [high] 偏高
       *[low] 偏低
    } ×{ $off }）。

## 解释（附数字）

why-lambda = λ = 写入速率 ÷ 发送速率 = { $dirty } ÷ { $stream } = { $lambda }：{ $trend ->
        [below] 小于 1，所以每一遍要重发的都比上一遍少
       *[above] 大于或等于 1，所以客户机弄脏页面的速度至少和链路发送的一样快
    }。切换阈值 = 发送速率 × 停机时间上限 = { $stream } × { $limit } = { $threshold }。
why-converged = 经过 { $rounds } 轮预拷贝后收敛；最后一次拷贝为 { $last }。
why-did-not-converge = 没有收敛（{ $rounds } 轮预拷贝；{ $outcome }）。
why-down = 虚拟机有 { $total } 哪儿都没在运行：{ $parts }。
why-down-part = { $phase } { $length }
why-least-none = 这里没有哪种方式能完成。
why-least = 在这些参数下各方式的停机时间：{ $list }。
why-least-item = { $type } { $value }
why-least-degraded = { $who } 先切换、之后再拉取其余页面：此后虚拟机以降级状态运行（{ $each }），这期间主机或链路一旦故障，虚拟机就会丢失。
why-least-degraded-item = { $type } { $length }
why-rounds-closed = 教科书的闭式解（整轮计算，每轮是上一轮的 λ 倍）给出 n = ⌈log_λ(阈值 ÷ 内存)⌉ = ⌈log_{ $lambda }({ $threshold } ÷ { $memory })⌉ = { $n }。
why-rounds-none = 当 λ ≥ 1 时闭式解无解：只有策略的限制（或限速）才能结束预拷贝。
why-rounds-model = 按照 { $policy } 的规则，模型进行了 { $rounds } 轮预拷贝。

## 讲义（打印版及 `migsim lesson --format md|text`）

handout-question = 问题：
handout-your-answer = 你的答案：
handout-answers = 答案
handout-no-questions = 本课没有问题。
handout-unit-downtime = 毫秒、秒或分钟
handout-unit-rounds = 轮
