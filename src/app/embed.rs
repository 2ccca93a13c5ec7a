//! Embed mode (`?embed=1`): the picture, the timeline, the transport and only the
//! controls the author chose, with a link to the full app. It tells the page around it
//! its height (`postMessage`) whenever its size changes, so an iframe fits without
//! scrollbars. It assumes nothing a sandboxed frame lacks: no storage, clipboard, top
//! navigation or same-origin access (`<iframe sandbox="allow-scripts">` is enough).

use crate::app::state::Action;
use crate::app::state::State;
use crate::components::slider::{edit, ParamSlider};
use crate::components::stage::{use_resize_observer, Stage};
use crate::components::timeline::Timeline;
use crate::components::transport::Transport;
use crate::controls::panel::policy_select;
use crate::controls::sliders;
use crate::draw::canvas::Palette;
use crate::draw::markup::escape;
use crate::i18n::t0;
use crate::links::Embed;
use crate::picture::frame::Frame;
use migration_model::{MigrationType, Params};
use std::rc::Rc;
use yew::prelude::*;

/// The message an embed posts to its parent: `{ type: HEIGHT_MESSAGE, height }`.
pub const HEIGHT_MESSAGE: &str = "vm-migration-lab:height";

/// The snippet a course author pastes: the iframe, and (optionally) a few lines that
/// set its height from the embed's messages. `src` is the embed's whole address.
pub fn snippet(src: &str, title: &str, resize_script: bool) -> String {
    let mut out = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\" \
         data-vm-migration-lab></iframe>",
        escape(src),
        escape(title)
    );
    if resize_script {
        out.push_str(&format!(
            "\n<script>\naddEventListener(\"message\", function (e) {{\n  var d = e.data;\n  \
             if (!d || d.type !== \"{HEIGHT_MESSAGE}\") return;\n  \
             document.querySelectorAll(\"iframe[data-vm-migration-lab]\").forEach(function (f) {{\n    \
             if (f.contentWindow === e.source) f.height = Math.ceil(d.height);\n  }});\n}});\n</script>"
        ));
    }
    out
}

/// Posts the element's height to the parent page on every size change.
#[hook]
pub fn use_post_height(root: NodeRef) {
    use_resize_observer(root, false, |el| {
        let Some(w) = crate::app::page::window() else {
            return;
        };
        let Some(parent) = w.parent().ok().flatten() else {
            return;
        };
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let h = el.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &h.into());
        // Any origin may embed the app; the message carries only a height.
        let _ = parent.post_message(&msg, "*");
    });
}

