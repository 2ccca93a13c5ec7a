//! The link between the hosts as a piecewise-constant rate over time.
//!
//! Bandwidth drops and latency spikes (`docs/model.md`, "Faults") and timed bandwidth
//! changes ("A parameter that changes at a moment") cut the link into segments;
//! within one the rate is constant, so sending a round integrates bytes over segments:
//! O(faults) per round, never O(pages). Link and host failures are not rates: the
//! engine handles them as events (see `faults.rs`).

use crate::params::{ChangeKind, FaultKind, LinkShare, Params, MIB};
use crate::trace::RateChange;

/// How fast a stream may go: the migration cap (`max-bandwidth`: pre-copy rounds, the
/// post-copy push), the link's full speed (stop-and-copy, device state), or a given
/// limit (storage-bound copies).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Pace {
    #[default]
    Capped,
    LinkSpeed,
    /// No faster than this many bytes/s (nor the link).
    AtMost(f64),
}

/// TCP window assumed for the migration stream: Linux's default `net.ipv4.tcp_wmem`
/// maximum, 4 MiB. Throughput is bounded by window / RTT. The window is taken to be at
/// least the path's bandwidth-delay product at its normal RTT (an autotuned stream that
/// fills the link), so only a latency spike makes the bound bite:
/// during a spike the rate is `min(link, W / (rtt + extra))` with `W = max(4 MiB, R·rtt)`.
pub const TCP_WINDOW_BYTES: f64 = 4.0 * MIB as f64;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Segment {
    start_s: f64,
    /// Link rate (uncapped), bytes/s.
    rate: f64,
    /// Round-trip time, s.
    rtt_s: f64,
}

/// The link: bandwidth `R`, optional migration cap, RTT, and the rate changes caused by
/// bandwidth drops and latency spikes.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Streaming cap (QEMU `max-bandwidth`), bytes/s; infinite when unset.
    cap: f64,
    /// Segments sorted by start; the first starts at 0 and the last runs forever.
    segments: Vec<Segment>,
}

impl Link {
    pub fn from_params(p: &Params) -> Self {
        let bandwidth = p.bandwidth_steps();
        let mut cuts = vec![0.0];
        cuts.extend(p.link_shares.iter().map(|s| s.from_s.max(0.0)));
        cuts.extend(
            p.changes
                .iter()
                .filter(|c| matches!(c.kind, ChangeKind::Bandwidth { .. }))
                .map(|c| c.at_s),
        );
        for f in &p.faults {
            match f.kind {
                FaultKind::BandwidthDrop { duration_s, .. }
                | FaultKind::LatencySpike { duration_s, .. } => {
                    cuts.push(f.at_s);
                    cuts.push(f.at_s + duration_s);
                }
                _ => {}
            }
        }
        // Unstable: values equal under total_cmp are the same bits (one less sort in the wasm).
        cuts.sort_unstable_by(f64::total_cmp);
        cuts.dedup();
        let segments = cuts
            .iter()
            .map(|&start_s| {
                // The bandwidth in force here (a timed change steps it), and the window
                // autotuned to it.
                let r = bandwidth.at(start_s);
                let window = TCP_WINDOW_BYTES.max(r * p.rtt_s);
                let mut rate = share_at(&p.link_shares, start_s).unwrap_or(r);
                let mut rtt_s = p.rtt_s;
                for f in &p.faults {
                    let active = |d: f64| start_s >= f.at_s && start_s < f.at_s + d;
                    match f.kind {
                        FaultKind::BandwidthDrop {
                            to_bytes_per_s,
                            duration_s,
                        } if active(duration_s) => rate = rate.min(to_bytes_per_s),
                        FaultKind::LatencySpike {
                            extra_rtt_s,
                            duration_s,
                        } if active(duration_s) => rtt_s += extra_rtt_s,
                        _ => {}
                    }
                }
                if rtt_s > p.rtt_s && rtt_s > 0.0 {
                    rate = rate.min(window / rtt_s);
                }
                Segment {
                    start_s,
                    rate: rate.max(1.0),
                    rtt_s,
                }
            })
            .collect();
        Link {
            cap: p.max_bandwidth_bytes_per_s.unwrap_or(f64::INFINITY),
            segments,
        }
    }

    fn index_at(&self, t: f64) -> usize {
        self.segments
            .partition_point(|s| s.start_s <= t)
            .saturating_sub(1)
    }

