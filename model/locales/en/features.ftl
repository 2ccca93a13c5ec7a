# The words of the feature views (src/features/: exercises, lessons, compare, evacuation,
# replay). The split leaves them with their views in the wasm's second half, so the first
# screen's words are app.ftl's (docs/translating.md).

## The exercises view (the problems, solutions and feedback are exercises.ftl's)

exercises-setup = Problem set
exercises-set = Set
exercises-new-set = New set
exercises-difficulty = Difficulty
exercises-level = Level { $level }
exercises-topics = Topics (none ticked: all)
exercises-nav = Problems
exercises-prev = ‹ Previous
exercises-next = Next ›
exercises-count = Problem { $n } of { $total }
exercises-print-problems = Print problems
exercises-print-key = Print answer key
exercises-print-title = Problem set { $set }
exercises-your-answer = Your answer
exercises-yes = Yes
exercises-no = No
exercises-hint-count = a whole number, e.g. 7
exercises-hint-time = e.g. 254 ms, 0.254 s or 4 min
exercises-hint-bytes = e.g. 21.4 GB
exercises-hint-number = a number
exercises-check = Check
# $answer is the answer in words ("254.1 ms"), $tolerance is exercises-tolerance or empty.
exercises-right = Right: { $answer }.
# $off says how far off the response was ("yours is 50 % low").
exercises-wrong-off = Not quite: { $off }. The answer is { $answer }{ $tolerance }.
exercises-wrong = Not quite: the answer is { $answer }{ $tolerance }.
exercises-unreadable = Could not read that: { $why }.
# $percent is written ("5").
exercises-tolerance = {" "}(answers within ±{ $percent }% count)
exercises-answer = Answer: { $answer }{ $tolerance }
exercises-show-solution = Show solution
exercises-hide-solution = Hide solution
exercises-show-me = Show me
exercises-solution = Worked solution

## The lesson panel (its language is the lesson's: a built-in lesson opens in the page's)

lesson-position = Step { $n } of { $total }
lesson-close = Close the lesson
lesson-back = ◀ Back
lesson-go-to = Go to step
lesson-reveal-next = Reveal ▶
lesson-next = Next ▶
lesson-next-lesson = Next lesson ▶
lesson-steps = { $n ->
        [one] { $n } step
       *[other] { $n } steps
    }
lesson-the-model = The model: { $answer }.
lesson-on-picture = On the picture:
lesson-yes = Yes
lesson-no = No
lesson-your-guess = Your guess:
lesson-rounds = Rounds:
lesson-reveal-answer = Reveal the answer
lesson-you-answered = You answered { $answer }.
lesson-scale-day = 1 day
# Said to screen readers when a step shows, and when its answer is revealed.
lesson-announce-step = { $position }: { $title }.
lesson-announce-question = { $position }: { $title }. Question: { $question }
lesson-announce-answer = Answer: { $answer }. { $why }
# Over the picture while a lesson's number is hovered or focused.
lesson-mark-dirty = Dirty pages: written again after they were sent (“dirtied since copied”)
lesson-mark-in-flight = Pages in flight: on the link between the hosts
lesson-mark-link = The link: its rate sets how fast pages cross
lesson-mark-downtime = Downtime: the red bar under the timeline
lesson-mark-round = The round is lit on the timeline

## The compare view (src/features/compare/)

