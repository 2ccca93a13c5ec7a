//! Links: the scenario, the playhead and the view in the URL's query, with readable keys
//! and values in human units: `?type=live&bw=1Gbit/s&dirty=100MB/s&t=12.5`.
//!
//! Values are read by `migration_model::units`, the parsers the `migsim` CLI uses, so a
//! link's `bw=` takes what `--bandwidth` takes. Reading never fails: a malformed or
//! out-of-range value is dropped (that key keeps its default), the valid keys are kept,
//! and the dropped ones are listed in [`Link::ignored`] for the page to show. Nothing
//! here touches the DOM; the page shows values from a link only as text.
//!
//! Writing rounds every rate, duration and share to four significant digits in a unit
//! that reads well (`1.234Gbit/s`, `300ms`). [`tidy`] applies that rounding to
//! parameters, so parameters the app holds are exactly what a link carries: a link
//! restores them bit for bit.

use migration_model::params::{Fault, FaultKind, Hold, KIB};
use migration_model::{presets, units, DirtyModel, Params, SuspendTransfer};
use std::fmt;

/// Keys a link may carry besides the parameters.
pub const PRESET: &str = "preset";
pub const TIME: &str = "t";
pub const SPEED: &str = "speed";
pub const VIEW: &str = "view";
pub const EMBED: &str = "embed";
pub const CONTROLS: &str = "controls";
pub const AUTOPLAY: &str = "autoplay";
pub const THEME: &str = "theme";
pub const PRESENT: &str = "present";
/// A lesson (`lesson=drama`, or `lesson=~` + a packed lesson), its step, an embed's range.
pub const LESSON: &str = "lesson";
pub const STEP: &str = "step";
pub const STEPS: &str = "steps";

/// Longest value quoted back in a notice; longer ones are cut with an ellipsis.
const QUOTE_MAX: usize = 40;
/// Most holds and faults a link may add (`Params::validate` accepts 16 of each).
const LIST_MAX: usize = 16;

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

/// The controls an embed may show, by link name (`controls=bw,dirty`).
pub const EMBED_CONTROLS: [(&str, &str); 7] = [
    ("type", "Migration type"),
    ("bw", "Bandwidth"),
    ("dirty", "Dirty rate"),
    ("mem", "Memory"),
    ("ws", "Writable working set"),
    ("downtime", "Downtime limit"),
    ("policy", "Stop policy"),
];

/// How an embedded copy of the app looks (`?embed=1`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embed {
    /// Names from [`EMBED_CONTROLS`], in the order the author listed them.
    pub controls: Vec<&'static str>,
    /// Start playing at once.
    pub autoplay: bool,
}

/// A key the link carried that could not be used, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub key: String,
    /// The value as the link gave it, cut to a readable length.
    pub value: String,
    pub why: String,
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}: {}", self.key, self.value, self.why)
    }
}

/// What a link asks for. Every field is usable as it is: `params` validate.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub params: Params,
    /// A scenario from `migration_model::presets`: its parameters are the base the
    /// other keys change.
    pub preset: Option<&'static str>,
    /// Playhead, seconds (finite, ≥ 0; the page checks it against the run's end).
    pub t_s: Option<f64>,
    /// Playback speed, simulated seconds per real second (finite, > 0; the page clamps
    /// it to the speed slider's range). `None`: the run's default.
    pub speed: Option<f64>,
    /// The compare view rather than the animated one.
    pub compare: bool,
    /// The exercises view at this problem (`view=exercises`).
    pub exercises: Option<crate::exercise_link::ExercisePos>,
    pub embed: Option<Embed>,
    pub theme: Option<Theme>,
    /// Presentation mode: large type, high contrast, secondary panels hidden.
    pub present: bool,
    /// A lesson to open (docs/lessons.md).
    pub lesson: Option<LessonLink>,
    /// Keys that were dropped, in the order the link gave them.
    pub ignored: Vec<Ignored>,
}

/// The lesson a link names: which, at which step (from 0), and an embed's range.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonLink {
    pub name: LessonName,
    pub step: usize,
    /// `steps=3-5`, from 0 and inclusive.
    pub range: Option<(usize, usize)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LessonName {
    BuiltIn(&'static str),
    /// The text after `lesson=~`: a lesson packed into the link (raw DEFLATE, base64url).
    Packed(String),
}

impl Default for Link {
    fn default() -> Self {
        parse("")
    }
}

/// The state a shareable link captures.
#[derive(Clone, Copy, Debug)]
pub struct Share<'a> {
    pub params: &'a Params,
    pub preset: Option<&'a str>,
    /// Playhead, seconds; 0 is left out.
    pub t_s: f64,
    /// Playback speed when it is not the run's default.
    pub speed: Option<f64>,
    pub compare: bool,
    /// The exercises view at this problem.
    pub exercises: Option<&'a crate::exercise_link::ExercisePos>,
}

/// One parameter key: how it is written and read, and which `Params` fields it sets
/// (`ParamError::field` names them, so a range error finds its key).
struct Key {
    name: &'static str,
    fields: &'static [&'static str],
    write: fn(&Params) -> String,
    read: fn(&mut Params, &str) -> Result<(), String>,
    /// Copies this key's fields from `from` (used to fall back to the base value).
    reset: fn(&mut Params, &Params),
    /// Written even when equal to the base: the keys a reader looks for first.
    always: bool,
}

