//! Reading a recording: either our harness's JSON Lines (`kind`: `run`, `sample`, `event`,
//! `dirty`, `note`; see docs/replay.md) or what anyone can capture with a loop around
//! QMP's `query-migrate`: one reply per line, `{"return": {…}}` or the bare object, each
//! optionally after a Unix timestamp, with QMP events (`{"event": …}`) allowed in between.
//!
//! A line that is not one of these is skipped with a reason naming the line; the recording
//! is usable when at least one `query-migrate` sample with RAM counters was read.

use super::json::{self, Value};
use crate::say::Say;
use std::fmt;

/// Which of the two formats the file is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Our harness's lines (`kind` on every line): header, samples, events, guest counters.
    Harness,
    /// Bare QMP `query-migrate` replies (and events), as a shell loop records them.
    Qmp,
}

/// The harness's `run` line: the parameters the run was started with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunHeader {
    pub name: Option<String>,
    pub desc: Option<String>,
    /// `live`, `postcopy`, `cold` (paused first) or `save` (to a file).
    pub mode: Option<String>,
    pub guest_mem_mib: Option<f64>,
    pub dirtier_mib: Option<f64>,
    pub dirty_rate_pages_s: Option<f64>,
    /// `Some(None)`: "unlimited"; `None`: not stated.
    pub max_bandwidth_mib_s: Option<Option<f64>>,
    pub downtime_limit_ms: Option<f64>,
    pub capabilities: Vec<String>,
    pub cancel_after_s: Option<f64>,
    pub ram_total: Option<f64>,
    pub page_size: Option<f64>,
}

/// One `query-migrate` reply. Times in seconds since `migrate`; QEMU's own fields keep
/// their units (ms, bytes, pages, Mbit/s). A field QEMU did not report is `None`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sample {
    pub t_s: f64,
    pub status: String,
    pub total_time_ms: Option<f64>,
    pub downtime_ms: Option<f64>,
    pub expected_downtime_ms: Option<f64>,
    pub transferred: Option<f64>,
    pub remaining: Option<f64>,
    pub total: Option<f64>,
    pub duplicate: Option<f64>,
    pub normal: Option<f64>,
    pub dirty_pages_rate: Option<f64>,
    pub dirty_sync_count: Option<f64>,
    pub mbps: Option<f64>,
    pub page_size: Option<f64>,
    pub precopy_bytes: Option<f64>,
    pub downtime_bytes: Option<f64>,
    pub postcopy_bytes: Option<f64>,
    pub postcopy_requests: Option<f64>,
    pub throttle_pct: Option<f64>,
    /// XBZRLE's counters (the `xbzrle-cache` object of a reply; `xbzrle.*` in our
    /// harness's lines), present only while the capability is on: pages sent as deltas,
    /// the bytes of those deltas, the cache's size.
    pub xbzrle_pages: Option<f64>,
    pub xbzrle_bytes: Option<f64>,
    pub xbzrle_cache_size: Option<f64>,
    /// `ram.multifd-bytes`: bytes sent over multifd channels.
    pub multifd_bytes: Option<f64>,
    /// The `compression` object QEMU reported before 9.1 (the `compress` capability):
    /// pages compressed and their compressed size.
    pub compressed_pages: Option<f64>,
    pub compressed_bytes: Option<f64>,
}

impl Sample {
    /// `completed`, `failed` or `cancelled`: QEMU reports nothing new after these.
    pub fn is_terminal(&self) -> bool {
        matches!(self.status.as_str(), "completed" | "failed" | "cancelled")
    }

    /// When the reply's numbers held: its time, but for the reply that ended the
    /// migration QEMU's `total-time` when earlier (that counter stops when QEMU finishes,
    /// and a polling loop reads the final reply up to ~100 ms late).
    pub fn time_s(&self) -> f64 {
        match self.total_time_ms {
            Some(ms) if self.is_terminal() => self.t_s.min(ms / 1000.0),
            _ => self.t_s,
        }
    }
}

/// Which QEMU sent an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vm {
    Source,
    Destination,
    /// A bare QMP recording does not say (it is normally the source's monitor).
    Unstated,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QmpEventKind {
    /// `MIGRATION` with its new status.
    Migration(String),
    /// `MIGRATION_PASS`: the dirty-bitmap sync that starts pass `n`.
    Pass(u32),
    Stop,
    Resume,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QmpEvent {
    pub t_s: f64,
    pub vm: Vm,
    pub kind: QmpEventKind,
}

/// The guest's own report of its writes (harness `dirty` lines).
#[derive(Clone, Debug, PartialEq)]
pub struct GuestWrites {
    pub t_s: f64,
    pub vm: Vm,
    /// Page writes over the last second.
    pub rate: f64,
}

/// Lines that could not be used. Only the first few reasons are kept (a file of noise
/// has millions of lines); `count` is all of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Skipped {
    pub count: usize,
    /// (1-based line, reason: a `recording-error-…` sentence of `model.ftl`); line 0 for
    /// a reason about the whole file.
    pub first: Vec<(usize, Say)>,
}

