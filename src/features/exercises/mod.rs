//! The exercises view: a seeded problem set (the same as `migsim exercise --seed set
//! --level …`), one problem at a time; the student answers, is graded with the answer's
//! own tolerance, reads the worked solution and can play the scenario ("Show me").
//! Printing gives the problems only or the answer key (`@media print`). Everything is in
//! the page's language: the problems from the model (`exercise::problem_in`, the same
//! problems and answers in every language), the view's own words from `app.ftl`.

use crate::i18n::{t, t0, use_lang, Lang};
use crate::links::evacuate::EvacuateLink;
use crate::links::exercise::{ExercisePos, SET_SIZE};
use migration_model::exercise::{
    self, answer_words_in, evacuation_from_args, grade, how_far_off_in, is_evacuation,
    params_from_args, parse_response_in, AnswerKind, Exercise, Grade, Topic, MAX_LEVEL,
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

fn topic_chips(pos: &ExercisePos, onnav: &Callback<ExercisePos>, lang: Lang) -> Html {
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
                    { t.label_in(lang) }
                </label>
            }
        })
        .collect()
}

#[component]
pub fn ExercisesView(props: &ExercisesViewProps) -> Html {
    let lang = use_lang();
    let w = |id: &str| t0(lang, id);
    let pos = &props.pos;
    let spec = pos.spec();
    let problem = use_memo((spec.clone(), lang), |(spec, lang)| {
        (1..=SET_SIZE)
            .map(|n| exercise::problem_in(*lang, spec, n).exercise)
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
    // A new language is a new card: the response and verdict were the other's.
    let key = format!("{}-{}", ex.id, lang.key());
    let levels = (1..=MAX_LEVEL).map(|l| {
        html! { <option value={l.to_string()} selected={l == pos.level}>{ t(lang, "exercises-level", &[("level", l.into())]) }</option> }
    });
    let count = t(
        lang,
        "exercises-count",
        &[("n", pos.q.into()), ("total", SET_SIZE.into())],
    );
    html! {
        <main class="exercises" data-testid="exercises">
            <form class="ex-setup" aria-label={w("exercises-setup")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="ex-field">{ w("exercises-set") }{ " " }
                    <input type="number" min="0" inputmode="numeric" value={pos.set.to_string()} onchange={onset} data-testid="ex-set" />
                </label>
                <button type="button" class="ex-btn" onclick={onnew} data-testid="ex-new">{ w("exercises-new-set") }</button>
                <label class="ex-field">{ w("exercises-difficulty") }{ " " }
                    <select onchange={onlevel} data-testid="ex-level">{ for levels }</select>
                </label>
                <fieldset class="ex-topics"><legend>{ w("exercises-topics") }</legend>{ topic_chips(pos, &props.onnav, lang) }</fieldset>
            </form>
            <nav class="ex-nav" aria-label={w("exercises-nav")}>
                <button type="button" class="ex-btn" disabled={pos.q <= 1} onclick={go(pos.q.saturating_sub(1))} data-testid="ex-prev">{ w("exercises-prev") }</button>
                <span class="ex-count" data-testid="ex-count">{ count }</span>
                <button type="button" class="ex-btn" disabled={pos.q >= SET_SIZE} onclick={go(pos.q + 1)} data-testid="ex-next">{ w("exercises-next") }</button>
            </nav>
            <ProblemCard {key} exercise={ex} onshow={props.onshow.clone()} onevacuate={props.onevacuate.clone()} />
            <div class="ex-print-buttons">
                <button type="button" class="ex-btn" onclick={Callback::from(|_| print("problems"))}>{ w("exercises-print-problems") }</button>
                <button type="button" class="ex-btn" onclick={Callback::from(|_| print("key"))}>{ w("exercises-print-key") }</button>
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

fn answer_input(ex: &Exercise, response: &UseStateHandle<String>, lang: Lang) -> Html {
    let w = |id: &str| t0(lang, id);
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
            <div class="ex-choices" role="group" aria-label={w("exercises-your-answer")}>
                { buttons(vec![(w("exercises-yes"), "yes".into()), (w("exercises-no"), "no".into())]) }
            </div>
        },
        AnswerKind::Choice => html! {
            <div class="ex-choices" role="group" aria-label={w("exercises-your-answer")}>
                { buttons(ex.choices.iter().enumerate().map(|(i, c)| (c.clone(), (i + 1).to_string())).collect()) }
            </div>
        },
        kind => {
            let hint = match (kind, ex.answer.unit.as_str()) {
                (AnswerKind::Count, _) => "exercises-hint-count",
                (_, "s") => "exercises-hint-time",
                (_, "B") => "exercises-hint-bytes",
                _ => "exercises-hint-number",
            };
            let hint = w(hint);
            let oninput = {
                let response = response.clone();
                Callback::from(move |e: InputEvent| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    response.set(input.value());
                })
            };
            html! {
                <label class="ex-answer-field">{ w("exercises-your-answer") }{ " " }
                    <input type="text" inputmode={if kind == AnswerKind::Count { "numeric" } else { "text" }}
                        autocomplete="off" placeholder={hint} value={(**response).clone()} {oninput} data-testid="ex-answer" />
                </label>
            }
        }
    }
}

/// The "Not quite" verdict: how far off the response was, when a number, then the answer.
pub fn wrong_words(lang: Lang, off: Option<&str>, answer: &str, tolerance: &str) -> String {
    let mut args = vec![("answer", answer.into()), ("tolerance", tolerance.into())];
    match off {
        Some(off) => {
            args.push(("off", off.into()));
            t(lang, "exercises-wrong-off", &args)
        }
        None => t(lang, "exercises-wrong", &args),
    }
}

#[component]
fn ProblemCard(props: &ProblemCardProps) -> Html {
    let lang = use_lang();
    let w = |id: &str| t0(lang, id);
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
            let v = match parse_response_in(lang, &ex, &response) {
                Ok(x) if grade(&ex, x) == Grade::Right => Verdict::Right,
                Ok(x) => Verdict::Wrong(how_far_off_in(lang, &ex, x)),
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
        let percent =
            crate::picture::format::in_lang(lang, format!("{}", ex.answer.tolerance * 100.0));
        t(lang, "exercises-tolerance", &[("percent", percent.into())])
    } else {
        String::new()
    };
    let answer = answer_words_in(lang, ex);
    let said = |id: &str, extra: (&'static str, &str)| {
        t(
            lang,
            id,
            &[
                ("answer", answer.as_str().into()),
                ("tolerance", tolerance.as_str().into()),
                (extra.0, extra.1.into()),
            ],
        )
    };
    let feedback = match &*verdict {
        None => html! {},
        Some(Verdict::Right) => html! {
            <p class="ex-verdict right" role="status" data-testid="ex-verdict">{ said("exercises-right", ("why", "")) }</p>
        },
        Some(Verdict::Wrong(off)) => html! {
            <p class="ex-verdict wrong" role="status" data-testid="ex-verdict">{ wrong_words(lang, off.as_deref(), &answer, &tolerance) }</p>
        },
        Some(Verdict::Unreadable(why)) => html! {
            <p class="ex-verdict unreadable" role="status" data-testid="ex-verdict">{ said("exercises-unreadable", ("why", why)) }</p>
        },
    };
    html! {
        <article class="ex-problem" data-testid="ex-problem" aria-labelledby="ex-question">
            <p class="ex-topic">{ format!("{} · {}", ex.topic.label_in(lang), ex.id) }</p>
            <p class="ex-question" id="ex-question" data-testid="ex-question">{ &ex.question }</p>
            <form class="ex-form" onsubmit={oncheck}>
                { answer_input(ex, &response, lang) }
                <button type="submit" class="ex-btn primary" data-testid="ex-check">{ w("exercises-check") }</button>
            </form>
            { feedback }
            <div class="ex-actions">
                <button type="button" class="ex-btn" aria-expanded={solution_open.to_string()} onclick={ontoggle} data-testid="ex-solution-toggle">
                    { w(if *solution_open { "exercises-hide-solution" } else { "exercises-show-solution" }) }
                </button>
                <button type="button" class="ex-btn" onclick={onshowme} data-testid="ex-showme">{ w("exercises-show-me") }</button>
            </div>
            if *solution_open {
                <section class="ex-solution" data-testid="ex-solution" aria-label={w("exercises-solution")}>
                    <p class="ex-answer-line">{ said("exercises-answer", ("why", "")) }</p>
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
    let lang = use_lang();
    // The set's number as it is written in the link (no grouping, no float).
    let title = t(
        lang,
        "exercises-print-title",
        &[("set", props.set.to_string().into())],
    );
    html! {
        <section class="ex-print" aria-hidden="true">
            <h2>{ title }</h2>
            <ol>
                { for props.problems.iter().map(|ex| html! {
                    <li>
                        <p>{ &ex.question }</p>
                        <div class="ex-print-key">
                            <p><strong>{ t(lang, "exercises-answer", &[("answer", answer_words_in(lang, ex).into()), ("tolerance", "".into())]) }</strong></p>
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
    use migration_model::exercise::{answer_words, generate, how_far_off, SetSpec};

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
        let words = wrong_words(Lang::En, off.as_deref(), &answer_words(ex), "");
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
        assert!(
            wrong_words(Lang::En, None, "Cold", "").starts_with("Not quite: the answer is Cold")
        );
        // In Spanish, around the model's Spanish feedback.
        let es = wrong_words(
            Lang::Es,
            Some("tu respuesta es un 50 % más baja"),
            "1,5 s",
            "",
        );
        assert_eq!(
            es,
            "Casi: tu respuesta es un 50 % más baja. La respuesta es 1,5 s."
        );
    }
}
