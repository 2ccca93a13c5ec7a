//! The pseudo-locale `en-XA` (docs/translating.md, "Checking for cut text"): English
//! with every ASCII letter accented, in brackets and about 40 % longer, so that "Share"
//! reads "[Šĥåŕé ~~~]". A page opened with `lang=en-XA` shows every message this way:
//! text a longer language would cut is cut, a bracket missing at either end shows where,
//! and a word left plain is one that does not come from a catalogue.
//!
//! It is computed from the English catalogues at run time (no file to keep in step):
//! [`accent`] is the bundle's transform, which Fluent applies to the message's own text
//! and never to a variable's value (numbers and names passed in stay as they are), and
//! [`pad`] wraps the formatted message. Only a pseudo page formats in [`super::Lang::EnXa`],
//! so the English first screen never runs this.

use std::borrow::Cow;

/// The pseudo-locale's tag, as a link writes it.
pub const TAG: &str = "en-XA";

/// The accented letters for `a`…`z` and `A`…`Z`: one `char` each, so the text only
/// grows by [`pad`], and each still reads as its letter.
const LOWER: [char; 26] = [
    'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š',
    'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š',
    'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// `text` with each ASCII letter accented (`Share` → `Šĥåŕé`); anything else as is.
/// A plain `fn`, as Fluent's `set_transform` takes.
pub fn accent(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let out = text
        .chars()
        .map(|c| match c {
            'a'..='z' => LOWER[c as usize - 'a' as usize],
            'A'..='Z' => UPPER[c as usize - 'A' as usize],
            _ => c,
        })
        .collect();
    Cow::Owned(out)
}

/// A formatted message in brackets and padded with `~` to about 40 % longer:
/// `Šĥåŕé` → `[Šĥåŕé ~~~]`. The padding comes in words of five (`~~~~~ ~~~~~ ~~`), so a
/// long message wraps as a real one does instead of running out of its box in one piece. A message with no letter of its own (a separator such as
/// `, `, or one that is only a variable) is left as it is, so joined lists and numbers
/// do not fill with brackets.
pub fn pad(message: String) -> String {
    let accented = |c: &char| LOWER.contains(c) || UPPER.contains(c);
    if !message.chars().any(|c| accented(&c)) {
        return message;
    }
    let n = message.chars().count();
    // 40 % of the length, rounded up, and one more so that a short word grows too.
    let padding = (2 * n).div_ceil(5) + 1;
    let mut out = String::with_capacity(message.len() + padding + 3);
    out.push('[');
    out.push_str(&message);
    out.push(' ');
    out.extend((0..padding).map(|i| if i % 6 == 5 { ' ' } else { '~' }));
    if out.ends_with(' ') {
        out.push('~');
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{n, s, tr, Lang};

    #[test]
    fn letters_are_accented_one_for_one_and_the_rest_kept() {
        assert_eq!(accent("Share"), "Šĥåŕé");
        assert_eq!(accent("Zz, 12 MB/s!"), "Žž, 12 ṀƁ/š!");
        assert!(matches!(accent("12 · 3"), Cow::Borrowed(_)));
        let all: String = ('a'..='z').chain('A'..='Z').collect();
        assert_eq!(accent(&all).chars().count(), 52);
        assert!(!accent(&all).chars().any(|c| c.is_ascii_alphabetic()));
    }

    #[test]
    fn a_message_is_bracketed_and_forty_percent_longer() {
        assert_eq!(pad("Šĥåŕé".into()), "[Šĥåŕé ~~~]");
        let long = accent(&"word ".repeat(20)).into_owned();
        let grown = pad(long.clone()).chars().count() as f64 / long.chars().count() as f64;
        assert!((1.4..1.5).contains(&grown), "{grown}");
        let padded = pad(long);
        assert!(
            !padded.contains("~~~~~~") && padded.ends_with("~]"),
            "{padded}"
        );
        assert_eq!(pad(", ".into()), ", ");
        assert_eq!(pad("12 MB/s".into()), "12 MB/s");
    }

    #[test]
    fn only_links_reach_it_and_it_is_no_language_of_the_catalogues() {
        assert_eq!(Lang::from_link("en-XA"), Ok(Lang::EnXa));
        assert_eq!(Lang::from_link("EN_xa"), Ok(Lang::EnXa));
        assert_eq!(Lang::from_link("es"), Ok(Lang::Es));
        assert!(
            Lang::from_key("en-XA").is_err(),
            "not --lang, not a lesson's lang:"
        );
        assert!(!Lang::ALL.contains(&Lang::EnXa));
        assert_eq!(Lang::EnXa.key(), "en-XA");
        let json = serde_json::to_string(&Lang::EnXa).unwrap();
        assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), Lang::EnXa);
    }

    #[test]
    fn variables_keep_their_values_and_plurals_are_english() {
        let one = tr(Lang::EnXa, "dur-s", &[("n", s("1.5"))]);
        assert!(one.starts_with("[1.5 š ~"), "{one}");
        // A word passed in is not accented; a number still picks English's plural.
        let en = tr(Lang::En, "answer-rounds", &[("n", n(1))]);
        let xa = tr(Lang::EnXa, "answer-rounds", &[("n", n(1))]);
        assert_eq!(xa, pad(accent(&en).into_owned()));
        let name = tr(
            Lang::EnXa,
            "list-and",
            &[("init", s("Alice")), ("last", s("Bob"))],
        );
        assert!(name.contains("Alice") && name.contains("Bob"), "{name}");
    }
}
