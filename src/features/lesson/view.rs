//! The lesson on screen: the region named "Lesson" (where it is, the step's paragraph
//! with numbers from its run, a question in a fieldset, the reveal, Back/Next and a
//! step list, "Reload lesson file…" for an author's file), and the launcher's openers
//! (the built-in lesson, an author's file by picker or drop). Lesson text is rendered
//! as text nodes only (docs/lessons.md).

use crate::features::lesson::ask::{answer_text_in, DOWNTIME_MAX_S, DOWNTIME_MIN_S};
use crate::features::lesson::handout::Handout;
use crate::features::lesson::notices::{notice_in, Summary};
use crate::features::lesson::tools::{CopyLessonLink, PrintHandout};
use crate::features::lesson::{
    parse, parse_bytes, Answer, Ask, LessonAction, LessonError, Mark, Piece, Progress, Source,
};
use crate::i18n::{t, t0, Lang};
use crate::picture::format;
use migration_model::{MigrationType, Trace};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LessonPanelProps {
    /// The open lesson.
    pub progress: Progress,
    /// Moves within the lesson.
    pub ondo: Callback<LessonAction>,
    /// A number or the step's mark is pointed at (or no longer is).
    pub onmark: Callback<Option<Mark>>,
    /// In an embed: no close button, no file tools.
    #[prop_or_default]
    pub embed: bool,
    /// Opens a reloaded lesson file (a lesson from a file or a packed link).
    pub dispatch: UseReducerDispatcher<crate::app::state::AppState>,
    /// What the marked part of the picture is, in words.
    #[prop_or_default]
    pub caption: Option<String>,
}

/// The slider position (0 ..= 1000) of a downtime, log scale.
fn to_slider(s: f64) -> f64 {
    let (lo, hi) = (DOWNTIME_MIN_S.ln(), DOWNTIME_MAX_S.ln());
    ((s.clamp(DOWNTIME_MIN_S, DOWNTIME_MAX_S).ln() - lo) / (hi - lo) * 1000.0).round()
}

fn from_slider(v: f64) -> f64 {
    let (lo, hi) = (DOWNTIME_MIN_S.ln(), DOWNTIME_MAX_S.ln());
    (lo + v.clamp(0.0, 1000.0) / 1000.0 * (hi - lo)).exp()
}