/// How many skip reasons are kept.
const KEPT_REASONS: usize = 20;

impl Skipped {
    pub(super) fn add(&mut self, line: usize, why: Say) {
        self.count += 1;
        if self.first.len() < KEPT_REASONS {
            self.first.push((line, why));
        }
    }

    /// "line 3: …; line 9: …" and how many more, in English ("" when nothing was
    /// skipped); [`Skipped::said`] is the same in any language.
    pub fn summary(&self, max: usize) -> String {
        self.said(max).map(|s| s.to_string()).unwrap_or_default()
    }

    /// The first `max` reasons, each with its line, and how many more: one sentence
    /// (`recording-error-list`, `-line`, `-more`), or `None` when nothing was skipped.
    pub fn said(&self, max: usize) -> Option<Say> {
        let mut s: Vec<Say> = self
            .first
            .iter()
            .take(max)
            .map(|(n, why)| match n {
                0 => why.clone(),
                n => Say::new("recording-error-line")
                    .num("line", *n as f64)
                    .say("why", why.clone()),
            })
            .collect();
        let shown = s.len();
        if self.count > shown {
            s.push(Say::new("recording-error-more").num("n", (self.count - shown) as f64));
        }
        let last = s.pop()?;
        Some(s.into_iter().rev().fold(last, |rest, first| {
            Say::new("recording-error-list")
                .say("first", first)
                .say("rest", rest)
        }))
    }
}

/// A recording as read: what could be used, and what was skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording {
    pub format: Format,
    pub header: Option<RunHeader>,
    /// In time order, up to and including the first `completed`/`failed`/`cancelled`.
    pub samples: Vec<Sample>,
    pub events: Vec<QmpEvent>,
    pub guest_writes: Vec<GuestWrites>,
    /// The harness's own actions (`migrate-start-postcopy`, `cont on destination`, …).
    pub notes: Vec<(f64, String)>,
    pub skipped: Skipped,
    pub lines: usize,
}

impl Recording {
    /// The harness's dirtier rate, pages/s (what the guest wants to write), if stated.
    pub fn writer_rate(&self) -> Option<f64> {
        self.header
            .as_ref()?
            .dirty_rate_pages_s
            .filter(|r| *r > 0.0)
    }

    /// QEMU's `cpu-throttle-percentage` in force at t (the last reported at or before it).
    pub fn throttle_at(&self, t: f64) -> Option<f64> {
        self.samples
            .iter()
            .take_while(|s| s.t_s <= t)
            .filter_map(|s| s.throttle_pct)
            .last()
    }
}

/// Nothing usable was found: `recording-error-not-a-recording` and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayError(pub Say);

