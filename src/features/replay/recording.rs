//! A recorded QEMU migration opened in the app: the nine built-in recordings (fetched
//! when chosen, never part of the first download), reading a file's text through the
//! model's replay code (`migration_model::replay`, the same as `migsim replay`), and the
//! curves and table that put the recording beside the model. Pure, tested natively; the
//! browser side (file picker, drop, fetch) is in `components::replay_view`.

use crate::i18n::{t, t0, Lang};
use migration_model::replay::{self, Comparison, Flag, Recording};
use migration_model::{Params, Trace};

/// A built-in recording: its file under `recordings/` and its menu title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltIn {
    pub id: &'static str,
    pub title: &'static str,
}

/// The nine QEMU 10 runs of `model/tests/data/qemu/` (copied into `dist/recordings/`).
pub const BUILT_IN: [BuiltIn; 9] = [
    BuiltIn {
        id: "idle",
        title: "Real QEMU 10: idle guest",
    },
    BuiltIn {
        id: "moderate",
        title: "Real QEMU 10: moderate writes (8 MiB/s)",
    },
    BuiltIn {
        id: "heavy_converging",
        title: "Real QEMU 10: heavy writes, converging (24 MiB/s)",
    },
    BuiltIn {
        id: "nonconverging",
        title: "Real QEMU 10: writes at twice the cap, cancelled",
    },
    BuiltIn {
        id: "nonconverging_autoconverge",
        title: "Real QEMU 10: twice the cap, auto-converge",
    },
    BuiltIn {
        id: "nonconverging_postcopy",
        title: "Real QEMU 10: twice the cap, post-copy",
    },
    BuiltIn {
        id: "moderate_dtl50",
        title: "Real QEMU 10: moderate writes, 50 ms limit",
    },
    BuiltIn {
        id: "paused",
        title: "Real QEMU 10: paused, then migrated",
    },
    BuiltIn {
        id: "save_restore",
        title: "Real QEMU 10: saved to a file and restored",
    },
];

impl BuiltIn {
    /// The title in `lang`: message `recording-{id}` of `app.ftl`, with `-` for `_`
    /// (`recording-heavy-converging`); English is [`BuiltIn::title`].
    pub fn title_in(&self, lang: Lang) -> String {
        t0(lang, &format!("recording-{}", self.id.replace('_', "-")))
    }
}

pub fn built_in(id: &str) -> Option<&'static BuiltIn> {
    BUILT_IN.iter().find(|b| b.id == id)
}

/// Where a built-in recording is served from (relative to the page).
pub fn built_in_url(b: &BuiltIn) -> String {
    format!("recordings/{}.jsonl", b.id)
}

/// One point of the recorded run's curves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub t_s: f64,
    /// QEMU's `ram.remaining`: still to send in the current pass.
    pub remaining: Option<f64>,
    /// `ram.transferred`.
    pub sent: Option<f64>,
    /// `ram.dirty-pages-rate` × page size, bytes/s (distinct pages per sync period).
    pub dirty_rate: Option<f64>,
}

/// A recording read and its parameters inferred.
#[derive(Debug)]
pub struct Loaded {
    /// For people: the built-in's title or the file's name.
    pub name: String,
    pub built_in: Option<&'static str>,
    pub rec: Recording,
    pub flags: Vec<Flag>,
    /// The parameters inferred (the app starts from these; the user may correct them).
    pub params: Params,
    pub points: Vec<Point>,
    /// QEMU's passes: when each started.
    pub pass_starts: Vec<f64>,
    /// The guest was down from the source's STOP to the destination's RESUME.
    pub outage: Option<(f64, f64)>,
    /// When the migration ended.
    pub end_s: f64,
}

impl Loaded {
    /// Its name in `lang`: a built-in's title in the page's language (whatever the
    /// language was when it opened: a link's `rec=` opens it before the page has taken
    /// its language), else the file's name.
    pub fn name_in(&self, lang: Lang) -> String {
        match self.built_in.and_then(built_in) {
            Some(b) => b.title_in(lang),
            None => self.name.clone(),
        }
    }
}

/// A shared loaded recording; equal only to itself (props compare cheaply).
#[derive(Clone, Debug, PartialEq)]
pub struct Shared(pub crate::app::run::Ptr<Loaded>);

impl std::ops::Deref for Shared {
    type Target = Loaded;
    fn deref(&self) -> &Loaded {
        &self.0
    }
}

