//! Transport: play/pause, previous/next event, restart, and playback speed on a log
//! scale from real time to deep slow motion.

use crate::app::state::{SPEED_MAX, SPEED_MIN};
use crate::controls::scale::SliderScale;
use crate::i18n::{t, t0, use_lang, Lang};
use yew::prelude::*;

use super::slider::Slider;

#[derive(Properties, PartialEq)]
pub struct TransportProps {
    pub playing: bool,
    /// Simulated seconds per real second.
    pub speed: f64,
    pub ontoggle: Callback<()>,
    /// `true` = next event, `false` = previous.
    pub onstep: Callback<bool>,
    pub onrestart: Callback<()>,
    pub onspeed: Callback<f64>,
    /// "What if… here?": a fork's id (`links::compare::fork_choices`) to add at the
    /// playhead (not in an embed, which shows the animated view only).
    #[prop_or_default]
    pub onfork: Option<Callback<&'static str>>,
    /// The forks offered, as `links::compare::fork_choices` gives them: id and name.
    #[prop_or_default]
    pub forks: Vec<(&'static str, String)>,
}

/// "real time", "10× slow motion", "8.0× faster" in `lang` (the factor in the
/// language's notation: "8,0×" in Spanish).
pub fn speed_text(lang: Lang, speed: f64) -> String {
    let factor = |f: f64| {
        let written = if f >= 10.0 {
            format!("{f:.0}")
        } else {
            format!("{f:.1}")
        };
        crate::picture::format::in_lang(lang, written)
    };
    if (speed - 1.0).abs() < 0.02 {
        t0(lang, "speed-real-time")
    } else if speed < 1.0 {
        t(
            lang,
            "speed-slow",
            &[("factor", factor(1.0 / speed).into())],
        )
    } else {
        t(lang, "speed-fast", &[("factor", factor(speed).into())])
    }
}

#[component]
pub fn Transport(props: &TransportProps) -> Html {
    let lang = use_lang();
    let w = |id: &str| t0(lang, id);
    let toggle = props.ontoggle.reform(|_: MouseEvent| ());
    let prev = props.onstep.reform(|_: MouseEvent| false);
    let next = props.onstep.reform(|_: MouseEvent| true);
    let restart = props.onrestart.reform(|_: MouseEvent| ());
    let onfork = {
        let onfork = props.onfork.clone();
        let forks = props.forks.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            let id = select.value();
            select.set_value("");
            let known = forks.iter().find(|(k, _)| *k == id);
            if let (Some(cb), Some((k, _))) = (&onfork, known) {
                cb.emit(k);
            }
        })
    };
    html! {
        <div class="transport" role="group" aria-label={w("transport")}>
            <button type="button" onclick={prev} data-testid="prev" title={w("transport-prev.title")} aria-label={w("transport-prev.label")}>{ w("transport-prev") }</button>
            // `data-twin`: the other state's words, which the style sheet lays unseen
            // under these, so the button keeps one width playing or paused and the
            // buttons after it never wrap to another line when playback starts.
            <button type="button" class="play" onclick={toggle} data-testid="play"
                data-twin={w(if props.playing { "transport-play" } else { "transport-pause" })}
                aria-label={w(if props.playing { "transport-pause.label" } else { "transport-play.label" })}>
                { w(if props.playing { "transport-pause" } else { "transport-play" }) }
            </button>
            <button type="button" onclick={next} data-testid="next" title={w("transport-next.title")} aria-label={w("transport-next.label")}>{ w("transport-next") }</button>
            <button type="button" onclick={restart} data-testid="restart" aria-label={w("transport-restart")} title={w("transport-restart")}>{ "↺" }</button>
            if props.onfork.is_some() {
            <label class="fork" title={w("transport-fork.title")}>
                <span class="visually-hidden">{ w("transport-fork") }</span>
                <select data-testid="fork" onchange={onfork}>
                    <option value="" selected=true>{ w("transport-fork") }</option>
                    { for props.forks.iter().map(|(k, name)| html! {
                        <option value={*k}>{ name.clone() }</option>
                    }) }
                </select>
            </label>
            }
            <div class="speed">
                <Slider id="speed" label={w("slider-speed")} value={props.speed}
                    scale={SliderScale::Log { min: SPEED_MIN, max: SPEED_MAX }}
                    text={speed_text(lang, props.speed)}
                    onchange={props.onspeed.clone()} />
            </div>
        </div>
    }
}
