//! A modal dialog on the native `<dialog>`: the browser traps focus inside it, closes it
//! on Escape and gives focus back to where it was. Mounted when open, removed when closed.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// Stable id: the heading is `{id}-title`, tests find `data-testid="dialog-{id}"`.
    pub id: AttrValue,
    pub title: AttrValue,
    /// Called when the dialog closes (its button, Escape).
    pub onclose: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Modal(props: &ModalProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        let onclose = props.onclose.clone();
        use_effect_with((), move |_| {
            let dialog = node.cast::<HtmlDialogElement>();
            // Escape closes the dialog natively; the app state follows.
            let on_close = Closure::<dyn Fn()>::new(move || onclose.emit(()));
            if let Some(d) = &dialog {
                let _ =
                    d.add_event_listener_with_callback("close", on_close.as_ref().unchecked_ref());
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
            move || {
                if let Some(d) = dialog {
                    let _ = d.remove_event_listener_with_callback(
                        "close",
                        on_close.as_ref().unchecked_ref(),
                    );
                    d.close();
                }
            }
        });
    }
    let lang = crate::i18n::use_lang();
    let title_id = format!("{}-title", props.id);
    let close = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <dialog ref={node} class="dialog" aria-labelledby={title_id.clone()}
            data-testid={format!("dialog-{}", props.id)}>
            <div class="dialog-head">
                <h2 id={title_id}>{ &props.title }</h2>
                <button type="button" class="dialog-close" aria-label={crate::i18n::t0(lang, "dialog-close")} onclick={close}
                    data-testid="dialog-close">{ "✕" }</button>
            </div>
            { props.children.clone() }
        </dialog>
    }
}
