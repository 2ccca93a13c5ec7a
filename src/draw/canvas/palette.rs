//! The stage's colours: a palette per theme, and the VM states' own colours.

use crate::picture::frame::Paint;
use migration_model::VmState;

/// The stage's colours that follow the page's theme. The page-state colours do not:
/// they are the Okabe–Ito set (`Paint::colour`), legible on both backgrounds, except
/// the cells that stand for "nothing here", which must read as background.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: &'static str,
    pub panel: &'static str,
    pub ink: &'static str,
    pub muted: &'static str,
    pub border: &'static str,
    pub cable: &'static str,
    pub danger: &'static str,
    pub warning: &'static str,
    /// `Paint::Empty`, `Paint::Zero` and the fill of `Paint::Missing`.
    pub empty: &'static str,
    pub zero: &'static str,
    pub missing: &'static str,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: "#f8fafc",
        panel: "#ffffff",
        ink: "#111827",
        muted: "#4b5563",
        border: "#9ca3af",
        cable: "#6b7280",
        danger: "#b91c1c",
        warning: "#b45309",
        empty: "#f3f4f6",
        zero: "#e3e6ea",
        missing: "#ffffff",
    };
    pub const DARK: Palette = Palette {
        background: "#0b1220",
        panel: "#111827",
        ink: "#f1f5f9",
        muted: "#cbd5e1",
        border: "#64748b",
        cable: "#94a3b8",
        danger: "#f87171",
        warning: "#fbbf24",
        empty: "#1f2937",
        zero: "#374151",
        missing: "#111827",
    };

    /// For projectors: secondary text and borders as strong as the main text.
    pub fn high_contrast(self) -> Palette {
        Palette {
            muted: self.ink,
            border: self.ink,
            ..self
        }
    }

    /// A cell's fill.
    pub fn paint(&self, p: Paint) -> &'static str {
        match p {
            Paint::Empty => self.empty,
            Paint::Zero => self.zero,
            Paint::Missing => self.missing,
            other => other.colour(),
        }
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette::LIGHT
    }
}

pub fn state_colour(s: VmState) -> &'static str {
    match s {
        VmState::Running => "#007a5a",
        VmState::Throttled => "#b45309",
        VmState::Paused => "#b91c1c",
        VmState::Suspended => "#1d4ed8",
        VmState::Off => "#374151",
        VmState::Degraded => "#9d174d",
        VmState::Lost => "#000000",
    }
}
