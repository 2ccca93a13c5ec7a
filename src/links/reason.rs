//! Why a link's value was not used, in the page's language. The link reader (and the
//! model's `query` and `units`, which `migsim` shares) writes its reasons in English;
//! here each one is read back into a message id and its arguments (`link-*` in
//! `app.ftl`), so the notice and the Embed dialog can say it in Spanish or Chinese.
//! A reason is used only when the English message with those arguments gives back the
//! very text the reader wrote; anything else stays in English. An English page shows the
//! reader's text itself, unchanged.

use crate::i18n::{t, Lang};
use migration_model::units;

/// Reasons that are always the same text, and their messages.
const FIXED: [(&str, &str); 23] = [
    ("not a key this app knows", "link-not-a-key"),
    ("no scenario has this name", "link-no-scenario"),
    ("expected 1 or 0", "link-flag"),
    ("expected true or false", "link-boolean"),
    ("expected seconds like 12.5 (0 or more)", "link-seconds"),
    (
        "expected simulated seconds per second, like 8",
        "link-speed",
    ),
    ("expected main, compare, exercises or evacuate", "link-view"),
    ("expected a step number from 1", "link-step"),
    (
        "expected steps like 3-5 (from 1, first ≤ last)",
        "link-steps",
    ),
    ("expected light, dark or auto", "link-theme"),
    ("a handout prints a lesson: add lesson=ID", "link-handout"),
    ("an embed shows the animated view only", "link-embed-view"),
    (
        "an embed shows the model's picture, not a recording",
        "link-embed-recording",
    ),
    (units::SIZE_FORM, "link-size"),
    (units::RATE_FORM, "link-rate"),
    (units::DIRTY_RATE_FORM, "link-dirty-rate"),
    (units::DURATION_FORM, "link-duration"),
    (units::SHARE_FORM, "link-share"),
    ("expected a number of bytes like 13.3 or 512B", "link-bytes"),
    ("expected topics like live,postcopy", "link-topics"),
    (units::FAULT_FORM, "link-fault"),
    (units::CHANGE_FORM, "link-change"),
    (units::HOLD_FORM, "link-hold"),
];

/// Reasons with one value in them: (text before, text after, message, its variable).
const WITH_VALUE: [(&str, &str, &str, &str); 10] = [
    (
        "out of range (accepted ",
        ")",
        "link-out-of-range",
        "accepted",
    ),
    ("no lesson has this name (", ")", "link-no-lesson", "names"),
    (
        "no built-in recording has this name (",
        ")",
        "link-no-recording",
        "names",
    ),
    (
        "not a control an embed can show (",
        ")",
        "link-no-control",
        "names",
    ),
    ("not a parameter's key (", ")", "link-no-param", "names"),
    ("expected one of ", "", "link-one-of", "names"),
    (
        "expected a whole number like ",
        "",
        "link-whole-number",
        "example",
    ),
    (
        "expected a problem number from 1 to ",
        "",
        "link-problem",
        "max",
    ),
    ("expected a level from 1 to ", "", "link-level", "max"),
    ("at most ", " of these", "link-at-most", "max"),
];

/// Words a link may hold instead of a form's value (`bw-cap=none`): "FORM, or none".
const OR_WORDS: [&str; 3] = ["none", "all", "off"];

/// `why` in `lang`, or `None` when it is not a reason this module knows.
fn read(why: &str, lang: Lang) -> Option<String> {
    if let Some((_, id)) = FIXED.iter().find(|(en, _)| *en == why) {
        return Some(t(lang, id, &[]));
    }
    for word in OR_WORDS {
        if let Some(form) = why.strip_suffix(&format!(", or {word}")) {
            let form = read(form, lang)?;
            return Some(t(
                lang,
                "link-or-word",
                &[("form", form.into()), ("word", word.into())],
            ));
        }
    }
    WITH_VALUE.iter().find_map(|(before, after, id, var)| {
        let value = why.strip_prefix(before)?.strip_suffix(after)?;
        Some(t(lang, id, &[(var, value.into())]))
    })
}

/// Why a link's value was not used, in `lang`: the reader's English on an English page
/// or when the reason is not one of the catalogue's.
pub fn in_lang(why: &str, lang: Lang) -> String {
    if lang == Lang::En || read(why, Lang::En).as_deref() != Some(why) {
        return why.to_string();
    }
    read(why, lang).unwrap_or_else(|| why.to_string())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Links that go wrong in every way the reader names.
    const BAD: [&str; 27] = [
        "bw=warp",
        "dirty=lots",
        "mem=huge",
        "downtime=soon",
        "mem=1KiB",
        "maxbw=fast",
        "ws=lots",
        "xbzrle=lots",
        "hot=lots",
        "shared=maybe",
        "xbzrlepage=lots",
        "fault=boom",
        "hold=later",
        "change=x",
        "type=teleport",
        "nonsense=1",
        "preset=nope",
        "t=-3",
        "speed=0",
        "view=gallery",
        "theme=pink",
        "present=maybe",
        "lesson=nope",
        "lesson=drama&step=0",
        "lesson=drama&steps=5-3",
        "embed=1&controls=bw,wheel&view=compare",
        "view=exercises&set=x&level=9&q=99&topics=nope",
    ];

    #[test]
    fn every_reason_a_link_gives_reads_back_in_english_and_has_spanish_and_chinese() {
        let mut seen = 0;
        for q in BAD {
            let link = crate::links::parse(q);
            let mut all = link.ignored.clone();
            all.extend(crate::links::embed_drops(&link));
            assert!(!all.is_empty(), "{q}");
            for i in all {
                assert_eq!(
                    read(&i.why, Lang::En).as_deref(),
                    Some(i.why.as_str()),
                    "{q}: {i}"
                );
                let es = in_lang(&i.why, Lang::Es);
                let zh = in_lang(&i.why, Lang::ZhCn);
                assert!(es != i.why && zh != i.why, "{q}: {i} / {es} / {zh}");
                assert_eq!(in_lang(&i.why, Lang::En), i.why);
                seen += 1;
            }
        }
        assert!(seen >= 25, "{seen} reasons");
    }

    #[test]
    fn a_reason_it_does_not_know_stays_in_english() {
        let odd = "cannot be combined (something)";
        assert_eq!(in_lang(odd, Lang::Es), odd);
        assert_eq!(
            in_lang("bw 'x': expected something", Lang::ZhCn),
            "bw 'x': expected something"
        );
    }
}
