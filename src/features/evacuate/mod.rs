//! The host-evacuation view (`?view=evacuate&vm=…&vm=…&k=2&order=…`): every VM on one
//! source host leaves over the host's one link, at most K at a time, the rest waiting in
//! an order (`migration_model::evacuate`, the same as `migsim evacuate`; docs/model.md,
//! "Host evacuation"). The shared link keys (`bw`, `policy`, `downtime`, `limit`, …) are
//! the app's parameters and apply to every VM, as `migsim evacuate`'s flags do; each
//! `vm=` sets that VM's own (`mem`, `dirty`, `ws`, `type`, `name`).
//!
//! This file reads and writes the view's setup (the VMs' specs, K, the order) and runs
//! the evacuation; [`frame`] says what is shown at the playhead, [`view`] draws it.

pub mod frame;
pub mod parts;
pub mod view;

use crate::i18n::{t, t0, Lang};
use crate::links::evacuate::{EvacuateLink, CONCURRENCY, ORDER, VM};
use crate::links::Ignored;
use crate::picture::format;
use migration_model::evacuate::{evacuate, vm_from_spec, Evacuation, Order, Vm};
use migration_model::Params;

pub use migration_model::evacuate::MAX_VMS;

/// The teaching case (issue 27): two 4 GiB VMs writing 100 MB/s, over the default
/// 1 Gbit/s: alone each converges (λ = 0.8), together each gets half the link (λ = 1.6).
pub const TEACHING: [&str; 2] = ["mem=4GiB,dirty=100MB/s", "mem=4GiB,dirty=100MB/s"];

/// A maintenance window: eight mixed VMs (a database, web servers, batch jobs, a cache),
/// each within the sliders' ranges.
pub const MAINTENANCE: [&str; 8] = [
    "mem=16GiB,dirty=60MB/s,ws=4GiB,name=db",
    "mem=4GiB,dirty=20MB/s,name=web1",
    "mem=4GiB,dirty=20MB/s,name=web2",
    "mem=2GiB,dirty=5MB/s,name=dns",
    "mem=8GiB,dirty=150MB/s,ws=2GiB,name=cache",
    "mem=8GiB,dirty=40MB/s,type=postcopy,name=batch",
    "mem=1GiB,dirty=0B/s,name=idle",
    "mem=32GiB,dirty=10MB/s,type=cold,name=archive",
];

/// What the view evacuates: the VMs' specs (as a link writes them), K and the order.
#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    /// One to [`MAX_VMS`] specs, each readable by `vm_from_spec`.
    pub specs: Vec<String>,
    /// 1 ..= the number of VMs.
    pub k: usize,
    pub order: Order,
}

/// What changes the setup (the view's controls).
#[derive(Clone, Debug, PartialEq)]
pub enum EvacAction {
    SetK(usize),
    SetOrder(Order),
    /// Adds a VM (a spec the add form wrote).
    Add(String),
    /// Removes the VM at this index (the last one stays).
    Remove(usize),
    /// Back to the teaching case.
    Teaching,
    /// A maintenance window: eight mixed VMs, two at once, smallest first.
    Maintenance,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            specs: TEACHING.map(String::from).to_vec(),
            k: 1,
            order: Order::Given,
        }
    }
}

