//! What is shown at a moment, as data: the frame at the playhead, its narration, the
//! names of phases and states, one memory cell's story, numbers for people. Pure: no
//! web dependency, tested natively.
pub mod cell_story;
pub mod describe;
pub mod format;
pub mod frame;
pub mod labels;
pub mod narrate;
