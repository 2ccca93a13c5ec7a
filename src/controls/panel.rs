//! Every parameter a lecture plays with. Each control emits whole new `Params`; the
//! reducer re-runs the model at once, while dragging.

use crate::components::slider::{edit, ParamSlider};
use crate::controls::scale::SliderScale;
use crate::controls::sliders;
use migration_model::params::{BASE_PAGE_BYTES, MIB};
use migration_model::{
    advice, DirtyModel, Fault, FaultKind, Hold, HoldReason, MigrationType, Outcome, ParamError,
    Params, StopPolicy, SuspendTransfer,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub params: Params,
    /// Why the current parameters cannot run (shown by the control it names).
    pub error: Option<ParamError>,
    /// Length of the current run, for the fault-time slider.
    pub run_end_s: f64,
    /// The current run and its parameters (the hint reads them: no second run).
    pub trace: crate::app::run::Ptr<migration_model::Trace>,
    pub run_params: crate::app::run::Ptr<Params>,
    pub onchange: Callback<Params>,
    /// The two sliders a lecture moves (bandwidth, dirty rate) with their short labels:
    /// presenting shows only them, in a narrow column.
    #[prop_or_default]
    pub short: bool,
}

/// Fault kinds offered in the menu, by key.
const FAULTS: [(&str, &str); 6] = [
    ("none", "none"),
    ("bandwidth-drop", "bandwidth drop to 10%"),
    ("latency-spike", "latency spike (+200 ms)"),
    ("link-failure", "link failure"),
    ("source-failure", "source host failure"),
    ("destination-failure", "destination host failure"),
];

fn fault_key(f: Option<&Fault>) -> &'static str {
    match f.map(|f| f.kind) {
        None => "none",
        Some(FaultKind::BandwidthDrop { .. }) => "bandwidth-drop",
        Some(FaultKind::LatencySpike { .. }) => "latency-spike",
        Some(FaultKind::LinkFailure) => "link-failure",
        Some(FaultKind::SourceHostFailure) => "source-failure",
        Some(FaultKind::DestinationHostFailure) => "destination-failure",
    }
}

fn fault_kind(key: &str, p: &Params) -> Option<FaultKind> {
    Some(match key {
        "bandwidth-drop" => FaultKind::BandwidthDrop {
            to_bytes_per_s: (p.bandwidth_bytes_per_s * 0.1).max(1e3),
            duration_s: 30.0,
        },
        "latency-spike" => FaultKind::LatencySpike {
            extra_rtt_s: 0.2,
            duration_s: 30.0,
        },
        "link-failure" => FaultKind::LinkFailure,
        "source-failure" => FaultKind::SourceHostFailure,
        "destination-failure" => FaultKind::DestinationHostFailure,
        _ => return None,
    })
}

#[derive(Properties, PartialEq)]
struct SelectProps {
    id: AttrValue,
    label: AttrValue,
    value: AttrValue,
    options: Vec<(AttrValue, AttrValue)>,
    onchange: Callback<String>,
}

