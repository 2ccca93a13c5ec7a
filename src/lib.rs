//! VM Migration Lab: the web app. `main.rs` only calls [`start`]; tests mount [`App`].

pub mod charts;
pub mod components;
pub mod embed;
pub mod exercise_link;
pub mod export;
pub mod format;
pub mod frame;
pub mod keys;
pub mod labels;
pub mod lesson;
pub mod narrate;
pub mod page;
pub mod page_life;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod recording;
pub mod recording_picture;
pub mod render;
pub mod run;
pub mod scale;
pub mod sliders;
pub mod state;
pub mod url;

use components::charts_panel::{ChartsPanel, PanelTabs};
use components::compare::{CompareView, ViewTabs};
use components::controls::Controls;
use components::exercises::ExercisesView;
use components::metrics::Metrics;
use components::notice::{notice, phase_announcer};
use components::presets::{PresetPicker, StoryCard};
use components::replay_view::{self, RecordingOpener, ReplayView};
use components::stage::Stage;
use components::timeline::Timeline;
use components::timeline_key::TimelineKey;
use components::toolbar::{dialogs, toolbar};
use components::transport::Transport;
use migration_model::{MigrationType, Params};
use state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// Mounts the app into `<body>`.
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
    // The page's "cannot start" message (index.html) is not needed: the app started.
    if let Some(el) = page::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-fallback"))
    {
        el.remove();
    }
    page::remember_prerender();
    let link = Rc::new(url::parse(&page::location_query()));
    yew::Renderer::<App>::with_props(AppProps {
        initial: None,
        link: Some(link),
    })
    .render();
}