# The table's marks on the best and worst value of a column.
compare-best = best
compare-best-title = best of the column
compare-worst = worst
compare-worst-title = worst of the column
# The table's columns (also each cell's label on a phone).
compare-col-type = Type
compare-col-downtime = Downtime
compare-col-total = Total time
compare-col-sent = Data sent
compare-col-rounds = Rounds
compare-col-outcome = Outcome
compare-col-why = Why it stopped
# $why is the reason, in the link reader's words.
compare-cannot-run = Cannot run with these parameters: { $why }
# The downtime cell of a run that never moved the VM.
compare-not-moved = none (not moved)
# $name is a row's name ("Live (pre-copy)", "Xen (classic)", "no fault").
compare-open = Open { $name } in the main view
compare-every-type = Every migration type
compare-every-type-axis = Every type, one time axis
# $key is compare-key-*, in lower case ("stop policy").
compare-per-value = One run per { $key }
compare-per-value-axis = One run per { $key }, one time axis
# $what is compare-every-type or compare-per-value.
compare-title = Compare: { $what }
compare-side-by-side = Side by side
# After ★ and ▼ in the table's heading.
compare-hint-best = best
compare-hint-worst = worst of completed runs · click a row to open it
compare-sweep-heading = Sweep: one parameter varies
# "Compare by": the parameters a comparison can vary.
compare-by = Compare by
compare-key-type = Migration type
compare-key-policy = Stop policy
compare-key-bw = Bandwidth
compare-key-dirty = Dirty rate
compare-key-mem = Memory
compare-key-ws = Writable working set
compare-key-downtime = Downtime limit
compare-key-fault = Fault
compare-key-autoconverge = Auto-converge
compare-key-xbzrle = XBZRLE cache
compare-key-page = Page size
compare-key-hold = Hold
compare-key-change = Change at a moment
# $key is compare-key-*.
compare-by-values = { $key } values
compare-by-help = 2 to 6 values, comma-separated, as in a link: 1Gbit/s,10Gbit/s or none,link-failure@40s
compare-apply = Compare
# A value the picker left out: $value as typed, $why in the link reader's words.
compare-bad-value = “{ $value }”: { $why }
# $list is compare-bad-value's, joined with "; ".
compare-left-out = Left out: { $list }
# The time axis. $t and $end are written durations ("40 s").
compare-fork-at = fork at { $t }
compare-fork-title = The runs fork at { $t }
# A phase's tooltip: $row the row's name, $phase the phase's name, $from and $to durations.
compare-phase-title = { $row }: { $phase }: { $from } – { $to }
compare-tl-title = { $what } on one time axis, 0 to { $end }; red bars: VM down
compare-tl-title-fork = { $what } on one time axis, 0 to { $end }; red bars: VM down; the runs fork at { $t }
compare-tl-title-forks = { $what } on one time axis, 0 to { $end }; red bars: VM down; dashed lines: where the runs fork
compare-axis = Time since the migration started (red bar: VM down)
compare-axis-short = Time (red bar: VM down)
# Every run's memory at one moment.
compare-grids-heading = Every run at the same moment
compare-grids-hint = source memory left, destination right
compare-grids-play = ▶ Play together
compare-grids-moment = Moment shown in every run
# $t and $end are written durations.
compare-grids-now = { $t } of { $end }
compare-grid-open = Open { $name } in the main view at this moment
compare-grid-memory = { $name }: source and destination memory at { $t }
# $outcome is an outcome-* word.
compare-grid-ended = ended at { $t }: { $outcome }
compare-grid-cannot-run = cannot run

## The evacuation view (src/features/evacuate/; the exercises' evac-* are exercises.ftl's)

evac-view-title = Host evacuation: every VM leaves over one link
evac-view-controls = Evacuation
evac-view-k = At once (K)
# $k and $n are counts: K and the number of VMs.
evac-view-k-value = { $k } of { $n }
evac-view-k-valuetext = { $k } at once, of { $n } VMs
evac-view-order = Waiting VMs start
# The order in which waiting VMs start (the key is migration_model's Order::key).
evac-view-order-given = as listed
evac-view-order-smallest-first = smallest first
evac-view-order-largest-first = largest first
evac-view-order-least-dirty-first = least dirty first
evac-view-examples = Examples
evac-view-teaching = Two writers
evac-view-maintenance = Maintenance: 8 VMs
# Joining VM names: "vm1, vm2 and vm3". $rest is the names before the last, joined by evac-view-list-sep.
evac-view-list-sep = {", "}
evac-view-list-and = { $rest } and { $last }
# The caption. $link is a written bit rate ("1 Gbit/s"); $why is one of evac-view-stay-*.
evac-view-caption-even-one = Even one at a time over { $link }, { $why }.
# $k is the first K at which a VM stays, $below is K − 1.
evac-view-caption-below = Over { $link }, every VM leaves { $below ->
        [1] one at a time (K = 1)
       *[other] up to { $below } at once (K ≤ { $below })
    }; with K = { $k }, { $why }.
