//! "What if?": one parameter given several values, everything else the same. The compare
//! view's `by=<key>&values=<v1>,<v2>,…` and `migsim --vary KEY=V1,V2,…` both come here.
//!
//! The key is a link key: any of [`spec::PARAMS`] (`type`, `policy`, `bw`, `dirty`,
//! `mem`, …), or [`FAULT_KEY`] / [`HOLD_KEY`] / [`CHANGE_KEY`]. Each value is read by that key's own
//! reader, the one links and flags use (`units::…` through [`spec::of_key`]), so a value
//! is accepted here exactly when a link's `bw=` or the flag `--bandwidth` takes it. A
//! fault, hold or change value replaces the base's list with that one item (a fault or
//! change value may join several with `+`: `latency-spike@40s:1s:1min+link-failure@65s`,
//! `bw:100Mbit/s@40s+dirty:200MB/s@60s`); `none` empties it.
//!
//! [`vary`] gives one [`Variant`] per good value, in the order given: the value as the
//! notation writes it (it reads back the same), a name for people ("Xen (classic)",
//! "1 Gbit/s", "no fault", "link failure at 40 s") and the parameters to run. A value
//! that does not read, is out of range, repeats one before it, or comes after the
//! [`MAX_VALUES`]th is named in [`Vary::bad`] and left out; fewer than [`MIN_VALUES`] good
//! values is an error that names the bad ones.

use crate::notation;
use crate::params::{Change, ChangeKind, Fault, FaultKind, Hold, MigrationType};
use crate::say::{self, Say};
use crate::spec::{self, ParamSpec, CHANGE_KEY, FAULT_KEY, HOLD_KEY};
use crate::{units, Params};
use std::fmt;

/// Fewest values a comparison takes.
pub const MIN_VALUES: usize = 2;
/// Most values a comparison takes: six rows still fit a phone's screen.
pub const MAX_VALUES: usize = 6;
/// The key the compare view varies when a link names none: today's view, every type.
pub const TYPE_KEY: &str = "type";

/// One run of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// The value in the link notation, as a link or a flag writes it (`1Gbit/s`,
    /// `link-failure@40s`, `none`).
    pub value: String,
    /// The value for people: "Xen (classic)", "1 Gbit/s", "no fault" (`vary-…` of
    /// `locales/<lang>/model.ftl`; [`Variant::label`] is its English).
    pub name: Say,
    /// The base parameters with this value set (valid).
    pub params: Params,
}

impl Variant {
    /// The value for people in English: "Xen (classic)", "1 Gbit/s", "no fault".
    pub fn label(&self) -> String {
        self.name.to_string()
    }
}

/// A value left out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct BadValue {
    /// The value as given (trimmed).
    pub value: String,
    pub why: String,
}

impl fmt::Display for BadValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}': {}", self.value, self.why)
    }
}

/// A comparison by one key.
#[derive(Clone, Debug, PartialEq)]
pub struct Vary {
    /// The link key varied.
    pub by: &'static str,
    /// One per good value, in the order given.
    pub variants: Vec<Variant>,
    /// The values left out, in the order given.
    pub bad: Vec<BadValue>,
}

/// Why no comparison can be made.
#[derive(Clone, Debug, PartialEq)]
pub enum VaryError {
    /// The key is not a parameter's link key, `fault` or `hold`.
    UnknownKey(String),
    /// Fewer than [`MIN_VALUES`] values could be used.
    TooFew {
        by: &'static str,
        good: usize,
        bad: Vec<BadValue>,
    },
}