impl ReplayError {
    /// The sentence in `lang` (`Display` is English).
    pub fn tr(&self, lang: crate::i18n::Lang) -> String {
        self.0.tr(lang)
    }
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for ReplayError {}

/// Where a sample's time comes from.
#[derive(Clone, Copy)]
pub(super) enum Clock {
    /// The harness's `rel`, already in the sample.
    Rel,
    /// A Unix timestamp before the reply.
    Stamp(f64),
    /// Neither: QEMU's `total-time`.
    QemuOnly,
}

/// One line after reading, before times are aligned. Only one lives at a time (it is
/// moved into its list at once), so a sample is not boxed for the size of the others.
#[allow(clippy::large_enum_variant)]
pub(super) enum Line {
    Header(RunHeader),
    Sample(Sample, Clock),
    Event(QmpEvent, Option<f64>),
    Writes(GuestWrites),
    Note(f64, String),
    /// Understood but carries nothing (QMP greeting, `{"return": {}}`).
    Nothing,
}

/// Reads a recording. Errs only when not one `query-migrate` sample with RAM counters
/// could be read, naming the first lines that failed and why.
pub fn parse(text: &str) -> Result<Recording, ReplayError> {
    let mut reader = super::reader::Reader::default();
    reader.feed(text);
    reader.finish()
}

/// Splits an optional Unix timestamp off the line, then reads the JSON object.
/// Returns the line and whether it was in the harness format.
pub(super) fn read_line(line: &str) -> Result<(Line, bool), Say> {
    let (ts, json_text, offset) = match line.as_bytes()[0] {
        b'{' => (None, line, 0),
        b'0'..=b'9' => {
            let end = line
                .find(|c: char| c.is_whitespace() || c == ',')
                .unwrap_or(line.len());
            let ts: f64 = crate::units::decimal(&line[..end])
                .filter(|t: &f64| t.is_finite())
                .ok_or_else(|| found("recording-error-timestamp", &line[..end]))?;
            let rest = line[end..].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
            if !rest.starts_with('{') {
                return Err(found("recording-error-after-timestamp", rest));
            }
            (Some(ts), rest, line.len() - rest.len())
        }
        _ => return Err(found("recording-error-not-an-object", line)),
    };
    let v = json::parse(json_text).map_err(|e| {
        let column = e.column + line[..offset].chars().count();
        Say::new("recording-error-not-json")
            .num("column", column as f64)
            .say("why", e.message)
    })?;
    if let Some(kind) = v.get("kind") {
        let kind = kind
            .as_str()
            .ok_or_else(|| Say::new("recording-error-kind-not-text").word("found", kind.kind()))?;
        return harness_line(kind, &v).map(|l| (l, true));
    }
    qmp_line(&v, ts).map(|l| (l, false))
}

/// Sentence `id` quoting what was found (at most 40 characters of it).
fn found(id: &'static str, what: &str) -> Say {
    Say::new(id).quote("found", clip(what))
}

/// At most 40 characters of what was found, for a message.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

fn harness_line(kind: &str, v: &Value) -> Result<Line, Say> {
    let rel = || {
        num(v, "rel", "recording-error-unit-rel")?.ok_or_else(|| Say::new("recording-error-no-rel"))
    };
    match kind {
        "run" => header(v).map(Line::Header),
        "sample" => Ok(Line::Sample(sample(v, rel()?)?, Clock::Rel)),
        "event" => Ok(match event(v, rel()?)? {
            Some(e) => Line::Event(e, None),
            None => Line::Nothing,
        }),
        "dirty" => Ok(Line::Writes(GuestWrites {
            t_s: rel()?,
            vm: vm(v),
            rate: num(v, "rate", "recording-error-unit-rate")?
                .ok_or_else(|| Say::new("recording-error-no-rate"))?,
        })),
        "note" => Ok(Line::Note(
            rel()?,
            v.get("msg")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
        )),
        other => Err(Say::new("recording-error-unknown-kind").quote("kind", clip(other))),
    }
}

fn qmp_line(v: &Value, ts: Option<f64>) -> Result<Line, Say> {
    if v.get("QMP").is_some() {
        return Ok(Line::Nothing);
    }
    if let Some(err) = v.get("error") {
        let desc = match err.get("desc").and_then(Value::as_str) {
            Some(d) => Say::new("recording-error-qmp").quote("desc", clip(d)),
            None => Say::new("recording-error-qmp").word("desc", "recording-error-qmp-no-desc"),
        };
        return Err(desc);
    }
    if v.get("event").is_some() {
        let at = v.get("timestamp").and_then(|t| {
            Some(t.get("seconds")?.as_f64()? + t.get("microseconds")?.as_f64()? / 1e6)
        });
        return Ok(match event(&qmp_event_fields(v), 0.0)? {
            Some(e) => Line::Event(e, at.or(ts)),
            None => Line::Nothing,
        });
    }
    let reply = match v.get("return") {
        Some(Value::Object(fields)) if fields.is_empty() => return Ok(Line::Nothing),
        Some(r @ Value::Object(_)) => r,
        Some(other) => return Err(Say::new("recording-error-return").word("found", other.kind())),
        None => v,
    };
    if reply.get("status").is_none() {
        return Err(Say::new("recording-error-unknown-line"));
    }
    let flat = flatten(reply);
    Ok(Line::Sample(
        sample(&flat, 0.0)?,
        ts.map_or(Clock::QemuOnly, Clock::Stamp),
    ))
}

/// A QMP event's `data` with `event` beside it, in the harness's shape.
fn qmp_event_fields(v: &Value) -> Value {
    let mut fields = vec![(
        "event".to_string(),
        v.get("event").cloned().unwrap_or(Value::Null),
    )];
    if let Some(Value::Object(data)) = v.get("data") {
        fields.extend(data.iter().cloned());
    }
    Value::Object(fields)
}

/// `{"status": …, "ram": {"transferred": …}}` → `{"status": …, "ram.transferred": …}`.
fn flatten(v: &Value) -> Value {
    let mut out = Vec::new();
    if let Value::Object(fields) = v {
        for (k, val) in fields {
            match val {
                Value::Object(inner) => {
                    out.extend(
                        inner
                            .iter()
                            .map(|(ik, iv)| (format!("{k}.{ik}"), iv.clone())),
                    );
                }
                _ => out.push((k.clone(), val.clone())),
            }
        }
    }
    Value::Object(out)
}

/// A number field: absent is `Ok(None)`, any other type is an error naming the field
/// and what it holds (`what`: a `recording-error-unit-…` word).
fn num(v: &Value, key: &str, what: &'static str) -> Result<Option<f64>, Say> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(Some(*n)),
        Some(other) => Err(Say::new("recording-error-not-a-number")
            .quote("key", key)
            .word("what", what)
            .word("found", other.kind())),
    }
}

