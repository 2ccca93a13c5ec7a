//! The compare view's time axis: every row's phases on one axis, the VM's downtime in
//! red under them, and the moments where the rows fork (a fault or a change some runs
//! have) marked with a labelled line.

use super::rows::Row;
use crate::draw::charts::scale::{Scale, Unit};
use crate::draw::charts::svg::{self, attr_num, label_width, PlotArea, FONT, FONT_FAMILY, INK};
use crate::i18n::{t as tr, Lang};
use crate::picture::format;
use crate::picture::labels::{phase_label, phase_style};
use migration_model::Trace;
use yew::prelude::*;

const ROW_H: f64 = 26.0;

/// Lines a row name may take on the time axis; what still does not fit ends in an
/// ellipsis (the table and the bar's tooltip have it whole).
const NAME_LINES: usize = 3;

/// Width of a character of a row's name, px: bold 15 px text in the widest common
/// system font (DejaVu Sans Bold, Linux's `system-ui`) averages 9 px a character.
const NAME_CHAR_W: f64 = 9.2;

/// Height of one more line of a row's name.
const LINE_H: f64 = 17.0;

/// Room above the rows for the fork labels.
const FORK_TOP: f64 = 26.0;

fn short(label: &str, max: usize) -> String {
    let max = max.max(4);
    if label.chars().count() > max {
        let cut: String = label.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        label.to_string()
    }
}

/// The words of a name, a number kept with its unit ("100 Mbit/s", "40 s").
fn words(label: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in label.split_whitespace() {
        match out.last_mut() {
            Some(prev)
                if prev.ends_with(|c: char| c.is_ascii_digit())
                    && w.starts_with(|c: char| c.is_alphabetic()) =>
            {
                prev.push(' ');
                prev.push_str(w);
            }
            _ => out.push(w.to_string()),
        }
    }
    out
}

/// `words` filled into lines of at most `width` characters (a longer word alone).
fn fill(words: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for w in words {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + w.chars().count() <= width => {
                l.push(' ');
                l.push_str(w);
            }
            _ => lines.push(w.clone()),
        }
    }
    lines
}

/// A row's name on the time axis: lines of at most `max` characters, broken between
/// words and as even as that many lines allow ("bandwidth 100 Mbit/s" / "from 40 s"),
/// at most [`NAME_LINES`], the last ending in an ellipsis if the name is longer still.
pub fn name_lines(label: &str, max: usize) -> Vec<String> {
    let max = max.max(4);
    let words = words(label);
    let at_max = fill(&words, max);
    let n = at_max.len().min(NAME_LINES);
    let narrowest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let mut lines = (narrowest.min(max)..max)
        .map(|w| fill(&words, w))
        .find(|l| l.len() <= n)
        .unwrap_or(at_max);
    if lines.len() > NAME_LINES {
        let rest = lines.split_off(NAME_LINES - 1).join(" ");
        lines.push(rest);
    }
    lines.iter().map(|l| short(l, max)).collect()
}

