//! The students' language (issue 28; `docs/translating.md`): Project Fluent catalogues
//! under `model/locales/<lang>/`, compiled in with `include_str!`, one bundle per
//! language built on first use and kept for the thread.
//!
//! English is the source. A message missing from another catalogue, or one that Fluent
//! cannot format, falls back to English (and to the message's id if English lacks it
//! too): a student never sees a panic, and [`take_misses`] tells a test what fell back
//! (the catalogues' parity test in `model/tests/i18n.rs` catches it first).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::cell::{OnceCell, RefCell};
use std::fmt;

pub mod english;
pub mod pseudo;

/// A language the exercises and the app's main view are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum Lang {
    /// English, the source of every catalogue.
    #[default]
    En,
    /// Spanish (decimal comma).
    Es,
    /// Simplified Chinese.
    ZhCn,
    /// The pseudo-locale: English accented, in brackets and about 40 % longer
    /// ([`pseudo`]), to find text that a longer language would cut. Not in [`Lang::ALL`]
    /// (no catalogue of its own, no menu entry, no parity check): only a link's
    /// `lang=en-XA` reaches it ([`Lang::from_link`]).
    EnXa,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::ZhCn];

    /// The BCP 47 tag: the folder under `model/locales/`, `--lang` and `lang=`.
    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::ZhCn => "zh-CN",
            Lang::EnXa => pseudo::TAG,
        }
    }

    /// The language's name in itself, for a menu.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::ZhCn => "简体中文",
            Lang::EnXa => "English (pseudo)",
        }
    }

    /// Reads a tag (`en`, `es`, `zh-CN`; case and `_` for `-` do not matter).
    pub fn from_key(s: &str) -> Result<Lang, UnknownLang> {
        let t = s.trim().replace('_', "-");
        Lang::ALL
            .into_iter()
            .find(|l| l.key().eq_ignore_ascii_case(&t))
            .ok_or_else(|| UnknownLang(s.to_string()))
    }

    /// Reads a link's `lang=`: a tag [`Lang::from_key`] reads, or the pseudo-locale's
    /// `en-XA`, which nothing else offers (not `--lang`, a lesson's `lang:` or the menu).
    pub fn from_link(s: &str) -> Result<Lang, UnknownLang> {
        if s.trim().replace('_', "-").eq_ignore_ascii_case(pseudo::TAG) {
            return Ok(Lang::EnXa);
        }
        Lang::from_key(s)
    }

    /// The decimal separator numbers are written with: a comma in Spanish.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::Es => ',',
            Lang::En | Lang::ZhCn | Lang::EnXa => '.',
        }
    }

    /// The catalogue of exercises, as written in `model/locales/<key>/exercises.ftl`.
    pub fn exercises_ftl(self) -> &'static str {
        match self {
            Lang::En | Lang::EnXa => include_str!("../locales/en/exercises.ftl"),
            Lang::Es => include_str!("../locales/es/exercises.ftl"),
            Lang::ZhCn => include_str!("../locales/zh-CN/exercises.ftl"),
        }
    }

    /// The catalogue of lessons' words (questions, answers, reveals, placeholders), as
    /// written in `model/locales/<key>/lessons.ftl`.
    pub fn lessons_ftl(self) -> &'static str {
        match self {
            Lang::En | Lang::EnXa => include_str!("../locales/en/lessons.ftl"),
            Lang::Es => include_str!("../locales/es/lessons.ftl"),
            Lang::ZhCn => include_str!("../locales/zh-CN/lessons.ftl"),
        }
    }

    /// The catalogue of the app's main view, as written in `model/locales/<key>/app.ftl`
    /// (the app's English is generated from the English file at build time).
    pub fn app_ftl(self) -> &'static str {
        match self {
            Lang::En | Lang::EnXa => include_str!("../locales/en/app.ftl"),
            Lang::Es => include_str!("../locales/es/app.ftl"),
            Lang::ZhCn => include_str!("../locales/zh-CN/app.ftl"),
        }
    }

    /// The catalogue of the feature views' own words (`src/features/`: exercises,
    /// lessons, compare, evacuation, replay), as written in
    /// `model/locales/<key>/features.ftl` (compiled into the app like `app.ftl`, but
    /// into a function the English first screen never calls).
    pub fn features_ftl(self) -> &'static str {
        match self {
            Lang::En | Lang::EnXa => include_str!("../locales/en/features.ftl"),
            Lang::Es => include_str!("../locales/es/features.ftl"),
            Lang::ZhCn => include_str!("../locales/zh-CN/features.ftl"),
        }
    }

    /// The catalogue of the model's own sentences (stop reasons, event notes:
    /// [`crate::say`]), as written in `model/locales/<key>/model.ftl` (the model's
    /// English is generated from the English file at build time).
    pub fn model_ftl(self) -> &'static str {
        match self {
            Lang::En | Lang::EnXa => include_str!("../locales/en/model.ftl"),
            Lang::Es => include_str!("../locales/es/model.ftl"),
            Lang::ZhCn => include_str!("../locales/zh-CN/model.ftl"),
        }
    }

    /// Every catalogue of the language as (file name, text): one bundle holds them all,
    /// so ids are unique across them (the parity test checks).
    pub fn catalogues(self) -> [(&'static str, &'static str); 5] {
        [
            ("exercises.ftl", self.exercises_ftl()),
            ("lessons.ftl", self.lessons_ftl()),
            ("app.ftl", self.app_ftl()),
            ("features.ftl", self.features_ftl()),
            ("model.ftl", self.model_ftl()),
        ]
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl From<Lang> for &'static str {
    fn from(l: Lang) -> &'static str {
        l.key()
    }
}

