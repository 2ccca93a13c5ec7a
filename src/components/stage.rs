//! The stage: two hosts and the link, painted on a canvas from the frame at t. The
//! picture's layout follows its box: the default landscape picture scaled to fit, larger
//! type in presentation mode, the hosts stacked on a phone (`render::Layout::fit`).

use crate::draw::canvas::{self, Layout, Palette};
use crate::i18n::{t, t0, use_lang};
use crate::picture::frame::{Frame, Paint, CELLS, GRID_COLS};
use crate::picture::{cell_story, format};
use migration_model::{Params, Trace};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StageProps {
    /// What to paint.
    pub frame: Rc<Frame>,
    /// Bytes sent so far: pages on the link move with them.
    pub bytes_moved: f64,
    /// Text alternative: what the picture shows now.
    pub description: AttrValue,
    /// The theme's colours.
    #[prop_or_default]
    pub palette: Palette,
    /// Presentation mode: type sized for the back row.
    #[prop_or_default]
    pub presenting: bool,
    /// The run and its parameters: with them, a click (or the arrow keys on the focused
    /// picture) on a cell tells that page's life (`crate::picture::cell_story`).
    #[prop_or_default]
    pub run: Option<(crate::app::run::Ptr<Trace>, crate::app::run::Ptr<Params>)>,
    /// Cells a lesson's paragraph is about (its "dirty pages", "pages in flight"): the
    /// others are dimmed while the reader points at the words.
    #[prop_or_default]
    pub spotlight: Option<Paint>,
}

/// The width of `node` in CSS pixels, kept up to date by a `ResizeObserver`. Until it is
/// measured, the prerendered first screen's stage gives the width (`page::remember_prerender`), so the app's first frame already has the picture's final
/// size and nothing below it moves (Lighthouse's layout shift on a phone); 0 without it.
#[hook]
fn use_width(node: NodeRef) -> f64 {
    let width = use_state(crate::app::page::prerendered_stage_width);
    let set = width.clone();
    use_resize_observer(node, true, move |el| {
        let w = el.client_width() as f64;
        if w > 0.0 {
            set.set(w);
        }
    });
    *width
}

/// Calls `on_resize` with the element behind `node` whenever its size changes (a
/// `ResizeObserver`, disconnected when the component goes away); also once when the
/// component mounts if `at_once` (the stage measures before the first paint; the
/// embed waits for the observer's own first call). Set up once: `node` and `on_resize`
/// are those of the first render.
#[hook]
pub fn use_resize_observer<F>(node: NodeRef, at_once: bool, on_resize: F)
where
    F: Fn(&web_sys::Element) + 'static,
{
    use_effect_with((), move |_| {
        let el = node.cast::<web_sys::Element>();
        let call = {
            let el = el.clone();
            move || {
                if let Some(el) = &el {
                    on_resize(el);
                }
            }
        };
        if at_once {
            call();
        }
        let cb = Closure::<dyn Fn()>::new(call);
        let observer = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok();
        if let (Some(o), Some(el)) = (&observer, &el) {
            o.observe(el);
        }
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
            drop(cb);
        }
    });
}

#[component]
pub fn Stage(props: &StageProps) -> Html {
    let canvas = use_node_ref();
    let boxed = use_node_ref();
    let width = use_width(boxed.clone());
    let layout = Layout::fit(width, props.presenting);
    let selected = use_state(|| None::<usize>);
    let lang = crate::i18n::use_lang();
    {
        let canvas = canvas.clone();
        let deps = (
            props.frame.clone(),
            props.bytes_moved,
            props.palette,
            layout,
            (*selected, props.spotlight, lang),
        );
        use_effect_with(deps, move |(frame, bytes_moved, palette, layout, marks)| {
            if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                paint(&el, frame, *bytes_moved, palette, layout, *marks);
            }
        });
    }
    let fitted = layout != Layout::default();
    let (onclick, onkeydown, life) = page_life_parts(props, &canvas, layout, selected.clone());
    html! {
        <div class={classes!("stage", layout.stacked.then_some("stacked"))} ref={boxed}>
            <canvas
                ref={canvas}
                class={fitted.then_some("fitted")}
                data-testid="stage-canvas"
                data-layout={if layout.stacked { "stacked" } else if fitted { "large" } else { "default" }}
                data-logical-width={layout.width.to_string()}
                data-text-scale={format!("{:.3}", layout.text)}
                data-selected-cell={selected.map(|c| c.to_string())}
                data-spotlight={props.spotlight.map(Paint::name)}
                role="img"
                tabindex={props.run.is_some().then_some("0")}
                aria-label={props.description.clone()}
                aria-keyshortcuts={props.run.is_some().then_some("ArrowLeft ArrowRight ArrowUp ArrowDown Escape")}
                width={layout.width.to_string()}
                height={layout.height.to_string()}
                {onclick}
                {onkeydown}
            />
            { life }
        </div>
    }
}

