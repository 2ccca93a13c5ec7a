# Exercises: questions, worked solutions and exports (model/src/exercise/).
# English is the source; es and zh-CN have every message with the same variables
# (model/tests/i18n.rs). Numbers arrive already written for the language ($t, $rate,
# $mem, … are strings such as "1.5 s" or "125 MB/s"); a number used to pick a plural
# form ($n, $k, $rounds) arrives as a number. docs/translating.md has the rules.

## Joining words and sentences

# Between two sentences of a question.
sentence-sep = {" "}
# Between the items of a list: "Cold, Suspended, Live (pre-copy)".
list-sep = {", "}
# The last two items of a list.
list-and = { $init } and { $last }
# Between the steps of a sequence: "125 MB/s from 0 s, then 62.5 MB/s from 10 s".
list-then = {", then "}

## Durations: $n is the number in the unit, $s the same in seconds

dur-ms = { $n } ms
dur-s = { $n } s
dur-min = { $n } min ({ $s } s)
dur-h = { $n } h ({ $s } s)
# A link's speed in bits and in bytes: "1 Gbit/s (125 MB/s)".
link = { $gbit } Gbit/s ({ $rate })

## Names

topic-cold = Cold
topic-suspended = Suspended
topic-live = Live (pre-copy)
topic-postcopy = Post-copy
topic-hybrid = Hybrid
topic-policies = Policies and choices
topic-faults = Faults
topic-evacuation = Host evacuation

# Migration types, as the choices of a comparison.
type-cold = Cold
type-suspended = Suspended
type-live = Live (pre-copy)
type-postcopy = Post-copy
type-hybrid = Hybrid

# The order in which waiting VMs leave a host.
order-given = the order given
order-listed = in the order listed
order-smallest-first = smallest first
order-largest-first = largest first
order-least-dirty-first = least dirty first

# What an answer measures, in the answer key: "22 pre-copy rounds (pre-copy rounds)".
metric-total-time = total time
metric-downtime = downtime
metric-degraded-time = degraded time
metric-bytes-sent = bytes sent
metric-precopy-rounds = pre-copy rounds
metric-converged = converged
metric-evacuation-time = evacuation time

## Answers

answer-yes = yes
answer-no = no
answer-rounds = { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    }
# Several choices are equally right: "Post-copy and Hybrid (tied)".
answer-tied = { $names } (tied)

## Exports

text-title = Problem set { $seed }
text-answer-key = Answer key
# An answer in the answer key, with what it measures: "254.1 ms (downtime)", and with the
# tolerance a grader accepts: "254.1 ms (accept ±5%) (downtime)".
text-answer = { $answer } ({ $metric })
text-answer-tolerance = { $answer } (accept ±{ $pct }%) ({ $metric })
# After a numeric GIFT question; $unit is s or GB.
gift-answer-in = (Answer in { $unit }.)
# After a yes/no question, which GIFT asks as true/false.
gift-true-false = (True = yes, False = no.)

## Questions asked in several problems

ask-out-of-service = How long is the VM out of service, in seconds?
ask-migration-time = How long does the migration take, in seconds?
ask-bytes = How many bytes cross the link in all (in GB)?

## The simulation's answer: a worked solution's last line

sim-total-time = The simulation gives a total time of { $t }.
sim-downtime = The simulation gives a downtime of { $t }.
sim-degraded-time = In the simulation the VM runs degraded for { $t }.
sim-bytes-sent = The simulation sends { $b } over the link in all.
sim-precopy-rounds = The simulation runs { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    } before the stop-and-copy.
sim-converged-yes = In the simulation pre-copy converges: yes.
sim-converged-no = In the simulation pre-copy does not converge: no.
sim-evacuation-time = The simulation empties the host after { $t }.

## Cold and suspended

copy-rate = The copy runs at the slowest of link and storage: min({ $link }, { $read } read, { $write } write) = { $rate }.
cold-question = A VM is migrated cold: the guest shuts down ({ $shutdown }), its configuration (64 KiB) and its { $disk } GiB disk are copied over a { $link } link (the storage on each side reads and writes at { $storage }), and it boots at the destination ({ $boot }).
cold-doubled-ask = The link is upgraded to twice its bandwidth ({ $rate }). How long is the VM out of service now, in seconds?
cold-step-intro = Cold migration: the VM is down for the shutdown, the copy and the boot.
cold-step-copy = Copy = (64 KiB + disk) / rate = { $moved } / { $rate } = { $copy }.
cold-step-downtime = Downtime = shutdown + copy + boot = { $shutdown } + { $copy } + { $boot } = { $total }.
cold-doubled-why = Doubling the link helps only if the link was the bottleneck: now { $link } against storage at { $storage }.

