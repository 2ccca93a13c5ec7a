//! The exercises view: a seeded problem set (the same as `migsim exercise --seed set
//! --level …`), one problem at a time; the student answers, is graded with the answer's
//! own tolerance, reads the worked solution and can play the scenario ("Show me").
//! Printing gives the problems only or the answer key (`@media print`).

use crate::links::evacuate::EvacuateLink;
use crate::links::exercise::{ExercisePos, SET_SIZE};
use migration_model::exercise::{
    self, answer_words, evacuation_from_args, grade, how_far_off, is_evacuation, params_from_args,
    parse_response, AnswerKind, Exercise, Grade, Topic, MAX_LEVEL,
};
use migration_model::Params;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExercisesViewProps {
    /// The open problem.
    pub pos: ExercisePos,
    /// Go to another problem or set.
    pub onnav: Callback<ExercisePos>,
    /// Play a scenario in the animated view.
    pub onshow: Callback<Params>,
    /// Play an evacuation problem's fleet in the evacuation view.
    pub onevacuate: Callback<(Params, EvacuateLink)>,
}

/// An evacuation problem's flags (`evacuate --vm … --concurrency K --order O` and the
/// shared flags) as the evacuation view's link and the app's parameters.
pub fn evacuation_link(args: &[String]) -> Option<(Params, EvacuateLink)> {
    let base = evacuation_from_args(args).ok()?.base;
    let value = |flag: &str| args.windows(2).find(|w| w[0] == flag).map(|w| w[1].clone());
    let link = EvacuateLink {
        vms: args
            .windows(2)
            .filter(|w| w[0] == "--vm")
            .map(|w| w[1].clone())
            .collect(),
        k: value("--concurrency"),
        order: value("--order"),
    };
    Some((base, link))
}

/// Marks the page for one print layout and opens the print dialog.
fn print(layout: &'static str) {
    let Some(win) = web_sys::window() else { return };
    if let Some(root) = win.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-print", layout);
    }
    let _ = win.print();
}

fn topic_chips(pos: &ExercisePos, onnav: &Callback<ExercisePos>) -> Html {
    Topic::ALL
        .iter()
        .map(|&t| {
            let on = pos.topics.contains(&t);
            let onchange = {
                let pos = pos.clone();
                onnav.reform(move |_: Event| {
                    let mut next = pos.clone();
                    if on {
                        next.topics.retain(|x| *x != t);
                    } else {
                        next.topics.push(t);
                        next.topics.sort_by_key(|x| Topic::ALL.iter().position(|a| a == x));
                    }
                    next.q = 1;
                    next
                })
            };
            html! {
                <label class={classes!("ex-chip", on.then_some("on"))}>
                    <input type="checkbox" checked={on} {onchange} data-testid={format!("ex-topic-{}", t.key())} />
                    { t.label() }
                </label>
            }
        })
        .collect()
}

