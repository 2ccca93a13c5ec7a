//! What a recording shows QEMU using that the model does not have: multifd (several
//! channels), compression. (XBZRLE, re-sent pages as deltas against a cache, is modelled:
//! the replay infers `--xbzrle-cache` and `--xbzrle-page-bytes` from its counters.) The model's run
//! beside such a recording is not like for like, so the replay says so instead of
//! reading the difference as the model's error (docs/replay.md, "What is compared").
//!
//! A feature counts when QEMU's counters show it did something (multifd bytes,
//! compressed pages) or, without counters, when our harness's run line lists its
//! capability.

use super::recording::{Recording, Sample};
use crate::say::Say;
use crate::show;
use serde::Serialize;

/// A feature the recorded run used and the model does not have.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NotModelled {
    /// `xbzrle`, `multifd` or `compression`.
    pub feature: &'static str,
    /// What in the recording shows it, for people ("31849 pages went as XBZRLE
    /// deltas, …").
    pub evidence: String,
    /// The evidence as a sentence of `model.ftl` (`replay-said-multifd-…`,
    /// `-compress…`), for a page in another language; `evidence` is its English.
    #[serde(skip)]
    pub said: Say,
}

impl NotModelled {
    /// The feature's name for people: `XBZRLE`, `multifd`, `compression`.
    pub fn name(&self) -> &'static str {
        match self.feature {
            "xbzrle" => "XBZRLE",
            other => other,
        }
    }

    /// The feature's name as a word of `model.ftl` (`replay-said-feature-…`).
    pub fn name_id(&self) -> &'static str {
        if self.feature == "multifd" {
            "replay-said-feature-multifd"
        } else {
            "replay-said-feature-compression"
        }
    }
}

/// The largest value of a counter over the recording (QEMU's counters only grow during
/// a migration; a cancel clears them, so the last reply may have none).
pub(crate) fn most(rec: &Recording, f: impl Fn(&Sample) -> Option<f64>) -> Option<f64> {
    rec.samples
        .iter()
        .filter_map(f)
        .fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))))
}

/// The features the recorded run used that the model does not have, in a fixed order.
pub fn not_modelled(rec: &Recording) -> Vec<NotModelled> {
    let caps: &[String] = rec
        .header
        .as_ref()
        .map_or(&[], |h| h.capabilities.as_slice());
    let capability = |name: &str| caps.iter().any(|c| c == name);
    let mut out = Vec::new();
    let mut push = |feature, said: Say| {
        out.push(NotModelled {
            feature,
            evidence: said.to_string(),
            said,
        })
    };
    // XBZRLE is modelled (docs/model.md, "XBZRLE"): the inferred flags carry it.
    match most(rec, |s| s.multifd_bytes) {
        Some(b) if b > 0.0 => push(
            "multifd",
            Say::new("replay-said-multifd-bytes").text("bytes", show::bytes(b)),
        ),
        _ if capability("multifd") => push("multifd", Say::new("replay-said-multifd-capability")),
        _ => {}
    }
    match most(rec, |s| s.compressed_pages) {
        Some(p) if p > 0.0 => {
            let pages = format!("{p:.0}");
            let said = match most(rec, |s| s.compressed_bytes) {
                Some(b) => Say::new("replay-said-compressed-into").text("bytes", show::bytes(b)),
                None => Say::new("replay-said-compressed"),
            };
            push("compression", said.text("pages", pages))
        }
        _ if capability("compress") => {
            push("compression", Say::new("replay-said-compress-capability"))
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(extra: &str) -> String {
        format!("{{\"status\": \"active\", \"total-time\": 100, \"ram\": {{\"transferred\": 1000, \"total\": 4096000, \"multifd-bytes\": 0}}{extra}}}")
    }

    #[test]
    fn counters_that_did_something_count_and_zeros_do_not() {
        let idle =
            reply(", \"xbzrle-cache\": {\"pages\": 0, \"bytes\": 0, \"cache-size\": 67108864}");
        let rec = crate::replay::parse(&idle).unwrap();
        assert_eq!(rec.samples[0].xbzrle_cache_size, Some(67108864.0));
        assert!(not_modelled(&rec).is_empty(), "XBZRLE on, nothing encoded");
        // XBZRLE that encoded pages is modelled (the replay infers it): not named here.
        let used = format!(
            "{idle}\n{}",
            reply(", \"xbzrle-cache\": {\"pages\": 12, \"bytes\": 345}")
        );
        assert!(not_modelled(&crate::replay::parse(&used).unwrap()).is_empty());
        let multifd = reply("").replace("\"multifd-bytes\": 0", "\"multifd-bytes\": 5000000");
        let compressed = reply(", \"compression\": {\"pages\": 7, \"compressed-size\": 9000}");
        let both = format!("{multifd}\n{compressed}");
        let found = not_modelled(&crate::replay::parse(&both).unwrap());
        let names: Vec<&str> = found.iter().map(NotModelled::name).collect();
        assert_eq!(names, ["multifd", "compression"]);
        assert!(found[0].evidence.contains("4.77 MiB"), "{found:?}");
        assert!(
            found[1]
                .evidence
                .contains("7 pages were compressed into 8.79 KiB"),
            "{found:?}"
        );
    }

    #[test]
    fn a_harness_line_names_its_counters_with_a_prefix_or_its_capabilities() {
        let text = "{\"kind\": \"run\", \"capabilities\": [\"multifd\"]}\n{\"kind\": \"sample\", \"rel\": 1, \"status\": \"active\", \"ram.transferred\": 5, \"xbzrle.pages\": 3, \"xbzrle.bytes\": 30}";
        let found = not_modelled(&crate::replay::parse(text).unwrap());
        let names: Vec<&str> = found.iter().map(|f| f.feature).collect();
        assert_eq!(names, ["multifd"]);
        assert!(found[0].evidence.contains("capabilities"));
    }
}
