//! The app's root component: wiring only. It reads the state, derives what the views
//! need at the playhead and hands each view its part and its callbacks.

use super::hooks::{
    recording_callbacks, use_linked_recording, use_packed_lesson, use_selected_type_in_view,
    RecordingCallbacks,
};
use super::playback::{prefers_reduced_motion, use_playback};
use super::state::{self, Action, AppState};
use super::{embed, keys, page};
use crate::components::legend::Legend;
use crate::components::lesson_launcher::LessonLauncher;
use crate::components::metrics::Metrics;
use crate::components::notice::{notice, phase_announcer};
use crate::components::presentation::present_room;
use crate::components::presets::{PresetPicker, StoryCard};
use crate::components::recording_opener::{drop_handlers, RecordingOpener};
use crate::components::stage::Stage;
use crate::components::tabs::{PanelTabs, ViewTabs};
use crate::components::timeline::Timeline;
use crate::components::timeline_key::TimelineKey;
use crate::components::toolbar::{dialogs, lesson_menu, toolbar, toolbar_rows};
use crate::components::transport::Transport;
use crate::controls::panel::Controls;
use crate::draw::canvas;
use crate::features::charts::ChartsPanel;
use crate::features::compare::CompareView;
use crate::features::evacuate::view::EvacuateView;
use crate::features::exercises::ExercisesView;
use crate::features::lesson;
use crate::features::replay::picture as recording_picture;
use crate::features::replay::view::{self as replay_view, ReplayView};
use crate::i18n::{t, t0, Lang};
use crate::links;
use crate::picture::describe::{announcement, describe};
use crate::picture::{frame, narrate};
use migration_model::{MigrationType, Params};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Starting parameters (tests and links); `None` = the lecture default.
    #[prop_or_default]
    pub initial: Option<Params>,
    /// The page's link (`start` reads it from the URL): its parameters replace
    /// `initial`, and the URL is kept in step while the user works. `None` in tests.
    #[prop_or_default]
    pub link: Option<Rc<links::Link>>,
    /// The state worked out before the first render (`start`); `None`: from the above.
    #[prop_or_default]
    pub first: Option<Rc<AppState>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let link = props.link.clone();
    let initial = link
        .as_ref()
        .map(|l| l.params.clone())
        .or_else(|| props.initial.clone())
        .unwrap_or_default();
    let first = props.first.clone();
    let state = use_reducer(move || match first {
        Some(s) => (*s).clone(),
        None => super::reduce::first_state(initial, link.as_deref(), prefers_reduced_motion()),
    });
    use_packed_lesson(props.link.clone(), state.dispatcher());
    use_linked_recording(props.link.clone(), state.dispatcher());
    let hovered_mark = use_state(|| None::<lesson::Mark>);
    // Lesson marks only while a lesson is open: the first screen runs no lesson code.
    let mark = state
        .lesson
        .as_ref()
        .and_then(|p| lesson::view::active_mark(Some(p), *hovered_mark));
    // The page around the app: theme, presentation, the URL, keys on the whole window.
    let dark = page::use_page_effects(&state.page);
    use_effect_with((), |_| page::mark_ready());
    use_pending_run(&state);
    let presenting = state.page.presenting;
    let palette = palette(dark, presenting);
    use_page_sync(&state);
    let root = use_node_ref();
    let trace = state.run.trace.clone();
    let run_params = state.run.params.clone();
    use_playback(state.playing, state.dispatcher());

    let Shown {
        frame,
        moment,
        narration,
        bytes_moved,
        description,
    } = use_shown(&state);
    let send = Sender(state.dispatcher());
    let set_params = send.to(|p: Params| Action::SetParams(Box::new(p)));
    let lang = state.page.lang;
    let type_buttons = MigrationType::ALL.iter().enumerate().map(|(i, &ty)| {
        let pressed = state.params.migration_type == ty;
        let onclick = send.to(move |_: MouseEvent| Action::SetType(ty));
        let name = t0(lang, &format!("migration-type-{}", ty.key()));
        let title = t(
            lang,
            "migration-type-title",
            &[("type", name.as_str().into()), ("key", (i + 1).into())],
        );
        html! {
            <button type="button" class={classes!("type", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={format!("type-{}", ty.key())}
                {title} {onclick}>
                { name }
            </button>
        }
    });
    let onseek = send.to(Action::Seek);
    let onstep = send.to(step);
    let ontoggle = send.to(|()| Action::TogglePlay);
    let onrestart = send.to(|()| Action::Restart);
    let onspeed = send.to(Action::SetSpeed);
    use_keys(&state, root.clone());
    let longest_line = use_memo(
        (trace.clone(), run_params.clone(), lang),
        |(trace, params, lang)| narrate::longest(trace, params, *lang),
    );
    let onmark = {
        let h = hovered_mark.clone();
        Callback::from(move |m| h.set(m))
    };
    let lesson_panel = state
        .lesson
        .is_some()
        .then(|| lesson_panel(&state, &send, mark, onmark));
    let highlight = mark.and_then(|m| lesson::view::mark_span(Some(m), &trace));
    if let Some(embed) = state.page.embed.clone() {
        // An embedded lesson's evacuation step: the hosts and the link, not one VM.
        let instead = state
            .evacuation_shown()
            .is_some()
            .then(|| evacuate_view(&state, &send));
        return html! {
            <ContextProvider<Lang> context={lang}>
                <embed::EmbedView state={state.clone()} {embed} frame={frame.clone()} narration={narration}
                    description={description} {palette} root={root} lesson={lesson_panel} {highlight} {instead} />
            </ContextProvider<Lang>>
        };
    }
    let announce = announcement(&frame, lang);
    // The one-row toolbar over the compare and evacuation views; the main view's side
    // column has it in two rows.
    let tools = matches!(state.view, state::View::Compare | state::View::Evacuate)
        .then(|| toolbar(&state, dark))
        .unwrap_or_default();
    let (side_tools, side_icons) = toolbar_rows(&state, dark);
    let ondismiss = send.to(|()| Action::Page(page::PageAction::DismissNotice));
    // Compare view, side panel and scenarios.
    let onview = send.to(Action::ShowView);
    let onpanel = send.to(Action::ShowPanel);
    let onpreset = send.to(Action::ApplyPreset);
    let onstory = send.to(|()| Action::ShowStory(true));
    let onstory_close = send.to(|()| Action::ShowStory(false));
    let types_row = use_node_ref();
    use_selected_type_in_view(types_row.clone(), state.params.migration_type);
    let recordings = recording_callbacks(state.dispatcher());
    let (ondragover, ondrop) = drop_handlers(state.dispatcher());
    html! {
        // The language reaches every component as a context (`i18n::use_lang`).
        <ContextProvider<Lang> context={lang}>
        <div class={classes!("app", presenting.then_some("presenting"), state.lesson.is_some().then_some("lesson-open"))} ref={root} {ondragover} {ondrop}>
            <header class="app-header">
                <h1>{ "VM Migration Lab" }</h1>
                <nav class="types" aria-label={t0(lang, "header-types")} ref={types_row}>{ for type_buttons }</nav>
                { lesson_menu(&state) }
                <ViewTabs view={state.view} onchange={onview} />
                if presenting {
                    { present_room(lang) }
                }
            </header>
            { notice(&state.page.notice, ondismiss, lang) }
            { phase_announcer(announce) }
            { dialogs(&state, &narration) }
            if state.view == state::View::Exercises {
                { exercises_page(&state, &send) }
            } else if state.view == state::View::Evacuate {
                { evacuate_page(&state, &send, tools.clone(), lesson_panel.clone()) }
            } else if state.view == state::View::Compare {
                { compare_page(&state, &send, tools.clone(), lesson_panel.clone()) }
            } else {
            <main class="layout">
                // The lesson leads: over the picture on a narrow screen, beside it where the
                // side column can take it (styles/lesson.css), so it never pushes the
                // picture's playback below the first screen.
                { lesson_panel.unwrap_or_default() }
                <section class="stage-area" aria-label={t0(lang, "picture-region")}>
                    <div class="narration-box">
                        <p class="narration" data-testid="narration">{ narration }</p>
                        <p class="narration narration-ghost" aria-hidden="true">{ (*longest_line).clone() }</p>
                    </div>
                    if let (true, Some(id)) = (state.story_open, state.preset) {
                        <StoryCard {id} onclose={onstory_close} />
                    }
                    if state.recording.is_some() {
                        { picture_source(&state, &recordings) }
                    }
                    <Stage frame={frame.clone()} {bytes_moved} description={description} {palette} {presenting}
                        run={moment.is_none().then(|| (trace.clone(), run_params.clone()))}
                        spotlight={mark.and_then(|m| lesson::view::mark_cells(Some(m)))} />
                    <Legend />
                    <Timeline trace={trace.clone()} t_s={state.t_s} onseek={onseek} onstep={onstep.clone()} {highlight}
                        real={state.recording.clone()} />
                    <TimelineKey trace={trace.clone()} />
                    <Transport playing={state.playing} speed={state.speed} {ontoggle} {onstep} {onrestart} {onspeed}
                        onfork={Some(send.to(Action::Fork))}
                        forks={crate::links::compare::fork_choices(lang, &run_params, state.t_s)} />
                </section>
                <aside class="side">
                    { side_tools }
                    // The mission first: the sliders beside the picture, then the numbers;
                    // the lesson, scenario and recording choices follow, so they never push
                    // the controls below the first screen.
                    <div class="panel-row">
                        <PanelTabs panel={state.panel} onchange={onpanel} />
                        { side_icons }
                    </div>
                    if state.panel == state::Panel::Parameters {
                        <Controls params={state.params.clone()} error={state.run.error.clone()}
                            run_end_s={state.run.fault_free_end_s()} trace={trace.clone()}
                            run_params={run_params.clone()} onchange={set_params} short={presenting} />
                        <Metrics trace={trace.clone()} params={run_params.clone()} t_s={frame.t_s} />
                    } else {
                        <ChartsPanel trace={trace.clone()} params={run_params.clone()} runs={state.run.by_type()} t_s={frame.t_s} />
                    }
                    <section class="teach" aria-label="Teach">
                        if state.lesson.is_none() {
                            <LessonLauncher dispatch={state.dispatcher()} />
                        }
                        <PresetPicker selected={state.preset} params={state.params.clone()} onpick={onpreset} onstory={Some(onstory)}
                            recording={state.recording.as_ref().and_then(|r| r.built_in)} onrecording={Some(recordings.built_in.clone())} />
                        <RecordingOpener dispatch={state.dispatcher()} progress={state.recording_progress} error={state.recording_error.clone()} ondismiss={recordings.dismiss.clone()} />
                    </section>
                </aside>
            </main>
            if state.recording.is_some() {
                { replay_part(&state, &recordings, frame.t_s) }
            }
            }
        </div>
        </ContextProvider<Lang>>
    }
}

// The views the first screen never shows, each out of line, so that its code, the
// props it builds and its callbacks travel with the secondary half (docs/loading.md)
// instead of growing the App's view in the first download.

#[inline(never)]
fn lesson_panel(
    state: &UseReducerHandle<AppState>,
    send: &Sender,
    mark: Option<lesson::Mark>,
    onmark: Callback<Option<lesson::Mark>>,
) -> Html {
    let Some(progress) = state.lesson.clone() else {
        return Html::default();
    };
    let ondo = send.to(Action::Lesson);
    let embed = state.page.embed.is_some();
    let caption = lesson::view::mark_caption(progress.lesson.lang, mark);
    html! { <lesson::view::LessonPanel {progress} {ondo} {onmark} {embed} {caption} dispatch={state.dispatcher()} /> }
}

#[inline(never)]
fn exercises_page(state: &AppState, send: &Sender) -> Html {
    let onnav = send.to(Action::ShowExercise);
    let onshow = send.to(|p| Action::PlayScenario(Box::new(p)));
    let onevacuate = send.to(|x| Action::PlayEvacuation(Box::new(x)));
    html! { <ExercisesView pos={state.exercise.clone()} {onnav} {onshow} {onevacuate} /> }
}

#[inline(never)]
fn evacuate_page(state: &AppState, send: &Sender, tools: Html, lesson_panel: Option<Html>) -> Html {
    if state.evacuation.is_none() {
        return Html::default();
    }
    html! {
        <>
            <section class="tools-row" aria-label={t0(state.page.lang, "toolbar")}>{ tools }</section>
            // A lesson's evacuation step (`view=evacuate` in its scene), as in the compare
            // view; presenting, beside the view (styles/charts.css).
            <main class="evac-page">
                { lesson_panel.unwrap_or_default() }
                { evacuate_view(state, send) }
            </main>
        </>
    }
}

/// The evacuation view on the app's playhead: the view's page, or an embedded lesson's
/// evacuation step in the picture's place.
#[inline(never)]
fn evacuate_view(state: &AppState, send: &Sender) -> Html {
    let Some(evac) = state.evacuation.clone() else {
        return Html::default();
    };
    let onstep = send.to(step);
    html! {
        <EvacuateView {evac} t_s={state.t_s} playing={state.playing} speed={state.speed}
            edit={state.params.clone()} error={state.run.error.clone()}
            onchange={send.to(|p: Params| Action::SetParams(Box::new(p)))}
            onaction={send.to(Action::Evacuate)} onseek={send.to(Action::Seek)}
            ontoggle={send.to(|()| Action::TogglePlay)} {onstep}
            onrestart={send.to(|()| Action::Restart)} onspeed={send.to(Action::SetSpeed)} />
    }
}

#[inline(never)]
fn compare_page(state: &AppState, send: &Sender, tools: Html, lesson_panel: Option<Html>) -> Html {
    let run_params = state.run.params.clone();
    html! {
        <>
            <section class="tools-row" aria-label={t0(state.page.lang, "toolbar")}>{ tools }</section>
            { lesson_panel.unwrap_or_default() }
            <CompareView params={run_params} runs={state.run.by_type()} edit={state.params.clone()} error={state.run.error.clone()}
                preset={state.preset} onchange={send.to(|p: Params| Action::SetParams(Box::new(p)))} onopen={send.to(Action::OpenType)}
                onpreset={send.to(Action::ApplyPreset)}
                by={state.compare_by.clone()} onby={send.to(Action::CompareBy)} onrun={send.to(|p| Action::OpenRun(Box::new(p), 0.0))}
                onrun_at={send.to(|(p, t)| Action::OpenRun(Box::new(p), t))} />
        </>
    }
}

#[inline(never)]
fn picture_source(state: &AppState, recordings: &RecordingCallbacks) -> Html {
    let Some(rec) = &state.recording else {
        return Html::default();
    };
    html! { <replay_view::PictureSource real={state.picture_real} name={rec.name_in(state.page.lang)} onchange={recordings.picture.clone()} /> }
}

#[inline(never)]
fn replay_part(state: &AppState, recordings: &RecordingCallbacks, t_s: f64) -> Html {
    let Some(loaded) = state.recording.clone() else {
        return Html::default();
    };
    html! { <ReplayView {loaded} trace={state.run.trace.clone()} params={state.run.params.clone()} {t_s} onclose={recordings.close.clone()} /> }
}

/// Next or previous step (the transport's buttons and the clicker).
fn step(next: bool) -> Action {
    if next {
        Action::StepNext
    } else {
        Action::StepPrev
    }
}

/// The stage's colours: the theme's, with more contrast when presenting.
fn palette(dark: bool, presenting: bool) -> canvas::Palette {
    match (dark, presenting) {
        (true, false) => canvas::Palette::DARK,
        (true, true) => canvas::Palette::DARK.high_contrast(),
        (false, false) => canvas::Palette::LIGHT,
        (false, true) => canvas::Palette::LIGHT.high_contrast(),
    }
}

/// The address bar follows the page (a lesson's link names the lesson and the step; the
/// step sets the rest), and Back after "Show me" (the one navigation with its own
/// history entry) applies the entry's link again: the problem it left.
/// A long run of new parameters goes on in tasks of its own and shows when it ends
/// (`app::tasks::Pending`, docs/architecture.md "Bounded work").
#[hook]
fn use_pending_run(state: &UseReducerHandle<AppState>) {
    let send = state.dispatcher();
    use_effect_with(state.pending.clone(), move |pending| {
        if let Some(p) = pending {
            p.run_in_tasks(move |p, trace| send.dispatch(Action::RunDone(p, Box::new(trace))));
        }
    });
}

#[hook]
fn use_page_sync(state: &UseReducerHandle<AppState>) {
    let synced = state.page.linked && state.page.embed.is_none();
    page::use_url_sync(
        synced.then(|| crate::components::share::page_query(state, true)),
        state.page.history_pushes,
    );
    page::use_history_moves({
        let d = state.dispatcher();
        Callback::from(move |query: String| {
            if synced {
                d.dispatch(Action::FollowLink(Box::new(links::parse(&query))));
            }
        })
    });
}

/// What the picture shows at the playhead: the model's frame, or QEMU's state while the
/// picture plays a recording, with its narration, bytes moved and text alternative.
struct Shown {
    frame: Rc<frame::Frame>,
    moment: Rc<Option<recording_picture::RealMoment>>,
    narration: String,
    bytes_moved: f64,
    description: String,
}

#[hook]
fn use_shown(state: &UseReducerHandle<AppState>) -> Shown {
    let trace = state.run.trace.clone();
    let run_params = state.run.params.clone();
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
    let lang = state.page.lang;
    let description = describe(&frame, lang);
    let narration = match &*moment {
        Some(m) => m.sentence_in(lang),
        None => narrate::narrate(&trace, &run_params, frame.t_s, lang),
    };
    let bytes_moved = match &*moment {
        Some(m) => m.sent,
        None => trace.bytes_sent_at(frame.t_s),
    };
    Shown {
        frame,
        moment,
        narration,
        bytes_moved,
        description,
    }
}

/// The shortcuts on the whole window, and a clicker's keys after a pointer touch.
#[hook]
fn use_keys(state: &UseReducerHandle<AppState>, root: NodeRef) {
    let presenting = state.page.presenting;
    page::use_window_keys(
        root,
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
}

/// Makes callbacks that send an action to the app's reducer.
struct Sender(UseReducerDispatcher<AppState>);

impl Sender {
    fn to<T: 'static>(&self, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let d = self.0.clone();
        Callback::from(move |v: T| d.dispatch(action(v)))
    }
}
