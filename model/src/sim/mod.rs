//! The simulation engine: one module per migration type, a stop policy, a dirty model.

use crate::params::{ParamError, Params};
use crate::trace::Trace;

/// Runs a scenario. Costs O(rounds), never O(pages). Deterministic: the same parameters
/// give the same trace, bit for bit.
pub fn simulate(params: &Params) -> Result<Trace, ParamError> {
    params.validate()?;
    todo!("engine not written yet")
}
