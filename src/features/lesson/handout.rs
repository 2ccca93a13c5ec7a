//! The printed handout of a lesson: its title; each step's title, paragraph (numbers
//! from the step's run, `migration_model::lesson::print`) and a small picture of that
//! run (source and destination memory at the step's moment, and the phases on a time
//! bar); the questions with room to answer; the answers on a last page. It is rendered
//! into `<body>` beside the app and shown only in print (`styles/print.css` hides
//! the app there), then the browser's print dialog opens.

use crate::draw::canvas::Palette;
use crate::picture::frame::{Frame, Paint, GRID_COLS, GRID_ROWS};
use crate::picture::labels::phase_style;
use migration_model::lesson::print::{self, HandoutStep, Question};
use migration_model::lesson::{EvacRun, Lesson};
use migration_model::{Params, Trace};
use std::fmt::Write as _;
use std::rc::Rc;
use yew::prelude::*;

/// A cell of the picture's grids, in SVG units.
const CELL: f64 = 4.0;
const GAP: f64 = 16.0;
const GRID_W: f64 = GRID_COLS as f64 * CELL;
const GRID_H: f64 = GRID_ROWS as f64 * CELL;
const WIDTH: f64 = 2.0 * GRID_W + GAP;
/// Room for the hosts' names above the grids, and the time bar under them.
const TOP: f64 = 11.0;
const BAR_Y: f64 = TOP + GRID_H + 6.0;
const BAR_H: f64 = 8.0;
const HEIGHT: f64 = BAR_Y + BAR_H + 4.0;

/// A step's picture as SVG markup: the source's and the destination's memory at `t_s`
/// (the stage's colours), and the run's phases on a bar with a line at `t_s`. Made of
/// numbers and fixed words only (no lesson text), so it is safe as markup. A row of
/// cells of one colour is one rectangle, and phases narrower than a unit share one, so
/// the size is bounded by the picture, not by the run's length.
pub fn picture_svg(trace: &Trace, params: &Params, t_s: f64) -> String {
    let frame = Frame::at(trace, params, t_s.min(trace.end_s()));
    let palette = Palette::LIGHT;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" class="handout-picture" role="img" aria-label="Memory and phases at this step"><rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>"##
    );
    for (h, (name, cells)) in [
        ("Source", &frame.source),
        ("Destination", &frame.destination),
    ]
    .into_iter()
    .enumerate()
    {
        let x0 = h as f64 * (GRID_W + GAP);
        let _ = write!(
            svg,
            r##"<text x="{x0}" y="8" font-size="8" fill="#111">{name}</text>"##
        );
        for (row, line) in cells.chunks(GRID_COLS).enumerate() {
            let mut i = 0;
            while i < line.len() {
                let run = line[i..].iter().take_while(|&&p| p == line[i]).count();
                let _ = write!(
                    svg,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
                    x0 + i as f64 * CELL,
                    TOP + row as f64 * CELL,
                    run as f64 * CELL - 0.6,
                    CELL - 0.6,
                    palette.paint(line[i])
                );
                i += run;
            }
        }
    }
    time_bar(&mut svg, trace, t_s);
    svg.push_str("</svg>");
    svg
}

/// The run's phases across the picture's width, and a line at `t_s`.
fn time_bar(svg: &mut String, trace: &Trace, t_s: f64) {
    let end = trace.end_s().max(1e-9);
    phases(svg, trace, 0.0, end, 0.0, BAR_Y);
    at_line(svg, t_s / end, BAR_Y - 3.0, BAR_H + 6.0);
}

/// A run's phases on a bar at `y`, from `left` to the picture's right edge, the run
/// starting at `from_s` on a clock that ends at `end_s`.
fn phases(svg: &mut String, trace: &Trace, from_s: f64, end_s: f64, left: f64, y: f64) {
    let x = |t: f64| left + ((from_s + t) / end_s).clamp(0.0, 1.0) * (WIDTH - left);
    let mut drawn_to = x(0.0);
    for p in &trace.phases {
        let (x0, x1) = (x(p.start_s).max(drawn_to), x(p.end_s));
        // Phases within one unit already drawn share its rectangle.
        if x1 - x0 < 1.0 && x1 < WIDTH {
            continue;
        }
        let _ = write!(
            svg,
            r#"<rect x="{x0:.2}" y="{y}" width="{:.2}" height="{BAR_H}" fill="{}"/>"#,
            (x1 - x0).max(0.5),
            phase_style(&p.kind).0
        );
        drawn_to = x1;
    }
}

