//! The headline: how QEMU's migration ended, then where the model and the recorded run
//! differ most and why, or, when QEMU used a feature the model does not have, that the
//! two are not like for like. Each sentence is a [`Say`] (`replay-said-…` of
//! `model.ftl`), so a page in Spanish or Chinese shows it in its language.

use super::compare::Comparison;
use super::features::NotModelled;
use super::infer::{self, RunKind};
use super::moment::{self, RealOutcome};
use super::recording::Recording;
use crate::say::Say;
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
pub fn narrate(rec: &Recording, c: &Comparison, params: &Params) -> Say {
    let why = not_like_for_like(c).unwrap_or_else(|| difference(rec, c, params));
    Say::new("replay-said-headline")
        .say("ending", ending(rec, c))
        .say("why", why)
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
/// when that came later: a word of `model.ftl` (`replay-said-vm-…`).
fn where_it_ends(rec: &Recording) -> &'static str {
    match moment::vm_at(rec, moment::last_moment(rec)) {
        (Host::Destination, s) if s.is_up() => "replay-said-vm-there",
        (Host::Destination, _) => "replay-said-vm-paused-there",
        (Host::Source, s) if s.is_up() => "replay-said-vm-stayed",
        (Host::Source, _) if infer::run_kind(rec) == RunKind::Save => "replay-said-vm-in-file",
        (Host::Source, _) => "replay-said-vm-stopped",
        (Host::Nowhere, _) => "replay-said-vm-lost",
    }
}

/// One sentence: how the recorded migration ended and where that left the guest.
fn ending(rec: &Recording, c: &Comparison) -> Say {
    let real = &c.real;
    let took = show::duration(real.total_time_s);
    let switch = postcopy_switch(rec).map(show::duration);
    let place = where_it_ends(rec);
    let said = |id| Say::new(id).text("took", took.clone());
    let said = match (moment::outcome(rec), switch) {
        (RealOutcome::Completed, Some(t)) => {
            said("replay-said-completed-postcopy").text("switch", t)
        }
        (RealOutcome::Completed, None) => said("replay-said-completed").num("passes", real.passes),
        (RealOutcome::Cancelled, _) => said("replay-said-cancelled").num("passes", real.passes),
        (RealOutcome::Failed, Some(t)) => said("replay-said-failed-postcopy").text("switch", t),
        (RealOutcome::Failed, None) => said("replay-said-failed"),
        (RealOutcome::Unfinished, _) => {
            let status = rec.samples.last().map_or("setup", |s| s.status.as_str());
            return said("replay-said-unfinished").quote("status", status);
        }
    };
    said.word("place", place)
}

/// A list for people: `a`, `a and b` (`replay-said-and`; a recording shows at most
/// two features the model does not have); `None` for none.
fn and(items: Vec<Say>) -> Option<Say> {
    items
        .into_iter()
        .reduce(|a, b| Say::new("replay-said-and").say("first", a).say("next", b))
}

/// QEMU used something the model does not have: say what, and what each side gives
/// (`None` when it used nothing of the sort).
fn not_like_for_like(c: &Comparison) -> Option<Say> {
    let found: &[NotModelled] = &c.real.not_modelled;
    let names = and(found.iter().map(|f| Say::new(f.name_id())).collect())?;
    let evidence = found
        .iter()
        .map(|f| f.said.clone())
        .reduce(|a, b| Say::new("replay-said-list").say("first", a).say("rest", b))?;
    let side = |s: &super::compare::Summary| {
        let said = match s.downtime_s {
            Some(d) => Say::new("replay-said-side-down").text("down", show::duration(d)),
            None => Say::new("replay-said-side"),
        };
        said.text("t", show::duration(s.total_time_s))
            .text("bytes", show::bytes(s.bytes_sent))
    };
    let said = Say::new("replay-said-not-modelled")
        .say("names", names)
        .say("evidence", evidence)
        .num("n", found.len() as f64)
        .say("model", side(&c.model))
        .say("real", side(&c.real));
    Some(said)
}

/// Where model and reality differ most and why, in one sentence.
fn difference(rec: &Recording, c: &Comparison, params: &Params) -> Say {
    let (real, model) = (&c.real, &c.model);
    let kind = infer::run_kind(rec);
    let time_err = pct(model.total_time_s, real.total_time_s);
    let bytes_err = pct(model.bytes_sent, real.bytes_sent);
    let model_down = model.downtime_s.unwrap_or(0.0);
    if let (Some(outage), Some(down)) = (real.guest_outage_s, real.downtime_s) {
        if matches!(kind, RunKind::Paused | RunKind::Save) && outage >= 2.0 * down {
            return Say::new("replay-said-stopped-before")
                .text("outage", show::duration(outage))
                .text("down", show::duration(down))
                .text("model", show::duration(model_down));
        }
    }
    if params.auto_converge && time_err < -25.0 {
        let why = match full_rate_throttle(rec) {
            Some(p) => Say::new("replay-said-full-rate").text("percent", format!("{p:.0}")),
            None => Say::new("replay-said-little-cpu"),
        };
        return Say::new("replay-said-throttled")
            .text("real", show::duration(real.total_time_s))
            .text("model", show::duration(model.total_time_s))
            .say("why", why);
    }
    if real.converged != model.converged {
        if real.outcome == RealOutcome::Unfinished.as_str() {
            return Say::new("replay-said-ends-unknown")
                .text("model", show::duration(model.total_time_s));
        }
        return Say::new(if model.converged {
            "replay-said-model-completes"
        } else {
            "replay-said-model-does-not-complete"
        });
    }
    let short_passes = c
        .passes
        .iter()
        .skip(1)
        .filter_map(|p| p.real.as_ref())
        .filter(|p| p.duration_s < 0.5)
        .count();
    if real.passes > model.passes + 1 && short_passes > 0 {
        return Say::new("replay-said-early-passes")
            .num("real", real.passes)
            .num("model", model.passes);
    }
    if let Some(down) = real.downtime_s.filter(|d| *d >= 0.002) {
        if model_down < down / 3.0 {
            return Say::new("replay-said-downtime")
                .text("down", show::duration(down))
                .text("model", show::duration(model_down));
        }
    }
    agreement(time_err, bytes_err, model.total_time_s, real.total_time_s)
}

/// "agree" only within [`AGREE_PCT`]; otherwise by how much they differ.
fn agreement(time_err: f64, bytes_err: f64, model_s: f64, real_s: f64) -> Say {
    let (t, b) = (time_err.abs(), bytes_err.abs());
    // "0 %" would read as exact: below 1 %, one decimal.
    let p = |x: f64| {
        if x < 0.95 {
            format!("{x:.1} %")
        } else {
            format!("{x:.0} %")
        }
    };
    let id = match (t <= AGREE_PCT, b <= AGREE_PCT) {
        (true, true) => "replay-said-agree",
        (true, false) => "replay-said-agree-on-time",
        (false, true) => "replay-said-agree-on-bytes",
        (false, false) => "replay-said-differ",
    };
    Say::new(id)
        .text("time", p(t))
        .text("bytes", p(b))
        .text("model", show::duration(model_s))
        .text("real", show::duration(real_s))
}
