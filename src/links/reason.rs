//! Why a link's value was not used, in the page's language. The link reader (and the
//! model's `query`, `units`, `vary` and `evacuate`, which `migsim` shares) writes its
//! reasons in English; here each one is read back into a message (`link-*` in
//! `app.ftl`) and its arguments, so the notice and the Embed dialog can say it in
//! Spanish or Chinese. The reasons are matched against the catalogue's own English
//! (`{$var}` where a value goes), so no English is written twice. A reason is used only
//! when the English message with those arguments gives back the very text the reader
//! wrote; anything else stays in English. An English page shows the reader's text
//! itself, unchanged.

use crate::i18n::{t, Arg, Lang};

/// The reasons' messages, the most specific first: a reason takes the first that reads
/// it back exactly. `link-nested` ("KEY=VALUE: why") comes last.
const REASONS: [&str; 50] = [
    "link-not-a-key",
    "link-no-scenario",
    "link-flag",
    "link-boolean",
    "link-seconds",
    "link-speed",
    "link-view",
    "link-step",
    "link-steps",
    "link-theme",
    "link-handout",
    "link-embed-view",
    "link-embed-recording",
    "link-size",
    "link-rate",
    "link-dirty-rate",
    "link-duration",
    "link-share",
    "link-bytes",
    "link-topics",
    "link-fault",
    "link-change",
    "link-hold",
    "link-compare-values",
    "link-compare-usable",
    "link-name-needed",
    "link-no-usable-vm",
    "link-out-of-range",
    "link-out-of-range-got",
    "link-out-of-range-field",
    "link-no-lesson",
    "link-no-recording",
    "link-no-control",
    "link-no-param",
    "link-no-param-key",
    "link-no-vm-param",
    "link-not-pair",
    "link-same-run",
    "link-whole-number",
    "link-problem",
    "link-level",
    "link-at-most",
    "link-at-most-values",
    "link-at-most-vms",
    "link-k-range",
    "link-k-whole",
    "link-order",
    "link-past-end",
    "link-one-of",
    "link-or-word",
];

/// A message the reader writes around another reason (`$why`), tried after
/// [`REASONS`]; its inner reason is read in turn.
const NESTED: [&str; 1] = ["link-nested"];

/// The values of `template`'s `{$var}`s in `why`, when `why` is `template` with each
/// `{$var}` replaced by some text: a value runs to the first place the text after it
/// follows (to the end for the last). `None` when it does not fit.
fn fill(template: &str, why: &str) -> Option<Vec<(String, String)>> {
    let mut values = Vec::new();
    let (head, mut rest_t) = template.split_once("{$").unwrap_or((template, ""));
    let mut rest = why.strip_prefix(head)?;
    if rest_t.is_empty() {
        return rest.is_empty().then_some(values);
    }
    loop {
        let (name, after) = rest_t.split_once('}')?;
        let last = !after.contains("{$");
        let (literal, next) = after.split_once("{$").unwrap_or((after, ""));
        let value = if last {
            rest.strip_suffix(literal)?
        } else if literal.is_empty() {
            return None;
        } else {
            &rest[..rest.find(literal)?]
        };
        rest = &rest[value.len() + literal.len()..];
        values.push((name.to_string(), value.to_string()));
        if last {
            return Some(values);
        }
        rest_t = next;
    }
}

/// `why` in `lang`, or `None` when it is not a reason this module knows.
fn read(why: &str, lang: Lang) -> Option<String> {
    let by = |id: &&str| {
        let values = fill(&t(Lang::En, id, &[]), why)?;
        let mut args: Vec<(&str, Arg<'_>)> = Vec::new();
        for (name, value) in &values {
            let value = match name.as_str() {
                // A reason inside the reason, in the page's language.
                "form" | "why" => read(value, lang)?,
                // "KEY=VALUE" as the link holds it: one word.
                "what" if value.contains(char::is_whitespace) || !value.contains('=') => {
                    return None
                }
                // The run's length, written by the app: in the language's notation.
                "end" => crate::picture::format::in_lang(lang, value.clone()),
                _ => value.clone(),
            };
            args.push((name.as_str(), value.into()));
        }
        Some(t(lang, id, &args))
    };
    REASONS.iter().chain(&NESTED).find_map(|id| {
        let text = by(id)?;
        // The English read back must be the reader's text, or the match was a guess.
        (lang != Lang::En || text == why).then_some(text)
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
    const BAD: [&str; 39] = [
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
        "view=compare&by=policy",
        "view=compare&by=wheel&values=1,2",
        "view=compare&by=bw&values=1Gbit/s,1Gbit/s,warp",
        "view=compare&by=bw&values=1Gbit/s,2Gbit/s,3Gbit/s,4Gbit/s,5Gbit/s,6Gbit/s,7Gbit/s",
        "view=compare&by=bw&values=1Gbit/s,1KiB/s",
        "view=evacuate&vm=mem&vm=name=&vm=wheel=1&k=x&order=tallest",
        "view=evacuate&vm=mem=huge",
        "view=evacuate&vm=mem=4GiB,dirty=lots&vm=mem=4GiB&k=5",
        "view=evacuate&vm=mem=1KiB",
        "view=evacuate&vm=mem=1GiB&vm=mem=1GiB&vm=mem=1GiB&vm=mem=1GiB&vm=mem=1GiB&vm=mem=1GiB&vm=mem=1GiB&vm=mem=1GiB&vm=mem=1GiB",
        "view=compare&by=bw&values=warp,1Gbit/s",
        "view=compare&by=fault&values=boom,none",
    ];

    /// Everything the link reader says about link `q`: its own reasons, the embed's and
    /// the evacuation setup's.
    fn reasons(q: &str) -> Vec<crate::links::Ignored> {
        let link = crate::links::parse(q);
        let mut all = link.ignored.clone();
        all.extend(crate::links::embed_drops(&link));
        if let Some(evac) = &link.evacuate {
            all.extend(crate::features::evacuate::Setup::read(evac, &link.params).1);
        }
        all
    }

    #[test]
    fn every_reason_a_link_gives_reads_back_in_english_and_has_spanish_and_chinese() {
        let mut seen = 0;
        for q in BAD {
            let all = reasons(q);
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
        assert!(seen >= 45, "{seen} reasons");
    }

    /// The app's own reason for a `t=` past the run's end (`AppState`'s link reading).
    #[test]
    fn a_time_past_the_end_reads_in_every_language() {
        let why = "past the end of the run (34.4 s)";
        assert_eq!(read(why, Lang::En).as_deref(), Some(why));
        for lang in [Lang::Es, Lang::ZhCn] {
            let text = in_lang(why, lang);
            let end = if lang == Lang::Es { "34,4 s" } else { "34.4 s" };
            assert!(text != why && text.contains(end), "{lang:?}: {text}");
        }
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