fn non_negative(v: &Value, key: &str, what: &'static str) -> Result<Option<f64>, Say> {
    match num(v, key, what)? {
        // The number as Rust writes it: a page in Spanish shows its decimal comma.
        Some(n) if n < 0.0 => Err(Say::new("recording-error-negative")
            .quote("key", key)
            .word("what", what)
            .text("n", n.to_string())),
        n => Ok(n),
    }
}

/// The first of two spellings present (a QMP reply's object, our harness's prefix).
fn either(v: &Value, keys: [&str; 2], what: &'static str) -> Result<Option<f64>, Say> {
    match non_negative(v, keys[0], what)? {
        Some(n) => Ok(Some(n)),
        None => non_negative(v, keys[1], what),
    }
}

/// What the fields hold, for messages (words of `model.ftl`).
const BYTES: &str = "recording-error-unit-bytes";
const MS: &str = "recording-error-unit-ms";
const PAGES: &str = "recording-error-unit-pages";
const MIB: &str = "recording-error-unit-mib";
const PAGES_PER_S: &str = "recording-error-unit-pages-per-s";

fn sample(v: &Value, t_s: f64) -> Result<Sample, Say> {
    let status = match v.get("status") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => return Err(Say::new("recording-error-status").word("found", other.kind())),
        None => return Err(Say::new("recording-error-no-status")),
    };
    let b = |key: &str| non_negative(v, key, BYTES);
    Ok(Sample {
        t_s,
        status,
        total_time_ms: non_negative(v, "total-time", MS)?,
        downtime_ms: non_negative(v, "downtime", MS)?,
        expected_downtime_ms: non_negative(v, "expected-downtime", MS)?,
        transferred: b("ram.transferred")?,
        remaining: b("ram.remaining")?,
        total: b("ram.total")?,
        duplicate: non_negative(v, "ram.duplicate", PAGES)?,
        normal: non_negative(v, "ram.normal", PAGES)?,
        dirty_pages_rate: non_negative(v, "ram.dirty-pages-rate", PAGES_PER_S)?,
        dirty_sync_count: non_negative(v, "ram.dirty-sync-count", "recording-error-unit-count")?,
        mbps: non_negative(v, "ram.mbps", "recording-error-unit-mbps")?,
        page_size: non_negative(v, "ram.page-size", BYTES)?,
        precopy_bytes: b("ram.precopy-bytes")?,
        downtime_bytes: b("ram.downtime-bytes")?,
        postcopy_bytes: b("ram.postcopy-bytes")?,
        postcopy_requests: non_negative(v, "ram.postcopy-requests", PAGES)?,
        throttle_pct: non_negative(v, "cpu-throttle-percentage", "recording-error-unit-percent")?,
        xbzrle_pages: either(v, ["xbzrle-cache.pages", "xbzrle.pages"], PAGES)?,
        xbzrle_bytes: either(v, ["xbzrle-cache.bytes", "xbzrle.bytes"], BYTES)?,
        xbzrle_cache_size: either(v, ["xbzrle-cache.cache-size", "xbzrle.cache-size"], BYTES)?,
        multifd_bytes: b("ram.multifd-bytes")?,
        compressed_pages: non_negative(v, "compression.pages", PAGES)?,
        compressed_bytes: non_negative(v, "compression.compressed-size", BYTES)?,
    })
}

fn vm(v: &Value) -> Vm {
    match v.get("vm").and_then(Value::as_str) {
        Some("src") => Vm::Source,
        Some("dst") => Vm::Destination,
        _ => Vm::Unstated,
    }
}

