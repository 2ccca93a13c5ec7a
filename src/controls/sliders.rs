//! Every parameter slider once: its id, label, scale (its range, written only here), the
//! value it shows, its text for people, and how a new value sets [`Params`]. The
//! parameters panel, the compare view's bar and an embed's controls all draw from
//! [`SLIDERS`] through `components::slider::ParamSlider`.
//!
//! # Adding a slider
//! The parameter first needs its entry in `migration_model::spec::PARAMS` (that gives it
//! a link key and a `migsim` flag). Then one [`SliderSpec`] here: a stable `id` (tests
//! find `slider-{id}`), the link `key` (an embed's `controls=` names it), the scale,
//! `value`/`text`/`set`, and the `Params` fields whose range errors it shows. Its label is
//! message `slider-{id}` (and `slider-{id}.short`) in `model/locales/*/app.ftl`.
//! Place it in the panel with `<ParamSlider spec={sliders::by_id("…")} …/>`.

use crate::controls::scale::SliderScale;
use crate::i18n::{t, t0, Lang};
use crate::picture::format;
use migration_model::params::{BASE_PAGE_BYTES, GIB, MIB};
use migration_model::{Params, Trace};

/// One slider over one parameter (or a share of one, like the working set).
#[derive(Debug)]
pub struct SliderSpec {
    /// `slider-{id}` is the input's id and test id.
    pub id: &'static str,
    /// The parameter's link key (`migration_model::spec`): embeds name controls by it.
    pub key: &'static str,
    /// Its range; the fault-time slider's end is the run's (see `components::controls`).
    pub scale: SliderScale,
    /// The value the slider shows, in the scale's units.
    pub value: fn(&Params) -> f64,
    /// The value with its unit, for the label and screen readers (in the page's language
    /// where it has words).
    pub text: fn(&Params, Lang) -> String,
    /// The text where space is short.
    pub short_text: fn(&Params) -> String,
    /// Sets a new value (rounded as the parameter needs: whole pages, whole seconds).
    pub set: fn(&mut Params, f64),
    /// The `ParamError::field`s shown under this slider.
    pub errors: &'static [&'static str],
}

impl SliderSpec {
    /// The label: message `slider-{id}` of the app's catalogue.
    pub fn label(&self, lang: Lang) -> String {
        t0(lang, &format!("slider-{}", self.id))
    }

    /// The label where space is short (presenting, the compare view's bar):
    /// `slider-{id}.short`.
    pub fn short_label(&self, lang: Lang) -> String {
        t0(lang, &format!("slider-{}.short", self.id))
    }
}