/// A fork's mark: the line's x and, where it has room, its label's x, anchor and text.
#[derive(Clone, Debug, PartialEq)]
pub struct ForkMark {
    /// The moment, seconds.
    pub at: f64,
    pub x: f64,
    pub label: Option<(f64, &'static str, String)>,
}

/// Where each fork moment is marked on the plot `f` with the scale `xs`: a line at the
/// moment, labelled "fork at 40 s" above the rows, the label kept inside the plot's
/// columns (never over the row names) and left out where it would touch the one before
/// (the line's tooltip still names the moment).
pub fn fork_marks(lang: Lang, moments: &[f64], xs: &Scale, f: &PlotArea) -> Vec<ForkMark> {
    let mut right_of_last = f64::NEG_INFINITY;
    moments
        .iter()
        .filter(|&&t| xs.contains(t))
        .map(|&t| {
            let x = xs.map(t);
            let text = tr(
                lang,
                "compare-fork-at",
                &[("t", format::in_lang(lang, format::duration(t)).into())],
            );
            let w = label_width(&text);
            let (lo, hi) = (f.x0(), f.width - 2.0);
            let (lx, anchor, left) = if x - w / 2.0 < lo {
                (lo.max(x - 4.0), "start", lo.max(x - 4.0))
            } else if x + w / 2.0 > hi {
                (hi.min(x + 4.0), "end", hi.min(x + 4.0) - w)
            } else {
                (x, "middle", x - w / 2.0)
            };
            let label = (left > right_of_last + 8.0).then(|| {
                right_of_last = left + w;
                (lx, anchor, text)
            });
            ForkMark { at: t, x, label }
        })
        .collect()
}

fn fork_lines(lang: Lang, marks: &[ForkMark], f: &PlotArea) -> Html {
    let lines = marks.iter().map(|m| {
        let t = m.at;
        let x = attr_num(m.x);
        html! {
            <g class="fork" data-testid="compare-fork" data-at={attr_num(t)}>
                <line x1={x.clone()} x2={x} y1={attr_num(f.y1() - 6.0)} y2={attr_num(f.y0())}
                    stroke={INK} stroke-width="2" stroke-dasharray="6 4" />
                if let Some((lx, anchor, text)) = &m.label {
                    <text x={attr_num(*lx)} y={attr_num(f.y1() - 10.0)} text-anchor={*anchor}
                        font-size={attr_num(FONT)} font-weight="700" fill={INK} data-testid="compare-fork-label">{ text.clone() }</text>
                }
                <title>{ tr(lang, "compare-fork-title", &[("t", format::in_lang(lang, format::duration(t)).into())]) }</title>
            </g>
        }
    });
    html! { <>{ for lines }</> }
}

/// One row: its name in lines at the left, its phases and, under them in red, when the
/// VM is down, all in the band from `top` that is `h` high.
fn row_marks(
    lang: Lang,
    (row, t): (&Row, &Trace),
    name: &[String],
    (top, h): (f64, f64),
    xs: &Scale,
) -> Html {
    let full = row.name(lang);
    // The bars in the middle of a row of several lines.
    let y = top + 2.0 + (h - ROW_H) / 2.0;
    let span = |a: f64, b: f64| {
        let x0 = xs.map(a);
        (attr_num(x0), attr_num((xs.map(b) - x0).max(1.5)))
    };
    let phases = t.phases.iter().map(|p| {
        let (colour, _) = phase_style(&p.kind);
        let (x, w) = span(p.start_s, p.end_s);
        html! {
            <rect {x} y={attr_num(y)} width={w} height="17" fill={colour}>
                <title>{ tr(lang, "compare-phase-title", &[
                    ("row", full.as_str().into()),
                    ("phase", phase_label(lang, &p.kind).into()),
                    ("from", format::in_lang(lang, format::duration(p.start_s)).into()),
                    ("to", format::in_lang(lang, format::duration(p.end_s)).into()),
                ]) }</title>
            </rect>
        }
    });
    let down = t.phases.iter().filter(|p| p.is_down()).map(|p| {
        let (x, w) = span(p.start_s, p.end_s);
        html! { <rect {x} y={attr_num(y + 19.0)} width={w} height="5" fill="#b91c1c" /> }
    });
    html! {
        <g class="compare-row" data-testid={format!("compare-timeline-{}", row.value)}>
            <text x="6" y={attr_num(top + 16.0)} font-size={attr_num(FONT)} font-weight="600" fill={INK}>
                { for name.iter().enumerate().map(|(k, l)| html! {
                    <tspan x="6" dy={if k == 0 { "0" } else { "17" }}>{ l.clone() }</tspan>
                }) }
            </text>
            { for phases }
            { for down }
        </g>
    }
}

/// Every row's phases on one time axis, `width` px wide, the fork `moments` marked.
pub fn timelines(
    lang: Lang,
    runs: &[(&Row, &Trace)],
    moments: &[f64],
    what: &str,
    width: f64,
) -> Html {
    let end = runs
        .iter()
        .map(|(_, t)| t.end_s())
        .fold(0.0f64, f64::max)
        .max(1e-3);
    // The names take at most 40 % of a narrow chart (a phone): the bars and the axis
    // title keep the rest; a longer name wraps (up to three lines) there.
    let left_max = (width * 0.4).clamp(100.0, 220.0);
    let max_chars = ((left_max - 14.0) / NAME_CHAR_W).floor() as usize;
    let names: Vec<Vec<String>> = runs
        .iter()
        .map(|(r, _)| name_lines(&r.name(lang), max_chars))
        .collect();
    let longest = names
        .iter()
        .flatten()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    // Each row as high as its name: one line in 26 px, each more 17 px.
    let heights: Vec<f64> = names
        .iter()
        .map(|n| ROW_H + LINE_H * (n.len().max(1) - 1) as f64)
        .collect();
    let top = if moments.is_empty() { 6.0 } else { FORK_TOP };
    let f = PlotArea {
        width,
        height: top + heights.iter().sum::<f64>() + 48.0,
        left: (longest as f64 * NAME_CHAR_W + 14.0).clamp(142.0_f64.min(left_max), left_max),
        right: 22.0,
        top,
        bottom: 48.0,
    };
    let xs = Scale::linear(0.0, end, f.x0(), f.x1());
    let marks = fork_marks(lang, moments, &xs, &f);
    let tops = heights.iter().scan(f.y1(), |y, h| {
        let top = *y;
        *y += h;
        Some(top)
    });
    let rows = runs
        .iter()
        .zip(&names)
        .zip(heights.iter().zip(tops))
        .map(|(((row, t), name), (&h, top))| row_marks(lang, (row, t), name, (top, h), &xs));
    let end_text = format::in_lang(lang, format::duration(end));
    let title = match moments {
        [] => tr(
            lang,
            "compare-tl-title",
            &[("what", what.into()), ("end", end_text.into())],
        ),
        [t] => tr(
            lang,
            "compare-tl-title-fork",
            &[
                ("what", what.into()),
                ("end", end_text.into()),
                ("t", format::in_lang(lang, format::duration(*t)).into()),
            ],
        ),
        _ => tr(
            lang,
            "compare-tl-title-forks",
            &[("what", what.into()), ("end", end_text.into())],
        ),
    };
    let axis = if width < 480.0 {
        "compare-axis-short"
    } else {
        "compare-axis"
    };
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" class="chart compare-timelines" data-testid="compare-timelines"
            viewBox={format!("0 0 {} {}", attr_num(f.width), attr_num(f.height))} width={attr_num(f.width)} height={attr_num(f.height)}
            font-family={FONT_FAMILY} role="img" aria-labelledby="compare-tl-title">
            <title id="compare-tl-title">{ title }</title>
            <rect x="0" y="0" width={attr_num(f.width)} height={attr_num(f.height)} fill="#ffffff" />
            { svg::x_axis(lang, &f, &xs, Unit::Seconds, &tr(lang, axis, &[]), 7) }
            { for rows }
            { fork_lines(lang, &marks, &f) }
        </svg>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn plot(width: f64) -> PlotArea {
        PlotArea {
            width,
            height: 200.0,
            left: 150.0,
            right: 22.0,
            top: FORK_TOP,
            bottom: 48.0,
        }
    }

    #[test]
    fn a_fork_is_labelled_above_the_rows_inside_the_plot_and_labels_never_touch() {
        let f = plot(700.0);
        let xs = Scale::linear(0.0, 100.0, f.x0(), f.x1());
        let marks = fork_marks(Lang::En, &[40.0], &xs, &f);
        assert_eq!(marks.len(), 1);
        let (lx, anchor, text) = marks[0].label.clone().unwrap();
        assert_eq!(text, "fork at 40 s");
        assert_eq!((lx, anchor), (marks[0].x, "middle"));
        // At the very start and end the label turns inward, clear of the row names.
        let edges = fork_marks(Lang::En, &[0.0, 100.0], &xs, &f);
        let (lx0, a0, _) = edges[0].label.clone().unwrap();
        assert_eq!(a0, "start");
        assert!(lx0 >= f.x0());
        let (lx1, a1, _) = edges[1].label.clone().unwrap();
        assert_eq!(a1, "end");
        assert!(lx1 <= f.width - 2.0);
        // Two forks a second apart: both lines, one label.
        let close = fork_marks(Lang::En, &[40.0, 41.0], &xs, &f);
        assert_eq!(close.len(), 2);
        assert!(close[0].label.is_some() && close[1].label.is_none());
        // A moment past every run's end is not drawn.
        assert!(fork_marks(Lang::En, &[150.0], &xs, &f).is_empty());
    }

    #[test]
    fn a_long_name_wraps_between_words_keeping_a_number_with_its_unit() {
        assert_eq!(name_lines("no fault", 25), ["no fault"]);
        // A desktop's 25 characters: two even lines.
        assert_eq!(
            name_lines("bandwidth 100 Mbit/s from 40 s", 25),
            ["bandwidth 100 Mbit/s", "from 40 s"]
        );
        // A phone's 15: three, a number never apart from its unit.
        assert_eq!(
            name_lines("bandwidth 100 Mbit/s from 40 s", 15),
            ["bandwidth", "100 Mbit/s", "from 40 s"]
        );
        assert_eq!(
            name_lines("Textbook (Clark et al.)", 15),
            ["Textbook", "(Clark et al.)"]
        );
        // Longer still: the third line ends in an ellipsis; no line is over the width.
        let long = "latency spike of +1 s at 40 s for 1 min and link failure at 65 s";
        let lines = name_lines(long, 15);
        assert_eq!(lines.len(), NAME_LINES);
        assert!(lines[2].ends_with('…'));
        assert!(lines.iter().all(|l| l.chars().count() <= 15));
        // A word longer than a line is cut.
        assert_eq!(name_lines("Suspend-to-disk-and-resume", 10), ["Suspend-t…"]);
    }
}