# $storage is "shared" (state file and disk on storage both hosts see) or "own".
suspended-question = A VM with { $mem } GiB of memory is migrated suspended: it is saved to a state file (storage writes at { $write }), { $storage ->
        [shared] the state file and the disk stay on storage both hosts share; only the 64 KiB configuration crosses
       *[own] the configuration (64 KiB), the state file and its { $disk } GiB disk are copied
    } over a { $link } link, and restored at the destination (storage reads at { $read }).
suspended-step-save = Suspend: the state file (all of memory, M = { $mem }) is written at { $write }: { $save }.
suspended-step-moved = Transfer: { $storage ->
        [shared] only the 64 KiB configuration crosses the link (state file and disk are on shared storage)
       *[own] the configuration, the state file and the disk cross the link
    }.
suspended-step-transfer = Transfer = { $moved } / { $rate } = { $copy }.
suspended-step-restore = Restore: M / read speed = { $mem } / { $read } = { $restore }.
suspended-step-total = Total (all of it downtime) = { $save } + { $copy } + { $restore } = { $total }.
hold-ask = { $at } after the suspend completes, the migration is put on hold ({ $reason }) for { $duration }. How long is the VM down in all, in seconds?
hold-step = A hold adds its whole length: the VM waits, safe in its state file, so downtime = { $base } + { $duration } = { $total }.

## Live pre-copy

# $working-set is "none" or "capped" ($ws-mib the cap in MiB).
live-describe = A VM with { $mem } GiB of memory migrates live (pre-copy) over a { $link } link while its guest writes { $dirty } of pages{ $working-set ->
        [capped] , all of them within a { $ws-mib } MiB working set
       *[none] {""}
    }. Pre-copy stops once the pages dirtied in a round fit in bandwidth × downtime limit ({ $limit }); the last ones are then sent with the VM paused.
live-ask-rounds = How many pre-copy rounds run before the stop-and-copy (round 0, the full pass, included)?
live-ask-downtime = What is the downtime, in seconds?
live-ask-total = How long does the whole migration take, in seconds?
live-lambda = λ = dirty rate / bandwidth = { $dirty } / { $rate } = { $lambda }.
live-threshold = Threshold: pre-copy stops once a round's dirtied pages fit in bandwidth × downtime limit = { $rate } × { $limit } = { $threshold }.
live-rounds = Round i sends V_i = M·λ^i (round 0 sends all of M = { $mem }), so n = ⌈log_λ(threshold / M)⌉ = ⌈ln({ $ratio }) / ln({ $lambda })⌉ = ⌈{ $log }⌉ = { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    } (at least 1).
live-final-copy = Final copy V_n = M·λ^n = { $mem } × { $lambda }^{ $n } = { $final }.
# $device and $resume are "yes" or "no": whether the device state and a resume time count.
live-downtime = Downtime = { $device ->
        [yes] (V_n + device state)
       *[no] V_n
    } / R{ $resume ->
        [yes] {" "}+ resume
       *[no] {""}
    } = { $numbers } = { $downtime }.
live-precopy-time = Pre-copy time = Σ V_i / R = M(1 − λ^n) / ((1 − λ)·R) = { $t }.
live-total = Total = pre-copy + downtime = { $precopy } + { $downtime } = { $total }.
live-bytes = Bytes = M + M·λ + … + M·λ^n = M(1 − λ^(n+1)) / (1 − λ) = { $sent }.

converge-ask = The simulation gives up after { $limit }. Does pre-copy converge (yes or no)?
converge-lambda = λ = { $dirty } / { $rate } = { $lambda }; threshold = bandwidth × downtime limit = { $threshold }.
converge-recurrence = Each round sends what the previous one left dirty: V_(i+1) = min(λ·V_i, working set).
# $fits is "yes" or "no".
converge-working-set = Writes stay within the { $ws } working set, so no round leaves more than that dirty; it { $fits ->
        [yes] fits
       *[no] does not fit
    } the threshold.
converge-yes = After { $n ->
        [one] { $n } round
       *[other] { $n } rounds
    } only { $final } is dirty, under the threshold: yes, it converges (pre-copy time { $t }).
converge-no-lambda = λ ≥ 1: every round dirties at least as much as it sends, so the pending pages never shrink to the threshold: no.
converge-no-slow = The rounds shrink too slowly: the time limit ({ $limit }) comes first: no.

double-ask = The link is upgraded to twice the bandwidth ({ $rate }), the guest still writing { $dirty }. What is the downtime now, in seconds?
double-before = Before: λ = { $lambda }, { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    }, downtime { $downtime }. Doubling R halves λ and doubles the threshold.

## Post-copy and hybrid

