# The model's own sentences: why a run stopped (Trace::stop_reason) and its events'
# notes (trace::Note), written by model/src/sim/*.rs as message ids with arguments
# (crate::say::Say). English is the source, and the CLI, JSON traces and tests read it:
# keep its wording as it is. It is compiled into the model at build time
# (model/build.rs, tools/ftl-english): keep to text, { $variables } and selectors on a
# variable (docs/translating.md, "The app's English").
# Arguments: sizes, rates and durations arrive written ($memory = "4.295 GB",
# $rate = "125 MB/s", $t = "40 s"); $percent and $faults are whole numbers written as
# text; $round, $previous, $rounds, $max and $pages arrive as numbers (plural forms).
# $type, $fault, $reason and $safe are the words below (word-…), in the same language.

## Words the sentences take as arguments

word-type-cold = Cold
word-type-suspended = Suspended
word-type-live = Live (pre-copy)
word-type-postcopy = Post-copy
word-type-hybrid = Hybrid
# A fault: "{ $fault } at 40 s", "The { $fault } ends the migration".
word-fault-bandwidth-drop = bandwidth drop
word-fault-latency-spike = latency spike
word-fault-link-failure = link failure
word-fault-source-host-failure = source host failure
word-fault-destination-host-failure = destination host failure
# Why a suspended migration is held: "held ({ $reason })", "The { $reason } hold ends".
word-hold-technical-issue = technical issue
word-hold-budget = budget
word-hold-compliance-review = compliance review
word-hold-waiting-on-other-system = waiting on another system
# Where the VM waits during a hold.
word-safe-state-file = the VM is safe in its state file but down
word-safe-paused = the VM stays paused at the source, safe but down

## What if? The name of a run by the value it varies (migration_model::vary): the
## compare view's rows and `migsim --vary`
# A value with no words of its own: a size, a rate, a duration, a share ("1.5 Gbit/s").
vary-value = { $value }
# A stop policy: the compare view names a run by it.
word-policy-qemu = QEMU
word-policy-textbook = Textbook (Clark et al.)
word-policy-xen = Xen (classic)
word-policy-xen5 = Xen (current)
word-policy-vmotion = vMotion
word-policy-simgrid = SimGrid
# $at, $duration, $extra, $after are written durations ("40 s"); $rate a written rate;
# $size a written size; $fault a word-fault-… word; $reason a word-hold-… word.
vary-no-fault = no fault
vary-no-change = no change
vary-no-hold = no hold
# Two faults or changes of one run: $first and $next are names (vary-…).
vary-and = { $first } and { $next }
vary-fault-at = { $fault } at { $at }
vary-bandwidth-drop = bandwidth drop to { $rate } at { $at } for { $duration }
vary-latency-spike = latency spike of +{ $extra } at { $at } for { $duration }
vary-change-bw = bandwidth { $rate } from { $at }
vary-change-dirty = writes { $rate } from { $at }
vary-hold = { $reason } hold at { $at } for { $duration }
# $via is file or stream.
vary-via = { $via ->
        [file] state file
       *[stream] streamed
    }
# $model is linear or uniform (the dirty model's key).
vary-writes = { $model ->
        [linear] linear writes
       *[uniform] uniform writes
    }
vary-ws-all = all of memory
vary-no-cap = no cap
vary-xbzrle-off = XBZRLE off
vary-xbzrle = XBZRLE { $size }
vary-never-paused = never paused
vary-paused-after = paused after { $after }
# $seed is a number as written.
vary-seed = seed { $seed }
# $n is a count.
vary-hybrid-rounds = { $n ->
        [one] { $n } pre-copy round
       *[other] { $n } pre-copy rounds
    }
# A switch: $key is autoconverge or shared, $on is yes or no.
vary-switch = { $key ->
        [shared] shared-storage
       *[autoconverge] auto-converge
    }: { $on ->
        [yes] yes
       *[no] no
    }


## Events of every type

note-start = { $type } migration of a { $memory } VM starts
note-failure-at = { $fault } at { $t }
note-bandwidth-becomes = The link's bandwidth becomes { $rate }
note-bandwidth-becomes-was = The link's bandwidth becomes { $rate } (it was { $before })
note-writes-become = The guest now writes { $rate }
note-writes-become-was = The guest now writes { $rate } (it was { $before })
note-link-drops = The link drops to { $rate } for { $duration }
note-latency-spike = Round-trip time rises by { $extra } for { $duration }; TCP throughput is bounded by window / RTT
note-fault-no-change = A { $fault } at this point does not change the outcome
note-runs-at-destination = The VM runs at the destination
note-commit-frees = The destination commits; the source frees its copy

