//! The rows' pictures on one playhead: each run's source and destination memory as small
//! grids, side by side (stacked on a phone), all at the same moment, so a difference is
//! seen rather than computed. The playhead is the view's own (play, pause, a slider over
//! the longest run); each grid is the main view's picture at that moment
//! (`picture::frame::Frame::at`), drawn on a small canvas after each render.

use super::rows::Row;
use crate::app::run::Ptr;
use crate::draw::canvas::Palette;
use crate::i18n::{t as tr, t0, use_lang, Lang};
use crate::picture::format;
use crate::picture::frame::{Frame, GRID_COLS, GRID_ROWS};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::{HtmlCanvasElement, HtmlInputElement};
use yew::prelude::*;

/// One cell, px (a 1 px gap inside).
const CELL: f64 = 4.0;
/// Between the source's grid and the destination's.
const GAP: f64 = 12.0;
const GRID_W: f64 = GRID_COLS as f64 * CELL;
const WIDTH: f64 = 2.0 * GRID_W + GAP;
const HEIGHT: f64 = GRID_ROWS as f64 * CELL;
/// Real seconds the longest run takes to play through.
const PLAY_S: f64 = 20.0;

#[derive(Properties, PartialEq)]
pub struct GridsProps {
    pub rows: Ptr<Vec<Row>>,
    /// Opens a row's run in the main view at this moment.
    pub onopen: Callback<(migration_model::Params, f64)>,
}

fn draw(canvas: &HtmlCanvasElement, row: &Row, t: f64) {
    let Ok((params, trace)) = row.run.as_ref() else {
        return;
    };
    let Some(ctx) = crate::draw::canvas::context_2d(canvas) else {
        return;
    };
    let frame = Frame::at(trace, params, t.min(trace.end_s()));
    let palette = Palette::LIGHT;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, WIDTH, HEIGHT);
    for (h, cells) in [&frame.source, &frame.destination].into_iter().enumerate() {
        let x0 = h as f64 * (GRID_W + GAP);
        for (i, &paint) in cells.iter().enumerate() {
            ctx.set_fill_style_str(palette.paint(paint));
            let (x, y) = ((i % GRID_COLS) as f64, (i / GRID_COLS) as f64);
            ctx.fill_rect(x0 + x * CELL, y * CELL, CELL - 1.0, CELL - 1.0);
        }
    }
}

/// What a row's run is doing at `t`, in words: its phase, or how it ended.
fn doing(lang: Lang, row: &Row, t: f64) -> String {
    match row.trace() {
        Some(run) if t >= run.end_s() => tr(
            lang,
            "compare-grid-ended",
            &[
                (
                    "t",
                    format::in_lang(lang, format::duration(run.end_s())).into(),
                ),
                (
                    "outcome",
                    t0(
                        lang,
                        crate::picture::labels::outcome_id(run.metrics.outcome),
                    )
                    .into(),
                ),
            ],
        ),
        Some(run) => run.phase_at(t).map_or(String::new(), |p| {
            crate::picture::labels::phase_label(lang, &p.kind)
        }),
        None => t0(lang, "compare-grid-cannot-run"),
    }
}

/// Plays the shared playhead: one step per animation frame until the end.
#[hook]
fn use_play(
    playing: UseStateHandle<bool>,
    t: Rc<RefCell<f64>>,
    end: f64,
    redraw: UseForceUpdateHandle,
) {
    use gloo_render::{request_animation_frame, AnimationFrame};
    type Slot = Rc<RefCell<Option<AnimationFrame>>>;

    fn schedule(slot: Slot, last: Rc<Cell<Option<f64>>>, step: Rc<dyn Fn(f64) -> bool>) {
        let again = slot.clone();
        let frame = request_animation_frame(move |now_ms| {
            let dt = last
                .get()
                .map_or(0.0, |p| ((now_ms - p) / 1000.0).clamp(0.0, 0.1));
            last.set(Some(now_ms));
            if step(dt) {
                schedule(again, last, step);
            }
        });
        *slot.borrow_mut() = Some(frame);
    }

    let on = *playing;
    use_effect_with((on, end.to_bits()), move |_| {
        let slot: Slot = Rc::new(RefCell::new(None));
        if on {
            let step: Rc<dyn Fn(f64) -> bool> = Rc::new(move |dt| {
                let mut now = t.borrow_mut();
                *now = (*now + dt * end / PLAY_S).min(end);
                let more = *now < end;
                drop(now);
                redraw.force_update();
                if !more {
                    playing.set(false);
                }
                more
            });
            schedule(slot.clone(), Rc::new(Cell::new(None)), step);
        }
        move || {
            slot.borrow_mut().take();
        }
    });
}