# $cap is "none" or "capped" ($cap-rate QEMU's max-bandwidth).
postcopy-question = A VM with { $mem } of memory migrates post-copy over a { $link } link{ $cap ->
        [capped] , QEMU capping the migration stream at { $cap-rate }
       *[none] {""}
    }: it switches over at once (one round trip, { $rtt }) and its memory follows by background push and demand faults.
postcopy-ask-degraded = How long does the VM run degraded at the destination (pages still missing), in seconds?
postcopy-step-once = Post-copy sends each page once: all of memory M crosses after the switchover.
postcopy-step-rate = The push goes at the streaming rate { $stream } until the rest fits rate × downtime limit ({ $stream } × { $limit } = { $rest }); that rest goes at link speed { $link }.
postcopy-step-push = Push = (M − rest) / streaming rate + rest / link = ({ $mem } − { $rest }) / { $stream } + { $rest } / { $link } = { $push }.
postcopy-step-degraded = The VM runs degraded at the destination until the last page arrives: { $push }.
postcopy-step-total = Total = switchover (RTT) + push = { $rtt } + { $push } = { $total }.

hybrid-question = A VM with { $mem } of memory migrates hybrid over a { $link } link while its guest writes { $dirty }: up to { $k ->
        [one] { $k } pre-copy round
       *[other] { $k } pre-copy rounds
    } (round 0 sends all of memory; pre-copy stops early if a round leaves no more dirty than bandwidth × downtime limit, { $limit }), then it switches over (one round trip, { $rtt }) and the pages still dirty follow by post-copy.
hybrid-lambda = λ = { $dirty } / { $rate } = { $lambda }; the pre-copy stop rule's threshold is bandwidth × downtime limit = { $threshold }.
hybrid-stopped = After round { $round } only { $left } is dirty, under the threshold: pre-copy stops there and the rest goes with the VM paused (no post-copy).
hybrid-switched = No round gets under the threshold, so after { $k ->
        [one] { $k } round
       *[other] { $k } rounds
    } the VM switches over (RTT { $rtt }) and the { $left } still dirty follow by post-copy.
hybrid-sum = Round 0 sends M, each next round λ times the last, then the remainder: { $terms } = { $total }.
# $switchover is "yes" when the VM switched over (then the round trip counts) or "no".
hybrid-time = Everything crosses at { $rate }: { $total } / { $rate }{ $switchover ->
        [yes] {" "}+ RTT { $rtt }
       *[no] {""}
    } = { $time }.

## Comparisons: which type or policy meets a goal

# $metric is "downtime", "total" or "bytes".
goal = { $metric ->
        [total] the shortest migration (total time)
        [bytes] the fewest bytes on the link
       *[downtime] the least downtime
    }
types-question = A VM with { $mem } of memory, its disk on shared storage, must move over a { $link } link while its guest writes { $dirty } (shutdown { $shutdown }, boot { $boot }, storage { $storage } each way, downtime limit { $limit }). Which migration type gives { $goal }: { $names }?
policies-question = A VM with { $mem } of memory migrates live over a { $link } link while its guest writes { $dirty } (downtime limit { $limit }). Which stop policy gives { $goal }: QEMU (pending fits bandwidth × downtime limit), Xen classic (30 rounds, < 50 dirty pages or 3× memory sent), Xen current (5 rounds or < 50 pages), vMotion (500 ms switchover goal, SDPS) or SimGrid (30 ms threshold)?
# One run of a comparison: "Live (pre-copy): 279.8 ms (12 pre-copy rounds). <why it stopped>"
compare-run = { $name }: { $value }{ $rounds ->
        [0] {""}
        [one] {" "}({ $rounds } pre-copy round)
       *[other] {" "}({ $rounds } pre-copy rounds)
    }. { $why }
compare-least = { $metric ->
        [total] Least total time
        [bytes] Least bytes sent
       *[downtime] Least downtime
    }: { $name }.
compare-least-tied = { $metric ->
        [total] Least total time
        [bytes] Least bytes sent
       *[downtime] Least downtime
    }: { $names }, tied (within a billionth); each is right.

# Why a compared run stopped where it did.
why-cold = Cold migration: down for shutdown, copy and boot; nothing to converge.
why-suspended = Suspended migration: the VM is down for the whole of it (suspend, transfer, restore).
why-postcopy = Post-copy switches over first: the VM resumes at the destination and its memory follows.
why-hybrid = After { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    } the hybrid migration switches to post-copy with { $left } still dirty.
# $left is what the last pass left dirty; $policy the stop policy's key; $goal the
# downtime it aims for.
why-fits = The { $left } still dirty can be sent in { $goal } or less: { $policy ->
        [textbook] the textbook rule
        [vmotion] vMotion
        [simgrid] SimGrid
       *[qemu] QEMU
    } pauses the VM for the last copy.
