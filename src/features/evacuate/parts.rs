//! The evacuation view's pieces, each a function of the evacuation and the playhead: the
//! source host's tiles, the link's shares, the bars on one time axis, the table. Plain
//! HTML (no canvas): the text keeps its size on a phone and a projector alike.

use super::frame::{self, Status, VmAt};
use super::Evac;
use crate::i18n::{t, t0, Lang};
use crate::picture::format;
use crate::picture::labels::outcome_id;
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
fn figures(lang: Lang, e: &Evac, i: usize) -> String {
    let p = &e.vms[i].params;
    let mut s = t(
        lang,
        "evac-view-figures",
        &[
            (
                "mem",
                format::in_lang(lang, format::bytes(p.memory_bytes as f64)).into(),
            ),
            (
                "dirty",
                format::in_lang(lang, format::byte_rate(p.dirty_rate_bytes_per_s)).into(),
            ),
        ],
    );
    if p.migration_type != MigrationType::Live {
        let ty = t0(lang, &format!("migration-type-{}", p.migration_type.key()));
        s += &t(
            lang,
            "evac-view-figures-type",
            &[("type", ty.to_lowercase().into())],
        );
    }
    s
}

/// The source host: a tile per VM, its memory still there drawn as a level that falls
/// as its pages cross.
pub fn host(lang: Lang, e: &Evac, now: &[VmAt], onremove: &Callback<usize>) -> Html {
    let n = e.vms.len();
    let tiles = now.iter().enumerate().map(|(i, at)| {
        let name = e.result.as_ref().map_or("", |r| r.vms[i].name.as_str()).to_string();
        let level = at.on_host * 100.0;
        let remove = onremove.reform(move |_: MouseEvent| i);
        let remove_label = t(lang, "evac-view-remove", &[("name", name.as_str().into())]);
        html! {
            <li class={classes!("evac-tile", at.status.key(), colour_class(i))} data-testid={format!("evac-tile-{i}")}
                data-status={at.status.key()} data-on-host={format!("{:.4}", at.on_host)}>
                <div class="evac-tile-head">
                    <strong>{ name.clone() }</strong>
                    if n > 1 {
                        <button type="button" class="evac-remove" onclick={remove}
                            aria-label={remove_label.clone()} title={remove_label}
                            data-testid={format!("evac-remove-{i}")}>{ "✕" }</button>
                    }
                </div>
                <div class="evac-memory" role="img"
                    aria-label={t(lang, "evac-view-memory-left", &[("name", name.as_str().into()), ("share", format::in_lang(lang, format::percent(at.on_host)).into())])}>
                    <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="evac-level" x="0" y={format!("{:.2}", 100.0 - level)} width="100" height={format!("{level:.2}")} />
                    </svg>
                    <span class="evac-level-text">{ format::in_lang(lang, format::percent(at.on_host)) }</span>
                </div>
                <div class="evac-tile-figures">{ figures(lang, e, i) }</div>
                <div class="evac-status">{ at.status.label_in(lang) }</div>
            </li>
        }
    });
    html! {
        <section class="evac-host" aria-labelledby="evac-host-title">
            <h3 id="evac-host-title">{ t0(lang, "evac-view-host") }<span class="hint">{ " — " }{ t0(lang, "evac-view-host-hint") }</span></h3>
            <ul class="evac-tiles">{ for tiles }</ul>
        </section>
    }
}