impl fmt::Display for VaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VaryError::UnknownKey(k) => write!(
                f,
                "'{k}' is not a parameter's key (one of {})",
                keys().collect::<Vec<_>>().join(", ")
            ),
            VaryError::TooFew { by, good, bad } => {
                write!(
                    f,
                    "{by}: {MIN_VALUES} to {MAX_VALUES} values needed, {good} usable"
                )?;
                for b in bad {
                    write!(f, "; {b}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for VaryError {}

/// Every key a comparison may vary: the parameters' link keys, then `fault`, `hold` and
/// `change`.
pub fn keys() -> impl Iterator<Item = &'static str> {
    spec::PARAMS
        .iter()
        .map(|s| s.key)
        .chain([FAULT_KEY, HOLD_KEY, CHANGE_KEY])
}

/// The key as a `&'static str`, when a comparison may vary it.
pub fn key(by: &str) -> Option<&'static str> {
    keys().find(|k| *k == by.trim())
}

/// A comma-separated list of values, each trimmed; empty items are skipped.
pub fn split(values: &str) -> Vec<&str> {
    values
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

/// The values `by` takes when a link gives none: every type for `type` (today's compare
/// view); nothing for other keys.
pub fn default_values(by: &str) -> Vec<String> {
    if by == TYPE_KEY {
        MigrationType::ALL
            .iter()
            .map(|t| t.key().to_string())
            .collect()
    } else {
        Vec::new()
    }
}

/// `base` with `by` set to `value`: the variant, or why the value cannot be used (its
/// reader's message naming the accepted form, or the range it is out of).
pub fn variant(base: &Params, by: &str, value: &str) -> Result<Variant, String> {
    let value = value.trim();
    let mut p = base.clone();
    let (written, name) = match by {
        FAULT_KEY if value.eq_ignore_ascii_case("none") => {
            p.faults.clear();
            ("none".to_string(), Say::new("vary-no-fault"))
        }
        FAULT_KEY => {
            p.faults = joined(value, units::fault)?;
            (faults_text(&p.faults), faults_name(&p.faults))
        }
        CHANGE_KEY if value.eq_ignore_ascii_case("none") => {
            p.changes.clear();
            ("none".to_string(), Say::new("vary-no-change"))
        }
        CHANGE_KEY => {
            p.changes = joined(value, units::change)?;
            (changes_text(&p.changes), changes_name(&p.changes))
        }
        HOLD_KEY if value.eq_ignore_ascii_case("none") => {
            p.holds.clear();
            ("none".to_string(), Say::new("vary-no-hold"))
        }
        HOLD_KEY => {
            let h = units::hold(value)?;
            p.holds = vec![h];
            (notation::hold(&h), hold_name(&h))
        }
        _ => {
            let s = spec::of_key(by).ok_or_else(|| format!("'{by}' is not a parameter's key"))?;
            (s.read)(&mut p, value)?;
            let written = (s.write)(&p);
            let name = param_name(s, &p, &written);
            (written, name)
        }
    };
    p.validate()
        .map_err(|e| format!("out of range ({}: accepted {})", e.field, e.accepted))?;
    Ok(Variant {
        value: written,
        name,
        params: p,
    })
}

/// Several items in one value, each read by `read`: joined by `+` (a link's `%2B`; a `+`
/// typed in an address bar arrives as a space, so spaces join them too).
fn joined<T>(value: &str, read: fn(&str) -> Result<T, String>) -> Result<Vec<T>, String> {
    value
        .split(|c: char| c == '+' || c.is_whitespace())
        .filter(|f| !f.is_empty())
        .map(read)
        .collect()
}

/// One variant per good value of `by`, in the order given (see the module's rules).
pub fn vary(base: &Params, by: &str, values: &[&str]) -> Result<Vary, VaryError> {
    let by = key(by).ok_or_else(|| VaryError::UnknownKey(by.trim().to_string()))?;
    let mut variants: Vec<Variant> = Vec::new();
    let mut bad = Vec::new();
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let mut reject = |why: String| {
            bad.push(BadValue {
                value: v.to_string(),
                why,
            })
        };
        match variant(base, by, v) {
            Err(why) => reject(why),
            Ok(x) if variants.iter().any(|y| y.params == x.params) => {
                reject(format!("the same run as {} given before", x.value))
            }
            Ok(_) if variants.len() >= MAX_VALUES => reject(format!("at most {MAX_VALUES} values")),
            Ok(x) => variants.push(x),
        }
    }
    if variants.len() < MIN_VALUES {
        return Err(VaryError::TooFew {
            by,
            good: variants.len(),
            bad,
        });
    }
    Ok(Vary { by, variants, bad })
}

/// A value of the notation for people: a space before the unit (`1 Gbit/s`, `300 ms`,
/// `4 GiB`), `µs` for `us`; words stay as they are.
pub fn spaced(written: &str) -> String {
    let split = written
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == '-'))
        .map(|(i, _)| i);
    match split {
        Some(i) if i > 0 => {
            let unit = &written[i..];
            let unit = if unit == "us" { "µs" } else { unit };
            format!("{} {unit}", &written[..i])
        }
        _ => written.to_string(),
    }
}

