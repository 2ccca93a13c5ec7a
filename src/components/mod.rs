//! One file per component.
pub mod controls;
pub mod metrics;
pub mod slider;
pub mod stage;
pub mod timeline;
pub mod transport;
