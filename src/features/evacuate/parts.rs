//! The evacuation view's pieces, each a function of the evacuation and the playhead: the
//! source host's tiles, the link's shares, the bars on one time axis, the table. Plain
//! HTML (no canvas): the text keeps its size on a phone and a projector alike.

use super::frame::{self, Status, VmAt};
use super::Evac;
use crate::picture::format;
use crate::picture::labels::outcome_label;
use migration_model::evacuate::Evacuation;
use migration_model::MigrationType;
use yew::prelude::*;

/// A colour per VM, in the order given (the link's segments and the tiles' edges).
pub const COLOURS: [&str; 8] = [
    "#0b5cad", "#b45309", "#047857", "#7c3aed", "#be185d", "#0e7490", "#4d7c0f", "#9f1239",
];

pub fn colour(i: usize) -> &'static str {
    COLOURS[i % COLOURS.len()]
}

/// The class that gives a VM its colour in the style sheet (`vm-c0` … `vm-c7`): the page
/// runs under a strict CSP, so no element carries a `style` attribute; sizes and colours
/// that change are SVG attributes.
fn colour_class(i: usize) -> String {
    format!("vm-c{}", i % COLOURS.len())
}

/// "4 GiB, 100 MB/s" and the type when it is not live.
fn figures(e: &Evac, i: usize) -> String {
    let p = &e.vms[i].params;
    let mut s = format!(
        "{}, writes {}",
        format::bytes(p.memory_bytes as f64),
        format::byte_rate(p.dirty_rate_bytes_per_s)
    );
    if p.migration_type != MigrationType::Live {
        s += &format!(", {}", p.migration_type.label().to_lowercase());
    }
    s
}

/// The source host: a tile per VM, its memory still there drawn as a level that falls
/// as its pages cross.
pub fn host(e: &Evac, now: &[VmAt], onremove: &Callback<usize>) -> Html {
    let n = e.vms.len();
    let tiles = now.iter().enumerate().map(|(i, at)| {
        let name = e.result.as_ref().map_or("", |r| r.vms[i].name.as_str()).to_string();
        let level = at.on_host * 100.0;
        let remove = onremove.reform(move |_: MouseEvent| i);
        html! {
            <li class={classes!("evac-tile", at.status.key(), colour_class(i))} data-testid={format!("evac-tile-{i}")}
                data-status={at.status.key()} data-on-host={format!("{:.4}", at.on_host)}>
                <div class="evac-tile-head">
                    <strong>{ name.clone() }</strong>
                    if n > 1 {
                        <button type="button" class="evac-remove" onclick={remove}
                            aria-label={format!("Remove {name}")} title={format!("Remove {name}")}
                            data-testid={format!("evac-remove-{i}")}>{ "✕" }</button>
                    }
                </div>
                <div class="evac-memory" role="img"
                    aria-label={format!("{name}: {} of its memory still to cross", format::percent(at.on_host))}>
                    <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="evac-level" x="0" y={format!("{:.2}", 100.0 - level)} width="100" height={format!("{level:.2}")} />
                    </svg>
                    <span class="evac-level-text">{ format::percent(at.on_host) }</span>
                </div>
                <div class="evac-tile-figures">{ figures(e, i) }</div>
                <div class="evac-status">{ at.status.label() }</div>
            </li>
        }
    });
    html! {
        <section class="evac-host" aria-labelledby="evac-host-title">
            <h3 id="evac-host-title">{ "Source host" }<span class="hint">{ " — the level is the memory still to cross" }</span></h3>
            <ul class="evac-tiles">{ for tiles }</ul>
        </section>
    }
}

