//! Guided lessons in the app: the lesson panel (`view`), the progress through a lesson
//! (`progress`), the notices listing a file's mistakes (`notices`) and packing a lesson
//! into a link (`pack`). The format itself is pure and lives in the model crate
//! (`migration_model::lesson`: the parser, the placeholders' numbers, the questions and
//! the built-in lessons), so `migsim lesson` prints what the panel shows; it is
//! re-exported here under the names the app has always used.

pub mod handout;
pub mod notices;
pub mod pack;
pub mod progress;
pub mod tools;
pub mod view;

pub use migration_model::lesson::{
    ask, built_in, next_built_in, parse, parse_bytes, source, text, Answer, Ask, Edge, Lesson,
    LessonError, Loaded, Mark, Moment, PhaseName, Piece, Severity, Step, Value, BUILT_IN, DRAMA,
    MENU,
};
pub use progress::{link_notices, link_query, open_built_in, LessonAction, Progress, Source};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests_notices;
