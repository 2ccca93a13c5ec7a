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