#[component]
pub fn ExercisesView(props: &ExercisesViewProps) -> Html {
    let pos = &props.pos;
    let spec = pos.spec();
    let problem = use_memo(spec.clone(), |spec| {
        (1..=SET_SIZE)
            .map(|n| exercise::problem(spec, n).exercise)
            .collect::<Vec<_>>()
    });
    let go = |q: u32| {
        let mut next = pos.clone();
        next.q = q.clamp(1, SET_SIZE);
        props.onnav.reform(move |_: MouseEvent| next.clone())
    };
    let onset = {
        let pos = pos.clone();
        props.onnav.reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = pos.clone();
            if let Ok(n) = input.value().trim().parse::<u64>() {
                next.set = n;
                next.q = 1;
            }
            next
        })
    };
    let onnew = {
        let pos = pos.clone();
        props.onnav.reform(move |_: MouseEvent| {
            let mut next = pos.clone();
            // A fresh set for the student; the link then names it.
            next.set = (js_sys::Math::random() * 1e6).floor() as u64;
            next.q = 1;
            next
        })
    };
    let onlevel = {
        let pos = pos.clone();
        props.onnav.reform(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            let mut next = pos.clone();
            next.level = sel.value().parse().unwrap_or(next.level);
            next.q = 1;
            next
        })
    };
    let ex = problem[(pos.q as usize).saturating_sub(1).min(problem.len() - 1)].clone();
    let key = ex.id.clone();
    let levels = (1..=MAX_LEVEL).map(|l| {
        html! { <option value={l.to_string()} selected={l == pos.level}>{ format!("Level {l}") }</option> }
    });
    html! {
        <main class="exercises" data-testid="exercises">
            <form class="ex-setup" aria-label="Problem set" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="ex-field">{ "Set " }
                    <input type="number" min="0" inputmode="numeric" value={pos.set.to_string()} onchange={onset} data-testid="ex-set" />
                </label>
                <button type="button" class="ex-btn" onclick={onnew} data-testid="ex-new">{ "New set" }</button>
                <label class="ex-field">{ "Difficulty " }
                    <select onchange={onlevel} data-testid="ex-level">{ for levels }</select>
                </label>
                <fieldset class="ex-topics"><legend>{ "Topics (none ticked: all)" }</legend>{ topic_chips(pos, &props.onnav) }</fieldset>
            </form>
            <nav class="ex-nav" aria-label="Problems">
                <button type="button" class="ex-btn" disabled={pos.q <= 1} onclick={go(pos.q.saturating_sub(1))} data-testid="ex-prev">{ "‹ Previous" }</button>
                <span class="ex-count" data-testid="ex-count">{ format!("Problem {} of {SET_SIZE}", pos.q) }</span>
                <button type="button" class="ex-btn" disabled={pos.q >= SET_SIZE} onclick={go(pos.q + 1)} data-testid="ex-next">{ "Next ›" }</button>
            </nav>
            <ProblemCard {key} exercise={ex} onshow={props.onshow.clone()} onevacuate={props.onevacuate.clone()} />
            <div class="ex-print-buttons">
                <button type="button" class="ex-btn" onclick={Callback::from(|_| print("problems"))}>{ "Print problems" }</button>
                <button type="button" class="ex-btn" onclick={Callback::from(|_| print("key"))}>{ "Print answer key" }</button>
            </div>
            <PrintSheet problems={(*problem).clone()} set={pos.set} />
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct ProblemCardProps {
    exercise: Exercise,
    onshow: Callback<Params>,
    onevacuate: Callback<(Params, EvacuateLink)>,
}

/// What the student's last check said.
#[derive(Clone, PartialEq)]
enum Verdict {
    Right,
    /// How far off a wrong number was ("yours is 50 % low"), when there is a distance.
    Wrong(Option<String>),
    /// The response could not be read: how to write it.
    Unreadable(String),
}

fn answer_input(ex: &Exercise, response: &UseStateHandle<String>) -> Html {
    let choose = |value: String| {
        let response = response.clone();
        Callback::from(move |_: MouseEvent| response.set(value.clone()))
    };
    let buttons = |options: Vec<(String, String)>| -> Html {
        options
            .into_iter()
            .map(|(label, value)| {
                let pressed = **response == value;
                html! {
                    <button type="button" class={classes!("ex-choice", pressed.then_some("selected"))}
                        aria-pressed={pressed.to_string()} onclick={choose(value)}>{ label }</button>
                }
            })
            .collect()
    };
    match ex.kind() {
        AnswerKind::YesNo => html! {
            <div class="ex-choices" role="group" aria-label="Your answer">
                { buttons(vec![("Yes".into(), "yes".into()), ("No".into(), "no".into())]) }
            </div>
        },
        AnswerKind::Choice => html! {
            <div class="ex-choices" role="group" aria-label="Your answer">
                { buttons(ex.choices.iter().enumerate().map(|(i, c)| (c.clone(), (i + 1).to_string())).collect()) }
            </div>
        },
        kind => {
            let hint = match (kind, ex.answer.unit.as_str()) {
                (AnswerKind::Count, _) => "a whole number, e.g. 7",
                (_, "s") => "e.g. 254 ms, 0.254 s or 4 min",
                (_, "B") => "e.g. 21.4 GB",
                _ => "a number",
            };
            let oninput = {
                let response = response.clone();
                Callback::from(move |e: InputEvent| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    response.set(input.value());
                })
            };
            html! {
                <label class="ex-answer-field">{ "Your answer " }
                    <input type="text" inputmode={if kind == AnswerKind::Count { "numeric" } else { "text" }}
                        autocomplete="off" placeholder={hint} value={(**response).clone()} {oninput} data-testid="ex-answer" />
                </label>
            }
        }
    }
}

/// The "Not quite" verdict: how far off the response was, when a number, then the answer.
pub fn wrong_words(off: Option<&str>, answer: &str, tolerance: &str) -> String {
    match off {
        Some(off) => format!("Not quite: {off}. The answer is {answer}{tolerance}."),
        None => format!("Not quite: the answer is {answer}{tolerance}."),
    }
}

