//! Every parameter a lecture plays with. Each control emits whole new `Params`; the
//! reducer re-runs the model at once, while dragging.

use crate::components::slider::{edit, ParamSlider};
use crate::controls::scale::SliderScale;
use crate::controls::sliders;
use crate::i18n::{t0, use_lang, Lang};
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

/// Fault kinds offered in the menu, by key; each is named by message `fault-kind-{key}`.
const FAULTS: [&str; 6] = [
    "none",
    "bandwidth-drop",
    "latency-spike",
    "link-failure",
    "source-failure",
    "destination-failure",
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
    let lang = use_lang();
    let w = |id: &str| AttrValue::from(t0(lang, id));
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
    // A menu's options: each key named by message `{prefix}-{key}`.
    let opts = |prefix: &str, keys: &[&str]| -> Vec<(AttrValue, AttrValue)> {
        keys.iter()
            .map(|k| (AttrValue::from(k.to_string()), w(&format!("{prefix}-{k}"))))
            .collect()
    };
    let reasons: Vec<(AttrValue, AttrValue)> = HoldReason::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(r.label())))
        .collect();

    html! {
        <section class="controls" aria-labelledby="controls-title">
            <h2 id="controls-title">{ w("controls-title") }</h2>
            <ParamSlider spec={sliders::by_id("bandwidth")} params={p.clone()} error={props.error.clone()}
                short={props.short} onchange={props.onchange.clone()} />
            <ParamSlider spec={sliders::by_id("dirty-rate")} params={p.clone()} error={props.error.clone()}
                short={props.short} hint={(*hint).clone()} onchange={props.onchange.clone()} />
            { slider("memory") }
            if runs_guest {
                { slider("working-set") }
                <Select id="dirty-model" label={w("control-dirty-model")}
                    value={if p.dirty_model == DirtyModel::Linear { "linear" } else { "uniform" }}
                    options={opts("control-dirty-model", &["linear", "uniform"])}
                    onchange={choose(|p, v| p.dirty_model = if v == "uniform" { DirtyModel::Uniform } else { DirtyModel::Linear })} />
                if p.dirty_model == DirtyModel::Uniform {
                    { slider("hot-set") }
                    { slider("hot-share") }
                }
                <Select id="page-size" label={w("control-page-size")}
                    value={if p.page_size_bytes == BASE_PAGE_BYTES { "4k" } else { "2m" }}
                    options={opts("control-page-size", &["4k", "2m"])}
                    onchange={choose(|p, v| p.page_size_bytes = if v == "2m" { 2 * MIB } else { BASE_PAGE_BYTES })} />
            }
            if live_like {
                { policy_select(p, &props.onchange, lang) }
                { slider("downtime-limit") }
                if p.policy == StopPolicy::Qemu {
                    <Check id="auto-converge" label={w("control-auto-converge")}
                        checked={p.auto_converge} onchange={check(|p, v| p.auto_converge = v)} />
                }
                if (p.policy == StopPolicy::Qemu && p.auto_converge) || p.policy == StopPolicy::Vmotion {
                    <ParamSlider spec={sliders::by_id("writer-cpu")} params={p.clone()} error={props.error.clone()}
                        hint={Some(w("slider-writer-cpu-hint"))}
                        onchange={props.onchange.clone()} />
                }
            }
            if ty == MigrationType::Hybrid {
                { slider("hybrid-rounds") }
            }
            // Shown only where they change the run: with shared storage no disk crosses
            // the link, and a cold migration then touches no storage either.
            if offline {
                <Check id="shared-storage" label={w("control-shared-storage")}
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
                <Select id="suspend-transfer" label={w("control-suspend-transfer")}
                    value={p.suspend_transfer.key()}
                    options={opts("control-suspend-transfer", &["file", "stream"])}
                    onchange={choose(|p, v| p.suspend_transfer = if v == "stream" { SuspendTransfer::Stream } else { SuspendTransfer::StateFile })} />
                <Check id="hold" label={w("control-hold")}
                    checked={hold.is_some()}
                    onchange={check(|p, v| {
                        p.holds = if v {
                            vec![Hold { start_after_suspend_s: 5.0, duration_s: 60.0, reason: HoldReason::ComplianceReview }]
                        } else { Vec::new() };
                    })} />
                if let Some(h) = hold {
                    <Select id="hold-reason" label={w("control-hold-reason")} value={h.reason.key()} options={reasons}
                        onchange={choose(|p, v| {
                            if let (Some(h), Some(r)) = (p.holds.first_mut(), HoldReason::ALL.iter().find(|r| r.key() == v)) { h.reason = *r; }
                        })} />
                    // A hold that would start after the transfer holds the restore: with
                    // shared storage the transfer is only the configuration, so when it
                    // starts cannot change the run.
                    if p.shared_storage {
                        <p class="hint" data-testid="hold-start-note">{ w("control-hold-shared-note") }</p>
                    } else {
                        <ParamSlider spec={sliders::by_id("hold-start")} params={p.clone()} error={props.error.clone()}
                            hint={Some(w("slider-hold-start-hint"))}
                            onchange={props.onchange.clone()} />
                    }
                    { slider("hold-duration") }
                }
            }
            <Select id="fault" label={w("control-fault")} value={fault_key(fault.as_ref())} options={opts("fault-kind", &FAULTS)}
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

/// The stop-policy menu (the parameters panel and an embed); the policies keep the
/// model's names (QEMU, Xen, …).
pub fn policy_select(p: &Params, onchange: &Callback<Params>, lang: Lang) -> Html {
    let policies: Vec<(AttrValue, AttrValue)> = StopPolicy::ALL
        .iter()
        .map(|s| (AttrValue::from(s.key()), AttrValue::from(s.label())))
        .collect();
    html! {
        <Select id="policy" label={t0(lang, "control-policy")} value={p.policy.key()} options={policies}
            onchange={edit(p, onchange, |p, v: String| {
                if let Some(s) = StopPolicy::ALL.iter().find(|s| s.key() == v) { p.policy = *s; }
            })} />
    }
}