/// Ids are unique (tested below), so a slider is its id.
impl PartialEq for SliderSpec {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

fn bandwidth_text(p: &Params) -> String {
    format!(
        "{} ({})",
        format::bit_rate(p.bandwidth_bytes_per_s),
        format::byte_rate(p.bandwidth_bytes_per_s)
    )
}

fn dirty_text(p: &Params) -> String {
    format!(
        "{} (λ = {:.2})",
        format::byte_rate(p.dirty_rate_bytes_per_s),
        Trace::lambda(p)
    )
}

fn memory_text(p: &Params) -> String {
    format::bytes(p.memory_bytes as f64)
}

fn working_set_share(p: &Params) -> f64 {
    p.working_set() as f64 / p.memory_bytes as f64
}

/// Every slider. Entries that stand in one view only are still here, so each range is
/// written once.
pub const SLIDERS: &[SliderSpec] = &[
    SliderSpec {
        id: "bandwidth",
        key: "bw",
        scale: SliderScale::Log {
            min: 1.25e6,
            max: 1.25e10,
        },
        value: |p| p.bandwidth_bytes_per_s,
        text: |p, _| bandwidth_text(p),
        short_text: |p| format::bit_rate(p.bandwidth_bytes_per_s),
        set: |p, v| p.bandwidth_bytes_per_s = v,
        errors: &["bandwidth_bytes_per_s"],
    },
    SliderSpec {
        id: "dirty-rate",
        key: "dirty",
        scale: SliderScale::LogWithZero {
            min: 1e6,
            max: 1e10,
        },
        value: |p| p.dirty_rate_bytes_per_s,
        text: |p, _| dirty_text(p),
        short_text: dirty_text,
        set: |p, v| p.dirty_rate_bytes_per_s = v,
        errors: &["dirty_rate_bytes_per_s"],
    },
    SliderSpec {
        id: "memory",
        key: "mem",
        scale: SliderScale::Log {
            min: (256 * MIB) as f64,
            max: (1024 * GIB) as f64,
        },
        value: |p| p.memory_bytes as f64,
        text: |p, _| memory_text(p),
        short_text: memory_text,
        set: |p, v| {
            // Whole 4 KiB pages; keep the working set inside memory.
            p.memory_bytes = ((v / BASE_PAGE_BYTES as f64).round() as u64).max(1) * BASE_PAGE_BYTES;
            if let Some(ws) = p.working_set_bytes.as_mut() {
                *ws = (*ws).min(p.memory_bytes);
            }
        },
        errors: &["memory_bytes"],
    },
    SliderSpec {
        id: "working-set",
        key: "ws",
        scale: SliderScale::Linear {
            min: 0.01,
            max: 1.0,
        },
        value: working_set_share,
        text: |p, _| {
            format!(
                "{} ({})",
                format::bytes(p.working_set() as f64),
                format::percent(working_set_share(p))
            )
        },
        short_text: |p| format::percent(working_set_share(p)),
        set: |p, v| {
            // Whole pages; the slider's top end is "all of memory".
            let bytes = (p.memory_bytes as f64 * v / BASE_PAGE_BYTES as f64).round() as u64
                * BASE_PAGE_BYTES;
            p.working_set_bytes = if v >= 0.999 {
                None
            } else {
                Some(bytes.clamp(BASE_PAGE_BYTES, p.memory_bytes))
            };
        },
        errors: &["working_set_bytes"],
    },
    SliderSpec {
        id: "hot-set",
        key: "hot",
        scale: SliderScale::Linear { min: 0.0, max: 1.0 },
        value: |p| p.hot_set_share,
        text: |p, _| format::percent(p.hot_set_share),
        short_text: |p| format::percent(p.hot_set_share),
        set: |p, v| {
            p.hot_set_share = v;
            // A hot set only matters if writes favour it: start at 90 %.
            if v > 0.0 && p.hot_write_share == 0.0 {
                p.hot_write_share = 0.9;
            }
        },
        errors: &["hot_set_share"],
    },
    SliderSpec {
        id: "hot-share",
        key: "hotwrites",
        scale: SliderScale::Linear { min: 0.0, max: 1.0 },
        value: |p| p.hot_write_share,
        text: |p, _| format::percent(p.hot_write_share),
        short_text: |p| format::percent(p.hot_write_share),
        set: |p, v| p.hot_write_share = v,
        errors: &["hot_write_share"],
    },
    SliderSpec {
        id: "downtime-limit",
        key: "downtime",
        scale: SliderScale::Log {
            min: 0.001,
            max: 10.0,
        },
        value: |p| p.downtime_limit_s,
        text: |p, _| format::duration(p.downtime_limit_s),
        short_text: |p| format::duration(p.downtime_limit_s),
        set: |p, v| p.downtime_limit_s = v,
        errors: &["downtime_limit_s"],
    },
    SliderSpec {
        id: "writer-cpu",
        key: "writercpu",
        scale: SliderScale::Log {
            min: 0.01,
            max: 1.0,
        },
        value: |p| p.writer_cpu_share,
        text: |p, lang| {
            let share = format::percent(p.writer_cpu_share);
            t(lang, "slider-writer-cpu-value", &[("share", share.into())])
        },
        short_text: |p| format::percent(p.writer_cpu_share),
        set: |p, v| p.writer_cpu_share = v.clamp(0.01, 1.0),
        errors: &["writer_cpu_share"],
    },
    SliderSpec {
        id: "hybrid-rounds",
        key: "hybrid",
        scale: SliderScale::Linear {
            min: 1.0,
            max: 10.0,
        },
        value: |p| f64::from(p.hybrid_precopy_rounds),
        text: |p, _| p.hybrid_precopy_rounds.to_string(),
        short_text: |p| p.hybrid_precopy_rounds.to_string(),
        set: |p, v| p.hybrid_precopy_rounds = v.round().clamp(1.0, 10.0) as u32,
        errors: &["hybrid_precopy_rounds"],
    },
    SliderSpec {
        id: "disk",
        key: "disk",
        scale: SliderScale::LogWithZero {
            min: GIB as f64,
            max: (16 * 1024 * GIB) as f64,
        },
        value: |p| p.disk_bytes as f64,
        text: |p, _| format::bytes(p.disk_bytes as f64),
        short_text: |p| format::bytes(p.disk_bytes as f64),
        set: |p, v| p.disk_bytes = v.round() as u64,
        errors: &["disk_bytes"],
    },
    SliderSpec {
        id: "storage",
        key: "swrite",
        scale: SliderScale::Log {
            min: 1e7,
            max: 1e10,
        },
        value: |p| p.storage_write_bytes_per_s,
        text: |p, _| format::byte_rate(p.storage_write_bytes_per_s),
        short_text: |p| format::byte_rate(p.storage_write_bytes_per_s),
        set: |p, v| {
            p.storage_write_bytes_per_s = v;
            p.storage_read_bytes_per_s = v;
        },
        errors: &["storage_write_bytes_per_s", "storage_read_bytes_per_s"],
    },
    SliderSpec {
        id: "boot",
        key: "boot",
        scale: SliderScale::Linear {
            min: 0.0,
            max: 300.0,
        },
        value: |p| p.boot_time_s,
        text: |p, _| format::duration(p.boot_time_s),
        short_text: |p| format::duration(p.boot_time_s),
        set: |p, v| p.boot_time_s = v.round(),
        errors: &["boot_time_s"],
    },
    SliderSpec {
        id: "hold-start",
        key: "hold",
        scale: SliderScale::Linear {
            min: 0.0,
            max: 120.0,
        },
        value: |p| p.holds.first().map_or(0.0, |h| h.start_after_suspend_s),
        text: |p, _| format::duration(p.holds.first().map_or(0.0, |h| h.start_after_suspend_s)),
        short_text: |p| format::duration(p.holds.first().map_or(0.0, |h| h.start_after_suspend_s)),
        set: |p, v| {
            if let Some(h) = p.holds.first_mut() {
                h.start_after_suspend_s = v.round();
            }
        },
        errors: &["holds.start_after_suspend_s"],
    },
    SliderSpec {
        id: "hold-duration",
        key: "hold",
        scale: SliderScale::LogWithZero {
            min: 1.0,
            max: 86_400.0,
        },
        value: |p| p.holds.first().map_or(0.0, |h| h.duration_s),
        text: |p, _| format::duration(p.holds.first().map_or(0.0, |h| h.duration_s)),
        short_text: |p| format::duration(p.holds.first().map_or(0.0, |h| h.duration_s)),
        set: |p, v| {
            if let Some(h) = p.holds.first_mut() {
                h.duration_s = v.round();
            }
        },
        errors: &["holds.duration_s"],
    },
    SliderSpec {
        id: "fault-time",
        key: "fault",
        // The end is the run's length without the fault (`components::controls`).
        scale: SliderScale::Linear {
            min: 0.0,
            max: 600.0,
        },
        value: |p| p.faults.first().map_or(0.0, |f| f.at_s),
        text: |p, _| format::duration(p.faults.first().map_or(0.0, |f| f.at_s)),
        short_text: |p| format::duration(p.faults.first().map_or(0.0, |f| f.at_s)),
        set: |p, v| {
            if let Some(f) = p.faults.first_mut() {
                f.at_s = (v * 10.0).round() / 10.0;
            }
        },
        errors: &["faults.at_s"],
    },
];

/// The slider with this id.
///
/// # Panics
/// When no slider has it: ids are written in code, and the native test below checks
/// every id the app uses.
pub fn by_id(id: &str) -> &'static SliderSpec {
    SLIDERS
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no slider {id} in sliders::SLIDERS"))
}

