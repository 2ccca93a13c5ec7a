//! What a user opens beyond the first screen, one folder each with its views and its
//! pure logic: guided lessons, seeded exercises, real recordings replayed, the compare
//! view, a host's evacuation, the side panel's charts and the exports. Everything here
//! (and what only it reaches) is in the wasm's second half, fetched after the app starts
//! (docs/loading.md): the first screen never runs code from this folder.
pub mod charts;
pub mod compare;
pub mod evacuate;
pub mod exercises;
pub mod export;
pub mod lesson;
pub mod replay;