#[component]
pub fn CompareGrids(props: &GridsProps) -> Html {
    let lang = use_lang();
    let rows = props.rows.clone();
    let t = use_mut_ref(|| 0.0f64);
    let playing = use_state(|| false);
    let redraw = use_force_update();
    let end = rows
        .iter()
        .filter_map(|r| r.trace().map(|t| t.end_s()))
        .fold(0.0f64, f64::max);
    let refs = use_memo(rows.len(), |n| {
        (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    {
        let (refs, rows, t) = (refs.clone(), rows.clone(), t.clone());
        use_effect(move || {
            let now = *t.borrow();
            for (r, row) in refs.iter().zip(rows.iter()) {
                if let Some(c) = r.cast::<HtmlCanvasElement>() {
                    draw(&c, row, now);
                }
            }
        });
    }
    use_play(playing.clone(), t.clone(), end, redraw.clone());
    let now = (*t.borrow()).min(end);
    let toggle = {
        let (playing, t) = (playing.clone(), t.clone());
        Callback::from(move |_: MouseEvent| {
            if !*playing && *t.borrow() >= end {
                *t.borrow_mut() = 0.0;
            }
            playing.set(!*playing);
        })
    };
    let onseek = {
        let (t, redraw) = (t.clone(), redraw.clone());
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number();
            if v.is_finite() {
                *t.borrow_mut() = v.clamp(0.0, end);
                redraw.force_update();
            }
        })
    };
    let figures = rows.iter().zip(refs.iter()).map(|(row, r)| {
        let open = row.run.as_ref().ok().map(|(p, _)| {
            let (p, t) = (p.clone(), t.clone());
            props
                .onopen
                .reform(move |_: MouseEvent| ((*p).clone(), *t.borrow()))
        });
        let name = row.name(lang);
        html! {
            <figure class="compare-grid-row" data-testid={format!("compare-grid-{}", row.value)}
                title={tr(lang, "compare-grid-open", &[("name", name.as_str().into())])} onclick={open}>
                <figcaption><strong>{ name.clone() }</strong>{ " · " }<span data-testid="compare-grid-doing">{ doing(lang, row, now) }</span></figcaption>
                <canvas ref={r.clone()} width={WIDTH.to_string()} height={HEIGHT.to_string()} role="img"
                    aria-label={tr(lang, "compare-grid-memory", &[("name", name.as_str().into()), ("t", format::in_lang(lang, format::duration(now)).into())])} />
            </figure>
        }
    });
    html! {
        <section class="panel compare-grids" aria-labelledby="compare-grids-heading" data-testid="compare-grids">
            <h2 id="compare-grids-heading">{ t0(lang, "compare-grids-heading") }
                <span class="hint">{ " — " }{ t0(lang, "compare-grids-hint") }</span></h2>
            <div class="compare-grids-bar">
                <button type="button" data-testid="compare-grids-play" onclick={toggle}>
                    { t0(lang, if *playing { "transport-pause" } else { "compare-grids-play" }) }
                </button>
                <input type="range" min="0" max={end.to_string()} step="any" value={now.to_string()}
                    oninput={onseek} aria-label={t0(lang, "compare-grids-moment")} data-testid="compare-grids-time" />
                <span class="compare-grids-now" data-testid="compare-grids-now">{ tr(lang, "compare-grids-now", &[("t", format::in_lang(lang, format::duration(now)).into()), ("end", format::in_lang(lang, format::duration(end)).into())]) }</span>
            </div>
            <div class="compare-grids-list">{ for figures }</div>
        </section>
    }
}
