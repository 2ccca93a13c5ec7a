//! A recording read a piece at a time (`recording::parse` reads it all at once through
//! the same reader): the app's recording opener feeds a long file in chunks and gives the
//! page back in between, with a progress bar.

use super::recording::{
    align_times, read_line, Clock, Format, GuestWrites, Line, QmpEvent, Recording, ReplayError,
    RunHeader, Sample, Skipped,
};
use crate::say::Say;

/// Reads a recording a piece at a time, so a long file can be read in chunks that give
/// the page back in between (the app's recording opener): [`Reader::feed`] takes whole
/// lines, [`Reader::finish`] gives what [`parse`] gives for all of them at once.
#[derive(Default)]
pub struct Reader {
    skipped: Skipped,
    header: Option<RunHeader>,
    samples: Vec<(Sample, Clock)>,
    events: Vec<(QmpEvent, Option<f64>)>,
    guest_writes: Vec<GuestWrites>,
    notes: Vec<(f64, String)>,
    harness_lines: usize,
    lines: usize,
    blank: bool,
}

impl Reader {
    /// Reads the next lines: `text` holds whole lines (a chunk ends at a line break or
    /// at the end of the file).
    pub fn feed(&mut self, text: &str) {
        // A UTF-8 byte order mark (Windows editors and PowerShell write one) is not part
        // of the first line; the browser's reader drops it too, so the CLI and the app agree.
        let text = if self.lines == 0 {
            text.strip_prefix('\u{feff}').unwrap_or(text)
        } else {
            text
        };
        if self.lines == 0 {
            self.blank = true;
        }
        for raw in text.lines() {
            self.lines += 1;
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            self.blank = false;
            match read_line(line) {
                Ok((l, harness)) => {
                    self.harness_lines += usize::from(harness);
                    match l {
                        Line::Header(h) => self.header = Some(h),
                        Line::Sample(s, ts) => self.samples.push((s, ts)),
                        Line::Event(e, ts) => self.events.push((e, ts)),
                        Line::Writes(w) => self.guest_writes.push(w),
                        Line::Note(t, n) => self.notes.push((t, n)),
                        Line::Nothing => {}
                    }
                }
                Err(why) => self.skipped.add(self.lines, why),
            }
        }
    }

    /// The recording read, or why the lines are not one.
    pub fn finish(self) -> Result<Recording, ReplayError> {
        let Reader {
            mut skipped,
            header,
            samples,
            events,
            guest_writes,
            notes,
            harness_lines,
            lines,
            blank,
        } = self;
        let format = if harness_lines > 0 {
            Format::Harness
        } else {
            Format::Qmp
        };
        if !samples.iter().any(|(s, _)| s.transferred.is_some()) {
            let why = match skipped.said(3) {
                _ if lines == 0 || blank => Say::new("recording-error-empty"),
                None => Say::new("recording-error-no-ram"),
                Some(lines) => Say::new("recording-error-no-usable").say("lines", lines),
            };
            let error = Say::new("recording-error-not-a-recording").say("why", why);
            return Err(ReplayError(error));
        }
        let (samples, events) = align_times(samples, events, &mut skipped);
        Ok(Recording {
            format,
            header,
            samples,
            events,
            guest_writes,
            notes,
            skipped,
            lines,
        })
    }
}