fn duration(s: f64) -> String {
    spaced(&notation::duration(s))
}

/// A fault for people: "link failure at 40 s", "bandwidth drop to 100 Mbit/s at 10 s
/// for 5 s", "latency spike of +200 ms at 10 s for 30 s".
pub fn fault_name(f: &Fault) -> Say {
    let at = duration(f.at_s);
    match f.kind {
        FaultKind::BandwidthDrop {
            to_bytes_per_s,
            duration_s,
        } => Say::new("vary-bandwidth-drop")
            .text("rate", spaced(&notation::bit_rate(to_bytes_per_s)))
            .text("at", at)
            .text("duration", duration(duration_s)),
        FaultKind::LatencySpike {
            extra_rtt_s,
            duration_s,
        } => Say::new("vary-latency-spike")
            .text("extra", duration(extra_rtt_s))
            .text("at", at)
            .text("duration", duration(duration_s)),
        k => Say::new("vary-fault-at")
            .word("fault", say::fault_word(&k))
            .text("at", at),
    }
}

/// Faults as one value: `link-failure@40s`, `latency-spike@40s:1s:1min+link-failure@65s`.
pub fn faults_text(faults: &[Fault]) -> String {
    if faults.is_empty() {
        return "none".into();
    }
    faults
        .iter()
        .map(notation::fault)
        .collect::<Vec<_>>()
        .join("+")
}

/// Names joined as one ("a and b and c"), or the sentence `none` when there are none.
fn joined_names(names: impl Iterator<Item = Say>, none: &'static str) -> Say {
    names
        .reduce(|first, next| Say::new("vary-and").say("first", first).say("next", next))
        .unwrap_or_else(|| Say::new(none))
}

/// Faults for people: "no fault", "link failure at 40 s", "… and link failure at 65 s".
pub fn faults_name(faults: &[Fault]) -> Say {
    joined_names(faults.iter().map(fault_name), "vary-no-fault")
}

/// A change for people: "bandwidth 100 Mbit/s from 40 s", "writes 200 MB/s from 40 s".
pub fn change_name(c: &Change) -> Say {
    let (id, rate) = match c.kind {
        ChangeKind::Bandwidth { bytes_per_s } => {
            ("vary-change-bw", spaced(&notation::bit_rate(bytes_per_s)))
        }
        ChangeKind::DirtyRate { bytes_per_s } => (
            "vary-change-dirty",
            spaced(&notation::byte_rate(bytes_per_s)),
        ),
    };
    Say::new(id).text("rate", rate).text("at", duration(c.at_s))
}

/// Changes as one value: `bw:100Mbit/s@40s`, `bw:100Mbit/s@40s+dirty:200MB/s@60s`.
pub fn changes_text(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "none".into();
    }
    changes
        .iter()
        .map(notation::change)
        .collect::<Vec<_>>()
        .join("+")
}

/// Changes for people: "no change", "bandwidth 100 Mbit/s from 40 s and …".
pub fn changes_name(changes: &[Change]) -> Say {
    joined_names(changes.iter().map(change_name), "vary-no-change")
}