impl TryFrom<String> for Lang {
    type Error = UnknownLang;

    fn try_from(s: String) -> Result<Lang, UnknownLang> {
        Lang::from_link(&s)
    }
}

/// A language tag no catalogue has; it names the value and the languages known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.key()).collect();
        write!(
            f,
            "unknown language `{}`: expected one of {}",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownLang {}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    // One more than `Lang::ALL`: the pseudo-locale's.
    static BUNDLES: [OnceCell<Bundle>; Lang::ALL.len() + 1] =
        const { [const { OnceCell::new() }; Lang::ALL.len() + 1] };
    static MISSES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn build(lang: Lang) -> Bundle {
    // The pseudo-locale is English to Fluent (its plural rules); only its text differs.
    let tag = if lang == Lang::EnXa { "en" } else { lang.key() };
    let langid = tag.parse().expect("every Lang key is a valid BCP 47 tag");
    let mut bundle = FluentBundle::new(vec![langid]);
    // No U+2068/U+2069 around placeables: the text goes to terminals, CSV, GIFT and
    // plain DOM text, where the marks show up as stray characters.
    bundle.set_use_isolating(false);
    if lang == Lang::EnXa {
        // Fluent hands the transform each piece of the message's own text, never a
        // variable's value: a number or a name passed in stays as it is.
        bundle.set_transform(Some(pseudo::accent));
    }
    for (_, text) in lang.catalogues() {
        // A syntax error drops only the entry it is in; the parity test reports it.
        let resource =
            FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _errors)| partial);
        // Ids are unique across the catalogues (the parity test checks); a clash keeps
        // the first.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn with_bundle<R>(lang: Lang, f: impl FnOnce(&Bundle) -> R) -> R {
    BUNDLES.with(|b| f(b[lang.index()].get_or_init(|| build(lang))))
}

/// A message's arguments: `(name, value)` pairs; a number selects a plural form.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

fn fluent_args<'a>(args: &Args<'a>) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        out.set(*k, v.clone());
    }
    out
}