/// The host's link: a segment per running migration as wide as its share.
pub fn link(lang: Lang, ev: &Evacuation, now: &[VmAt]) -> Html {
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
                    <title>{ format!("{}: {}", name(*i), format::in_lang(lang, format::byte_rate(a.share_bytes_per_s))) }</title>
                </rect>
            };
            x += w;
            seg
        })
        .collect::<Vec<_>>();
    let words = if running.is_empty() {
        t0(lang, "metrics-idle")
    } else {
        running
            .iter()
            .map(|(i, a)| {
                format!(
                    "{} {} ({})",
                    name(*i),
                    format::in_lang(lang, format::byte_rate(a.share_bytes_per_s)),
                    format::in_lang(lang, format::percent(a.share_bytes_per_s / total))
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    html! {
        <section class="evac-link" aria-labelledby="evac-link-title">
            <h3 id="evac-link-title">{ t(lang, "evac-view-link", &[("rate", format::in_lang(lang, format::bit_rate(total)).into())]) }
                <span class="hint">{ " — " }{ t(lang, "evac-view-running", &[("n", running.len().into())]) }</span></h3>
            <svg class="evac-link-bar" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img"
                aria-label={t(lang, "evac-view-shares", &[("words", words.as_str().into())])}>
                <rect class="evac-idle" x="0" y="0" width="1000" height="40" />
                { for segments }
            </svg>
            <p class="evac-link-words" data-testid="evac-link-words">{ words }</p>
        </section>
    }
}

/// Every VM's bar on one time axis, the playhead across them; a click seeks there.
pub fn bars(lang: Lang, e: &Evac, ev: &Evacuation, t_s: f64, onseek: &Callback<f64>) -> Html {
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
                    <title>{ format!("{}: {}", ev.vms[i].name, span_words(lang, s)) }</title>
                </rect>
            }
        });
        html! {
            <div class="evac-row" data-testid={format!("evac-bar-{i}")}>
                <span class={classes!("evac-row-name", colour_class(i))}>{ ev.vms[i].name.clone() }</span>
                <svg class="evac-track" viewBox="0 0 1000 10" preserveAspectRatio="none" onclick={seek}
                    role="img" aria-label={format!("{}: {}", ev.vms[i].name, spans_words(lang, e, i))}>
                    { for spans }
                    <line class="evac-playhead" x1={format!("{:.2}", x(t_s))} x2={format!("{:.2}", x(t_s))} y1="0" y2="10" />
                </svg>
            </div>
        }
    });
    let ticks = (0..=4).map(|k| {
        let t = end * k as f64 / 4.0;
        html! { <span class="evac-tick">{ format::in_lang(lang, format::duration(t)) }</span> }
    });
    let legend = [
        Status::Waiting,
        Status::Copying,
        Status::Down,
        Status::Left,
        Status::Stayed,
    ]
    .map(
        |s| html! { <li><span class={classes!("evac-swatch", s.key())}></span>{ s.label_in(lang) }</li> },
    );
    html! {
        <section class="evac-bars" aria-labelledby="evac-bars-title">
            <h3 id="evac-bars-title">{ t0(lang, "evac-view-bars") }</h3>
            <div class="evac-rows" data-testid="evac-bars">{ for rows }</div>
            <div class="evac-axis" aria-hidden="true">{ for ticks }</div>
            <ul class="evac-legend">{ for legend }</ul>
        </section>
    }
}

/// Whether pre-copy converged, for the types that iterate ("–" for the others, whose
/// runs have no rounds to converge).
fn converged_text(lang: Lang, tr: &migration_model::Trace) -> String {
    match tr.migration_type {
        MigrationType::Live | MigrationType::Hybrid if tr.metrics.converged => {
            t0(lang, "evac-view-yes")
        }
        MigrationType::Live | MigrationType::Hybrid => t0(lang, "evac-view-no"),
        _ => "–".into(),
    }
}

/// A stretch of a VM's bar in words: "waiting 0 s – 2 min 50 s".
fn span_words(lang: Lang, s: &frame::Span) -> String {
    t(
        lang,
        "evac-view-span",
        &[
            ("status", s.status.label_in(lang).into()),
            (
                "from",
                format::in_lang(lang, format::duration(s.from_s)).into(),
            ),
            ("to", format::in_lang(lang, format::duration(s.to_s)).into()),
        ],
    )
}

/// A VM's bar in words, for screen readers: "waiting 0 s – 2 min 50 s, copying …".
fn spans_words(lang: Lang, e: &Evac, i: usize) -> String {
    e.bars[i]
        .iter()
        .map(|s| span_words(lang, s))
        .collect::<Vec<_>>()
        .join(&t0(lang, "evac-view-list-sep"))
}