/// A line across the bars at `share` of the width.
fn at_line(svg: &mut String, share: f64, y: f64, h: f64) {
    let at = share.clamp(0.0, 1.0) * WIDTH;
    let _ = write!(
        svg,
        r##"<rect x="{:.2}" y="{y}" width="1.5" height="{h}" fill="#111"/>"##,
        (at - 0.75).clamp(0.0, WIDTH - 1.5)
    );
}

/// An evacuation step's picture: a bar per VM (numbered, not named: the names are the
/// lesson's text), its phases from its start to its end on the evacuation's clock, and
/// a line at `t_s`.
pub fn evacuation_svg(run: &EvacRun, t_s: f64) -> String {
    const LEFT: f64 = 24.0;
    const ROW: f64 = BAR_H + 4.0;
    let e = &run.result;
    let end = e.evacuation_time_s.max(1e-9);
    let height = 4.0 + e.vms.len() as f64 * ROW;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" class="handout-picture" role="img" aria-label="Each VM's migration at this step"><rect width="{WIDTH}" height="{height}" fill="#fff"/>"##
    );
    for (i, vm) in e.vms.iter().enumerate() {
        let y = 2.0 + i as f64 * ROW;
        let _ = write!(
            svg,
            r##"<text x="0" y="{}" font-size="7" fill="#111">VM {}</text>"##,
            y + BAR_H - 1.0,
            i + 1
        );
        phases(&mut svg, &vm.trace, vm.start_s, end, LEFT, y);
    }
    at_line(&mut svg, t_s / end, 0.0, height);
    svg.push_str("</svg>");
    svg
}

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub lesson: Rc<Lesson>,
    /// How many times printing was asked for: each new count opens the print dialog.
    pub prints: u32,
}

/// The handout, in `<body>` beside the app (shown in print only), and the print dialog
/// each time `prints` changes.
#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let lesson = props.lesson.clone();
    let made = use_memo(Rc::as_ptr(&props.lesson) as usize, move |_| {
        let handout = print::handout(&lesson);
        let pictures: Vec<String> = lesson
            .steps
            .iter()
            .zip(&handout.steps)
            .map(|(s, h)| match s.evacuation() {
                Some(e) => evacuation_svg(&e, h.t_s),
                None => picture_svg(&s.run(), &s.params, h.t_s),
            })
            .collect();
        (handout, pictures)
    });
    use_effect_with(props.prints, |_| {
        if let Some(w) = web_sys::window() {
            // A browser without a print dialog (or one the user closed) is no error.
            let _ = w.print();
        }
    });
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return Html::default();
    };
    let (handout, pictures) = (&made.0, &made.1);
    let page = html! {
        <div class="handout" data-testid="handout">
            <h1 class="handout-title">{ handout.title.clone() }</h1>
            <p class="handout-meta">
                { crate::i18n::t(handout.lang, "lesson-handout-meta", &[("n", handout.steps.len().into())]) }
            </p>
            { key(handout.lang) }
            { for handout.steps.iter().zip(pictures).map(|(s, svg)| step(handout, s, svg)) }
            <section class="handout-answers" data-testid="handout-answers">
                <h2>{ print::word(handout, "answers") }</h2>
                if print::answered(handout).next().is_none() {
                    <p>{ print::word(handout, "no-questions") }</p>
                }
                <ol>
                    { for print::answered(handout).map(|(s, q)| html! {
                        <li value={s.number.to_string()}>
                            <strong>{ format!("{}: {}.", s.title, q.answer) }</strong>{ " " }{ q.why.clone() }
                        </li>
                    }) }
                </ol>
            </section>
        </div>
    };
    create_portal(page, body.into())
}