macro_rules! key {
    ($name:literal, $field:ident, $always:literal, $write:expr, $read:expr) => {
        Key {
            name: $name,
            fields: &[stringify!($field)],
            write: |p| ($write)(p.$field),
            read: |p, s| {
                p.$field = ($read)(s)?;
                Ok(())
            },
            reset: |p, from| p.$field = from.$field,
            always: $always,
        }
    };
}

/// Every parameter, in the order links write them. Names are short (links are read
/// aloud in lectures), values are in the units the CLI's flags take.
const KEYS: &[Key] = &[
    key!(
        "type",
        migration_type,
        true,
        |v: migration_model::MigrationType| v.key().to_string(),
        units::migration_type
    ),
    key!(
        "policy",
        policy,
        false,
        |v: migration_model::StopPolicy| v.key().to_string(),
        units::policy
    ),
    key!("mem", memory_bytes, false, size, units::size),
    key!("bw", bandwidth_bytes_per_s, true, bit_rate, units::rate),
    key!(
        "maxbw",
        max_bandwidth_bytes_per_s,
        false,
        |v: Option<f64>| v.map_or("none".into(), bit_rate),
        units::optional_rate
    ),
    key!(
        "dirty",
        dirty_rate_bytes_per_s,
        true,
        byte_rate,
        units::dirty_rate
    ),
    key!(
        "writes",
        dirty_model,
        false,
        dirty_model,
        units::dirty_model
    ),
    key!(
        "ws",
        working_set_bytes,
        false,
        |v: Option<u64>| v.map_or("all".into(), size),
        units::optional_size
    ),
    key!("hot", hot_set_share, false, share, units::share),
    key!("hotwrites", hot_write_share, false, share, units::share),
    key!("zero", zero_page_share, false, share, units::share),
    key!("page", page_size_bytes, false, size, units::size),
    key!(
        "downtime",
        downtime_limit_s,
        false,
        duration,
        units::duration
    ),
    key!("device", device_state_bytes, false, size, units::size),
    key!("resume", resume_time_s, false, duration, units::duration),
    key!("disk", disk_bytes, false, size, units::size),
    key!("shared", shared_storage, false, yes_no, units::boolean),
    key!(
        "swrite",
        storage_write_bytes_per_s,
        false,
        byte_rate,
        units::rate
    ),
    key!(
        "sread",
        storage_read_bytes_per_s,
        false,
        byte_rate,
        units::rate
    ),
    key!(
        "shutdown",
        shutdown_time_s,
        false,
        duration,
        units::duration
    ),
    key!("boot", boot_time_s, false, duration, units::duration),
    key!("rtt", rtt_s, false, duration, units::duration),
    key!("limit", time_limit_s, false, duration, units::duration),
    key!("autoconverge", auto_converge, false, yes_no, units::boolean),
    key!("writercpu", writer_cpu_share, false, share, units::share),
    key!(
        "via",
        suspend_transfer,
        false,
        |v: SuspendTransfer| v.key().to_string(),
        units::suspend_transfer
    ),
    key!(
        "suspend",
        suspend_after_s,
        false,
        |v: Option<f64>| v.map_or("none".into(), duration),
        units::optional_duration
    ),
    key!(
        "hybrid",
        hybrid_precopy_rounds,
        false,
        |v: u32| v.to_string(),
        units::whole::<u32>
    ),
    key!(
        "seed",
        seed,
        false,
        |v: u64| v.to_string(),
        units::whole::<u64>
    ),
];

/// Repeatable keys: one hold or fault each.
const HOLD: &str = "hold";
const FAULT: &str = "fault";

// --- Writing values --------------------------------------------------------------------

/// `x` with four significant digits (more only for whole numbers ≥ 10 000), no trailing
/// zeros: `1.234`, `0.0005`, `12350`.
fn sig4(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x}");
    }
    let mag = x.abs().log10().floor() as i32;
    let decimals = (3 - mag).clamp(0, 30) as usize;
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Bytes: the binary or decimal unit that divides exactly and gives the shortest number
/// (`4GiB`, `512MB`), else plain bytes. Sizes are whole numbers, so this is exact.
pub fn size(b: u64) -> String {
    const UNITS: [(u64, &str); 8] = [
        (1 << 40, "TiB"),
        (1 << 30, "GiB"),
        (1 << 20, "MiB"),
        (KIB, "KiB"),
        (1_000_000_000_000, "TB"),
        (1_000_000_000, "GB"),
        (1_000_000, "MB"),
        (1_000, "kB"),
    ];
    if b == 0 {
        return "0".into();
    }
    UNITS
        .iter()
        .filter(|(u, _)| b.is_multiple_of(*u))
        .min_by_key(|(u, _)| b / u)
        .map_or_else(|| format!("{b}B"), |(u, name)| format!("{}{name}", b / u))
}

/// A network rate, in bits where that is exact (`1Gbit/s`, `760Mbit/s`), else in bytes.
pub fn bit_rate(bytes_per_s: f64) -> String {
    rate_text(bytes_per_s, true)
}

/// A rate in bytes: `100MB/s`, `128MiB/s`, `2.5GB/s`.
pub fn byte_rate(bytes_per_s: f64) -> String {
    rate_text(bytes_per_s, false)
}

