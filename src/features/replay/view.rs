//! A real QEMU migration beside the model: opening a recording (file picker, drop on the
//! page, or a built-in one fetched when chosen), and the view under the picture that shows
//! both runs: the one-sentence difference, the table, QEMU's curves over the model's,
//! QEMU's passes beside the model's rounds, and the parameters inferred from the file.
//! Files are read in the browser; nothing is uploaded.

use crate::app::run::Ptr;
use crate::app::state::{Action, AppState};
use crate::app::tasks::use_after_a_task;
use crate::components::timeline::MAX_MARKS;
use crate::draw::charts::scale::{Scale, Unit};
use crate::draw::charts::spaced;
use crate::draw::charts::svg::{self, attr_num, PlotArea, Side, FONT, FONT_FAMILY, INK, MUTED};
use crate::features::replay::recording::{self, Loaded, Point, Shared};
use crate::i18n::{t, t0, use_lang, Lang};
use crate::picture::format;
use migration_model::{Params, Trace};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

/// QEMU's curves (solid) and the model's (dashed), in the palette of the other charts.
const REAL: &str = "#d55e00";
const MODEL: &str = "#0072b2";

/// The page's language where no component hands it over (a file read or a fetch that
/// ends later): `<html lang>`, which follows the page's (`app::page`).
fn page_lang() -> Lang {
    let tag = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    tag.and_then(|k| Lang::from_key(&k).ok())
        .unwrap_or_default()
}

/// What opening a recording reports: the recording, or a message for people.
type Opened = Callback<Result<Shared, String>>;

/// Sends what opening a recording gave to the app: the recording (shown beside the
/// model with its inferred parameters, or attached to the link's own), or why not.
fn sender(d: UseReducerDispatcher<AppState>, attach: bool) -> Opened {
    Callback::from(move |r: Result<Shared, String>| match r {
        Ok(l) if attach => d.dispatch(Action::AttachRecording(l)),
        Ok(l) => d.dispatch(Action::OpenRecording(l)),
        Err(e) => d.dispatch(Action::RecordingError(Some(e))),
    })
}

/// Bytes of a file read per slice: about 2,500 samples, some 20 ms of work, then the
/// page paints.
const SLICE_BYTES: usize = 256 * 1024;

/// Reads a built-in recording's text (the largest is 205 KB, within one slice of
/// [`SLICE_BYTES`]: a file is what needs reading in slices, `read_file`).
fn open_text(name: &str, built_in: Option<&'static str>, text: &str, done: &Opened) {
    let loaded = recording::load(page_lang(), name, built_in, text);
    done.emit(loaded.map(|l| Shared(Ptr::new(l))));
}

fn progress_of(d: &UseReducerDispatcher<AppState>) -> Callback<Option<f64>> {
    let d = d.clone();
    Callback::from(move |p| d.dispatch(Action::RecordingProgress(p)))
}

/// Reads a file the user chose or dropped (in the browser: nothing leaves the page) and
/// opens it beside the model. The file is read a slice of bytes at a time, never as one
/// string (a 95 MB string alone holds the page up for a second): each slice's whole
/// lines go to the reader, the rest waits for the next slice. Bytes that are not UTF-8
/// read as U+FFFD, as the browser's `File.text()` reads them.
pub fn read_file(file: web_sys::File, d: UseReducerDispatcher<AppState>) {
    let progress = progress_of(&d);
    let done = sender(d, false);
    progress.emit(Some(0.0));
    spawn_local(async move {
        let name = file.name();
        let size = file.size();
        let mut reader = migration_model::replay::reader::Reader::default();
        let mut pending: Vec<u8> = Vec::new();
        let mut at = 0.0;
        while at < size {
            let next = (at + SLICE_BYTES as f64).min(size);
            let bytes = match file.slice_with_f64_and_f64(at, next) {
                Ok(blob) => JsFuture::from(blob.array_buffer()).await.ok(),
                Err(_) => None,
            };
            let Some(bytes) = bytes else {
                progress.emit(None);
                let why = t(page_lang(), "replay-unreadable", &[("name", name.into())]);
                return done.emit(Err(why));
            };
            pending.extend(js_sys::Uint8Array::new(&bytes).to_vec());
            at = next;
            // Whole lines only: a line break is one byte, so no character is cut.
            let cut = if at >= size {
                pending.len()
            } else {
                pending
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1)
            };
            let rest = pending.split_off(cut);
            reader.feed(&String::from_utf8_lossy(&pending));
            pending = rest;
            if at < size {
                progress.emit(Some(at / size));
                gloo_timers::future::TimeoutFuture::new(0).await;
            }
        }
        progress.emit(Some(1.0));
        finish(&name, reader, &done).await;
        progress.emit(None);
    });
}