/// How to read the pictures: the hosts, the cells' colours (the stage's legend), the bar.
fn key(lang: crate::i18n::Lang) -> Html {
    let palette = Palette::LIGHT;
    html! {
        <p class="handout-key" data-testid="handout-key">
            { crate::i18n::t0(lang, "lesson-handout-key") }{ " " }
            { for Paint::LEGEND.iter().map(|(p, name)| html! {
                <span class="handout-swatch">
                    // A presentation attribute, not a style (the page's CSP allows no inline style).
                    <svg class="handout-chip" viewBox="0 0 8 8" aria-hidden="true">
                        <rect width="8" height="8" fill={palette.paint(*p)} stroke="#555" stroke-width="0.8" />
                    </svg>
                    { *name }
                </span>
            }) }
        </p>
    }
}

fn step(h: &print::Handout, s: &HandoutStep, svg: &str) -> Html {
    html! {
        <section class="handout-step" data-testid="handout-step">
            <h2>{ format!("{}. {}", s.number, s.title) }</h2>
            <div class="handout-figure">{ Html::from_html_unchecked(AttrValue::from(svg.to_string())) }</div>
            <p class="handout-text">
                { for s.text.iter().map(|w| if w.strong {
                    html! { <strong>{ w.text.clone() }</strong> }
                } else {
                    html! { { w.text.clone() } }
                }) }
            </p>
            if let Some(q) = &s.question {
                { question(h, q) }
            }
        </section>
    }
}

fn question(h: &print::Handout, q: &Question) -> Html {
    html! {
        <div class="handout-question">
            <p><strong>{ print::word(h, "question") }</strong>{ " " }{ q.prompt.clone() }</p>
            if q.choices.is_empty() {
                <p class="handout-blank">{ print::word(h, "your-answer") }{ " " }<span class="handout-line"></span>{ format!(" {}", q.unit) }</p>
            } else {
                <p class="handout-choices">
                    { for q.choices.iter().map(|c| html! { <span class="handout-choice">{ "☐ " }{ c.clone() }</span> }) }
                </p>
            }
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_picture_is_two_grids_and_a_time_bar_bounded_by_its_size() {
        let lesson = migration_model::lesson::built_in("precopy").expect("built in");
        for s in &lesson.steps {
            let trace = s.run();
            let t = s.at.resolve(&trace).expect("checked when read");
            let svg = picture_svg(&trace, &s.params, t);
            assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
            assert!(svg.contains(">Source</text>") && svg.contains(">Destination</text>"));
            // At most one rectangle per cell, per unit of the bar, and the background.
            let rects = svg.matches("<rect ").count();
            assert!(
                rects <= 2 * GRID_COLS * GRID_ROWS + WIDTH as usize + 2,
                "{rects}"
            );
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        }
        // A run of 10 000 rounds draws no more than the picture holds.
        let p = Params {
            dirty_rate_bytes_per_s: 124e6,
            time_limit_s: 7200.0,
            ..Params::default()
        };
        let trace = migration_model::simulate(&p).expect("valid");
        assert!(trace.phases.len() > 300, "{}", trace.phases.len());
        let svg = picture_svg(&trace, &p, trace.end_s() / 2.0);
        let rects = svg.matches("<rect ").count();
        assert!(
            rects <= 2 * GRID_COLS * GRID_ROWS + WIDTH as usize + 2,
            "{rects}"
        );
    }

    #[test]
    fn the_picture_changes_with_the_moment() {
        let p = Params::default();
        let trace = migration_model::simulate(&p).expect("valid");
        let early = picture_svg(&trace, &p, 0.0);
        let late = picture_svg(&trace, &p, trace.end_s());
        assert_ne!(early, late);
    }

    #[test]
    fn an_evacuation_step_draws_a_numbered_bar_per_vm_and_no_name() {
        let lesson = migration_model::lesson::built_in("evacuation").expect("built in");
        let mut drawn = 0;
        for s in &lesson.steps {
            let Some(e) = s.evacuation() else { continue };
            let t =
                s.at.resolve_evacuation(&e.result)
                    .expect("checked when read");
            let svg = evacuation_svg(&e, t);
            assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
            assert_eq!(svg.matches("<text ").count(), e.vms.len());
            assert!(
                svg.contains(">VM 1</text>") && !svg.contains("busy"),
                "{svg}"
            );
            assert!(svg.matches("<rect ").count() <= e.vms.len() * WIDTH as usize + 2);
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
            drawn += 1;
        }
        assert!(drawn >= 6, "{drawn} evacuation steps");
    }
}
