//! Malformed lesson files, each named, for `lesson_errors.rs`: between them the reader
//! says every sentence it has (`lesson-error-…`). The files are bytes, as an author's
//! file is read (`lesson::parse_bytes`).

/// A step's fields under a title and a heading.
fn step(fields: &str) -> Vec<u8> {
    format!("lesson: T\n== S\n{fields}\n").into_bytes()
}

/// A step over an evacuation of two VMs.
fn evac(rest: &str) -> Vec<u8> {
    step(&format!(
        "scene: view=evacuate&vm=mem=4GiB,dirty=100MB/s&vm=mem=4GiB,dirty=100MB/s\n{rest}"
    ))
}

/// Every case: its name and the file's bytes.
pub fn cases() -> Vec<(&'static str, Vec<u8>)> {
    let mut long = b"lesson: T\n== S\ntext: x\n".to_vec();
    long.resize(300 * 1024, b'\n');
    let mut many = String::from("lesson: T\n");
    for i in 1..=101 {
        many.push_str(&format!("== S{i}\ntext: x\n"));
    }
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend("lesson: T".encode_utf16().flat_map(u16::to_le_bytes));
    vec![
        // The file as a whole.
        ("too long", long),
        ("not utf-8", b"lesson: T\n== S\ntext: caf\xe9 1.5\n".to_vec()),
        ("utf-16", utf16),
        ("nul", b"lesson: T\0\n== S\ntext: x\n".to_vec()),
        ("controls", b"\x01\x02\x03\x04\x05 lesson".to_vec()),
        ("empty", Vec::new()),
        ("only comments", b"# a comment\n\n# another\n".to_vec()),
        ("title, no steps", b"lesson: T\n".to_vec()),
        ("no steps", b"lang: es\n".to_vec()),
        ("101 steps", many.into_bytes()),
        // The header and lines that are not fields.
        ("header twice", b"lesson: A\nlesson: B\n== S\ntext: x\n".to_vec()),
        ("header field", b"lesson: A\nscene: type=live\n== S\ntext: x\n".to_vec()),
        ("header near miss", b"leson: A\n== S\ntext: x\n".to_vec()),
        ("header line", b"lesson: A\nnot a field\n== S\ntext: x\n".to_vec()),
        ("lang", b"lesson: A\nlang: fr\n== S\ntext: x\n".to_vec()),
        ("indented field", step("  scene: type=live\ntext: x")),
        ("indented first", b"lesson: T\n== S\n  continued\ntext: x\n".to_vec()),
        ("not a field", step("text: x\nthis is not a field")),
        ("not a field, near", step("text: x\nScene: type=live")),
        // A step's fields.
        ("step twice", step("at: start\nat: end\ntext: x")),
        ("step field", step("txt: x\ntext: y")),
        ("step field, far", step("colour: x\ntext: y")),
        ("no text", step("scene: type=live")),
        ("reveal, no ask", step("text: x\nreveal: y")),
        // scene:
        ("page key", step("scene: type=live&theme=dark\ntext: x")),
        ("recording", step("scene: type=live&rec=moderate\ntext: x")),
        ("exercises view", step("scene: type=live&view=exercises\ntext: x")),
        ("lesson key", step("scene: type=live&lesson=drama\ntext: x")),
        ("exercise key", step("scene: type=live&set=7\ntext: x")),
        ("scene twice", step("scene: type=live&type=postcopy\ntext: x")),
        ("scene value", step("scene: bw=nope\ntext: x")),
        ("scene values", step("scene: bw=nope&dirty=nope&mem=1.5x\ntext: x")),
        ("scene view", step("scene: view=nowhere\ntext: x")),
        ("scene vm", step("scene: vm=mem=4GiB\ntext: x")),
        // at: and mark:
        ("after end", step("scene: type=live\nat: 9999.5s\ntext: x")),
        ("at order", step("scene: type=live\nat: end to start\ntext: x")),
        ("edge", step("scene: type=live\nat: round 1 sideways\ntext: x")),
        ("round number", step("scene: type=live\nat: round x\ntext: x")),
        ("not a moment", step("scene: type=live\nat: 12.5 parsecs\ntext: x")),
        ("no round", step("scene: type=live\nat: round 99\ntext: x")),
        ("no round, cold", step("scene: type=cold\nat: round 1\ntext: x")),
        ("no phase", step("scene: type=live\nat: boot\ntext: x")),
        ("no fault", step("scene: type=live\nat: fault\ntext: x")),
        ("mark", step("scene: type=live\nmark: nothing\ntext: x")),
        ("mark round", step("scene: type=live\nmark: round 99\ntext: x")),
        // text: and reveal:
        ("placeholder", step("text: {downtiem}")),
        ("strong placeholder", step("text: *{downtime}*")),
        ("unclosed brace", step("text: a {downtime")),
        ("unopened brace", step("text: a } b")),
        ("unclosed star", step("text: a *b")),
        ("text round", step("scene: type=live\ntext: {round 99 sent}")),
        // ask:
        ("factor", step("text: x\nask: downtime within x1")),
        ("within", step("text: x\nask: rounds within 999")),
        ("question", step("text: x\nask: what")),
        ("no rounds", step("scene: type=cold\ntext: x\nask: converge")),
        ("downtime range", step("scene: type=cold&shared=false&disk=60TiB&bw=8Mbit/s\ntext: x\nask: downtime within x2")),
        // An evacuation step.
        ("evac ask", evac("text: x\nask: converge")),
        ("evac mark", evac("mark: dirty\ntext: x")),
        ("evac moment", evac("at: round 1\ntext: x")),
        ("evac value", step("text: {k}")),
        ("no vm", evac("text: {vm 5 end}")),
        ("evac k", step("scene: view=evacuate&vm=mem=4GiB&k=3\ntext: x")),
        ("evac none", step("scene: view=evacuate\ntext: x")),
        // Several at once, in several steps.
        (
            "several",
            b"lesson: T\nlang: xx\n== One\ntext: fine\n== Two\nat: nowhen\ntext: x\n== Three\nscene: type=live&type=live\ntext: y\n"
                .to_vec(),
        ),
    ]
}
