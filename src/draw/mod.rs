//! Drawing: the stage's canvas (`canvas`), the SVG charts' axes and shapes (`charts`)
//! and the escaping of text in markup written by hand (`markup`).
pub mod canvas;
pub mod charts;
pub mod markup;
