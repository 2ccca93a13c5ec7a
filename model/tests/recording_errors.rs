//! A recording's read errors in the students' language (issue 28): malformed recordings
//! reach every `recording-error-…` message of `model.ftl`; each reason formats in
//! English, Spanish and Chinese with no fallback and no variable left; English is the
//! sentence the reader wrote before it wrote message ids (pinned below, as `migsim
//! replay` prints it).

use migration_model::i18n::{take_misses, Lang};
use migration_model::replay;
use migration_model::say::{self, Say};
use std::collections::BTreeSet;

/// Malformed recordings, one line each (a few of several lines), and what the reader
/// said about them in English before its reasons were message ids: the error, or `OK`
/// and the skipped lines' summary.
const PINNED: &[(&str, &str)] = &[
    ("{\"a\": 1} x", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 10: expected the end of the line after the value, found 'x'."),
    ("{\"a\": [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 22: nesting this deep is not a recording, found '['."),
    ("{\"a\": }", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 7: expected a value (object, list, string, number, true, false or null), found '}'."),
    ("{\"a\": tru}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 7: expected a value, found 't'."),
    ("{'a': 1}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 2: expected a key in double quotes, found '''."),
    ("{\"a\" 1}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 6: expected ':' after the key, found '1'."),
    ("{\"a\": 1 \"b\": 2}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 9: expected ',' or '}' after a value, found '\"'."),
    ("{\"status\": \"active\", \"total-time\": 1", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 37: expected ',' or '}' after a value, found the end of the line (is it cut short?)."),
    ("{\"a\": [1 2]}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 10: expected ',' or ']' after a value, found '2'."),
    ("{\"a\": \"abc", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 11: expected the closing '\"' of a string, found the end of the line (is it cut short?)."),
    ("{\"a\": \"a\u{1}b\"}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 9: expected the closing '\"' of a string, found the control character U+0001."),
    ("{\"a\": \"\\x\"}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 9: expected an escape such as \\n, \\\" or \\u00e9, found 'x'."),
    ("{\"a\": \"\\u12\"}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 10: expected four hex digits after \\u, found '1'."),
    ("{\"a\": -x}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 8: expected a digit, found 'x'."),
    ("{\"a\": 1.x}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 9: expected a digit after the decimal point, found 'x'."),
    ("{\"a\": 1ex}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 9: expected the exponent's digits, found 'x'."),
    ("{\"a\": 1e999}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 7: expected a number that fits a 64-bit float, found '1'."),
    ("{\"é\": x}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 7: expected a value (object, list, string, number, true, false or null), found 'x'."),
    ("12abc {}", "Not a migration recording: no usable query-migrate sample; line 1: expected a Unix timestamp such as 1764523800.25 before the reply, found '12abc'."),
    ("1764523800.25 hello", "Not a migration recording: no usable query-migrate sample; line 1: expected a JSON object after the timestamp, found 'hello'."),
    ("1764523800.25 {\"status\": 1.5x}", "Not a migration recording: no usable query-migrate sample; line 1: not JSON at column 29: expected ',' or '}' after a value, found 'x'."),
    ("hello world, this line is longer than forty characters by far", "Not a migration recording: no usable query-migrate sample; line 1: expected a JSON object ('{…}') or a Unix timestamp followed by one, found 'hello world, this line is longer than fo…'."),
    ("{\"kind\": 3}", "Not a migration recording: no usable query-migrate sample; line 1: 'kind' should be a string, found a number."),
    ("{\"kind\": null}", "Not a migration recording: no usable query-migrate sample; line 1: 'kind' should be a string, found null."),
    ("{\"kind\": true}", "Not a migration recording: no usable query-migrate sample; line 1: 'kind' should be a string, found true/false."),
    ("{\"kind\": [1]}", "Not a migration recording: no usable query-migrate sample; line 1: 'kind' should be a string, found a list."),
    ("{\"kind\": {}}", "Not a migration recording: no usable query-migrate sample; line 1: 'kind' should be a string, found an object."),
    ("{\"kind\": \"sample\", \"status\": \"active\"}", "Not a migration recording: no usable query-migrate sample; line 1: no 'rel' (seconds since migrate)."),
    ("{\"kind\": \"sample\", \"rel\": \"x\"}", "Not a migration recording: no usable query-migrate sample; line 1: 'rel' should be a number (seconds since migrate), found a string."),
    ("{\"kind\": \"dirty\", \"rel\": 1}", "Not a migration recording: no usable query-migrate sample; line 1: no 'rate'."),
    ("{\"kind\": \"dirty\", \"rel\": 1, \"rate\": \"x\"}", "Not a migration recording: no usable query-migrate sample; line 1: 'rate' should be a number (page writes per second), found a string."),
    ("{\"kind\": \"bogus\"}", "Not a migration recording: no usable query-migrate sample; line 1: unknown kind 'bogus' (expected run, sample, event, dirty or note)."),
    ("{\"kind\": \"run\", \"guest_mem_mib\": \"x\"}", "Not a migration recording: no usable query-migrate sample; line 1: 'guest_mem_mib' should be a number (MiB), found a string."),
    ("{\"kind\": \"run\", \"cancel_after_s\": \"x\"}", "Not a migration recording: no usable query-migrate sample; line 1: 'cancel_after_s' should be a number (s), found a string."),
    ("{\"kind\": \"run\", \"max_bandwidth_mib_s\": true}", "Not a migration recording: no usable query-migrate sample; line 1: 'max_bandwidth_mib_s' should be a number (MiB/s or \"unlimited\"), found true/false."),
    ("{\"kind\": \"sample\", \"rel\": 1}", "Not a migration recording: no usable query-migrate sample; line 1: no 'status'."),
    ("{\"kind\": \"sample\", \"rel\": 1, \"status\": {}}", "Not a migration recording: no usable query-migrate sample; line 1: 'status' should be a string such as \"active\", found an object."),
    ("{\"kind\": \"event\", \"rel\": 1}", "Not a migration recording: no usable query-migrate sample; line 1: an event needs its name in 'event'."),
    ("{\"error\": {\"class\": \"GenericError\", \"desc\": \"There's no migration in progress\"}}", "Not a migration recording: no usable query-migrate sample; line 1: QMP answered with an error: There's no migration in progress."),
    ("{\"error\": {}}", "Not a migration recording: no usable query-migrate sample; line 1: QMP answered with an error: no description."),
    ("{\"return\": 5}", "Not a migration recording: no usable query-migrate sample; line 1: 'return' should be an object, found a number."),
    ("{\"foo\": 1}", "Not a migration recording: no usable query-migrate sample; line 1: expected a query-migrate reply ({\"return\": {\"status\": …}} or the bare object), a QMP event, or a recording line with \"kind\"."),
    ("{\"status\": 5}", "Not a migration recording: no usable query-migrate sample; line 1: 'status' should be a string such as \"active\", found a number."),
    ("{\"status\": \"active\", \"ram\": {\"transferred\": \"x\"}}", "Not a migration recording: no usable query-migrate sample; line 1: 'ram.transferred' should be a number (bytes), found a string."),
    ("{\"status\": \"active\", \"total-time\": \"x\"}", "Not a migration recording: no usable query-migrate sample; line 1: 'total-time' should be a number (ms), found a string."),
    ("{\"status\": \"active\", \"total-time\": -1.5}", "Not a migration recording: no usable query-migrate sample; line 1: 'total-time' should not be negative (ms), found -1.5."),
    ("{\"status\": \"active\", \"ram\": {\"duplicate\": \"x\"}}", "Not a migration recording: no usable query-migrate sample; line 1: 'ram.duplicate' should be a number (pages), found a string."),
    ("{\"status\": \"active\", \"ram\": {\"dirty-pages-rate\": \"x\"}}", "Not a migration recording: no usable query-migrate sample; line 1: 'ram.dirty-pages-rate' should be a number (pages/s), found a string."),
    ("{\"status\": \"active\", \"ram\": {\"dirty-sync-count\": \"x\"}}", "Not a migration recording: no usable query-migrate sample; line 1: 'ram.dirty-sync-count' should be a number (a count), found a string."),
    ("{\"status\": \"active\", \"ram\": {\"mbps\": \"x\"}}", "Not a migration recording: no usable query-migrate sample; line 1: 'ram.mbps' should be a number (Mbit/s), found a string."),
    ("{\"status\": \"active\", \"cpu-throttle-percentage\": \"x\"}", "Not a migration recording: no usable query-migrate sample; line 1: 'cpu-throttle-percentage' should be a number (%), found a string."),
    ("{\"event\": \"MIGRATION\", \"data\": {}}", "Not a migration recording: no usable query-migrate sample; line 1: a MIGRATION event needs a 'status' string."),
    ("{\"event\": \"MIGRATION_PASS\", \"data\": {}}", "Not a migration recording: no usable query-migrate sample; line 1: a MIGRATION_PASS event needs its 'pass' number."),
    ("{\"event\": \"MIGRATION_PASS\", \"data\": {\"pass\": \"x\"}}", "Not a migration recording: no usable query-migrate sample; line 1: 'pass' should be a number (the pass number), found a string."),
    ("{\"event\": 5}", "Not a migration recording: no usable query-migrate sample; line 1: an event needs its name in 'event'."),
    ("", "Not a migration recording: the file is empty."),
    ("\n\n", "Not a migration recording: the file is empty."),
    ("{\"status\": \"active\"}", "Not a migration recording: no query-migrate sample with RAM counters (\"ram\": {\"transferred\": …})."),
    ("x\ny\nz\nw\nv\n", "Not a migration recording: no usable query-migrate sample; line 1: expected a JSON object ('{…}') or a Unix timestamp followed by one, found 'x'; line 2: expected a JSON object ('{…}') or a Unix timestamp followed by one, found 'y'; line 3: expected a JSON object ('{…}') or a Unix timestamp followed by one, found 'z'; 2 more."),
    ("{\"status\": \"completed\", \"total-time\": 1000, \"ram\": {\"transferred\": 5}}\n{\"status\": \"active\", \"total-time\": 2000, \"ram\": {\"transferred\": 6}}\n{\"status\": \"active\", \"total-time\": 3000, \"ram\": {\"transferred\": 7}}\nnoise\n", "OK line 4: expected a JSON object ('{…}') or a Unix timestamp followed by one, found 'noise'; 2 samples after the migration ended (kept the first 'completed'); 1 more"),
];

/// The reasons the reader gives for `text`: the error, or the skipped lines'.
fn reasons(text: &str) -> Vec<Say> {
    match replay::parse(text) {
        Err(e) => vec![e.0],
        Ok(rec) => {
            let mut out: Vec<Say> = rec.skipped.first.iter().map(|(_, s)| s.clone()).collect();
            out.extend(rec.skipped.said(5));
            out
        }
    }
}

/// What the reader says about `text` in English, as `PINNED` has it.
fn english(text: &str) -> String {
    match replay::parse(text) {
        Err(e) => e.to_string(),
        Ok(rec) => format!("OK {}", rec.skipped.summary(5)),
    }
}

#[test]
fn english_is_the_sentence_the_reader_wrote_before() {
    for (text, said) in PINNED {
        assert_eq!(english(text), *said, "{text:?}");
    }
}

#[test]
fn malformed_recordings_reach_every_reason() {
    let mut reached = BTreeSet::new();
    for (text, _) in PINNED {
        for s in reasons(text) {
            reached.extend(s.ids());
        }
    }
    let missed: Vec<&str> = say::IDS
        .iter()
        .copied()
        .filter(|id| id.starts_with("recording-error-") && !reached.contains(id))
        .collect();
    assert!(
        missed.is_empty(),
        "no malformed recording reaches {missed:?}"
    );
    assert!(reached.len() > 60, "{}", reached.len());
}

#[test]
fn every_reason_reads_in_every_language_without_a_fallback() {
    let _ = take_misses();
    for (text, _) in PINNED {
        for s in reasons(text) {
            let en = s.to_string();
            assert_eq!(s.tr(Lang::En), en);
            for lang in Lang::ALL {
                let t = s.tr(lang);
                assert!(!t.is_empty() && !t.contains("{$"), "{lang}: {t}");
                assert!(!t.contains("recording-error-"), "{lang}: {t}");
                if lang != Lang::En {
                    assert_ne!(t, en, "{lang}: {text:?}");
                }
                if lang == Lang::ZhCn {
                    assert!(
                        t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                        "{t}"
                    );
                }
            }
            let misses = take_misses();
            assert!(misses.is_empty(), "{text:?}: {misses:?}");
        }
    }
}

#[test]
fn spanish_and_chinese_say_it_as_a_teacher_would() {
    let error = |text: &str| replay::parse(text).unwrap_err();
    let cut = error("{\"status\": \"active\", \"total-time\": 1");
    assert_eq!(
        cut.tr(Lang::Es),
        "No es una grabación de migración: ninguna muestra de query-migrate se puede usar; \
         línea 1: no es JSON en la columna 37: se esperaba ',' o '}' después de un valor, \
         pero se encontró el final de la línea (¿está cortada?)."
    );
    assert_eq!(
        cut.tr(Lang::ZhCn),
        "这不是迁移录制文件：没有可用的 query-migrate 采样；第 1 行：第 37 列起不是 JSON：\
         值之后应为 ',' 或 '}'，却遇到了行尾（这一行是否被截断了？）。"
    );
    // A number the reader found takes the language's decimal comma; text quoted from
    // the file stays as it is.
    let negative = error("{\"status\": \"active\", \"total-time\": -1.5}").tr(Lang::Es);
    assert!(
        negative.ends_with("'total-time' no debería ser negativo (ms), pero vale -1,5."),
        "{negative}"
    );
    let stamp = error("1.5x {}").tr(Lang::Es);
    assert!(stamp.ends_with("pero se encontró '1.5x'."), "{stamp}");
    let many = error("x\ny\nz\nw\nv\n").tr(Lang::ZhCn);
    assert!(many.contains("；第 2 行："), "{many}");
    assert!(many.ends_with("；另有 2 处。"), "{many}");
}
