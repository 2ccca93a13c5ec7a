//! The sliders: each one defined once (`sliders`), positions ⇄ values (`scale`) and the
//! panel that shows them (`panel`).
pub mod panel;
pub mod scale;
pub mod sliders;