/// Reads a recording's text. The error is one message for people, in `lang`: what was
/// wrong, on which line, and what was expected.
pub fn load(
    lang: Lang,
    name: &str,
    built_in: Option<&'static str>,
    text: &str,
) -> Result<Loaded, String> {
    let rec = replay::parse(text).map_err(|e| not_a_recording(lang, name, &e))?;
    loaded(lang, name, built_in, rec)
}

/// "moderate.jsonl: Not a migration recording: …", in `lang`.
pub fn not_a_recording(lang: Lang, name: &str, e: &replay::ReplayError) -> String {
    let why = e.0.tr(lang);
    t(
        lang,
        "replay-file-error",
        &[("name", name.into()), ("why", why.into())],
    )
}

/// A recording already read ([`load`] reads it all at once; the app's opener reads a
/// long file in slices with `replay::reader::Reader`), with what the views need of it.
pub fn loaded(
    lang: Lang,
    name: &str,
    built_in: Option<&'static str>,
    rec: replay::Recording,
) -> Result<Loaded, String> {
    let flags = replay::infer(&rec);
    let params = replay::params_from_flags(&flags).map_err(|e| {
        let why = e.tr(lang);
        let args = [("name", name.into()), ("why", why.into())];
        t(lang, "replay-out-of-range", &args)
    })?;
    // As a link carries them (the reducer keeps the state's parameters so), so the
    // state shows the recording's parameters exactly until someone changes one.
    let params = migration_model::spec::tidy(&params);
    let page = params.page_size_bytes as f64;
    // The final reply's numbers hold from QEMU's end (`Sample::time_s`), never before
    // the reply ahead of it.
    let mut latest = f64::NEG_INFINITY;
    let points = rec
        .samples
        .iter()
        .filter(|s| s.transferred.is_some())
        .map(|s| Point {
            t_s: {
                latest = latest.max(s.time_s());
                latest
            },
            remaining: s.remaining,
            sent: s.transferred,
            // QEMU reports 0 until its first measurement, after the first pass.
            dirty_rate: s
                .dirty_pages_rate
                .filter(|_| s.dirty_sync_count.unwrap_or(0.0) >= 2.0)
                .map(|r| r * page),
        })
        .collect();
    let pass_starts = replay::compare::pass_starts(&rec);
    let end_s = replay::compare::end_time(&rec);
    let outage = outage_span(&rec);
    Ok(Loaded {
        name: name.to_string(),
        built_in,
        points,
        pass_starts,
        outage,
        end_s,
        flags,
        params,
        rec,
    })
}

fn outage_span(rec: &Recording) -> Option<(f64, f64)> {
    let (stop, resume) = migration_model::replay::compare::outage_span(rec)?;
    Some((stop.max(0.0), resume))
}

impl Loaded {
    /// The recording beside a model run of `params` (`lang`: the words that stand for
    /// the flags when the parameters are no longer the recording's).
    pub fn compare(&self, lang: Lang, params: &Params, trace: &Trace) -> Comparison {
        let flags = if *params == self.params {
            replay::infer::argv(&self.flags)
        } else {
            vec![t0(lang, "replay-params-changed")]
        };
        replay::compare(&self.rec, flags, trace)
    }

    /// One sentence: where model and reality differ, and why, in `lang`.
    pub fn narrate(&self, lang: Lang, c: &Comparison, params: &Params) -> String {
        replay::narrate(&self.rec, c, params).tr(lang)
    }

    /// "Read 40 samples; skipped 3 of 120 lines: line 7: …" in `lang`, or nothing when
    /// every line was read.
    pub fn skipped(&self, lang: Lang) -> Option<String> {
        let s = &self.rec.skipped;
        let reasons = s.said(3)?;
        let args = [
            ("samples", self.rec.samples.len().into()),
            ("count", s.count.into()),
            ("lines", self.rec.lines.into()),
            ("reasons", reasons.tr(lang).into()),
        ];
        Some(t(lang, "replay-skipped", &args))
    }
}

/// The model's curves at `n` + 1 times over `0 ..= end_s`: (t, remaining in the current
/// round, bytes sent, distinct bytes dirtied per second in the round).
pub fn model_points(trace: &Trace, end_s: f64, n: usize) -> Vec<Point> {
    (0..=n)
        .map(|i| {
            let t = end_s * i as f64 / n as f64;
            let round = trace.round_at(t);
            let remaining = round.map_or(0.0, |r| {
                let pending = if r.pending_bytes_at_start > 0.0 {
                    r.pending_bytes_at_start
                } else {
                    r.bytes_sent
                };
                (pending - (trace.bytes_sent_at(t) - trace.bytes_sent_at(r.start_s))).max(0.0)
            });
            let dirty_rate = round
                .filter(|r| r.duration_s > 0.0 && !r.is_final)
                .map(|r| r.dirty_bytes_at_end / r.duration_s);
            Point {
                t_s: t,
                remaining: Some(remaining),
                sent: Some(trace.bytes_sent_at(t)),
                dirty_rate,
            }
        })
        .collect()
}

