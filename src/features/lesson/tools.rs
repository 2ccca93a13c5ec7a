//! The lesson panel's tools: "Copy lesson link" and "Print handout" (the handout itself
//! is `handout`).

use crate::features::lesson::Progress;
use crate::i18n::{t, t0, Lang};
use yew::prelude::*;

/// Links longer than this may be cut by mail programs, chat tools and some servers.
const LINK_WARN_BYTES: usize = 8 * 1024;

#[derive(Properties, PartialEq)]
pub struct CopyLessonLinkProps {
    pub progress: Progress,
}

/// "Copy lesson link": the link that opens this lesson at this step (a built-in one by
/// name, any other packed into the link), with its length, and a warning past 8 KB.
#[component]
pub fn CopyLessonLink(props: &CopyLessonLinkProps) -> Html {
    // The panel's words are in the lesson's language.
    let lang = props.progress.lesson.lang;
    let field = use_node_ref();
    let copied = use_state(|| None::<bool>);
    let keys = props.progress.link_keys();
    let link = (!keys.is_empty()).then(|| {
        format!(
            "{}?{}",
            crate::app::page::base_href(),
            crate::features::lesson::link_query(&keys, false)
        )
    });
    let Some(link) = link else {
        return html! {
            <p class="lesson-link note" data-testid="lesson-link-status">
                { t0(lang, "lesson-link-too-long") }
            </p>
        };
    };
    let len = link.len();
    let onclick = {
        let (link, field, copied) = (link.clone(), field.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            crate::components::share::copy(
                link.clone(),
                field.clone(),
                Callback::from(move |ok| copied.set(Some(ok))),
            );
        })
    };
    let size = if len >= 1024 {
        crate::picture::format::in_lang(lang, format!("{:.1} KB", len as f64 / 1024.0))
    } else {
        t(lang, "lesson-link-characters", &[("n", len.into())])
    };
    let status = match *copied {
        None => t(lang, "lesson-link-size", &[("size", size.into())]),
        Some(ok) => format!(
            "{} {}",
            crate::components::share::copy_status_in(Some(ok), lang, "lesson-link"),
            t(lang, "lesson-link-size-after", &[("size", size.into())])
        ),
    };
    html! {
        <div class="lesson-link">
            <button type="button" {onclick} data-testid="lesson-copy-link">{ t0(lang, "lesson-copy-link") }</button>
            <input ref={field} class="visually-hidden" readonly=true value={link} aria-label={t0(lang, "lesson-link")} data-testid="lesson-link" tabindex="-1" />
            <span role="status" data-testid="lesson-link-status">
                { status }
                if len > LINK_WARN_BYTES {
                    { " " }{ t0(lang, "lesson-link-long") }
                }
            </span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintHandoutProps {
    pub onprint: Callback<()>,
    /// The lesson's language.
    pub lang: Lang,
}

/// "Print handout": the whole lesson on paper (steps, numbers, a picture each, the
/// questions with room to answer, the answers on the last page).
#[component]
pub fn PrintHandout(props: &PrintHandoutProps) -> Html {
    let onclick = props.onprint.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="lesson-print" {onclick} data-testid="lesson-print"
            title={t0(props.lang, "lesson-print-title")}>
            { t0(props.lang, "lesson-print") }
        </button>
    }
}
