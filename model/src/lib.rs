//! # migration-model
//!
//! A deterministic model of VM migration: cold, suspended, live pre-copy under real
//! hypervisors' stop policies, post-copy and hybrid, with faults and holds. It follows the
//! published pre-copy analysis (Clark et al. NSDI 2005; Liu et al.) and QEMU's, Xen's,
//! vMotion's and SimGrid's rules; `docs/model.md` in the repository names the
//! sources. Every number is an expected value, so a run costs O(rounds), never O(pages).
//!
//! Data flows one way: [`Params`] → [`simulate`] → [`Trace`] → [`page_map`] at a time t.

pub mod advice;
pub mod evacuate;
pub mod exercise;
pub mod i18n;
pub mod lesson;
pub mod notation;
pub mod pagemap;
pub mod params;
pub mod presets;
pub mod query;
pub mod replay;
pub mod say;
pub mod show;
pub mod sim;
pub mod spec;
pub mod sweep;
pub mod trace;
pub mod units;
pub mod vary;

pub use pagemap::{page_map, CellState, PageMap};
pub use params::{
    Change, ChangeKind, DirtyModel, Fault, FaultKind, Hold, HoldReason, LinkShare, MigrationType,
    ParamError, Params, StopPolicy, SuspendTransfer,
};
pub use sim::{simulate, Simulation};
pub use trace::{
    Event, EventKind, Host, Metrics, Note, Outcome, Phase, PhaseKind, RateChange, Round, Trace,
    VmState,
};
