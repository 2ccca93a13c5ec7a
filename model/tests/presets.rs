//! Every preset runs and ends as its story says; the published ones land near the
//! published figures; the lesson each one points at (tick auto-converge, switch to 4 KiB
//! tracking, halve the bandwidth) does what the story promises.

use migration_model::i18n::{try_tr, Lang};
use migration_model::params::BASE_PAGE_BYTES;
use migration_model::presets::{self, Fact};
use migration_model::{simulate, EventKind, MigrationType, Outcome, PhaseKind};
use std::collections::HashSet;

#[test]
fn every_preset_runs_and_every_fact_of_its_story_holds() {
    let mut failures = Vec::new();
    for p in presets::all() {
        if let Err(mut f) = p.check() {
            failures.append(&mut f);
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn presets_have_unique_ids_a_story_and_something_to_check() {
    let mut ids = HashSet::new();
    for p in presets::all() {
        assert!(ids.insert(p.id), "duplicate id {}", p.id);
        assert!(
            p.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}: ids go in links",
            p.id
        );
        for lang in Lang::ALL {
            let word = |id: String| try_tr(lang, &id, &[]).unwrap_or_else(|e| panic!("{e}"));
            let story = word(format!("story-{}", p.id));
            // Chinese says in fewer characters what English says in 200 bytes.
            assert!(story.len() > 200, "{} {lang:?}: one real paragraph", p.id);
            assert!(
                !story.contains("  "),
                "{} {lang:?}: no doubled spaces",
                p.id
            );
            assert!(
                !word(format!("preset-{}", p.id)).is_empty(),
                "{}: a title",
                p.id
            );
            assert!(
                !word(format!("story-{}.source", p.id)).is_empty(),
                "{}: a source",
                p.id
            );
        }
        assert!(!p.facts.is_empty(), "{}: the story claims something", p.id);
        assert!(p.facts.iter().any(|f| matches!(f, Fact::Outcome(_))));
        assert!(p.params().validate().is_ok(), "{}", p.id);
        assert_eq!(presets::find(p.id).map(|q| q.id), Some(p.id));
    }
    assert!(presets::find("no-such-preset").is_none());
    // The list: the seed's three stories, four workloads (HPC twice), two papers.
    for id in [
        "finance-cold",
        "compliance-hold",
        "ecommerce-rollback",
        "idle",
        "database-hot-set",
        "hpc-thrash",
        "hpc-auto-converge",
        "huge-pages",
        "clark-specweb",
        "clark-quake3",
    ] {
        assert!(presets::find(id).is_some(), "{id}");
    }
}

#[test]
fn finance_vm_is_down_far_longer_than_the_five_minutes_to_the_deadline() {
    let p = presets::find("finance-cold").unwrap().params();
    assert_eq!(p.migration_type, MigrationType::Cold);
    let t = simulate(&p).unwrap();
    // "See you in an hour."
    assert!(
        (t.metrics.downtime_s / 3600.0 - 1.0).abs() < 0.1,
        "{}",
        t.metrics.downtime_s
    );
    assert_eq!(t.metrics.downtime_s, t.metrics.total_time_s);
}

#[test]
fn compliance_hold_keeps_the_vm_suspended_for_the_whole_review() {
    let p = presets::find("compliance-hold").unwrap().params();
    let t = simulate(&p).unwrap();
    let hold = t
        .phases
        .iter()
        .find(|ph| matches!(ph.kind, PhaseKind::Hold { .. }))
        .expect("a hold phase");
    assert!((hold.end_s - hold.start_s - 3.0 * 3600.0).abs() < 1e-6);
    assert!(t.events.iter().any(|e| matches!(
        e.kind,
        EventKind::HoldStart {
            reason: migration_model::HoldReason::ComplianceReview
        }
    )));
    // Safe but down: the VM never runs during the migration.
    assert!(t.phases.iter().all(|ph| !ph.vm_state.is_up()));
}

#[test]
fn ecommerce_latency_spike_stretches_round_one_then_the_migration_rolls_back() {
    let p = presets::find("ecommerce-rollback").unwrap().params();
    let t = simulate(&p).unwrap();
    assert_eq!(t.metrics.outcome, Outcome::RolledBack);
    // Without the spike, round 1 would send round 0's dirty set in ~16 s; with it, the
    // dirty set at the cut is already bigger than what round 1 set out to send.
    let r1 = t.rounds.iter().find(|r| r.index == 1).expect("round 1");
    assert!(r1.dirty_bytes_at_end > r1.bytes_sent);
    assert!(t
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Rollback)));
    // Without the link failure the spike alone only delays it.
    let mut spike_only = p.clone();
    spike_only.faults.truncate(1);
    let t = simulate(&spike_only).unwrap();
    assert_eq!(t.metrics.outcome, Outcome::Completed);
}

