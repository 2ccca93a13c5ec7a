//! The scenario menu and the story card: named presets from the model
//! (`migration_model::presets`), each with a one-paragraph story shown when chosen.

use crate::features::replay::recording;
use crate::i18n::{t, t0, use_lang};
use migration_model::presets::{self, Preset};
use migration_model::Params;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    /// The preset last applied, if any.
    pub selected: Option<&'static str>,
    /// The parameters now: when they differ from the preset's, it reads "(changed)".
    pub params: Params,
    /// Applies a preset by id.
    pub onpick: Callback<&'static str>,
    /// Shows the story card again.
    #[prop_or_default]
    pub onstory: Option<Callback<()>>,
    /// The built-in recording shown, if any (`crate::features::replay::recording::BUILT_IN` id).
    #[prop_or_default]
    pub recording: Option<&'static str>,
    /// Opens a built-in recording by id; without it the menu lists none.
    #[prop_or_default]
    pub onrecording: Option<Callback<&'static str>>,
}

/// True when `params` are still exactly the preset's.
pub fn unchanged(id: &str, params: &Params) -> bool {
    presets::find(id).is_some_and(|p| p.params() == *params)
}

#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let lang = use_lang();
    let onchange = {
        let onpick = props.onpick.clone();
        let onrecording = props.onrecording.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            let value = el.value();
            if let Some(p) = presets::find(&value) {
                onpick.emit(p.id);
            } else if let (Some(b), Some(cb)) = (
                value.strip_prefix("rec:").and_then(recording::built_in),
                &onrecording,
            ) {
                cb.emit(b.id);
            }
        })
    };
    let recorded = props.recording.map(|id| format!("rec:{id}"));
    let selected = recorded.as_deref().or(props.selected).unwrap_or("");
    let changed = props
        .selected
        .is_some_and(|id| !unchanged(id, &props.params));
    html! {
        <div class="preset-picker">
            <label for="preset-select">{ t0(lang, "preset-label") }</label>
            <select id="preset-select" data-testid="preset-select" {onchange}>
                <option value="" selected={selected.is_empty()} disabled=true>{ t0(lang, "preset-choose") }</option>
                { for presets::all().iter().map(|p| html! {
                    <option value={p.id} selected={p.id == selected}>{ t0(lang, &format!("preset-{}", p.id)) }</option>
                }) }
                if props.onrecording.is_some() {
                    <optgroup label={t0(lang, "preset-recordings")}>
                        { for recording::BUILT_IN.iter().map(|b| {
                            let value = format!("rec:{}", b.id);
                            let chosen = value == selected;
                            html! { <option selected={chosen} {value}>{ b.title_in(lang) }</option> }
                        }) }
                    </optgroup>
                }
            </select>
            if changed {
                <span class="preset-changed" data-testid="preset-changed">{ t0(lang, "preset-changed") }</span>
            }
            if let (Some(onstory), Some(_)) = (&props.onstory, props.selected) {
                <button type="button" class="story-button" data-testid="story-show"
                    onclick={onstory.reform(|_: MouseEvent| ())}>{ t0(lang, "preset-story") }</button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryCardProps {
    pub id: &'static str,
    /// Hides the card.
    pub onclose: Callback<()>,
}

#[component]
pub fn StoryCard(props: &StoryCardProps) -> Html {
    let lang = use_lang();
    let Some(p): Option<&Preset> = presets::find(props.id) else {
        return Html::default();
    };
    // The scenario's title is message `preset-{id}`, its story `story-{id}` and
    // `.source`: an area of its own, whose text only an open card needs (build.rs).
    let w = |attr: &str| t0(lang, &format!("story-{}{attr}", p.id));
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <section class="story-card" role="region" aria-labelledby="story-title" data-testid="story">
            <div class="story-head">
                <h2 id="story-title">{ t0(lang, &format!("preset-{}", p.id)) }</h2>
                <button type="button" class="story-close" data-testid="story-close"
                    aria-label={t0(lang, "story-hide.label")} onclick={onclose}>
                    { t0(lang, "story-hide") }
                </button>
            </div>
            <p class="story-text">{ w("") }</p>
            <p class="story-source">{ t(lang, "story-from", &[("source", w(".source").into())]) }</p>
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every scenario has its title, story and source in the generated English (the
    /// model keeps only the parameters and facts), and the built-in recordings' titles
    /// read as the model writes them.
    #[test]
    fn every_scenario_and_recording_reads_in_english() {
        for p in presets::all() {
            for id in [
                format!("preset-{}", p.id),
                format!("story-{}", p.id),
                format!("story-{}.source", p.id),
            ] {
                let text = t0(Lang::En, &id);
                assert!(!text.is_empty() && text != id, "{id}: {text:?}");
            }
        }
        for b in recording::BUILT_IN {
            assert_eq!(b.title_in(Lang::En), b.title);
        }
    }
}
