//! Links: the scenario, the playhead and the view in the URL's query, with readable keys
//! and values in human units: `?type=live&bw=1Gbit/s&dirty=100MB/s&t=12.5`.
//!
//! The parameters' keys are `migration_model::spec::PARAMS`, which `migsim`'s flags come
//! from too, so a link's `bw=` takes what `--bandwidth` takes; [`keys`] holds the others
//! (preset, playhead, view, embed, theme, exercises, lessons). Reading ([`parse`]) never fails: a malformed
//! or out-of-range value is dropped (that key keeps its default), the valid keys are
//! kept, and the dropped ones are listed in [`Link::ignored`] for the page to show.
//! Nothing here touches the DOM; the page shows values from a link only as text.
//!
//! Writing ([`write`]) uses `migration_model::notation`: four significant digits in a
//! unit that reads well (`1.234Gbit/s`, `300ms`). [`tidy`] applies that rounding to
//! parameters, so parameters the app holds are exactly what a link carries: a link
//! restores them bit for bit.

pub mod compare;
pub mod evacuate;
pub mod exercise;
pub mod keys;
pub mod parse;
pub mod reason;
pub mod write;

pub use compare::CompareBy;
pub use evacuate::EvacuateLink;
pub use keys::{Theme, EMBED_CONTROLS};
use migration_model::query::base_params;
pub use migration_model::query::Ignored;
pub use migration_model::spec::tidy;
pub use parse::{pairs, parse};
pub use write::{embed_query, query};

use migration_model::Params;

/// How an embedded copy of the app looks (`?embed=1`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embed {
    /// Names from [`EMBED_CONTROLS`], in the order the author listed them.
    pub controls: Vec<&'static str>,
    /// Start playing at once.
    pub autoplay: bool,
}

/// What a link asks for. Every field is usable as it is: `params` validate.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub params: Params,
    /// A scenario from `migration_model::presets`: its parameters are the base the
    /// other keys change.
    pub preset: Option<&'static str>,
    /// Playhead, seconds (finite, ≥ 0; the page checks it against the run's end).
    pub t_s: Option<f64>,
    /// Playback speed, simulated seconds per real second (finite, > 0; the page clamps
    /// it to the speed slider's range). `None`: the run's default.
    pub speed: Option<f64>,
    /// The compare view rather than the animated one.
    pub compare: bool,
    /// The compare view's rows when not every type (`by=policy&values=qemu,xen`).
    pub compare_by: Option<CompareBy>,
    /// The exercises view at this problem (`view=exercises`).
    pub exercises: Option<crate::links::exercise::ExercisePos>,
    /// The evacuation view and its keys as written (`view=evacuate&vm=…&k=2`).
    pub evacuate: Option<EvacuateLink>,
    pub embed: Option<Embed>,
    pub theme: Option<Theme>,
    /// The page's language (`lang=es`); `None`: the browser's preferred one, else English.
    pub lang: Option<crate::i18n::Lang>,
    /// Presentation mode: large type, high contrast, secondary panels hidden.
    pub present: bool,
    /// A lesson to open (docs/lessons.md).
    pub lesson: Option<LessonLink>,
    /// A built-in recording to show beside the model (`keys::RECORDING`).
    pub recording: Option<&'static str>,
    /// Keys that were dropped, in the order the link gave them.
    pub ignored: Vec<Ignored>,
}

