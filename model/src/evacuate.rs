//! Host evacuation: every VM on one source host leaves over the host's one link, at most
//! K at a time (docs/model.md, "Host evacuation").
//!
//! - **Slots.** At most `concurrency` migrations run at once; the others wait in the
//!   chosen order. A VM holds its slot from its start until its end (its resume
//!   included, `start_s + total_time_s`); the next waiting VM starts at that moment.
//! - **Sharing.** The running migrations share the link max-min fairly (water-filling):
//!   each gets an equal part, a VM whose own cap (`max_bandwidth_bytes_per_s`) is below
//!   that part keeps its cap and leaves the rest to the others. A share changes only when
//!   a migration starts or ends. A running migration keeps its share to its end, its
//!   final pause and resume included (a few hundred ms).
//! - **The same engine.** Each VM's run is [`simulate`] with its shares as the link's
//!   rate over time ([`Params::link_shares`]), so its stop rule sees the rate it really
//!   gets, and with K = 1 every VM gets the whole link: the single runs back to back.
//!
//! A migration's run up to a moment depends only on the link before it, so the
//! evacuation proceeds from event to event (a start or an end): at each, the running
//! VMs' shares from then on are known, each whose share changed is run again with its
//! shares so far, and the earliest end is the next event. Cost: O(VMs × K) runs of the engine.

use crate::params::{LinkShare, ParamError, Params};
use crate::simulate;
use crate::trace::{Outcome, Trace};
use serde::Serialize;

/// Most VMs on a host in the app's view and a lesson's scene: the evacuation's cost grows
/// with VMs × K runs of the engine.
pub const MAX_VMS: usize = 8;

/// One VM on the host: its name and its parameters (its own memory, writes, type…; the
/// link, `bandwidth_bytes_per_s`, is the host's).
#[derive(Clone, Debug, PartialEq)]
pub struct Vm {
    pub name: String,
    pub params: Params,
}

/// The order in which waiting VMs start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Order {
    /// As listed.
    #[default]
    Given,
    /// Least memory first.
    SmallestFirst,
    /// Most memory first.
    LargestFirst,
    /// Lowest dirty rate first.
    LeastDirtyFirst,
}

impl Order {
    pub const ALL: [Order; 4] = [
        Order::Given,
        Order::SmallestFirst,
        Order::LargestFirst,
        Order::LeastDirtyFirst,
    ];

    /// The name in links and flags: `given`, `smallest-first`, …
    pub fn key(self) -> &'static str {
        match self {
            Order::Given => "given",
            Order::SmallestFirst => "smallest-first",
            Order::LargestFirst => "largest-first",
            Order::LeastDirtyFirst => "least-dirty-first",
        }
    }

    pub fn from_key(key: &str) -> Option<Order> {
        Order::ALL.into_iter().find(|o| o.key() == key)
    }

    /// The VMs' indexes in start order (ties keep the given order).
    pub fn arrange(self, vms: &[Vm]) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..vms.len()).collect();
        let p = |i: usize| &vms[i].params;
        match self {
            Order::Given => {}
            Order::SmallestFirst => idx.sort_by_key(|&i| p(i).memory_bytes),
            Order::LargestFirst => idx.sort_by_key(|&i| std::cmp::Reverse(p(i).memory_bytes)),
            Order::LeastDirtyFirst => idx.sort_by(|&a, &b| {
                p(a).dirty_rate_bytes_per_s
                    .total_cmp(&p(b).dirty_rate_bytes_per_s)
            }),
        }
        idx
    }
}

/// One VM's migration within the evacuation.
#[derive(Clone, Debug, PartialEq)]
pub struct VmRun {
    pub name: String,
    /// When its migration started and ended, seconds from the evacuation's start.
    pub start_s: f64,
    pub end_s: f64,
    /// Its run, on its own clock (0 = its start), with its shares of the link.
    pub trace: Trace,
    /// Its shares of the link, on its own clock.
    pub shares: Vec<LinkShare>,
}

impl VmRun {
    /// Whether it left the host: its migration completed.
    pub fn left(&self) -> bool {
        self.trace.metrics.outcome == Outcome::Completed
    }
}

/// The whole evacuation.
#[derive(Clone, Debug, PartialEq)]
pub struct Evacuation {
    pub concurrency: usize,
    pub order: Order,
    /// The host's link, bytes/s.
    pub link_bytes_per_s: f64,
    /// In the order given.
    pub vms: Vec<VmRun>,
    /// From the first start to the last end.
    pub evacuation_time_s: f64,
    pub bytes_sent: f64,
    /// The most migrations running at once.
    pub peak_running: usize,
}

impl Evacuation {
    /// When the last VM that left did so; `None` if none did.
    pub fn last_left_s(&self) -> Option<f64> {
        self.vms
            .iter()
            .filter(|v| v.left())
            .map(|v| v.end_s)
            .reduce(f64::max)
    }

    /// Whether every VM left the host.
    pub fn all_left(&self) -> bool {
        self.vms.iter().all(VmRun::left)
    }
}

/// What stops an evacuation from being run.
#[derive(Clone, Debug, PartialEq)]
pub enum EvacuateError {
    /// No VM to move.
    NoVm,
    /// Concurrency 0.
    NoSlot,
    /// A VM's parameters are out of range (its name, the error).
    Params(String, ParamError),
}

impl std::fmt::Display for EvacuateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EvacuateError::NoVm => f.write_str("an evacuation needs at least one VM"),
            EvacuateError::NoSlot => f.write_str("the concurrency must be at least 1"),
            EvacuateError::Params(name, e) => write!(f, "VM {name}: {e}"),
        }
    }
}