/// A page's life: the click and key handlers on the picture, and the panel telling the
/// selected cell's story.
fn page_life_parts(
    props: &StageProps,
    canvas: &NodeRef,
    layout: Layout,
    selected: UseStateHandle<Option<usize>>,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>, Html) {
    let Some((trace, params)) = props.run.clone() else {
        return (Callback::noop(), Callback::noop(), html! {});
    };
    let onclick = {
        let (canvas, selected) = (canvas.clone(), selected.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(el) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            let shown = el.client_width() as f64;
            if shown <= 0.0 {
                return;
            }
            // The default picture is scaled by the style sheet: back to logical pixels.
            let k = layout.width / shown;
            let cell = layout.cell_at(e.offset_x() as f64 * k, e.offset_y() as f64 * k);
            if cell.is_some() {
                selected.set(cell);
            }
        })
    };
    let onkeydown = {
        let selected = selected.clone();
        Callback::from(move |e: KeyboardEvent| {
            let cur = (*selected).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => Some(Some((cur + 1).min(CELLS - 1))),
                "ArrowLeft" => Some(Some(cur.saturating_sub(1))),
                "ArrowDown" => Some(Some((cur + GRID_COLS).min(CELLS - 1))),
                "ArrowUp" => Some(Some(cur.saturating_sub(GRID_COLS))),
                "Escape" if selected.is_some() => Some(None),
                _ => None,
            };
            if let Some(n) = next {
                // The picture has the keys while it has focus (as a slider does).
                e.prevent_default();
                e.stop_propagation();
                selected.set(n);
            }
        })
    };
    let life = match *selected {
        Some(cell) => html! {
            <PageLife {trace} {params} {cell} onclose={Callback::from(move |_| selected.set(None))} />
        },
        None => html! {},
    };
    (onclick, onkeydown, life)
}

#[derive(Properties, PartialEq)]
struct PageLifeProps {
    trace: crate::app::run::Ptr<Trace>,
    params: crate::app::run::Ptr<Params>,
    cell: usize,
    onclose: Callback<()>,
}

/// Works out one slice of a cell's story, shows it, and schedules the next on a timer
/// (the page paints in between) until the story is complete or the cell changes.
fn story_slice(
    mut s: cell_story::Story,
    trace: crate::app::run::Ptr<Trace>,
    params: crate::app::run::Ptr<Params>,
    shown: UseStateHandle<Option<Rc<cell_story::Story>>>,
    cancelled: Rc<std::cell::Cell<bool>>,
) {
    if cancelled.get() {
        return;
    }
    let started = js_sys::Date::now();
    let mut done = false;
    while !done && js_sys::Date::now() - started < SLICE_MS {
        done = s.advance(&trace, &params, 8);
    }
    shown.set(Some(Rc::new(s.clone())));
    if !done {
        gloo_timers::callback::Timeout::new(0, move || {
            story_slice(s, trace, params, shown, cancelled)
        })
        .forget();
    }
}

/// How long one slice of a cell's story may hold the page, ms.
const SLICE_MS: f64 = 30.0;