/// The first of the forms below that reads back as exactly `v`, in the order a reader
/// expects (bits first for links, bytes first for writes and storage); when none does,
/// the first form, rounded to four significant digits.
fn rate_text(v: f64, bits_first: bool) -> String {
    let in_unit = |units: &[(f64, &str)], x: f64| {
        units
            .iter()
            .find(|(u, _)| x.abs() >= *u)
            .map(|(u, name)| format!("{}{name}", sig4(x / u)))
    };
    let bits = in_unit(
        &[(1e9, "Gbit/s"), (1e6, "Mbit/s"), (1e3, "kbit/s")],
        v * 8.0,
    );
    let bytes = in_unit(&[(1e9, "GB/s"), (1e6, "MB/s"), (1e3, "kB/s")], v)
        .unwrap_or_else(|| format!("{}B/s", sig4(v)));
    let binary = in_unit(
        &[
            ((1u64 << 30) as f64, "GiB/s"),
            ((1u64 << 20) as f64, "MiB/s"),
            (KIB as f64, "KiB/s"),
        ],
        v,
    );
    let forms: Vec<String> = if bits_first {
        [bits, Some(bytes), binary].into_iter().flatten().collect()
    } else {
        [Some(bytes), binary, bits].into_iter().flatten().collect()
    };
    forms
        .iter()
        .find(|f| units::rate(f) == Ok(v))
        .unwrap_or(&forms[0])
        .clone()
}

/// Seconds in the unit that reads best: `300ms`, `1.5s`, `10min`, `2h`.
pub fn duration(s: f64) -> String {
    let whole = |unit: f64| s >= unit && (s / unit).fract() == 0.0 && s / unit < 1e15;
    if s == 0.0 {
        "0s".into()
    } else if whole(3600.0) {
        format!("{}h", s / 3600.0)
    } else if whole(60.0) {
        format!("{}min", s / 60.0)
    } else if s.abs() >= 1.0 {
        format!("{}s", sig4(s))
    } else if s.abs() >= 1e-3 {
        format!("{}ms", sig4(s * 1e3))
    } else {
        format!("{}us", sig4(s * 1e6))
    }
}

/// A share as a decimal, `0.25` (a `%` would need escaping in a link).
pub fn share(v: f64) -> String {
    sig4(v)
}

fn yes_no(v: bool) -> String {
    if v { "yes" } else { "no" }.into()
}

fn dirty_model(m: DirtyModel) -> String {
    match m {
        DirtyModel::Linear => "linear",
        DirtyModel::Uniform => "uniform",
    }
    .into()
}

/// `compliance@5s:2h`, as `units::hold` reads it.
pub fn hold(h: &Hold) -> String {
    format!(
        "{}@{}:{}",
        h.reason.key(),
        duration(h.start_after_suspend_s),
        duration(h.duration_s)
    )
}

/// `link-failure@12s`, `bandwidth-drop@10s:100Mbit/s:5s`, as `units::fault` reads it.
pub fn fault(f: &Fault) -> String {
    let at = duration(f.at_s);
    match f.kind {
        FaultKind::LinkFailure => format!("link-failure@{at}"),
        FaultKind::SourceHostFailure => format!("source-failure@{at}"),
        FaultKind::DestinationHostFailure => format!("destination-failure@{at}"),
        FaultKind::BandwidthDrop {
            to_bytes_per_s,
            duration_s,
        } => format!(
            "bandwidth-drop@{at}:{}:{}",
            bit_rate(to_bytes_per_s),
            duration(duration_s)
        ),
        FaultKind::LatencySpike {
            extra_rtt_s,
            duration_s,
        } => format!(
            "latency-spike@{at}:{}:{}",
            duration(extra_rtt_s),
            duration(duration_s)
        ),
    }
}

/// The parameters as a link carries them: every value rounded as links write it (four
/// significant digits). Values a link cannot carry (NaN, out of the parsers' reach) stay
/// as they are, so the model still names the bad field.
pub fn tidy(p: &Params) -> Params {
    let mut q = p.clone();
    for k in KEYS {
        let mut r = q.clone();
        if (k.read)(&mut r, &(k.write)(p)).is_ok() {
            (k.reset)(&mut q, &r);
        }
    }
    if let Ok(holds) = p.holds.iter().map(|h| units::hold(&hold(h))).collect() {
        q.holds = holds;
    }
    if let Ok(faults) = p.faults.iter().map(|f| units::fault(&fault(f))).collect() {
        q.faults = faults;
    }
    q
}

// --- Query strings -----------------------------------------------------------------------