    fn seg_end(&self, i: usize) -> f64 {
        self.segments
            .get(i + 1)
            .map_or(f64::INFINITY, |s| s.start_s)
    }

    /// The most bytes/s a stream at `pace` may use (infinite at link speed).
    pub fn cap(&self, pace: Pace) -> f64 {
        match pace {
            Pace::Capped => self.cap,
            Pace::LinkSpeed => f64::INFINITY,
            Pace::AtMost(cap) => cap,
        }
    }

    fn seg_rate(&self, i: usize, cap: f64) -> f64 {
        self.segments[i].rate.min(cap)
    }

    /// Send rate at `t` of a stream at `pace`.
    pub fn rate_at(&self, t: f64, pace: Pace) -> f64 {
        self.seg_rate(self.index_at(t), self.cap(pace))
    }

    /// When the stretch of constant link rate that holds at `t` ends (infinite for the
    /// last).
    pub fn segment_end(&self, t: f64) -> f64 {
        self.seg_end(self.index_at(t))
    }

    /// Round-trip time at `t`.
    pub fn rtt_at(&self, t: f64) -> f64 {
        self.segments[self.index_at(t)].rtt_s
    }

    /// Bytes a stream at `pace` sends between `t0` and `t1`.
    pub fn bytes_between(&self, t0: f64, t1: f64, pace: Pace) -> f64 {
        if !super::gt(t1, t0) {
            return 0.0;
        }
        let cap = self.cap(pace);
        let mut i = self.index_at(t0);
        let mut t = t0;
        let mut bytes = 0.0;
        while t < t1 && i < self.segments.len() {
            let end = self.seg_end(i).min(t1);
            bytes += (end - t) * self.seg_rate(i, cap);
            t = end;
            i += 1;
        }
        bytes
    }

    /// When `bytes` sent from `t0` at `pace` are all out.
    pub fn time_to_send(&self, t0: f64, bytes: f64, pace: Pace) -> f64 {
        if !super::gt(bytes, 0.0) {
            return t0;
        }
        let cap = self.cap(pace);
        let mut i = self.index_at(t0);
        let mut t = t0;
        let mut left = bytes;
        loop {
            let rate = self.seg_rate(i, cap);
            let end = self.seg_end(i);
            let can = (end - t) * rate;
            if can >= left || !end.is_finite() {
                return t + left / rate;
            }
            left -= can;
            t = end;
            i += 1;
        }
    }

    /// The rate of a stream at `pace` over `[t0, t1)` where it changes: the rate at `t0`,
    /// then one entry per change. Empty when it is constant (the common case).
    pub fn rate_changes(&self, t0: f64, t1: f64, pace: Pace) -> Vec<RateChange> {
        let cap = self.cap(pace);
        let first = self.index_at(t0);
        let start = RateChange {
            at_s: t0,
            bytes_per_s: self.seg_rate(first, cap),
        };
        // Allocates only when the rate does change: this runs once per round.
        let mut out: Vec<RateChange> = Vec::new();
        let mut last = start.bytes_per_s;
        let mut i = first + 1;
        while i < self.segments.len() && self.segments[i].start_s < t1 {
            let rate = self.seg_rate(i, cap);
            if rate != last {
                if out.is_empty() {
                    out.push(start);
                }
                out.push(RateChange {
                    at_s: self.segments[i].start_s,
                    bytes_per_s: rate,
                });
                last = rate;
            }
            i += 1;
        }
        out
    }
}

/// The share in force at `t`: the last one that starts at or before it.
fn share_at(shares: &[LinkShare], t: f64) -> Option<f64> {
    shares
        .iter()
        .rfind(|s| s.from_s <= t)
        .map(|s| s.bytes_per_s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Fault;

    #[test]
    fn drop_stretches_sending() {
        let p = Params {
            bandwidth_bytes_per_s: 100e6,
            faults: vec![Fault {
                at_s: 1.0,
                kind: FaultKind::BandwidthDrop {
                    to_bytes_per_s: 10e6,
                    duration_s: 2.0,
                },
            }],
            ..Params::default()
        };
        let l = Link::from_params(&p);
        // 100 MB in the first second, 20 MB in the next two, then 80 MB more.
        let end = l.time_to_send(0.0, 200e6, Pace::Capped);
        assert!((end - 3.8).abs() < 1e-9, "{end}");
        assert!((l.bytes_between(0.0, end, Pace::Capped) - 200e6).abs() < 1e-3);
    }
}