#[component]
fn Select(props: &SelectProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        el.value()
    });
    let id = format!("select-{}", props.id);
    html! {
        <div class="field">
            <label for={id.clone()}>{ &props.label }</label>
            <select id={id.clone()} data-testid={id} {onchange}>
                { for props.options.iter().map(|(k, text)| html! {
                    <option value={k.clone()} selected={*k == props.value}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CheckProps {
    id: AttrValue,
    label: AttrValue,
    checked: bool,
    onchange: Callback<bool>,
}

#[component]
fn Check(props: &CheckProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| {
        let el: HtmlInputElement = e.target_unchecked_into();
        el.checked()
    });
    let id = format!("check-{}", props.id);
    html! {
        <div class="field check">
            <input type="checkbox" id={id.clone()} data-testid={id.clone()} checked={props.checked} {onchange} />
            <label for={id}>{ &props.label }</label>
        </div>
    }
}

/// Advice is worked out only for runs up to this many rounds (each way out is a run of
/// its own; a longer one would hold the page up).
const ADVICE_MAX_ROUNDS: usize = 5_000;

/// Why pre-copy fails here and what would work, while the run fails: each way out is a
/// run of the model with one change (`migration_model::advice`), so it holds for these
/// numbers.
fn failure_hint(p: &Params, t: &migration_model::Trace) -> Option<AttrValue> {
    if p.migration_type != MigrationType::Live {
        return None;
    }
    if !advice::precopy_fails(p, t) {
        return None;
    }
    let lambda = migration_model::Trace::lambda(p);
    let why = if lambda >= 1.0 {
        format!("λ = {lambda:.2}: the guest writes faster than the link sends, so pre-copy cannot converge")
    } else if t.metrics.outcome == Outcome::Completed {
        format!("Pre-copy does not converge (λ = {lambda:.2}): the stop rule gives up and copies the rest with the VM paused")
    } else {
        format!("Pre-copy does not converge within the time limit (λ = {lambda:.2})")
    };
    if t.rounds.len() > ADVICE_MAX_ROUNDS {
        return Some(AttrValue::from(format!("{why}.")));
    }
    let ways = advice::ways_out(p);
    let works = if ways.is_empty() {
        " Neither auto-converge, a link up to 10× faster, a longer downtime limit nor post-copy completes it.".to_string()
    } else {
        let list = ways
            .iter()
            .map(|w| format!("{} ({})", w.change, w.result))
            .collect::<Vec<_>>()
            .join("; ");
        format!(" What works here: {list}.")
    };
    Some(AttrValue::from(format!("{why}.{works}")))
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let p = &props.params;
    let ty = p.migration_type;
    let hint = use_memo(props.trace.clone(), {
        let (params, trace) = (props.run_params.clone(), props.trace.clone());
        move |_| failure_hint(&params, &trace)
    });
    let choose = |set: fn(&mut Params, String)| edit(p, &props.onchange, set);
    let check = |set: fn(&mut Params, bool)| edit(p, &props.onchange, set);
    let slider = |id: &str| {
        html! {
            <ParamSlider spec={sliders::by_id(id)} params={p.clone()} error={props.error.clone()}
                onchange={props.onchange.clone()} />
        }
    };
    let live_like = matches!(ty, MigrationType::Live | MigrationType::Hybrid);
    let runs_guest = matches!(
        ty,
        MigrationType::Live | MigrationType::Hybrid | MigrationType::PostCopy
    );
    let offline = matches!(ty, MigrationType::Cold | MigrationType::Suspended);
    let hold = p.holds.first().copied();
    let fault = p.faults.first().copied();
    let opts = |v: &[(&str, &str)]| -> Vec<(AttrValue, AttrValue)> {
        v.iter()
            .map(|(k, t)| {
                (
                    AttrValue::from(k.to_string()),
                    AttrValue::from(t.to_string()),
                )
            })
            .collect()
    };
    let reasons: Vec<(AttrValue, AttrValue)> = HoldReason::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(r.label())))
        .collect();

    html! {
        <section class="controls" aria-labelledby="controls-title">
            <h2 id="controls-title">{ "Parameters" }</h2>
            <ParamSlider spec={sliders::by_id("bandwidth")} params={p.clone()} error={props.error.clone()}
                short={props.short} onchange={props.onchange.clone()} />
            <ParamSlider spec={sliders::by_id("dirty-rate")} params={p.clone()} error={props.error.clone()}
                short={props.short} hint={(*hint).clone()} onchange={props.onchange.clone()} />
            { slider("memory") }
            if runs_guest {
                { slider("working-set") }
                <Select id="dirty-model" label="How pages get dirty"
                    value={if p.dirty_model == DirtyModel::Linear { "linear" } else { "uniform" }}
                    options={opts(&[("linear", "linear (Clark, SimGrid)"), ("uniform", "random writes over the working set")])}
                    onchange={choose(|p, v| p.dirty_model = if v == "uniform" { DirtyModel::Uniform } else { DirtyModel::Linear })} />
                if p.dirty_model == DirtyModel::Uniform {
                    { slider("hot-set") }
                    { slider("hot-share") }
                }
                <Select id="page-size" label="Dirty tracking per"
                    value={if p.page_size_bytes == BASE_PAGE_BYTES { "4k" } else { "2m" }}
                    options={opts(&[("4k", "4 KiB page"), ("2m", "2 MiB huge page")])}
                    onchange={choose(|p, v| p.page_size_bytes = if v == "2m" { 2 * MIB } else { BASE_PAGE_BYTES })} />
            }
            if live_like {
                { policy_select(p, &props.onchange) }
                { slider("downtime-limit") }
                if p.policy == StopPolicy::Qemu {
                    <Check id="auto-converge" label="Auto-converge (QEMU throttles the vCPUs)"
                        checked={p.auto_converge} onchange={check(|p, v| p.auto_converge = v)} />
                }
                if (p.policy == StopPolicy::Qemu && p.auto_converge) || p.policy == StopPolicy::Vmotion {
                    <ParamSlider spec={sliders::by_id("writer-cpu")} params={p.clone()} error={props.error.clone()}
                        hint={Some(AttrValue::from("A throttle p lets the vCPU run 1 − p of the time. A writer that needs this share keeps its full rate until 1 − p falls below it, then writes D·(1 − p)/share. 100% = a CPU-bound writer, slowed at once."))}
                        onchange={props.onchange.clone()} />
                }
            }
            if ty == MigrationType::Hybrid {
                { slider("hybrid-rounds") }
            }
            // Shown only where they change the run: with shared storage no disk crosses
            // the link, and a cold migration then touches no storage either.
            if offline {
                <Check id="shared-storage" label="Disks on shared storage (not copied)"
                    checked={p.shared_storage} onchange={check(|p, v| p.shared_storage = v)} />
                if !p.shared_storage {
                    { slider("disk") }
                }
            }
            if offline && !(ty == MigrationType::Cold && p.shared_storage) {
                { slider("storage") }
            }
            if ty == MigrationType::Cold {
                { slider("boot") }
            }
            if ty == MigrationType::Suspended {
                <Select id="suspend-transfer" label="The state moves"
                    value={p.suspend_transfer.key()}
                    options={opts(&[("file", "as a state file (save, copy, restore)"), ("stream", "streamed over the link (paused migrate)")])}
                    onchange={choose(|p, v| p.suspend_transfer = if v == "stream" { SuspendTransfer::Stream } else { SuspendTransfer::StateFile })} />
                <Check id="hold" label="Put the migration on hold"
                    checked={hold.is_some()}
                    onchange={check(|p, v| {
                        p.holds = if v {
                            vec![Hold { start_after_suspend_s: 5.0, duration_s: 60.0, reason: HoldReason::ComplianceReview }]
                        } else { Vec::new() };
                    })} />
                if let Some(h) = hold {
                    <Select id="hold-reason" label="Hold reason" value={h.reason.key()} options={reasons}
                        onchange={choose(|p, v| {
                            if let (Some(h), Some(r)) = (p.holds.first_mut(), HoldReason::ALL.iter().find(|r| r.key() == v)) { h.reason = *r; }
                        })} />
                    // A hold that would start after the transfer holds the restore: with
                    // shared storage the transfer is only the configuration, so when it
                    // starts cannot change the run.
                    if p.shared_storage {
                        <p class="hint" data-testid="hold-start-note">{ "With shared storage only the configuration crosses the link: the hold starts as soon as the suspend is done." }</p>
                    } else {
                        <ParamSlider spec={sliders::by_id("hold-start")} params={p.clone()} error={props.error.clone()}
                            hint={Some(AttrValue::from("Starting after the transfer ends, it holds the restore instead"))}
                            onchange={props.onchange.clone()} />
                    }
                    { slider("hold-duration") }
                }
            }
            <Select id="fault" label="Fault" value={fault_key(fault.as_ref())} options={opts(&FAULTS)}
                onchange={choose(|p, v| {
                    let at = p.faults.first().map_or(10.0, |f| f.at_s);
                    p.faults = fault_kind(&v, p).map(|kind| Fault { at_s: at, kind }).into_iter().collect();
                })} />
            if let Some(f) = fault {
                <ParamSlider spec={sliders::by_id("fault-time")} params={p.clone()} error={props.error.clone()}
                    scale={SliderScale::Linear { min: 0.0, max: props.run_end_s.max(f.at_s).max(1.0) }}
                    onchange={props.onchange.clone()} />
            }
        </section>
    }
}

/// The stop-policy menu (the parameters panel and an embed).
pub fn policy_select(p: &Params, onchange: &Callback<Params>) -> Html {
    let policies: Vec<(AttrValue, AttrValue)> = StopPolicy::ALL
        .iter()
        .map(|s| (AttrValue::from(s.key()), AttrValue::from(s.label())))
        .collect();
    html! {
        <Select id="policy" label="Stop policy" value={p.policy.key()} options={policies}
            onchange={edit(p, onchange, |p, v: String| {
                if let Some(s) = StopPolicy::ALL.iter().find(|s| s.key() == v) { p.policy = *s; }
            })} />
    }
}
