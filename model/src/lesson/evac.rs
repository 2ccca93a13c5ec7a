//! A step that shows a host's evacuation: `view=evacuate&vm=…&vm=…&k=2&order=…` in its
//! scene, read as the app's evacuation view reads a link (each `vm=` a comma list of link
//! keys over the scene's shared keys, `migration_model::evacuate::vm_from_spec`). The
//! step's numbers (`{evacuation_time}`, `{vm 2 end}`, …) come from
//! [`crate::evacuate::evacuate`] of those VMs; a moment is on the evacuation's clock.
//!
//! A lesson is stricter than a link: a VM that does not read, a K outside 1 ..= the
//! number of VMs or an unknown order is the step's error, not a fallback.

use super::text::{lambda_text, outcome_text_in};
use crate::evacuate::{evacuate, vm_from_spec, Evacuation, Order, Vm, MAX_VMS};
use crate::i18n::{n, tr, Lang};
use crate::query::keys::{CONCURRENCY, ORDER, VIEW, VM};
use crate::query::Dropped;
use crate::{show, Params, Trace};

/// What a step evacuates: the VMs' specs as written, K and the order.
#[derive(Clone, Debug, PartialEq)]
pub struct EvacScene {
    /// One to [`MAX_VMS`] specs (`mem=4GiB,dirty=100MB/s,name=db`).
    pub vms: Vec<String>,
    /// At most this many migrations at once, 1 ..= the number of VMs.
    pub k: usize,
    pub order: Order,
}

/// A step's evacuation run: its VMs over the scene's parameters, and the result.
#[derive(Clone, Debug, PartialEq)]
pub struct EvacRun {
    pub vms: Vec<Vm>,
    pub result: Evacuation,
}

impl EvacScene {
    /// Reads the scene's `vm`, `k` and `order` values over `base`; what cannot be used
    /// is dropped (the step's error).
    pub(super) fn read(
        specs: &[&str],
        k: Option<&str>,
        order: Option<&str>,
        base: &Params,
        dropped: &mut Dropped,
    ) -> Option<EvacScene> {
        if specs.is_empty() {
            dropped.add(VIEW, "evacuate", "needs at least one vm=SPEC".into());
            return None;
        }
        if specs.len() > MAX_VMS {
            dropped.add(VM, specs[MAX_VMS], format!("at most {MAX_VMS} VMs"));
            return None;
        }
        let mut ok = true;
        for (i, spec) in specs.iter().enumerate() {
            if let Err(why) = vm_from_spec(spec, base, i + 1) {
                dropped.add(VM, spec, why);
                ok = false;
            }
        }
        let n = specs.len();
        let k = match k.map(|t| (t, t.trim().parse::<usize>())) {
            None => 1,
            Some((_, Ok(k))) if (1..=n).contains(&k) => k,
            Some((text, _)) => {
                dropped.add(CONCURRENCY, text, format!("expected 1 to {n} (the VMs)"));
                ok = false;
                1
            }
        };
        let order = match order {
            None => Order::Given,
            Some(o) => Order::from_key(o.trim()).unwrap_or_else(|| {
                let keys = Order::ALL.map(Order::key).join(", ");
                dropped.add(ORDER, o, format!("expected {keys}"));
                ok = false;
                Order::Given
            }),
        };
        ok.then(|| EvacScene {
            vms: specs.iter().map(|s| s.trim().to_string()).collect(),
            k,
            order,
        })
    }

    /// The evacuation over `base` (the scene's shared parameters: the host's link).
    pub fn run(&self, base: &Params) -> Result<EvacRun, String> {
        let vms = self
            .vms
            .iter()
            .enumerate()
            .map(|(i, s)| vm_from_spec(s, base, i + 1))
            .collect::<Result<Vec<Vm>, String>>()?;
        let result = evacuate(&vms, base.bandwidth_bytes_per_s, self.k, self.order)
            .map_err(|e| e.to_string())?;
        Ok(EvacRun { vms, result })
    }
}

/// What a `{vm N …}` placeholder says about VM N (counted from 1 in the order given).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VmField {
    /// `{vm 2}`: its name.
    Name,
    Memory,
    DirtyRate,
    /// When its migration started and ended, on the evacuation's clock.
    Start,
    End,
    /// Its share of the link when it started.
    Share,
    /// λ at that share: its write rate ÷ what its share sends.
    Lambda,
    /// Its migration's length.
    Time,
    Rounds,
    Outcome,
}

