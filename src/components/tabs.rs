//! Rows of buttons of which one is chosen: the header's view tabs, the side panel's
//! tabs and the generic `segmented` control the charts and the replay view use too.

use crate::app::state::{Panel, View};
use crate::i18n::{t0, use_lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    pub onchange: Callback<View>,
}

/// The header's switch between the animated migration and the comparison.
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let lang = use_lang();
    // Each tab's label is message `view-{key}`, its tooltip `view-{key}.title`.
    let tab = |view: View, key: &'static str| {
        let pressed = props.view == view;
        let onclick = props.onchange.reform(move |_: MouseEvent| view);
        let label = t0(lang, &format!("view-{key}"));
        let title = t0(lang, &format!("view-{key}.title"));
        html! {
            <button type="button" class={classes!("view-tab", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={format!("view-{key}")} {title} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <nav class="views" aria-label={t0(lang, "views")}>
            { tab(View::Main, "main") }
            { tab(View::Compare, "compare") }
            { tab(View::Exercises, "exercises") }
            { tab(View::Evacuate, "evacuate") }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct PanelTabsProps {
    pub panel: Panel,
    pub onchange: Callback<Panel>,
}

/// Two buttons that switch the side panel.
#[component]
pub fn PanelTabs(props: &PanelTabsProps) -> Html {
    let lang = use_lang();
    segmented(
        t0(lang, "panel-tabs"),
        "panel-tabs",
        vec![
            (
                Panel::Parameters,
                t0(lang, "panel-parameters"),
                "panel-parameters".into(),
            ),
            (
                Panel::Charts,
                t0(lang, "panel-charts"),
                "panel-charts".into(),
            ),
        ],
        props.panel,
        &props.onchange,
    )
}

/// A row of buttons of which one is chosen (`aria-pressed`), styled as one control
/// (`.segmented`, styles/charts.css): the charts' metric and axis, the side panel's
/// tabs, what the picture plays. `options` are (value, label, test id).
pub fn segmented<T: Copy + PartialEq + 'static>(
    label: impl Into<AttrValue>,
    class: &'static str,
    options: Vec<(T, String, String)>,
    chosen: T,
    onpick: &Callback<T>,
) -> Html {
    let buttons = options.into_iter().map(|(v, text, id)| {
        let pressed = v == chosen;
        let onclick = onpick.reform(move |_: MouseEvent| v);
        html! {
            <button type="button" class={classes!("seg", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={id} {onclick}>
                { text }
            </button>
        }
    });
    html! { <div class={classes!("segmented", (!class.is_empty()).then_some(class))} role="group" aria-label={label.into()}>{ for buttons }</div> }
}
