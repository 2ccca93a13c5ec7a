//! Writing a link: the state's query, and an embed's.

use super::keys::{
    AUTOPLAY, CONTROLS, EMBED, LANG, PRESET, RECORDING, SPEED, THEME, TIME, VIEW, VM,
};
use super::{base_params, Embed, Share, Theme};
use migration_model::spec::{CHANGE_KEY, FAULT_KEY, HOLD_KEY, PARAMS};
use migration_model::{notation, presets};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a key or value encodes: everything but unreserved characters and the few that
/// make units and lists readable (`1Gbit/s`, `compliance@5s:2h`, `bw,dirty`). Encode only
/// what must be; decoding takes anything.
const ENCODED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/')
    .remove(b':')
    .remove(b'@')
    .remove(b',');

fn encode(s: &str) -> String {
    utf8_percent_encode(s, ENCODED).to_string()
}

/// A value whose `=` may stay as it is: a pair is split at its first `=`, so the rest
/// of a value reads back whole (`vm=mem=4GiB,dirty=100MB/s`).
const ENCODED_VALUE: &AsciiSet = &ENCODED.remove(b'=');

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
    for k in PARAMS {
        let v = (k.write)(s.params);
        if k.always || v != (k.write)(&base) {
            out.push((k.key.into(), v));
        }
    }
    if s.params.holds != base.holds {
        out.extend(
            s.params
                .holds
                .iter()
                .map(|h| (HOLD_KEY.into(), notation::hold(h))),
        );
        if s.params.holds.is_empty() {
            out.push((HOLD_KEY.into(), "none".into()));
        }
    }
    if s.params.faults != base.faults {
        out.extend(
            s.params
                .faults
                .iter()
                .map(|f| (FAULT_KEY.into(), notation::fault(f))),
        );
        if s.params.faults.is_empty() {
            out.push((FAULT_KEY.into(), "none".into()));
        }
    }
    if s.params.changes != base.changes {
        out.extend(
            s.params
                .changes
                .iter()
                .map(|c| (CHANGE_KEY.into(), notation::change(c))),
        );
        if s.params.changes.is_empty() {
            out.push((CHANGE_KEY.into(), "none".into()));
        }
    }
    if let Some(b) = s
        .recording
        .and_then(crate::features::replay::recording::built_in)
    {
        out.push((RECORDING.into(), b.id.into()));
    }
    if s.compare {
        out.push((VIEW.into(), "compare".into()));
        if let Some(c) = s.compare_by {
            out.extend(c.pairs());
        }
    }
    if let Some(e) = s.evacuate {
        out.push((VIEW.into(), "evacuate".into()));
        out.extend(e.pairs());
    }
    if let Some(pos) = s.exercises {
        out.push((VIEW.into(), "exercises".into()));
        out.extend(crate::links::exercise::pairs(pos));
    }
    if let Some(v) = s.speed.filter(|v| v.is_finite() && *v > 0.0) {
        out.push((SPEED.into(), format!("{v}")));
    }
    if s.t_s > 0.0 && s.t_s.is_finite() {
        // Shortest text that reads back as the same number: the exact playhead.
        out.push((TIME.into(), format!("{}", s.t_s)));
    }
    with_lang(join(&out), s.lang)
}

/// `q` with `lang=` at its end when a language was chosen: every link the page writes
/// (the state's, an open lesson's, an embed's) keeps it.
pub fn with_lang(mut q: String, lang: Option<crate::i18n::Lang>) -> String {
    if let Some(l) = lang {
        if !q.is_empty() {
            q.push('&');
        }
        q.push_str(&join(&[(LANG.to_string(), l.key().to_string())]));
    }
    q
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
        .map(|(k, v)| {
            let v = if k.as_str() == VM {
                utf8_percent_encode(v, ENCODED_VALUE).to_string()
            } else {
                encode(v)
            };
            format!("{}={}", encode(k), v)
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn only_what_must_be_is_encoded() {
        assert_eq!(encode("1Gbit/s"), "1Gbit/s");
        assert_eq!(encode("compliance@5s:2h"), "compliance@5s:2h");
        assert_eq!(encode("bw,dirty"), "bw,dirty");
        assert_eq!(encode("a b&c=d%+#"), "a%20b%26c%3Dd%25%2B%23");
        assert_eq!(encode("✓"), "%E2%9C%93");
    }
}