/// The words after `{vm N …}`.
pub const VM_FIELDS: [(&str, VmField); 9] = [
    ("memory", VmField::Memory),
    ("dirty_rate", VmField::DirtyRate),
    ("start", VmField::Start),
    ("end", VmField::End),
    ("share", VmField::Share),
    ("lambda", VmField::Lambda),
    ("time", VmField::Time),
    ("rounds", VmField::Rounds),
    ("outcome", VmField::Outcome),
];

/// A number about the whole evacuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvacValue {
    /// K.
    Concurrency,
    Order,
    /// How many VMs.
    Count,
    /// From the first start to the last end, whether or not every VM left.
    Time,
    /// When the last VM left, or "never" when one could not.
    HostEmpty,
    /// "2 of 3".
    Left,
    Sent,
    /// Every VM's memory added up.
    TotalMemory,
    /// Total memory ÷ the link: no evacuation can be faster.
    MemoryTime,
    /// The most migrations running at once.
    Peak,
    Vm(u32, VmField),
}

impl EvacValue {
    /// The value in words of `lang`, from the step's evacuation. The order, "2 of 3",
    /// "never" and an outcome come from the catalogues (`order-*` in exercises.ftl,
    /// `lesson-*`), so a translated lesson says them in its language.
    pub fn show_in(self, lang: Lang, run: &EvacRun) -> String {
        let e = &run.result;
        let memory: f64 = run.vms.iter().map(|v| v.params.memory_bytes as f64).sum();
        match self {
            EvacValue::Concurrency => e.concurrency.to_string(),
            EvacValue::Order => tr(lang, &format!("order-{}", e.order.key()), &[]),
            EvacValue::Count => e.vms.len().to_string(),
            EvacValue::Time => show::duration(e.evacuation_time_s),
            EvacValue::HostEmpty if e.all_left() => show::duration(e.evacuation_time_s),
            EvacValue::HostEmpty => tr(lang, "lesson-never", &[]),
            EvacValue::Left => {
                let left = e.vms.iter().filter(|v| v.left()).count() as u32;
                let total = e.vms.len() as u32;
                tr(
                    lang,
                    "lesson-vms-left",
                    &[("left", n(left)), ("total", n(total))],
                )
            }
            EvacValue::Sent => show::bytes(e.bytes_sent),
            EvacValue::TotalMemory => show::bytes(memory),
            EvacValue::MemoryTime => show::duration(memory / e.link_bytes_per_s),
            EvacValue::Peak => e.peak_running.to_string(),
            EvacValue::Vm(i, field) => vm_value(lang, run, i as usize - 1, field),
        }
    }

    /// The VM this value names, counted from 1.
    pub fn vm(self) -> Option<u32> {
        match self {
            EvacValue::Vm(n, _) => Some(n),
            _ => None,
        }
    }
}

