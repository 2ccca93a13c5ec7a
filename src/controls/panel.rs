//! Every parameter a lecture plays with. Each control emits whole new `Params`; the
//! reducer re-runs the model at once, while dragging.

use crate::components::slider::{edit, ParamSlider};
use crate::controls::scale::SliderScale;
use crate::controls::sliders;
use crate::i18n::{t, t0, use_lang, Arg, Lang};
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
/// numbers. In `lang`: each way out is worded by message `advice-{kind}` with the
/// quantities the model wrote (English is the model's own text, `advice-*` verbatim).
fn failure_hint(p: &Params, run: &migration_model::Trace, lang: Lang) -> Option<AttrValue> {
    if p.migration_type != MigrationType::Live {
        return None;
    }
    if !advice::precopy_fails(p, run) {
        return None;
    }
    let lambda = migration_model::Trace::lambda(p);
    let why_id = if lambda >= 1.0 {
        "advice-lambda-over"
    } else if run.metrics.outcome == Outcome::Completed {
        "advice-gives-up"
    } else {
        "advice-time-limit"
    };
    let why = t(lang, why_id, &[("lambda", format!("{lambda:.2}").into())]);
    if run.rounds.len() > ADVICE_MAX_ROUNDS {
        return Some(AttrValue::from(why));
    }
    let ways = advice::ways_out(p);
    let text = if ways.is_empty() {
        t(lang, "advice-none", &[("why", why.into())])
    } else {
        let list = ways
            .iter()
            .map(|w| way_out(w, lang))
            .collect::<Vec<_>>()
            .join(&t0(lang, "advice-sep"));
        t(
            lang,
            "advice-works",
            &[("why", why.into()), ("list", list.into())],
        )
    };
    Some(AttrValue::from(text))
}

/// One way out, "a 2 Gbit/s link (done in 45.1 s, 254 ms down)", in `lang`: message
/// `advice-{kind}` with the quantities the model wrote; a live run's result is
/// `advice-done`.
fn way_out(w: &advice::WayOut, lang: Lang) -> String {
    let mut args: Vec<(&str, Arg<'_>)> = w
        .values
        .iter()
        .map(|(k, v)| (*k, Arg::from(v.as_str())))
        .collect();
    let done = t(lang, "advice-done", &args);
    args.push(("result", done.into()));
    t(lang, &format!("advice-{}", w.kind), &args)
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let lang = use_lang();
    let w = |id: &str| AttrValue::from(t0(lang, id));
    let p = &props.params;
    let ty = p.migration_type;
    let hint = use_memo((props.trace.clone(), lang), {
        let (params, trace) = (props.run_params.clone(), props.trace.clone());
        move |_| failure_hint(&params, &trace, lang)
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
    // The model's names, by message `hold-{key}` (as the exercises name them).
    let reasons: Vec<(AttrValue, AttrValue)> = HoldReason::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), w(&format!("hold-{}", r.key()))))
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

/// The stop-policy menu (the parameters panel and an embed); each policy is named by
/// message `policy-{key}` (as the exercises name it; the product names stay).
pub fn policy_select(p: &Params, onchange: &Callback<Params>, lang: Lang) -> Html {
    let policies: Vec<(AttrValue, AttrValue)> = StopPolicy::ALL
        .iter()
        .map(|s| {
            let name = t0(lang, &format!("policy-{}", s.key()));
            (AttrValue::from(s.key()), AttrValue::from(name))
        })
        .collect();
    html! {
        <Select id="policy" label={t0(lang, "control-policy")} value={p.policy.key()} options={policies}
            onchange={edit(p, onchange, |p, v: String| {
                if let Some(s) = StopPolicy::ALL.iter().find(|s| s.key() == v) { p.policy = *s; }
            })} />
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use migration_model::params::GIB;

    /// The menus' English is the model's names, byte for byte.
    #[test]
    fn policies_and_hold_reasons_read_in_english_as_the_model_names_them() {
        for s in StopPolicy::ALL {
            assert_eq!(t0(Lang::En, &format!("policy-{}", s.key())), s.label());
        }
        for r in HoldReason::ALL {
            assert_eq!(t0(Lang::En, &format!("hold-{}", r.key())), r.label());
        }
    }

    /// The hint's English is the model's sentences as it joined them before they were
    /// in the catalogue: the reason, then each way out as "change (result)".
    #[test]
    fn the_failure_hint_in_english_is_the_models_advice_word_for_word() {
        let p = Params {
            memory_bytes: 16 * GIB,
            dirty_rate_bytes_per_s: 2e9,
            bandwidth_bytes_per_s: 1.25e9,
            ..Params::default()
        };
        let trace = migration_model::simulate(&p).expect("runs");
        let hint = failure_hint(&p, &trace, Lang::En).expect("pre-copy fails here");
        let ways = advice::ways_out(&p);
        assert!(!ways.is_empty());
        let list: Vec<String> = ways
            .iter()
            .map(|w| format!("{} ({})", w.change, w.result))
            .collect();
        let lambda = migration_model::Trace::lambda(&p);
        assert_eq!(
            hint.as_str(),
            format!(
                "λ = {lambda:.2}: the guest writes faster than the link sends, so pre-copy cannot converge. What works here: {}.",
                list.join("; ")
            )
        );
        let es = failure_hint(&p, &trace, Lang::Es).expect("in Spanish too");
        assert!(es.contains("Lo que funciona aquí"), "{es}");
    }
}
