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
# "What if… here?": the choices. $rate is a written rate, the new one from the playhead on.
transport-fork-link-failure = the link fails
transport-fork-latency-spike = latency spikes by 1 s for a minute
transport-fork-destination-failure = the destination host fails
transport-fork-source-failure = the source host fails
transport-fork-bandwidth-drop = bandwidth drops to { $rate } from now on
transport-fork-writes-faster = the guest writes faster: { $rate } from now on
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

## The dialogs (src/components/dialog.rs, share.rs, embed_dialog.rs, help.rs)

dialog-close = Close
dialog-done = Done

share-title = Share this view
share-lead = Whoever opens the link sees these parameters, this scenario and this moment of the run.
share-link = Link
# $t is the playhead, written: "12.5 s".
share-time = Start at the playhead ({ $t })
share-copy = Copy link
share-copied = Link copied to the clipboard.
share-selected = Link selected: press Ctrl+C (⌘C on a Mac) to copy it.

embed-title = Embed in a course page
embed-lead = Paste this where the page accepts HTML. The embed shows the picture, the timeline and playback, and the controls you tick.
embed-controls = Controls shown
# The controls an embed may show, by their link names (controls=bw,dirty).
embed-control-type = Migration type
embed-control-bw = Bandwidth
embed-control-dirty = Dirty rate
embed-control-mem = Memory
embed-control-ws = Writable working set
embed-control-downtime = Downtime limit
embed-control-policy = Stop policy
embed-start = Start
embed-start-0 = At the beginning
# $t is the playhead, written: "12.5 s".
embed-start-now = At the playhead ({ $t })
embed-autoplay = Play on load
embed-theme = Theme
embed-theme-auto = The reader's system setting
embed-theme-light = Light
embed-theme-dark = Dark
embed-script = Add the script that fits the frame's height
embed-code = HTML to paste
embed-ignored = The embed will ignore:
embed-ignored-rest = it shows the rest.
embed-copy = Copy code
embed-copied = Code copied to the clipboard.
embed-selected = Code selected: press Ctrl+C (⌘C on a Mac) to copy it.
# The iframe's title, for screen readers: $type is the migration type's name.
embed-frame-title = VM Migration Lab: { $type } migration
embed-server-title = What the server needs.
# $same-origin, $header and $nginx are code, shown as they are (keep each once).
embed-server = The frame is sandboxed without { $same-origin }, so it has no origin of its own: the server that hosts this app must send { $header } with its files, or the browser refuses to start it and the frame shows only a short message. GitHub Pages sends it; on your own server add that header (for example nginx: { $nginx }).
# The embed's own link to the app, at its foot.
embed-open-full = Open in the full VM Migration Lab ↗

## The keyboard shortcuts (help.rs): the keys' names, then what each does