impl Setup {
    /// Reads a link's keys over `base` (the app's parameters). Never fails: a spec that
    /// does not read or is out of range, a ninth VM, a K out of 1 ..= N or an unknown
    /// order is named in the returned notices and left out (K falls back to the nearest
    /// allowed value, the order to `given`, no usable VM to the teaching case).
    pub fn read(link: &EvacuateLink, base: &Params) -> (Setup, Vec<Ignored>) {
        let mut notices = Vec::new();
        let mut drop = |key: &str, value: &str, why: String| {
            notices.push(Ignored {
                key: key.into(),
                value: migration_model::query::quote(value),
                why,
            })
        };
        let mut specs: Vec<String> = Vec::new();
        for spec in &link.vms {
            if specs.len() == MAX_VMS {
                drop(
                    VM,
                    spec,
                    format!("at most {MAX_VMS} VMs; this one is left out"),
                );
                continue;
            }
            match check(spec, base, specs.len() + 1) {
                Ok(_) => specs.push(spec.trim().to_string()),
                Err(why) => drop(VM, spec, why),
            }
        }
        if specs.is_empty() {
            if !link.vms.is_empty() {
                drop(
                    VM,
                    "",
                    "no usable VM: the two 100 MB/s writers are shown".into(),
                );
            }
            specs = Setup::default().specs;
        }
        let n = specs.len();
        let k = match link.k.as_deref().map(|k| (k, k.parse::<usize>())) {
            None => 1,
            Some((_, Ok(k))) if (1..=n).contains(&k) => k,
            Some((text, Ok(k))) => {
                let fallback = k.clamp(1, n);
                drop(
                    CONCURRENCY,
                    text,
                    format!("expected 1 to {n} (the number of VMs); {fallback} is used"),
                );
                fallback
            }
            Some((text, Err(_))) => {
                drop(
                    CONCURRENCY,
                    text,
                    format!("expected a whole number from 1 to {n}; 1 is used"),
                );
                1
            }
        };
        let order = match link.order.as_deref() {
            None => Order::Given,
            Some(o) => Order::from_key(o).unwrap_or_else(|| {
                drop(
                    ORDER,
                    o,
                    format!(
                        "expected {}; given is used",
                        Order::ALL.map(Order::key).join(", ")
                    ),
                );
                Order::Given
            }),
        };
        (Setup { specs, k, order }, notices)
    }

    /// The link's keys for this setup: every VM, K, and the order unless `given`.
    pub fn link(&self) -> EvacuateLink {
        EvacuateLink {
            vms: self.specs.clone(),
            k: Some(self.k.to_string()),
            order: (self.order != Order::Given).then(|| self.order.key().to_string()),
        }
    }

    /// The VMs over `base`, or why one cannot run with these parameters.
    pub fn vms(&self, base: &Params) -> Result<Vec<Vm>, String> {
        self.specs
            .iter()
            .enumerate()
            .map(|(i, s)| check(s, base, i + 1))
            .collect()
    }

    /// The setup after `a` (K kept within 1 ..= N). `None` when nothing changes.
    pub fn apply(&self, a: &EvacAction) -> Option<Setup> {
        let mut s = self.clone();
        match a {
            EvacAction::SetK(k) => s.k = *k,
            EvacAction::SetOrder(o) => s.order = *o,
            EvacAction::Add(spec) if s.specs.len() < MAX_VMS => s.specs.push(spec.clone()),
            EvacAction::Add(_) => return None,
            EvacAction::Remove(i) if *i < s.specs.len() && s.specs.len() > 1 => {
                s.specs.remove(*i);
            }
            EvacAction::Remove(_) => return None,
            EvacAction::Teaching => s = Setup::default(),
            EvacAction::Maintenance => {
                s = Setup {
                    specs: MAINTENANCE.map(String::from).to_vec(),
                    k: 2,
                    order: Order::SmallestFirst,
                }
            }
        }
        s.k = s.k.clamp(1, s.specs.len());
        (s != *self).then_some(s)
    }
}

/// One spec read over `base` and checked as the evacuation will run it (the host's link).
pub fn check(spec: &str, base: &Params, number: usize) -> Result<Vm, String> {
    let vm = vm_from_spec(spec, base, number)?;
    let p = Params {
        link_shares: Vec::new(),
        ..vm.params.clone()
    };
    p.validate().map_err(|e| {
        format!(
            "out of range ({}: accepted {}, got {})",
            e.field, e.accepted, e.got
        )
    })?;
    Ok(vm)
}

/// The evacuation shown: its setup and link, the parameters it ran over, its result and
/// what the view derives from it once. Shared behind `app::run::Ptr` and compared by
/// identity, so it is neither cloned nor compared (no run is copied on the first screen).
#[derive(Debug)]
pub struct Evac {
    pub setup: Setup,
    /// The setup as the link writes it (the address bar borrows it).
    pub link: EvacuateLink,
    /// The app's parameters the VMs ran over.
    pub base: Params,
    /// The VMs as they ran (with the host's link).
    pub vms: Vec<Vm>,
    /// The evacuation, or why it cannot run with these parameters.
    pub result: Result<Evacuation, String>,
    /// Every VM's bar: its waiting, copying, down and after-end spans.
    pub bars: Vec<Vec<frame::Span>>,
    /// Times worth stopping at, sorted: each start, each end, each pause.
    pub stops: Vec<f64>,
    /// One line in plain words: which K lets every VM leave, and why not beyond (English;
    /// [`Evac::caption_in`] says it in another language).
    pub caption: String,
    /// What the caption says, for [`Evac::caption_in`].
    found: Found,
}

