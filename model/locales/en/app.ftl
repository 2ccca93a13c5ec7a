# The app's main view: the header, the toolbar, the migration types, the sliders, the
# metrics, the transport and the link's notice (src/, through crate::i18n::t).
# English is the source; es and zh-CN have every message with the same variables
# (model/tests/i18n.rs). English is also compiled into the app at build time from this
# file (build.rs): no Fluent runtime for English, so keep to what that generator reads —
# text, { $variables }, { "" } string literals and selectors on a variable
# (docs/translating.md, "The app's English"). Numbers arrive already written
# ($rate, $share, $factor are strings); $n, $steps, $faults, $key arrive as numbers.

## The header

# The row of migration types (a screen reader's name for it). The types and the views'
# tabs share the header's one row from 1229 px wide: together they may not be longer
# than English's (tests/e2e/i18n.spec.ts measures it), so shorten a type if needed.
header-types = Migration type
migration-type-cold = Cold
migration-type-suspended = Suspended
migration-type-live = Live (pre-copy)
migration-type-postcopy = Post-copy
migration-type-hybrid = Hybrid
# A type button's tooltip: $type is its name, $key the number key that picks it.
migration-type-title = { $type } (key { $key })

# The lesson menu; a lesson's title and topics are the lesson's own (still English).
lessons-menu = Lessons
lessons-menu-open = Open a lesson
lessons-menu-entry = { $title } ({ $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }: { $topics })

# The view tabs.
views = View
view-main = Animate
    .title = Watch one migration, page by page
view-compare = Compare
    .title = Every migration type side by side, with sweep charts
view-exercises = Exercises
    .title = Seeded problems with answers and worked solutions
view-evacuate = Evacuate
    .title = A host's VMs leaving over one link, at most K at once

## The toolbar

# The tools above the compare and evacuation views (a landmark's name).
toolbar = Tools
toolbar-share = Share
toolbar-embed = Embed
toolbar-export = Export
toolbar-present = Present
toolbar-present-exit = Exit presentation
toolbar-present-title = Presentation mode: large type, fullscreen (P)
# $theme is the choice (light, dark or system), $now the colours in force (light, dark).
toolbar-theme-label = Colour theme: { $theme ->
        [light] light
        [dark] dark
       *[system] system
    } ({ $now ->
        [dark] dark
       *[light] light
    } now). Change it
toolbar-theme-title = Colour theme: { $theme ->
        [light] Light
        [dark] Dark
       *[system] System
    }
toolbar-shortcuts = Keyboard shortcuts
toolbar-shortcuts-title = Keyboard shortcuts (?)
# The language menu's label (each language is named in itself).
toolbar-language = Language

## The side panel

panel-tabs = Side panel
panel-parameters = Parameters
panel-charts = Charts

## The parameters: each slider's label, and .short where space is short (presenting,
## the compare view's bar)

controls-title = Parameters
slider-bandwidth = Bandwidth
    .short = Bandwidth
slider-dirty-rate = Dirty rate (page writes)
    .short = Dirty rate
slider-memory = Memory
    .short = Memory
slider-working-set = Writable working set
    .short = Working set
slider-hot-set = Hot set (share of working set)
    .short = Hot set
slider-hot-share = Writes landing in the hot set
    .short = Hot writes
slider-downtime-limit = Downtime limit
    .short = Downtime limit
slider-writer-cpu = Writer's vCPU need
    .short = Writer's vCPU
# $share is a percentage, written: "40%".
slider-writer-cpu-value = { $share } of its vCPU
slider-writer-cpu-hint = A throttle p lets the vCPU run 1 − p of the time. A writer that needs this share keeps its full rate until 1 − p falls below it, then writes D·(1 − p)/share. 100% = a CPU-bound writer, slowed at once.
slider-hybrid-rounds = Pre-copy rounds before post-copy
    .short = Pre-copy rounds
slider-disk = Disk size
    .short = Disk
slider-storage = Storage speed (read and write)
    .short = Storage
slider-boot = Guest boot time
    .short = Boot
slider-hold-start = Hold starts after the suspend
    .short = Hold starts
slider-hold-start-hint = Starting after the transfer ends, it holds the restore instead
slider-hold-duration = Hold lasts
    .short = Hold lasts
slider-fault-time = Fault at
    .short = Fault at
slider-speed = Speed