evac-view-caption-one-vm = Over { $link }, the VM leaves.
# $n is the number of VMs.
evac-view-caption-all = Over { $link }, every VM leaves whatever K, even all { $n } at once.
# Why VMs stayed: $list their names, $n how many, $least and $dirty written byte rates, $outcome an outcome-* word.
evac-view-stay-shared = { $list } { $n ->
        [one] does
       *[other] do
    } not converge: sharing the link, { $n ->
        [one] it gets
       *[other] each gets
    } { $least }, no more than the { $dirty } it writes
evac-view-stay-whole = { $list } { $n ->
        [one] does
       *[other] do
    } not converge even with the whole link ({ $least } against { $dirty } of writes)
evac-view-stay-outcome = { $list } { $n ->
        [one] does
       *[other] do
    } not leave ({ $outcome })
# What is happening now: four counts.
evac-view-now = { $migrating } migrating, { $waiting } waiting, { $left } left, { $stayed } did not leave.
# A VM's state on its tile, its bar and the legend.
evac-view-status-waiting = waiting
evac-view-status-copying = copying
evac-view-status-down = down
evac-view-status-left = left
evac-view-status-stayed = did not leave
# A stretch of a VM's bar: $status one of evac-view-status-*, $from and $to durations.
evac-view-span = { $status } { $from } – { $to }
evac-view-host = Source host
evac-view-host-hint = the level is the memory still to cross
# $mem a written size, $dirty a written byte rate.
evac-view-figures = { $mem }, writes { $dirty }
# $type a migration-type-* name in lower case.
evac-view-figures-type = {", "}{ $type }
# $name a VM's name.
evac-view-remove = Remove { $name }
# $share a written percentage ("40 %").
evac-view-memory-left = { $name }: { $share } of its memory still to cross
# $rate a written bit rate.
evac-view-link = The link, { $rate }
# $n a count.
evac-view-running = { $n } running
# $words each running VM's share, or "idle".
evac-view-shares = Link shares: { $words }
evac-view-bars = Each VM on one time axis
evac-view-per-vm = Per VM
evac-view-col-vm = VM
evac-view-col-start = Start
evac-view-col-end = End
evac-view-col-sent = Sent
evac-view-col-converged = Converged
evac-view-yes = yes
evac-view-no = no
evac-view-empty-after = Host empty after
evac-view-ended-after = Evacuation ended after
evac-view-peak = Most running at once
evac-view-still-on-host = Still on the host
evac-view-none = none
# The form that adds a VM. $max is the most VMs a host holds.
evac-view-add-title = Add a VM
evac-view-add-full = Add a VM (the host holds at most { $max })
evac-view-add-mem = Memory, GiB
evac-view-add-dirty = Writes, MB/s
evac-view-add-ws = Working set, %
evac-view-add-name = Name
evac-view-add-button = Add VM
evac-view-add-range = Memory 0.25–1024 GiB, writes 0–10,000 MB/s, working set 1–100 %.

## A recording beside the model (src/features/replay/)

