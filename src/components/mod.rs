//! One file per component.
pub mod charts_panel;
pub mod compare;
pub mod controls;
pub mod metrics;
pub mod presets;
pub mod round_chart;
pub mod slider;
pub mod stage;
pub mod sweep_chart;
pub mod timeline;
pub mod transport;
