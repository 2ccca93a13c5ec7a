//! The app's wiring: the reducer and its state, the run it derives, keys, the page's
//! browser effects, embed mode and the first screen rendered at build time.
pub mod embed;
pub mod evacuate_scene;
pub mod hooks;
pub mod keys;
pub mod lesson_scene;
pub mod page;
pub mod playback;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod reduce;
pub mod run;
pub mod state;
pub mod tasks;
pub mod view;

pub use view::{App, AppProps};