/// Each VM's figures, and the totals.
pub fn table(lang: Lang, ev: &Evacuation) -> Html {
    let col = |id: &str| t0(lang, id);
    let rows = ev.vms.iter().enumerate().map(|(i, v)| {
        let m = &v.trace.metrics;
        html! {
            <tr data-testid={format!("evac-row-{i}")} class={classes!((!v.left()).then_some("stayed"))}>
                <th scope="row" class={colour_class(i)}>{ v.name.clone() }</th>
                <td data-label={col("evac-view-col-start")}>{ format::in_lang(lang, format::duration(v.start_s)) }</td>
                <td data-label={col("evac-view-col-end")}>{ format::in_lang(lang, format::duration(v.end_s)) }</td>
                <td data-label={col("compare-col-downtime")}>{ format::in_lang(lang, format::duration(m.downtime_s)) }</td>
                <td data-label={col("evac-view-col-sent")}>{ format::in_lang(lang, format::bytes(m.bytes_sent)) }</td>
                <td data-label={col("compare-col-rounds")}>{ crate::features::compare::rounds_text(&v.trace) }</td>
                <td data-label={col("evac-view-col-converged")} class="converged">{ converged_text(lang, &v.trace) }</td>
                <td data-label={col("compare-col-outcome")} class="outcome">{ col(outcome_id(m.outcome)) }</td>
            </tr>
        }
    });
    let stay = ev.vms.iter().filter(|v| !v.left()).count();
    html! {
        <section class="evac-figures" aria-labelledby="evac-table-title">
            <h3 id="evac-table-title">{ col("evac-view-per-vm") }</h3>
            <table class="evac-table" data-testid="evac-table">
                <thead><tr>
                    <th scope="col">{ col("evac-view-col-vm") }</th><th scope="col">{ col("evac-view-col-start") }</th><th scope="col">{ col("evac-view-col-end") }</th>
                    <th scope="col">{ col("compare-col-downtime") }</th><th scope="col">{ col("evac-view-col-sent") }</th><th scope="col">{ col("compare-col-rounds") }</th>
                    <th scope="col">{ col("evac-view-col-converged") }</th><th scope="col">{ col("compare-col-outcome") }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <dl class="evac-totals" data-testid="evac-totals">
                <div><dt>{ col(if stay == 0 { "evac-view-empty-after" } else { "evac-view-ended-after" }) }</dt>
                    <dd data-testid="evac-time">{ format::in_lang(lang, format::duration(ev.evacuation_time_s)) }</dd></div>
                <div><dt>{ col("compare-col-sent") }</dt><dd>{ format::in_lang(lang, format::bytes(ev.bytes_sent)) }</dd></div>
                <div><dt>{ col("evac-view-peak") }</dt><dd data-testid="evac-peak">{ ev.peak_running }</dd></div>
                <div><dt>{ col("evac-view-still-on-host") }</dt><dd data-testid="evac-stayed">{
                    if stay == 0 { col("evac-view-none") } else {
                        super::names(lang, &ev.vms.iter().filter(|v| !v.left()).map(|v| v.name.as_str()).collect::<Vec<_>>())
                    }
                }</dd></div>
            </dl>
        </section>
    }
}

/// What is happening at `t_s`, one line for a polite live region: it changes when a VM
/// starts or ends, not every frame (the playhead's time is the scrubber's label).
pub fn now_line(lang: Lang, ev: &Evacuation, now: &[VmAt], t_s: f64) -> String {
    let count = |s: Status| now.iter().filter(|a| a.status == s).count();
    t(
        lang,
        "evac-view-now",
        &[
            ("migrating", frame::running_at(ev, t_s).into()),
            ("waiting", count(Status::Waiting).into()),
            ("left", count(Status::Left).into()),
            ("stayed", count(Status::Stayed).into()),
        ],
    )
}