## Cold migration

note-cold-shutdown = The guest shuts down ({ $duration }); its memory contents are discarded
note-cold-config-only = Only the configuration is copied: the disks are on shared storage
note-cold-copy = The configuration and { $disk } of disk are copied at up to { $rate }
note-cold-booted = The VM has booted at the destination
note-cold-registered = The destination registers the VM; the source copy is removed
stop-cold = Cold migration: down for shutdown, copy and boot ({ $duration }); nothing to converge
stop-cold-source-died = The source host died, but the VM's configuration and disks are intact there: the migration is abandoned and the VM can be started on the source once the host is back
stop-cold-fault = The { $fault } ends the migration; the source copy is intact and the VM stays powered off on the source

## Pre-copy (live, hybrid)

note-pass-first = Round 0 sends all { $bytes } of memory while the VM runs
note-pass = Round { $round } sends the { $bytes } still dirty at the bitmap sync that ended round { $previous }
note-libvirt-timeout = libvirt --timeout: after { $t } the VM is paused and the migration finishes with it stopped
note-timeout-pause = The VM pauses at the source; the remaining { $memory } of memory goes with it stopped
note-sdps = The guest writes faster than the { $rate } send rate: SDPS stuns the vCPUs { $percent }% of the time
note-auto-converge = Writes outpace sending at two syncs in a row: auto-converge throttles the vCPU to { $percent }%
note-pause-stop-and-copy = The VM pauses at the source; the last { $dirty } and { $device } of device state go at { $rate }
stop-libvirt-timeout = Pre-copy had not converged after { $t }: libvirt's --timeout paused the VM and sent the remaining { $pending } with it stopped
stop-hybrid-switch = After { $rounds } pre-copy { $rounds ->
        [one] round
       *[other] rounds
    } the hybrid migration switches to post-copy with { $dirty } still dirty
# $stopped: cap (the engine's round cap, $max) or limit (the time limit).
# $why: auto-converge, no-limit (QEMU or the textbook rule) or policy (the others).
stop-not-converged = Not converged after { $t } ({ $rounds } rounds, about { $pending } still dirty) and { $stopped ->
        [cap] the simulation stops after { $max } rounds
       *[limit] the time limit is reached
    }: { $why ->
        [auto-converge] even with auto-converge
        [no-limit] QEMU has no round limit and keeps iterating until cancelled
       *[policy] the policy had not stopped yet
    }; the VM keeps running on the source
stop-precopy-fault = The { $fault } ends the migration: it is abandoned and the VM keeps running on the source
stop-precopy-lost = The source host died while it ran the VM: the VM is lost (the destination holds only a partial copy)
stop-stop-and-copy-fault = The { $fault } interrupts stop-and-copy: the migration fails and the paused VM resumes on the source once libvirt notices
stop-stop-and-copy-lost = The source host died during stop-and-copy: the VM is lost
stop-resume-destination-died = The destination host died before it committed: the source, which still holds the paused VM, resumes it

## Stop rules (model/src/sim/policy.rs)

# $who: qemu, textbook, vmotion or simgrid; $goal is the downtime goal.
stop-fits = Pending { $pending } fits { $goal } at { $rate }: { $who ->
        [qemu] QEMU
        [textbook] the textbook rule
        [vmotion] vMotion
       *[simgrid] SimGrid
    } pauses the VM for the last copy
stop-xen-few-pages = Only { $pages } pages were dirtied in the last round (fewer than 50): Xen suspends the domain for the last copy
stop-xen-iterations = Xen's iteration limit ({ $max } live rounds) is reached: it suspends the domain and copies the { $pending } still dirty
stop-xen-sent = More than 3× memory ({ $sent }) has been sent: Xen gives up iterating and copies the { $pending } still dirty

## Post-copy and hybrid

