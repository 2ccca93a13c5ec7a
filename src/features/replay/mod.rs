//! Real migrations' recordings replayed beside the model: the file read (`recording`),
//! the picture in proportion to QEMU's counters (`picture`) and the view (`view`).
pub mod picture;
pub mod recording;
pub mod view;
