//! The headline: how QEMU's migration ended, then where the model and the recorded run
//! differ most and why, or, when QEMU used a feature the model does not have, that the
//! two are not like for like.

use super::compare::Comparison;
use super::features::NotModelled;
use super::infer::{self, RunKind};
use super::moment::{self, RealOutcome};
use super::recording::Recording;
use crate::show;
use crate::{Host, Params};

/// Total time and bytes within this many percent of QEMU's: the model and QEMU agree.
/// (The converging runs' validation bound on total time, model/VALIDATION.md.)
pub const AGREE_PCT: f64 = 10.0;

fn pct(model: f64, real: f64) -> f64 {
    if real == 0.0 {
        0.0
    } else {
        (model - real) / real * 100.0
    }
}

/// The highest throttle at which the guest still wrote at ≥ 90% of its pre-migration
/// rate, from the harness's guest counters and QEMU's `cpu-throttle-percentage`.
fn full_rate_throttle(rec: &Recording) -> Option<f64> {
    let target = rec.writer_rate()?;
    rec.guest_writes
        .iter()
        .filter(|w| w.t_s > 0.0 && w.rate >= 0.9 * target)
        .filter_map(|w| rec.throttle_at(w.t_s))
        .fold(None, |best: Option<f64>, p| {
            Some(best.map_or(p, |b| b.max(p)))
        })
}

/// How QEMU's migration ended, then where model and reality differ most and why (or
/// that QEMU used what the model does not have): the replay's headline.
pub fn narrate(rec: &Recording, c: &Comparison, params: &Params) -> String {
    let why = if c.real.not_modelled.is_empty() {
        difference(rec, c, params)
    } else {
        not_like_for_like(c)
    };
    format!("{} {why}", ending(rec, c))
}

/// When QEMU switched to post-copy (the first `postcopy-…` reply or event).
fn postcopy_switch(rec: &Recording) -> Option<f64> {
    let reply = rec
        .samples
        .iter()
        .find(|s| s.status.starts_with("postcopy"))
        .map(|s| s.t_s);
    let event = rec.events.iter().find_map(|e| match &e.kind {
        super::recording::QmpEventKind::Migration(s) if s.starts_with("postcopy") => Some(e.t_s),
        _ => None,
    });
    match (reply, event) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Where the recording leaves the guest: at the end, or at the destination's RESUME
/// when that came later.
fn where_it_ends(rec: &Recording) -> &'static str {
    match moment::vm_at(rec, moment::last_moment(rec)) {
        (Host::Destination, s) if s.is_up() => "the VM runs at the destination",
        (Host::Destination, _) => {
            "the VM is at the destination, paused (it was stopped before migrate: a cont there runs it)"
        }
        (Host::Source, s) if s.is_up() => "the VM stayed at the source",
        (Host::Source, _) if infer::run_kind(rec) == RunKind::Save => {
            "the VM's state is in the file, nothing resumed from it in the recording"
        }
        (Host::Source, _) => "the VM is stopped at the source",
        (Host::Nowhere, _) => "the VM is lost",
    }
}

/// One sentence: how the recorded migration ended and where that left the guest.
fn ending(rec: &Recording, c: &Comparison) -> String {
    let real = &c.real;
    let took = show::duration(real.total_time_s);
    let passes = match real.passes {
        1 => "1 pass".to_string(),
        n => format!("{n} passes"),
    };
    let switch = postcopy_switch(rec);
    let place = where_it_ends(rec);
    match moment::outcome(rec) {
        RealOutcome::Completed => match switch {
            Some(t) => format!(
                "QEMU completed the migration in {took}, in post-copy from {}: {place}.",
                show::duration(t)
            ),
            None => format!("QEMU completed the migration in {took} ({passes}): {place}."),
        },
        RealOutcome::Cancelled => {
            format!("QEMU's migration was cancelled after {took} and {passes}: {place}.")
        }
        RealOutcome::Failed => match switch {
            Some(t) => format!(
                "QEMU's migration failed after {took}, in post-copy since {} (the VM already ran at the destination with pages still at the source): {place}.",
                show::duration(t)
            ),
            None => format!("QEMU's migration failed after {took}: {place}."),
        },
        RealOutcome::Unfinished => format!(
            "The recording stops at {} with QEMU still '{}': it does not show how the migration ended.",
            show::duration(real.total_time_s),
            rec.samples.last().map_or("setup", |s| s.status.as_str())
        ),
    }
}