/// The slider an embed shows for a link key (`controls=bw`).
pub fn by_key(key: &str) -> Option<&'static SliderSpec> {
    SLIDERS.iter().find(|s| s.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::spec;

    #[test]
    fn ids_are_unique_and_keys_are_parameters() {
        for (i, s) in SLIDERS.iter().enumerate() {
            assert!(SLIDERS[i + 1..].iter().all(|t| t.id != s.id), "{}", s.id);
            assert!(
                spec::of_key(s.key).is_some() || [spec::HOLD_KEY, spec::FAULT_KEY].contains(&s.key),
                "{} names no parameter",
                s.key
            );
        }
    }

    #[test]
    fn every_slider_has_its_labels_in_the_catalogue() {
        for s in SLIDERS {
            for id in [format!("slider-{}", s.id), format!("slider-{}.short", s.id)] {
                assert!(crate::i18n::en::message(&id, &[]).is_some(), "{id}");
            }
        }
    }

    #[test]
    fn every_slider_end_is_a_valid_parameter() {
        for s in SLIDERS {
            for v in [s.scale.min(), s.scale.max()] {
                let mut p = Params::default();
                (s.set)(&mut p, v);
                assert!(p.validate().is_ok(), "{} at {v}: {:?}", s.id, p.validate());
            }
        }
    }

    #[test]
    fn value_reads_back_what_set_wrote() {
        let p = Params::default();
        for s in SLIDERS
            .iter()
            .filter(|s| !["hold", "fault"].contains(&s.key))
        {
            let mut q = p.clone();
            let v = (s.value)(&p);
            (s.set)(&mut q, v);
            assert!(
                ((s.value)(&q) - v).abs() <= 1e-9 * v.abs().max(1.0),
                "{}",
                s.id
            );
        }
    }
}