/// A QMP event this replay uses, `None` for others (they are not errors).
fn event(v: &Value, t_s: f64) -> Result<Option<QmpEvent>, Say> {
    let name = v
        .get("event")
        .and_then(Value::as_str)
        .ok_or_else(|| Say::new("recording-error-event-name"))?;
    let kind = match name {
        "MIGRATION" => QmpEventKind::Migration(
            v.get("status")
                .and_then(Value::as_str)
                .ok_or_else(|| Say::new("recording-error-migration-status"))?
                .to_string(),
        ),
        "MIGRATION_PASS" => QmpEventKind::Pass(
            num(v, "pass", "recording-error-unit-pass")?
                .filter(|p| *p >= 0.0 && *p <= f64::from(u32::MAX))
                .ok_or_else(|| Say::new("recording-error-pass-number"))? as u32,
        ),
        "STOP" => QmpEventKind::Stop,
        "RESUME" => QmpEventKind::Resume,
        _ => return Ok(None),
    };
    Ok(Some(QmpEvent {
        t_s,
        vm: vm(v),
        kind,
    }))
}

fn header(v: &Value) -> Result<RunHeader, Say> {
    let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let max_bandwidth_mib_s = match v.get("max_bandwidth_mib_s") {
        None => None,
        Some(Value::String(s)) if s == "unlimited" => Some(None),
        Some(_) => Some(Some(
            non_negative(v, "max_bandwidth_mib_s", "recording-error-unit-mib-s")?.unwrap_or(0.0),
        )),
    };
    let capabilities = match v.get("capabilities") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    Ok(RunHeader {
        name: text("name"),
        desc: text("desc"),
        mode: text("mode"),
        guest_mem_mib: non_negative(v, "guest_mem_mib", MIB)?,
        dirtier_mib: non_negative(v, "dirtier_mib", MIB)?,
        dirty_rate_pages_s: non_negative(v, "dirty_rate_pages_s", PAGES_PER_S)?,
        max_bandwidth_mib_s,
        downtime_limit_ms: non_negative(v, "downtime_limit_ms", MS)?,
        capabilities,
        cancel_after_s: non_negative(v, "cancel_after_s", "recording-error-unit-s")?,
        ram_total: non_negative(v, "ram.total", BYTES)?,
        page_size: non_negative(v, "ram.page-size", BYTES)?,
    })
}

/// Puts samples and events on one clock, seconds since `migrate`, and keeps one
/// migration: the samples up to the first that ended it.
///
/// Harness lines already carry `rel`. A bare QMP sample is placed by its timestamp when it
/// has one (the clock's zero is where QEMU's `total-time` says `migrate` was), else by
/// `total-time`; QMP events by their own timestamps on the same zero.
pub(super) fn align_times(
    samples: Vec<(Sample, Clock)>,
    events: Vec<(QmpEvent, Option<f64>)>,
    skipped: &mut Skipped,
) -> (Vec<Sample>, Vec<QmpEvent>) {
    let stamp = |c: &Clock| match c {
        Clock::Stamp(ts) => Some(*ts),
        _ => None,
    };
    let stamped = samples.iter().all(|(_, c)| stamp(c).is_some());
    let zero = if stamped {
        samples
            .iter()
            .find_map(|(s, c)| Some(stamp(c)? - s.total_time_ms? / 1000.0))
            .or_else(|| samples.first().and_then(|(_, c)| stamp(c)))
    } else {
        events.iter().find_map(|(e, ts)| match &e.kind {
            QmpEventKind::Migration(s) if s == "setup" => *ts,
            _ => None,
        })
    };
    let mut out: Vec<Sample> = samples
        .into_iter()
        .map(|(mut s, clock)| {
            match (clock, zero) {
                (Clock::Rel, _) => {}
                (Clock::Stamp(ts), Some(z)) if stamped => s.t_s = ts - z,
                _ => s.t_s = s.total_time_ms.map_or(0.0, |ms| ms / 1000.0),
            }
            s
        })
        .collect();
    out.sort_by(|a, b| a.t_s.total_cmp(&b.t_s));
    if let Some(end) = out.iter().position(Sample::is_terminal) {
        let after = out.len() - end - 1;
        if after > 0 {
            skipped.count += after;
            skipped.first.push((
                0,
                Say::new("recording-error-after-end")
                    .num("n", after as f64)
                    .quote("status", out[end].status.clone()),
            ));
        }
        out.truncate(end + 1);
    }
    let mut evs: Vec<QmpEvent> = events
        .into_iter()
        .filter_map(|(mut e, ts)| {
            match (ts, zero) {
                (None, _) => {}
                (Some(ts), Some(z)) => e.t_s = ts - z,
                (Some(_), None) => return None,
            }
            Some(e)
        })
        .collect();
    evs.sort_by(|a, b| a.t_s.total_cmp(&b.t_s));
    (out, evs)
}