control-dirty-model = How pages get dirty
control-dirty-model-linear = linear (Clark, SimGrid)
control-dirty-model-uniform = random writes over the working set
control-page-size = Dirty tracking per
control-page-size-4k = 4 KiB page
control-page-size-2m = 2 MiB huge page
control-policy = Stop policy
control-auto-converge = Auto-converge (QEMU throttles the vCPUs)
control-shared-storage = Disks on shared storage (not copied)
control-suspend-transfer = The state moves
control-suspend-transfer-file = as a state file (save, copy, restore)
control-suspend-transfer-stream = streamed over the link (paused migrate)
control-hold = Put the migration on hold
control-hold-reason = Hold reason
control-hold-shared-note = With shared storage only the configuration crosses the link: the hold starts as soon as the suspend is done.
control-fault = Fault
fault-kind-none = none
fault-kind-bandwidth-drop = bandwidth drop to 10%
fault-kind-latency-spike = latency spike (+200 ms)
fault-kind-link-failure = link failure
fault-kind-source-failure = source host failure
fault-kind-destination-failure = destination host failure

## The metrics

metrics-title = Metrics
metrics-metric = Metric
metrics-now = now
metrics-whole-run = whole run
metrics-time = Time
metrics-downtime = Downtime
metrics-sent = Data sent
metrics-rate = Link
metrics-round = Round
metrics-dirty = Dirty set
metrics-degraded = Degraded
metrics-blocked = vCPU blocked
metrics-outcome = Outcome
metrics-idle = idle
# The link's average rate over the run: $rate is written, "1 Gbit/s".
metrics-average = { $rate } avg
metrics-stop-and-copy = stop-and-copy
metrics-precopy-rounds = { $n } pre-copy
metrics-in-progress = in progress
# $share is a percentage, written; $faults the number of page faults.
metrics-blocked-value = { $share } of post-copy ({ $faults ->
        [one] { $faults } fault
       *[other] { $faults } faults
    })
outcome-completed = completed
outcome-rolled-back = rolled back
outcome-not-converged = did not converge
outcome-paused = paused (recoverable)
outcome-lost = VM lost
outcome-on-hold = on hold
convergence-converged = converged
convergence-to-postcopy = to post-copy
convergence-gave-up = gave up
convergence-not-converged = not converged

## The picture: names of states, phases, faults and events (the model's words for people)

# The VM's state, as the host's badge, the live region and the text alternative say it.
state-running = running
state-throttled = throttled
state-paused = paused
state-suspended = suspended
state-off = off
state-degraded = degraded
state-lost = lost
# A phase kind, as the timeline's key lists it.
phase-precopy = pre-copy round
phase-stop-and-copy = stop-and-copy (down)
phase-switchover = switchover (down)
phase-postcopy = post-copy (degraded)
phase-postcopy-paused = post-copy paused
phase-shutdown = shutdown
phase-disk-copy = disk copy
phase-boot = boot
phase-suspend = suspend
phase-transfer = transfer
phase-hold = hold
phase-restore = restore
phase-resume = resume + cutover
phase-rollback = rollback
phase-running-on-source = running on source
phase-lost = VM lost
# One phase: $round is the round's number (written), $reason a hold's reason.
phase-precopy-round = pre-copy round { $round }
phase-hold-reason = hold: { $reason }
# A fault, as the timeline and the link name it.
fault-bandwidth-drop = bandwidth drop
fault-latency-spike = latency spike
fault-link-failure = link failure
fault-source-host-failure = source host failure
fault-destination-host-failure = destination host failure
# The timeline's marks and event labels.
event-fault = fault
event-change = parameter change
event-switchover = switchover
event-rollback = rollback
event-vm-lost = VM lost
event-hold-start = hold starts
event-time-limit = time limit
event-bandwidth-change = bandwidth changes
event-dirty-rate-change = write rate changes

## The picture: the narration above it (one line at the playhead). Quantities arrive
## written ($mem, $rate, $t, …); $reason is the model's own sentence (still English).
## Fragments that continue a sentence begin with their own separator ({" "}, ". ", ", ").