impl Evac {
    /// Runs `setup` over `base`: the evacuation at its K, and the other K from 1 up to the
    /// first at which a VM stays (at most N evacuations of at most N VMs).
    pub fn new(setup: Setup, base: &Params) -> Evac {
        let vms = setup.vms(base);
        let result = vms.clone().and_then(|v| {
            evacuate(&v, base.bandwidth_bytes_per_s, setup.k, setup.order)
                .map_err(|e| e.to_string())
        });
        let (bars, stops) = match (&result, &vms) {
            (Ok(e), Ok(v)) => (frame::bars(e, v), frame::stops(e)),
            _ => (Vec::new(), Vec::new()),
        };
        let found = match (&result, &vms) {
            (Ok(e), Ok(v)) => find_k(e, v, base, setup.order),
            (Err(why), _) | (_, Err(why)) => Found::CannotRun(why.clone()),
        };
        let caption = caption_text(Lang::En, &found);
        Evac {
            link: setup.link(),
            base: base.clone(),
            vms: vms.unwrap_or_default(),
            result,
            bars,
            stops,
            caption,
            found,
            setup,
        }
    }

    /// The caption in `lang`.
    pub fn caption_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.caption.clone();
        }
        caption_text(lang, &self.found)
    }

    /// Where playback ends: the last VM's end (a second when it cannot run).
    pub fn end_s(&self) -> f64 {
        self.result
            .as_ref()
            .map_or(1.0, |e| e.evacuation_time_s.max(1e-3))
    }

    /// The first stop after `t`, the last before it.
    pub fn next_stop(&self, t: f64) -> Option<f64> {
        let eps = 1e-9 * t.abs().max(1.0);
        self.stops.iter().copied().find(|s| *s > t + eps)
    }

    pub fn previous_stop(&self, t: f64) -> Option<f64> {
        let eps = 1e-9 * t.abs().max(1.0);
        self.stops.iter().rev().copied().find(|s| *s < t - eps)
    }

    /// A playback speed that shows the whole evacuation in about 20 s.
    pub fn speed(&self) -> f64 {
        (self.end_s() / 20.0).log2().round().exp2()
    }
}

/// "vm1", "vm1 and vm2", "vm1, vm2 and vm3" (in `lang`: "vm1, vm2 y vm3", "vm1、vm2和vm3").
pub fn names(lang: Lang, list: &[&str]) -> String {
    match list {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => t(
            lang,
            "evac-view-list-and",
            &[
                ("rest", rest.join(&t0(lang, "evac-view-list-sep")).into()),
                ("last", (*last).into()),
            ],
        ),
    }
}

/// Why the VMs that stayed on the host stayed.
#[derive(Clone, Debug, PartialEq)]
enum Stay {
    /// They did not converge on their share of the link: the least share and the writes.
    Shared(f64, f64),
    /// They did not converge even with the whole link.
    Whole(f64, f64),
    /// Another outcome.
    Outcome(migration_model::Outcome),
}

/// Which VMs stayed (their names) and why.
#[derive(Clone, Debug, PartialEq)]
struct Stayed {
    names: Vec<String>,
    why: Stay,
}

/// What the caption says: the link, and the largest K at which every VM leaves.
#[derive(Clone, Debug, PartialEq)]
enum Found {
    CannotRun(String),
    /// A VM stays already at K = 1.
    EvenOne(String, Stayed),
    /// Every VM leaves below `k`; at `k` some stay.
    Below(String, usize, Stayed),
    /// One VM, which leaves.
    OneVm(String),
    /// All `n` leave whatever K.
    All(String, usize),
}

