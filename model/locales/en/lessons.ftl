# Lessons: the words a lesson's placeholders and questions put around the model's numbers
# (model/src/lesson/text.rs and ask.rs). Numbers arrive written for the language; `$n`,
# `$within` and `$rounds` arrive as numbers. Hold reasons, type and policy names come
# from exercises.ftl (`hold-<key>`, `type-<key>`, `policy-<key>`), joining from its
# `list-*` and `sentence-sep`.

## Placeholders that are words

# {round N} in a lesson's text.
lesson-round = round { $n }
# {final_copy} when the run had no stop-and-copy.
lesson-nothing = nothing
# {hold_time} and {hold_reason} when the scene has no hold.
lesson-no-hold = no hold
# {host_empty} in an evacuation step when a VM could not leave.
lesson-never = never
# {vms_left}: how many VMs left the host. $left and $total arrive as numbers.
lesson-vms-left = { $left } of { $total }

# {outcome}: how the run ended, in words. $outcome: completed, rolled-back,
# not-converged, paused, lost, on-hold.
lesson-outcome = { $outcome ->
        [completed] completed: the VM runs at the destination
        [rolled-back] rolled back: the VM runs on at the source
        [not-converged] not converged: pre-copy was still going when the time ran out
        [paused] paused: the link broke after the switch, both halves wait
        [lost] lost: the VM is gone
       *[on-hold] on hold: the VM waits in its state file
    }
# The same, short, in a list of every type's result.
lesson-outcome-short = { $outcome ->
        [completed] completed
        [rolled-back] rolled back
        [not-converged] never converges
        [paused] paused
        [lost] VM lost
       *[on-hold] still on hold
    }

## Questions (the fieldset's legend)

ask-converge = Will this migration converge?
ask-downtime = Roughly how long will the VM be down? (Within ×{ $band } counts.)
ask-least-downtime = Which type has the least downtime here?
ask-rounds = { $within ->
        [0] How many pre-copy rounds?
       *[other] How many pre-copy rounds? (Within ±{ $within } counts.)
    }

## Answers and feedback

# The model's yes or no, as the reveal says it.
ask-truth-yes = Yes
ask-truth-no = No
# A learner's yes or no, inside a sentence.
ask-said-yes = yes
ask-said-no = no
# "Least downtime" when no type completes.
ask-none = none
# $right: yes or no.
ask-verdict = { $right ->
        [yes] Right
       *[no] Not quite
    }
ask-feedback = { $verdict }: you said { $said }, the model says { $truth }.
# A duration answer, with how far off it was. $dir: high or low.
ask-feedback-off = { $verdict }: you said { $said }, the model says { $truth } (×{ $off } { $dir ->
        [high] high
       *[low] low
    }).

## Reveals: why, with the numbers

# $trend: below (λ < 1) or above.
why-lambda = λ = write rate ÷ send rate = { $dirty } ÷ { $stream } = { $lambda }: { $trend ->
        [below] below 1, so each pass has less to resend than the one before
       *[above] 1 or more, so the guest dirties pages at least as fast as the link sends them
    }. The switch-over threshold is send rate × downtime limit = { $stream } × { $limit } = { $threshold }.
why-converged = It converged after { $rounds } pre-copy rounds; the last copy was { $last }.
why-did-not-converge = It did not converge ({ $rounds } pre-copy rounds; { $outcome }).
# $parts: the phases the VM was down in, joined with list-then.
why-down = The VM ran nowhere for { $total }: { $parts }.
why-down-part = { $phase } for { $length }
why-least-none = No type completes here.
# $list: each type with its downtime or its short outcome.
why-least = Downtime of each type with these parameters: { $list }.
why-least-item = { $type } { $value }
# $who: the switching types among the best; $each: each with its degraded time.
why-least-degraded = { $who } switch over first and fetch the rest later: the VM then runs degraded ({ $each }), and a host or link failure in that time loses it.
why-least-degraded-item = { $type } for { $length }
why-rounds-closed = The textbook closed form (whole rounds, each λ times the last) gives n = ⌈log_λ(threshold ÷ memory)⌉ = ⌈log_{ $lambda }({ $threshold } ÷ { $memory })⌉ = { $n }.
why-rounds-none = With λ ≥ 1 the closed form has no answer: only the policy's limits (or a throttle) end pre-copy.
why-rounds-model = The model, under { $policy }'s rules, ran { $rounds } pre-copy rounds.

## Handouts (printed and `migsim lesson --format md|text`)

handout-question = Question.
handout-your-answer = Your answer:
handout-answers = Answers
handout-no-questions = This lesson asks no questions.
# What the blank's number is counted in.
handout-unit-downtime = ms, s or min
handout-unit-rounds = rounds