narr-nothing = Nothing to show yet.
# A sentence about the run, then one about a fault on the link.
narr-join = { $line } { $why }
narr-round-zero = Round 0: the first pass copies all { $mem } of memory while the VM keeps running and writing { $rate } (λ = { $lambda }).
# A later round: $round its number; $again, $why and $throttle the fragments below (or empty).
narr-round = Round { $round }:{ $again }{ $why }{ $throttle }.
narr-round-unreached = {" "}the { $unreached } that the first pass had not reached yet and the { $dirty } written meanwhile go now
narr-round-again = {" "}the { $dirty } written while round { $prev } was sending go again
narr-no-shrink-lambda = . The rounds no longer shrink: the guest writes { $writes } and the link sends { $sends } (λ = { $lambda }), so each round finds as much dirty as it sent
narr-no-shrink-working-set = . The rounds no longer shrink: the guest's { $ws } working set is dirty again within every round, and it is more than the { $limit } downtime limit lets through
# $policy is one of narr-policy-*; $share a percentage, written.
narr-throttle = , and { $policy } slows the vCPUs by { $share } so the guest writes less
narr-policy-qemu = QEMU auto-converge
narr-policy-vmotion = vMotion's SDPS
narr-policy-other = the hypervisor
narr-paused-whole = The VM is paused for the whole migration: its { $sent } stream to the destination once, under the migration cap, the last part at link speed. { $reason }
narr-stop-and-copy = The VM is paused: the last { $rest } go in one stop-and-copy. { $reason }
narr-switchover = Switchover: the VM pauses, its CPU and device state cross the link, and it resumes at the destination before most of its memory has arrived.
# $faults is the number of page faults, written.
narr-postcopy = Post-copy: the VM already runs at the destination. A page it touches before the push brings it is fetched on demand, a round trip each ({ $faults } such faults in this run).
narr-postcopy-paused = The link broke after switchover: the VM's memory is split between the hosts, so post-copy pauses until the link returns.
narr-shutdown = Cold migration: the guest shuts down. Its memory is thrown away; only disks and configuration move.
narr-disks-shared = The disks are on shared storage, so only the configuration is copied.
# $state is off (cold) or paused.
narr-disk-copy = Copying { $disk } of disk to the destination while the VM is { $state ->
        [off] off
       *[paused] paused
    }.
narr-boot = The VM boots at the destination: applications start from scratch.
narr-suspend = Suspend: the VM's { $mem } of memory is written to a state file. Applications will continue exactly where they were.
narr-transfer = The state file moves to the destination. The VM is down but safe.
narr-hold = On hold ({ $reason }). The VM stays safely suspended — and down — until the hold is lifted.
narr-restore = The destination reads the state file back into memory.
narr-resume = The VM resumes at the destination and announces its new location to the network.
narr-running-on-source = The VM is still running on the source.
narr-lost-split = The VM is lost: after switchover its memory was split between the hosts, and one of them died.
narr-lost-source = The VM is lost: the source died before the destination held a complete copy.
# A rollback: $cause is narr-rollback-cause or narr-rollback-failure.
narr-rollback-cause = The { $fault } at { $t }
narr-rollback-failure = A failure
narr-rollback-cold = { $cause } ends the migration: the destination's partial copy is discarded and the VM stays at the source, shut down.
narr-rollback-suspended = { $cause } ends the migration: the destination's partial copy is discarded and the VM stays suspended at the source, safe in its state file.
narr-rollback-live = { $cause } ends the migration and it rolls back. The rollback is clean: pre-copy never gave up the source, so the VM carries on there with all of its memory; only the destination's partial copy is discarded.
# A bandwidth drop or latency spike in force during a round.
narr-spike = Since { $at } the round trip is { $extra } longer: TCP carries only its { $window } window per round trip, { $rate } now
narr-drop = Since { $at } the link carries only { $rate }
narr-trouble-drags = { $cause }, less than the { $writes } the guest writes: the round drags on and the dirty set grows.
narr-trouble-slower = { $cause }: the round takes longer.
# The end: $what is narr-what-*; $factor the bytes sent over memory, written ("1.23").
narr-what-cold = cold migration
narr-what-suspended = suspended migration
narr-what-live = live migration
narr-what-postcopy = post-copy migration
narr-what-hybrid = hybrid migration
narr-done = Done: the { $what } took { $total } with { $downtime } of downtime and sent { $sent } ({ $factor }× memory).
# $outcome is an outcome-* message; $reason the model's sentence.
narr-ended = The { $what } ended: { $outcome }. { $reason }

## The picture: the canvas's words, the live region and the text alternative

picture-region = Migration picture
picture-host-source = Source host
    .short = Source
picture-host-destination = Destination host
    .short = Destination
# $state is a state-* message.
picture-badge = VM { $state }
# $cell is written ("5.33 MiB").
picture-memory = memory · 1 cell = { $cell }
picture-cell = 1 cell = { $cell }
picture-lost = VM lost: no host can run it
# $rate is written ("1 Gbit/s").
picture-link = link { $rate }
picture-link-down = LINK DOWN
picture-link-sending = sending { $rate }
picture-link-idle = idle
picture-on-hold = ON HOLD
picture-on-hold-reason = ON HOLD: { $reason }
picture-disks-shared = disks shared: not copied
picture-disk = disk { $copied } of { $total }
# The live region: $phase a phase's name, $state a state-* message.
picture-announce = Phase: { $phase }. VM { $state }.
# The canvas's text alternative. $dirty and $cells are counts; $host one of picture-on-*;
# $link a rate or picture-link-is-down; $disk one of the two picture-alt-disk* or empty.
picture-alt = At { $t }: the VM is { $state } on { $host }. { $dirty } of { $cells } memory cells on the source are dirty. Link: { $link }.{ $disk }
picture-on-source = the source host
picture-on-destination = the destination host
picture-on-nowhere = no host
picture-link-is-down = down
picture-alt-disks-shared = {" "}Disks on shared storage: not copied.
picture-alt-disk = {" "}Disk: { $copied } of { $total } copied.