/// The lesson a link names: which, at which step (from 0), and an embed's range.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonLink {
    pub name: LessonName,
    pub step: usize,
    /// `steps=3-5`, from 0 and inclusive.
    pub range: Option<(usize, usize)>,
    /// `handout=1`: print the lesson's handout once it opens.
    pub handout: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LessonName {
    BuiltIn(&'static str),
    /// The text after `lesson=~`: a lesson packed into the link (raw DEFLATE, base64url).
    Packed(String),
}

impl Default for Link {
    fn default() -> Self {
        parse("")
    }
}

/// The state a shareable link captures.
#[derive(Clone, Copy, Debug)]
pub struct Share<'a> {
    pub params: &'a Params,
    pub preset: Option<&'a str>,
    /// Playhead, seconds; 0 is left out.
    pub t_s: f64,
    /// Playback speed when it is not the run's default.
    pub speed: Option<f64>,
    pub compare: bool,
    /// The compare view's rows when not every type (written with `view=compare` only).
    pub compare_by: Option<&'a CompareBy>,
    /// The exercises view at this problem.
    pub exercises: Option<&'a crate::links::exercise::ExercisePos>,
    /// The built-in recording shown beside the model.
    pub recording: Option<&'a str>,
    /// The evacuation view's VMs, K and order (written with `view=evacuate`).
    pub evacuate: Option<&'a EvacuateLink>,
    /// The language chosen (a link's `lang=` or the menu); `None` when the page follows
    /// the browser's, so each reader of the link gets their own.
    pub lang: Option<crate::i18n::Lang>,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
impl<'a> Share<'a> {
    /// A link to `params` alone: the tests name what else it carries by struct update.
    pub(crate) fn of(params: &'a Params) -> Self {
        Share {
            params,
            preset: None,
            t_s: 0.0,
            speed: None,
            compare: false,
            compare_by: None,
            exercises: None,
            recording: None,
            evacuate: None,
            lang: None,
        }
    }
}

/// What an embed opened by `link` leaves out although the link is valid: it shows the
/// animated view with the model's picture only, so `view=compare`, `view=exercises` and
/// `rec=` are named (after [`Link::ignored`], on the embed's notice and in the Embed
/// dialog's preview). Empty when the link is not an embed's.
pub fn embed_drops(link: &Link) -> Vec<Ignored> {
    if link.embed.is_none() {
        return Vec::new();
    }
    let drop = |key: &str, value: &str, why: &str| Ignored {
        key: key.into(),
        value: value.into(),
        why: why.into(),
    };
    let mut out = Vec::new();
    if link.compare {
        out.push(drop(
            keys::VIEW,
            "compare",
            "an embed shows the animated view only",
        ));
    }
    if link.exercises.is_some() {
        out.push(drop(
            keys::VIEW,
            "exercises",
            "an embed shows the animated view only",
        ));
    }
    if link.evacuate.is_some() {
        out.push(drop(
            keys::VIEW,
            "evacuate",
            "an embed shows the animated view only",
        ));
    }
    if let Some(id) = link.recording {
        out.push(drop(
            keys::RECORDING,
            id,
            "an embed shows the model's picture, not a recording",
        ));
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::keys::*;
    use super::parse::{decode, quote, QUOTE_MAX};
    use super::*;
    use migration_model::params::{Change, ChangeKind, Fault, FaultKind, Hold, GIB, MIB};
    use migration_model::presets;
    use migration_model::spec::{CHANGE_KEY, FAULT_KEY, HOLD_KEY, PARAMS};
    use migration_model::{
        units, DirtyModel, HoldReason, MigrationType, StopPolicy, SuspendTransfer,
    };
    use proptest::prelude::*;

    #[test]
    fn the_default_link_reads_like_the_issue_says() {
        let p = Params::default();
        let q = query(&Share {
            t_s: 12.5,
            ..Share::of(&p)
        });
        assert_eq!(q, "type=live&bw=1Gbit/s&dirty=100MB/s&t=12.5");
        let l = parse(&format!("?{q}"));
        assert_eq!(l.params, p);
        assert_eq!(l.t_s, Some(12.5));
        assert!(l.ignored.is_empty());
        // Speed only when it is not the run's default.
        let q = query(&Share {
            speed: Some(0.125),
            ..Share::of(&p)
        });
        assert_eq!(parse(&q).speed, Some(0.125), "{q}");
        assert!(!parse("speed=0").ignored.is_empty());
    }

    #[test]
    fn a_built_in_recording_is_named_and_an_unknown_one_is_dropped() {
        let p = Params::default();
        let q = query(&Share {
            recording: Some("moderate"),
            ..Share::of(&p)
        });
        assert!(q.contains("rec=moderate"), "{q}");
        let l = parse(&q);
        assert_eq!(l.recording, Some("moderate"));
        assert!(l.ignored.is_empty());
        // A file's recording has no built-in name: nothing is written.
        let q = query(&Share {
            recording: Some("my-run.jsonl"),
            ..Share::of(&p)
        });
        assert!(!q.contains("rec="), "{q}");
        let l = parse("rec=nope&bw=10Gbit/s");
        assert_eq!(l.recording, None);
        assert_eq!(l.ignored.len(), 1);
        assert!(l.ignored[0].why.contains("moderate"), "{:?}", l.ignored);
        assert_eq!(
            l.params.bandwidth_bytes_per_s, 1.25e9,
            "the other keys stay"
        );
    }

    #[test]
    fn the_exercise_and_lesson_keys_are_read_beside_the_parameters() {
        use crate::links::exercise::ExercisePos;
        use migration_model::exercise::Topic;
        let p = Params::default();
        let pos = ExercisePos {
            set: 7,
            q: 3,
            level: 3,
            topics: vec![
                Topic::Type(MigrationType::Live),
                Topic::Type(MigrationType::PostCopy),
            ],
        };
        let q = query(&Share {
            exercises: Some(&pos),
            ..Share::of(&p)
        });
        assert!(
            q.ends_with("view=exercises&set=7&q=3&level=3&topics=live,postcopy"),
            "{q}"
        );
        let l = parse(&q);
        assert_eq!((l.exercises, l.compare), (Some(pos), false), "{q}");
        assert!(l.ignored.is_empty(), "{q}");
        // Without the view the exercise keys choose nothing.
        assert_eq!(parse("set=7&q=3").exercises, None);
        let bad = parse("view=exercises&q=99");
        assert_eq!(bad.exercises, Some(ExercisePos::default()));
        assert_eq!(bad.ignored[0].key, Q);

        let name = crate::features::lesson::BUILT_IN[0];
        let l = parse(&format!("bw=1Gbit/s&lesson={name}&steps=3-5"));
        let lesson = l.lesson.expect("a lesson");
        assert_eq!(lesson.name, LessonName::BuiltIn(name));
        assert_eq!((lesson.step, lesson.range), (2, Some((2, 4))));
        assert_eq!(
            parse(&format!("lesson={name}&step=4")).lesson.unwrap().step,
            3
        );
        assert_eq!(
            parse("lesson=~abc").lesson.unwrap().name,
            LessonName::Packed("abc".into())
        );
        assert!(
            parse(&format!("lesson={name}&handout=1"))
                .lesson
                .unwrap()
                .handout
        );
        assert!(!parse(&format!("lesson={name}")).lesson.unwrap().handout);
        let bad = parse("lesson=nope&step=0&steps=5-3&handout=1");
        assert_eq!(bad.lesson, None);
        let keys: Vec<&str> = bad.ignored.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, [LESSON, STEP, STEPS, HANDOUT]);
        assert_eq!(parse("handout=yes").ignored[0].key, HANDOUT);
    }

    #[test]
    fn every_parameter_and_the_lists_round_trip() {
        let p = Params {
            migration_type: MigrationType::Suspended,
            policy: StopPolicy::Xen5,
            memory_bytes: 16 * GIB,
            zero_page_share: 0.25,
            page_size_bytes: 2 * MIB,
            bandwidth_bytes_per_s: 1.25e9,
            max_bandwidth_bytes_per_s: Some(128.0 * MIB as f64),
            dirty_rate_bytes_per_s: 25_000.0 * 4096.0,
            dirty_model: DirtyModel::Uniform,
            working_set_bytes: Some(512 * MIB),
            hot_set_share: 0.1,
            hot_write_share: 0.9,
            downtime_limit_s: 0.05,
            device_state_bytes: 16 * MIB,
            resume_time_s: 0.02,
            disk_bytes: 100 * GIB,
            shared_storage: false,
            storage_write_bytes_per_s: 2e9,
            storage_read_bytes_per_s: 3e9,
            shutdown_time_s: 15.0,
            boot_time_s: 90.0,
            rtt_s: 0.002,
            time_limit_s: 7200.0,
            auto_converge: true,
            xbzrle_cache_bytes: Some(64 * MIB),
            xbzrle_page_bytes: 600.0,
            writer_cpu_share: 0.05,
            suspend_after_s: Some(60.0),
            suspend_transfer: SuspendTransfer::Stream,
            hybrid_precopy_rounds: 3,
            holds: vec![Hold {
                start_after_suspend_s: 5.0,
                duration_s: 7200.0,
                reason: HoldReason::ComplianceReview,
            }],
            faults: vec![
                Fault {
                    at_s: 12.0,
                    kind: FaultKind::LinkFailure,
                },
                Fault {
                    at_s: 10.0,
                    kind: FaultKind::BandwidthDrop {
                        to_bytes_per_s: 12.5e6,
                        duration_s: 5.0,
                    },
                },
            ],
            changes: vec![
                Change {
                    at_s: 40.0,
                    kind: ChangeKind::Bandwidth {
                        bytes_per_s: 12.5e6,
                    },
                },
                Change {
                    at_s: 50.0,
                    kind: ChangeKind::DirtyRate { bytes_per_s: 200e6 },
                },
            ],
            seed: 42,
            link_shares: Vec::new(),
        };
        assert!(p.validate().is_ok());
        let q = query(&Share::of(&p));
        let l = parse(&q);
        assert_eq!(l.ignored, vec![], "{q}");
        assert_eq!(l.params, p, "{q}");
        assert_eq!(tidy(&p), p, "already link-exact");
        assert!(q.contains("maxbw=128MiB/s"), "{q}");
        assert!(q.contains("hold=compliance@5s:2h"), "{q}");
        assert!(q.contains("fault=bandwidth-drop@10s:100Mbit/s:5s"), "{q}");
    }

    #[test]
    fn a_preset_is_the_base_and_only_changes_are_written() {
        let preset = presets::all()[0];
        let mut p = preset.params();
        p.seed = 7;
        let q = query(&Share {
            preset: Some(preset.id),
            ..Share::of(&p)
        });
        assert!(q.starts_with(&format!("preset={}&", preset.id)), "{q}");
        assert!(q.contains("seed=7"), "{q}");
        let l = parse(&q);
        assert_eq!(l.preset, Some(preset.id));
        assert_eq!(l.params, tidy(&p));
    }

    #[test]
    fn bad_values_fall_back_to_their_default_and_are_named() {
        let l = parse("?type=warm&bw=fast&dirty=50MB/s&mem=1KiB&bogus=1&t=-3");
        let d = Params::default();
        assert_eq!(l.params.migration_type, d.migration_type);
        assert_eq!(l.params.bandwidth_bytes_per_s, d.bandwidth_bytes_per_s);
        assert_eq!(l.params.memory_bytes, d.memory_bytes);
        assert_eq!(l.params.dirty_rate_bytes_per_s, 50e6, "valid keys are kept");
        assert_eq!(l.t_s, None);
        let keys: Vec<&str> = l.ignored.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["type", "bw", "bogus", "t", "mem"]);
        assert!(
            l.ignored[4].why.starts_with("out of range"),
            "{:?}",
            l.ignored[4]
        );
    }

    #[test]
    fn a_combination_out_of_range_drops_the_key_that_caused_it() {
        // A working set larger than memory: the working set goes.
        let l = parse("mem=1GiB&ws=2GiB");
        assert_eq!(l.params.memory_bytes, GIB);
        assert_eq!(l.params.working_set_bytes, None);
        assert_eq!(l.ignored.len(), 1);
        assert_eq!(l.ignored[0].key, "ws");
    }

    #[test]
    fn the_pseudo_locale_round_trips_but_is_not_offered() {
        use crate::i18n::Lang;
        let p = Params::default();
        let q = query(&Share {
            lang: Some(Lang::EnXa),
            ..Share::of(&p)
        });
        assert!(q.ends_with("&lang=en-XA"), "{q}");
        assert_eq!(parse(&q).lang, Some(Lang::EnXa));
        assert_eq!(parse("lang=en_xa").lang, Some(Lang::EnXa));
        // A wrong tag's notice names the real languages only.
        let l = parse("lang=fr");
        assert!(!l.ignored[0].why.contains("en-XA"), "{}", l.ignored[0].why);
    }

    #[test]
    fn a_language_round_trips_and_an_unknown_one_is_named_with_the_known_tags() {
        use crate::i18n::Lang;
        let p = Params::default();
        for lang in Lang::ALL {
            let q = query(&Share {
                lang: Some(lang),
                ..Share::of(&p)
            });
            assert!(q.ends_with(&format!("&lang={}", lang.key())), "{q}");
            let l = parse(&q);
            assert_eq!(l.lang, Some(lang), "{q}");
            assert!(l.ignored.is_empty(), "{:?}", l.ignored);
            assert_eq!(l.params, p);
        }
        // Chosen English is written too: it overrides a reader's browser.
        assert_eq!(
            query(&Share {
                lang: Some(Lang::En),
                ..Share::of(&p)
            }),
            "type=live&bw=1Gbit/s&dirty=100MB/s&lang=en"
        );
        // Not chosen (the browser's): the link leaves it to each reader.
        assert!(!query(&Share::of(&p)).contains("lang="));
        // Tags read as `Lang::from_key` reads them.
        assert_eq!(parse("lang=zh-cn").lang, Some(Lang::ZhCn));
        assert_eq!(parse("lang=zh_CN").lang, Some(Lang::ZhCn));
        assert_eq!(parse("lang=ES").lang, Some(Lang::Es));
        let l = parse("type=cold&lang=fr");
        assert_eq!(l.lang, None);
        assert_eq!(
            l.params.migration_type,
            migration_model::MigrationType::Cold
        );
        assert_eq!(l.ignored.len(), 1);
        assert_eq!(
            (l.ignored[0].key.as_str(), l.ignored[0].value.as_str()),
            ("lang", "fr")
        );
        assert!(
            l.ignored[0].why.contains("en, es, zh-CN"),
            "{}",
            l.ignored[0].why
        );
        assert!(l.ignored[0].why.contains("English"), "{}", l.ignored[0].why);
        // An embed's link keeps the language, after the state's keys.
        let q = embed_query(
            &Share {
                lang: Some(Lang::Es),
                ..Share::of(&p)
            },
            &Embed {
                controls: vec!["bw"],
                autoplay: false,
            },
            None,
        );
        assert_eq!(
            q,
            "type=live&bw=1Gbit/s&dirty=100MB/s&lang=es&embed=1&controls=bw"
        );
        assert_eq!(parse(&q).lang, Some(Lang::Es));
    }

    #[test]
    fn embed_options_and_their_mistakes() {
        let l = parse("embed=1&controls=bw,dirty,warp,bw&autoplay=1&theme=dark");
        let e = l.embed.expect("embed");
        assert_eq!(e.controls, ["bw", "dirty"]);
        assert!(e.autoplay);
        assert_eq!(l.theme, Some(Theme::Dark));
        assert_eq!(l.ignored.len(), 1);
        assert_eq!(l.ignored[0].value, "warp");
        let p = Params::default();
        let q = embed_query(
            &Share::of(&p),
            &Embed {
                controls: vec!["bw"],
                autoplay: true,
            },
            None,
        );
        assert_eq!(
            q,
            "type=live&bw=1Gbit/s&dirty=100MB/s&embed=1&controls=bw&autoplay=1"
        );
    }

    #[test]
    fn an_embed_names_the_views_and_recording_it_leaves_out() {
        let l = parse("view=compare&rec=moderate&bw=warp&embed=1");
        let keys: Vec<String> = embed_drops(&l).iter().map(ToString::to_string).collect();
        assert_eq!(keys.len(), 2, "{keys:?}");
        assert!(keys[0].starts_with("view=compare: "), "{keys:?}");
        assert!(keys[1].starts_with("rec=moderate: "), "{keys:?}");
        assert_eq!(
            l.ignored[0].key, "bw",
            "the link's own mistakes stay in `ignored`"
        );
        let l = parse("view=exercises&set=3&embed=1");
        assert_eq!(embed_drops(&l)[0].value, "exercises");
        // Not an embed, or an embed of the animated view: nothing left out.
        assert!(embed_drops(&parse("view=compare&rec=moderate")).is_empty());
        assert!(embed_drops(&parse("type=cold&embed=1&controls=bw")).is_empty());
    }

    #[test]
    fn decoding_is_forgiving() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%E2%9C%93"), "✓");
        assert_eq!(decode("%FF"), "\u{fffd}");
        assert_eq!(decode("a%2Bb"), "a+b");

        let l = parse("bw=1Gbit%2Fs&dirty");
        assert_eq!(l.params.bandwidth_bytes_per_s, 125e6);
        assert_eq!(l.ignored[0].key, "dirty");
        let long = "x".repeat(500);
        assert_eq!(
            parse(&format!("bw={long}")).ignored[0]
                .value
                .chars()
                .count(),
            QUOTE_MAX
        );
    }

    // --- Properties ---------------------------------------------------------------------

    /// A number with four significant digits, as a slider's value becomes after `tidy`.
    fn nice(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
        (lo.log10()..hi.log10(), 1000u32..10000).prop_map(|(e, m)| {
            let e = e.floor() as i32 - 3;
            format!("{m}e{e}").parse::<f64>().expect("a number")
        })
    }

    fn any_params() -> impl Strategy<Value = Params> {
        (
            (
                prop::sample::select(MigrationType::ALL.to_vec()),
                prop::sample::select(StopPolicy::ALL.to_vec()),
                (16u64..=4096).prop_map(|m| m * 64 * MIB),
                nice(1.25e6, 1.25e10),
                nice(1e6, 1e10),
                prop::option::of(1u64..=100),
                (0u32..=100).prop_map(|v| f64::from(v) / 100.0),
            ),
            (
                nice(0.001, 10.0),
                nice(1e7, 1e10),
                any::<bool>(),
                any::<bool>(),
                1u32..=10,
                any::<u64>(),
                prop::option::of((0u32..600, 1u32..4)),
            ),
        )
            .prop_map(|((ty, policy, mem, bw, dirty, ws, hot), rest)| {
                let (downtime, storage, shared, ac, hybrid, seed, fault) = rest;
                Params {
                    migration_type: ty,
                    policy,
                    memory_bytes: mem,
                    bandwidth_bytes_per_s: bw,
                    dirty_rate_bytes_per_s: dirty,
                    working_set_bytes: ws.map(|pct| mem / 100 * pct),
                    hot_set_share: hot,
                    downtime_limit_s: downtime,
                    storage_write_bytes_per_s: storage,
                    storage_read_bytes_per_s: storage,
                    shared_storage: shared,
                    auto_converge: ac,
                    hybrid_precopy_rounds: hybrid,
                    seed,
                    faults: fault
                        .map(|(at, k)| Fault {
                            at_s: f64::from(at) / 10.0,
                            kind: match k {
                                1 => FaultKind::LinkFailure,
                                2 => FaultKind::SourceHostFailure,
                                _ => FaultKind::LatencySpike {
                                    extra_rtt_s: 0.2,
                                    duration_s: 30.0,
                                },
                            },
                        })
                        .into_iter()
                        .collect(),
                    ..Params::default()
                }
            })
    }

    /// Slider-like values anywhere in range: not yet rounded.
    fn raw_params() -> impl Strategy<Value = Params> {
        (1.25e6f64..1.25e10, 0f64..1e10, 0.001f64..10.0, 0f64..1.0).prop_map(
            |(bw, dirty, dt, hot)| Params {
                bandwidth_bytes_per_s: bw,
                dirty_rate_bytes_per_s: dirty,
                downtime_limit_s: dt,
                hot_set_share: hot,
                ..Params::default()
            },
        )
    }

    /// A valid link, then one of the edits a hand, a mail program or a chat app makes.
    fn mutated_link() -> impl Strategy<Value = String> {
        (
            any_params(),
            any::<prop::sample::Index>(),
            prop_oneof![
                Just(String::new()),
                "[%&=+#?;,/@:. a-zA-Z0-9-]{0,8}",
                Just("%".to_string()),
                Just("&&".to_string()),
                Just("=".to_string()),
                Just("NaN".to_string()),
                Just("1e999".to_string()),
                Just("-1".to_string()),
                Just("%FF%FE".to_string()),
                Just("<b>x</b>".to_string()),
            ],
            0usize..4,
        )
            .prop_map(|(p, at, junk, how)| {
                let q = query(&Share::of(&p));
                let chars: Vec<char> = q.chars().collect();
                let i = at.index(chars.len() + 1);
                let (a, b) = (
                    chars[..i].iter().collect::<String>(),
                    chars[i..].iter().collect::<String>(),
                );
                match how {
                    0 => format!("{a}{junk}{b}"),
                    1 => format!(
                        "{a}{junk}{}",
                        b.chars().skip(junk.len()).collect::<String>()
                    ),
                    2 => format!("{a}{b}&{a}"),
                    _ => a,
                }
            })
    }

    fn check_usable(l: &Link) {
        assert!(l.params.validate().is_ok(), "{:?}", l.params.validate());
        if let Some(t) = l.t_s {
            assert!(t.is_finite() && t >= 0.0);
        }
        for i in &l.ignored {
            assert!(i.value.chars().count() <= QUOTE_MAX && i.key.chars().count() <= QUOTE_MAX);
        }
    }

    proptest! {
        #[test]
        fn any_string_gives_a_usable_link(q in ".{0,200}") {
            check_usable(&parse(&q));
        }

        #[test]
        fn any_key_value_soup_gives_a_usable_link(
            kv in prop::collection::vec(
                (prop::sample::select(
                    PARAMS.iter().map(|k| k.key).chain([HOLD_KEY, FAULT_KEY, CHANGE_KEY, PRESET, TIME, SPEED, VIEW, EMBED, CONTROLS, AUTOPLAY, THEME, PRESENT, RECORDING, LANG, "x"]).collect::<Vec<_>>()),
                 "[-0-9a-zA-Z.@:/%, ]{0,16}"),
                0..12)
        ) {
            let q = kv.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
            check_usable(&parse(&q));
        }

        #[test]
        fn near_valid_links_keep_what_they_can_and_name_the_rest(q in mutated_link()) {
            let l = parse(&q);
            check_usable(&l);
            // Every key the link gave (the last of each) is either used or named as ignored.
            let mut last = std::collections::BTreeMap::new();
            for (k, v) in pairs(&q) {
                last.insert(k, v);
            }
            for (k, v) in last {
                if l.ignored.iter().any(|i| i.key == quote(&k)) { continue; }
                if let Some(key) = migration_model::spec::of_key(&k) {
                    let mut want = l.params.clone();
                    prop_assert!((key.read)(&mut want, &v).is_ok(), "{k}={v} neither used nor named");
                    prop_assert_eq!((key.write)(&want), (key.write)(&l.params), "{}={} not applied", k, v);
                }
            }
        }

        #[test]
        fn link_exact_parameters_round_trip(p in any_params(), t in 0f64..1e4) {
            prop_assume!(p.validate().is_ok());
            let p = tidy(&p);
            let q = query(&Share { t_s: t, ..Share::of(&p) });
            let l = parse(&q);
            prop_assert_eq!(&l.ignored, &vec![], "{}", q);
            prop_assert_eq!(&l.params, &p, "{}", q);
            prop_assert_eq!(l.t_s, (t > 0.0).then_some(t));
        }

        #[test]
        fn tidy_is_close_and_stable(p in raw_params()) {
            let t = tidy(&p);
            prop_assert_eq!(tidy(&t), t.clone());
            prop_assert_eq!(parse(&query(&Share::of(&t))).params, t.clone());
            for (a, b) in [
                (p.bandwidth_bytes_per_s, t.bandwidth_bytes_per_s),
                (p.dirty_rate_bytes_per_s, t.dirty_rate_bytes_per_s),
                (p.downtime_limit_s, t.downtime_limit_s),
            ] {
                prop_assert!((a - b).abs() <= 5e-4 * a.abs(), "{} vs {}", a, b);
            }
            prop_assert!((p.hot_set_share - t.hot_set_share).abs() <= 5e-4 * p.hot_set_share + 1e-12);
        }

        /// The scenario parsers the links use, on their own: no input panics them.
        #[test]
        fn unit_parsers_never_panic(s in ".{0,40}", near in "[-0-9.eE+ ]{0,8}(k|M|G|T|Ki|Mi|Gi|b|B|bit|bits|pages|ms|s|min|h|us|%)?(/s|ps)?") {
            for v in [s.as_str(), near.as_str()] {
                let _ = units::size(v);
                let _ = units::rate(v);
                let _ = units::optional_rate(v);
                let _ = units::dirty_rate(v);
                let _ = units::duration(v);
                let _ = units::optional_duration(v);
                let _ = units::optional_size(v);
                let _ = units::share(v);
                let _ = units::boolean(v);
                let _ = units::whole::<u64>(v);
                let _ = units::fault(v);
                let _ = units::hold(v);
                let _ = units::fault(&format!("bandwidth-drop@{v}:{v}:{v}"));
                let _ = units::hold(&format!("compliance@{v}:{v}"));
            }
        }

        /// What a link gives, the model runs.
        #[test]
        fn parsed_links_simulate(q in mutated_link()) {
            let l = parse(&q);
            prop_assert!(migration_model::simulate(&l.params).is_ok());
        }
    }
}
