//! The keys a link may carry besides the parameters (those are
//! `migration_model::spec::PARAMS`, with `hold` and `fault`), and their values.
//! `crate::links::exercise` reads the exercise keys' values, `crate::features::lesson` the lessons'.

pub const PRESET: &str = "preset";
pub const TIME: &str = "t";
pub const SPEED: &str = "speed";
pub const VIEW: &str = "view";
pub const EMBED: &str = "embed";
pub const CONTROLS: &str = "controls";
pub const AUTOPLAY: &str = "autoplay";
pub const THEME: &str = "theme";
pub const PRESENT: &str = "present";
/// The compare view's rows: one parameter (`by=policy`, a link key) and its values
/// (`values=qemu,xen`; `crate::links::compare`).
pub const BY: &str = "by";
pub const VALUES: &str = "values";
/// A built-in QEMU recording shown beside the model (`rec=moderate`; `crate::features::replay::recording`).
/// A recording opened from a file stays in the browser: its link carries only the
/// parameters inferred from it.
pub const RECORDING: &str = "rec";
/// A lesson (`lesson=drama`, or `lesson=~` + a packed lesson), its step, an embed's range.
pub const LESSON: &str = "lesson";
pub const STEP: &str = "step";
pub const STEPS: &str = "steps";
/// The exercises view's problem (`view=exercises&set=7&q=3`), with `level=1..3` and
/// `topics=live,postcopy` when not the defaults. `seed` already names the simulation's
/// seed, so the problem set is `set`.
pub const SET: &str = "set";
pub const Q: &str = "q";
pub const LEVEL: &str = "level";
pub const TOPICS: &str = "topics";
/// The keys `crate::links::exercise` reads.
pub const EXERCISE_KEYS: [&str; 4] = [SET, Q, LEVEL, TOPICS];

/// A colour theme chosen in a link or by the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The controls an embed may show, by link name (`controls=bw,dirty`): the migration
/// type and the parameters' link keys.
pub const EMBED_CONTROLS: [(&str, &str); 7] = [
    ("type", "Migration type"),
    ("bw", "Bandwidth"),
    ("dirty", "Dirty rate"),
    ("mem", "Memory"),
    ("ws", "Writable working set"),
    ("downtime", "Downtime limit"),
    ("policy", "Stop policy"),
];
