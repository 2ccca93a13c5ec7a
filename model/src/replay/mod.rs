//! Replaying a real migration beside the model: read a recording (our harness's JSON
//! Lines or bare QMP `query-migrate` replies), infer the model's parameters from it, run
//! the model and compare, pass by pass. The CLI's `migsim replay` and the web app use this
//! same code. Formats, inference rules and the comparison are in docs/replay.md.

pub mod compare;
pub mod features;
pub mod infer;
pub mod json;
pub mod moment;
mod narrate;
pub mod reader;
pub mod recording;

pub use compare::{compare, replay, replay_with, Comparison, Pass, PassPair, Replay, Summary};
pub use features::NotModelled;
pub use infer::{infer, params_from_flags, Flag, RunKind};
pub use moment::{outcome, vm_at, RealOutcome};
pub use narrate::narrate;
pub use recording::{parse, Format, Recording, ReplayError, Sample};