#[component]
pub fn LessonPanel(props: &LessonPanelProps) -> Html {
    let p = &props.progress;
    let step = p.current();
    use_picture_follows(p.step);
    // The step's own run: numbers never change while the picture plays.
    let run = use_memo((Rc::as_ptr(&p.lesson) as usize, p.step), {
        let step = step.clone();
        move |_| {
            let trace = step.run();
            let evac = step.evacuation();
            let at_s = step.at.resolve_on(&trace, evac.as_ref()).unwrap_or(0.0);
            (Rc::new(trace), at_s, evac)
        }
    });
    let (trace, at_s, evac) = (&run.0, run.1, run.2.as_ref());
    let revealed = p.revealed[p.step];
    let answer = p.answers[p.step];
    let lang = p.lesson.lang;
    // The reader's notices are for the author, in the page's language.
    let page_lang = crate::i18n::use_lang();
    let solution = use_memo((Rc::as_ptr(&p.lesson) as usize, p.step, revealed), {
        let step = step.clone();
        let trace = trace.clone();
        move |(_, _, revealed)| {
            step.ask
                .filter(|_| *revealed)
                .map(|a| a.solve_in(lang, &step.params, &trace))
        }
    });
    let go = |a: LessonAction| props.ondo.reform(move |_: MouseEvent| a.clone());
    let onpick = props.ondo.reform(|e: Event| {
        let i = e
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map_or(0, |s| s.selected_index().max(0) as usize);
        LessonAction::Go(i)
    });
    // An author's edited file, opened again at this step (picker or drop on the panel).
    let failed = use_state(|| None::<Html>);
    let reloadable = !props.embed && !matches!(p.source, Source::BuiltIn(_));
    let reload = reloader(props.dispatch.clone(), p.step, failed.clone(), page_lang);
    let (ondragover, ondrop) = drop_target(reloadable.then(|| reload.clone()));
    // "Print handout" (or `handout=1` in the link): each press prints again.
    let prints = use_state(|| u32::from(p.handout));
    let onprint = {
        let prints = prints.clone();
        Callback::from(move |()| prints.set(*prints + 1))
    };
    let n = p.lesson.steps.len();
    let position = t(
        lang,
        "lesson-position",
        &[("n", (p.step + 1).into()), ("total", n.into())],
    );
    let announce = match (&step.ask, solution.as_ref()) {
        (Some(_), Some(sol)) => t(
            lang,
            "lesson-announce-answer",
            &[
                ("answer", sol.answer_text.clone().into()),
                ("why", sol.why.clone().into()),
            ],
        ),
        (Some(a), None) => t(
            lang,
            "lesson-announce-question",
            &[
                ("position", position.clone().into()),
                ("title", step.title.clone().into()),
                ("question", a.question_in(lang).into()),
            ],
        ),
        (None, _) => t(
            lang,
            "lesson-announce-step",
            &[
                ("position", position.clone().into()),
                ("title", step.title.clone().into()),
            ],
        ),
    };
    let mark_of = |m: Mark| {
        let onmark = props.onmark.clone();
        let leave = props.onmark.clone();
        (
            Callback::from(move |_: FocusEvent| onmark.emit(Some(m))),
            Callback::from(move |_: FocusEvent| leave.emit(None)),
        )
    };
    let pieces = |pieces: &[Piece]| -> Html {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(s) => html! { { s.clone() } },
                Piece::Strong(s) => html! { <strong>{ s.clone() }</strong> },
                Piece::Value(v) => {
                    let text = v.show_in(p.lesson.lang, trace, &step.params, evac, at_s);
                    match v.mark() {
                        Some(m) => {
                            let (on, off) = mark_of(m);
                            let (enter, exit) = {
                                let (a, b) = (props.onmark.clone(), props.onmark.clone());
                                (
                                    Callback::from(move |_: MouseEvent| a.emit(Some(m))),
                                    Callback::from(move |_: MouseEvent| b.emit(None)),
                                )
                            };
                            html! {
                                <span class="lesson-num" tabindex="0" data-mark={m.key()}
                                    title={t(lang, "lesson-mark-title", &[("mark", m.key().into())])}
                                    onfocus={on} onblur={off} onmouseenter={enter} onmouseleave={exit}>
                                    { text }
                                </span>
                            }
                        }
                        None => html! { <span class="lesson-value">{ text }</span> },
                    }
                }
            })
            .collect()
    };
    html! {
        <section class="lesson" aria-label={t0(lang, "lesson-panel")} data-testid="lesson" {ondragover} {ondrop}>
            <div class="lesson-head">
                <h2 class="lesson-title">{ p.lesson.title.clone() }</h2>
                <span class="lesson-position" data-testid="lesson-position">{ position.clone() }</span>
                if !props.embed {
                    <button type="button" class="lesson-close" onclick={go(LessonAction::Close)}
                        data-testid="lesson-close" aria-label={t0(lang, "lesson-close")}>{ "✕" }</button>
                }
            </div>
            if !props.embed {
                <div class="lesson-tools">
                    <CopyLessonLink progress={p.clone()} />
                    <PrintHandout {onprint} {lang} />
                    if reloadable {
                        { reload_field(lang, reload) }
                    }
                </div>
            }
            if *prints > 0 {
                <Handout lesson={p.lesson.clone()} prints={*prints} />
            }
            if let Some(f) = (*failed).clone().filter(|_| reloadable) {
                <div data-testid="lesson-reload-errors">{ f }</div>
            }
            if !p.errors.is_empty() && !props.embed {
                { errors_box(page_lang, &p.errors, None) }
            }
            <h3 class="lesson-step-title" data-testid="lesson-step-title">{ step.title.clone() }</h3>
            <p class="lesson-text" data-testid="lesson-text">{ pieces(&step.text) }</p>
            if let Some(ask) = step.ask {
                { question(lang, ask, answer, revealed, &props.ondo) }
                if let Some(sol) = solution.as_ref() {
                    <div class="lesson-reveal" data-testid="lesson-reveal">
                        <p><strong>{ t(lang, "lesson-the-model", &[("answer", sol.answer_text.clone().into())]) }</strong>
                            if let Some(a) = answer {
                                { " " }<span data-testid="lesson-feedback">{ sol.feedback(&a) }</span>
                            }
                        </p>
                        <p>{ sol.why.clone() }</p>
                        if !step.reveal.is_empty() {
                            <p>{ pieces(&step.reveal) }</p>
                        }
                    </div>
                }
            }
            if let Some(c) = props.caption.clone() {
                <p class="mark-caption" data-testid="mark-caption">{ t0(lang, "lesson-on-picture") }{ " " }{ c }</p>
            }
            <nav class="lesson-nav" aria-label={t0(lang, "lesson-steps-nav")}>
                <button type="button" onclick={go(LessonAction::Back)} disabled={p.step <= p.first}
                    data-testid="lesson-back">{ t0(lang, "lesson-back") }</button>
                if p.first < p.last {
                    <label class="lesson-jump">
                        <span class="visually-hidden">{ t0(lang, "lesson-go-to") }</span>
                        <select onchange={onpick} data-testid="lesson-steps">
                            { for p.lesson.steps.iter().enumerate().map(|(i, s)| html! {
                                <option value={i.to_string()} selected={i == p.step}
                                    disabled={i < p.first || i > p.last}>
                                    { format!("{}. {}", i + 1, s.title) }
                                </option>
                            }) }
                        </select>
                    </label>
                }
                <button type="button" class="lesson-next" onclick={go(LessonAction::Forward)}
                    disabled={p.step >= p.last && (step.ask.is_none() || revealed)}
                    data-testid="lesson-next">
                    { t0(lang, if step.ask.is_some() && !revealed { "lesson-reveal-next" } else { "lesson-next" }) }
                </button>
                { next_lesson(p, props.embed, &props.dispatch) }
                <span class="visually-hidden">{ t(lang, "lesson-steps", &[("n", n.into())]) }</span>
            </nav>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="lesson-announcer">
                { announce }
            </p>
        </section>
    }
}

