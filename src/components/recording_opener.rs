//! "Open a recording…" and a recording dropped on the page: first-screen widgets that
//! call into the replay feature (`features::replay`) only when a file arrives.

use crate::app::state::AppState;
use crate::features::replay;
use crate::i18n::{t, t0};
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// Handlers that open a recording dropped anywhere on the page.
pub fn drop_handlers(
    d: UseReducerDispatcher<AppState>,
) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            e.prevent_default();
            replay::view::read_file(file, d.clone());
        }
    });
    (ondragover, ondrop)
}

#[derive(Properties, PartialEq)]
pub struct OpenerProps {
    pub dispatch: UseReducerDispatcher<AppState>,
    /// Why the last file could not be opened.
    pub error: Option<String>,
    pub ondismiss: Callback<()>,
    /// A recording being read: the share read so far.
    #[prop_or_default]
    pub progress: Option<f64>,
}

/// "Open a recording…": a file picker, and the message when a file is not a recording.
#[component]
pub fn RecordingOpener(props: &OpenerProps) -> Html {
    let lang = crate::i18n::use_lang();
    let onchange = {
        let d = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                replay::view::read_file(file, d.clone());
            }
            // The same file may be chosen again after a fix.
            input.set_value("");
        })
    };
    let dismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="recording-opener">
            <label class="open-recording" title={t0(lang, "recording-open.title")}>
                <input type="file" accept=".jsonl,.json,.txt,.log,application/json,text/plain"
                    data-testid="recording-file" {onchange} />
                { t0(lang, "recording-open") }
            </label>
            if let Some(p) = props.progress {
                <p class="recording-progress" role="status" data-testid="recording-progress">
                    <progress max="1" value={p.to_string()}></progress>
                    { " " }{ t(lang, "recording-reading", &[("percent", format!("{:.0}", p * 100.0).into())]) }
                </p>
            }
            <div role="alert">
                if let Some(e) = &props.error {
                    <div class="recording-error" data-testid="recording-error">
                        <p>{ e }</p>
                        <button type="button" onclick={dismiss} data-testid="recording-error-dismiss">{ t0(lang, "notice-dismiss") }</button>
                    </div>
                }
            </div>
        </div>
    }
}