/// A bug must never leave a blank page: say what happened, in the page and the console.
fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    let text = info.to_string();
    web_sys::console::error_1(&text.clone().into());
    let Some(doc) = crate::page::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(banner), Some(body)) = (doc.create_element("div"), doc.body()) {
        banner.set_class_name("crash");
        banner.set_attribute("role", "alert").ok();
        banner.set_text_content(Some(&format!(
            "VM Migration Lab hit a bug and stopped: {text}. Reload the page to start again; your link keeps the parameters."
        )));
        body.prepend_with_node_1(&banner).ok();
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Starting parameters (tests and links); `None` = the lecture default.
    #[prop_or_default]
    pub initial: Option<Params>,
    /// The page's link (`start` reads it from the URL): its parameters replace
    /// `initial`, and the URL is kept in step while the user works. `None` in tests.
    #[prop_or_default]
    pub link: Option<Rc<url::Link>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let link = props.link.clone();
    let initial = link
        .as_ref()
        .map(|l| l.params.clone())
        .or_else(|| props.initial.clone())
        .unwrap_or_default();
    let state = use_reducer(move || {
        let mut s = AppState::new(initial);
        s.reduced_motion = prefers_reduced_motion();
        if let Some(l) = &link {
            s.restore(l, page::stored_theme());
            if let Some(p) = lesson::open_built_in(l) {
                let notices = lesson::link_notices(l, p.lesson.steps.len());
                lesson::scene::open(&mut s, p);
                s.page.notice.extend(notices);
            }
        }
        s
    });
    components::lesson::use_packed_lesson(props.link.clone(), state.dispatcher());
    use_linked_recording(props.link.clone(), state.dispatcher());
    let hovered_mark = use_state(|| None::<lesson::Mark>);
    let mark = components::lesson::active_mark(state.lesson.as_ref(), *hovered_mark);
    // The page around the app: theme, presentation, the URL, keys on the whole window.
    let dark = page::use_page_effects(&state.page);
    use_effect_with((), |_| page::mark_ready());
    let presenting = state.page.presenting;
    let palette = match (dark, presenting) {
        (true, false) => render::Palette::DARK,
        (true, true) => render::Palette::DARK.high_contrast(),
        (false, false) => render::Palette::LIGHT,
        (false, true) => render::Palette::LIGHT.high_contrast(),
    };
    // A lesson's link names the lesson and the step; the step sets the rest.
    let synced = state.page.linked && state.page.embed.is_none();
    page::use_url_sync(
        synced.then(|| components::share::page_query(&state, true)),
        state.page.history_pushes,
    );
    // Back after "Show me" (the one navigation with its own history entry) applies the
    // entry's link again: the problem it left.
    page::use_history_moves({
        let d = state.dispatcher();
        Callback::from(move |query: String| {
            if synced {
                d.dispatch(Action::FollowLink(Box::new(url::parse(&query))));
            }
        })
    });
    let root = use_node_ref();
    let trace = state.run.trace.clone();
    let run_params = state.run.params.clone();
    use_playback(state.playing, state.dispatcher());

    // While the picture plays a recording: QEMU's state at the playhead, once, for the
    // picture, the narration and the bytes moved.
    let real_picture = state.real_picture().cloned();
    let moment = use_memo((real_picture.clone(), state.t_s), |(real, t_s)| {
        real.as_ref()
            .map(|r| recording_picture::RealMoment::at(r, *t_s))
    });
    let frame = use_memo(
        (
            trace.clone(),
            run_params.clone(),
            state.t_s,
            real_picture,
            moment.clone(),
        ),
        |(trace, params, t_s, real, moment)| match (real, &**moment) {
            (Some(r), Some(m)) => recording_picture::frame(r, m),
            _ => frame::Frame::at(trace, params, *t_s),
        },
    );
    let send = Sender(state.dispatcher());
    let set_params = send.to(|p: Params| Action::SetParams(Box::new(p)));
    let type_buttons = MigrationType::ALL.iter().enumerate().map(|(i, &ty)| {
        let pressed = state.params.migration_type == ty;
        let onclick = send.to(move |_: MouseEvent| Action::SetType(ty));
        html! {
            <button type="button" class={classes!("type", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={format!("type-{}", ty.key())}
                title={format!("{} (key {})", ty.label(), i + 1)} {onclick}>
                { ty.label() }
            </button>
        }
    });
    let onseek = send.to(Action::Seek);
    let onstep = send.to(|next: bool| {
        if next {
            Action::StepNext
        } else {
            Action::StepPrev
        }
    });
    let ontoggle = send.to(|()| Action::TogglePlay);
    let onrestart = send.to(|()| Action::Restart);
    let onspeed = send.to(Action::SetSpeed);
    page::use_window_keys(
        root.clone(),
        keys::shortcuts(
            state.dispatcher(),
            keys::KeyContext {
                presenting,
                has_story: state.preset.is_some() && state.page.embed.is_none(),
                story_open: state.story_open,
                lesson_open: state.lesson.is_some(),
            },
        ),
    );
    keys::use_clicker_keys(state.dispatcher());
    let description = describe(&frame);
    let narration = match &*moment {
        Some(m) => m.sentence(),
        None => narrate::narrate(&trace, &run_params, frame.t_s),
    };
    let bytes_moved = match &*moment {
        Some(m) => m.sent,
        None => trace.bytes_sent_at(frame.t_s),
    };
    let longest_line = use_memo((trace.clone(), run_params.clone()), |(trace, params)| {
        narrate::longest(trace, params)
    });
    let onmark = {
        let h = hovered_mark.clone();
        Callback::from(move |m| h.set(m))
    };
    let lesson_panel = state.lesson.clone().map(|progress| {
        let ondo = send.to(Action::Lesson);
        let embed = state.page.embed.is_some();
        let caption = components::lesson::mark_caption(mark);
        html! { <components::lesson::LessonPanel {progress} {ondo} onmark={onmark.clone()} {embed} {caption} /> }
    });
    let highlight = components::lesson::mark_span(mark, &trace);
    if let Some(embed) = state.page.embed.clone() {
        return html! {
            <embed::EmbedView state={state.clone()} {embed} frame={frame.clone()} narration={narration}
                description={description} {palette} root={root} lesson={lesson_panel} {highlight} />
        };
    }
    let onlesson = send.to(|p| Action::OpenLesson(Box::new(p)));
    let announce = announcement(&frame);
    let tools = toolbar(&state, dark);
    let ondismiss = send.to(|()| Action::Page(page::PageAction::DismissNotice));
    // Compare view, side panel and scenarios.
    let onview = send.to(Action::ShowView);
    let onpanel = send.to(Action::ShowPanel);
    let onpreset = send.to(Action::ApplyPreset);
    let onstory = send.to(|()| Action::ShowStory(true));
    let onstory_close = send.to(|()| Action::ShowStory(false));
    let onopen = send.to(Action::OpenType);
    let onexercise = send.to(Action::ShowExercise);
    let onshowme = send.to(|p| Action::PlayScenario(Box::new(p)));
    let types_row = use_node_ref();
    use_selected_type_in_view(types_row.clone(), state.params.migration_type);
    let recordings = recording_callbacks(state.dispatcher());
    let (ondragover, ondrop) = replay_view::drop_handlers(recordings.opened.clone());
    html! {
        <div class={classes!("app", presenting.then_some("presenting"), state.lesson.is_some().then_some("lesson-open"))} ref={root} {ondragover} {ondrop}>
            <header class="app-header">
                <h1>{ "VM Migration Lab" }</h1>
                <nav class="types" aria-label="Migration type" ref={types_row}>{ for type_buttons }</nav>
                <ViewTabs view={state.view} onchange={onview} />
            </header>
            { notice(&state.page.notice, ondismiss) }
            { phase_announcer(announce) }
            { dialogs(&state, &narration) }
            if state.view == state::View::Exercises {
                <ExercisesView pos={state.exercise.clone()} onnav={onexercise} onshow={onshowme} />
            } else if state.view == state::View::Compare {
                <div class="tools-row">{ tools.clone() }</div>
                { lesson_panel.clone().unwrap_or_default() }
                <CompareView params={run_params.clone()} runs={state.run.by_type()} edit={state.params.clone()} error={state.run.error.clone()}
                    preset={state.preset} onchange={set_params.clone()} {onopen} onpreset={onpreset.clone()} />
            } else {
            <main class="layout">
                <section class="stage-area" aria-label="Migration picture">
                    { lesson_panel.unwrap_or_default() }
                    <div class="narration-box">
                        <p class="narration" data-testid="narration">{ narration }</p>
                        <p class="narration narration-ghost" aria-hidden="true">{ (*longest_line).clone() }</p>
                    </div>
                    if let (true, Some(id)) = (state.story_open, state.preset) {
                        <StoryCard {id} onclose={onstory_close} />
                    }
                    if let Some(rec) = &state.recording {
                        <replay_view::PictureSource real={state.picture_real} name={rec.name.clone()} onchange={recordings.picture.clone()} />
                    }
                    <Stage frame={frame.clone()} {bytes_moved} description={description} {palette} {presenting}
                        run={moment.is_none().then(|| (trace.clone(), run_params.clone()))}
                        spotlight={components::lesson::mark_cells(mark)} />
                    <Legend />
                    <Timeline trace={trace.clone()} t_s={state.t_s} onseek={onseek} onstep={onstep.clone()} {highlight}
                        real={state.recording.clone()} />
                    <TimelineKey trace={trace.clone()} />
                    <Transport playing={state.playing} speed={state.speed} {ontoggle} {onstep} {onrestart} {onspeed} />
                </section>
                <aside class="side">
                    { tools }
                    // The mission first: the sliders beside the picture, then the numbers;
                    // the lesson, scenario and recording choices follow, so they never push
                    // the controls below the first screen.
                    <PanelTabs panel={state.panel} onchange={onpanel} />
                    if state.panel == state::Panel::Parameters {
                        <Controls params={state.params.clone()} error={state.run.error.clone()}
                            run_end_s={state.run.fault_free_end_s()} trace={trace.clone()}
                            run_params={run_params.clone()} onchange={set_params} />
                        <Metrics trace={trace.clone()} params={run_params.clone()} t_s={frame.t_s} />
                    } else {
                        <ChartsPanel trace={trace.clone()} params={run_params.clone()} runs={state.run.by_type()} t_s={frame.t_s} />
                    }
                    <section class="teach" aria-label="Teach">
                        if state.lesson.is_none() {
                            <components::lesson::LessonLauncher onopen={onlesson} />
                        }
                        <PresetPicker selected={state.preset} params={state.params.clone()} onpick={onpreset} onstory={Some(onstory)}
                            recording={state.recording.as_ref().and_then(|r| r.built_in)} onrecording={Some(recordings.built_in.clone())} />
                        <RecordingOpener onopened={recordings.opened.clone()} error={state.recording_error.clone()} ondismiss={recordings.dismiss.clone()} />
                    </section>
                </aside>
            </main>
            if let Some(loaded) = state.recording.clone() {
                <ReplayView {loaded} trace={trace.clone()} params={run_params.clone()} t_s={frame.t_s} onclose={recordings.close.clone()} />
            }
            }
        </div>
    }
}

/// Makes callbacks that send an action to the app's reducer.
struct Sender(UseReducerDispatcher<AppState>);

impl Sender {
    fn to<T: 'static>(&self, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let d = self.0.clone();
        Callback::from(move |v: T| d.dispatch(action(v)))
    }
}

/// On a phone the migration types are one row that scrolls sideways (styles/lecture.css):
/// keep the selected one in view when it changes (a link, a number key, a lesson).
#[hook]
fn use_selected_type_in_view(row: NodeRef, ty: MigrationType) {
    use wasm_bindgen::JsCast;
    use_effect_with(ty, move |_| {
        let Some(row) = row.cast::<web_sys::HtmlElement>() else {
            return;
        };
        let selected = row
            .query_selector(".selected")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(b) = selected {
            let (left, right) = (b.offset_left(), b.offset_left() + b.offset_width());
            let (view_left, view_w) = (row.scroll_left(), row.client_width());
            if left < view_left {
                row.set_scroll_left(left);
            } else if right > view_left + view_w {
                row.set_scroll_left(right - view_w);
            }
        }
    });
}

/// A link's built-in recording (`rec=`), fetched once when the page opens and shown beside
/// the link's own parameters; a failed fetch is the usual message, the page as it was.
#[hook]
fn use_linked_recording(link: Option<Rc<url::Link>>, d: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        if let Some(id) = link.and_then(|l| l.recording) {
            replay_view::fetch_built_in(
                id,
                Callback::from(move |r: Result<recording::Shared, String>| match r {
                    Ok(l) => d.dispatch(Action::AttachRecording(l)),
                    Err(e) => d.dispatch(Action::RecordingError(Some(e))),
                }),
            );
        }
    });
}