note-postcopy-pause = The VM pauses at the source; its CPU and device state ({ $device }) go to the destination
note-postcopy-switchover = The VM runs at the destination; { $left } of memory is still at the source and arrives by background push and demand faults
note-postcopy-done = Every page has arrived ({ $faults } by demand fault; the vCPU was blocked on faults { $percent }% of the post-copy time); the source frees its copy
stop-postcopy = Post-copy switches over first: the VM resumes at the destination and its memory follows
stop-postcopy-switch-fault = The { $fault } hits before the destination has the CPU state: the source resumes the VM
stop-postcopy-switch-lost = The source host died during the switchover: the VM is lost
stop-postcopy-link-paused = The link failed during post-copy: the VM pauses at the destination (postcopy-paused); it can recover once the link is back, as both hosts are alive
stop-postcopy-split-lost = The { $fault } after the post-copy switchover loses the VM: its memory was split between the two hosts

## Suspended migration (state file, or paused and streamed)

note-suspend-write = The VM suspends: { $file } of memory is written to a state file at { $rate }
note-state-file-shared = The state file stays on shared storage: only the configuration crosses the link
note-state-file-moves = The state file and disks ({ $bytes }) move to the destination
note-resumes-where-left = The VM resumes at the destination where it left off
note-commit-state-file = The destination commits; the source's state file is removed
note-paused-first = The VM is paused first (libvirt migrate without --live): nothing is dirtied, so its { $memory } of memory goes once
note-disks-copied-paused = The disks ({ $disks }) are copied while the VM is paused
note-paused-streams = The paused VM's { $memory } of memory streams to the destination at { $rate }
note-paused-rest = The rest ({ $rest }) fits { $rate } × the { $limit } downtime limit: QEMU completes the migration, sending it and { $device } of device state at link speed
note-hold-start = The migration is held ({ $reason }) for { $duration }; { $safe }
note-hold-end = The { $reason } hold ends
stop-still-on-hold = Still on hold ({ $reason }) when the simulation stops at { $t }: { $safe }
stop-suspended = Suspended migration: the VM was down for the whole { $t } (suspend, transfer, holds, restore)
stop-paused = Paused migration: the VM was down for the whole { $t }, from the pause to the resume at the destination (QEMU's own downtime figure counts only the final step at link speed)
stop-suspended-lost-before-file = The source host died before the state file was complete: the VM's running state is lost (its disks survive for a cold boot)
stop-suspended-source-died-file = The source host died, but the state file and disks on its storage are intact: the migration is abandoned and the VM can be restored on the source once the host is back
stop-suspended-fault-file = The { $fault } ends the migration; the state file on the source is intact and the VM stays suspended there
stop-suspended-lost-paused = The source host died while it held the paused VM: the VM is lost (the destination has only part of its memory)
stop-suspended-fault-paused = The { $fault } ends the migration: the paused VM resumes on the source once libvirt notices

## Reading a recording (model/src/replay): why a file, a line or its JSON could not be
## used. $found, $kind, $desc and $status quote the file as it is; $why, $lines,
## $first, $rest, $expected and $what are sentences or words of this section.

recording-error-not-a-recording = Not a migration recording: { $why }.
recording-error-empty = the file is empty
recording-error-no-ram = no query-migrate sample with RAM counters ("ram": {"{"}"transferred": …{"}"})
# $lines: the first lines' reasons (recording-error-list, -line, -more)
recording-error-no-usable = no usable query-migrate sample; { $lines }
# A list of reasons: $first, then the rest.
recording-error-list = { $first }; { $rest }
recording-error-line = line { $line }: { $why }
# $n: reasons not shown
recording-error-more = { $n } more
# $n: samples left out (English has said "1 samples" since the reader was written)
recording-error-after-end = { $n } samples after the migration ended (kept the first '{ $status }')
recording-error-timestamp = expected a Unix timestamp such as 1764523800.25 before the reply, found '{ $found }'
recording-error-after-timestamp = expected a JSON object after the timestamp, found '{ $found }'
recording-error-not-an-object = expected a JSON object ('{"{"}…{"}"}') or a Unix timestamp followed by one, found '{ $found }'
recording-error-unknown-line = expected a query-migrate reply ({"{"}"return": {"{"}"status": …{"}"}{"}"} or the bare object), a QMP event, or a recording line with "kind"
# $column: where the JSON stopped, in characters from the line's start
recording-error-not-json = not JSON at column { $column }: { $why }
recording-error-kind-not-text = 'kind' should be a string, found { $found }
recording-error-unknown-kind = unknown kind '{ $kind }' (expected run, sample, event, dirty or note)
recording-error-no-rel = no 'rel' (seconds since migrate)
recording-error-no-rate = no 'rate'
recording-error-no-status = no 'status'
recording-error-status = 'status' should be a string such as "active", found { $found }
recording-error-qmp = QMP answered with an error: { $desc }
recording-error-qmp-no-desc = no description
recording-error-return = 'return' should be an object, found { $found }
# $key: the field's name; $what: what it holds (recording-error-unit-…)
recording-error-not-a-number = '{ $key }' should be a number ({ $what }), found { $found }
# $n: the number found, as written
recording-error-negative = '{ $key }' should not be negative ({ $what }), found { $n }
recording-error-event-name = an event needs its name in 'event'
recording-error-migration-status = a MIGRATION event needs a 'status' string
recording-error-pass-number = a MIGRATION_PASS event needs its 'pass' number

# What a field holds (recording-error-not-a-number's and -negative's $what)
recording-error-unit-bytes = bytes
recording-error-unit-ms = ms
recording-error-unit-s = s
recording-error-unit-pages = pages
recording-error-unit-pages-per-s = pages/s
recording-error-unit-count = a count
recording-error-unit-mbps = Mbit/s
recording-error-unit-percent = %
recording-error-unit-mib = MiB
recording-error-unit-mib-s = MiB/s or "unlimited"
recording-error-unit-rel = seconds since migrate
recording-error-unit-rate = page writes per second
recording-error-unit-pass = the pass number

# What sort of JSON value was found (the $found of -kind-not-text, -status, -return, -not-a-number)
recording-error-value-null = null
recording-error-value-bool = true/false
recording-error-value-number = a number
recording-error-value-string = a string
recording-error-value-list = a list
recording-error-value-object = an object

# Where a line stopped being JSON: $expected (recording-error-json-…), $found (-json-found-…)
recording-error-json = { $expected }, found { $found }
recording-error-json-found-end = the end of the line (is it cut short?)
# $code: the character's code point, four hex digits
recording-error-json-found-control = the control character U+{ $code }
recording-error-json-found-char = '{ $char }'
recording-error-json-end-of-value = expected the end of the line after the value
recording-error-json-too-deep = nesting this deep is not a recording
recording-error-json-any-value = expected a value (object, list, string, number, true, false or null)
recording-error-json-value = expected a value
recording-error-json-key = expected a key in double quotes
recording-error-json-colon = expected ':' after the key
recording-error-json-object-comma = expected ',' or '{"}"}' after a value
recording-error-json-list-comma = expected ',' or ']' after a value
recording-error-json-quote = expected the closing '"' of a string
recording-error-json-escape = expected an escape such as \n, \" or \u00e9
recording-error-json-hex = expected four hex digits after \u
recording-error-json-digit = expected a digit
recording-error-json-fraction = expected a digit after the decimal point
recording-error-json-exponent = expected the exponent's digits
recording-error-json-float = expected a number that fits a 64-bit float

## A lesson file's mistakes (model/src/lesson/: the reader's errors and warnings)

# What the lesson reader says of an author's file, with the step, field and line it is
# about (lesson::LessonError). Field names (scene, at, text) and the file's own syntax
# (== Title, key: value, {placeholder}) stay as written in the file, in every language.
# $written, $name, $key, $value, $word, $phase, $type, $fields, $phases and $title are
# quoted from the file (or the app's keys) as they are; $end and $downtime are durations
# written by the model ("40 s"); $line, $first, $again, $n, $count, $rounds, $more,
# $max, $kib, $at and $bytes arrive as numbers. $meant is the field a name was probably
# meant to be (scene, at, mark, text, ask, reveal, lesson, lang), or none. $why is a
# reason of the link reader (which the app shows in the page's language) or of the
# model, in English.

# The frame around a message: a step's, the header's, the whole file's ($message is
# one of the lesson-error-… below, already in the language, its first letter capital
# for the whole file).
lesson-at-step = Step { $step } “{ $title }”, field { $field } (line { $line }): { $message }
lesson-at-header = Lesson header, field { $field } (line { $line }): { $message }
lesson-at-file = { $message }

# The file as a whole.
lesson-error-too-long = the lesson is longer than { $kib } KiB; the rest was not read
lesson-error-not-utf8 = the file is not UTF-8 (line { $line } is the first that is not); it was read as Latin-1 (Windows-1252), so check its accented letters, or save it as UTF-8
lesson-error-utf16 = the file is UTF-16, not UTF-8: save it as UTF-8 (plain text)
lesson-error-nul = this is not a text file (a NUL byte at byte { $at }): a lesson is plain text, UTF-8
lesson-error-controls = this is not a text file ({ $count } control characters in its first { $bytes } bytes): a lesson is plain text, UTF-8
lesson-error-empty = the file is empty: a step starts with a line == Title, followed by its fields (text: …)
lesson-error-only-comments = the file has only comments and blank lines: a step starts with a line == Title, followed by its fields (text: …)
lesson-error-title-no-steps = the file has a title (lesson:) but no steps: a step starts with a line == Title, followed by its fields (text: …)
lesson-error-no-steps = the file has no steps: a step starts with a line == Title, followed by its fields (text: …)
lesson-error-too-many-steps = a lesson has at most { $max } steps; the rest were not read

# The header and the lines.
lesson-error-header-twice = { $name }: is given twice (line { $first } and line { $again }); the last is used
lesson-error-header-field = the header has only a lesson: title and a lang: language; steps start with a line == Title{ $meant ->
        [none] {""}
       *[other] ; did you mean `{ $meant }:`?
    }
lesson-error-lang = unknown language `{ $value }`: expected one of { $known }; the lesson's questions are asked in English
lesson-error-indented-field = a line that starts with a space or a tab continues the field above it: did you mean `{ $name }:` at the start of the line?
lesson-error-indented-first = an indented line continues a field, but no field comes before it
lesson-error-not-a-field = expected a field (scene:, at:, mark:, text:, ask:, reveal:), an indented continuation, or == Title{ $meant ->
        [none] {""}
       *[other] ; did you mean `{ $meant }:`?
    }

# A step's fields.
lesson-error-step-twice = { $name }: is given twice (line { $first } and line { $again })
lesson-error-step-field = not a step field ({ $fields }){ $meant ->
        [none] {""}
       *[other] ; did you mean `{ $meant }:`?
    }
lesson-error-no-text = a step needs a paragraph (text: …)
lesson-error-reveal-no-ask = a reveal follows a question: add ask: …

# scene:
lesson-error-page-key = { $key }= sets the page, not the scenario (the playhead is the step's at: field)
lesson-error-ignored-recording = { $key }={ $value } is ignored in a scene: a step shows the model's run; lessons cannot show a recording beside it yet
lesson-error-ignored-exercises-view = { $key }={ $value } is ignored in a scene: a step shows the animated view, view=compare or view=evacuate
lesson-error-ignored-lesson-key = { $key }={ $value } is ignored in a scene: a scene sets the scenario; the lesson and its steps are the file's own
lesson-error-ignored-exercise-key = { $key }={ $value } is ignored in a scene: it belongs to the exercises view, which a step cannot show
lesson-error-scene-twice = { $key }= is given twice ({ $key }={ $before }, then { $key }={ $value }); the last is used
lesson-error-scene = { $key }={ $value }: { $why }
lesson-error-scene-more = { $key }={ $value }: { $why } (and { $more } more)
lesson-error-run = { $why }

# at: and mark:
lesson-error-after-end = { $written } is after this run's end ({ $end }): the step stands at the end
lesson-error-at-order = “{ $until }” comes before “{ $from }” in this run
lesson-error-edge = “{ $word }”: expected start, middle or end
lesson-error-round-number = “{ $written }” is not a round number
lesson-error-not-a-moment = “{ $written }” is not a moment (start, end, fault, 12.5s, round 3, stop-and-copy, { $phases } …; add start or end)
lesson-error-no-round = this run has no pre-copy round { $n } (it has { $rounds })
lesson-error-no-phase = this run has no { $phase } phase
lesson-error-no-fault = this run has no fault
lesson-error-mark = “{ $written }” is not a mark (dirty, in-flight, link, downtime, round N)

# text: and reveal:
lesson-error-placeholder = {"{"}{ $name }{"}"} is not a placeholder (see docs/lessons.md: {"{"}downtime{"}"}, {"{"}lambda{"}"}, {"{"}round 3 sent{"}"}, …)
lesson-error-strong-placeholder = a {"{"}placeholder{"}"} cannot stand inside *strong* text
lesson-error-unclosed-brace = a {"{"} without its closing {"}"}
lesson-error-unopened-brace = a {"}"} without its opening {"{"}
lesson-error-unclosed-star = a * without its closing * (write \* for a star)

# ask:
lesson-error-factor = “{ $written }” is not a factor above 1 (like x2)
lesson-error-within = “{ $written }” is not a number of rounds (0 to 100)
lesson-error-question = “{ $written }” is not a question (converge, downtime within x2, least downtime, rounds within 1)
lesson-error-no-rounds = a { $type } migration has no pre-copy rounds: ask this of type=live or type=hybrid
lesson-error-downtime-range = this run's downtime ({ $downtime }) is outside the answer slider's 1 ms to 27 h
lesson-error-none-completes = no type completes with these parameters

# An evacuation step (view=evacuate).
lesson-error-evac-ask = an evacuation step cannot ask yet: ask in a step that shows one VM at its share of the link (bw=)
lesson-error-evac-mark = the evacuation view has no marks: leave mark: out
lesson-error-evac-moment = an evacuation step stands at start, end or a time on the evacuation's clock
lesson-error-evac-value = a number of an evacuation ({"{"}k{"}"}, {"{"}evacuation_time{"}"}, {"{"}vm N …{"}"}) needs view=evacuate in the scene
lesson-error-no-vm = this evacuation has no VM { $n } (it has { $count })

## The replay's headline (model/src/replay/narrate.rs): how QEMU's migration ended, then
## where the model and the recording differ and why. $took, $switch, $t, $down, $model,
## $real, $outage, $bytes, $time and $percent arrive written ("12.3 s", "4 %", "42");
## $passes, $n and the early-passes' $real and $model are counts; $status quotes QEMU's
## word as it is ('active'); $place, $why, $names, $evidence, $first, $next and $rest
## are sentences or words of this section.

replay-said-headline = { $ending } { $why }
replay-said-completed-postcopy = QEMU completed the migration in { $took }, in post-copy from { $switch }: { $place }.
replay-said-completed = QEMU completed the migration in { $took } ({ $passes ->
        [one] { $passes } pass
       *[other] { $passes } passes
    }): { $place }.
replay-said-cancelled = QEMU's migration was cancelled after { $took } and { $passes ->
        [one] { $passes } pass
       *[other] { $passes } passes
    }: { $place }.
replay-said-failed-postcopy = QEMU's migration failed after { $took }, in post-copy since { $switch } (the VM already ran at the destination with pages still at the source): { $place }.
replay-said-failed = QEMU's migration failed after { $took }: { $place }.
replay-said-unfinished = The recording stops at { $took } with QEMU still '{ $status }': it does not show how the migration ended.
# Where the recording leaves the guest ($place above)
replay-said-vm-there = the VM runs at the destination
replay-said-vm-paused-there = the VM is at the destination, paused (it was stopped before migrate: a cont there runs it)
replay-said-vm-stayed = the VM stayed at the source
replay-said-vm-in-file = the VM's state is in the file, nothing resumed from it in the recording
replay-said-vm-stopped = the VM is stopped at the source
replay-said-vm-lost = the VM is lost
# $n: how many features ("it" or "them"); $model and $real: replay-said-side(-down)
replay-said-not-modelled = QEMU used { $names }, which the model does not have: { $evidence }. The model's run without { $n ->
        [one] it
       *[other] them
    } ({ $model }) is not like for like with QEMU's ({ $real }), so their difference is not the model's error.