#[component]
fn ProblemCard(props: &ProblemCardProps) -> Html {
    let ex = &props.exercise;
    let response = use_state(String::new);
    let verdict = use_state(|| None::<Verdict>);
    let solution_open = use_state(|| false);
    let oncheck = {
        let (ex, response, verdict, open) = (
            ex.clone(),
            response.clone(),
            verdict.clone(),
            solution_open.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let v = match parse_response(&ex, &response) {
                Ok(x) if grade(&ex, x) == Grade::Right => Verdict::Right,
                Ok(x) => Verdict::Wrong(how_far_off(&ex, x)),
                Err(why) => Verdict::Unreadable(why),
            };
            // A graded answer opens the worked solution.
            if !matches!(v, Verdict::Unreadable(_)) {
                open.set(true);
            }
            verdict.set(Some(v));
        })
    };
    let ontoggle = {
        let open = solution_open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onshowme = {
        let (ex, onshow) = (ex.clone(), props.onshow.clone());
        let onevacuate = props.onevacuate.clone();
        Callback::from(move |_: MouseEvent| {
            let runs = ex.runs();
            // An evacuation problem plays its fleet in the evacuation view.
            if let Some(x) = runs.first().filter(|a| is_evacuation(a)) {
                if let Some(x) = evacuation_link(x) {
                    onevacuate.emit(x);
                }
                return;
            }
            let pick = if ex.args_each.is_some() {
                ex.answer.value.as_f64() as usize
            } else {
                0
            };
            if let Some(p) = runs.get(pick).and_then(|a| params_from_args(a).ok()) {
                onshow.emit(p);
            }
        })
    };
    let tolerance = if ex.answer.tolerance > 0.0 {
        format!(" (answers within ±{}% count)", ex.answer.tolerance * 100.0)
    } else {
        String::new()
    };
    let feedback = match &*verdict {
        None => html! {},
        Some(Verdict::Right) => html! {
            <p class="ex-verdict right" role="status" data-testid="ex-verdict">{ format!("Right: {}.", answer_words(ex)) }</p>
        },
        Some(Verdict::Wrong(off)) => html! {
            <p class="ex-verdict wrong" role="status" data-testid="ex-verdict">{ wrong_words(off.as_deref(), &answer_words(ex), &tolerance) }</p>
        },
        Some(Verdict::Unreadable(why)) => html! {
            <p class="ex-verdict unreadable" role="status" data-testid="ex-verdict">{ format!("Could not read that: {why}.") }</p>
        },
    };
    html! {
        <article class="ex-problem" data-testid="ex-problem" aria-labelledby="ex-question">
            <p class="ex-topic">{ format!("{} · {}", ex.topic.label(), ex.id) }</p>
            <p class="ex-question" id="ex-question" data-testid="ex-question">{ &ex.question }</p>
            <form class="ex-form" onsubmit={oncheck}>
                { answer_input(ex, &response) }
                <button type="submit" class="ex-btn primary" data-testid="ex-check">{ "Check" }</button>
            </form>
            { feedback }
            <div class="ex-actions">
                <button type="button" class="ex-btn" aria-expanded={solution_open.to_string()} onclick={ontoggle} data-testid="ex-solution-toggle">
                    { if *solution_open { "Hide solution" } else { "Show solution" } }
                </button>
                <button type="button" class="ex-btn" onclick={onshowme} data-testid="ex-showme">{ "Show me" }</button>
            </div>
            if *solution_open {
                <section class="ex-solution" data-testid="ex-solution" aria-label="Worked solution">
                    <p class="ex-answer-line">{ format!("Answer: {}{tolerance}", answer_words(ex)) }</p>
                    <ol>{ for ex.solution.lines().map(|l| html! { <li>{ l }</li> }) }</ol>
                </section>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct PrintSheetProps {
    problems: Vec<Exercise>,
    set: u64,
}

/// Every problem of the set, for paper: shown only in print; the answers and worked
/// solutions only in the answer-key layout.
#[component]
fn PrintSheet(props: &PrintSheetProps) -> Html {
    html! {
        <section class="ex-print" aria-hidden="true">
            <h2>{ format!("Problem set {}", props.set) }</h2>
            <ol>
                { for props.problems.iter().map(|ex| html! {
                    <li>
                        <p>{ &ex.question }</p>
                        <div class="ex-print-key">
                            <p><strong>{ format!("Answer: {}", answer_words(ex)) }</strong></p>
                            <ol>{ for ex.solution.lines().map(|l| html! { <li>{ l }</li> }) }</ol>
                        </div>
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::exercise::{generate, SetSpec};

    #[test]
    fn not_quite_says_how_far_off_a_number_was_before_the_answer() {
        let set = generate(&SetSpec {
            seed: 7,
            count: 12,
            topics: Vec::new(),
            level: MAX_LEVEL,
        });
        let ex = set
            .exercises
            .iter()
            .find(|e| e.kind() == AnswerKind::Number)
            .expect("a number question");
        let half = ex.answer.value.as_f64() / 2.0;
        let off = how_far_off(ex, half);
        let words = wrong_words(off.as_deref(), &answer_words(ex), "");
        assert_eq!(
            words,
            format!(
                "Not quite: yours is 50 % low. The answer is {}.",
                answer_words(ex)
            )
        );
        // A choice has no distance: the answer alone.
        let choice = set
            .exercises
            .iter()
            .find(|e| e.kind() == AnswerKind::Choice)
            .expect("a choice question");
        let wrong = (choice.answer.value.as_f64() + 1.0) % choice.choices.len() as f64;
        assert_eq!(how_far_off(choice, wrong), None);
        assert!(wrong_words(None, "Cold", "").starts_with("Not quite: the answer is Cold"));
    }
}
