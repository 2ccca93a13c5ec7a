//! The keys a link may carry besides the parameters (those are [`crate::spec::PARAMS`],
//! with `hold` and `fault`). The app's `links` module reads the page's keys; a lesson's
//! scene ([`crate::lesson`]) tells which of them a step cannot use.

pub const PRESET: &str = "preset";
pub const TIME: &str = "t";
pub const SPEED: &str = "speed";
pub const VIEW: &str = "view";
pub const EMBED: &str = "embed";
pub const CONTROLS: &str = "controls";
pub const AUTOPLAY: &str = "autoplay";
pub const THEME: &str = "theme";
pub const PRESENT: &str = "present";
/// The page's language (`lang=es`; `crate::i18n::Lang::from_key` reads it).
pub const LANG: &str = "lang";
/// The compare view's rows: one parameter (`by=policy`, a link key) and its values
/// (`values=qemu,xen`; [`super::compare`]).
pub const BY: &str = "by";
pub const VALUES: &str = "values";
/// The evacuation view's VMs (`vm=mem=4GiB,dirty=100MB/s`, repeated), how many migrate
/// at once (`k=2`) and in which order the rest wait (`order=smallest-first`; the app's
/// `links::evacuate`).
pub const VM: &str = "vm";
pub const CONCURRENCY: &str = "k";
pub const ORDER: &str = "order";
/// A built-in QEMU recording shown beside the model (`rec=moderate`; the app's `features::replay::recording`).
/// A recording opened from a file stays in the browser: its link carries only the
/// parameters inferred from it.
pub const RECORDING: &str = "rec";
/// A lesson (`lesson=drama`, or `lesson=~` + a packed lesson), its step, an embed's range.
pub const LESSON: &str = "lesson";
pub const STEP: &str = "step";
pub const STEPS: &str = "steps";
/// Print the lesson's handout once it opens (`lesson=drama&handout=1`).
pub const HANDOUT: &str = "handout";
/// The exercises view's problem (`view=exercises&set=7&q=3`), with `level=1..3` and
/// `topics=live,postcopy` when not the defaults. `seed` already names the simulation's
/// seed, so the problem set is `set`.
pub const SET: &str = "set";
pub const Q: &str = "q";
pub const LEVEL: &str = "level";
pub const TOPICS: &str = "topics";
/// The keys the app's `links::exercise` reads.
pub const EXERCISE_KEYS: [&str; 4] = [SET, Q, LEVEL, TOPICS];
