//! A small SVG chart kit: scales with round ticks in human units (log or linear), axes,
//! lines, markers, and the styles that tell migration types apart by colour, dash and
//! marker shape together (never by colour alone). Components in `components/` build
//! the charts from these; nothing here knows about the app's state.

pub mod round_plot;
pub mod scale;
pub mod svg;
pub mod sweep_plot;

use migration_model::MigrationType;
use std::rc::Rc;
use svg::Shape;
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

/// Where the pointer is across `svg`, as a share of its width times `width` (the
/// drawing's own x units). Yew delegates events to its root, so the event's own target
/// is not the svg: measure the element itself. `None` when it is not laid out.
pub fn pointer_x(svg: &NodeRef, e: &PointerEvent, width: f64) -> Option<f64> {
    let r = svg.cast::<Element>()?.get_bounding_client_rect();
    (r.width() > 0.0).then(|| (f64::from(e.client_x()) - r.left()) / r.width() * width)
}

/// How one migration type is drawn in every chart (Okabe–Ito colours, darkened where
/// needed for 3:1 contrast on white).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SeriesStyle {
    pub colour: &'static str,
    /// `stroke-dasharray`, or `None` for a solid line.
    pub dash: Option<&'static str>,
    pub shape: Shape,
}

pub fn type_style(ty: MigrationType) -> SeriesStyle {
    match ty {
        MigrationType::Cold => SeriesStyle {
            colour: "#3f3f46",
            dash: Some("9 5"),
            shape: Shape::Square,
        },
        MigrationType::Suspended => SeriesStyle {
            colour: "#0072b2",
            dash: Some("3 4"),
            shape: Shape::Diamond,
        },
        MigrationType::Live => SeriesStyle {
            colour: "#c2410c",
            dash: None,
            shape: Shape::Circle,
        },
        MigrationType::PostCopy => SeriesStyle {
            colour: "#a8457f",
            dash: Some("12 4 3 4"),
            shape: Shape::Triangle,
        },
        MigrationType::Hybrid => SeriesStyle {
            colour: "#00795a",
            dash: None,
            shape: Shape::TriangleDown,
        },
    }
}

/// How the `i`th line of a chart is drawn: the types' styles in `MigrationType::ALL`'s
/// order (so a chart by type draws each type as it always has), then one more for a
/// sixth row of a comparison.
pub fn series_style(i: usize) -> SeriesStyle {
    match MigrationType::ALL.get(i) {
        Some(&ty) => type_style(ty),
        None => SeriesStyle {
            colour: "#6d28d9",
            dash: Some("1 4"),
            shape: Shape::Square,
        },
    }
}

/// Short type names for legends and readouts.
pub fn short_label(ty: MigrationType) -> &'static str {
    match ty {
        MigrationType::Live => "Live",
        other => other.label(),
    }
}

/// A readout cursor moved by keys over `len` positions: arrows step one, Shift+arrow or
/// Page keys ten, Home and End jump to the ends. `None` when the key does not move it.
pub fn cursor_key(key: &str, shift: bool, at: usize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    let step = if shift { 10 } else { 1 };
    let at = at.min(last);
    Some(match key {
        "ArrowRight" | "ArrowUp" => (at + step).min(last),
        "ArrowLeft" | "ArrowDown" => at.saturating_sub(step),
        "PageUp" => (at + 10).min(last),
        "PageDown" => at.saturating_sub(10),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// A chart's readout cursor: which of its `count` positions is read out, if any.
pub struct Cursor {
    pub at: Option<usize>,
    pub onpointermove: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onfocus: Callback<FocusEvent>,
    pub onblur: Callback<FocusEvent>,
}

/// The readout cursor every chart shares: the pointer over `svg` picks the position
/// `index_at` finds under it (in the drawing's x units, `width` wide), the arrow keys move
/// it (`cursor_key`), focus starts it at `home`, and leaving, blurring or Escape clear it.
#[hook]
pub fn use_cursor(
    svg: NodeRef,
    count: usize,
    width: f64,
    index_at: Rc<dyn Fn(f64) -> Option<usize>>,
    home: usize,
) -> Cursor {
    let cursor = use_state(|| None::<usize>);
    let onpointermove = {
        let cursor = cursor.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(i) = pointer_x(&svg, &e, width).and_then(|px| index_at(px)) {
                cursor.set(Some(i));
            }
        })
    };
    let clear = |cursor: &UseStateHandle<Option<usize>>| {
        let cursor = cursor.clone();
        move || cursor.set(None)
    };
    let onpointerleave = {
        let clear = clear(&cursor);
        Callback::from(move |_: PointerEvent| clear())
    };
    let onblur = {
        let clear = clear(&cursor);
        Callback::from(move |_: FocusEvent| clear())
    };
    let onkeydown = {
        let cursor = cursor.clone();
        Callback::from(move |e: KeyboardEvent| {
            let at = (*cursor).unwrap_or(home);
            if let Some(i) = cursor_key(&e.key(), e.shift_key(), at, count) {
                e.prevent_default();
                cursor.set(Some(i));
            } else if e.key() == "Escape" {
                cursor.set(None);
            }
        })
    };
    let onfocus = {
        let cursor = cursor.clone();
        Callback::from(move |_: FocusEvent| {
            if cursor.is_none() {
                cursor.set(Some(home));
            }
        })
    };
    Cursor {
        at: (*cursor).filter(|&i| i < count),
        onpointermove,
        onpointerleave,
        onkeydown,
        onfocus,
        onblur,
    }
}

/// At most `max` of `times` (in order), no two closer than `end / max`: the round and
/// pass marks a chart draws, bounded however long the run (80,000 rounds draw 300 marks).
pub fn spaced(times: impl IntoIterator<Item = f64>, end: f64, max: usize) -> Vec<f64> {
    let gap = end.max(0.0) / max.max(1) as f64;
    let mut out: Vec<f64> = Vec::new();
    for t in times {
        if out.last().is_none_or(|&last| t - last >= gap) {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_marks_keep_the_first_and_are_bounded() {
        let every: Vec<f64> = (0..80_000).map(|i| i as f64 * 8.6).collect();
        let end = 80_000.0 * 8.6;
        let marks = spaced(every.iter().copied(), end, 300);
        assert!(marks.len() <= 301, "{} marks", marks.len());
        assert_eq!(marks[0], 0.0);
        let few = [1.0, 2.0, 3.0];
        assert_eq!(
            spaced(few, 100.0, 300),
            few.to_vec(),
            "a short run keeps every mark"
        );
    }

    #[test]
    fn types_differ_in_more_than_colour() {
        let styles: Vec<SeriesStyle> = MigrationType::ALL.iter().map(|&t| type_style(t)).collect();
        for (i, a) in styles.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert_ne!(a.colour, b.colour);
                assert_ne!(a.shape, b.shape, "shapes tell types apart without colour");
            }
        }
    }

    #[test]
    fn cursor_keys_step_and_clamp() {
        assert_eq!(cursor_key("ArrowRight", false, 3, 10), Some(4));
        assert_eq!(cursor_key("ArrowRight", true, 3, 10), Some(9));
        assert_eq!(cursor_key("ArrowLeft", false, 0, 10), Some(0));
        assert_eq!(cursor_key("End", false, 0, 10), Some(9));
        assert_eq!(cursor_key("Home", false, 7, 10), Some(0));
        assert_eq!(cursor_key("x", false, 7, 10), None);
        assert_eq!(cursor_key("Home", false, 0, 0), None);
    }
}
