//! VM Migration Lab: the web app. `main.rs` only calls [`start`]; tests mount [`App`].

pub mod components;
pub mod format;
pub mod frame;
pub mod render;
pub mod scale;
pub mod state;

use components::metrics::Metrics;
use components::slider::Slider;
use components::stage::Stage;
use migration_model::{MigrationType, Params};
use scale::Scale;
use state::{Action, AppState};
use yew::prelude::*;

/// Mounts the app into `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Starting parameters (tests and links); `None` = the lecture default.
    #[prop_or_default]
    pub initial: Option<Params>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone().unwrap_or_default();
    let state = use_reducer(move || AppState::new(initial));
    let trace = state.run.trace.clone();
    let params = &state.params;
    let error_for = |field: &str| {
        state
            .run
            .error
            .as_ref()
            .filter(|e| e.field == field)
            .map(|e| AttrValue::from(e.to_string()))
    };
    let edit = |f: fn(&mut Params, f64)| {
        let state = state.clone();
        Callback::from(move |v: f64| {
            let mut p = state.params.clone();
            f(&mut p, v);
            state.dispatch(Action::SetParams(Box::new(p)));
        })
    };
    let type_buttons = MigrationType::ALL.iter().map(|&ty| {
        let state = state.clone();
        let onclick = Callback::from(move |_| {
            let mut p = state.params.clone();
            p.migration_type = ty;
            state.dispatch(Action::SetParams(Box::new(p)));
        });
        let pressed = params.migration_type == ty;
        html! {
            <button type="button" class={classes!("type", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={format!("type-{}", ty.key())} {onclick}>
                { ty.label() }
            </button>
        }
    });
    let frame = use_memo(
        (trace.clone(), state.run.params.clone(), state.t_s),
        |(trace, params, t_s)| frame::Frame::at(trace, params, *t_s),
    );
    let description = describe(&frame);
    html! {
        <div class="app">
            <header class="app-header">
                <h1>{ "VM Migration Lab" }</h1>
                <nav class="types" aria-label="Migration type">{ for type_buttons }</nav>
            </header>
            <main class="layout">
                <section class="stage-area" aria-label="Migration picture">
                    <Stage frame={frame.clone()} bytes_moved={trace.bytes_sent_at(frame.t_s)} description={description} />
                </section>
                <aside class="side">
                    <Metrics trace={trace.clone()} t_s={state.t_s} />
                    <section class="controls" aria-labelledby="controls-title">
                        <h2 id="controls-title">{ "Parameters" }</h2>
                        <Slider id="bandwidth" label="Bandwidth" value={params.bandwidth_bytes_per_s}
                            scale={Scale::Log { min: 1.25e6, max: 1.25e10 }}
                            text={format::bit_rate(params.bandwidth_bytes_per_s)}
                            error={error_for("bandwidth_bytes_per_s")}
                            onchange={edit(|p, v| p.bandwidth_bytes_per_s = v)} />
                        <Slider id="dirty-rate" label="Dirty rate (page writes)" value={params.dirty_rate_bytes_per_s}
                            scale={Scale::LogWithZero { min: 1e6, max: 1e10 }}
                            text={format::byte_rate(params.dirty_rate_bytes_per_s)}
                            error={error_for("dirty_rate_bytes_per_s")}
                            onchange={edit(|p, v| p.dirty_rate_bytes_per_s = v)} />
                    </section>
                </aside>
            </main>
        </div>
    }
}

/// The canvas's text alternative: what it shows now, in one or two sentences.
fn describe(frame: &frame::Frame) -> AttrValue {
    let host = match frame.vm_host {
        migration_model::Host::Source => "the source host",
        migration_model::Host::Destination => "the destination host",
        migration_model::Host::Nowhere => "no host",
    };
    let dirty = frame
        .source
        .iter()
        .filter(|&&p| p == frame::Paint::Dirty)
        .count();
    AttrValue::from(format!(
        "At {}: the VM is {} on {}. {} of {} memory cells on the source are dirty. Link: {}.",
        format::duration(frame.t_s),
        render::state_label(frame.vm_state),
        host,
        dirty,
        frame.source.len(),
        if frame.link.broken {
            "down".to_string()
        } else {
            format::bit_rate(frame.link.rate_bytes_per_s)
        }
    ))
}