#[test]
fn hpc_job_needs_auto_converge_and_pays_with_its_speed() {
    let thrash = presets::find("hpc-thrash").unwrap().params();
    let ac = presets::find("hpc-auto-converge").unwrap().params();
    // The two presets differ only in the checkbox the story tells you to tick.
    let mut ticked = thrash.clone();
    ticked.auto_converge = true;
    assert_eq!(ticked, ac);
    assert!(migration_model::Trace::lambda(&thrash) > 1.0);
    let t = simulate(&ac).unwrap();
    assert!(t.rounds.iter().any(|r| r.throttle >= 0.7));
    assert!(t.metrics.degraded_time_s > 0.5 * t.metrics.total_time_s);
}

#[test]
fn huge_page_tracking_is_what_stops_convergence() {
    let p = presets::find("huge-pages").unwrap().params();
    let t = simulate(&p).unwrap();
    // Every round after the first resends (nearly) all of memory; the last one is cut
    // short by the time limit.
    let m = p.memory_bytes as f64;
    let full = &t.rounds[1..t.rounds.len() - 1];
    assert!(full.len() > 10);
    assert!(full.iter().all(|r| r.bytes_sent > 0.9 * m), "{full:?}");
    let mut small = p.clone();
    small.page_size_bytes = BASE_PAGE_BYTES;
    let t = simulate(&small).unwrap();
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    assert!(t.metrics.converged);
    assert!(t.metrics.precopy_rounds <= 2);
}

#[test]
fn database_stalls_at_its_hot_set_and_halving_the_bandwidth_stops_convergence() {
    let p = presets::find("database-hot-set").unwrap().params();
    let t = simulate(&p).unwrap();
    let hot_bytes = p.working_set() as f64 * p.hot_set_share;
    // The last copy (what QEMU's last sync found) is of the hot set's order.
    let last = t.rounds.last().unwrap();
    assert!(last.is_final);
    assert!(last.bytes_sent > 0.4 * hot_bytes, "{}", last.bytes_sent);
    assert!(last.bytes_sent < hot_bytes);
    let mut half = p.clone();
    half.bandwidth_bytes_per_s /= 2.0;
    let t = simulate(&half).unwrap();
    assert_eq!(t.metrics.outcome, Outcome::NotConverged);
    // It plateaus: the sets the last syncs found are all about the same, near the hot
    // set, and above the 188 MB budget.
    let tail: Vec<f64> = t
        .rounds
        .iter()
        .rev()
        .skip(1)
        .take(10)
        .map(|r| r.pending_bytes_at_start)
        .collect();
    let (lo, hi) = tail
        .iter()
        .fold((f64::MAX, 0.0f64), |(a, b), &x| (a.min(x), b.max(x)));
    assert!(hi / lo < 1.1, "{tail:?}");
    assert!(hi < 1.2 * hot_bytes && lo > 0.5 * hot_bytes, "{tail:?}");
    assert!(lo > half.bandwidth_bytes_per_s * half.downtime_limit_s);
}

#[test]
fn clark_presets_use_the_papers_vm_sizes_and_stop_rules() {
    let spec = presets::find("clark-specweb").unwrap().params();
    assert_eq!(spec.memory_bytes, 800 << 20);
    let quake = presets::find("clark-quake3").unwrap().params();
    assert_eq!(quake.memory_bytes, 64 << 20);
    assert_eq!(quake.policy, migration_model::StopPolicy::Xen);
    let t = simulate(&quake).unwrap();
    assert!(
        t.stop_reason.to_string().contains("fewer than 50"),
        "{}",
        t.stop_reason
    );
    // The published downtimes: 210 ms and 60 ms, to 10%.
    let t = simulate(&spec).unwrap();
    assert!((t.metrics.downtime_s - 0.210).abs() <= 0.021);
}