replay-said-side = { $t }, { $bytes }
replay-said-side-down = { $t }, { $down } down, { $bytes }
replay-said-and = { $first } and { $next }
replay-said-list = { $first }; { $rest }
replay-said-feature-multifd = multifd
replay-said-feature-compression = compression
replay-said-multifd-bytes = { $bytes } went over multifd channels (ram.multifd-bytes)
replay-said-multifd-capability = the run's capabilities include multifd
replay-said-compressed = { $pages } pages were compressed
replay-said-compressed-into = { $pages } pages were compressed into { $bytes }
replay-said-compress-capability = the run's capabilities include compress
replay-said-stopped-before = The guest was stopped before the copy began, so it was down { $outage } although QEMU reports { $down } of downtime (only the final copy); the model gives { $model }.
replay-said-throttled = QEMU took { $real } where the model converges in { $model }: { $why }.
replay-said-full-rate = the guest's writer is not CPU-bound: it kept its full rate up to a { $percent }% throttle
replay-said-little-cpu = the guest's writer needs little CPU, so throttling slows it less than the model assumes
replay-said-ends-unknown = The model completes in { $model }; the recording stops before QEMU finished, so the ends cannot be compared.
replay-said-model-completes = QEMU did not complete but the model does: the stop rule is reached sooner in the model.
replay-said-model-does-not-complete = QEMU completed but the model does not: the stop rule is reached later or never in the model.
replay-said-early-passes = QEMU starts a new pass before the old one ends (it syncs as soon as the rest fits the downtime limit), so it counts { $real } passes where the model has { $model } rounds.
replay-said-downtime = QEMU's downtime of { $down } includes stopping the vCPU and saving device state, which the model charges less for ({ $model }).
replay-said-agree = Model and QEMU agree: total time within { $time } (model { $model }, QEMU { $real }), bytes within { $bytes }.
replay-said-agree-on-time = Model and QEMU agree on total time within { $time } (model { $model }, QEMU { $real }) but differ by { $bytes } on bytes.
replay-said-agree-on-bytes = Model and QEMU agree on bytes within { $bytes } but differ by { $time } on total time (model { $model }, QEMU { $real }).
replay-said-differ = Model and QEMU differ by { $time } on total time (model { $model }, QEMU { $real }) and by { $bytes } on bytes.
# A flag the model does not accept (the app's replay-out-of-range's $why). $flag,
# $value and $why (the unit parser's reason, in English) are quoted as they are;
# $accepted and $got arrive written.
replay-said-bad-value = { $flag } { $value }: { $why }
replay-said-not-a-flag = { $flag }: not a flag the replay sets
replay-said-out-of-range = { $flag }: accepted { $accepted }, got { $got }

