//! The lesson panel's tools: "Copy lesson link" and "Print handout" (the handout itself
//! is `handout`).

use crate::features::lesson::Progress;
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
                { "This lesson is too long for a link: share the file." }
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
        format!("{:.1} KB", len as f64 / 1024.0)
    } else {
        format!("{len} characters")
    };
    let status = match *copied {
        None => format!("The link is {size} long."),
        Some(ok) => format!(
            "{} It is {size} long.",
            crate::components::share::copy_status(Some(ok), "Lesson link")
        ),
    };
    html! {
        <div class="lesson-link">
            <button type="button" {onclick} data-testid="lesson-copy-link">{ "Copy lesson link" }</button>
            <input ref={field} class="visually-hidden" readonly=true value={link} aria-label="Lesson link" data-testid="lesson-link" tabindex="-1" />
            <span role="status" data-testid="lesson-link-status">
                { status }
                if len > LINK_WARN_BYTES {
                    { " Over 8 KB: some mail and chat tools cut links this long; a file is safer." }
                }
            </span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintHandoutProps {
    pub onprint: Callback<()>,
}

/// "Print handout": the whole lesson on paper (steps, numbers, a picture each, the
/// questions with room to answer, the answers on the last page).
#[component]
pub fn PrintHandout(props: &PrintHandoutProps) -> Html {
    let onclick = props.onprint.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="lesson-print" {onclick} data-testid="lesson-print"
            title="Print the whole lesson as a handout: every step, a picture each, the questions and the answers">
            { "Print handout" }
        </button>
    }
}
