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
    html! {
        <div class="transport" role="group" aria-label="Playback">
            <button type="button" onclick={prev} data-testid="prev" title="Previous event (←)" aria-label="Previous event">{ "◀ event" }</button>
            <button type="button" class="play" onclick={toggle} data-testid="play"
                aria-label={if props.playing { "Pause" } else { "Play" }}>
                { if props.playing { "❚❚ Pause" } else { "▶ Play" } }
            </button>
            <button type="button" onclick={next} data-testid="next" title="Next event (→)" aria-label="Next event">{ "event ▶" }</button>
            <button type="button" onclick={restart} data-testid="restart" aria-label="Restart" title="Restart">{ "↺" }</button>
            <div class="speed">
                <Slider id="speed" label="Speed" value={props.speed}
                    scale={SliderScale::Log { min: SPEED_MIN, max: SPEED_MAX }}
                    text={speed_text(props.speed)}
                    onchange={props.onspeed.clone()} />
            </div>
        </div>
    }
}