/// The selected cell's story, worked out once per cell and run in slices of about
/// [`SLICE_MS`] that give the page back in between (a long run's story takes seconds).
#[component]
fn PageLife(props: &PageLifeProps) -> Html {
    let story = use_state(|| None::<Rc<cell_story::Story>>);
    {
        let story = story.clone();
        use_effect_with(
            (props.trace.clone(), props.params.clone(), props.cell),
            move |(trace, params, cell)| {
                let cancelled = Rc::new(std::cell::Cell::new(false));
                let flag = cancelled.clone();
                let (trace, params, cell) = (trace.clone(), params.clone(), *cell);
                story.set(None);
                let s = cell_story::Story::new(&trace, cell);
                story_slice(s, trace, params, story, flag);
                move || cancelled.set(true)
            },
        );
    }
    let (steps, working) = match &*story {
        Some(s) if s.progress() >= 1.0 => (s.steps.clone(), None),
        Some(s) => (s.steps.clone(), Some(s.progress())),
        None => (Vec::new(), Some(0.0)),
    };
    let cut_short = story.as_ref().is_some_and(|s| s.cut_short);
    let cell_bytes = props.params.memory_bytes as f64 / CELLS as f64;
    let page = props.params.page_size_bytes.max(1) as f64;
    let first = (props.cell as f64 * cell_bytes / page).floor();
    let last = (((props.cell + 1) as f64 * cell_bytes / page).ceil() - 1.0).max(first);
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let lang = use_lang();
    let title = t(
        lang,
        "picture-life-title",
        &[
            ("cell", (props.cell + 1).to_string().into()),
            ("cells", CELLS.to_string().into()),
            ("first", grouped(first).into()),
            ("last", grouped(last).into()),
            ("size", format::bytes(cell_bytes).into()),
        ],
    );
    html! {
        <section class="page-life" aria-label={t0(lang, "picture-life")} data-testid="page-life">
            <div class="page-life-head">
                <h3 aria-live="polite">{ format::in_lang(lang, title) }</h3>
                <button type="button" class="icon" aria-label={t0(lang, "picture-life-close")} onclick={onclose}
                    data-testid="page-life-close">{ "×" }</button>
            </div>
            <ol>
                { for steps.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <span class="page-life-t">{ format::in_lang(lang, format::duration(s.t_s)) }</span>
                        { cell_story::describe(i.checked_sub(1).and_then(|j| steps.get(j)), s, lang) }
                    </li>
                }) }
            </ol>
            if let Some(p) = working {
                <p class="page-life-working" role="status">
                    { t(lang, "picture-life-working", &[("share", format!("{:.0}", p * 100.0).into())]) }
                </p>
            }
            if cut_short {
                <p class="page-life-more">
                    { t(lang, "picture-life-more", &[("n", cell_story::MAX_STEPS.into())]) }
                </p>
            }
        </section>
    }
}

fn paint(
    el: &HtmlCanvasElement,
    frame: &Frame,
    bytes_moved: f64,
    palette: &Palette,
    layout: &Layout,
    (selected, spotlight, lang): (Option<usize>, Option<Paint>, crate::i18n::Lang),
) {
    let dpr = crate::app::page::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0);
    let (w, h) = (
        (layout.width * dpr).round() as u32,
        (layout.height * dpr).round() as u32,
    );
    if el.width() != w || el.height() != h {
        el.set_width(w);
        el.set_height(h);
    }
    // The default picture scales with its box (the style sheet); a fitted one is drawn
    // at one logical pixel per CSS pixel. Set through CSSOM: a strict CSP blocks style
    // attributes.
    let style = el.style();
    if *layout == Layout::default() {
        let _ = style.remove_property("width");
        let _ = style.remove_property("height");
        let _ = style.remove_property("aspect-ratio");
    } else {
        let _ = style.set_property("width", &format!("{}px", layout.width));
        let _ = style.set_property("height", &format!("{}px", layout.height));
        let _ = style.set_property("aspect-ratio", "auto");
    }
    let Some(ctx) = crate::draw::canvas::context_2d(el) else {
        return;
    };
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    let headers = canvas::draw(&ctx, frame, layout, bytes_moved, palette, lang);
    let _ = el.set_attribute("data-headers", &headers);
    if let Some(p) = spotlight {
        layout.spotlight(&ctx, frame, p, palette);
    }
    if let Some(cell) = selected {
        layout.outline_cell(&ctx, cell, palette.ink);
    }
}

/// A count with thin groups of three digits: 1 048 576.
fn grouped(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(ch);
    }
    out
}