/// What a recording read to its end gives the app, each stage in a task of its own so
/// that a long recording never holds the page in one: the reader's last lines, then the
/// parameters inferred and the curves built, then the model's run beside it (the reducer
/// and the view). docs/architecture.md, "Bounded work".
async fn finish(name: &str, reader: migration_model::replay::reader::Reader, done: &Opened) {
    let rec = match reader.finish() {
        Ok(rec) => rec,
        Err(e) => return done.emit(Err(recording::not_a_recording(page_lang(), name, &e))),
    };
    gloo_timers::future::TimeoutFuture::new(0).await;
    let loaded = recording::loaded(page_lang(), name, None, rec);
    gloo_timers::future::TimeoutFuture::new(0).await;
    done.emit(loaded.map(|l| Shared(Ptr::new(l))));
}

/// Fetches a built-in recording (served beside the app, not in its first download) and
/// opens it beside the model, or (`attach`, a link's `rec=`) keeps the link's parameters.
pub fn fetch_built_in(id: &str, d: UseReducerDispatcher<AppState>, attach: bool) {
    let Some(b) = recording::built_in(id) else {
        return;
    };
    let done = sender(d, attach);
    // The title in the page's language names it in the view and in any message.
    let name = b.title_in(page_lang());
    spawn_local(async move {
        let failed = || {
            let url = recording::built_in_url(b);
            let args = [("name", name.as_str().into()), ("url", url.into())];
            Err(t(page_lang(), "replay-fetch-failed", &args))
        };
        let Some(window) = web_sys::window() else {
            return done.emit(failed());
        };
        let text = async {
            let resp = JsFuture::from(window.fetch_with_str(&recording::built_in_url(b)))
                .await
                .ok()?
                .dyn_into::<web_sys::Response>()
                .ok()
                .filter(web_sys::Response::ok)?;
            JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
        };
        match text.await {
            Some(t) => open_text(&name, Some(b.id), &t, &done),
            None => done.emit(failed()),
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct PictureSourceProps {
    /// The picture plays the recording now.
    pub real: bool,
    /// The recording's name, for people.
    pub name: String,
    pub onchange: Callback<bool>,
}

/// Above the picture while a recording is open: what the picture plays, the model's run
/// or the recording's progress (`crate::features::replay::picture`).
#[component]
pub fn PictureSource(props: &PictureSourceProps) -> Html {
    let lang = use_lang();
    let choice = crate::components::tabs::segmented(
        t0(lang, "replay-source"),
        "",
        vec![
            (
                false,
                t0(lang, "replay-source-model"),
                "picture-model".into(),
            ),
            (true, t0(lang, "replay-source-real"), "picture-real".into()),
        ],
        props.real,
        &props.onchange,
    );
    html! {
        <div class="picture-source">
            <span class="picture-source-label" aria-hidden="true">{ t0(lang, "replay-source-label") }</span>
            { choice }
            if props.real {
                <span class="picture-source-note" data-testid="picture-real-note">
                    { t(lang, "replay-source-note", &[("name", props.name.as_str().into())]) }
                </span>
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ReplayViewProps {
    pub loaded: Shared,
    pub trace: crate::app::run::Ptr<Trace>,
    pub params: crate::app::run::Ptr<Params>,
    pub t_s: f64,
    pub onclose: Callback<()>,
}

/// Samples beyond which the recording's comparison and charts render in a task of their
/// own, after the page that opens them (docs/architecture.md, "Bounded work").
const LONG_SAMPLES: usize = 5_000;

/// The recording beside the model: a long recording's (or a long run's) comparison in a
/// task after the page around it.
#[component]
pub fn ReplayView(props: &ReplayViewProps) -> Html {
    let lang = use_lang();
    let long = props.loaded.points.len() > LONG_SAMPLES || props.trace.rounds.len() > MAX_MARKS;
    let key = (props.loaded.clone(), props.trace.clone());
    if use_after_a_task(key, long) {
        html! { <ReplayBody ..props.clone() /> }
    } else {
        html! {
            <section class="replay" aria-busy="true">
                <p class="replay-sentence">{ t(lang, "replay-comparing", &[("name", props.loaded.name_in(lang).into())]) }</p>
            </section>
        }
    }
}

#[component]
fn ReplayBody(props: &ReplayViewProps) -> Html {
    let lang = use_lang();
    let l: &Loaded = &props.loaded;
    let c = use_memo(
        (
            props.loaded.clone(),
            props.trace.clone(),
            props.params.clone(),
            lang,
        ),
        |(l, trace, params, lang)| l.compare(*lang, params, trace),
    );
    let sentence = l.narrate(lang, &c, &props.params);
    // What does not move with the playhead is built once per comparison, not per frame.
    let fixed = use_memo((c.clone(), lang), |(c, lang)| {
        (
            table(*lang, &recording::rows(c)),
            pass_chart(*lang, &c.passes),
        )
    });
    let end = l.end_s.max(props.trace.end_s()).max(1e-3);
    let marks = use_memo(
        (props.loaded.clone(), props.trace.clone(), end.to_bits()),
        |(l, trace, _)| lane_marks(l, trace, end),
    );
    // The curves a task later again, for a long recording: the comparison and the
    // curves each take a task of their own.
    let long = l.points.len() > LONG_SAMPLES || props.trace.rounds.len() > MAX_MARKS;
    let charts_now = use_after_a_task(c.clone(), long);
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let changed = *props.params != l.params;
    html! {
        <section class="replay" aria-labelledby="replay-title" data-testid="replay">
            <div class="replay-head">
                <h2 id="replay-title">{ t(lang, "replay-title", &[("name", l.name_in(lang).into())]) }</h2>
                <button type="button" onclick={onclose} data-testid="replay-close">{ t0(lang, "replay-close") }</button>
            </div>
            <p class="replay-sentence" data-testid="replay-narration">{ sentence }</p>
            if let Some(s) = l.skipped(lang) {
                <p class="replay-skipped" data-testid="replay-skipped">{ s }</p>
            }
            <div class="replay-grid">
                { fixed.0.clone() }
                { lanes(lang, l, &props.trace, &marks, props.t_s, end) }
            </div>
            <div class="replay-charts">
                if charts_now {
                    <ReplayCharts loaded={props.loaded.clone()} trace={props.trace.clone()} {end} t_s={props.t_s} />
                }
                { fixed.1.clone() }
            </div>
            <details class="replay-flags">
                <summary>{ t0(lang, if changed { "replay-flags-changed" } else { "replay-flags" }) }</summary>
                <p>{ t0(lang, "replay-flags-lead") }</p>
                <dl>
                    { for l.flags.iter().map(|f| html! {
                        <>
                            <dt><code>{ if f.value.is_empty() { f.flag.to_string() } else { format!("{} {}", f.flag, f.value) } }</code></dt>
                            <dd>{ f.from.tr(lang) }</dd>
                        </>
                    }) }
                </dl>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReplayChartsProps {
    loaded: Shared,
    trace: Ptr<Trace>,
    end: f64,
    t_s: f64,
}

/// The recording's curves beside the model's, with the playhead.
#[component]
fn ReplayCharts(props: &ReplayChartsProps) -> Html {
    let lang = use_lang();
    let end = props.end;
    let model = use_memo((props.trace.clone(), (end * 1e6) as u64), |(trace, _)| {
        recording::model_points(trace, end, 300)
    });
    // The curves and the lanes' marks do not move with the playhead: built once per
    // recording and run, only the playhead line is drawn each frame.
    let charts = use_memo(
        (props.loaded.clone(), model.clone(), end.to_bits(), lang),
        |(l, model, _, lang)| {
            let w = |id: &str| t0(*lang, id);
            (
                line_chart(
                    (*lang, "replay-bytes"),
                    w("replay-bytes-title"),
                    Unit::Bytes,
                    end,
                    &[
                        Series {
                            label: &w("replay-qemu-sent"),
                            colour: REAL,
                            dash: None,
                            pts: pick(&l.points, |p| p.sent),
                        },
                        Series {
                            label: &w("replay-model-sent"),
                            colour: MODEL,
                            dash: Some("7 5"),
                            pts: pick(model, |p| p.sent),
                        },
                        Series {
                            label: &w("replay-qemu-remaining"),
                            colour: REAL,
                            dash: Some("2 3"),
                            pts: pick(&l.points, |p| p.remaining),
                        },
                        Series {
                            label: &w("replay-model-remaining"),
                            colour: MODEL,
                            dash: Some("2 3"),
                            pts: pick(model, |p| p.remaining),
                        },
                    ],
                ),
                line_chart(
                    (*lang, "replay-dirty"),
                    w("replay-dirty-title"),
                    Unit::ByteRate,
                    end,
                    &[
                        Series {
                            label: &w("replay-qemu-dirty"),
                            colour: REAL,
                            dash: None,
                            pts: pick(&l.points, |p| p.dirty_rate),
                        },
                        Series {
                            label: &w("replay-model-dirty"),
                            colour: MODEL,
                            dash: Some("7 5"),
                            pts: pick(model, |p| p.dirty_rate),
                        },
                    ],
                ),
            )
        },
    );
    html! {
        <>
            { charts.0.at(props.t_s) }
            { charts.1.at(props.t_s) }
        </>
    }
}

fn table(lang: Lang, rows: &[recording::Row]) -> Html {
    let col = |id: &str| t0(lang, id);
    html! {
        <table class="replay-table" data-testid="replay-table">
            <caption>{ col("replay-table") }</caption>
            <thead><tr><th scope="col">{ col("replay-col-quantity") }</th><th scope="col">{ "QEMU" }</th>
                <th scope="col">{ col("replay-col-model") }</th><th scope="col">{ col("replay-col-difference") }</th></tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr><th scope="row">{ col(r.id) }</th><td>{ format::in_lang(lang, r.real.clone()) }</td><td>{ format::in_lang(lang, r.model.clone()) }</td><td>{ r.diff_in(lang) }</td></tr>
                }) }
            </tbody>
        </table>
    }
}

/// Two lanes on one time axis: QEMU's passes (ticks) and outage, the model's rounds and
/// downtime, and the playhead.
/// Where a lane's x is, in percent of its width over `0 ..= end`.
fn lane_x(t: f64, end: f64) -> f64 {
    (t / end).clamp(0.0, 1.0) * 100.0
}

fn pc(v: f64) -> String {
    format!("{v:.3}%")
}

/// The lanes' marks: QEMU's passes, the model's rounds and when each had the guest down.
fn lane_marks(l: &Loaded, trace: &Trace, end: f64) -> Html {
    let x = |t: f64| lane_x(t, end);
    let tick = |t: f64, y: f64, colour: &'static str| {
        html! {
            <line x1={pc(x(t))} x2={pc(x(t))} y1={attr_num(y)} y2={attr_num(y + 22.0)} stroke={colour} stroke-width="2" />
        }
    };
    let bar = |a: f64, b: f64, y: f64| {
        let w = (x(b) - x(a)).max(0.4);
        html! { <rect x={pc(x(a))} y={attr_num(y + 24.0)} width={pc(w)} height="6" fill="#b91c1c" /> }
    };
    let model_down = trace
        .phases
        .iter()
        .filter(|p| p.is_down())
        .map(|p| bar(p.start_s, p.end_s, 52.0));
    html! {
        <>
            { for spaced(l.pass_starts.iter().copied(), end, MAX_MARKS).into_iter().map(|t| tick(t, 16.0, REAL)) }
            { for l.outage.map(|(a, b)| bar(a, b, 16.0)) }
            { for spaced(trace.rounds.iter().map(|r| r.start_s), end, MAX_MARKS).into_iter().map(|t| tick(t, 68.0, MODEL)) }
            { for model_down.map(|h| html! { <g transform="translate(0 -2)">{ h }</g> }) }
        </>
    }
}

fn lanes(lang: Lang, l: &Loaded, trace: &Trace, marks: &Html, t_s: f64, end: f64) -> Html {
    let x = |t: f64| lane_x(t, end);
    let passes = [
        ("real", l.pass_starts.len().into()),
        ("model", trace.rounds.len().into()),
    ];
    html! {
        <figure class="replay-lanes">
            <svg width="100%" height="92" role="img" data-testid="replay-lanes"
                aria-label={t(lang, "replay-lanes", &passes)}>
                <text x="0" y="13" font-size={attr_num(FONT - 2.0)} fill={INK} font-family={FONT_FAMILY}>{ t0(lang, "replay-lane-real") }</text>
                <rect x="0" y="16" width={pc(x(l.end_s))} height="22" fill="#fde7d9" />
                <text x="0" y="65" font-size={attr_num(FONT - 2.0)} fill={INK} font-family={FONT_FAMILY}>{ t0(lang, "replay-lane-model") }</text>
                <rect x="0" y="68" width={pc(x(trace.end_s()))} height="22" fill="#dbeafe" />
                { marks.clone() }
                <line x1={pc(x(t_s))} x2={pc(x(t_s))} y1="14" y2="92" stroke={INK} stroke-width="2" />
            </svg>
            <figcaption>{ t(lang, "replay-lanes-caption", &[("end", format::in_lang(lang, format::duration(end)).into())]) }</figcaption>
        </figure>
    }
}

struct Series<'a> {
    label: &'a str,
    colour: &'a str,
    dash: Option<&'a str>,
    pts: Vec<(f64, f64)>,
}

/// (t, value) of the points that have the value, thinned to at most 600.
fn pick(points: &[Point], f: impl Fn(&Point) -> Option<f64>) -> Vec<(f64, f64)> {
    let step = points.len().div_ceil(600).max(1);
    points
        .iter()
        .step_by(step)
        .filter_map(|p| Some((p.t_s, f(p)?)))
        .collect()
}

const W: f64 = 460.0;
const H: f64 = 300.0;

fn frame() -> PlotArea {
    PlotArea {
        width: W,
        height: H,
        left: 78.0,
        right: 14.0,
        top: 12.0,
        bottom: 76.0,
    }
}

fn legend(f: &PlotArea, series: &[Series]) -> Html {
    let items = series.iter().enumerate().map(|(i, s)| {
        let (col, row) = (i % 2, i / 2);
        let x = 10.0 + col as f64 * (W / 2.0);
        // Under the tick labels, above the axis title.
        let y = f.y0() + 46.0 + row as f64 * 18.0;
        html! {
            <g>
                <line x1={attr_num(x)} x2={attr_num(x + 26.0)} y1={attr_num(y - 5.0)} y2={attr_num(y - 5.0)} stroke={s.colour.to_string()} stroke-width="3"
                    stroke-dasharray={s.dash.map(str::to_string)} />
                <text x={attr_num(x + 32.0)} y={attr_num(y)} font-size={attr_num(FONT - 2.0)} fill={INK}>{ s.label }</text>
            </g>
        }
    });
    html! { <g class="legend">{ for items }</g> }
}

/// A line chart's axes, curves and key, without the playhead ([`LineChart::at`] adds it).
#[derive(PartialEq)]
struct LineChart {
    id: &'static str,
    title: String,
    f: PlotArea,
    xs: Scale,
    end: f64,
    body: Html,
}

fn line_chart(
    (lang, id): (Lang, &'static str),
    title: String,
    unit: Unit,
    end: f64,
    series: &[Series],
) -> LineChart {
    let mut f = frame();
    f.bottom += 18.0 * series.len().div_ceil(2) as f64;
    let max = series
        .iter()
        .flat_map(|s| s.pts.iter().map(|p| p.1))
        .fold(0.0, f64::max)
        .max(1.0);
    let xs = Scale::linear(0.0, end, f.x0(), f.x1());
    let ys = Scale::linear(0.0, max * 1.05, f.y0(), f.y1());
    let lines = series.iter().map(|s| {
        let pts: Vec<(f64, f64)> = s.pts.iter().map(|&(t, v)| (xs.map(t), ys.map(v))).collect();
        svg::polyline(&pts, s.colour, 2.5, s.dash)
    });
    let body = html! {
        <>
            { svg::y_axis(lang, &f, &ys, unit, "", Side::Left, 5) }
            { svg::x_axis(lang, &f, &xs, Unit::Seconds, &t0(lang, "replay-axis-time"), 6) }
            { for lines }
            { legend(&f, series) }
        </>
    };
    LineChart {
        id,
        title,
        f,
        xs,
        end,
        body,
    }
}

impl LineChart {
    /// The chart with the playhead at `t_s`.
    fn at(&self, t_s: f64) -> Html {
        let f = &self.f;
        let px = self.xs.map(t_s.min(self.end));
        html! {
            <figure class="replay-chart">
                <svg viewBox={format!("0 0 {W} {}", f.height)} width="100%" role="img" aria-label={self.title.clone()}
                    data-testid={self.id} font-family={FONT_FAMILY}>
                    { self.body.clone() }
                    <line x1={attr_num(px)} x2={attr_num(px)} y1={attr_num(f.y1())} y2={attr_num(f.y0())} stroke={MUTED} stroke-width="1.5" />
                </svg>
                <figcaption>{ self.title.clone() }</figcaption>
            </figure>
        }
    }
}

/// Bytes per pass, QEMU's bar beside the model's.
fn pass_chart(lang: Lang, all: &[migration_model::replay::PassPair]) -> Html {
    // A recording of thousands of passes shows MAX_MARKS of them, evenly chosen.
    let shown: Vec<(usize, &migration_model::replay::PassPair)> = if all.len() <= MAX_MARKS {
        all.iter().enumerate().collect()
    } else {
        (0..MAX_MARKS)
            .map(|j| j * all.len() / MAX_MARKS)
            .map(|i| (i, &all[i]))
            .collect()
    };
    let passes: Vec<&migration_model::replay::PassPair> = shown.iter().map(|&(_, p)| p).collect();
    let numbers: Vec<usize> = shown.iter().map(|&(i, _)| i + 1).collect();
    let mut f = frame();
    f.bottom += 18.0;
    let count = passes.len().max(1);
    let max = passes
        .iter()
        .flat_map(|p| [p.real.as_ref(), p.model.as_ref()])
        .flatten()
        .map(|p| p.bytes_sent)
        .fold(0.0, f64::max)
        .max(1.0);
    let ys = Scale::log(max / 1e4, max * 1.2, f.y0(), f.y1());
    let slot = f.plot_width() / count as f64;
    let bar_w = (slot * 0.38).min(22.0);
    // Every pass gets its bar, as the table counts it: one that sent (next to) nothing
    // stands at the foot of the log scale.
    let floor = max / 1e4;
    let bar = |i: usize, k: f64, v: Option<f64>, colour: &'static str| {
        let Some(v) = v else {
            return Html::default();
        };
        let x = f.x0() + slot * (i as f64 + 0.5) + k * bar_w;
        let y = ys.map(v.max(floor)).min(f.y0() - 2.0);
        html! { <rect x={attr_num(x - bar_w / 2.0)} y={attr_num(y)} width={attr_num(bar_w)} height={attr_num((f.y0() - y).max(1.0))} fill={colour}>
            <title>{ t(lang, "replay-pass-title", &[("n", numbers[i].into()), ("bytes", format::in_lang(lang, format::bytes(v)).into())]) }</title>
        </rect> }
    };
    let bars = passes.iter().enumerate().map(|(i, p)| {
        html! {
            <g>
                { bar(i, -0.5, p.real.as_ref().map(|p| p.bytes_sent), REAL) }
                { bar(i, 0.5, p.model.as_ref().map(|p| p.bytes_sent), MODEL) }
            </g>
        }
    });
    let labels = (0..count).filter(|i| count <= 12 || i % (count / 8).max(1) == 0).map(|i| {
        let x = f.x0() + slot * (i as f64 + 0.5);
        html! { <text x={attr_num(x)} y={attr_num(f.y0() + 8.0 + FONT)} text-anchor="middle" font-size={attr_num(FONT)} fill={INK}>{ numbers[i] }</text> }
    });
    let (real_pass, model_round) = (t0(lang, "replay-qemu-pass"), t0(lang, "replay-model-round"));
    let series = [
        Series {
            label: &real_pass,
            colour: REAL,
            dash: None,
            pts: Vec::new(),
        },
        Series {
            label: &model_round,
            colour: MODEL,
            dash: None,
            pts: Vec::new(),
        },
    ];
    html! {
        <figure class="replay-chart">
            <svg viewBox={format!("0 0 {W} {}", f.height)} width="100%" role="img" aria-label={t0(lang, "replay-passes-label")}
                data-testid="replay-passes" font-family={FONT_FAMILY}>
                { svg::y_axis(lang, &f, &ys, Unit::Bytes, "", Side::Left, 5) }
                <line x1={attr_num(f.x0())} x2={attr_num(f.x1())} y1={attr_num(f.y0())} y2={attr_num(f.y0())} stroke={INK} stroke-width="1.5" />
                { for bars }
                { for labels }
                <text x={attr_num((f.x0() + f.x1()) / 2.0)} y={attr_num(f.height - 6.0)} text-anchor="middle" font-size={attr_num(FONT)} font-weight="600" fill={INK}>{ t0(lang, "replay-axis-pass") }</text>
                { legend(&f, &series) }
            </svg>
            <figcaption>{ t0(lang, "replay-passes-caption") }</figcaption>
        </figure>
    }
}
