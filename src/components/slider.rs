//! A labelled, controlled range input in model units; [`ParamSlider`], one from the
//! table in `sliders.rs`; and [`edit`], how every control over `Params` emits a change.

use crate::controls::scale::{SliderScale, STEPS};
use crate::controls::sliders::SliderSpec;
use migration_model::{ParamError, Params};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// Stable id, used for `<label for>` and by tests (`data-testid="slider-{id}"`).
    pub id: AttrValue,
    /// What the slider sets, e.g. "Bandwidth".
    pub label: AttrValue,
    /// Current value in model units.
    pub value: f64,
    pub scale: SliderScale,
    /// The value with its unit, for the label and for screen readers (`1 Gbit/s`).
    pub text: AttrValue,
    /// Called with the new value in model units on every input (while dragging).
    pub onchange: Callback<f64>,
    /// Why the current value cannot run, shown next to the control.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A short hint under the slider.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub disabled: bool,
}

#[component]
pub fn Slider(props: &SliderProps) -> Html {
    let scale = props.scale;
    let oninput = {
        let onchange = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(pos) = input.value().parse::<u32>() {
                onchange.emit(scale.value(pos));
            }
        })
    };
    let text = props.text.clone();
    let input_id = format!("slider-{}", props.id);
    let error_id = format!("{input_id}-error");
    html! {
        <div class={classes!("slider", props.error.is_some().then_some("invalid"))}>
            <label for={input_id.clone()}>
                <span class="slider-name">{ &props.label }</span>
                <output class="slider-value" for={input_id.clone()} data-testid={format!("{input_id}-value")}>{ text.clone() }</output>
            </label>
            <input
                type="range"
                id={input_id.clone()}
                data-testid={input_id.clone()}
                min="0"
                max={STEPS.to_string()}
                step="1"
                value={scale.position(props.value).to_string()}
                aria-valuetext={text}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}
                disabled={props.disabled}
                {oninput}
            />
            if let Some(hint) = &props.hint {
                <div class="hint" data-testid={format!("{input_id}-hint")}>{ hint }</div>
            }
            if let Some(err) = &props.error {
                <div class="control-error" id={error_id} role="alert">{ err }</div>
            }
        </div>
    }
}

/// A control's edit: `set` applied to a copy of `params` with the control's new value,
/// emitted as whole new parameters. Every control over `Params` (sliders, menus, check
/// boxes, buttons) edits through this.
pub fn edit<T: 'static>(
    params: &Params,
    onchange: &Callback<Params>,
    set: impl Fn(&mut Params, T) + 'static,
) -> Callback<T> {
    let params = params.clone();
    let onchange = onchange.clone();
    Callback::from(move |v: T| {
        let mut next = params.clone();
        set(&mut next, v);
        onchange.emit(next);
    })
}

#[derive(Properties, PartialEq)]
pub struct ParamSliderProps {
    /// Which slider (`sliders::by_id`).
    pub spec: &'static SliderSpec,
    /// The parameters as set (possibly invalid).
    pub params: Params,
    /// Why the parameters cannot run: shown here when it names one of the slider's fields.
    #[prop_or_default]
    pub error: Option<ParamError>,
    pub onchange: Callback<Params>,
    /// The short label and text (the compare view's bar).
    #[prop_or_default]
    pub short: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A range set by the run rather than the table (the fault time's end).
    #[prop_or_default]
    pub scale: Option<SliderScale>,
}

/// A slider from the table in `sliders.rs`.
#[component]
pub fn ParamSlider(props: &ParamSliderProps) -> Html {
    let s = props.spec;
    let p = &props.params;
    let error = props
        .error
        .as_ref()
        .filter(|e| s.errors.contains(&e.field))
        .map(|e| AttrValue::from(e.to_string()));
    let lang = crate::i18n::use_lang();
    let (label, text) = if props.short {
        (s.short_label(lang), (s.short_text)(p))
    } else {
        (s.label(lang), (s.text)(p, lang))
    };
    // The value in the page's notation ("1,5 Gbit/s" in Spanish); the range input itself
    // reads whole positions, so nothing typed needs reading back.
    let text = crate::picture::format::in_lang(lang, text);
    html! {
        <Slider id={s.id} {label} value={(s.value)(p)} scale={props.scale.unwrap_or(s.scale)}
            {text} {error} hint={props.hint.clone()}
            onchange={edit(p, &props.onchange, s.set)} />
    }
}