/// QEMU used something the model does not have: say what, and what each side gives.
fn not_like_for_like(c: &Comparison) -> String {
    let found: &[NotModelled] = &c.real.not_modelled;
    let names: Vec<&str> = found.iter().map(NotModelled::name).collect();
    let names = match names.as_slice() {
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    };
    let evidence: Vec<&str> = found.iter().map(|f| f.evidence.as_str()).collect();
    let side = |s: &super::compare::Summary| {
        let down = s
            .downtime_s
            .map_or(String::new(), |d| format!(", {} down", show::duration(d)));
        format!(
            "{}{down}, {}",
            show::duration(s.total_time_s),
            show::bytes(s.bytes_sent)
        )
    };
    format!(
        "QEMU used {names}, which the model does not have: {}. The model's run without {} ({}) is not like for like with QEMU's ({}), so their difference is not the model's error.",
        evidence.join("; "),
        if found.len() == 1 { "it" } else { "them" },
        side(&c.model),
        side(&c.real)
    )
}

/// Where model and reality differ most and why, in one sentence.
fn difference(rec: &Recording, c: &Comparison, params: &Params) -> String {
    let (real, model) = (&c.real, &c.model);
    let kind = infer::run_kind(rec);
    let time_err = pct(model.total_time_s, real.total_time_s);
    let bytes_err = pct(model.bytes_sent, real.bytes_sent);
    let model_down = model.downtime_s.unwrap_or(0.0);
    if let (Some(outage), Some(down)) = (real.guest_outage_s, real.downtime_s) {
        if matches!(kind, RunKind::Paused | RunKind::Save) && outage >= 2.0 * down {
            return format!(
                "The guest was stopped before the copy began, so it was down {} although QEMU reports {} of downtime (only the final copy); the model gives {}.",
                show::duration(outage),
                show::duration(down),
                show::duration(model_down)
            );
        }
    }
    if params.auto_converge && time_err < -25.0 {
        let why = match full_rate_throttle(rec) {
            Some(p) => format!("the guest's writer is not CPU-bound: it kept its full rate up to a {p:.0}% throttle"),
            None => "the guest's writer needs little CPU, so throttling slows it less than the model assumes".into(),
        };
        return format!(
            "QEMU took {} where the model converges in {}: {why}.",
            show::duration(real.total_time_s),
            show::duration(model.total_time_s)
        );
    }
    if real.converged != model.converged {
        if real.outcome == RealOutcome::Unfinished.as_str() {
            return format!(
                "The model completes in {}; the recording stops before QEMU finished, so the ends cannot be compared.",
                show::duration(model.total_time_s)
            );
        }
        return format!(
            "QEMU {} but the model {}: the stop rule is reached {} in the model.",
            if real.converged {
                "completed"
            } else {
                "did not complete"
            },
            if model.converged { "does" } else { "does not" },
            if model.converged {
                "sooner"
            } else {
                "later or never"
            }
        );
    }
    let short_passes = c
        .passes
        .iter()
        .skip(1)
        .filter_map(|p| p.real.as_ref())
        .filter(|p| p.duration_s < 0.5)
        .count();
    if real.passes > model.passes + 1 && short_passes > 0 {
        return format!(
            "QEMU starts a new pass before the old one ends (it syncs as soon as the rest fits the downtime limit), so it counts {} passes where the model has {} rounds.",
            real.passes, model.passes
        );
    }
    if let Some(down) = real.downtime_s.filter(|d| *d >= 0.002) {
        if model_down < down / 3.0 {
            return format!(
                "QEMU's downtime of {} includes stopping the vCPU and saving device state, which the model charges less for ({}).",
                show::duration(down),
                show::duration(model_down)
            );
        }
    }
    agreement(time_err, bytes_err, model.total_time_s, real.total_time_s)
}

/// "agree" only within [`AGREE_PCT`]; otherwise by how much they differ.
fn agreement(time_err: f64, bytes_err: f64, model_s: f64, real_s: f64) -> String {
    let times = format!(
        "model {}, QEMU {}",
        show::duration(model_s),
        show::duration(real_s)
    );
    let (t, b) = (time_err.abs(), bytes_err.abs());
    // "0 %" would read as exact: below 1 %, one decimal.
    let p = |x: f64| {
        if x < 0.95 {
            format!("{x:.1} %")
        } else {
            format!("{x:.0} %")
        }
    };
    match (t <= AGREE_PCT, b <= AGREE_PCT) {
        (true, true) => format!(
            "Model and QEMU agree: total time within {} ({times}), bytes within {}.",
            p(t),
            p(b)
        ),
        (true, false) => format!(
            "Model and QEMU agree on total time within {} ({times}) but differ by {} on bytes.",
            p(t),
            p(b)
        ),
        (false, true) => format!(
            "Model and QEMU agree on bytes within {} but differ by {} on total time ({times}).",
            p(b),
            p(t)
        ),
        (false, false) => format!(
            "Model and QEMU differ by {} on total time ({times}) and by {} on bytes.",
            p(t),
            p(b)
        ),
    }
}
