//! Host evacuation: a seeded fleet of 2–4 VMs leaves one host over its link, at most K
//! at once, the rest waiting in an order; the answer is when the host is empty
//! (`migration_model::evacuate`, `migsim evacuate`; docs/model.md, "Host evacuation").

use super::super::args::{evacuation_from_args, EVACUATE};
use super::super::fmt::{bytes, link, list, mb_per_s_flag, rate, secs, sig};
use super::super::{Draft, Metric, Run, Runs, SplitMix64, Topic};
use super::{s, LINKS, TOL};
use crate::evacuate::{Order, VmRun};
use crate::i18n::{n, s as text, tr, Lang};
use crate::units;

/// The VMs' names, in the order given.
const NAMES: [&str; 4] = ["web", "db", "cache", "mail"];
const VM_MEMORY: [&str; 3] = ["2GiB", "4GiB", "8GiB"];
/// A VM's write rate as a share of the smallest share it can get (link ÷ K), in
/// percent: λ stays at or below 0.3 whatever runs beside it, so every VM leaves.
const DIRTY_PCT: [u32; 4] = [0, 10, 20, 30];

/// An order in words (`order-<key>`): "smallest first".
fn order_words(l: Lang, o: Order) -> String {
    tr(l, &format!("order-{}", o.key()), &[])
}

/// The `$writes` selector of the evacuation messages.
fn writes(dirty: f64) -> &'static str {
    if dirty > 0.0 {
        "writing"
    } else {
        "idle"
    }
}

/// "With K = 2, how long until the host is empty?" Level 1: two VMs one at a time;
/// level 2: two or three, two at once, as given or smallest first; level 3: three or
/// four, two or three at once, in any order.
pub(crate) fn host_empty(l: Lang, rng: &mut SplitMix64, level: u8) -> Draft {
    let n_vms = match level {
        1 => 2,
        2 => 2 + rng.below(2),
        _ => 3 + rng.below(2),
    };
    let k = match level {
        1 => 1,
        2 => 2,
        _ => 2 + rng.below(2),
    }
    .min(n_vms);
    let order = match level {
        1 => Order::Given,
        2 => rng.pick(&[Order::Given, Order::SmallestFirst]),
        _ => rng.pick(&Order::ALL),
    };
    let link_text = rng.pick(&LINKS);
    let link_rate = units::rate(link_text).expect("the list reads");
    let mut args = vec![s(EVACUATE)];
    let mut fleet = Vec::new();
    for name in &NAMES[..n_vms] {
        let mem = rng.pick(&VM_MEMORY);
        let dirty = f64::from(rng.pick(&DIRTY_PCT)) / 100.0 * link_rate / k as f64;
        let spec = format!("mem={mem},dirty={},name={name}", mb_per_s_flag(dirty));
        args.extend([s("--vm"), spec]);
        fleet.push(tr(
            l,
            "evac-vm",
            &[
                ("name", text(*name)),
                ("mem", text(mem.replace("GiB", " GiB"))),
                ("writes", text(writes(dirty))),
                ("dirty", text(rate(l, dirty))),
            ],
        ));
    }
    args.extend([s("--bandwidth"), s(link_text)]);
    args.extend([s("--concurrency"), k.to_string()]);
    args.extend([s("--order"), s(order.key())]);
    let order_text = match order {
        Order::Given => tr(l, "order-listed", &[]),
        o => order_words(l, o),
    };
    let question = tr(
        l,
        "evac-question",
        &[
            ("link", text(link(l, link_rate))),
            ("fleet", text(list(l, &fleet))),
            ("k", n(k as u32)),
            ("order", text(order_text)),
        ],
    );
    let solve_args = args.clone();
    Draft {
        topic: Topic::Evacuation,
        question,
        runs: Runs::Evacuate(args),
        metric: Metric::EvacuationTime,
        tolerance: TOL,
        solve: Box::new(move |runs: &[Run]| (solution(l, &solve_args, runs), None)),
    }
}