/// Max-min fair shares of `link` among streams with these caps (infinite: no cap).
pub fn fair_shares(link: f64, caps: &[f64]) -> Vec<f64> {
    let mut share = vec![0.0; caps.len()];
    let mut open: Vec<usize> = (0..caps.len()).collect();
    let mut left = link;
    // Water-filling: the streams capped below an equal part take their cap; the rest
    // split what remains. At most one pass per stream.
    while !open.is_empty() {
        let part = left / open.len() as f64;
        let (capped, free): (Vec<usize>, Vec<usize>) = open.iter().partition(|&&i| caps[i] < part);
        if capped.is_empty() {
            for &i in &free {
                share[i] = part;
            }
            break;
        }
        for &i in &capped {
            share[i] = caps[i];
            left -= caps[i];
        }
        open = free;
    }
    share
}

struct Running {
    vm: usize,
    start_s: f64,
    shares: Vec<LinkShare>,
    trace: Option<Trace>,
}

impl Running {
    fn end_s(&self) -> f64 {
        self.start_s + self.trace.as_ref().map_or(0.0, |t| t.metrics.total_time_s)
    }
}

/// Runs the evacuation of `vms` over a link of `link_bytes_per_s`, at most `concurrency`
/// at once, waiting VMs starting in `order`.
pub fn evacuate(
    vms: &[Vm],
    link_bytes_per_s: f64,
    concurrency: usize,
    order: Order,
) -> Result<Evacuation, EvacuateError> {
    if vms.is_empty() {
        return Err(EvacuateError::NoVm);
    }
    if concurrency == 0 {
        return Err(EvacuateError::NoSlot);
    }
    let params: Vec<Params> = vms
        .iter()
        .map(|v| Params {
            bandwidth_bytes_per_s: link_bytes_per_s,
            link_shares: Vec::new(),
            ..v.params.clone()
        })
        .collect();
    for (v, p) in vms.iter().zip(&params) {
        p.validate()
            .map_err(|e| EvacuateError::Params(v.name.clone(), e))?;
    }
    let mut waiting = order.arrange(vms).into_iter();
    let mut running: Vec<Running> = Vec::new();
    // Filled without cloning a run (`vec![None; n]` would instantiate `VmRun::clone`).
    let mut done: Vec<Option<VmRun>> = std::iter::repeat_with(|| None).take(vms.len()).collect();
    let mut peak = 0;
    let mut t = 0.0_f64;
    loop {
        while running.len() < concurrency {
            let Some(vm) = waiting.next() else { break };
            running.push(Running {
                vm,
                start_s: t,
                shares: Vec::new(),
                trace: None,
            });
        }
        if running.is_empty() {
            break;
        }
        peak = peak.max(running.len());
        let caps: Vec<f64> = running
            .iter()
            .map(|r| {
                params[r.vm]
                    .max_bandwidth_bytes_per_s
                    .unwrap_or(f64::INFINITY)
            })
            .collect();
        for (r, share) in running.iter_mut().zip(fair_shares(link_bytes_per_s, &caps)) {
            if r.shares.last().map(|s| s.bytes_per_s) == Some(share) && r.trace.is_some() {
                // Its share goes on as before: the run already made still holds.
                continue;
            }
            r.shares.push(LinkShare {
                from_s: t - r.start_s,
                bytes_per_s: share,
            });
            let p = Params {
                link_shares: r.shares.clone(),
                ..params[r.vm].clone()
            };
            let trace =
                simulate(&p).map_err(|e| EvacuateError::Params(vms[r.vm].name.clone(), e))?;
            r.trace = Some(trace);
        }
        let next = running
            .iter()
            .map(Running::end_s)
            .fold(f64::INFINITY, f64::min);
        // Every migration that ends then frees its slot at once.
        let (ended, still): (Vec<Running>, Vec<Running>) =
            running.into_iter().partition(|r| r.end_s() <= next);
        for r in ended {
            let end_s = r.end_s();
            done[r.vm] = Some(VmRun {
                name: vms[r.vm].name.clone(),
                start_s: r.start_s,
                end_s,
                trace: r.trace.expect("run above"),
                shares: r.shares,
            });
        }
        running = still;
        t = next;
    }
    let vms: Vec<VmRun> = done
        .into_iter()
        .map(|v| v.expect("every VM starts and ends"))
        .collect();
    Ok(Evacuation {
        concurrency,
        order,
        link_bytes_per_s,
        evacuation_time_s: vms.iter().map(|v| v.end_s).fold(0.0, f64::max),
        bytes_sent: vms.iter().map(|v| v.trace.metrics.bytes_sent).sum(),
        peak_running: peak,
        vms,
    })
}

/// A VM from its spec: a comma list of link keys for that VM
/// (`mem=4GiB,dirty=100MB/s,ws=1GiB,type=live,name=db`), over `base` (the host's shared
/// parameters). Without `name` it is `vm<number>` (1-based). The error names the part.
pub fn vm_from_spec(spec: &str, base: &Params, number: usize) -> Result<Vm, String> {
    let mut params = base.clone();
    let mut name = format!("vm{number}");
    for part in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            return Err(format!("'{part}' is not KEY=VALUE"));
        };
        let (key, value) = (key.trim(), value.trim());
        if key == "name" {
            if value.is_empty() {
                return Err("name= needs a name".into());
            }
            name = value.to_string();
            continue;
        }
        let Some(s) = crate::spec::of_key(key) else {
            return Err(format!(
                "'{key}' is not a VM parameter (mem, dirty, ws, type, …)"
            ));
        };
        (s.read)(&mut params, value).map_err(|e| format!("{key}={value}: {e}"))?;
    }
    Ok(Vm { name, params })
}