/// What the recording controls do: open one (from a file or built in), report a failure,
/// close it.
struct RecordingCallbacks {
    opened: replay_view::Opened,
    built_in: Callback<&'static str>,
    dismiss: Callback<()>,
    close: Callback<()>,
    /// The picture plays the recording (`true`) or the model.
    picture: Callback<bool>,
}

fn recording_callbacks(d: UseReducerDispatcher<AppState>) -> RecordingCallbacks {
    let opened: replay_view::Opened = {
        let d = d.clone();
        Callback::from(move |r: Result<recording::Shared, String>| match r {
            Ok(l) => d.dispatch(Action::OpenRecording(l)),
            Err(e) => d.dispatch(Action::RecordingError(Some(e))),
        })
    };
    let built_in = {
        let opened = opened.clone();
        Callback::from(move |id: &'static str| replay_view::fetch_built_in(id, opened.clone()))
    };
    let dismiss = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::RecordingError(None)))
    };
    let close = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::CloseRecording))
    };
    let picture = Callback::from(move |on| d.dispatch(Action::PictureReal(on)));
    RecordingCallbacks {
        picture,
        opened,
        built_in,
        dismiss,
        close,
    }
}

fn prefers_reduced_motion() -> bool {
    crate::page::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The tab is in the background (`document.hidden`).
fn page_hidden() -> bool {
    page::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Drives playback while `playing`: one `Tick` per animation frame. The frame handle is
/// owned by the effect and dropped (cancelling the loop) when playback stops.
#[hook]
fn use_playback(playing: bool, dispatch: UseReducerDispatcher<AppState>) {
    use gloo_render::{request_animation_frame, AnimationFrame};
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    fn schedule(
        slot: Rc<RefCell<Option<AnimationFrame>>>,
        last: Rc<Cell<Option<f64>>>,
        dispatch: UseReducerDispatcher<AppState>,
    ) {
        let again = slot.clone();
        let frame = request_animation_frame(move |now_ms| {
            if page_hidden() {
                // A hidden tab holds the playhead: it resumes where it was when the
                // lecturer comes back, however long the tab was away.
                last.set(None);
            } else {
                if let Some(prev) = last.get() {
                    // A stalled page (a frozen tab, a debugger) never jumps more than 100 ms.
                    let real_s = ((now_ms - prev) / 1000.0).clamp(0.0, 0.1);
                    dispatch.dispatch(Action::Tick { real_s });
                }
                last.set(Some(now_ms));
            }
            schedule(again, last, dispatch);
        });
        *slot.borrow_mut() = Some(frame);
    }

    use_effect_with(playing, move |&playing| {
        let slot: Rc<RefCell<Option<AnimationFrame>>> = Rc::new(RefCell::new(None));
        if playing {
            schedule(slot.clone(), Rc::new(Cell::new(None)), dispatch);
        }
        move || {
            slot.borrow_mut().take();
        }
    });
}

/// The page-state legend, colours matching the canvas.
#[component]
pub fn Legend() -> Html {
    html! {
        <ul class="legend" aria-label="Legend: page states">
            { for frame::Paint::LEGEND.iter().map(|(p, text)| html! {
                <li><span class={classes!("swatch", format!("sw-{p:?}").to_ascii_lowercase())} aria-hidden="true"></span>{ *text }</li>
            }) }
        </ul>
    }
}

/// What the polite live region says: the phase and where the VM is. It changes when
/// the phase does, so screen readers hear each phase once.
fn announcement(frame: &frame::Frame) -> String {
    let Some(phase) = &frame.phase else {
        return String::new();
    };
    format!(
        "Phase: {}. VM {}.",
        labels::phase_name(&phase.kind),
        labels::state_label(frame.vm_state)
    )
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
    let disk = frame.disk.as_ref().map_or(String::new(), |d| {
        if d.shared {
            " Disks on shared storage: not copied.".to_string()
        } else {
            format!(
                " Disk: {} of {} copied.",
                format::bytes(d.copied_bytes),
                format::bytes(d.total_bytes)
            )
        }
    });
    AttrValue::from(format!(
        "At {}: the VM is {} on {}. {} of {} memory cells on the source are dirty. Link: {}.{disk}",
        format::duration(frame.t_s),
        labels::state_label(frame.vm_state),
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

#[cfg(test)]
mod extremes {
    //! Every slider at either extreme, in combination, with every type, policy and fault:
    //! the model runs or explains, and every view function of the result copes.
    use super::*;
    use crate::frame::Frame;
    use migration_model::params::{GIB, MIB};
    use migration_model::{simulate, Fault, FaultKind, StopPolicy};

    #[test]
    fn no_combination_of_extremes_panics() {
        let faults = [
            None,
            Some(FaultKind::LinkFailure),
            Some(FaultKind::SourceHostFailure),
            Some(FaultKind::DestinationHostFailure),
            Some(FaultKind::BandwidthDrop {
                to_bytes_per_s: 1e3,
                duration_s: 30.0,
            }),
            Some(FaultKind::LatencySpike {
                extra_rtt_s: 0.2,
                duration_s: 30.0,
            }),
        ];
        let mut runs = 0;
        for bits in 0u32..32 {
            let pick = |i: u32, lo: f64, hi: f64| if bits >> i & 1 == 0 { lo } else { hi };
            for ty in MigrationType::ALL {
                for policy in [StopPolicy::Qemu, StopPolicy::Xen, StopPolicy::Vmotion] {
                    for fault in faults {
                        let p = Params {
                            migration_type: ty,
                            policy,
                            bandwidth_bytes_per_s: pick(0, 1.25e6, 1.25e10),
                            dirty_rate_bytes_per_s: pick(1, 0.0, 1e10),
                            memory_bytes: pick(2, (256 * MIB) as f64, (1024 * GIB) as f64) as u64,
                            downtime_limit_s: pick(3, 0.001, 10.0),
                            auto_converge: bits >> 4 & 1 == 1,
                            faults: fault
                                .map(|kind| Fault { at_s: 5.0, kind })
                                .into_iter()
                                .collect(),
                            ..Params::default()
                        };
                        let trace = simulate(&p).expect("slider ranges are valid parameters");
                        let end = trace.end_s();
                        for t in [0.0, end * 0.37, end * 0.999, end, end + 1.0] {
                            let f = Frame::at(&trace, &p, t);
                            assert_eq!(f.source.len(), frame::CELLS);
                            let line = narrate::narrate(&trace, &p, t);
                            assert!(!line.is_empty());
                            describe(&f);
                        }
                        runs += 1;
                    }
                }
            }
        }
        assert_eq!(runs, 32 * 5 * 3 * 6);
    }
}
