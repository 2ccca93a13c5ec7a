//! Transport: play/pause, previous/next event, restart, and playback speed on a log
//! scale from real time to deep slow motion.

use crate::app::state::{SPEED_MAX, SPEED_MIN};
use crate::controls::scale::SliderScale;
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

/// "real time", "10× slow motion", "8× fast".
pub fn speed_text(speed: f64) -> String {
    if (speed - 1.0).abs() < 0.02 {
        "real time".into()
    } else if speed < 1.0 {
        let f = 1.0 / speed;
        if f >= 10.0 {
            format!("{f:.0}× slow motion")
        } else {
            format!("{f:.1}× slow motion")
        }
    } else if speed >= 10.0 {
        format!("{speed:.0}× faster")
    } else {
        format!("{speed:.1}× faster")
    }
}

#[component]
pub fn Transport(props: &TransportProps) -> Html {
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
        <div class="transport" role="group" aria-label="Playback">
            <button type="button" onclick={prev} data-testid="prev" title="Previous event (←)" aria-label="Previous event">{ "◀ event" }</button>
            <button type="button" class="play" onclick={toggle} data-testid="play"
                aria-label={if props.playing { "Pause" } else { "Play" }}>
                { if props.playing { "❚❚ Pause" } else { "▶ Play" } }
            </button>
            <button type="button" onclick={next} data-testid="next" title="Next event (→)" aria-label="Next event">{ "event ▶" }</button>
            <button type="button" onclick={restart} data-testid="restart" aria-label="Restart" title="Restart">{ "↺" }</button>
            if props.onfork.is_some() {
            <label class="fork" title="Compare this run with the same run and a fault or a change at the playhead">
                <span class="visually-hidden">{ "What if… here?" }</span>
                <select data-testid="fork" onchange={onfork}>
                    <option value="" selected=true>{ "What if… here?" }</option>
                    { for props.forks.iter().map(|(k, name)| html! {
                        <option value={*k}>{ name.clone() }</option>
                    }) }
                </select>
            </label>
            }
            <div class="speed">
                <Slider id="speed" label="Speed" value={props.speed}
                    scale={SliderScale::Log { min: SPEED_MIN, max: SPEED_MAX }}
                    text={speed_text(props.speed)}
                    onchange={props.onspeed.clone()} />
            </div>
        </div>
    }
}
