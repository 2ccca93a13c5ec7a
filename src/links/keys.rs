//! The keys a link may carry besides the parameters (those are
//! `migration_model::spec::PARAMS`, with `hold` and `fault`): their names are the model's
//! (`migration_model::query::keys`, which a lesson's scene reads too), their values here.
//! `crate::links::exercise` reads the exercise keys' values, `crate::features::lesson` the lessons'.

pub use migration_model::query::keys::*;

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
