//! The views: one file per view, with the small parts only it uses (the compare
//! view's tabs, the side panel's switch, the toolbar's dialogs, the presets' story
//! card). Pure helpers they share live outside: `labels`, `format`, `sliders`, `charts`.
pub mod dialog;
pub mod embed_dialog;
pub mod help;
pub mod legend;
pub mod lesson_launcher;
pub mod metrics;
pub mod notice;
pub mod presentation;
pub mod presets;
pub mod recording_opener;
pub mod share;
pub mod slider;
pub mod stage;
pub mod tabs;
pub mod timeline;
pub mod timeline_key;
pub mod toolbar;
pub mod transport;
