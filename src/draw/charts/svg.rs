//! SVG pieces for charts: the plot frame, axes with ticks and unit labels, lines and
//! markers. Every colour, stroke and font is an SVG presentation attribute, never a
//! `style` attribute: the charts stay crisp and readable when copied out of the page
//! (no stylesheet needed), and the app runs under a CSP without `'unsafe-inline'`.
//! CSS classes only add interaction states (focus rings, hover).

use super::scale::{Scale, Unit};
use crate::i18n::Lang;
use crate::picture::format::in_lang;
use yew::prelude::*;

/// Ink for text and axes (the app's `--ink`).
pub const INK: &str = "#0f172a";
/// Secondary text (the app's `--muted`).
pub const MUTED: &str = "#475569";
/// Grid lines: visible on a projector, quiet next to data.
pub const GRID: &str = "#d5dde8";
/// Font for every chart; set once on the root so exported files keep it.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
/// Tick labels and legends, px at 1:1 (charts are laid out at their rendered size).
pub const FONT: f64 = 15.0;
/// Axis titles.
pub const TITLE_FONT: f64 = 16.0;

/// The chart's size and the plot's margins inside it, in px of the viewBox.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotArea {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl PlotArea {
    /// Left edge of the plot.
    pub fn x0(&self) -> f64 {
        self.left
    }
    /// Right edge of the plot.
    pub fn x1(&self) -> f64 {
        self.width - self.right
    }
    /// Bottom edge of the plot (y grows downwards in SVG).
    pub fn y0(&self) -> f64 {
        self.height - self.bottom
    }
    /// Top edge of the plot.
    pub fn y1(&self) -> f64 {
        self.top
    }
    pub fn plot_width(&self) -> f64 {
        self.x1() - self.x0()
    }
}