## Where the replay found each inferred flag (model/src/replay/infer.rs, Flag::from):
## QMP's field names (ram.total, xbzrle-cache.cache-size, …) stay as QEMU writes them.

replay-from-precopy-default = pre-copy (QEMU's default)
replay-from-postcopy-switch = QEMU switched to post-copy
replay-from-postcopy-passes = passes before the switch to post-copy
replay-from-saved = saved to a file and restored
replay-from-qemu = a QEMU recording
replay-from-ram-total = ram.total
replay-from-guest-memory = the run's guest memory (no ram.total in the file)
replay-from-zero-pages = ram.duplicate (zero pages sent as markers) × page size / memory
replay-from-page-size = ram.page-size
replay-from-same-host = the file stays on this host
replay-from-stop-and-copy = ram.downtime-bytes / downtime (the stop-and-copy is not capped)
replay-from-fastest = the fastest send rate seen (ram.mbps): no uncapped copy in the recording
replay-from-max-bandwidth = the run's max-bandwidth
replay-from-max-bandwidth-unlimited = the run's max-bandwidth (unlimited)
replay-from-median-rate = the median send rate while active (ram.mbps)
replay-from-guest-stopped = the guest was stopped during the transfer
replay-from-dirtier-rate = the run's dirtier rate
replay-from-dirtier-random = the dirtier writes random pages
replay-from-dirtier-memory = the dirtier's memory
replay-from-dirty-pages-rate = the mean of ram.dirty-pages-rate (distinct pages per sync period)
replay-from-distinct-pages = distinct pages per second, as QEMU counts them
replay-from-no-working-set = not in a query-migrate reply
replay-from-downtime-limit = the run's downtime-limit
replay-from-expected-downtime = expected-downtime in the first pass (QEMU shows its limit until it has an estimate)
replay-from-auto-converge = auto-converge (capability or cpu-throttle-percentage)
replay-from-writer-cpu-share = the guest's write rate under QEMU's throttle: (1 − throttle) / (rate achieved / rate wanted)
replay-from-stopped-before = the VM was stopped before migrate
replay-from-cancel-timeout = the run's cancel timeout
replay-from-cancelled-at = cancelled at total-time
replay-from-xbzrle-cache = xbzrle-cache.cache-size
replay-from-xbzrle-default = QEMU's default xbzrle-cache-size (the recording does not say)
replay-from-xbzrle-page = xbzrle-cache.bytes / pages, plus QEMU's 8-byte page header
replay-from-storage-write = ram.transferred / total-time of the save
replay-from-storage-read = the file over the time from the save's end to the restored VM's RESUME