/// The host's link: a segment per running migration as wide as its share.
pub fn link(ev: &Evacuation, now: &[VmAt]) -> Html {
    let total = ev.link_bytes_per_s.max(1.0);
    let running: Vec<(usize, &VmAt)> = now
        .iter()
        .enumerate()
        .filter(|(_, a)| matches!(a.status, Status::Copying | Status::Down))
        .collect();
    let name = |i: usize| ev.vms[i].name.as_str();
    let mut x = 0.0;
    let segments = running
        .iter()
        .map(|(i, a)| {
            let w = (a.share_bytes_per_s / total * 1000.0).clamp(0.0, 1000.0);
            let seg = html! {
                <rect x={format!("{x:.2}")} y="0" width={format!("{w:.2}")} height="40" fill={colour(*i)}>
                    <title>{ format!("{}: {}", name(*i), format::byte_rate(a.share_bytes_per_s)) }</title>
                </rect>
            };
            x += w;
            seg
        })
        .collect::<Vec<_>>();
    let words = if running.is_empty() {
        "idle".to_string()
    } else {
        running
            .iter()
            .map(|(i, a)| {
                format!(
                    "{} {} ({})",
                    name(*i),
                    format::byte_rate(a.share_bytes_per_s),
                    format::percent(a.share_bytes_per_s / total)
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    html! {
        <section class="evac-link" aria-labelledby="evac-link-title">
            <h3 id="evac-link-title">{ format!("The link, {}", format::bit_rate(total)) }
                <span class="hint">{ format!(" — {} running", running.len()) }</span></h3>
            <svg class="evac-link-bar" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img"
                aria-label={format!("Link shares: {words}")}>
                <rect class="evac-idle" x="0" y="0" width="1000" height="40" />
                { for segments }
            </svg>
            <p class="evac-link-words" data-testid="evac-link-words">{ words }</p>
        </section>
    }
}

/// Every VM's bar on one time axis, the playhead across them; a click seeks there.
pub fn bars(e: &Evac, ev: &Evacuation, t_s: f64, onseek: &Callback<f64>) -> Html {
    let end = ev.evacuation_time_s.max(1e-3);
    let pct = |t: f64| (t / end * 100.0).clamp(0.0, 100.0);
    let rows = e.bars.iter().enumerate().map(|(i, spans)| {
        let seek = {
            let onseek = onseek.clone();
            Callback::from(move |m: MouseEvent| {
                use wasm_bindgen::JsCast;
                let Some(el) = m.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
                    return;
                };
                let r = el.get_bounding_client_rect();
                if r.width() > 0.0 {
                    onseek.emit((m.client_x() as f64 - r.left()) / r.width() * end);
                }
            })
        };
        let x = |t: f64| pct(t) * 10.0;
        let spans = spans.iter().map(|s| {
            html! {
                <rect class={classes!("evac-span", s.status.key())} x={format!("{:.2}", x(s.from_s))} y="0"
                    width={format!("{:.2}", (x(s.to_s) - x(s.from_s)).max(2.0))} height="10">
                    <title>{ format!("{}: {} {} – {}", ev.vms[i].name, s.status.label(), format::duration(s.from_s), format::duration(s.to_s)) }</title>
                </rect>
            }
        });
        html! {
            <div class="evac-row" data-testid={format!("evac-bar-{i}")}>
                <span class={classes!("evac-row-name", colour_class(i))}>{ ev.vms[i].name.clone() }</span>
                <svg class="evac-track" viewBox="0 0 1000 10" preserveAspectRatio="none" onclick={seek}
                    role="img" aria-label={format!("{}: {}", ev.vms[i].name, spans_words(e, i))}>
                    { for spans }
                    <line class="evac-playhead" x1={format!("{:.2}", x(t_s))} x2={format!("{:.2}", x(t_s))} y1="0" y2="10" />
                </svg>
            </div>
        }
    });
    let ticks = (0..=4).map(|k| {
        let t = end * k as f64 / 4.0;
        html! { <span class="evac-tick">{ format::duration(t) }</span> }
    });
    let legend = [
        Status::Waiting,
        Status::Copying,
        Status::Down,
        Status::Left,
        Status::Stayed,
    ]
    .map(
        |s| html! { <li><span class={classes!("evac-swatch", s.key())}></span>{ s.label() }</li> },
    );
    html! {
        <section class="evac-bars" aria-labelledby="evac-bars-title">
            <h3 id="evac-bars-title">{ "Each VM on one time axis" }</h3>
            <div class="evac-rows" data-testid="evac-bars">{ for rows }</div>
            <div class="evac-axis" aria-hidden="true">{ for ticks }</div>
            <ul class="evac-legend">{ for legend }</ul>
        </section>
    }
}

/// Whether pre-copy converged, for the types that iterate ("–" for the others, whose
/// runs have no rounds to converge).
fn converged_text(t: &migration_model::Trace) -> &'static str {
    match t.migration_type {
        MigrationType::Live | MigrationType::Hybrid if t.metrics.converged => "yes",
        MigrationType::Live | MigrationType::Hybrid => "no",
        _ => "–",
    }
}

/// A VM's bar in words, for screen readers: "waiting 0 s – 2 min 50 s, copying …".
fn spans_words(e: &Evac, i: usize) -> String {
    e.bars[i]
        .iter()
        .map(|s| {
            format!(
                "{} {} – {}",
                s.status.label(),
                format::duration(s.from_s),
                format::duration(s.to_s)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each VM's figures, and the totals.
pub fn table(ev: &Evacuation) -> Html {
    let rows = ev.vms.iter().enumerate().map(|(i, v)| {
        let m = &v.trace.metrics;
        html! {
            <tr data-testid={format!("evac-row-{i}")} class={classes!((!v.left()).then_some("stayed"))}>
                <th scope="row" class={colour_class(i)}>{ v.name.clone() }</th>
                <td data-label="Start">{ format::duration(v.start_s) }</td>
                <td data-label="End">{ format::duration(v.end_s) }</td>
                <td data-label="Downtime">{ format::duration(m.downtime_s) }</td>
                <td data-label="Sent">{ format::bytes(m.bytes_sent) }</td>
                <td data-label="Rounds">{ crate::features::compare::rounds_text(&v.trace) }</td>
                <td data-label="Converged" class="converged">{ converged_text(&v.trace) }</td>
                <td data-label="Outcome" class="outcome">{ outcome_label(m.outcome) }</td>
            </tr>
        }
    });
    let stay = ev.vms.iter().filter(|v| !v.left()).count();
    html! {
        <section class="evac-figures" aria-labelledby="evac-table-title">
            <h3 id="evac-table-title">{ "Per VM" }</h3>
            <table class="evac-table" data-testid="evac-table">
                <thead><tr>
                    <th scope="col">{ "VM" }</th><th scope="col">{ "Start" }</th><th scope="col">{ "End" }</th>
                    <th scope="col">{ "Downtime" }</th><th scope="col">{ "Sent" }</th><th scope="col">{ "Rounds" }</th>
                    <th scope="col">{ "Converged" }</th><th scope="col">{ "Outcome" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <dl class="evac-totals" data-testid="evac-totals">
                <div><dt>{ if stay == 0 { "Host empty after" } else { "Evacuation ended after" } }</dt>
                    <dd data-testid="evac-time">{ format::duration(ev.evacuation_time_s) }</dd></div>
                <div><dt>{ "Data sent" }</dt><dd>{ format::bytes(ev.bytes_sent) }</dd></div>
                <div><dt>{ "Most running at once" }</dt><dd data-testid="evac-peak">{ ev.peak_running }</dd></div>
                <div><dt>{ "Still on the host" }</dt><dd data-testid="evac-stayed">{
                    if stay == 0 { "none".to_string() } else {
                        super::names(&ev.vms.iter().filter(|v| !v.left()).map(|v| v.name.as_str()).collect::<Vec<_>>())
                    }
                }</dd></div>
            </dl>
        </section>
    }
}

/// What is happening at `t_s`, one line for a polite live region: it changes when a VM
/// starts or ends, not every frame (the playhead's time is the scrubber's label).
pub fn now_line(ev: &Evacuation, now: &[VmAt], t_s: f64) -> String {
    let count = |s: Status| now.iter().filter(|a| a.status == s).count();
    format!(
        "{} migrating, {} waiting, {} left, {} did not leave.",
        frame::running_at(ev, t_s),
        count(Status::Waiting),
        count(Status::Left),
        count(Status::Stayed)
    )
}