# $name is the file's name or a built-in recording's title.
replay-unreadable = { $name }: the browser could not read this file.
# $url is where the recording is served.
replay-fetch-failed = { $name }: could not fetch { $url } (a built-in recording needs the app served over HTTP; the one-file build can open a recording from a file instead).
replay-source = What the picture plays
replay-source-model = the model
replay-source-real = QEMU's recording
replay-source-label = The picture plays
replay-source-note = { $name }: cells in proportion to QEMU's counters (which pages, QEMU does not say)
replay-comparing = Comparing { $name } with the model…
replay-title = { $name } beside the model
replay-close = Close recording
replay-flags = Parameters inferred from the recording
replay-flags-changed = Parameters inferred from the recording (you changed some)
replay-flags-lead = The model runs with these migsim flags; correct any with the controls.
replay-bytes-title = Bytes sent and still to send in the pass
replay-qemu-sent = QEMU sent
replay-model-sent = model sent
replay-qemu-remaining = QEMU remaining
replay-model-remaining = model remaining
replay-dirty-title = Pages dirtied per second (distinct)
# dirty-pages-rate is QEMU's own counter's name.
replay-qemu-dirty = QEMU dirty-pages-rate
replay-model-dirty = model, per round
replay-axis-time = time since migrate
replay-table = QEMU's own counters beside the model
replay-col-quantity = Quantity
replay-col-model = Model
replay-col-difference = Difference
replay-row-total = Total time
replay-row-downtime = Downtime (QEMU's figure)
replay-row-outage = Guest outage (STOP → RESUME)
replay-row-bytes = Bytes sent
replay-row-passes = Passes
replay-row-outcome = Outcome
# Whether QEMU and the model both converged (or both did not).
replay-same = same
replay-differs = differs
# $real and $model are counts.
replay-lanes = Passes: QEMU { $real }, model { $model }
replay-lane-real = QEMU passes
replay-lane-model = model rounds
# $end is a written duration.
replay-lanes-caption = 0 s to { $end } · red = guest down
# $n is the pass's number, $bytes a written size.
replay-pass-title = pass { $n }: { $bytes }
replay-qemu-pass = QEMU pass
replay-model-round = model round
replay-passes-label = Bytes sent per pass, QEMU and the model
replay-axis-pass = pass
replay-passes-caption = Bytes sent per pass (log scale)
# The narration while the picture plays the recording: $t a written duration, $pass a
# count, $what one of replay-now-*, $sent and $left written sizes, $status QEMU's status word.
replay-now = QEMU at { $t }: { $what }. Sent so far: { $sent }.
replay-now-pass = QEMU at { $t }, pass { $pass }: { $what }. Sent so far: { $sent }.
replay-now-failed = the migration failed; the VM runs on at the source
replay-now-cancelled = the migration was cancelled; the VM runs on at the source
replay-now-lost = post-copy failed with { $left } still at the source: the VM is lost
replay-now-postcopy-paused = post-copy is paused ({ $status }): the VM waits at the destination for { $left }
replay-now-paused-there = the VM is at the destination, paused until a cont runs it
replay-now-on-demand = the VM runs at the destination; { $left } still come over on demand
replay-now-there = the VM runs at the destination
replay-now-stopped = the VM is stopped: { $left } left to send
replay-now-source = the VM runs at the source; { $left } still to send in this pass

## The charts (src/features/charts/: per round and the sweep)

chart-per-round = Per round
chart-sweep = Sweep
# $type is a migration-type-* name.
chart-round-none = { $type } migration has no pre-copy rounds: the per-round chart is for live and hybrid migrations.
# The round under way: $round its name in lower case, $rate a written bit rate, $sent and $dirty written sizes.
chart-round-now = Now: { $round } sending { $rate }, { $sent } of it sent.
chart-round-now-dirty = Now: { $round } sending { $rate }, { $sent } of it sent, { $dirty } dirty.
# One round read out: $round its name, $sent a written size, $time a written duration.
chart-round-sent = { $round }: sent { $sent } in { $time }
# Appended: $left and $threshold written sizes, $rule the threshold's formula.
chart-round-left = {"; "}{ $left } dirty after it (threshold { $threshold } = { $rule })
# Appended: $share a written percentage.
chart-round-throttle = {"; "}vCPU throttle { $share }
# $n a count, $converged yes or no, $why the model's stop reason.
chart-round-summary = { $n } pre-copy rounds, { $converged ->
        [yes] converged
       *[no] not converged
    }. { $why }
chart-round-legend-sent = sent
chart-round-legend-switchover = switchover
chart-round-legend-dirty = dirty left
chart-round-legend-throttle = vCPU throttle (right axis)
chart-round-title = Bytes per round and dirty set left
# $n a count, $threshold the threshold's legend.
chart-round-desc = Bytes sent in each of { $n } rounds and the dirty set left after each, log scale; dashed: { $threshold }. Use the arrow keys to read out a round.
chart-round-axis-bytes = Bytes (log)
chart-round-axis-throttle = Throttle
chart-round-axis-round = Round
# The bars' names: a pre-copy round ($n its number), and the last bars'.
chart-round-name = Round { $n }
chart-round-name-stop = Stop-and-copy (VM paused)
chart-round-name-switch = Switchover (VM paused)
chart-round-name-push = Post-copy push (VM at the destination)
# Under the last bars, where a number would be (short).
chart-round-bar-stop = stop
chart-round-bar-switch = switch
chart-round-bar-push = push
# The threshold's legend: $pages a count as written; $who a stop policy's key; $bytes a written size.
chart-round-threshold-xen = Xen: stop below { $pages } dirty pages
chart-round-threshold-at = { $who ->
        [vmotion] vMotion
        [simgrid] SimGrid
        [textbook] Textbook
       *[qemu] QEMU
    }: stop at ≤ { $bytes }
# How Xen's threshold is computed: $page a written size.
chart-round-rule-xen = { $pages } pages × { $page }
# The sweep's quantities and axes (keys are migration_model::sweep's).
chart-metric-downtime = Downtime
chart-metric-total-time = Total time
chart-metric-bytes-sent = Data sent
chart-axis-dirty-rate = Dirty rate
chart-axis-bandwidth = Bandwidth
# $axis is a chart-axis-* name in lower case.
chart-sweep-flat = No sweep over the { $axis }: it would give every row the same { $axis }, the very thing the rows differ in, and their lines would coincide.
chart-sweep-flat-all = The lines coincide: the sweep sets the value the rows differ in.
# $name a line's name.
chart-sweep-incomplete = { $name }: does not complete here
# $x the axis's written value, $value the metric's or an outcome-* word.
chart-sweep-current = { $name } at the current { $axis } ({ $x }): { $value }
# The readout's head: $lambda is written ("0.80").
chart-sweep-at = At { $axis } { $x } (λ = { $lambda }):
chart-sweep-now = Now: { $axis } { $x } (λ = { $lambda }):
# $metric a chart-metric-* name, $axis a chart-axis-* name in lower case.
chart-sweep-title = { $metric } against { $axis }
# $subject is types or runs; $from and $to the axis's written ends.
chart-sweep-desc = { $metric } of { $subject ->
        [types] every migration type
       *[runs] every run compared
    } for { $axis } from { $from } to { $to } (log scales), the other parameters as set. Dashed lanes at the top: where a line never completes. Use the arrow keys to read out values.
chart-sweep-y-bytes = Data sent, bytes (log)
chart-sweep-y-time = { $metric }, s (log)
chart-sweep-x-dirty-rate = Dirty rate, bytes/s (log)
chart-sweep-x-bandwidth = Bandwidth, bit/s (log)
chart-sweep-metric = Metric
chart-sweep-axis = Axis
# The axis switch's buttons.
chart-sweep-vs-dirty-rate = vs dirty rate
chart-sweep-vs-bandwidth = vs bandwidth
chart-sweep-never = never completes
# A line of the sweep by type: each type's short name.
chart-line-cold = Cold
chart-line-suspended = Suspended
chart-line-live = Live
chart-line-postcopy = Post-copy
chart-line-hybrid = Hybrid

## Export (the dialog's files; its title is toolbar-export)

export-lead = Files for slides, handouts and your own analysis. The run's files use the model's units (seconds, bytes).
export-png = Picture (PNG)
export-png-about = The stage as it is now, at the screen's resolution.
export-svg = Picture and timeline (SVG)
export-svg-about = Title, stage, timeline and narration in one file for slides.
export-rounds-csv = Rounds (CSV)
export-rounds-csv-about = One row per round: times, bytes and pages sent, dirty set, throttle.
export-trace-json = Whole trace (JSON)
export-trace-json-about = Phases, rounds, events, metrics and parameters, as migsim --format json.
export-compare-csv = Every type compared (CSV)
export-compare-csv-about = Every migration type with these parameters: downtime, time, data, outcome.
# An exported picture's title: $type a migration-type-* name, $t a written duration.
export-title = VM Migration Lab · { $type } migration at { $t }

## The lesson panel's remaining words (in the lesson's language, like lesson-* above)

lesson-panel = Lesson
lesson-steps-nav = Lesson steps
# $mark is the mark's key: dirty, in-flight, link, downtime or round.
lesson-mark-title = Shows the { $mark } on the picture
lesson-reload = Reload lesson file…
lesson-reload-title = Open the edited file again: this step stays, the new text shows
lesson-copy-link = Copy lesson link
lesson-link = Lesson link
lesson-link-too-long = This lesson is too long for a link: share the file.
# $n is a count.
lesson-link-characters = { $n } characters
# $size is "2.5 KB" or lesson-link-characters.
lesson-link-size = The link is { $size } long.
lesson-link-size-after = It is { $size } long.
lesson-link-copied = Lesson link copied to the clipboard.
lesson-link-selected = Lesson link selected: press Ctrl+C (⌘C on a Mac) to copy it.
lesson-link-long = Over 8 KB: some mail and chat tools cut links this long; a file is safer.
lesson-print = Print handout
lesson-print-title = Print the whole lesson as a handout: every step, a picture each, the questions and the answers
# The printed handout: $n is a count of steps.
lesson-handout-meta = { $n } steps · VM Migration Lab · every number from the model's run of its step
lesson-handout-key = Each picture: the source's memory (left) and the destination's (right) at the step's moment, one square a group of pages; under them the whole migration, each phase in its colour, the line at the moment.

## A recording that could not be opened, or was opened in part (src/features/replay/recording.rs).
## $why and $reasons are the model's sentences (model.ftl, recording-error-…) in the
## page's language.

# $name: the file's name
replay-file-error = { $name }: { $why }
# $why: the model's reason, in English (a parameter's range)
replay-out-of-range = { $name } was read, but a parameter inferred from it is outside the model's range: { $why }
# $samples, $count, $lines: numbers; $reasons: the first lines' reasons
replay-skipped = Read { $samples } samples; skipped { $count } of { $lines } lines: { $reasons }
# In place of the migsim flags when the sliders moved away from the recording's parameters
replay-params-changed = (parameters changed from the recording's)

## A lesson file's mistakes, summed up over the list (in the page's language)

# The first line. $steps is how many steps were left out, $warnings how many warnings
# there are (numbers).
lesson-notice-partial = Part of this lesson could not be read{ $warnings ->
        [0] {""}
        [one] ; 1 warning
       *[other] ; { $warnings } warnings
    }:
lesson-notice-loaded = The lesson loaded{ $warnings ->
        [0] {""}
        [one] , with 1 warning
       *[other] , with { $warnings } warnings
    }:
lesson-notice-left-out = { $steps ->
        [one] 1 step could not be used and was left out
       *[other] { $steps } steps could not be used and were left out
    }; the others are here{ $warnings ->
        [0] {""}
        [one] ; 1 warning
       *[other] ; { $warnings } warnings
    }:
# One step left out: its number, its title as the file writes it, the line of its == Title.
lesson-notice-step = step { $step } “{ $title }” (line { $line })
# Between two lesson-notice-step.
lesson-notice-sep = {", "}
# $steps is the lesson-notice-step list; $more a number of steps not named.
lesson-notice-left-out-list = Left out: { $steps }.
lesson-notice-left-out-list-more = Left out: { $steps } and { $more } more.
# Under the list: $n is a number of notices not shown.
lesson-notice-more = and { $n } more
lesson-notice-warnings-head = Warnings (these steps are shown; check them):
# A file with no step that could be used: $name is the file's name.
lesson-notice-no-step = { $name }: no step could be used.