/// One row of the difference table: what, QEMU, model, relative difference.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The quantity, in English; `id` is its message (`replay-row-total`, …).
    pub what: &'static str,
    pub id: &'static str,
    pub real: String,
    pub model: String,
    pub diff: String,
}

impl Row {
    /// The difference in `lang`: the outcome's "same" or "differs" are words, the
    /// others figures.
    pub fn diff_in(&self, lang: crate::i18n::Lang) -> String {
        match self.diff.as_str() {
            "same" | "differs" => crate::i18n::t0(lang, &format!("replay-{}", self.diff)),
            _ => self.diff.clone(),
        }
    }
}

fn rel(model: f64, real: f64) -> String {
    if real == 0.0 || !model.is_finite() {
        "–".into()
    } else {
        format!("{:+.0} %", (model - real) / real * 100.0)
    }
}

/// The plain table of differences.
pub fn rows(c: &Comparison) -> Vec<Row> {
    use crate::picture::format::{bytes, duration};
    let (r, m) = (&c.real, &c.model);
    let mut out = vec![Row {
        what: "Total time",
        id: "replay-row-total",
        real: duration(r.total_time_s),
        model: duration(m.total_time_s),
        diff: rel(m.total_time_s, r.total_time_s),
    }];
    if let Some(d) = r.downtime_s {
        let md = m.downtime_s.unwrap_or(0.0);
        out.push(Row {
            what: "Downtime (QEMU's figure)",
            id: "replay-row-downtime",
            real: duration(d),
            model: duration(md),
            diff: rel(md, d),
        });
    }
    if let Some(o) = r.guest_outage_s {
        let md = m.guest_outage_s.unwrap_or(0.0);
        out.push(Row {
            what: "Guest outage (STOP → RESUME)",
            id: "replay-row-outage",
            real: duration(o),
            model: duration(md),
            diff: rel(md, o),
        });
    }
    out.push(Row {
        what: "Bytes sent",
        id: "replay-row-bytes",
        real: bytes(r.bytes_sent),
        model: bytes(m.bytes_sent),
        diff: rel(m.bytes_sent, r.bytes_sent),
    });
    out.push(Row {
        what: "Passes",
        id: "replay-row-passes",
        real: r.passes.to_string(),
        model: m.passes.to_string(),
        diff: format!("{:+}", i64::from(m.passes) - i64::from(r.passes)),
    });
    out.push(Row {
        what: "Outcome",
        id: "replay-row-outcome",
        real: r.outcome.clone(),
        model: m.outcome.replace('_', " "),
        diff: if r.converged == m.converged {
            "same"
        } else {
            "differs"
        }
        .into(),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recording(name: &str) -> String {
        let path = format!(
            "{}/model/tests/data/qemu/runs/{name}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(path).expect("recording")
    }

    #[test]
    fn every_built_in_recording_loads_and_has_a_file() {
        for b in BUILT_IN {
            let l = load(Lang::En, b.title, Some(b.id), &recording(b.id)).expect(b.id);
            assert!(!l.points.is_empty(), "{}", b.id);
            assert!(l.pass_starts.len() >= 2, "{}", b.id);
            assert!(l.skipped(Lang::En).is_none(), "{}", b.id);
            assert!(b.title.starts_with("Real QEMU 10: "));
            let trace = migration_model::simulate(&l.params).unwrap();
            let c = l.compare(Lang::En, &l.params, &trace);
            assert_eq!(c.params, replay::infer::argv(&l.flags));
            assert_eq!(rows(&c)[0].what, "Total time");
            assert!(!l.narrate(Lang::En, &c, &l.params).is_empty());
        }
    }

    #[test]
    fn a_broken_file_is_one_message_naming_the_line() {
        let e = load(Lang::En, "broken.jsonl", None, "{\"status\": \"active\",\n").unwrap_err();
        assert!(
            e.starts_with("broken.jsonl: Not a migration recording"),
            "{e}"
        );
        assert!(e.contains("line 1"), "{e}");
        let e = load(Lang::En, "empty.jsonl", None, "").unwrap_err();
        assert!(e.contains("empty"), "{e}");
    }

    /// A page in Spanish or Chinese reads why a file is not a recording, and which lines
    /// were skipped, in its language (the model's reasons, `recording-error-…`).
    #[test]
    fn a_broken_file_says_why_in_the_pages_language() {
        let broken = "{\"status\": \"active\",\n";
        let e = load(Lang::Es, "roto.jsonl", None, broken).unwrap_err();
        assert_eq!(
            e,
            "roto.jsonl: No es una grabación de migración: ninguna muestra de query-migrate se \
             puede usar; línea 1: no es JSON en la columna 21: se esperaba una clave entre \
             comillas dobles, pero se encontró el final de la línea (¿está cortada?)."
        );
        let e = load(Lang::ZhCn, "坏.jsonl", None, "").unwrap_err();
        assert_eq!(e, "坏.jsonl：这不是迁移录制文件：文件是空的。");
        let partly = recording("moderate") + "\nnoise\n";
        let l = load(Lang::Es, "m", None, &partly).unwrap();
        let skipped = l.skipped(Lang::Es).unwrap();
        assert!(skipped.starts_with("Se leyeron "), "{skipped}");
        assert!(
            skipped.contains("se omitió 1 de ") && skipped.contains("pero se encontró 'noise'"),
            "{skipped}"
        );
        let en = l.skipped(Lang::En).unwrap();
        assert!(
            en.starts_with("Read ") && en.contains("; skipped 1 of "),
            "{en}"
        );
        let changed = Params {
            dirty_rate_bytes_per_s: 1e6,
            ..l.params.clone()
        };
        let trace = migration_model::simulate(&changed).unwrap();
        let c = l.compare(Lang::Es, &changed, &trace);
        assert_eq!(
            c.params,
            ["(parámetros cambiados respecto a los de la grabación)"]
        );
    }

    #[test]
    fn the_models_curves_follow_its_rounds() {
        let l = load(Lang::En, "m", None, &recording("moderate")).unwrap();
        let trace = migration_model::simulate(&l.params).unwrap();
        let pts = model_points(&trace, trace.end_s(), 200);
        assert_eq!(pts.len(), 201);
        let sent: Vec<f64> = pts.iter().map(|p| p.sent.unwrap()).collect();
        assert!(
            sent.windows(2).all(|w| w[1] >= w[0] - 1e-6),
            "bytes sent never fall"
        );
        assert!((sent[200] - trace.metrics.bytes_sent).abs() < 1.0);
        let first = pts[1].remaining.unwrap();
        assert!(
            first > 0.5 * l.params.memory_bytes as f64,
            "the first pass starts with most of memory: {first}"
        );
        assert_eq!(pts[200].remaining, Some(0.0));
    }

    #[test]
    fn the_table_counts_passes_as_the_chart_draws_them_and_says_how_it_ended() {
        let xbzrle = std::fs::read_to_string(format!(
            "{}/model/tests/data/qemu/qmp/xbzrle.log",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        for (name, text) in [
            ("xbzrle.log", xbzrle),
            ("nonconverging", recording("nonconverging")),
            (
                "nonconverging_postcopy",
                recording("nonconverging_postcopy"),
            ),
        ] {
            let l = load(Lang::En, name, None, &text).unwrap();
            let trace = migration_model::simulate(&l.params).unwrap();
            let c = l.compare(Lang::En, &l.params, &trace);
            let rows = rows(&c);
            let passes = rows.iter().find(|r| r.what == "Passes").unwrap();
            let bars = c.passes.iter().filter(|p| p.real.is_some()).count();
            assert_eq!(passes.real, bars.to_string(), "{name}");
            assert_eq!(l.pass_starts.len(), bars, "{name}: the lanes' ticks");
            let outcome = rows.iter().find(|r| r.what == "Outcome").unwrap();
            assert_eq!(outcome.real, c.real.outcome, "{name}");
            let headline = l.narrate(Lang::En, &c, &l.params);
            assert!(headline.contains(&c.real.outcome), "{name}: {headline}");
        }
    }

    #[test]
    fn the_table_says_what_differs() {
        let l = load(Lang::En, "p", None, &recording("paused")).unwrap();
        let trace = migration_model::simulate(&l.params).unwrap();
        let rows = rows(&l.compare(Lang::En, &l.params, &trace));
        let outage = rows
            .iter()
            .find(|r| r.what.starts_with("Guest outage"))
            .unwrap();
        assert_eq!(outage.real, crate::picture::format::duration(3.938));
        let changed = Params {
            dirty_rate_bytes_per_s: 1e6,
            ..l.params.clone()
        };
        let c = l.compare(
            Lang::En,
            &changed,
            &migration_model::simulate(&changed).unwrap(),
        );
        assert!(c.params[0].contains("changed"));
    }
}
