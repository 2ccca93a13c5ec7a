//! Rows of buttons of which one is chosen: the header's view tabs, the side panel's
//! tabs and the generic `segmented` control the charts and the replay view use too.

use crate::app::state::{Panel, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    pub onchange: Callback<View>,
}

/// The header's switch between the animated migration and the comparison.
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let tab = |view: View, label: &'static str, key: &'static str, title: &'static str| {
        let pressed = props.view == view;
        let onclick = props.onchange.reform(move |_: MouseEvent| view);
        html! {
            <button type="button" class={classes!("view-tab", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={format!("view-{key}")} {title} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <nav class="views" aria-label="View">
            { tab(View::Main, "Animate", "main", "Watch one migration, page by page") }
            { tab(View::Compare, "Compare", "compare", "Every migration type side by side, with sweep charts") }
            { tab(View::Exercises, "Exercises", "exercises", "Seeded problems with answers and worked solutions") }
            { tab(View::Evacuate, "Evacuate", "evacuate", "A host's VMs leaving over one link, at most K at once") }
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
    segmented(
        "Side panel",
        "panel-tabs",
        vec![
            (
                Panel::Parameters,
                "Parameters".into(),
                "panel-parameters".into(),
            ),
            (Panel::Charts, "Charts".into(), "panel-charts".into()),
        ],
        props.panel,
        &props.onchange,
    )
}

/// A row of buttons of which one is chosen (`aria-pressed`), styled as one control
/// (`.segmented`, styles/charts.css): the charts' metric and axis, the side panel's
/// tabs, what the picture plays. `options` are (value, label, test id).
pub fn segmented<T: Copy + PartialEq + 'static>(
    label: &'static str,
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
    html! { <div class={classes!("segmented", (!class.is_empty()).then_some(class))} role="group" aria-label={label}>{ for buttons }</div> }
}