## The picture: one cell's story (click a cell)

# What a cell's paint means.
picture-paint-empty = nothing yet
picture-paint-tocopy = not yet copied
picture-paint-zero = zero page: a marker, nothing to send
picture-paint-clean = copied, clean
picture-paint-dirty = written by the guest since it was copied
picture-paint-inflight = on the wire
picture-paint-present = present where the VM runs
picture-paint-missing = missing: a touch faults and fetches it
picture-paint-fetched = fetched on a fault
picture-paint-discarded = discarded
picture-paint-statefile = in the state file
# One change. $round is picture-story-in-round or empty; $source, $destination paints.
picture-story-in-round = {" "}in round { $n }
picture-story-start = At the start: source { $source }, destination { $destination }.
picture-story-wire = On the wire{ $round }.
picture-story-arrived = Arrived{ $round }: the destination's copy is current.
picture-story-resend = Sent{ $round }, and the guest wrote to it again: it must be sent again.
picture-story-stale = The guest wrote to it{ $round }: the destination's copy is stale.
picture-story-zero = A zero page: only a marker crosses, no data.
picture-story-saved = Saved into the state file.
picture-story-pushed = Pushed to the destination{ $round }.
picture-story-present = The VM runs at the destination with this page.
picture-story-missing = The VM now runs at the destination without it: a touch faults.
picture-story-fetched = The guest touched it and faulted: fetched over the link.
picture-story-discarded = The destination's partial copy is thrown away.
picture-story-shutdown = Thrown away at shutdown: cold migration does not copy memory.
picture-story-other = Source { $source }, destination { $destination }.
picture-life = A page's life
# $cell and $cells are written numbers; $first, $last page numbers; $size written.
picture-life-title = Cell { $cell } of { $cells }: pages { $first }–{ $last } ({ $size })
picture-life-close = Close the page's life
# $share is a percentage, written without its sign ("42").
picture-life-working = Working out this cell's story… { $share } %
picture-life-more = The first { $n } changes; later ones are left out.

## The picture's legend and the timeline

legend = Legend: page states
legend-tocopy = not yet copied
legend-inflight = in flight
legend-clean = copied, clean
legend-dirty = dirtied since copied
legend-present = present at destination
legend-missing = missing at destination
legend-fetched = fetched on fault
legend-zero = zero page
legend-statefile = in state file
legend-discarded = discarded (shut down or abandoned)
timeline = Timeline: drag or use the arrow keys to move between events
# The timeline's value for screen readers: $t and $end written.
timeline-value = { $t } of { $end }
timeline-down-key = red bar = VM down
timeline-real-key = {" "}· orange strip: QEMU's passes
# A recording under the timeline: $passes a count (written), $duration written.
timeline-real = QEMU's recording: { $passes } passes, { $duration }
# A bar's tooltip: $phase is its name, $span "34.1 s – 61.4 s".
timeline-bar = { $phase }: { $span }
# Neighbouring phases sharing a bar: $first, $last round numbers; $each written.
timeline-rounds = pre-copy rounds { $first }–{ $last }
timeline-bars = { $name }: { $span }, each { $each } on average
timeline-key = Timeline key
timeline-vm-down = VM down

## The transport: playback

transport = Playback
transport-prev = ◀ event
    .title = Previous event (←)
    .label = Previous event
transport-next = event ▶
    .title = Next event (→)
    .label = Next event
transport-play = ▶ Play
    .label = Play
transport-pause = ❚❚ Pause
    .label = Pause
transport-restart = Restart
transport-fork = What if… here?
    .title = Compare this run with the same run and a fault or a change at the playhead
# The speed slider's value: $factor is written ("10", "2.5").
speed-real-time = real time
speed-slow = { $factor }× slow motion
speed-fast = { $factor }× faster

## The link's notice

notice-title = Part of this link could not be used.
notice-lead = These keep their default values:
notice-dismiss = Dismiss
# lang= named a language the app does not have: $known lists the tags it has.
notice-unknown-lang = not a language of this app (it has { $known }): the page is in English