/// On a built-in lesson's last step, a button that opens the next built-in lesson
/// (Next and PageDown stay on the last step).
fn next_lesson(
    p: &Progress,
    embed: bool,
    d: &UseReducerDispatcher<crate::app::state::AppState>,
) -> Html {
    let Source::BuiltIn(name) = p.source else {
        return Html::default();
    };
    match super::next_built_in(name).filter(|_| !embed && p.step >= p.last) {
        Some(next) => {
            let (d, lang) = (d.clone(), p.lesson.lang);
            // The next lesson in this one's language, where it has that translation.
            let onclick =
                Callback::from(move |_: MouseEvent| open_built_in_lesson(next, d.clone(), lang));
            html! {
                <button type="button" class="lesson-next-lesson" {onclick}
                    data-testid="lesson-next-lesson">{ t0(lang, "lesson-next-lesson") }</button>
            }
        }
        None => Html::default(),
    }
}

/// The question's fieldset: answerable from the keyboard, never focused by itself.
fn question(
    lang: Lang,
    ask: Ask,
    answer: Option<Answer>,
    revealed: bool,
    ondo: &Callback<LessonAction>,
) -> Html {
    let pick = |a: Answer| ondo.reform(move |_: Event| LessonAction::Answer(a));
    let radio = |label: String, a: Answer| {
        let checked = answer == Some(a);
        html! {
            <label class="lesson-choice">
                <input type="radio" name="lesson-answer" checked={checked} onchange={pick(a)} />
                { label }
            </label>
        }
    };
    let widgets = match ask {
        Ask::Converge => html! {
            <>{ radio(t0(lang, "lesson-yes"), Answer::YesNo(true)) }{ radio(t0(lang, "lesson-no"), Answer::YesNo(false)) }</>
        },
        Ask::LeastDowntime => MigrationType::ALL
            .iter()
            .map(|&ty| radio(answer_text_in(lang, &Answer::Type(ty)), Answer::Type(ty)))
            .collect::<Html>(),
        Ask::Downtime { .. } => {
            let s = match answer {
                Some(Answer::Seconds(s)) => s,
                _ => 1.0,
            };
            let oninput = ondo.reform(|e: InputEvent| {
                let v = e
                    .target_dyn_into::<web_sys::HtmlInputElement>()
                    .map_or(500.0, |i| i.value_as_number());
                LessonAction::Answer(Answer::Seconds(from_slider(v)))
            });
            html! {
                <label class="lesson-slider">
                    <span>{ t0(lang, "lesson-your-guess") }{ " " }<output data-testid="lesson-guess">{ format::in_lang(lang, format::duration(s)) }</output></span>
                    <input type="range" min="0" max="1000" step="1" value={to_slider(s).to_string()}
                        aria-valuetext={format::in_lang(lang, format::duration(s))} {oninput} data-testid="lesson-downtime" />
                    <span class="lesson-scale" aria-hidden="true"><span>{ "1 ms" }</span><span>{ "1 s" }</span><span>{ "1 h" }</span><span>{ t0(lang, "lesson-scale-day") }</span></span>
                </label>
            }
        }
        Ask::Rounds { .. } => {
            let n = match answer {
                Some(Answer::Count(n)) => n.to_string(),
                _ => String::new(),
            };
            let oninput = ondo.reform(|e: InputEvent| {
                let v = e
                    .target_dyn_into::<web_sys::HtmlInputElement>()
                    .map_or(0.0, |i| i.value_as_number());
                let v = if v.is_finite() {
                    v.clamp(0.0, 10_000.0)
                } else {
                    0.0
                };
                LessonAction::Answer(Answer::Count(v as u32))
            });
            html! {
                <label class="lesson-number">{ t0(lang, "lesson-rounds") }{ " " }
                    <input type="number" min="0" max="10000" step="1" inputmode="numeric" value={n}
                        {oninput} data-testid="lesson-rounds" />
                </label>
            }
        }
    };
    let reveal = ondo.reform(|_: MouseEvent| LessonAction::Reveal);
    html! {
        <fieldset class="lesson-question" data-testid="lesson-question">
            <legend>{ ask.question_in(lang) }</legend>
            <div class="lesson-widgets">{ widgets }</div>
            if !revealed {
                <button type="button" onclick={reveal} data-testid="lesson-reveal-button">{ t0(lang, "lesson-reveal-answer") }</button>
            } else if let Some(a) = answer {
                <span class="visually-hidden">{ t(lang, "lesson-you-answered", &[("answer", answer_text_in(lang, &a).into())]) }</span>
            }
        </fieldset>
    }
}

