//! Every parameter a lecture plays with. Each control emits whole new `Params`; the
//! reducer re-runs the model at once, while dragging.

use super::slider::Slider;
use crate::format;
use crate::scale::Scale;
use migration_model::params::{BASE_PAGE_BYTES, GIB, MIB};
use migration_model::{
    DirtyModel, Fault, FaultKind, Hold, HoldReason, MigrationType, ParamError, Params, StopPolicy,
    SuspendTransfer,
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
    pub onchange: Callback<Params>,
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

/// What λ = dirty rate / bandwidth means for the chosen type, when it matters.
fn lambda_hint(p: &Params) -> Option<AttrValue> {
    let lambda = migration_model::Trace::lambda(p);
    let precopy = matches!(
        p.migration_type,
        MigrationType::Live | MigrationType::Hybrid
    );
    if !precopy || lambda < 1.0 {
        return None;
    }
    Some(AttrValue::from(match p.policy {
        StopPolicy::Qemu if !p.auto_converge => {
            "λ ≥ 1: the guest writes faster than the link sends, so pre-copy cannot converge (try auto-converge)."
        }
        StopPolicy::Qemu => {
            return Some(AttrValue::from(format!(
                "λ ≥ 1: only auto-converge's throttling can bring this home. A writer that \
                 needs {} of its vCPU keeps full speed until the throttle passes {}.",
                format::percent(p.writer_cpu_share),
                format::percent(1.0 - p.writer_cpu_share)
            )))
        }
        StopPolicy::Textbook => {
            "λ ≥ 1: the textbook rule has no throttling or round limit, so pre-copy cannot converge."
        }
        StopPolicy::Simgrid => {
            "λ ≥ 1: SimGrid has no throttling or round limit, so pre-copy cannot converge."
        }
        StopPolicy::Vmotion => {
            return Some(AttrValue::from(format!(
                "λ ≥ 1: vMotion's SDPS will slow the vCPUs to let pre-copy finish; a writer \
                 that needs {} of its vCPU has to be stunned past {} before it slows.",
                format::percent(p.writer_cpu_share),
                format::percent(1.0 - p.writer_cpu_share)
            )))
        }
        StopPolicy::Xen | StopPolicy::Xen5 => {
            "λ ≥ 1: Xen stops iterating at its round limit and takes a long final copy."
        }
    }))
}

/// A slider's edit: `f` applied to a copy of `params` with the new value, emitted as
/// whole new parameters.
pub fn param_edit(
    params: &Params,
    onchange: &Callback<Params>,
    f: fn(&mut Params, f64),
) -> Callback<f64> {
    let params = params.clone();
    let onchange = onchange.clone();
    Callback::from(move |v: f64| {
        let mut next = params.clone();
        f(&mut next, v);
        onchange.emit(next);
    })
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let p = &props.params;
    let ty = p.migration_type;
    let error_for = |fields: &[&str]| {
        props
            .error
            .as_ref()
            .filter(|e| fields.contains(&e.field))
            .map(|e| AttrValue::from(e.to_string()))
    };
    let edit = |f: fn(&mut Params, f64)| param_edit(p, &props.onchange, f);
    let edit_str = |f: fn(&mut Params, &str)| {
        let params = p.clone();
        let onchange = props.onchange.clone();
        Callback::from(move |v: String| {
            let mut next = params.clone();
            f(&mut next, &v);
            onchange.emit(next);
        })
    };
    let edit_bool = |f: fn(&mut Params, bool)| {
        let params = p.clone();
        let onchange = props.onchange.clone();
        Callback::from(move |v: bool| {
            let mut next = params.clone();
            f(&mut next, v);
            onchange.emit(next);
        })
    };
    let live_like = matches!(ty, MigrationType::Live | MigrationType::Hybrid);
    let runs_guest = matches!(
        ty,
        MigrationType::Live | MigrationType::Hybrid | MigrationType::PostCopy
    );
    let offline = matches!(ty, MigrationType::Cold | MigrationType::Suspended);
    let ws = p.working_set() as f64;
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
    let policies: Vec<(AttrValue, AttrValue)> = StopPolicy::ALL
        .iter()
        .map(|s| (AttrValue::from(s.key()), AttrValue::from(s.label())))
        .collect();
    let reasons: Vec<(AttrValue, AttrValue)> = HoldReason::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(r.label())))
        .collect();

    html! {
        <section class="controls" aria-labelledby="controls-title">
            <h2 id="controls-title">{ "Parameters" }</h2>
            <Slider id="bandwidth" label="Bandwidth" value={p.bandwidth_bytes_per_s}
                scale={Scale::Log { min: 1.25e6, max: 1.25e10 }}
                text={format!("{} ({})", format::bit_rate(p.bandwidth_bytes_per_s), format::byte_rate(p.bandwidth_bytes_per_s))}
                error={error_for(&["bandwidth_bytes_per_s"])}
                onchange={edit(|p, v| p.bandwidth_bytes_per_s = v)} />
            <Slider id="dirty-rate" label="Dirty rate (page writes)" value={p.dirty_rate_bytes_per_s}
                scale={Scale::LogWithZero { min: 1e6, max: 1e10 }}
                text={format!("{} (λ = {:.2})", format::byte_rate(p.dirty_rate_bytes_per_s), migration_model::Trace::lambda(p))}
                error={error_for(&["dirty_rate_bytes_per_s"])}
                hint={lambda_hint(p)}
                onchange={edit(|p, v| p.dirty_rate_bytes_per_s = v)} />
            <Slider id="memory" label="Memory" value={p.memory_bytes as f64}
                scale={Scale::Log { min: (256 * MIB) as f64, max: (1024 * GIB) as f64 }}
                text={format::bytes(p.memory_bytes as f64)}
                error={error_for(&["memory_bytes"])}
                onchange={edit(|p, v| {
                    // Whole 4 KiB pages; keep the working set inside memory.
                    p.memory_bytes = ((v / BASE_PAGE_BYTES as f64).round() as u64).max(1) * BASE_PAGE_BYTES;
                    if let Some(ws) = p.working_set_bytes.as_mut() {
                        *ws = (*ws).min(p.memory_bytes);
                    }
                })} />
            if runs_guest {
                <Slider id="working-set" label="Writable working set" value={ws / p.memory_bytes as f64}
                    scale={Scale::Linear { min: 0.01, max: 1.0 }}
                    text={format!("{} ({})", format::bytes(ws), format::percent(ws / p.memory_bytes as f64))}
                    error={error_for(&["working_set_bytes"])}
                    onchange={edit(|p, v| {
                        let bytes = (p.memory_bytes as f64 * v / BASE_PAGE_BYTES as f64).round() as u64 * BASE_PAGE_BYTES;
                        p.working_set_bytes = if v >= 0.999 { None } else { Some(bytes.clamp(BASE_PAGE_BYTES, p.memory_bytes)) };
                    })} />
                <Select id="dirty-model" label="How pages get dirty"
                    value={if p.dirty_model == DirtyModel::Linear { "linear" } else { "uniform" }}
                    options={opts(&[("linear", "linear (Clark, SimGrid)"), ("uniform", "random writes over the working set")])}
                    onchange={edit_str(|p, v| p.dirty_model = if v == "uniform" { DirtyModel::Uniform } else { DirtyModel::Linear })} />
                if p.dirty_model == DirtyModel::Uniform {
                    <Slider id="hot-set" label="Hot set (share of working set)" value={p.hot_set_share}
                        scale={Scale::Linear { min: 0.0, max: 1.0 }}
                        text={format::percent(p.hot_set_share)}
                        error={error_for(&["hot_set_share"])}
                        onchange={edit(|p, v| {
                            p.hot_set_share = v;
                            if v > 0.0 && p.hot_write_share == 0.0 { p.hot_write_share = 0.9; }
                        })} />
                    <Slider id="hot-share" label="Writes landing in the hot set" value={p.hot_write_share}
                        scale={Scale::Linear { min: 0.0, max: 1.0 }}
                        text={format::percent(p.hot_write_share)}
                        error={error_for(&["hot_write_share"])}
                        onchange={edit(|p, v| p.hot_write_share = v)} />
                }
                <Select id="page-size" label="Dirty tracking per"
                    value={if p.page_size_bytes == BASE_PAGE_BYTES { "4k" } else { "2m" }}
                    options={opts(&[("4k", "4 KiB page"), ("2m", "2 MiB huge page")])}
                    onchange={edit_str(|p, v| p.page_size_bytes = if v == "2m" { 2 * MIB } else { BASE_PAGE_BYTES })} />
            }
            if live_like {
                <Select id="policy" label="Stop policy" value={p.policy.key()} options={policies}
                    onchange={edit_str(|p, v| {
                        if let Some(s) = StopPolicy::ALL.iter().find(|s| s.key() == v) { p.policy = *s; }
                    })} />
                <Slider id="downtime-limit" label="Downtime limit" value={p.downtime_limit_s}
                    scale={Scale::Log { min: 0.001, max: 10.0 }}
                    text={format::duration(p.downtime_limit_s)}
                    error={error_for(&["downtime_limit_s"])}
                    onchange={edit(|p, v| p.downtime_limit_s = v)} />
                if p.policy == StopPolicy::Qemu {
                    <Check id="auto-converge" label="Auto-converge (QEMU throttles the vCPUs)"
                        checked={p.auto_converge} onchange={edit_bool(|p, v| p.auto_converge = v)} />
                }
                if (p.policy == StopPolicy::Qemu && p.auto_converge) || p.policy == StopPolicy::Vmotion {
                    <Slider id="writer-cpu" label="Writer's vCPU need" value={p.writer_cpu_share}
                        scale={Scale::Log { min: 0.01, max: 1.0 }}
                        text={format!("{} of its vCPU", format::percent(p.writer_cpu_share))}
                        error={error_for(&["writer_cpu_share"])}
                        hint={AttrValue::from("A throttle p lets the vCPU run 1 − p of the time. A writer that needs this share keeps its full rate until 1 − p falls below it, then writes D·(1 − p)/share. 100% = a CPU-bound writer, slowed at once.")}
                        onchange={edit(|p, v| p.writer_cpu_share = v.clamp(0.01, 1.0))} />
                }
            }
            if ty == MigrationType::Hybrid {
                <Slider id="hybrid-rounds" label="Pre-copy rounds before post-copy" value={f64::from(p.hybrid_precopy_rounds)}
                    scale={Scale::Linear { min: 1.0, max: 10.0 }}
                    text={p.hybrid_precopy_rounds.to_string()}
                    onchange={edit(|p, v| p.hybrid_precopy_rounds = v.round().clamp(1.0, 10.0) as u32)} />
            }
            // Shown only where they change the run: with shared storage no disk crosses
            // the link, and a cold migration then touches no storage either.
            if offline {
                <Check id="shared-storage" label="Disks on shared storage (not copied)"
                    checked={p.shared_storage} onchange={edit_bool(|p, v| p.shared_storage = v)} />
                if !p.shared_storage {
                    <Slider id="disk" label="Disk size" value={p.disk_bytes as f64}
                        scale={Scale::LogWithZero { min: GIB as f64, max: (16 * 1024 * GIB) as f64 }}
                        text={format::bytes(p.disk_bytes as f64)}
                        error={error_for(&["disk_bytes"])}
                        onchange={edit(|p, v| p.disk_bytes = v.round() as u64)} />
                }
            }
            if offline && !(ty == MigrationType::Cold && p.shared_storage) {
                <Slider id="storage" label="Storage speed (read and write)" value={p.storage_write_bytes_per_s}
                    scale={Scale::Log { min: 1e7, max: 1e10 }}
                    text={format::byte_rate(p.storage_write_bytes_per_s)}
                    error={error_for(&["storage_write_bytes_per_s", "storage_read_bytes_per_s"])}
                    onchange={edit(|p, v| { p.storage_write_bytes_per_s = v; p.storage_read_bytes_per_s = v; })} />
            }
            if ty == MigrationType::Cold {
                <Slider id="boot" label="Guest boot time" value={p.boot_time_s}
                    scale={Scale::Linear { min: 0.0, max: 300.0 }}
                    text={format::duration(p.boot_time_s)}
                    onchange={edit(|p, v| p.boot_time_s = v.round())} />
            }
            if ty == MigrationType::Suspended {
                <Select id="suspend-transfer" label="The state moves"
                    value={p.suspend_transfer.key()}
                    options={opts(&[("file", "as a state file (save, copy, restore)"), ("stream", "streamed over the link (paused migrate)")])}
                    onchange={edit_str(|p, v| p.suspend_transfer = if v == "stream" { SuspendTransfer::Stream } else { SuspendTransfer::StateFile })} />
                <Check id="hold" label="Put the migration on hold"
                    checked={hold.is_some()}
                    onchange={edit_bool(|p, v| {
                        p.holds = if v {
                            vec![Hold { start_after_suspend_s: 5.0, duration_s: 60.0, reason: HoldReason::ComplianceReview }]
                        } else { Vec::new() };
                    })} />
                if let Some(h) = hold {
                    <Select id="hold-reason" label="Hold reason" value={h.reason.key()} options={reasons}
                        onchange={edit_str(|p, v| {
                            if let (Some(h), Some(r)) = (p.holds.first_mut(), HoldReason::ALL.iter().find(|r| r.key() == v)) { h.reason = *r; }
                        })} />
                    // A hold that would start after the transfer holds the restore: with
                    // shared storage the transfer is only the configuration, so when it
                    // starts cannot change the run.
                    if p.shared_storage {
                        <p class="hint" data-testid="hold-start-note">{ "With shared storage only the configuration crosses the link: the hold starts as soon as the suspend is done." }</p>
                    } else {
                        <Slider id="hold-start" label="Hold starts after the suspend" value={h.start_after_suspend_s}
                            scale={Scale::Linear { min: 0.0, max: 120.0 }}
                            text={format::duration(h.start_after_suspend_s)}
                            error={error_for(&["holds.start_after_suspend_s"])}
                            hint={Some(AttrValue::from("Starting after the transfer ends, it holds the restore instead"))}
                            onchange={edit(|p, v| if let Some(h) = p.holds.first_mut() { h.start_after_suspend_s = v.round(); })} />
                    }
                    <Slider id="hold-duration" label="Hold lasts" value={h.duration_s}
                        scale={Scale::LogWithZero { min: 1.0, max: 86_400.0 }}
                        text={format::duration(h.duration_s)}
                        error={error_for(&["holds.duration_s"])}
                        onchange={edit(|p, v| if let Some(h) = p.holds.first_mut() { h.duration_s = v.round(); })} />
                }
            }
            <Select id="fault" label="Fault" value={fault_key(fault.as_ref())} options={opts(&FAULTS)}
                onchange={edit_str(|p, v| {
                    let at = p.faults.first().map_or(10.0, |f| f.at_s);
                    p.faults = fault_kind(v, p).map(|kind| Fault { at_s: at, kind }).into_iter().collect();
                })} />
            if let Some(f) = fault {
                <Slider id="fault-time" label="Fault at" value={f.at_s}
                    scale={Scale::Linear { min: 0.0, max: props.run_end_s.max(f.at_s).max(1.0) }}
                    text={format::duration(f.at_s)}
                    error={error_for(&["faults.at_s"])}
                    onchange={edit(|p, v| if let Some(f) = p.faults.first_mut() { f.at_s = (v * 10.0).round() / 10.0; })} />
            }
        </section>
    }
}
