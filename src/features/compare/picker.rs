//! The compare view's "Compare by" control: which parameter the rows vary and its
//! values, in the links' notation (`1Gbit/s,10Gbit/s`, `none,link-failure@40s`). Choosing
//! a parameter fills in values worth comparing and applies them; edited values apply
//! with Compare or Enter. A value that cannot be used is named under the field and left
//! out, as a link's would be.

use super::key_name;
use crate::i18n::{t, t0, use_lang, Lang};
use crate::links::compare::{suggested_values, CompareBy, PICKER};
use migration_model::vary::TYPE_KEY;
use migration_model::Params;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// The rows now: `None` for every type.
    pub by: Option<CompareBy>,
    /// The parameters the values are read against.
    pub params: crate::app::run::Ptr<Params>,
    pub onby: Callback<Option<CompareBy>>,
}

fn values_text(by: &Option<CompareBy>) -> String {
    by.as_ref()
        .map_or_else(|| suggested_values(TYPE_KEY).into(), |c| c.values.join(","))
}

/// Reads `values` for `key`: the rows to show (`None` for every type) and the
/// values left out, in words (the reasons are the link reader's).
fn read(lang: Lang, key: &str, values: &str, params: &Params) -> (Option<CompareBy>, Vec<String>) {
    let mut bad = Vec::new();
    let by = CompareBy::read(Some(key), Some(values), params, |k, v, why| {
        if k == crate::links::compare::VALUES {
            bad.push(t(
                lang,
                "compare-bad-value",
                &[("value", v.into()), ("why", why.into())],
            ));
        } else {
            bad.push(why);
        }
    });
    (by, bad)
}

#[component]
pub fn ComparePicker(props: &PickerProps) -> Html {
    let lang = use_lang();
    let key = props.by.as_ref().map_or(TYPE_KEY, |c| c.by);
    let text = use_state(|| values_text(&props.by));
    let bad = use_state(Vec::<String>::new);
    {
        let (text, by) = (text.clone(), props.by.clone());
        use_effect_with(by, move |by| text.set(values_text(by)));
    }
    let apply = {
        let (bad, onby, params) = (bad.clone(), props.onby.clone(), props.params.clone());
        move |key: &str, values: &str| {
            let (by, why) = read(lang, key, values, &params);
            if by.is_some() || why.is_empty() {
                onby.emit(by);
            }
            bad.set(why);
        }
    };
    let onkey = {
        let (apply, text) = (apply.clone(), text.clone());
        Callback::from(move |e: Event| {
            let k = e.target_unchecked_into::<HtmlSelectElement>().value();
            let values = suggested_values(&k);
            text.set(values.into());
            apply(&k, values);
        })
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let onsubmit = {
        let (apply, text) = (apply.clone(), text.clone());
        let key = key.to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            apply(&key, &text);
        })
    };
    let options = PICKER.iter().map(|(k, _)| {
        html! { <option value={*k} selected={*k == key}>{ key_name(lang, k) }</option> }
    });
    let help = t0(lang, "compare-by-help");
    html! {
        <form class="compare-by" data-testid="compare-by" {onsubmit}>
            <label class="compare-by-key">
                <span class="compare-by-title">{ t0(lang, "compare-by") }</span>
                <select data-testid="compare-by-key" onchange={onkey}>{ for options }</select>
            </label>
            <label class="compare-by-values">
                <span class="visually-hidden">{ t(lang, "compare-by-values", &[("key", key_name(lang, key).into())]) }</span>
                <input type="text" data-testid="compare-values" value={(*text).clone()} {oninput}
                    spellcheck="false" autocomplete="off" aria-describedby="compare-by-help" title={help.clone()} />
            </label>
            <button type="submit" data-testid="compare-apply">{ t0(lang, "compare-apply") }</button>
            <span id="compare-by-help" class="visually-hidden">{ help }</span>
            if !bad.is_empty() {
                <p class="compare-bad" role="status" data-testid="compare-bad">
                    { t(lang, "compare-left-out", &[("list", bad.join("; ").into())]) }
                </p>
            }
        </form>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_bad_value_is_named_and_the_good_ones_kept() {
        let (by, bad) = read(Lang::En, "bw", "1Gbit/s,fast,10Gbit/s", &Params::default());
        assert_eq!(by.unwrap().values, ["1Gbit/s", "10Gbit/s"]);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].starts_with("“fast”: "), "{bad:?}");
        let (by, bad) = read(Lang::En, "type", "", &Params::default());
        assert_eq!((by, bad), (None, vec![]));
    }
}