/// A lesson's mistakes: the steps left out by title and line, then the errors and the
/// warnings, each naming its step, field and line (at most 20, then "and N more").
/// `head` replaces the first sentence (a file with no usable step). In the page's
/// language `lang`, which an author who reads it chose, whatever the lesson's.
fn errors_box(lang: Lang, errors: &[LessonError], head: Option<String>) -> Html {
    let s = Summary::of(errors);
    let (shown_errors, shown_warnings): (Vec<&LessonError>, Vec<&LessonError>) =
        s.shown.iter().partition(|e| !e.is_warning());
    let only_warnings = s.errors == 0;
    let item = |e: &&LessonError| html! { <li>{ notice_in(lang, e) }</li> };
    html! {
        <div class={classes!("lesson-errors", only_warnings.then_some("lesson-warnings-only"))}
            role={if only_warnings { "status" } else { "alert" }} data-testid="lesson-errors">
            <p><strong>{ head.unwrap_or_else(|| s.head(lang)) }</strong></p>
            if let Some(line) = s.left_out_line(lang) {
                <p data-testid="lesson-left-out">{ line }</p>
            }
            if !shown_errors.is_empty() {
                <ul class="lesson-error-list" data-testid="lesson-error-list">
                    { for shown_errors.iter().map(item) }
                </ul>
            }
            if !shown_warnings.is_empty() {
                <p class="lesson-warnings-head">{ t0(lang, "lesson-notice-warnings-head") }</p>
                <ul class="lesson-warning-list" data-testid="lesson-warning-list">
                    { for shown_warnings.iter().map(item) }
                </ul>
            }
            if let Some(more) = s.more_line(lang) {
                <p data-testid="lesson-errors-more">{ more }</p>
            }
        </div>
    }
}

/// Opens a file's bytes over the open lesson at `step`; `failed` holds the mistakes of
/// a file that gave no step (the open lesson stays).
fn reloader(
    d: UseReducerDispatcher<crate::app::state::AppState>,
    step: usize,
    failed: UseStateHandle<Option<Html>>,
    lang: Lang,
) -> Callback<(String, Vec<u8>)> {
    Callback::from(move |(name, bytes): (String, Vec<u8>)| {
        let failed = failed.clone();
        open_file(
            name,
            bytes,
            step,
            d.clone(),
            Callback::from(move |f| failed.set(f)),
            lang,
        );
    })
}

