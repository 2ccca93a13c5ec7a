//! One file per component.
pub mod metrics;
pub mod slider;
pub mod stage;
