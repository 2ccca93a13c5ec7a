//! A host on the stage: its box, its title and the VM's badge, and its memory grid.

use super::layout::Layout;
use super::palette::{state_colour, Palette};
use crate::i18n::{t, t0, Lang};
use crate::picture::format;
use crate::picture::frame::{Frame, Paint};
use crate::picture::labels::state_label;
use migration_model::Host;
use web_sys::CanvasRenderingContext2d;

/// A box in a host's header, in logical px from the host's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub x0: f64,
    pub x1: f64,
    pub y0: f64,
    pub y1: f64,
}

impl Area {
    /// True when the two boxes share more than an edge.
    #[cfg(test)]
    pub fn overlaps(&self, o: &Area) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// Where a host's header puts its title and the VM's badge: side by side on the first
/// row where both fit (the title shortened to "Source" if need be), else the badge,
/// smaller, on the second row under the title in place of the memory line (the other
/// host still shows it). Never one over the other.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub title: String,
    /// The title's type size (logical px before the layout's type factor): 20, less on
    /// a host too narrow for it.
    pub title_px: f64,
    pub title_box: Area,
    pub badge_box: Option<Area>,
    /// The badge's type size (logical px before the layout's type factor).
    pub badge_px: f64,
    /// The badge sits on the second row; the memory line gives way.
    pub badge_below: bool,
    /// The memory line's box, where it is drawn.
    pub memory_box: Option<Area>,
    /// The memory line as it fits the host ("memory · 1 cell = 4 MiB", else "1 cell =
    /// 4 MiB"); `None` where the badge took its row.
    pub memory: Option<String>,
}

/// Badge type sizes: on the title's row, and on the second row of a narrow host.
const BADGE_PX: f64 = 18.0;
const BADGE_BELOW_PX: f64 = 14.0;
const TITLE_PX: f64 = 20.0;

/// Places a header `host_w` wide at type factor `k` for memory cells of `cell`
/// (written) with the title `title` (and `short`, "Source", where it does not fit);
/// `measure(text, px, bold)` is the width of `text` at `px` (before `k`). The words are
/// in `lang`.
pub fn place_header(
    (host_w, k, lang): (f64, f64, Lang),
    (title, short, cell): (&str, &str, &str),
    badge: Option<&str>,
    measure: impl Fn(&str, f64, bool) -> f64,
) -> Header {
    // The memory line, whole where it fits before `right` (the host's edge, or the badge
    // beside the title, whose box reaches down beside it).
    let lines = [
        t(lang, "picture-memory", &[("cell", cell.into())]),
        t(lang, "picture-cell", &[("cell", cell.into())]),
    ];
    let memory_before = |right: f64| {
        lines
            .iter()
            .find(|m| 12.0 + measure(m, 14.0, false) + 8.0 <= right)
            .cloned()
    };
    let memory_box = |m: &str| Area {
        x0: 12.0,
        x1: 12.0 + measure(m, 14.0, false),
        y0: (40.0 - 7.0) * k,
        y1: (40.0 + 7.0) * k,
    };
    let memory = memory_before(host_w).unwrap_or_else(|| cell.to_string());
    let measure = |t: &str, px: f64| measure(t, px, true);
    let title_area = |t: &str, px: f64| Area {
        x0: 12.0,
        x1: 12.0 + measure(t, px),
        y0: (20.0 - TITLE_PX / 2.0) * k,
        y1: (20.0 + TITLE_PX / 2.0) * k,
    };
    // The title alone on its row: whole if it fits, else "Source", smaller if need be.
    let alone = || {
        let t = if 12.0 + measure(title, TITLE_PX) + 12.0 <= host_w {
            title
        } else {
            short
        };
        let px = TITLE_PX * ((host_w - 24.0) / measure(t, TITLE_PX)).clamp(0.7, 1.0);
        (t, px)
    };
    let Some(badge) = badge else {
        let (t, px) = alone();
        return Header {
            title: t.to_string(),
            title_px: px,
            title_box: title_area(t, px),
            badge_box: None,
            badge_px: BADGE_PX,
            badge_below: false,
            memory_box: Some(memory_box(&memory)),
            memory: Some(memory),
        };
    };
    let badge_w = measure(badge, BADGE_PX) + 24.0;
    let beside = |t: &str| 12.0 + measure(t, TITLE_PX) + 16.0 + badge_w + 10.0 <= host_w;
    let x1 = host_w - 10.0;
    let memory_beside = memory_before(x1 - badge_w);
    if let (Some(t), Some(memory)) = (
        [title, short].into_iter().find(|t| beside(t)),
        memory_beside,
    ) {
        return Header {
            title: t.to_string(),
            title_px: TITLE_PX,
            title_box: title_area(t, TITLE_PX),
            badge_box: Some(Area {
                x0: x1 - badge_w,
                x1,
                y0: 6.0,
                y1: 6.0 + 30.0 * k,
            }),
            badge_px: BADGE_PX,
            badge_below: false,
            memory_box: Some(memory_box(&memory)),
            memory: Some(memory),
        };
    }
    let (t, px) = alone();
    let title_box = title_area(t, px);
    // Set smaller still where even that does not fit the host (down to 70 %).
    let room = host_w - 22.0 - 16.0;
    let badge_px = BADGE_BELOW_PX * (room / measure(badge, BADGE_BELOW_PX)).clamp(0.7, 1.0);
    let w = (measure(badge, badge_px) + 16.0).min(host_w - 22.0);
    Header {
        title: t.to_string(),
        title_px: px,
        title_box,
        badge_box: Some(Area {
            x0: 12.0,
            x1: 12.0 + w,
            y0: title_box.y1,
            y1: 48.0 * k,
        }),
        badge_px,
        badge_below: true,
        memory_box: None,
        memory: None,
    }
}