fn vm_value(lang: Lang, run: &EvacRun, i: usize, field: VmField) -> String {
    let (Some(vm), Some(r)) = (run.vms.get(i), run.result.vms.get(i)) else {
        return "—".into();
    };
    let share = r
        .shares
        .first()
        .map_or(run.result.link_bytes_per_s, |s| s.bytes_per_s);
    match field {
        VmField::Name => vm.name.clone(),
        VmField::Memory => show::bytes(vm.params.memory_bytes as f64),
        VmField::DirtyRate => show::byte_rate(vm.params.dirty_rate_bytes_per_s),
        VmField::Start => show::duration(r.start_s),
        VmField::End => show::duration(r.end_s),
        VmField::Share => show::bit_rate(share),
        VmField::Lambda => lambda_text(Trace::lambda(&Params {
            bandwidth_bytes_per_s: share,
            link_shares: Vec::new(),
            ..vm.params.clone()
        })),
        VmField::Time => show::duration(r.trace.metrics.total_time_s),
        VmField::Rounds => r.trace.metrics.precopy_rounds.to_string(),
        VmField::Outcome => outcome_text_in(lang, &r.trace),
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::plain_in;
    use super::super::{parse, Moment};
    use crate::evacuate::{evacuate, vm_from_spec};

    const TWO: &str = "vm=mem=4GiB,dirty=100MB/s&vm=mem=4GiB,dirty=100MB/s";

    fn step(scene: &str, rest: &str) -> Result<super::super::Step, String> {
        let loaded = parse(&format!("lesson: T\n== S\nscene: {scene}\n{rest}"));
        match loaded.errors.first() {
            Some(e) => Err(format!("{}: {}", e.field, e.message)),
            None => Ok(loaded.lesson.steps[0].clone()),
        }
    }

    #[test]
    fn an_evacuation_scene_fills_its_numbers_from_the_evacuation_model() {
        let s = step(
            &format!("view=evacuate&bw=1Gbit/s&{TWO}&k=2&order=smallest-first"),
            "at: end\ntext: {k} {order} {vms_left} {evacuation_time} {vm 1 share} {vm 2 lambda} {vm 2}",
        )
        .expect("reads");
        let e = s.evacuate.clone().expect("an evacuation step");
        assert_eq!((e.k, e.vms.len()), (2, 2));
        // The same as `migsim evacuate` of those VMs.
        let base = s.params.clone();
        let vms: Vec<_> = e
            .vms
            .iter()
            .enumerate()
            .map(|(i, v)| vm_from_spec(v, &base, i + 1).expect("reads"))
            .collect();
        let direct = evacuate(&vms, 125e6, 2, e.order).expect("runs");
        let run = s.evacuation().expect("runs");
        assert_eq!(run.result, direct);
        let t = s.at.resolve_on(&s.run(), Some(&run)).expect("end");
        assert_eq!(t, direct.evacuation_time_s);
        let text = plain_in(
            crate::i18n::Lang::En,
            &s.text,
            &s.run(),
            &s.params,
            Some(&run),
            t,
        );
        assert_eq!(
            text,
            format!(
                "2 smallest first 0 of 2 {} 500 Mbit/s 1.60 vm2",
                crate::show::duration(direct.evacuation_time_s)
            )
        );
    }

    #[test]
    fn an_evacuation_scene_that_cannot_be_used_is_the_steps_error() {
        let why = |scene: &str, rest: &str| step(scene, rest).expect_err(scene);
        assert!(why(&format!("view=evacuate&{TWO}&k=3"), "text: x").contains("expected 1 to 2"));
        assert!(why("view=evacuate&vm=mem=oops", "text: x").starts_with("scene"));
        assert!(why("view=evacuate", "text: x").contains("at least one vm"));
        assert!(
            why(&format!("view=evacuate&{TWO}&order=random"), "text: x").contains("expected given")
        );
        assert!(why(TWO, "text: x").contains("add view=evacuate"));
        assert!(why("type=live", "text: {evacuation_time}").contains("needs view=evacuate"));
        let ev = format!("view=evacuate&{TWO}");
        assert!(why(&ev, "text: {vm 3 end}").contains("no VM 3"));
        assert!(why(&ev, "at: round 2\ntext: x").contains("evacuation's clock"));
        assert!(why(&ev, "mark: dirty\ntext: x").contains("no marks"));
        assert!(why(&ev, "text: x\nask: converge").contains("cannot ask"));
        // A VM given twice is not a repeated key; a time past the end stands at the end.
        let s = parse(&format!("lesson: T\n== S\nscene: {ev}\nat: 2h\ntext: x"));
        assert!(s
            .errors
            .iter()
            .all(|e| e.severity == super::super::Severity::Warning));
        assert_eq!(s.errors.len(), 1, "{:?}", s.errors);
        assert_eq!(s.lesson.steps[0].at, Moment::Seconds(7200.0));
    }

    #[test]
    fn the_shared_keys_are_every_vms_and_a_step_runs_the_same_each_time() {
        let s = step(
            &format!("view=evacuate&bw=10Gbit/s&policy=textbook&{TWO}"),
            "text: {bandwidth} {vm 1 share}",
        )
        .expect("reads");
        assert_eq!(s.params.bandwidth_bytes_per_s, 1.25e9);
        let a = s.evacuation().expect("runs");
        assert_eq!(a.result.link_bytes_per_s, 1.25e9);
        assert!(a
            .vms
            .iter()
            .all(|v| v.params.policy == crate::StopPolicy::Textbook));
        assert_eq!(Some(a), s.evacuation());
    }
}