/// A hold for people: "compliance review hold at 5 s for 2 h".
pub fn hold_name(h: &Hold) -> Say {
    Say::new("vary-hold")
        .word("reason", say::hold_word(h.reason))
        .text("at", duration(h.start_after_suspend_s))
        .text("duration", duration(h.duration_s))
}

/// A parameter's value for people, from the parameters and the value as written.
fn param_name(s: &ParamSpec, p: &Params, written: &str) -> Say {
    let with = |id: &'static str, key: &'static str, value: String| Say::new(id).text(key, value);
    match s.key {
        "type" => Say::new("vary-value").word("value", say::type_word(p.migration_type)),
        "policy" => Say::new("vary-value").word("value", say::policy_word(p.policy)),
        "via" => with("vary-via", "via", written.into()),
        "writes" => with("vary-writes", "model", written.into()),
        "ws" if written == "all" => Say::new("vary-ws-all"),
        "maxbw" if written == "none" => Say::new("vary-no-cap"),
        "xbzrle" if written == "off" => Say::new("vary-xbzrle-off"),
        "xbzrle" => with("vary-xbzrle", "size", spaced(written)),
        "suspend" if written == "none" => Say::new("vary-never-paused"),
        "suspend" => with("vary-paused-after", "after", spaced(written)),
        "seed" => with("vary-seed", "seed", written.into()),
        "hybrid" => Say::new("vary-hybrid-rounds").num("n", p.hybrid_precopy_rounds),
        _ if s.value_name == "BOOL" => Say::new("vary-switch")
            .text("key", s.key)
            .text("on", written),
        _ if s.value_name == "SHARE" => {
            let share = (s.write)(p);
            let value = units::decimal(&share)
                .map_or(share, |v| format!("{} %", notation::sig4(v * 100.0)));
            with("vary-value", "value", value)
        }
        _ => with("vary-value", "value", spaced(written)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_words_for_people() {
        let base = Params::default();
        let label = |by: &str, v: &str| variant(&base, by, v).map(|x| x.label());
        assert_eq!(label("policy", "xen").as_deref(), Ok("Xen (classic)"));
        assert_eq!(label("bw", "1Gbit/s").as_deref(), Ok("1 Gbit/s"));
        assert_eq!(label("bw", "10Gbps").as_deref(), Ok("10 Gbit/s"));
        assert_eq!(label("fault", "none").as_deref(), Ok("no fault"));
        assert_eq!(
            label("fault", "link-failure@40s").as_deref(),
            Ok("link failure at 40 s")
        );
        assert_eq!(label("type", "cold").as_deref(), Ok("Cold"));
        assert_eq!(label("downtime", "300ms").as_deref(), Ok("300 ms"));
        assert_eq!(label("mem", "8GiB").as_deref(), Ok("8 GiB"));
        assert_eq!(label("hot", "0.25").as_deref(), Ok("25 %"));
        assert_eq!(
            label("autoconverge", "yes").as_deref(),
            Ok("auto-converge: yes")
        );
        assert_eq!(spaced("500us"), "500 µs");
        assert_eq!(spaced("none"), "none");
    }

    #[test]
    fn values_are_written_back_in_the_notation() {
        let base = Params::default();
        let v = variant(&base, "bw", " 10Gbps ").unwrap();
        assert_eq!(v.value, "10Gbit/s");
        assert_eq!(v.params.bandwidth_bytes_per_s, 1.25e9);
        let f = variant(&base, "fault", "link-failure@40000ms").unwrap();
        assert_eq!(f.value, "link-failure@40s");
        // Several faults in one run, joined by `+` (or a space, as a typed `+` arrives).
        for v in [
            "source-failure@3s+link-failure@40s",
            "source-failure@3s link-failure@40s",
        ] {
            let f = variant(&base, "fault", v).unwrap();
            assert_eq!(f.value, "source-failure@3s+link-failure@40s");
            assert_eq!(f.params.faults.len(), 2);
            assert_eq!(
                f.label(),
                "source host failure at 3 s and link failure at 40 s"
            );
        }
    }
}