/// The worked solution: the fair shares, who starts when, each VM's λ at its share and
/// its end, the bound every evacuation meets, and the simulated answer last.
fn solution(l: Lang, args: &[String], runs: &[Run]) -> String {
    let (Ok(a), Some(e)) = (evacuation_from_args(args), runs[0].e.as_ref()) else {
        return String::new();
    };
    let link_rate = e.link_bytes_per_s;
    let split: Vec<String> = (1..=a.k)
        .map(|r| {
            tr(
                l,
                "evac-share",
                &[
                    ("running", n(r as u32)),
                    ("rate", text(rate(l, link_rate / r as f64))),
                ],
            )
        })
        .collect();
    let mut lines = vec![tr(l, "evac-shares", &[("list", text(list(l, &split)))])];
    let start: Vec<usize> = a.order.arrange(&a.vms);
    let names: Vec<String> = start.iter().map(|&i| a.vms[i].name.clone()).collect();
    lines.push(tr(
        l,
        "evac-start",
        &[
            ("order", text(order_words(l, a.order))),
            ("names", text(list(l, &names))),
            ("k", n(a.k as u32)),
        ],
    ));
    for &i in &start {
        let (vm, run) = (&a.vms[i], &e.vms[i]);
        lines.push(vm_line(
            l,
            &vm.name,
            vm.params.memory_bytes as f64,
            vm.params.dirty_rate_bytes_per_s,
            run,
        ));
    }
    let memory: f64 = a.vms.iter().map(|v| v.params.memory_bytes as f64).sum();
    lines.push(tr(
        l,
        "evac-bound",
        &[
            ("memory", text(bytes(l, memory))),
            ("rate", text(rate(l, link_rate))),
            ("time", text(secs(l, memory / link_rate))),
            ("sent", text(bytes(l, e.bytes_sent))),
        ],
    ));
    lines.push(tr(
        l,
        "evac-end",
        &[("time", text(secs(l, e.evacuation_time_s)))],
    ));
    lines.join("\n")
}

/// One VM: its start, its shares, λ at its first share, its end.
fn vm_line(l: Lang, name: &str, memory: f64, dirty: f64, run: &VmRun) -> String {
    let shares: Vec<String> = run
        .shares
        .iter()
        .map(|s| {
            tr(
                l,
                "evac-share-from",
                &[
                    ("rate", text(rate(l, s.bytes_per_s))),
                    ("at", text(at(l, run.start_s + s.from_s))),
                ],
            )
        })
        .collect();
    let first = run.shares.first().map_or(f64::INFINITY, |s| s.bytes_per_s);
    let m = &run.trace.metrics;
    let why = if dirty > 0.0 {
        tr(
            l,
            "evac-why-writing",
            &[
                ("dirty", text(rate(l, dirty))),
                ("share", text(rate(l, first))),
                ("lambda", text(sig(l, dirty / first))),
            ],
        )
    } else {
        tr(l, "evac-why-idle", &[])
    };
    tr(
        l,
        "evac-vm-line",
        &[
            ("name", text(name)),
            ("mem", text(bytes(l, memory))),
            ("writes", text(writes(dirty))),
            ("dirty", text(rate(l, dirty))),
            ("start", text(at(l, run.start_s))),
            ("shares", text(shares.join(&tr(l, "list-then", &[])))),
            ("why", text(why)),
            ("n", n(m.precopy_rounds)),
            ("time", text(secs(l, m.total_time_s))),
            ("end", text(secs(l, run.end_s))),
        ],
    )
}

/// A moment of the evacuation: `0 s` at its start (not `0 ms`).
fn at(l: Lang, t: f64) -> String {
    if t == 0.0 {
        tr(l, "dur-s", &[("n", text("0"))])
    } else {
        secs(l, t)
    }
}
