//! Numbers for people: the project's one ladder of units lives in the model
//! (`migration_model::show`), which the model's own sentences use too. It writes a
//! decimal point; [`in_lang`] turns that into the page's language's notation.

pub use migration_model::show::*;

use crate::i18n::Lang;

/// Text holding quantities written by this module (`1.5 s`, `λ = 0.80`, `2.5×`), in
/// `lang`'s notation: Spanish writes a decimal comma (`1,5 s`), English and Chinese keep
/// the point, so their text is returned unchanged. Only a point between two digits is a
/// decimal point; other points (an ellipsis, the end of a sentence) stay. Never for
/// machine text: links and flags keep the point (`bw=1.5Gbit/s`).
/// (The model's `i18n::decimals`, which the model's translated sentences use too.)
pub fn in_lang(lang: Lang, text: String) -> String {
    migration_model::i18n::decimals(lang, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_writes_a_decimal_comma_and_english_and_chinese_a_point() {
        let s = |t: &str| in_lang(Lang::Es, t.to_string());
        assert_eq!(s("1.5 s"), "1,5 s");
        assert_eq!(s("312.5 MB/s"), "312,5 MB/s");
        assert_eq!(s("λ = 0.80"), "λ = 0,80");
        assert_eq!(s("2.5×"), "2,5×");
        assert_eq!(s("4.29 GB (1.02×)"), "4,29 GB (1,02×)");
        // Not decimal points: a sentence's end, an ellipsis, a lone point.
        assert_eq!(s("took 3 s. Then 2.5 s…"), "took 3 s. Then 2,5 s…");
        assert_eq!(s("Wait... 1."), "Wait... 1.");
        assert_eq!(s(".5"), ".5");
        assert_eq!(s("no numbers"), "no numbers");
        for lang in [Lang::En, Lang::ZhCn] {
            assert_eq!(in_lang(lang, "1.5 s, λ = 0.80".into()), "1.5 s, λ = 0.80");
        }
        // What this module writes reads the same in English.
        let written = format!("{} {}", duration(1.5), byte_rate(312.5e6));
        assert_eq!(in_lang(Lang::En, written.clone()), written);
        assert!(!in_lang(Lang::Es, written).contains('.'));
    }
}
