//! Numbers for people: the project's one ladder of units lives in the model
//! (`migration_model::show`), which the model's own sentences use too.

pub use migration_model::show::*;
