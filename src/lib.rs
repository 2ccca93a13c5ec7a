//! VM Migration Lab: the web app. `main.rs` only calls [`start`]; tests mount [`App`].
//! The README's map names each room; `app/` wires them together.

pub mod app;
pub mod components;
pub mod controls;
pub mod draw;
pub mod features;
pub mod i18n;
pub mod links;
pub mod picture;

pub use app::{App, AppProps};
use std::rc::Rc;

/// Mounts the app into `<body>`.
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
    // The page's "cannot start" message (index.html) is not needed: the app started.
    if let Some(el) = app::page::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-fallback"))
    {
        el.remove();
    }
    app::page::remember_prerender();
    let link = Rc::new(links::parse(&app::page::location_query()));
    // The link's run in tasks of its own (a long run in slices: app::tasks::Pending), then
    // the first render in the next: a run of 100,000 rounds and the views that show it
    // never hold the page up together, nor with the wasm's start (docs/architecture.md,
    // "Bounded work"). The prerendered first screen stays.
    // (Timer callbacks, not a future: the first screen carries no futures executor.)
    let rm = app::playback::prefers_reduced_motion();
    let sim = migration_model::Simulation::new(&link.params);
    let shown = move |trace| {
        let first = app::reduce::first_state_with(link.params.clone(), trace, Some(&link), rm);
        gloo_timers::callback::Timeout::new(0, move || {
            yew::Renderer::<App>::with_props(AppProps {
                initial: None,
                link: Some(link),
                first: Some(Rc::new(first)),
            })
            .render();
        })
        .forget();
    };
    match sim {
        Ok(sim) => {
            let run = app::tasks::Pending::new(sim, false);
            // The closure holds the run, so its tasks go on until it ends.
            let keep = run.clone();
            run.run_in_tasks(move |_, trace| {
                drop(keep);
                shown(Ok(trace));
            });
        }
        Err(error) => {
            gloo_timers::callback::Timeout::new(0, move || shown(Err(error))).forget();
        }
    }
}

/// A bug must never leave a blank page: say what happened, in the page and the console.
fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    let text = info.to_string();
    web_sys::console::error_1(&text.clone().into());
    let Some(doc) = crate::app::page::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(banner), Some(body)) = (doc.create_element("div"), doc.body()) {
        banner.set_class_name("crash");
        banner.set_attribute("role", "alert").ok();
        banner.set_text_content(Some(&format!(
            "VM Migration Lab hit a bug and stopped: {text}. Reload the page to start again; your link keeps the parameters."
        )));
        body.prepend_with_node_1(&banner).ok();
    }
}