/// A control an embed may show (`controls=`): the type buttons, the policy menu, or a
/// parameter's slider from `sliders.rs`, as the full app shows them.
fn control(name: &str, p: &Params, set: &Callback<Params>, lang: crate::i18n::Lang) -> Html {
    match name {
        "type" => {
            let buttons = MigrationType::ALL.iter().map(|&ty| {
                let pressed = p.migration_type == ty;
                let onclick = edit(p, set, move |p, _: MouseEvent| p.migration_type = ty);
                html! {
                    <button type="button" class={classes!("type", pressed.then_some("selected"))}
                        aria-pressed={pressed.to_string()} data-testid={format!("type-{}", ty.key())} {onclick}>
                        { t0(lang, &format!("migration-type-{}", ty.key())) }
                    </button>
                }
            });
            html! { <div class="embed-types" role="group" aria-label={t0(lang, "header-types")}>{ for buttons }</div> }
        }
        "policy" => policy_select(p, set, lang),
        key => match sliders::by_key(key) {
            Some(spec) => {
                html! { <ParamSlider {spec} params={p.clone()} onchange={set.clone()} /> }
            }
            None => Html::default(),
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub state: State,
    pub embed: Embed,
    pub frame: Rc<Frame>,
    pub narration: AttrValue,
    pub description: AttrValue,
    pub palette: Palette,
    /// The app's root element (keys and the height are measured on it).
    pub root: NodeRef,
    /// An open lesson's panel (`embed=1&lesson=drama&steps=3-5`).
    #[prop_or_default]
    pub lesson: Option<Html>,
    /// The timeline span the lesson points at.
    #[prop_or_default]
    pub highlight: Option<(f64, f64)>,
    /// What takes the picture's place when a lesson's step shows something the picture
    /// cannot: an evacuation step's view, with its own playback (`features::evacuate`).
    #[prop_or_default]
    pub instead: Option<Html>,
}

#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    use_post_height(props.root.clone());
    let s = &props.state;
    let lang = s.page.lang;
    let d = s.dispatcher();
    let trace = s.run.trace.clone();
    let set = {
        let d = d.clone();
        Callback::from(move |p: Params| d.dispatch(Action::SetParams(Box::new(p))))
    };
    let onseek = {
        let d = d.clone();
        Callback::from(move |t: f64| d.dispatch(Action::Seek(t)))
    };
    let onstep = {
        let d = d.clone();
        Callback::from(move |next: bool| {
            d.dispatch(if next {
                Action::StepNext
            } else {
                Action::StepPrev
            })
        })
    };
    let ontoggle = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::TogglePlay))
    };
    let onrestart = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::Restart))
    };
    let ondismiss = {
        let d = d.clone();
        Callback::from(move |()| {
            d.dispatch(Action::Page(crate::app::page::PageAction::DismissNotice))
        })
    };
    let onspeed = Callback::from(move |v: f64| d.dispatch(Action::SetSpeed(v)));
    // The full app at the same place: the lesson and its step when one is open.
    let full = format!(
        "{}?{}",
        crate::app::page::base_href(),
        crate::components::share::page_query(s, true)
    );
    html! {
        <div class="app embed" ref={props.root.clone()}>
            <main class="embed-main">
                <header class="embed-head">
                    <h1>{ "VM Migration Lab" }</h1>
                    <span class="embed-type">{ t0(lang, &format!("migration-type-{}", trace.migration_type.key())) }</span>
                </header>
                // What the embed's link asked for and did not get, for its author.
                { crate::components::notice::notice(&s.page.notice, ondismiss, lang) }
                { props.lesson.clone().unwrap_or_default() }
                if let Some(view) = props.instead.clone() {
                    { view }
                } else {
                    <p class="narration" data-testid="narration">{ props.narration.clone() }</p>
                    <Stage frame={props.frame.clone()} bytes_moved={trace.bytes_sent_at(props.frame.t_s)}
                        description={props.description.clone()} palette={props.palette} />
                    <crate::components::legend::Legend />
                    <Timeline trace={trace.clone()} t_s={props.frame.t_s} {onseek} onstep={onstep.clone()} highlight={props.highlight} />
                    <Transport playing={s.playing} speed={s.speed} {ontoggle} {onstep} {onrestart} {onspeed} />
                }
                if !props.embed.controls.is_empty() {
                    <section class="embed-controls" aria-label={t0(lang, "controls-title")} data-testid="embed-controls">
                        { for props.embed.controls.iter().map(|c| control(c, &s.params, &set, lang)) }
                    </section>
                }
                <p class="embed-foot">
                    <a href={full} target="_blank" rel="noopener" data-testid="embed-full-app">
                        { t0(lang, "embed-open-full") }
                    </a>
                </p>
            </main>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_escapes_the_address_and_sizes_itself() {
        let s = snippet("https://x.test/?a=1&b=\"2\"", "VM <Migration>", true);
        assert!(s.starts_with("<iframe src=\"https://x.test/?a=1&amp;b=&quot;2&quot;\""));
        assert!(s.contains("title=\"VM &lt;Migration>\""));
        assert!(s.contains("sandbox=\"allow-scripts"));
        assert!(s.contains(HEIGHT_MESSAGE));
        assert!(!snippet("x", "y", false).contains("<script>"));
    }

    /// The Embed dialog names each control by message `embed-control-{name}`; in
    /// English that is the link keys' own label, byte for byte.
    #[test]
    fn every_embed_control_has_its_english_label_in_the_catalogue() {
        for (name, label) in crate::links::EMBED_CONTROLS {
            assert_eq!(
                t0(crate::i18n::Lang::En, &format!("embed-control-{name}")),
                label
            );
        }
    }
}