/// A number for an attribute: two decimals are crisp enough at any zoom.
pub fn attr_num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// `points` attribute of a polyline: "x,y x,y …".
pub fn points_attr(pts: &[(f64, f64)]) -> String {
    pts.iter()
        .map(|&(x, y)| format!("{},{}", attr_num(x), attr_num(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Width of a label at [`FONT`], estimated (SVG text cannot be measured before it is
/// drawn): 0.55 em per character covers digits and lower case in system fonts.
pub fn label_width(text: &str) -> f64 {
    text.chars().count() as f64 * FONT * 0.55
}

/// A tick's label in `lang`'s notation (`1,5 min` in Spanish).
fn tick(lang: Lang, unit: Unit, v: f64) -> String {
    in_lang(lang, unit.tick(v))
}

/// The x axis: base line, ticks with vertical grid lines, labels, and a title with the
/// unit under them.
pub fn x_axis(
    lang: Lang,
    f: &PlotArea,
    s: &Scale,
    unit: Unit,
    title: &str,
    max_ticks: usize,
) -> Html {
    let y = f.y0();
    // No more ticks than labels that fit side by side.
    let widest = s
        .ticks(unit, max_ticks)
        .into_iter()
        .map(|v| label_width(&tick(lang, unit, v)))
        .fold(0.0, f64::max);
    let fit = (f.plot_width() / (widest + 10.0)).floor() as usize;
    let ticks = s.ticks(unit, max_ticks.min(fit.max(2))).into_iter().map(|v| {
        let x = s.map(v);
        let label = tick(lang, unit, v);
        // Labels at the ends stay inside the chart.
        let half = label_width(&label) / 2.0;
        let anchor = if x + half > f.width - 2.0 {
            "end"
        } else if x - half < 2.0 {
            "start"
        } else {
            "middle"
        };
        html! {
            <g>
                <line x1={attr_num(x)} x2={attr_num(x)} y1={attr_num(f.y1())} y2={attr_num(y)} stroke={GRID} stroke-width="1" />
                <line x1={attr_num(x)} x2={attr_num(x)} y1={attr_num(y)} y2={attr_num(y + 6.0)} stroke={INK} stroke-width="1.5" />
                <text x={attr_num(x)} y={attr_num(y + 8.0 + FONT)} text-anchor={anchor} font-size={attr_num(FONT)} fill={INK}>{ label }</text>
            </g>
        }
    });
    html! {
        <g class="axis x-axis">
            { for ticks }
            <line x1={attr_num(f.x0())} x2={attr_num(f.x1())} y1={attr_num(y)} y2={attr_num(y)} stroke={INK} stroke-width="1.5" />
            <text x={attr_num((f.x0() + f.x1()) / 2.0)} y={attr_num(f.height - 6.0)} text-anchor="middle"
                font-size={attr_num(TITLE_FONT)} font-weight="600" fill={INK}>{ title }</text>
        </g>
    }
}

/// Which side of the plot a y axis sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// A y axis: ticks with labels, horizontal grid lines (left axis only), and a rotated
/// title with the unit.
pub fn y_axis(
    lang: Lang,
    f: &PlotArea,
    s: &Scale,
    unit: Unit,
    title: &str,
    side: Side,
    max_ticks: usize,
) -> Html {
    let (x, dir, anchor) = match side {
        Side::Left => (f.x0(), -1.0, "end"),
        Side::Right => (f.x1(), 1.0, "start"),
    };
    let ticks = s.ticks(unit, max_ticks).into_iter().map(|v| {
        let y = s.map(v);
        html! {
            <g>
                if side == Side::Left {
                    <line x1={attr_num(f.x0())} x2={attr_num(f.x1())} y1={attr_num(y)} y2={attr_num(y)} stroke={GRID} stroke-width="1" />
                }
                <line x1={attr_num(x)} x2={attr_num(x + dir * 6.0)} y1={attr_num(y)} y2={attr_num(y)} stroke={INK} stroke-width="1.5" />
                <text x={attr_num(x + dir * 9.0)} y={attr_num(y + FONT * 0.35)} text-anchor={anchor} font-size={attr_num(FONT)} fill={INK}>{ tick(lang, unit, v) }</text>
            </g>
        }
    });
    let tx = match side {
        Side::Left => TITLE_FONT,
        Side::Right => f.width - 6.0,
    };
    let ty = (f.y0() + f.y1()) / 2.0;
    html! {
        <g class="axis y-axis">
            { for ticks }
            <line x1={attr_num(x)} x2={attr_num(x)} y1={attr_num(f.y1())} y2={attr_num(f.y0())} stroke={INK} stroke-width="1.5" />
            <text x={attr_num(tx)} y={attr_num(ty)} transform={format!("rotate(-90 {} {})", attr_num(tx), attr_num(ty))}
                text-anchor="middle" font-size={attr_num(TITLE_FONT)} font-weight="600" fill={INK}>{ title }</text>
        </g>
    }
}

/// A marker shape: with colour, it tells series apart for readers who cannot tell the
/// colours apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
    Triangle,
    TriangleDown,
}

/// Path data of a marker of radius `r` centred on (x, y).
pub fn marker_path(shape: Shape, x: f64, y: f64, r: f64) -> String {
    match shape {
        Shape::Circle => format!(
            "M{} {}a{r2} {r2} 0 1 0 {d} 0a{r2} {r2} 0 1 0 -{d} 0Z",
            attr_num(x - r),
            attr_num(y),
            r2 = attr_num(r),
            d = attr_num(2.0 * r)
        ),
        Shape::Square => {
            let s = r * 0.9;
            format!(
                "M{} {}h{d}v{d}h-{d}Z",
                attr_num(x - s),
                attr_num(y - s),
                d = attr_num(2.0 * s)
            )
        }
        Shape::Diamond => format!(
            "M{} {}L{} {}L{} {}L{} {}Z",
            attr_num(x),
            attr_num(y - r * 1.2),
            attr_num(x + r * 1.2),
            attr_num(y),
            attr_num(x),
            attr_num(y + r * 1.2),
            attr_num(x - r * 1.2),
            attr_num(y)
        ),
        Shape::Triangle => format!(
            "M{} {}L{} {}L{} {}Z",
            attr_num(x),
            attr_num(y - r * 1.2),
            attr_num(x + r * 1.1),
            attr_num(y + r * 0.8),
            attr_num(x - r * 1.1),
            attr_num(y + r * 0.8)
        ),
        Shape::TriangleDown => format!(
            "M{} {}L{} {}L{} {}Z",
            attr_num(x),
            attr_num(y + r * 1.2),
            attr_num(x + r * 1.1),
            attr_num(y - r * 0.8),
            attr_num(x - r * 1.1),
            attr_num(y - r * 0.8)
        ),
    }
}

/// A marker: filled with `fill`, outlined with `stroke`.
pub fn marker(shape: Shape, x: f64, y: f64, r: f64, fill: &str, stroke: &str) -> Html {
    html! {
        <path d={marker_path(shape, x, y, r)} fill={fill.to_string()} stroke={stroke.to_string()} stroke-width="1.5" />
    }
}

/// A line through `pts`, optionally dashed (`"6 4"`).
pub fn polyline(pts: &[(f64, f64)], colour: &str, width: f64, dash: Option<&str>) -> Html {
    if pts.len() < 2 {
        return Html::default();
    }
    html! {
        <polyline points={points_attr(pts)} fill="none" stroke={colour.to_string()}
            stroke-width={attr_num(width)} stroke-linejoin="round" stroke-linecap="round"
            stroke-dasharray={dash.map(str::to_string)} />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_never_negative_zero() {
        assert_eq!(attr_num(1.0), "1");
        assert_eq!(attr_num(1.256), "1.26");
        assert_eq!(attr_num(-0.001), "0");
        assert_eq!(points_attr(&[(0.0, 1.5), (2.25, 3.0)]), "0,1.5 2.25,3");
    }

    #[test]
    fn frame_edges() {
        let f = PlotArea {
            width: 400.0,
            height: 300.0,
            left: 60.0,
            right: 20.0,
            top: 10.0,
            bottom: 50.0,
        };
        assert_eq!((f.x0(), f.x1(), f.y0(), f.y1()), (60.0, 380.0, 250.0, 10.0));
        assert_eq!(f.plot_width(), 320.0);
    }

    #[test]
    fn markers_are_closed_paths_around_their_centre() {
        for shape in [
            Shape::Circle,
            Shape::Square,
            Shape::Diamond,
            Shape::Triangle,
            Shape::TriangleDown,
        ] {
            let d = marker_path(shape, 10.0, 20.0, 5.0);
            assert!(d.starts_with('M') && d.ends_with('Z'), "{shape:?}: {d}");
        }
    }
}