/// Formats message `id` (or `id.attribute`) of `lang`'s catalogue strictly: the text,
/// or what went wrong (no such message, no value, or Fluent's errors, such as a
/// variable the message uses but `args` lack).
pub fn try_tr(lang: Lang, id: &str, args: &Args<'_>) -> Result<String, String> {
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    with_bundle(lang, |bundle| {
        let msg = bundle
            .get_message(msg_id)
            .ok_or_else(|| format!("{}: no message `{msg_id}`", lang.key()))?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|at| at.value()),
            None => msg.value(),
        }
        .ok_or_else(|| format!("{}: `{id}` has no text", lang.key()))?;
        let fargs = fluent_args(args);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if errors.is_empty() && lang == Lang::EnXa {
            Ok(pseudo::pad(text.into_owned()))
        } else if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            let why: Vec<String> = errors.iter().map(ToString::to_string).collect();
            Err(format!("{}: `{id}`: {}", lang.key(), why.join("; ")))
        }
    })
}

/// Message `id` of `lang`'s catalogue with `args`. Never panics: a message that is
/// missing or does not format falls back to English, then to `id` itself; each fall
/// back is noted for [`take_misses`].
pub fn tr(lang: Lang, id: &str, args: &Args<'_>) -> String {
    match try_tr(lang, id, args) {
        Ok(s) => s,
        Err(why) => {
            note_miss(why);
            if lang == Lang::En {
                return id.to_string();
            }
            try_tr(Lang::En, id, args).unwrap_or_else(|why| {
                note_miss(why);
                id.to_string()
            })
        }
    }
}

/// The first misses are kept for [`take_misses`]; a long session in the app that keeps
/// missing does not grow the list without end.
fn note_miss(why: String) {
    const KEEP: usize = 100;
    MISSES.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() < KEEP {
            m.push(why);
        }
    });
}

/// What [`tr`] could not format on this thread since the last call, and clears it:
/// tests assert it is empty after generating a set in every language.
pub fn take_misses() -> Vec<String> {
    MISSES.with(|m| std::mem::take(&mut *m.borrow_mut()))
}

/// Text holding numbers written with a decimal point (`1.5 s`, `4.295 GB`), in `lang`'s
/// notation: Spanish writes a decimal comma (`1,5 s`), English and Chinese keep the
/// point, so their text is returned unchanged. Only a point between two digits is a
/// decimal point; other points (an ellipsis, the end of a sentence) stay. Never for
/// machine text: links and flags keep the point (`bw=1.5Gbit/s`).
pub fn decimals(lang: Lang, text: String) -> String {
    let sep = lang.decimal_separator();
    if sep == '.' || !text.contains('.') {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if c == '.' && digit(i.checked_sub(1)) && digit(Some(i + 1)) {
                sep
            } else {
                c
            }
        })
        .collect()
}

/// A string argument.
pub fn s<'a>(v: impl Into<String>) -> FluentValue<'a> {
    FluentValue::from(v.into())
}

/// A number argument (for a plural selector, or a whole number shown as is).
pub fn n<'a>(v: impl Into<f64>) -> FluentValue<'a> {
    FluentValue::from(v.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back_and_unknown_ones_name_the_value_and_the_languages() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_key(l.key()), Ok(l));
        }
        assert_eq!(Lang::from_key("zh_cn"), Ok(Lang::ZhCn));
        let e = Lang::from_key("fr").unwrap_err().to_string();
        assert_eq!(e, "unknown language `fr`: expected one of en, es, zh-CN");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id_and_is_noted() {
        let _ = take_misses();
        assert_eq!(tr(Lang::Es, "no-such-message", &[]), "no-such-message");
        assert_eq!(take_misses().len(), 2, "the Spanish and the English miss");
        assert!(take_misses().is_empty(), "taking clears");
    }

    #[test]
    fn output_has_no_bidi_isolation_marks() {
        let t = tr(Lang::Es, "dur-s", &[("n", s("1,5"))]);
        assert_eq!(t, "1,5 s");
        assert!(!t.contains(['\u{2068}', '\u{2069}']));
    }
}
