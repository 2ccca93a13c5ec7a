//! The lesson launcher in the side column: start the first built-in lesson, pick any
//! from the lesson menu (the header's has no room on a phone), or open a lesson file
//! (picker or drop). A first-screen widget: it calls into the lesson feature
//! (`features::lesson`) only when the user starts or opens one.

use crate::app::state::AppState;
use crate::features::lesson::view::{open_built_in_lesson, open_file, read_file};
use crate::i18n::{t, t0};
use web_sys::DragEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LessonLauncherProps {
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Starts the built-in lesson or opens a lesson file. A file without one usable step
/// keeps what is on screen and lists its mistakes here.
#[component]
pub fn LessonLauncher(props: &LessonLauncherProps) -> Html {
    let failed = use_state(|| None::<Html>);
    let lang = crate::i18n::use_lang();
    let open_text = {
        let d = props.dispatch.clone();
        let failed = failed.clone();
        Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            let failed = failed.clone();
            open_file(
                name,
                bytes,
                0,
                d.clone(),
                Callback::from(move |f| failed.set(f)),
                lang,
            );
        })
    };
    let start = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| open_built_in_lesson("drama", d.clone(), lang))
    };
    let onchange = {
        let open_text = open_text.clone();
        Callback::from(move |e: Event| {
            let file = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            if let Some(f) = file {
                read_file(f, open_text.clone());
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        // The page-wide drop opens recordings: a lesson dropped here is not one.
        e.stop_propagation();
        if let Some(f) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_file(f, open_text.clone());
        }
    });
    html! {
        <section class="lesson-launcher" aria-label={t0(lang, "launcher")} {ondragover} {ondrop} data-testid="lesson-launcher">
            <button type="button" class="lesson-start" onclick={start} data-testid="lesson-start">
                { t(lang, "launcher-start", &[("title", t0(lang, "lessons-menu-drama").into())]) }
            </button>
            // Every lesson, here too: the header's menu has no room on a phone.
            <label class="lesson-pick">{ super::toolbar::lesson_select(props.dispatch.clone(), "lesson-launcher-menu", lang) }</label>
            <label class="lesson-file">
                { t0(lang, "launcher-file") }
                <input type="file" accept=".lesson,.txt,text/plain" {onchange} data-testid="lesson-file" />
            </label>
            { (*failed).clone().unwrap_or_default() }
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::features::lesson::MENU;
    use crate::i18n::{t0, Lang};

    /// The lesson menu's English is the model's (`lesson::MENU`), byte for byte.
    #[test]
    fn every_lesson_title_and_its_topics_read_in_english_as_the_model_writes_them() {
        for (id, title, _, topics) in MENU {
            assert_eq!(t0(Lang::En, &format!("lessons-menu-{id}")), title);
            assert_eq!(t0(Lang::En, &format!("lessons-menu-{id}.topics")), topics);
        }
    }
}