why-xen-few = Fewer than 50 pages were dirtied in the last round: Xen suspends the domain for the last copy.
# $cause is "limit" (Xen's round limit, $max rounds) or "sent" (3× memory sent).
why-xen-stop = { $cause ->
        [sent] More than 3× memory has been sent: Xen gives up iterating and copies the { $left } still dirty with the domain suspended.
       *[limit] Xen's iteration limit ({ $max } live rounds) is reached: it suspends the domain and copies the { $left } still dirty.
    }
why-not-converged = Pre-copy does not converge: the VM is paused and the rest is sent with it stopped.

## Faults

drop-ask = At { $at } the link's bandwidth drops to { $rate } for { $duration } s. How long is the VM out of service, in seconds?
spike-ask = At { $at } the round trip grows by { $extra } ms for { $duration } s; TCP keeps at most a { $window } window in flight (the larger of 4 MiB and bandwidth × RTT). How long is the VM out of service, in seconds?
fault-step = During the fault the copy runs at min(link { $link }, storage) = { $during } instead of { $rate }, so its { $duration } s send only { $sent } of the { $would } they would have: the copy takes { $lost } longer.
fault-downtime = Downtime = { $base } + { $lost } = { $total }.
postcopy-drop-question = A VM with { $mem } of memory migrates post-copy over a { $link } link (switchover: one round trip, { $rtt }). At { $at } s the bandwidth drops to { $rate } for { $duration } s. How long does the migration take, in seconds?
postcopy-drop-without = Without the fault: RTT + M / R = { $rtt } + { $mem } / { $rate } = { $t }.
postcopy-drop-during = The { $duration } s at { $drop } send { $sent } instead of { $would }: the push takes { $duration } × (1 − { $drop } / { $rate }) = { $lost } longer.
postcopy-drop-total = Total = { $total }.

## Host evacuation

# One VM of the fleet: "web (4 GiB, writing 25 MB/s)"; $writes is "idle" or "writing".
evac-vm = { $name } ({ $mem }, { $writes ->
        [idle] idle
       *[writing] writing { $dirty }
    })
evac-question = A host goes into maintenance and must be emptied over its { $link } link. Its VMs: { $fleet }. Each migrates live under QEMU's rules (300 ms downtime limit); the hypervisor runs { $k ->
        [one] one migration at a time
       *[other] at most K = { $k } migrations at once, which share the link equally
    }, the others waiting their turn ({ $order }). How long until the host is empty, in seconds?
evac-share = { $running ->
        [one] one alone gets { $rate }
       *[other] { $running } running get { $rate } each
    }
evac-shares = The migrations running at once share the link max-min fairly, equal parts when none has a cap: { $list }.
evac-start = Start order ({ $order }): { $names }. { $k ->
        [one] The first starts
       *[other] The first { $k } start
    } at 0 s; each of the others takes the first slot that frees, and a share changes only when a migration starts or ends.
# A share from a moment on: "62.5 MB/s from 10 s".
evac-share-from = { $rate } from { $at }
evac-why-writing = λ = { $dirty } ÷ { $share } = { $lambda }, below 1, so its pre-copy converges
evac-why-idle = Idle, it has nothing to send again
evac-vm-line = { $name } ({ $mem }, { $writes ->
        [idle] idle
       *[writing] writes { $dirty }
    }) starts at { $start }; its share: { $shares }. { $why }: { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    } and { $time }, so it leaves at { $end }.
evac-bound = Whatever K and the order, the link carries every VM's memory once: { $memory } ÷ { $rate } = { $time }; pages written during the copy are sent again on top ({ $sent } in all).
evac-end = The host is empty when the last VM leaves: the simulation gives an evacuation time of { $time }.

## Grading a response (the app's feedback)

# What a response that cannot be read should look like.
grade-empty = type an answer first
grade-yes-no = answer yes or no
grade-pick = pick one of the { $n } choices
grade-whole = a whole number, like 7
grade-time = a time, like 254 ms, 0.254 s or 4 min
grade-size = a size, like 21.4 GB (a plain number means GB)
grade-number = a number
# How far a wrong response is from the answer. $dir is "many" or "few" for a count,
# "high" or "low" for a number; $units is "yes" when a factor near 1000 hints at a unit slip.
off-by-one = off by one round: one too { $dir ->
        [many] many
       *[few] few
    }
off-rounds = { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    } too { $dir ->
        [many] many
       *[few] few
    }
off-percent = yours is { $pct } % { $dir ->
        [high] high
       *[low] low
    }
off-factor = about { $factor }× too { $dir ->
        [high] high
       *[low] low
    }{ $units ->
        [yes] {" "}(check the units)
       *[no] {""}
    }
off-zero = yours is zero
off-negative = yours is below zero
