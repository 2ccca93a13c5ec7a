//! The picture in words: the live region's phase line and the canvas's text alternative.

use crate::i18n::{t, t0, Lang};
use crate::picture::labels::{phase_label, state_label};
use crate::picture::{format, frame};

/// What the polite live region says: the phase and where the VM is. It changes when
/// the phase does, so screen readers hear each phase once.
pub fn announcement(frame: &frame::Frame, lang: Lang) -> String {
    let Some(phase) = &frame.phase else {
        return String::new();
    };
    let line = t(
        lang,
        "picture-announce",
        &[
            ("phase", phase_label(lang, &phase.kind).into()),
            ("state", state_label(lang, frame.vm_state).into()),
        ],
    );
    format::in_lang(lang, line)
}

/// The canvas's text alternative: what it shows now, in one or two sentences.
pub fn describe(frame: &frame::Frame, lang: Lang) -> String {
    let host = match frame.vm_host {
        migration_model::Host::Source => "picture-on-source",
        migration_model::Host::Destination => "picture-on-destination",
        migration_model::Host::Nowhere => "picture-on-nowhere",
    };
    let dirty = frame
        .source
        .iter()
        .filter(|&&p| p == frame::Paint::Dirty)
        .count();
    let disk = frame.disk.as_ref().map_or(String::new(), |d| {
        if d.shared {
            t0(lang, "picture-alt-disks-shared")
        } else {
            t(
                lang,
                "picture-alt-disk",
                &[
                    ("copied", format::bytes(d.copied_bytes).into()),
                    ("total", format::bytes(d.total_bytes).into()),
                ],
            )
        }
    });
    let link = if frame.link.broken {
        t0(lang, "picture-link-is-down")
    } else {
        format::bit_rate(frame.link.rate_bytes_per_s)
    };
    let line = t(
        lang,
        "picture-alt",
        &[
            ("t", format::duration(frame.t_s).into()),
            ("state", state_label(lang, frame.vm_state).into()),
            ("host", t0(lang, host).into()),
            ("dirty", dirty.into()),
            ("cells", frame.source.len().into()),
            ("link", link.into()),
            ("disk", disk.into()),
        ],
    );
    format::in_lang(lang, line)
}

#[cfg(test)]
mod extremes {
    //! Every slider at either extreme, in combination, with every type, policy and fault:
    //! the model runs or explains, and every view function of the result copes.
    use super::*;
    use crate::picture::frame::Frame;
    use crate::picture::narrate;
    use migration_model::params::{GIB, MIB};
    use migration_model::{simulate, Fault, FaultKind, MigrationType, Params, StopPolicy};

    #[test]
    fn no_combination_of_extremes_panics() {
        let faults = [
            None,
            Some(FaultKind::LinkFailure),
            Some(FaultKind::SourceHostFailure),
            Some(FaultKind::DestinationHostFailure),
            Some(FaultKind::BandwidthDrop {
                to_bytes_per_s: 1e3,
                duration_s: 30.0,
            }),
            Some(FaultKind::LatencySpike {
                extra_rtt_s: 0.2,
                duration_s: 30.0,
            }),
        ];
        let mut runs = 0;
        for bits in 0u32..32 {
            let pick = |i: u32, lo: f64, hi: f64| if bits >> i & 1 == 0 { lo } else { hi };
            for ty in MigrationType::ALL {
                for policy in [StopPolicy::Qemu, StopPolicy::Xen, StopPolicy::Vmotion] {
                    for fault in faults {
                        let p = Params {
                            migration_type: ty,
                            policy,
                            bandwidth_bytes_per_s: pick(0, 1.25e6, 1.25e10),
                            dirty_rate_bytes_per_s: pick(1, 0.0, 1e10),
                            memory_bytes: pick(2, (256 * MIB) as f64, (1024 * GIB) as f64) as u64,
                            downtime_limit_s: pick(3, 0.001, 10.0),
                            auto_converge: bits >> 4 & 1 == 1,
                            faults: fault
                                .map(|kind| Fault { at_s: 5.0, kind })
                                .into_iter()
                                .collect(),
                            ..Params::default()
                        };
                        let trace = simulate(&p).expect("slider ranges are valid parameters");
                        let end = trace.end_s();
                        for t in [0.0, end * 0.37, end * 0.999, end, end + 1.0] {
                            let f = Frame::at(&trace, &p, t);
                            assert_eq!(f.source.len(), frame::CELLS);
                            let line = narrate::narrate(&trace, &p, t, Lang::En);
                            assert!(!line.is_empty());
                            describe(&f, Lang::En);
                        }
                        runs += 1;
                    }
                }
            }
        }
        assert_eq!(runs, 32 * 5 * 3 * 6);
    }
}