/// Drag-over and drop handlers that read a dropped file into `open` (none: the drop is
/// left to the page). The drop stops here: the page's own drop opens recordings.
pub fn drop_target(
    open: Option<Callback<(String, Vec<u8>)>>,
) -> (Callback<web_sys::DragEvent>, Callback<web_sys::DragEvent>) {
    let Some(open) = open else {
        return (Callback::noop(), Callback::noop());
    };
    let ondragover = Callback::from(|e: web_sys::DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: web_sys::DragEvent| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(f) = file {
            e.prevent_default();
            e.stop_propagation();
            read_file(f, open.clone());
        }
    });
    (ondragover, ondrop)
}

/// "Reload lesson file…": the edited file replaces the open lesson at its step (the
/// mistakes of a file that gave no step show under the panel's tools).
fn reload_field(lang: Lang, open: Callback<(String, Vec<u8>)>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Some(f) = input.files().and_then(|f| f.get(0)) {
            read_file(f, open.clone());
        }
        // The same file, edited, is chosen again: let that be a change too.
        input.set_value("");
    });
    html! {
        <label class="lesson-file lesson-reload" title={t0(lang, "lesson-reload-title")}>
            { t0(lang, "lesson-reload") }
            <input type="file" accept=".lesson,.txt,text/plain" {onchange} data-testid="lesson-reload-file" />
        </label>
    }
}

/// Reads a dropped or picked file's bytes (the parser decodes them and says when they
/// are not UTF-8), then hands them on with its name.
pub fn read_file(f: web_sys::File, then: Callback<(String, Vec<u8>)>) {
    let name = f.name();
    let promise = f.array_buffer();
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(buf) => then.emit((name, js_sys::Uint8Array::new(&buf).to_vec())),
            Err(_) => then.emit((name, "== (unreadable)\n".into())),
        }
    });
}

/// Opens a lesson file's bytes at `step` (from 0, clamped to the file's steps: a
/// reloaded file keeps the step shown): packed for a link when it fits, so the address
/// bar, Share and "Copy lesson link" carry it (a file too long for a link stays a file).
/// A file without one usable step keeps what is on screen; `failed` gets its mistakes.
pub fn open_file(
    name: String,
    bytes: Vec<u8>,
    step: usize,
    d: UseReducerDispatcher<crate::app::state::AppState>,
    failed: Callback<Option<Html>>,
    lang: Lang,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = parse_bytes(&bytes);
        let text = crate::features::lesson::source::decode(&bytes).map(|t| t.text.into_owned());
        let code = match text {
            Ok(t) => crate::features::lesson::pack::pack(&t).await.ok(),
            Err(_) => None,
        }
        .filter(|c| c.len() <= crate::features::lesson::pack::MAX_PACKED);
        let source = code.map_or_else(|| Source::File(name.clone()), Source::Link);
        match Progress::open(
            Rc::new(loaded.lesson),
            source,
            loaded.errors.clone(),
            step,
            None,
        ) {
            Some(p) => {
                failed.emit(None);
                d.dispatch(crate::app::state::Action::OpenLesson(Box::new(p)));
            }
            None => failed.emit(Some(errors_box(
                lang,
                &loaded.errors,
                Some(t(lang, "lesson-notice-no-step", &[("name", name.into())])),
            ))),
        }
    });
}

/// Opens a built-in lesson at its first step.
pub fn open_built_in_lesson(
    name: &str,
    d: UseReducerDispatcher<crate::app::state::AppState>,
    lang: Lang,
) {
    let Some((name, lesson)) = crate::features::lesson::BUILT_IN
        .into_iter()
        .find(|&n| n == name)
        .and_then(|n| Some((n, migration_model::lesson::built_in_for(n, lang)?)))
    else {
        return;
    };
    if let Some(p) = Progress::open(Rc::new(lesson), Source::BuiltIn(name), vec![], 0, None) {
        d.dispatch(crate::app::state::Action::OpenLesson(Box::new(p)));
    }
}

/// The app-level mark: the step's own, or the number pointed at.
pub fn active_mark(p: Option<&Progress>, hovered: Option<Mark>) -> Option<Mark> {
    hovered.or_else(|| p.and_then(|p| p.current().mark))
}

/// The span of the timeline a mark lights: a round, or the time the VM was down.
pub fn mark_span(mark: Option<Mark>, trace: &Trace) -> Option<(f64, f64)> {
    match mark? {
        Mark::Round(n) => trace
            .rounds
            .iter()
            .find(|r| !r.is_final && r.index == n)
            .map(|r| (r.start_s, r.end_s())),
        Mark::Downtime => {
            let down = trace.phases.iter().filter(|p| p.is_down());
            let (a, b) = down.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
                (a.min(p.start_s), b.max(p.end_s))
            });
            (a <= b).then_some((a, b))
        }
        _ => None,
    }
}