help-title = Keyboard shortcuts
help-lead = They work anywhere on the page except while typing in a field. A slider or menu reached with Tab keeps its own keys (arrows, Page Up/Down, Home/End); one you clicked gives the clicker's keys back to the lecture.
help-key = Key
help-does = Does
help-key-space = Space
help-key-page-down = Page Down
help-key-page-up = Page Up
help-key-home = Home
help-key-end = End
help-key-esc = Esc
help-key-tab = Tab
help-key-click = Click
help-play = Play or pause (B is a clicker's blank-screen key)
help-event = Next or previous event (round, phase change, fault)
help-phase = Next or previous phase; past the end, the next scenario (presenter remotes send these)
help-types = Cold, Suspended, Live, Post-copy, Hybrid (each starts from its beginning)
help-ends = Start or end of the run (on the timeline)
help-present = Presentation mode: large type, fullscreen
help-story = Show or hide the scenario's story
help-list = This list
help-esc = Close a dialog or the story; then leave presentation mode
help-tab = Move between controls; a control reached with Tab keeps its own keys
help-click = After a click or touch on a control, the clicker's keys (Page Down/Up, arrows, ., B) step the lecture again and leave the control as it is

## The scenario menu and the story cards (presets.rs; the scenarios are the model's)

preset-label = Scenario
preset-choose = Choose a scenario…
preset-recordings = Real QEMU 10 recordings (fetched when chosen)
preset-changed = changed
preset-story = Story
story-hide = Hide ✕
    .label = Hide the story
# Under a story: where it comes from ($source is the story's .source).
story-from = From { $source }.
# Each scenario: its menu title (preset-<id>), then its story (story-<id>) and where it
# comes from (.source). The stories are an area of their own: only an open card shows
# them, so their text travels with the wasm's second half (build.rs).
# Keep the numbers: the model's run of the scenario shows them.
preset-finance-cold = Finance VM, cold: reports due in 5 minutes
story-finance-cold = IT migrates the finance VM cold. The guest shuts down (its memory is thrown away), its 400 GiB disk crosses a 1 Gbit/s link because the two hosts share no storage, and it boots again at the destination. Finance: “Our reports are due in 5 minutes!” IT: “See you in an hour.” The model agrees: 57 minutes of copying plus shutdown and boot is an hour of downtime, twelve times the deadline. Cold migration is simple and sends nothing twice, but the VM is down for the whole copy.
    .source = the seed's cold-migration story
preset-compliance-hold = Suspended, held for a compliance review
story-compliance-hold = A 16 GiB VM is suspended: its memory goes to a state file on shared storage in about half a minute. Then the compliance team wants to review 500 pages of legal documents first, and the migration is put on hold for three hours. Nothing is lost: the VM sits safely in its state file and resumes exactly where it stopped. But it runs nowhere for the whole hold, so the downtime is the hold plus the suspend and the restore. Manager: “Carry on.”
    .source = the seed's suspended-migration story
preset-ecommerce-rollback = E-commerce site: latency spike, roll back
story-ecommerce-rollback = A 4 GiB web shop is migrated live under QEMU over 1 Gbit/s. Round 0 goes well, but 40 s in, the round-trip time jumps by a whole second: TCP can then carry only its 4 MiB window per round trip, about 4 MB/s, far less than the 60 MB/s the shop writes, so round 1 drags on and the dirty set grows instead of shrinking. 25 s into the spike the migration connection drops. Customer: “My shopping cart just emptied itself!” IT: “Roll back, ROLL BACK!” Pre-copy never gave up the source, so the rollback is clean: the migration is abandoned and the shop keeps running where it was.
    .source = the seed's live-migration story
preset-idle = An idle VM
story-idle = A freshly booted 4 GiB VM that does almost nothing: 60% of its memory is still zero pages and it writes 0.5 MB/s. Round 0 sends the non-zero memory in full and the zero pages as 9-byte markers. After every 100 ms of sending, QEMU checks whether what is left would fit its 300 ms budget (37.5 MB at 1 Gbit/s), counting every page still to walk at full size, zero pages too. The zero pages lie above the used memory, so only once the walk reaches them does the rest fit; they fly past as markers, and QEMU stops the VM to send the 7 MB the guest dirtied meanwhile: about 60 ms. One pre-copy round, a downtime well inside the budget, and less than half of memory on the wire: live migration at its best.
    .source = docs/model.md, Live pre-copy (zero pages: QEMU's RAM_SAVE_FLAG_ZERO); QEMU migration/migration.c (the switchover check)
preset-database-hot-set = Database with a hot working set
story-database-hot-set = A 32 GiB database server on 10 Gbit/s writes 1 GB/s of random 4 KiB pages, 95% of them into a hot 5% of its 8 GiB working set (410 MiB: the hot buffer-pool pages and the log). Pre-copy shrinks the dirty set fast at first, then stalls near the hot set: those pages are rewritten within a second whatever pre-copy does. This is Clark et al.'s writable working set. Here it just fits QEMU's 375 MB budget (10 Gbit/s × 300 ms): after a few short passes of 100 to 300 ms that each find the hot set dirty again, one sync finds 353 MiB, and QEMU switches over with a downtime set by the hot set rather than by the write rate. Halve the bandwidth and the dirty set never gets below the budget: it never converges.
    .source = Clark et al., NSDI 2005, §4 (writable working sets); docs/model.md
preset-hpc-thrash = HPC job thrashing memory (QEMU)
story-hpc-thrash = A 16 GiB HPC job sweeps through all of its memory, writing 2 GB/s, while a 10 Gbit/s link carries 1.25 GB/s: λ = 1.6. Every pre-copy round takes as long as the first and finds all memory dirty again. QEMU has no round limit, so it keeps iterating until someone cancels it (the model stops at its 10-minute limit with the VM still on the source, after sending over 40× memory). Tick “Auto-converge” in the parameters, or pick the next scenario, to let QEMU throttle the vCPUs.
    .source = docs/model.md, Stop policies (QEMU has no round limit); QEMU migration/ram.c
preset-hpc-auto-converge = The same HPC job with auto-converge
story-hpc-auto-converge = The thrashing HPC job again, with QEMU's auto-converge on. At syncs at least 1 s apart, when the guest has dirtied more than half of what was sent, QEMU throttles the vCPUs: 20% at first, then 10 points more each time. The job slows down (at a 70% throttle it writes only 0.6 GB/s) until the dirty set shrinks and fits the 300 ms budget. It converges after about two and a half minutes and 11× memory on the wire, and the job ran at a fraction of its speed for most of that time: convergence is bought with the guest's performance.
    .source = QEMU migration/ram.c (mig_throttle_guest_down); docs/model.md
preset-huge-pages = Dirty tracking per 2 MiB huge page
story-huge-pages = A 16 GiB guest backed by 2 MiB huge pages, which the hypervisor tracks per huge page. It writes only 40 MB/s: 10 000 random 4 KiB writes a second. Tracked per 4 KiB page that is λ = 0.03 and the migration would be over in two rounds. Tracked per 2 MiB page, each small write dirties a whole 2 MiB page, 512 times what was written: during round 0 all 8192 huge pages get dirty, and every round has to resend all 16 GiB again. QEMU never converges. Switch “Dirty tracking per” to 4 KiB page to see the difference.
    .source = docs/model.md, How pages get dirty (tracking granularity); QEMU tracks hugetlbfs memory per host page
preset-clark-specweb = Clark et al. 2005: SPECweb99 server (210 ms)
story-clark-specweb = Clark et al., “Live Migration of Virtual Machines” (NSDI 2005), §6.3: an 800 MB Xen VM serving SPECweb99 to 350 clients (90% of its peak load) is migrated over gigabit Ethernet, pre-copy rate-limited to 100–500 Mbit/s. Published: the last round sends 18.2 MB in 201 ms, 9 ms more pass while the VM starts up, so the downtime is 210 ms; 960 MB cross in all (1.20× memory). The model: pre-copy at 500 Mbit/s, the final copy at the 760 Mbit/s that 18.2 MB in 201 ms implies, 50 MB/s of writes with 85% of them in a hot 21 MiB set, and the textbook stop rule (whole rounds until the last one's dirty bytes fit a 300 ms budget) standing in for Xen 2005's rate-based rule, which the model does not have. It lands at about 206 ms and 1.20× memory.
    .source = Clark et al., Live Migration of Virtual Machines, NSDI 2005, §6.3
preset-clark-quake3 = Clark et al. 2005: Quake 3 server (60 ms)
story-clark-quake3 = Clark et al. (NSDI 2005), §6.4: a 64 MB Xen VM running a Quake 3 server with six players is migrated over gigabit Ethernet. Published: 88 MB cross in all (1.37× memory); the last round leaves only 148 KB, 20 ms to copy it plus 40 ms of start-up make a 60 ms downtime, which the players did not notice. The model uses Xen's own stop rule: fewer than 50 pages (200 KB) dirtied in a round. Writes of 17 MB/s make pre-copy re-send what the paper measured. The 20 ms for 148 KB is mostly the fixed cost of suspending the domain, not wire time, so it is counted with the 40 ms start-up in the model's 58 ms resume time. It lands at about 59 ms and 1.37× memory.
    .source = Clark et al., Live Migration of Virtual Machines, NSDI 2005, §6.4

# The built-in QEMU recordings, in the scenario menu.
recording-idle = Real QEMU 10: idle guest
recording-moderate = Real QEMU 10: moderate writes (8 MiB/s)
recording-heavy-converging = Real QEMU 10: heavy writes, converging (24 MiB/s)
recording-nonconverging = Real QEMU 10: writes at twice the cap, cancelled
recording-nonconverging-autoconverge = Real QEMU 10: twice the cap, auto-converge
recording-nonconverging-postcopy = Real QEMU 10: twice the cap, post-copy
recording-moderate-dtl50 = Real QEMU 10: moderate writes, 50 ms limit
recording-paused = Real QEMU 10: paused, then migrated
recording-save-restore = Real QEMU 10: saved to a file and restored
## The lessons (lesson_launcher.rs and the lesson menu): each built-in lesson's title
## and, as .topics, what it covers

launcher = Lessons
# $title is the first lesson's title (lessons-menu-drama).
launcher-start = ▶ Lesson: { $title }
launcher-file = Open lesson file…
lessons-menu-drama = The drama of VM migration
    .topics = all five types, holds, faults
lessons-menu-precopy = Pre-copy by the numbers
    .topics = rounds, λ, threshold, working set
lessons-menu-hypervisors = What hypervisors really do
    .topics = QEMU, auto-converge, Xen, vMotion, SimGrid
lessons-menu-postcopy = Post-copy and hybrid
    .topics = faults, degraded time, failures
lessons-menu-replay = A real migration
    .topics = QEMU recordings beside the model
lessons-menu-evacuation = Emptying a host
    .topics = maintenance, shared link, K, order

## Opening a recording (recording_opener.rs)

recording-open = Open a recording…
    .title = A recorded QEMU migration: our harness's JSON Lines or query-migrate replies, one per line. Read here; nothing is uploaded.
# $percent is the share read so far, written: "42".
recording-reading = Reading the recording… { $percent } %

## Names from the model, in the parameters' menus (moved here from exercises.ftl, where
## the exercises use them too: one bundle holds every file)

# Stop policies, as the choices of a comparison.
policy-qemu = QEMU
policy-textbook = Textbook (Clark et al.)
policy-xen = Xen (classic)
policy-xen5 = Xen (current)
policy-vmotion = vMotion
policy-simgrid = SimGrid

# Why a suspended migration waits.
hold-technical = technical issue
hold-budget = budget
hold-compliance = compliance review
hold-waiting = waiting on another system

## The hint under the dirty-rate slider when pre-copy fails (controls/panel.rs; each way
## out is a run of the model, migration_model::advice)

# Why pre-copy fails: $lambda is written, "1.60".
advice-lambda-over = λ = { $lambda }: the guest writes faster than the link sends, so pre-copy cannot converge.
advice-gives-up = Pre-copy does not converge (λ = { $lambda }): the stop rule gives up and copies the rest with the VM paused.
advice-time-limit = Pre-copy does not converge within the time limit (λ = { $lambda }).
# $why is one of the three sentences above; $list the ways out, joined with advice-sep.
advice-none = { $why } Neither auto-converge, a link up to 10× faster, a longer downtime limit nor post-copy completes it.
advice-works = { $why } What works here: { $list }.
advice-sep = {"; "}
# The ways out, each with what its run does ($result, advice-done).
advice-auto-converge = auto-converge ({ $result })
# $rate is written: "2 Gbit/s".
advice-link = a { $rate } link ({ $result })
# $limit is written: "3 s".
advice-downtime-limit = a downtime limit of { $limit } ({ $result })
# $down and $degraded are written durations, $memory a written size.
advice-postcopy = post-copy ({ $down } down, then degraded for { $degraded } while the { $memory } of memory arrives)
# $total and $down are written durations.
advice-done = done in { $total }, { $down } down

## Why a link's value was not used (the link's notice and the Embed dialog; src/links/reason.rs
## reads the link reader's English into these). The examples are what a link may hold:
## keep them as they are.

link-not-a-key = not a key this app knows
link-no-scenario = no scenario has this name
link-flag = expected 1 or 0
link-boolean = expected true or false
link-seconds = expected seconds like 12.5 (0 or more)
link-speed = expected simulated seconds per second, like 8
link-view = expected main, compare, exercises or evacuate
link-step = expected a step number from 1
link-steps = expected steps like 3-5 (from 1, first ≤ last)
link-theme = expected light, dark or auto
link-handout = a handout prints a lesson: add lesson=ID
link-embed-view = an embed shows the animated view only
link-embed-recording = an embed shows the model's picture, not a recording
link-size = expected a size like 4GiB, 512MB or 0
link-rate = expected a rate like 1Gbit/s, 10Gbps, 940Mbit/s or 125MB/s
link-dirty-rate = expected a rate like 100MB/s or 25000pages/s
link-duration = expected a duration like 300ms, 1.5s, 10min or 2h
link-share = expected a share like 25% or 0.25
link-bytes = expected a number of bytes like 13.3 or 512B
link-topics = expected topics like live,postcopy
link-fault = expected KIND@TIME[:…]: link-failure@12s, source-failure@3s, destination-failure@3s, bandwidth-drop@10s:100Mbit/s:5s (to, for) or latency-spike@10s:200ms:30s (extra RTT, for)
link-change = expected KEY:VALUE@TIME: bw:100Mbit/s@40s (the link's bandwidth from 40 s on) or dirty:200MB/s@40s (the guest's write rate from 40 s on)
link-hold = expected REASON@START:DURATION like compliance@5s:2h (REASON one of technical, budget, compliance, waiting; START after the suspend)
# $accepted is the range, written: "64MiB ..= 16TiB".
link-out-of-range = out of range (accepted { $accepted })
# $names lists what the link may name: "drama, precopy".
link-no-lesson = no lesson has this name ({ $names })
link-no-recording = no built-in recording has this name ({ $names })
link-no-control = not a control an embed can show ({ $names })
link-no-param = not a parameter's key ({ $names })
link-one-of = expected one of { $names }
# $example is a number: "7".
link-whole-number = expected a whole number like { $example }
# $max is the highest number accepted.
link-problem = expected a problem number from 1 to { $max }
link-level = expected a level from 1 to { $max }
link-at-most = at most { $max } of these
# A form above ($form, in the page's language) and a word a link may also hold ($word:
# none, all or off, as typed).
link-or-word = { $form }, or { $word }
# Reasons from the compare and evacuation keys. $min and $max are numbers; $field a
# parameter's key; $accepted a range; $got the value given; $key, $part and $value as
# the link holds them; $names a list of words; $n the number of VMs; $used a number.
link-compare-values = needs values=V1,V2,… (2 to 6); every type is compared
link-compare-usable = needs { $min } to { $max } usable values; every type is compared
link-name-needed = name= needs a name
link-no-usable-vm = no usable VM: the two 100 MB/s writers are shown
link-out-of-range-got = out of range ({ $field }: accepted { $accepted }, got { $got })
link-out-of-range-field = out of range ({ $field }: accepted { $accepted })
link-no-param-key = '{ $key }' is not a parameter's key
link-no-vm-param = '{ $key }' is not a VM parameter (mem, dirty, ws, type, …)
link-not-pair = '{ $part }' is not KEY=VALUE
link-same-run = the same run as { $value } given before
link-at-most-values = at most { $max } values
link-at-most-vms = at most { $max } VMs; this one is left out
link-k-range = expected 1 to { $n } (the number of VMs); { $used } is used
link-k-whole = expected a whole number from 1 to { $n }; 1 is used
link-order = expected { $names }; given is used
# A reason about one part of a value: $what is that part as the link holds it
# ("mem=huge"), $why the reason, in the page's language.
link-nested = { $what }: { $why }
# $end is the run's length, written: "34.4 s".
link-past-end = past the end of the run ({ $end })