/// The header's boxes for tests (`data-headers` on the canvas): "title x0 x1 y0 y1",
/// "badge x0 x1 y0 y1" and "memory x0 x1 y0 y1", rounded to tenths.
pub fn header_text(h: &Header) -> String {
    let b = |a: &Area| format!("{:.1} {:.1} {:.1} {:.1}", a.x0, a.x1, a.y0, a.y1);
    let mut s = format!("title {}", b(&h.title_box));
    if let Some(a) = &h.badge_box {
        s.push_str(&format!(" badge {}", b(a)));
    }
    if let Some(a) = &h.memory_box {
        s.push_str(&format!(" memory {}", b(a)));
    }
    s
}

pub(super) fn draw_host(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    frame: &Frame,
    (host, lang): (Host, Lang),
    palette: &Palette,
) -> Header {
    let (id, cells) = match host {
        Host::Destination => ("picture-host-destination", &frame.destination),
        _ => ("picture-host-source", &frame.source),
    };
    let (title, short) = (t0(lang, id), t0(lang, &format!("{id}.short")));
    let (x, y) = l.host_origin(host);
    let here = frame.vm_host == host;
    ctx.set_fill_style_str(palette.panel);
    ctx.fill_rect(x, y, l.host_w, l.host_h());
    ctx.set_line_width(if here { 4.0 } else { 1.5 });
    ctx.set_stroke_style_str(if here {
        state_colour(frame.vm_state)
    } else {
        palette.border
    });
    ctx.stroke_rect(x, y, l.host_w, l.host_h());

    let k = l.text;
    // The badge: where the VM is, and in what state, readable from the back row.
    let badge = here.then(|| {
        let state = state_label(lang, frame.vm_state);
        t(lang, "picture-badge", &[("state", state.into())])
    });
    let cell = format::in_lang(lang, format::bytes(frame.cell_bytes));
    let header = place_header(
        (l.host_w, k, lang),
        (&title, &short, &cell),
        badge.as_deref(),
        |text, px, bold| {
            ctx.set_font(&l.font(bold, px));
            ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0)
        },
    );
    ctx.set_fill_style_str(palette.ink);
    ctx.set_font(&l.font(true, header.title_px));
    ctx.set_text_baseline("middle");
    ctx.set_text_align("left");
    let _ = ctx.fill_text(&header.title, x + 12.0, y + 20.0 * k);
    if let Some(memory) = &header.memory {
        ctx.set_font(&l.font(false, 14.0));
        ctx.set_fill_style_str(palette.muted);
        let _ = ctx.fill_text(memory, x + 12.0, y + 40.0 * k);
    }

    if let (Some(label), Some(b)) = (badge, header.badge_box) {
        ctx.set_font(&l.font(true, header.badge_px));
        ctx.set_fill_style_str(state_colour(frame.vm_state));
        ctx.fill_rect(x + b.x0, y + b.y0, b.x1 - b.x0, b.y1 - b.y0);
        ctx.set_fill_style_str("#ffffff");
        let pad = if header.badge_below { 8.0 } else { 12.0 };
        let _ = ctx.fill_text(&label, x + b.x0 + pad, y + (b.y0 + b.y1) / 2.0);
    }

    let c = l.cell;
    for (i, &p) in cells.iter().enumerate() {
        let (cx, cy) = l.cell_origin_at(x, y, i);
        ctx.set_fill_style_str(palette.paint(p));
        ctx.fill_rect(cx, cy, c, c);
        match p {
            Paint::Missing => {
                let w = (c * 0.15).clamp(1.0, 1.5);
                ctx.set_line_width(w);
                ctx.set_stroke_style_str("#9d174d");
                ctx.stroke_rect(cx + w / 2.0, cy + w / 2.0, c - w, c - w);
            }
            Paint::Discarded => {
                ctx.set_line_width(1.0);
                ctx.set_stroke_style_str("#9ca3af");
                ctx.begin_path();
                ctx.move_to(cx + c * 0.2, cy + c * 0.2);
                ctx.line_to(cx + c * 0.8, cy + c * 0.8);
                ctx.stroke();
            }
            _ => {}
        }
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short title, as the catalogue has it in English.
    fn short(title: &str) -> &str {
        title.trim_end_matches(" host")
    }

    /// Spanish and Chinese titles and badges are placed as English's are: the badge
    /// beside the title or under it, never over it, and inside the host.
    #[test]
    fn every_languages_badge_fits_its_host() {
        use migration_model::VmState;
        for lang in [Lang::Es, Lang::ZhCn] {
            for (host_w, k) in [(158.0, 1.3), (215.0, 1.0), (331.0, 1.3), (600.0, 1.0)] {
                for id in ["picture-host-source", "picture-host-destination"] {
                    let (title, short) = (t0(lang, id), t0(lang, &format!("{id}.short")));
                    for state in [VmState::Running, VmState::Suspended, VmState::Throttled] {
                        let badge = t(
                            lang,
                            "picture-badge",
                            &[("state", state_label(lang, state).into())],
                        );
                        let h = place_header(
                            (host_w, k, lang),
                            (&title, &short, "5,33 MiB"),
                            Some(&badge),
                            measure(k),
                        );
                        let b = h.badge_box.expect("a badge");
                        assert!(!b.overlaps(&h.title_box), "{host_w} {badge}: {h:?}");
                        assert!(b.x0 >= 0.0 && b.x1 <= host_w, "{host_w} {badge}: {h:?}");
                        assert!(h.title_box.x1 <= host_w - 10.0, "{host_w}: {h:?}");
                    }
                }
            }
        }
    }

    /// Bold text about 0.62 em a character, regular 0.55 em: near the canvas's fonts.
    fn measure(k: f64) -> impl Fn(&str, f64, bool) -> f64 {
        move |t: &str, px: f64, bold: bool| {
            t.chars().count() as f64 * px * k * if bold { 0.62 } else { 0.55 }
        }
    }

    #[test]
    fn the_badge_sits_beside_the_title_or_under_it_never_over_it() {
        let badges = ["VM running", "VM suspended", "VM degraded", "VM throttled"];
        // Hosts from a 188 px presenting half-picture (k 1.3) to the default 600 px.
        for (host_w, k) in [
            (158.0, 1.3),
            (188.0, 1.3),
            (215.0, 1.0),
            (304.0, 1.0),
            (331.0, 1.3),
            (474.0, 1.2),
            (600.0, 1.0),
        ] {
            for title in ["Source host", "Destination host"] {
                for badge in badges {
                    let h = place_header(
                        (host_w, k, Lang::En),
                        (title, short(title), "5.33 MiB"),
                        Some(badge),
                        measure(k),
                    );
                    let b = h.badge_box.expect("a badge");
                    assert!(!b.overlaps(&h.title_box), "{host_w} {title} {badge}: {h:?}");
                    if let Some(m) = h.memory_box {
                        assert!(!b.overlaps(&m), "{host_w} {title} {badge} memory: {h:?}");
                        assert!(m.x1 <= host_w, "{h:?}");
                    }
                    assert!(b.x0 >= 0.0 && b.x1 <= host_w, "{host_w} {badge}: {h:?}");
                    let text_w = measure(k)(badge, h.badge_px, true);
                    let pad = if h.badge_below { 16.0 } else { 24.0 };
                    assert!(
                        text_w + pad <= b.x1 - b.x0 + 1e-9,
                        "the words fit the badge: {h:?}"
                    );
                    assert!(h.title_box.x1 <= host_w - 10.0, "{host_w} {title}: {h:?}");
                    assert!(b.y1 <= 48.0 * k + 1e-9, "inside the header: {h:?}");
                    assert_eq!(h.badge_below, h.memory.is_none());
                }
            }
        }
    }

    #[test]
    fn a_wide_host_keeps_its_whole_title_and_memory_line() {
        let h = place_header(
            (600.0, 1.0, Lang::En),
            ("Destination host", "Destination", "5.33 MiB"),
            Some("VM running"),
            measure(1.0),
        );
        assert_eq!(h.title, "Destination host");
        assert!(!h.badge_below);
        assert_eq!(h.memory.as_deref(), Some("memory · 1 cell = 5.33 MiB"));
        let narrow = place_header(
            (215.0, 1.3, Lang::En),
            ("Source host", "Source", "5.33 MiB"),
            None,
            measure(1.3),
        );
        assert_eq!(narrow.title, "Source host");
        assert_eq!(narrow.memory.as_deref(), Some("1 cell = 5.33 MiB"));
    }
}