/// The cells a mark is about, spotlit on the picture.
pub fn mark_cells(mark: Option<Mark>) -> Option<crate::picture::frame::Paint> {
    match mark? {
        Mark::Dirty => Some(crate::picture::frame::Paint::Dirty),
        Mark::InFlight => Some(crate::picture::frame::Paint::InFlight),
        _ => None,
    }
}

/// The caption over the picture while a mark is shown, in the lesson's `lang`.
pub fn mark_caption(lang: Lang, mark: Option<Mark>) -> Option<String> {
    let id = match mark? {
        Mark::Dirty => "lesson-mark-dirty",
        Mark::InFlight => "lesson-mark-in-flight",
        Mark::Link => "lesson-mark-link",
        Mark::Downtime => "lesson-mark-downtime",
        Mark::Round(_) => "lesson-mark-round",
    };
    Some(t0(lang, id))
}

/// A clicker's PageDown/PageUp step the lesson even after a click on a choice or the
/// guess slider; only a field one types into keeps them.
pub fn keeps_page_keys(e: &KeyboardEvent) -> bool {
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    match input {
        Some(i) => !matches!(
            i.type_().as_str(),
            "radio" | "range" | "checkbox" | "button"
        ),
        None => crate::app::page::typing_target(e),
    }
}

/// Unpacks a lesson packed into the link (`lesson=~…`) and opens it; one that does not
/// unpack joins the link notice, and the page stays as it opened (`app::hooks`).
pub fn open_packed(
    link: Rc<crate::links::Link>,
    code: String,
    dispatch: UseReducerDispatcher<crate::app::state::AppState>,
) {
    let Some((step, range)) = link.lesson.as_ref().map(|l| (l.step, l.range)) else {
        return;
    };
    {
        {
            wasm_bindgen_futures::spawn_local(async move {
                use crate::app::state::Action;
                let shown = |code: &str| {
                    let cut: String = code.chars().take(24).collect();
                    format!("~{cut}…")
                };
                let unpacked = crate::features::lesson::pack::unpack(&code).await;
                let result = unpacked.and_then(|text| {
                    let loaded = parse(&text);
                    Progress::open(
                        Rc::new(loaded.lesson),
                        Source::Link(code.clone()),
                        loaded.errors.clone(),
                        step,
                        range,
                    )
                    .ok_or_else(|| {
                        match loaded.errors.iter().find(|e| !e.is_warning()) {
                            Some(e) => format!("no step could be used ({e})"),
                            None => "the lesson has no steps".into(),
                        }
                    })
                });
                match result {
                    Ok(p) => {
                        {
                            let l = &*link;
                            for n in crate::features::lesson::link_notices(l, p.lesson.steps.len())
                            {
                                dispatch.dispatch(Action::Page(
                                    crate::app::page::PageAction::Notice(n),
                                ));
                            }
                        }
                        dispatch.dispatch(Action::OpenLesson(Box::new(p)))
                    }
                    Err(why) => dispatch.dispatch(Action::Page(
                        crate::app::page::PageAction::Notice(crate::links::Ignored {
                            key: crate::links::keys::LESSON.into(),
                            value: shown(&code),
                            why,
                        }),
                    )),
                }
            });
        }
    }
}

/// After Next or Back (the step changed, not the panel's first showing), the picture
/// the step talks about comes back on screen when it is above it: on a phone the lesson
/// sits under the picture, and the reader scrolled down to reach Next. The narration
/// right over the picture comes along.
#[hook]
fn use_picture_follows(step: usize) {
    let first = use_mut_ref(|| true);
    use_effect_with(step, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            picture_into_view();
        }
    });
}

fn picture_into_view() -> Option<()> {
    let window = web_sys::window()?;
    let doc = window.document()?;
    let top = doc
        .query_selector("[data-testid=stage-canvas]")
        .ok()??
        .get_bounding_client_rect()
        .top();
    if top >= 0.0 {
        return Some(());
    }
    let target = doc
        .query_selector(".narration-box")
        .ok()
        .flatten()
        .map(|n| n.get_bounding_client_rect())
        .filter(|r| r.height() > 0.0 && r.bottom() <= top + 1.0 && top - r.bottom() < 40.0)
        .map_or(top, |r| r.top());
    window.scroll_by_with_x_and_y(0.0, target - 6.0);
    Some(())
}
