//! One sentence: where the model and the recorded run differ most, and why.

use super::compare::Comparison;
use super::infer::{self, RunKind};
use super::recording::Recording;
use crate::Params;

fn pct(model: f64, real: f64) -> f64 {
    if real == 0.0 {
        0.0
    } else {
        (model - real) / real * 100.0
    }
}

fn secs(s: f64) -> String {
    if s < 1.0 {
        format!("{:.0} ms", s * 1000.0)
    } else {
        format!("{s:.1} s")
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

/// Where model and reality differ most and why, in one sentence.
pub fn narrate(rec: &Recording, c: &Comparison, params: &Params) -> String {
    let (real, model) = (&c.real, &c.model);
    let kind = infer::run_kind(rec);
    let time_err = pct(model.total_time_s, real.total_time_s);
    let bytes_err = pct(model.bytes_sent, real.bytes_sent);
    let model_down = model.downtime_s.unwrap_or(0.0);
    if let (Some(outage), Some(down)) = (real.guest_outage_s, real.downtime_s) {
        if matches!(kind, RunKind::Paused | RunKind::Save) && outage >= 2.0 * down {
            return format!(
                "The guest was stopped before the copy began, so it was down {} although QEMU reports {} of downtime (only the final copy); the model gives {}.",
                secs(outage),
                secs(down),
                secs(model_down)
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
            secs(real.total_time_s),
            secs(model.total_time_s)
        );
    }
    if real.converged != model.converged {
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
                secs(down),
                secs(model_down)
            );
        }
    }
    if time_err.abs() >= bytes_err.abs() {
        format!(
            "Model and QEMU agree within {:.0}% on total time ({} against {}) and {:.0}% on bytes.",
            time_err.abs(),
            secs(model.total_time_s),
            secs(real.total_time_s),
            bytes_err.abs()
        )
    } else {
        format!(
            "Model and QEMU agree within {:.0}% on bytes and {:.0}% on total time ({} against {}).",
            bytes_err.abs(),
            time_err.abs(),
            secs(model.total_time_s),
            secs(real.total_time_s)
        )
    }
}