fn stayed_text(lang: Lang, s: &Stayed) -> String {
    let who: Vec<&str> = s.names.iter().map(String::as_str).collect();
    let list = names(lang, &who);
    let n = s.names.len();
    let (id, rates) = match s.why {
        Stay::Shared(least, dirty) => ("evac-view-stay-shared", Some((least, dirty))),
        Stay::Whole(least, dirty) => ("evac-view-stay-whole", Some((least, dirty))),
        Stay::Outcome(o) => {
            let outcome = t0(lang, crate::picture::labels::outcome_id(o));
            return t(
                lang,
                "evac-view-stay-outcome",
                &[
                    ("list", list.into()),
                    ("n", n.into()),
                    ("outcome", outcome.into()),
                ],
            );
        }
    };
    let (least, dirty) = rates.unwrap_or_default();
    t(
        lang,
        id,
        &[
            ("list", list.into()),
            ("n", n.into()),
            (
                "least",
                format::in_lang(lang, format::byte_rate(least)).into(),
            ),
            (
                "dirty",
                format::in_lang(lang, format::byte_rate(dirty)).into(),
            ),
        ],
    )
}

fn caption_text(lang: Lang, f: &Found) -> String {
    match f {
        Found::CannotRun(why) => t(lang, "compare-cannot-run", &[("why", why.as_str().into())]),
        Found::EvenOne(link, why) => t(
            lang,
            "evac-view-caption-even-one",
            &[
                ("link", format::in_lang(lang, link.clone()).into()),
                ("why", stayed_text(lang, why).into()),
            ],
        ),
        Found::Below(link, k, why) => t(
            lang,
            "evac-view-caption-below",
            &[
                ("link", format::in_lang(lang, link.clone()).into()),
                ("k", (*k).into()),
                ("below", (k - 1).into()),
                ("why", stayed_text(lang, why).into()),
            ],
        ),
        Found::OneVm(link) => t(
            lang,
            "evac-view-caption-one-vm",
            &[("link", format::in_lang(lang, link.clone()).into())],
        ),
        Found::All(link, n) => t(
            lang,
            "evac-view-caption-all",
            &[
                ("link", format::in_lang(lang, link.clone()).into()),
                ("n", (*n).into()),
            ],
        ),
    }
}

/// The VMs that stayed on the host, and why in words: a VM that did not converge while
/// it got less of the link than it writes is said to (the link was shared), else its
/// outcome.
fn stayed(e: &Evacuation, vms: &[Vm]) -> Option<Stayed> {
    let stay: Vec<(usize, &str)> = e
        .vms
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.left())
        .map(|(i, v)| (i, v.name.as_str()))
        .collect();
    let (&(first, _), _) = stay.split_first()?;
    let names = stay.iter().map(|(_, n)| n.to_string()).collect();
    let run = &e.vms[first];
    let least = run
        .shares
        .iter()
        .map(|s| s.bytes_per_s)
        .fold(f64::INFINITY, f64::min);
    let dirty = vms[first].params.dirty_rate_bytes_per_s;
    let not_converged = run.trace.metrics.outcome == migration_model::Outcome::NotConverged;
    let why = if not_converged && least <= dirty && least < e.link_bytes_per_s {
        Stay::Shared(least, dirty)
    } else if not_converged {
        Stay::Whole(least, dirty)
    } else {
        Stay::Outcome(run.trace.metrics.outcome)
    };
    Some(Stayed { names, why })
}

/// The caption: the largest K (from 1 up) at which every VM still leaves, and at the
/// first K where one does not, which and why.
fn find_k(shown: &Evacuation, vms: &[Vm], base: &Params, order: Order) -> Found {
    let n = vms.len();
    let link = format::bit_rate(base.bandwidth_bytes_per_s);
    for k in 1..=n {
        let other;
        let e = if k == shown.concurrency {
            shown
        } else {
            match evacuate(vms, base.bandwidth_bytes_per_s, k, order) {
                Ok(e) => {
                    other = e;
                    &other
                }
                Err(_) => break,
            }
        };
        if let Some(why) = stayed(e, vms) {
            return if k == 1 {
                Found::EvenOne(link, why)
            } else {
                Found::Below(link, k, why)
            };
        }
    }
    if n == 1 {
        Found::OneVm(link)
    } else {
        Found::All(link, n)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