/// Characters left as they are in a value: unreserved, plus the few that make units and
/// lists readable (`1Gbit/s`, `compliance@5s:2h`, `bw,dirty`).
fn keep(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~/:@,".contains(&b)
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decoding as browsers do for forms: `+` is a space, a `%` not followed by two
/// hex digits stays as it is, invalid UTF-8 becomes U+FFFD.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The query's `key=value` pairs, decoded, in order (a leading `?` is skipped).
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn quote(v: &str) -> String {
    if v.chars().count() > QUOTE_MAX {
        let cut: String = v.chars().take(QUOTE_MAX - 1).collect();
        format!("{cut}…")
    } else {
        v.to_string()
    }
}

fn flag(v: &str) -> Result<bool, String> {
    match v.trim() {
        "" | "1" => Ok(true),
        "0" => Ok(false),
        other => units::boolean(other).map_err(|_| "expected 1 or 0".to_string()),
    }
}

/// The base a link's keys change: its preset's parameters, or the defaults.
fn base_params(preset: Option<&str>) -> Params {
    preset
        .and_then(presets::find)
        .map_or_else(Params::default, |p| p.params())
}

/// The query for a link to `s` (without the `?`): the preset, the type, bandwidth and
/// dirty rate always, other parameters where they differ from the preset's (or the
/// defaults), the view and the playhead.
pub fn query(s: &Share) -> String {
    let preset = s.preset.and_then(presets::find).map(|p| p.id);
    let base = base_params(preset);
    let mut out: Vec<(String, String)> = Vec::new();
    if let Some(id) = preset {
        out.push((PRESET.into(), id.into()));
    }
    for k in KEYS {
        let v = (k.write)(s.params);
        if k.always || v != (k.write)(&base) {
            out.push((k.name.into(), v));
        }
    }
    if s.params.holds != base.holds {
        out.extend(s.params.holds.iter().map(|h| (HOLD.into(), hold(h))));
        if s.params.holds.is_empty() {
            out.push((HOLD.into(), "none".into()));
        }
    }
    if s.params.faults != base.faults {
        out.extend(s.params.faults.iter().map(|f| (FAULT.into(), fault(f))));
        if s.params.faults.is_empty() {
            out.push((FAULT.into(), "none".into()));
        }
    }
    if s.compare {
        out.push((VIEW.into(), "compare".into()));
    }
    if let Some(pos) = s.exercises {
        out.push((VIEW.into(), "exercises".into()));
        out.extend(crate::exercise_link::pairs(pos));
    }
    if let Some(v) = s.speed.filter(|v| v.is_finite() && *v > 0.0) {
        out.push((SPEED.into(), format!("{v}")));
    }
    if s.t_s > 0.0 && s.t_s.is_finite() {
        // Shortest text that reads back as the same number: the exact playhead.
        out.push((TIME.into(), format!("{}", s.t_s)));
    }
    join(&out)
}

/// The query for an embedded copy: the state's link plus the embed options.
pub fn embed_query(s: &Share, e: &Embed, theme: Option<Theme>) -> String {
    let mut q = query(s);
    let mut extra = vec![(EMBED.to_string(), "1".to_string())];
    if !e.controls.is_empty() {
        extra.push((CONTROLS.into(), e.controls.join(",")));
    }
    if e.autoplay {
        extra.push((AUTOPLAY.into(), "1".into()));
    }
    if let Some(t) = theme {
        extra.push((THEME.into(), t.key().into()));
    }
    if !q.is_empty() {
        q.push('&');
    }
    q.push_str(&join(&extra));
    q
}

fn join(kv: &[(String, String)]) -> String {
    kv.iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

// --- Reading -----------------------------------------------------------------------------

/// Reads a link's query. Never fails: what cannot be used is listed in `ignored` and
/// left at its default (or its preset's value).
pub fn parse(query: &str) -> Link {
    let pairs = pairs(query);
    let mut ignored = Vec::new();
    let mut drop = |k: &str, v: &str, why: String| {
        ignored.push(Ignored {
            key: quote(k),
            value: quote(v),
            why,
        })
    };

    // The preset first, wherever it stands: the other keys change its parameters.
    let mut preset = None;
    for (k, v) in pairs.iter().filter(|(k, _)| k == PRESET) {
        match presets::find(v.trim()) {
            Some(p) => preset = Some(p.id),
            None => drop(k, v, "no scenario has this name".into()),
        }
    }
    let base = base_params(preset);
    let mut params = base.clone();
    // Which parameter keys the link set, with their text (for range errors).
    let mut set: Vec<(&Key, &str)> = Vec::new();
    let mut holds: Option<Vec<Hold>> = None;
    let mut faults: Option<Vec<Fault>> = None;
    let mut link = Link {
        params: base.clone(),
        preset,
        t_s: None,
        speed: None,
        compare: false,
        exercises: None,
        embed: None,
        theme: None,
        present: false,
        lesson: None,
        ignored: Vec::new(),
    };
    let mut exercise_pairs: Vec<(String, String)> = Vec::new();
    let mut exercises_view = false;
    let mut lesson: Option<LessonName> = None;
    let mut step: Option<usize> = None;
    let mut range: Option<(usize, usize)> = None;
    let mut controls: Option<(&str, &str)> = None;
    let mut embed = false;
    let mut autoplay = false;

    for (k, v) in &pairs {
        let (k, v) = (k.as_str(), v.as_str());
        if let Some(key) = KEYS.iter().find(|key| key.name == k) {
            let mut trial = params.clone();
            match (key.read)(&mut trial, v) {
                Ok(()) => {
                    params = trial;
                    set.retain(|(s, _)| s.name != key.name);
                    set.push((key, v));
                }
                Err(why) => drop(k, v, why),
            }
            continue;
        }
        match k {
            PRESET => {}
            HOLD => list(&mut holds, v, units::hold, |h| Params {
                holds: vec![*h],
                ..Params::default()
            })
            .unwrap_or_else(|why| drop(k, v, why)),
            FAULT => list(&mut faults, v, units::fault, |f| Params {
                faults: vec![*f],
                ..Params::default()
            })
            .unwrap_or_else(|why| drop(k, v, why)),
            TIME => match seconds(v) {
                Some(t) => link.t_s = Some(t),
                None => drop(k, v, "expected seconds like 12.5 (0 or more)".into()),
            },
            SPEED => match v.trim().parse::<f64>() {
                Ok(x) if x.is_finite() && x > 0.0 => link.speed = Some(x),
                _ => drop(k, v, "expected simulated seconds per second, like 8".into()),
            },
            VIEW => match v.trim() {
                "compare" => link.compare = true,
                "main" => link.compare = false,
                "exercises" => exercises_view = true,
                _ => drop(k, v, "expected main, compare or exercises".into()),
            },
            k if crate::exercise_link::KEYS.contains(&k) => {
                exercise_pairs.push((k.to_string(), v.to_string()));
            }
            EMBED => match flag(v) {
                Ok(on) => embed = on,
                Err(why) => drop(k, v, why),
            },
            AUTOPLAY => match flag(v) {
                Ok(on) => autoplay = on,
                Err(why) => drop(k, v, why),
            },
            PRESENT => match flag(v) {
                Ok(on) => link.present = on,
                Err(why) => drop(k, v, why),
            },
            THEME => match v.trim() {
                "auto" => link.theme = None,
                other => match Theme::parse(other) {
                    Some(t) => link.theme = Some(t),
                    None => drop(k, v, "expected light, dark or auto".into()),
                },
            },
            CONTROLS => controls = Some((k, v)),
            LESSON => match v.trim() {
                packed if packed.starts_with('~') && packed.len() > 1 => {
                    lesson = Some(LessonName::Packed(packed[1..].to_string()))
                }
                name => match crate::lesson::BUILT_IN.iter().find(|(n, _)| *n == name) {
                    Some((n, _)) => lesson = Some(LessonName::BuiltIn(n)),
                    None => drop(
                        k,
                        v,
                        format!(
                            "no lesson has this name ({})",
                            crate::lesson::BUILT_IN.map(|(n, _)| n).join(", ")
                        ),
                    ),
                },
            },
            STEP => match v.trim().parse::<usize>() {
                Ok(n) if n >= 1 => step = Some(n - 1),
                _ => drop(k, v, "expected a step number from 1".into()),
            },
            STEPS => match crate::lesson::progress::read_range(v) {
                Some(r) => range = Some(r),
                None => drop(
                    k,
                    v,
                    "expected steps like 3-5 (from 1, first ≤ last)".into(),
                ),
            },
            _ => drop(k, v, "not a key this app knows".into()),
        }
    }
    if let Some(h) = holds {
        params.holds = h;
    }
    if let Some(f) = faults {
        params.faults = f;
    }

    // Ranges: a value the parser took may still be out of range, alone (`mem=1KiB`) or
    // with another (`ws` larger than `mem`). Each error falls back to the base value of
    // the key that caused it; the base itself is valid, so this ends.
    for _ in 0..=KEYS.len() {
        let Err(e) = params.validate() else { break };
        let culprit = set
            .iter()
            .position(|(key, _)| key.fields.contains(&e.field))
            .or_else(|| {
                // The field's own key was not in the link: the first key whose base
                // value clears this error caused it.
                set.iter().position(|(key, _)| {
                    let mut trial = params.clone();
                    (key.reset)(&mut trial, &base);
                    trial
                        .validate()
                        .map_or_else(|e2| e2.field != e.field, |()| true)
                })
            });
        match culprit {
            Some(i) => {
                let (key, v) = set.remove(i);
                (key.reset)(&mut params, &base);
                drop(
                    key.name,
                    v,
                    format!("out of range (accepted {})", human_range(&e.accepted)),
                );
            }
            None => {
                // Nothing the link set explains it: keep the base parameters.
                for (key, v) in set.drain(..) {
                    drop(key.name, v, format!("cannot be combined ({e})"));
                }
                params = base.clone();
                break;
            }
        }
    }
    if params.validate().is_err() {
        params = base;
    }
    link.params = params;

    link.lesson = lesson.map(|name| LessonLink {
        name,
        step: step.or(range.map(|r| r.0)).unwrap_or(0),
        range,
    });
    if embed {
        let mut e = Embed {
            controls: Vec::new(),
            autoplay,
        };
        if let Some((k, v)) = controls {
            for name in v.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                match EMBED_CONTROLS.iter().find(|(n, _)| *n == name) {
                    Some((n, _)) if !e.controls.contains(n) => e.controls.push(n),
                    Some(_) => {}
                    None => drop(
                        k,
                        name,
                        format!(
                            "not a control an embed can show ({})",
                            EMBED_CONTROLS.map(|(n, _)| n).join(", ")
                        ),
                    ),
                }
            }
        }
        link.embed = Some(e);
    }
    if exercises_view {
        link.exercises = Some(crate::exercise_link::read(&exercise_pairs, &mut drop));
        link.compare = false;
    }
    link.ignored = ignored;
    link
}

/// A model range (`67108864 ..= 17592186044416 bytes`) in the units links use
/// (`64MiB ..= 16TiB`). Other forms are returned as they are.
fn human_range(accepted: &str) -> String {
    let parts: Vec<&str> = accepted.split_whitespace().collect();
    let [lo, "..=", hi, unit, ..] = parts.as_slice() else {
        return accepted.to_string();
    };
    let (Ok(lo), Ok(hi)) = (lo.parse::<f64>(), hi.parse::<f64>()) else {
        return accepted.to_string();
    };
    let f = |v: f64| match *unit {
        "bytes" if v.fract() == 0.0 && v >= 0.0 => size(v as u64),
        "bytes/s" => bit_rate(v),
        "s" => duration(v),
        _ => format!("{v}"),
    };
    format!("{} ..= {}", f(lo), f(hi))
}

/// Adds one hold or fault to a list from a link. `none` empties it (a link that removes
/// a preset's hold); a value is kept only if it is in range on its own.
fn list<T: Copy>(
    into: &mut Option<Vec<T>>,
    v: &str,
    read: fn(&str) -> Result<T, String>,
    alone: impl Fn(&T) -> Params,
) -> Result<(), String> {
    let items = into.get_or_insert_with(Vec::new);
    if v.trim().eq_ignore_ascii_case("none") {
        items.clear();
        return Ok(());
    }
    let item = read(v)?;
    alone(&item)
        .validate()
        .map_err(|e| format!("out of range ({}: accepted {})", e.field, e.accepted))?;
    if items.len() >= LIST_MAX {
        return Err(format!("at most {LIST_MAX} of these"));
    }
    items.push(item);
    Ok(())
}

/// The playhead: plain seconds (`12.5`) or a duration (`1min`).
fn seconds(v: &str) -> Option<f64> {
    v.trim()
        .parse::<f64>()
        .ok()
        .or_else(|| units::duration(v).ok())
        .filter(|t| t.is_finite() && *t >= 0.0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use migration_model::params::{GIB, MIB};
    use migration_model::{HoldReason, MigrationType, StopPolicy};
    use proptest::prelude::*;

    fn share(p: &Params) -> Share<'_> {
        Share {
            params: p,
            preset: None,
            t_s: 0.0,
            speed: None,
            compare: false,
            exercises: None,
        }
    }

    #[test]
    fn the_default_link_reads_like_the_issue_says() {
        let p = Params::default();
        let q = query(&Share {
            t_s: 12.5,
            ..share(&p)
        });
        assert_eq!(q, "type=live&bw=1Gbit/s&dirty=100MB/s&t=12.5");
        let l = parse(&format!("?{q}"));
        assert_eq!(l.params, p);
        assert_eq!(l.t_s, Some(12.5));
        assert!(l.ignored.is_empty());
        // Speed only when it is not the run's default.
        let q = query(&Share {
            speed: Some(0.125),
            ..share(&p)
        });
        assert_eq!(parse(&q).speed, Some(0.125), "{q}");
        assert!(!parse("speed=0").ignored.is_empty());
    }

    #[test]
    fn values_in_the_units_a_reader_expects() {
        assert_eq!(bit_rate(125e6), "1Gbit/s");
        assert_eq!(bit_rate(95e6), "760Mbit/s");
        assert_eq!(bit_rate(1.25e10), "100Gbit/s");
        assert_eq!(byte_rate(100e6), "100MB/s");
        assert_eq!(byte_rate(0.0), "0B/s");
        assert_eq!(size(4 * GIB), "4GiB");
        assert_eq!(size(512_000_000), "512MB");
        assert_eq!(size(4097), "4097B");
        assert_eq!(duration(0.3), "300ms");
        assert_eq!(duration(0.0005), "500us");
        assert_eq!(duration(7200.0), "2h");
        assert_eq!(duration(600.0), "10min");
        assert_eq!(duration(12.5), "12.5s");
        assert_eq!(duration(0.0), "0s");
        assert_eq!(sig4(1.23456), "1.235");
        assert_eq!(sig4(123456.0), "123456");
    }

    #[test]
    fn every_parameter_and_the_lists_round_trip() {
        let p = Params {
            migration_type: MigrationType::Suspended,
            policy: StopPolicy::Xen5,
            memory_bytes: 16 * GIB,
            zero_page_share: 0.25,
            page_size_bytes: 2 * MIB,
            bandwidth_bytes_per_s: 1.25e9,
            max_bandwidth_bytes_per_s: Some(128.0 * MIB as f64),
            dirty_rate_bytes_per_s: 25_000.0 * 4096.0,
            dirty_model: DirtyModel::Uniform,
            working_set_bytes: Some(512 * MIB),
            hot_set_share: 0.1,
            hot_write_share: 0.9,
            downtime_limit_s: 0.05,
            device_state_bytes: 16 * MIB,
            resume_time_s: 0.02,
            disk_bytes: 100 * GIB,
            shared_storage: false,
            storage_write_bytes_per_s: 2e9,
            storage_read_bytes_per_s: 3e9,
            shutdown_time_s: 15.0,
            boot_time_s: 90.0,
            rtt_s: 0.002,
            time_limit_s: 7200.0,
            auto_converge: true,
            writer_cpu_share: 0.05,
            suspend_after_s: Some(60.0),
            suspend_transfer: SuspendTransfer::Stream,
            hybrid_precopy_rounds: 3,
            holds: vec![Hold {
                start_after_suspend_s: 5.0,
                duration_s: 7200.0,
                reason: HoldReason::ComplianceReview,
            }],
            faults: vec![
                Fault {
                    at_s: 12.0,
                    kind: FaultKind::LinkFailure,
                },
                Fault {
                    at_s: 10.0,
                    kind: FaultKind::BandwidthDrop {
                        to_bytes_per_s: 12.5e6,
                        duration_s: 5.0,
                    },
                },
            ],
            seed: 42,
        };
        assert!(p.validate().is_ok());
        let q = query(&share(&p));
        let l = parse(&q);
        assert_eq!(l.ignored, vec![], "{q}");
        assert_eq!(l.params, p, "{q}");
        assert_eq!(tidy(&p), p, "already link-exact");
        assert!(q.contains("maxbw=128MiB/s"), "{q}");
        assert!(q.contains("hold=compliance@5s:2h"), "{q}");
        assert!(q.contains("fault=bandwidth-drop@10s:100Mbit/s:5s"), "{q}");
    }

    #[test]
    fn a_preset_is_the_base_and_only_changes_are_written() {
        let preset = presets::all()[0];
        let mut p = preset.params();
        p.seed = 7;
        let q = query(&Share {
            preset: Some(preset.id),
            ..share(&p)
        });
        assert!(q.starts_with(&format!("preset={}&", preset.id)), "{q}");
        assert!(q.contains("seed=7"), "{q}");
        let l = parse(&q);
        assert_eq!(l.preset, Some(preset.id));
        assert_eq!(l.params, tidy(&p));
    }

    #[test]
    fn bad_values_fall_back_to_their_default_and_are_named() {
        let l = parse("?type=warm&bw=fast&dirty=50MB/s&mem=1KiB&bogus=1&t=-3");
        let d = Params::default();
        assert_eq!(l.params.migration_type, d.migration_type);
        assert_eq!(l.params.bandwidth_bytes_per_s, d.bandwidth_bytes_per_s);
        assert_eq!(l.params.memory_bytes, d.memory_bytes);
        assert_eq!(l.params.dirty_rate_bytes_per_s, 50e6, "valid keys are kept");
        assert_eq!(l.t_s, None);
        let keys: Vec<&str> = l.ignored.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["type", "bw", "bogus", "t", "mem"]);
        assert!(
            l.ignored[4].why.starts_with("out of range"),
            "{:?}",
            l.ignored[4]
        );
    }

    #[test]
    fn a_combination_out_of_range_drops_the_key_that_caused_it() {
        // A working set larger than memory: the working set goes.
        let l = parse("mem=1GiB&ws=2GiB");
        assert_eq!(l.params.memory_bytes, GIB);
        assert_eq!(l.params.working_set_bytes, None);
        assert_eq!(l.ignored.len(), 1);
        assert_eq!(l.ignored[0].key, "ws");
    }

    #[test]
    fn embed_options_and_their_mistakes() {
        let l = parse("embed=1&controls=bw,dirty,warp,bw&autoplay=1&theme=dark");
        let e = l.embed.expect("embed");
        assert_eq!(e.controls, ["bw", "dirty"]);
        assert!(e.autoplay);
        assert_eq!(l.theme, Some(Theme::Dark));
        assert_eq!(l.ignored.len(), 1);
        assert_eq!(l.ignored[0].value, "warp");
        let p = Params::default();
        let q = embed_query(
            &share(&p),
            &Embed {
                controls: vec!["bw"],
                autoplay: true,
            },
            None,
        );
        assert_eq!(
            q,
            "type=live&bw=1Gbit/s&dirty=100MB/s&embed=1&controls=bw&autoplay=1"
        );
    }

    #[test]
    fn decoding_is_forgiving() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%E2%9C%93"), "✓");
        assert_eq!(decode("%FF"), "\u{fffd}");
        let l = parse("bw=1Gbit%2Fs&dirty");
        assert_eq!(l.params.bandwidth_bytes_per_s, 125e6);
        assert_eq!(l.ignored[0].key, "dirty");
        let long = "x".repeat(500);
        assert_eq!(
            parse(&format!("bw={long}")).ignored[0]
                .value
                .chars()
                .count(),
            QUOTE_MAX
        );
    }

    // --- Properties ---------------------------------------------------------------------

    /// A number with four significant digits, as a slider's value becomes after `tidy`.
    fn nice(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
        (lo.log10()..hi.log10(), 1000u32..10000).prop_map(|(e, m)| {
            let e = e.floor() as i32 - 3;
            format!("{m}e{e}").parse::<f64>().expect("a number")
        })
    }

    fn any_params() -> impl Strategy<Value = Params> {
        (
            (
                prop::sample::select(MigrationType::ALL.to_vec()),
                prop::sample::select(StopPolicy::ALL.to_vec()),
                (16u64..=4096).prop_map(|m| m * 64 * MIB),
                nice(1.25e6, 1.25e10),
                nice(1e6, 1e10),
                prop::option::of(1u64..=100),
                (0u32..=100).prop_map(|v| f64::from(v) / 100.0),
            ),
            (
                nice(0.001, 10.0),
                nice(1e7, 1e10),
                any::<bool>(),
                any::<bool>(),
                1u32..=10,
                any::<u64>(),
                prop::option::of((0u32..600, 1u32..4)),
            ),
        )
            .prop_map(|((ty, policy, mem, bw, dirty, ws, hot), rest)| {
                let (downtime, storage, shared, ac, hybrid, seed, fault) = rest;
                Params {
                    migration_type: ty,
                    policy,
                    memory_bytes: mem,
                    bandwidth_bytes_per_s: bw,
                    dirty_rate_bytes_per_s: dirty,
                    working_set_bytes: ws.map(|pct| mem / 100 * pct),
                    hot_set_share: hot,
                    downtime_limit_s: downtime,
                    storage_write_bytes_per_s: storage,
                    storage_read_bytes_per_s: storage,
                    shared_storage: shared,
                    auto_converge: ac,
                    hybrid_precopy_rounds: hybrid,
                    seed,
                    faults: fault
                        .map(|(at, k)| Fault {
                            at_s: f64::from(at) / 10.0,
                            kind: match k {
                                1 => FaultKind::LinkFailure,
                                2 => FaultKind::SourceHostFailure,
                                _ => FaultKind::LatencySpike {
                                    extra_rtt_s: 0.2,
                                    duration_s: 30.0,
                                },
                            },
                        })
                        .into_iter()
                        .collect(),
                    ..Params::default()
                }
            })
    }

    /// Slider-like values anywhere in range: not yet rounded.
    fn raw_params() -> impl Strategy<Value = Params> {
        (1.25e6f64..1.25e10, 0f64..1e10, 0.001f64..10.0, 0f64..1.0).prop_map(
            |(bw, dirty, dt, hot)| Params {
                bandwidth_bytes_per_s: bw,
                dirty_rate_bytes_per_s: dirty,
                downtime_limit_s: dt,
                hot_set_share: hot,
                ..Params::default()
            },
        )
    }

    /// A valid link, then one of the edits a hand, a mail program or a chat app makes.
    fn mutated_link() -> impl Strategy<Value = String> {
        (
            any_params(),
            any::<prop::sample::Index>(),
            prop_oneof![
                Just(String::new()),
                "[%&=+#?;,/@:. a-zA-Z0-9-]{0,8}",
                Just("%".to_string()),
                Just("&&".to_string()),
                Just("=".to_string()),
                Just("NaN".to_string()),
                Just("1e999".to_string()),
                Just("-1".to_string()),
                Just("%FF%FE".to_string()),
                Just("<b>x</b>".to_string()),
            ],
            0usize..4,
        )
            .prop_map(|(p, at, junk, how)| {
                let q = query(&share(&p));
                let chars: Vec<char> = q.chars().collect();
                let i = at.index(chars.len() + 1);
                let (a, b) = (
                    chars[..i].iter().collect::<String>(),
                    chars[i..].iter().collect::<String>(),
                );
                match how {
                    0 => format!("{a}{junk}{b}"),
                    1 => format!(
                        "{a}{junk}{}",
                        b.chars().skip(junk.len()).collect::<String>()
                    ),
                    2 => format!("{a}{b}&{a}"),
                    _ => a,
                }
            })
    }

    fn check_usable(l: &Link) {
        assert!(l.params.validate().is_ok(), "{:?}", l.params.validate());
        if let Some(t) = l.t_s {
            assert!(t.is_finite() && t >= 0.0);
        }
        for i in &l.ignored {
            assert!(i.value.chars().count() <= QUOTE_MAX && i.key.chars().count() <= QUOTE_MAX);
        }
    }

    proptest! {
        #[test]
        fn any_string_gives_a_usable_link(q in ".{0,200}") {
            check_usable(&parse(&q));
        }

        #[test]
        fn any_key_value_soup_gives_a_usable_link(
            kv in prop::collection::vec(
                (prop::sample::select(
                    KEYS.iter().map(|k| k.name).chain([HOLD, FAULT, PRESET, TIME, SPEED, VIEW, EMBED, CONTROLS, AUTOPLAY, THEME, PRESENT, "x"]).collect::<Vec<_>>()),
                 "[-0-9a-zA-Z.@:/%, ]{0,16}"),
                0..12)
        ) {
            let q = kv.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
            check_usable(&parse(&q));
        }

        #[test]
        fn near_valid_links_keep_what_they_can_and_name_the_rest(q in mutated_link()) {
            let l = parse(&q);
            check_usable(&l);
            // Every key the link gave (the last of each) is either used or named as ignored.
            let mut last = std::collections::BTreeMap::new();
            for (k, v) in pairs(&q) {
                last.insert(k, v);
            }
            for (k, v) in last {
                if l.ignored.iter().any(|i| i.key == quote(&k)) { continue; }
                if let Some(key) = KEYS.iter().find(|key| key.name == k) {
                    let mut want = l.params.clone();
                    prop_assert!((key.read)(&mut want, &v).is_ok(), "{k}={v} neither used nor named");
                    prop_assert_eq!((key.write)(&want), (key.write)(&l.params), "{}={} not applied", k, v);
                }
            }
        }

        #[test]
        fn link_exact_parameters_round_trip(p in any_params(), t in 0f64..1e4) {
            prop_assume!(p.validate().is_ok());
            let p = tidy(&p);
            let q = query(&Share { t_s: t, ..share(&p) });
            let l = parse(&q);
            prop_assert_eq!(&l.ignored, &vec![], "{}", q);
            prop_assert_eq!(&l.params, &p, "{}", q);
            prop_assert_eq!(l.t_s, (t > 0.0).then_some(t));
        }

        #[test]
        fn tidy_is_close_and_stable(p in raw_params()) {
            let t = tidy(&p);
            prop_assert_eq!(tidy(&t), t.clone());
            prop_assert_eq!(parse(&query(&share(&t))).params, t.clone());
            for (a, b) in [
                (p.bandwidth_bytes_per_s, t.bandwidth_bytes_per_s),
                (p.dirty_rate_bytes_per_s, t.dirty_rate_bytes_per_s),
                (p.downtime_limit_s, t.downtime_limit_s),
            ] {
                prop_assert!((a - b).abs() <= 5e-4 * a.abs(), "{} vs {}", a, b);
            }
            prop_assert!((p.hot_set_share - t.hot_set_share).abs() <= 5e-4 * p.hot_set_share + 1e-12);
        }

        /// The scenario parsers the links use, on their own: no input panics them.
        #[test]
        fn unit_parsers_never_panic(s in ".{0,40}", near in "[-0-9.eE+ ]{0,8}(k|M|G|T|Ki|Mi|Gi|b|B|bit|bits|pages|ms|s|min|h|us|%)?(/s|ps)?") {
            for v in [s.as_str(), near.as_str()] {
                let _ = units::size(v);
                let _ = units::rate(v);
                let _ = units::optional_rate(v);
                let _ = units::dirty_rate(v);
                let _ = units::duration(v);
                let _ = units::optional_duration(v);
                let _ = units::optional_size(v);
                let _ = units::share(v);
                let _ = units::boolean(v);
                let _ = units::whole::<u64>(v);
                let _ = units::fault(v);
                let _ = units::hold(v);
                let _ = units::fault(&format!("bandwidth-drop@{v}:{v}:{v}"));
                let _ = units::hold(&format!("compliance@{v}:{v}"));
            }
        }

        /// What a link gives, the model runs.
        #[test]
        fn parsed_links_simulate(q in mutated_link()) {
            let l = parse(&q);
            prop_assert!(migration_model::simulate(&l.params).is_ok());
        }
    }
}
