//! Failures (link down, a host dies): events that end a phase, as opposed to the rate
//! changes that `link.rs` integrates. The fault table of `docs/model.md` ("Faults")
//! decides the outcome; each migration type applies it to its own phases.

use crate::params::{FaultKind, Params};

/// After a failure the trace shows this much of what follows (the rollback, the lost VM,
/// the paused post-copy). libvirt notices a dead peer after
/// `keepalive_interval × (keepalive_count + 1)` = 5 s × 6 = 30 s (libvirtd.conf defaults)
/// and then aborts the migration job; until then a paused VM stays paused.
pub const FAILURE_TAIL_S: f64 = 30.0;

/// A failure that can end a migration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Failure {
    Link,
    Source,
    Destination,
}

impl Failure {
    pub fn kind(self) -> FaultKind {
        match self {
            Failure::Link => FaultKind::LinkFailure,
            Failure::Source => FaultKind::SourceHostFailure,
            Failure::Destination => FaultKind::DestinationHostFailure,
        }
    }
}

/// The failures of a scenario, by time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Failures {
    list: Vec<(f64, Failure)>,
}

impl Failures {
    pub fn from_params(p: &Params) -> Self {
        let mut list: Vec<(f64, Failure)> = p
            .faults
            .iter()
            .filter_map(|f| {
                let k = match f.kind {
                    FaultKind::LinkFailure => Failure::Link,
                    FaultKind::SourceHostFailure => Failure::Source,
                    FaultKind::DestinationHostFailure => Failure::Destination,
                    _ => return None,
                };
                Some((f.at_s, k))
            })
            .collect();
        list.sort_by(|a, b| a.0.total_cmp(&b.0));
        Failures { list }
    }

    /// The first failure in `[t0, t1)` that `matters` says ends this phase.
    pub fn first_in(
        &self,
        t0: f64,
        t1: f64,
        matters: impl Fn(Failure) -> bool,
    ) -> Option<(f64, Failure)> {
        self.list
            .iter()
            .copied()
            .find(|&(t, k)| t >= t0 && t < t1 && matters(k))
    }
}
