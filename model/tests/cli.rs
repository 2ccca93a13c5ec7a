//! `migsim` as a user runs it: units in, exit codes and one-line errors, JSON field names,
//! and the textbook worked example of `docs/model.md`.

use serde_json::Value;
use std::process::{Command, Output};

fn migsim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_migsim"))
        .args(args)
        .output()
        .expect("migsim runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(args: &[&str]) -> Value {
    let out = migsim(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// The parameters the flags resolve to.
fn params(args: &[&str]) -> Value {
    let mut all = vec!["--format", "params"];
    all.extend_from_slice(args);
    json(&all)
}

/// A bad value: exit 2, one line on stderr naming the flag, the accepted form and the value.
fn rejects(args: &[&str], wants: &[&str]) {
    let out = migsim(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}: nothing on stdout");
    let err = stderr(&out);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "{args:?}: one line, got {err:?}"
    );
    assert!(err.starts_with("error: "), "{err}");
    for w in wants {
        assert!(err.contains(w), "{args:?}: {err:?} lacks {w:?}");
    }
}

#[test]
fn defaults_are_the_lecture_vm() {
    let p = params(&[]);
    let want = serde_json::to_value(migration_model::Params::default()).expect("serialises");
    assert_eq!(p, want);
}

#[test]
fn units_are_parsed() {
    let p = params(&[
        "--type",
        "hybrid",
        "--policy",
        "xen5",
        "--memory",
        "8GiB",
        "--bandwidth",
        "10Gbps",
        "--max-bandwidth",
        "128MiB/s",
        "--dirty-rate",
        "25000pages/s",
        "--dirty-model",
        "uniform",
        "--working-set",
        "128MiB",
        "--hot-set",
        "10%",
        "--hot-share",
        "0.9",
        "--zero-pages",
        "25%",
        "--page-size",
        "2MiB",
        "--downtime-limit",
        "300ms",
        "--device-state",
        "0",
        "--resume-time",
        "50ms",
        "--disk",
        "20GiB",
        "--shared-storage",
        "false",
        "--storage-write",
        "500MB/s",
        "--storage-read",
        "1GB/s",
        "--shutdown-time",
        "20s",
        "--boot-time",
        "1min",
        "--rtt",
        "0.5ms",
        "--auto-converge",
        "--suspend-after",
        "60s",
        "--hybrid-rounds",
        "3",
        "--seed",
        "42",
        "--time-limit",
        "2h",
    ]);
    let f = |k: &str| p[k].as_f64().unwrap_or_else(|| panic!("{k} is a number"));
    assert_eq!(p["migration_type"], "hybrid");
    assert_eq!(p["policy"], "xen5");
    assert_eq!(f("memory_bytes"), 8.0 * 1024.0 * 1024.0 * 1024.0);
    assert_eq!(f("bandwidth_bytes_per_s"), 1.25e9);
    assert_eq!(f("max_bandwidth_bytes_per_s"), 128.0 * 1024.0 * 1024.0);
    assert_eq!(f("dirty_rate_bytes_per_s"), 25000.0 * 4096.0);
    assert_eq!(p["dirty_model"], "uniform");
    assert_eq!(f("working_set_bytes"), 128.0 * 1024.0 * 1024.0);
    assert_eq!(f("hot_set_share"), 0.1);
    assert_eq!(f("hot_write_share"), 0.9);
    assert_eq!(f("zero_page_share"), 0.25);
    assert_eq!(f("page_size_bytes"), 2.0 * 1024.0 * 1024.0);
    assert_eq!(f("downtime_limit_s"), 0.3);
    assert_eq!(f("device_state_bytes"), 0.0);
    assert_eq!(f("resume_time_s"), 0.05);
    assert_eq!(f("disk_bytes"), 20.0 * 1024.0 * 1024.0 * 1024.0);
    assert_eq!(p["shared_storage"], false);
    assert_eq!(f("storage_write_bytes_per_s"), 500e6);
    assert_eq!(f("storage_read_bytes_per_s"), 1e9);
    assert_eq!(f("shutdown_time_s"), 20.0);
    assert_eq!(f("boot_time_s"), 60.0);
    assert_eq!(f("rtt_s"), 0.0005);
    assert_eq!(p["auto_converge"], true);
    assert_eq!(f("suspend_after_s"), 60.0);
    assert_eq!(f("hybrid_precopy_rounds"), 3.0);
    assert_eq!(f("seed"), 42.0);
    assert_eq!(f("time_limit_s"), 7200.0);
}

#[test]
fn bit_and_byte_rates() {
    for (given, bytes_per_s) in [
        ("1Gbit/s", 125e6),
        ("125MB/s", 125e6),
        ("10Gbps", 1.25e9),
        ("940Mbit/s", 117.5e6),
        ("128MiB/s", 134_217_728.0),
    ] {
        let p = params(&["--bandwidth", given]);
        assert_eq!(p["bandwidth_bytes_per_s"], bytes_per_s, "{given}");
    }
}

#[test]
fn faults_and_holds_repeat() {
    let p = params(&[
        "--fault",
        "link-failure@12s",
        "--fault",
        "bandwidth-drop@10s:100Mbit/s:5s",
        "--fault",
        "latency-spike@10s:200ms:30s",
        "--fault",
        "source-failure@3s",
        "--fault",
        "destination-failure@3s",
        "--hold",
        "compliance@5s:2h",
        "--hold",
        "technical@0s:10min",
    ]);
    let faults = p["faults"].as_array().expect("faults");
    assert_eq!(faults.len(), 5);
    assert_eq!(faults[0]["kind"], "link_failure");
    assert_eq!(faults[0]["at_s"], 12.0);
    assert_eq!(faults[1]["kind"], "bandwidth_drop");
    assert_eq!(faults[1]["to_bytes_per_s"], 12.5e6);
    assert_eq!(faults[1]["duration_s"], 5.0);
    assert_eq!(faults[2]["extra_rtt_s"], 0.2);
    assert_eq!(faults[3]["kind"], "source_host_failure");
    assert_eq!(faults[4]["kind"], "destination_host_failure");
    let holds = p["holds"].as_array().expect("holds");
    assert_eq!(holds[0]["reason"], "compliance_review");
    assert_eq!(holds[0]["start_after_suspend_s"], 5.0);
    assert_eq!(holds[0]["duration_s"], 7200.0);
    assert_eq!(holds[1]["reason"], "technical_issue");
}

#[test]
fn changes_repeat_and_bad_ones_are_named() {
    let p = params(&[
        "--change",
        "bw:100Mbit/s@40s",
        "--change",
        "dirty:50000pages/s@1min",
    ]);
    let changes = p["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0]["param"], "bandwidth");
    assert_eq!(changes[0]["bytes_per_s"], 12.5e6);
    assert_eq!(changes[0]["at_s"], 40.0);
    assert_eq!(changes[1]["param"], "dirty_rate");
    assert_eq!(changes[1]["bytes_per_s"], 50_000.0 * 4096.0);
    assert_eq!(changes[1]["at_s"], 60.0);
    // A run with a change that drops the link under the write rate does not converge.
    let run = json(&["--change", "bw:100Mbit/s@40s", "--format", "json"]);
    assert_eq!(run["metrics"]["outcome"], "not_converged");
    rejects(&["--change", "bw:fast@40s"], &["--change", "bw 'fast'"]);
    rejects(
        &["--change", "mem:1GiB@4s"],
        &["--change", "'mem' cannot change"],
    );
    rejects(
        &["--change", "bw:1kbit/s@4s"],
        &["--change", "changes.bw", "accepted"],
    );
}

#[test]
fn bad_values_exit_2_with_one_clear_line() {
    rejects(
        &["--bandwidth", "fast"],
        &["--bandwidth", "1Gbit/s", "125MB/s", "'fast'"],
    );
    rejects(&["--memory", "lots"], &["--memory", "4GiB", "'lots'"]);
    rejects(&["--dirty-rate", "quick"], &["--dirty-rate", "pages/s"]);
    rejects(&["--downtime-limit", "300"], &["--downtime-limit", "300ms"]);
    rejects(&["--hot-set", "10"], &["--hot-set", "25%"]);
    rejects(
        &["--type", "warm"],
        &["--type", "cold", "postcopy", "'warm'"],
    );
    rejects(&["--policy", "kvm"], &["--policy", "xen5", "vmotion"]);
    rejects(
        &["--shared-storage", "maybe"],
        &["--shared-storage", "true"],
    );
    rejects(&["--seed", "x"], &["--seed", "whole number"]);
    rejects(&["--fault", "meteor@1s"], &["--fault", "link-failure@12s"]);
    rejects(&["--hold", "lunch@1s:1h"], &["--hold", "compliance@5s:2h"]);
    rejects(
        &["--format", "xml"],
        &["--format", "table, json, params", "'xml'"],
    );
    rejects(&["--memry", "4GiB"], &["--memry", "--memory"]);
    rejects(&["--memory"], &["--memory"]);
    rejects(&["stray"], &["stray"]);
}

#[test]
fn out_of_range_values_exit_2_naming_the_flag() {
    rejects(&["--bandwidth", "2Tbit/s"], &["--bandwidth", "accepted"]);
    rejects(&["--memory", "1MiB"], &["--memory", "accepted"]);
    rejects(
        &["--memory", "1GiB", "--working-set", "2GiB"],
        &["--working-set", "at most memory"],
    );
    rejects(&["--hybrid-rounds", "0"], &["--hybrid-rounds"]);
    rejects(&["--page-size", "3KiB"], &["--page-size"]);
}

#[test]
fn writer_share_and_paused_migrations() {
    let p = params(&[
        "--writer-cpu-share",
        "5%",
        "--type",
        "suspended",
        "--suspend-transfer",
        "stream",
        "--suspend-after",
        "0s",
    ]);
    assert_eq!(p["writer_cpu_share"], 0.05);
    assert_eq!(p["suspend_transfer"], "stream");
    assert_eq!(p["suspend_after_s"], 0.0);
    assert_eq!(
        params(&["--suspend-transfer", "FILE"])["suspend_transfer"],
        "file"
    );
    rejects(
        &["--writer-cpu-share", "0"],
        &[
            "--writer-cpu-share",
            "more than 0, at most 1",
            "writer_cpu_share",
        ],
    );
    rejects(
        &["--writer-cpu-share", "150%"],
        &["--writer-cpu-share", "25%"],
    );
    rejects(
        &["--suspend-transfer", "ftp"],
        &["--suspend-transfer", "file, stream", "'ftp'"],
    );
    rejects(
        &["--suspend-after", "20000000s"],
        &["--suspend-after", "accepted"],
    );
    // libvirt's migrate without --live: the VM is down for the whole migration.
    let m = &json(&["--suspend-after", "0s", "--format", "json"])["metrics"];
    assert_eq!(m["outcome"], "completed");
    assert_eq!(m["downtime_s"], m["total_time_s"]);
}

#[test]
fn help_exits_0() {
    let out = migsim(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--dirty-rate"));
    assert!(
        help.contains("[default: 4GiB]"),
        "defaults shown, as the flag takes them"
    );
}

#[test]
fn json_has_the_documented_fields() {
    let v = json(&["--format", "json"]);
    for k in [
        "total_time_s",
        "downtime_s",
        "bytes_sent",
        "precopy_rounds",
        "converged",
        "outcome",
    ] {
        assert!(!v["metrics"][k].is_null(), "metrics.{k}");
    }
    let rounds = v["rounds"].as_array().expect("rounds[]");
    assert!(!rounds.is_empty());
    for k in [
        "start_s",
        "duration_s",
        "bytes_sent",
        "dirty_bytes_at_end",
        "final",
    ] {
        assert!(rounds.iter().all(|r| !r[k].is_null()), "rounds[].{k}");
    }
    assert_eq!(rounds.last().expect("a round")["final"], true);
    assert!(v["phases"].is_array());
    assert!(v["events"].is_array());
    assert_eq!(v["params"]["memory_bytes"], 4u64 << 30);
}

/// The textbook worked example (`docs/model.md`, "Stop policies"): 4 GiB, 1 Gbit/s,
/// 100 MB/s, 300 ms, a free switchover: n = 22, downtime 0.254 s, 21.35 GB, 170.8 s.
const WORKED_EXAMPLE: [&str; 14] = [
    "--policy",
    "textbook",
    "--resume-time",
    "0ms",
    "--device-state",
    "0",
    "--memory",
    "4GiB",
    "--bandwidth",
    "1Gbit/s",
    "--dirty-rate",
    "100MB/s",
    "--downtime-limit",
    "300ms",
];

#[test]
fn worked_example_in_json() {
    let mut args = WORKED_EXAMPLE.to_vec();
    args.extend(["--format", "json"]);
    let m = &json(&args)["metrics"];
    assert_eq!(m["precopy_rounds"], 22);
    assert_eq!(m["converged"], true);
    assert_eq!(m["outcome"], "completed");
    let close = |k: &str, want: f64, tol: f64| {
        let got = m[k].as_f64().expect("a number");
        assert!((got - want).abs() <= tol, "{k}: {got} vs {want}");
    };
    close("downtime_s", 0.254, 0.0005);
    close("bytes_sent", 21.35e9, 0.005e9);
    close("total_time_s", 170.8, 0.05);
}

#[test]
fn worked_example_as_a_table() {
    let out = migsim(&WORKED_EXAMPLE);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8_lossy(&out.stdout);
    for want in [
        "λ = 0.80",
        "21.35 GB (4.97× memory)",
        "254 ms",
        "170.8 s",
        "34.36 s",
        "pre-copy rounds  22",
        " final ",
    ] {
        assert!(table.contains(want), "table lacks {want:?}:\n{table}");
    }
}

/// `migsim exercise --seed 3 --count 100 | head -1`: the reader closes the pipe after one
/// line; migsim stops quietly with success instead of panicking (issue 23).
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    for args in [
        &["exercise", "--seed", "3", "--count", "100"][..],
        &["--format", "json", "--dirty-rate", "124MB/s"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_migsim"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("migsim starts");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut first)
            .expect("one line");
        // The reader is dropped here: the pipe is closed with output still to come.
        let out = child.wait_with_output().expect("migsim ends");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!first.is_empty(), "{args:?}: no first line");
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// `migsim evacuate` (issue 27): each VM's figures are exactly `migsim` alone for that VM,
/// shifted by its start, when K = 1; the two writers converge only one at a time.
#[test]
fn evacuate_one_at_a_time_is_each_vm_alone_back_to_back() {
    let specs = [
        "mem=4GiB,dirty=100MB/s,name=db",
        "mem=1GiB,dirty=20MB/s,ws=256MiB,name=web",
    ];
    let e = json(&[
        "evacuate",
        "--vm",
        specs[0],
        "--vm",
        specs[1],
        "--bandwidth",
        "1Gbit/s",
        "--format",
        "json",
    ]);
    let alone = [
        json(&[
            "--memory",
            "4GiB",
            "--dirty-rate",
            "100MB/s",
            "--bandwidth",
            "1Gbit/s",
            "--format",
            "json",
        ]),
        json(&[
            "--memory",
            "1GiB",
            "--dirty-rate",
            "20MB/s",
            "--working-set",
            "256MiB",
            "--bandwidth",
            "1Gbit/s",
            "--format",
            "json",
        ]),
    ];
    let vms = e["vms"].as_array().unwrap();
    let mut start = 0.0;
    for (vm, single) in vms.iter().zip(&alone) {
        let m = &single["metrics"];
        assert_eq!(vm["start_s"].as_f64().unwrap(), start);
        for (k, mk) in [
            ("total_time_s", "total_time_s"),
            ("downtime_s", "downtime_s"),
            ("bytes_sent", "bytes_sent"),
            ("rounds", "precopy_rounds"),
            ("converged", "converged"),
            ("outcome", "outcome"),
        ] {
            assert_eq!(vm[k], m[mk], "{} {k}", vm["name"]);
        }
        start += m["total_time_s"].as_f64().unwrap();
        assert_eq!(vm["end_s"].as_f64().unwrap(), start);
    }
    assert_eq!(e["evacuation_time_s"].as_f64().unwrap(), start);
    assert_eq!(vms[0]["name"], "db");
    let both = json(&[
        "evacuate",
        "--vm",
        "mem=4GiB,dirty=100MB/s",
        "--vm",
        "mem=4GiB,dirty=100MB/s",
        "--bandwidth",
        "1Gbit/s",
        "--concurrency",
        "2",
        "--format",
        "json",
    ]);
    for vm in both["vms"].as_array().unwrap() {
        assert_eq!(vm["converged"], false);
        assert_eq!(vm["outcome"], "not_converged");
    }
}

#[test]
fn evacuate_names_a_bad_vm_in_one_line() {
    rejects(
        &["evacuate", "--vm", "colour=red"],
        &["--vm colour=red", "'colour'"],
    );
    rejects(
        &["evacuate", "--vm", "mem=lots"],
        &["--vm mem=lots", "mem=lots"],
    );
    rejects(
        &["evacuate", "--vm", "mem=1GiB", "--concurrency", "0"],
        &["--concurrency"],
    );
    rejects(&["evacuate"], &["--vm"]);
}

fn stdout(args: &[&str]) -> String {
    let out = migsim(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// `migsim lesson ID --format md`: every built-in lesson, a `# Title` line, one `## N.`
/// heading per step of the lesson and in its order, every placeholder filled, each
/// question's answer space, and the answers last.
#[test]
fn every_built_in_lesson_prints_as_markdown_with_every_number_filled() {
    use migration_model::lesson::{built_in, BUILT_IN};
    for id in BUILT_IN {
        let lesson = built_in(id).expect("built in");
        let md = stdout(&["lesson", id, "--format", "md"]);
        assert!(
            md.starts_with(&format!("# {}\n", lesson.title)),
            "{id}: {md}"
        );
        assert!(
            !md.contains('{') && !md.contains('}'),
            "{id}: a placeholder is left"
        );
        assert!(
            !md.contains('—') && !md.contains("NaN"),
            "{id}: a number is missing"
        );
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(headings.len(), lesson.steps.len() + 1, "{id}: {headings:?}");
        for (i, h) in headings[..lesson.steps.len()].iter().enumerate() {
            assert!(h.starts_with(&format!("## {}. ", i + 1)), "{id}: {h}");
        }
        assert_eq!(headings.last(), Some(&"## Answers"), "{id}");
        let asks = lesson.steps.iter().filter(|s| s.ask.is_some()).count();
        assert_eq!(md.matches("**Question.**").count(), asks, "{id}");
        let answers = md.split("## Answers").nth(1).expect("an answers section");
        assert_eq!(
            answers.lines().filter(|l| l.starts_with("- **")).count(),
            asks
        );
        // The answers are the model's: the same lesson printed as text agrees.
        let text = stdout(&["lesson", id, "--format", "text"]);
        assert!(text.starts_with(&format!("{}\n", lesson.title)), "{id}");
        assert!(text.contains("\nAnswers\n"), "{id}");
    }
    // Markdown is the default.
    assert_eq!(
        stdout(&["lesson", "precopy"]),
        stdout(&["lesson", "precopy", "--format", "md"])
    );
}

#[test]
fn a_lesson_question_has_room_to_answer_and_its_answer_at_the_end() {
    let md = stdout(&["lesson", "precopy"]);
    // Rounds: a blank; the threshold step's answer is the textbook run's 22 rounds.
    assert!(
        md.contains("Your answer: \\_\\_\\_\\_\\_\\_\\_\\_ rounds"),
        "{md}"
    );
    assert!(
        md.contains("- **5. Where it stops: the threshold**: 22. "),
        "{md}"
    );
    let md = stdout(&["lesson", "drama"]);
    // Yes/no and the five types are boxes to tick.
    assert!(md.contains("- [ ] yes\n- [ ] no\n"), "{md}");
    assert!(md.contains("- [ ] Cold\n"), "{md}");
}

/// `--lang` prints a lesson's translation: the same steps and questions as English, in
/// that language's words, the handout's own words too.
#[test]
fn a_lesson_in_spanish_and_chinese_has_englishs_steps_in_its_own_words() {
    let en = stdout(&["lesson", "drama"]);
    let headings = |md: &str| md.lines().filter(|l| l.starts_with("## ")).count();
    for (lang, words) in [
        (
            "es",
            [
                "## Respuestas",
                "**Pregunta.**",
                "- [ ] sí",
                "Tu respuesta:",
            ],
        ),
        ("zh-CN", ["## 答案", "**问题：**", "- [ ] 会", "你的答案："]),
    ] {
        let md = stdout(&["lesson", "drama", "--lang", lang]);
        assert_eq!(headings(&md), headings(&en), "{lang}: steps and answers");
        for w in words {
            assert!(md.contains(w), "{lang}: {w} in {md}");
        }
        assert!(
            !md.contains("## Answers") && !md.contains("Your answer"),
            "{md}"
        );
    }
    // Every built-in lesson has a Spanish translation now, and `--lang es` prints it with
    // the handout words in Spanish. (A lesson without one would print the English text:
    // `lesson::text_in` falls back, tested in the model.)
    let md = stdout(&["lesson", "precopy", "--lang", "es"]);
    assert!(md.starts_with("# La pre-copia, con números"), "{md}");
    assert!(md.contains("## Respuestas"), "{md}");
}

#[test]
fn lesson_list_and_an_unknown_lesson() {
    let list = stdout(&["lesson", "--list"]);
    assert_eq!(
        list.lines().count(),
        migration_model::lesson::BUILT_IN.len()
    );
    assert!(list.starts_with("drama "), "{list}");
    assert!(
        list.contains("precopy      12 steps  Pre-copy by the numbers"),
        "{list}"
    );
    rejects(
        &["lesson", "xyz"],
        &[
            "xyz",
            "no lesson has this name",
            "(drama, precopy, hypervisors, postcopy, replay, evacuation)",
        ],
    );
    rejects(&["lesson", "drama", "--format", "pdf"], &["pdf"]);
    rejects(
        &["lesson", "drama", "--lang", "fr"],
        &["fr", "en, es, zh-CN"],
    );
    assert!(
        list.contains("[en, es, zh-CN]"),
        "drama's languages: {list}"
    );
    let out = migsim(&["lesson"]);
    assert_eq!(out.status.code(), Some(2), "an ID is required");
}
