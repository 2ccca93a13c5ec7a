//! Drawing: the stage's canvas (`canvas`) and the SVG charts' axes and shapes (`charts`).
pub mod canvas;
pub mod charts;
