//! The split modules, run: they must compute what the module they were split from
//! computes, load the secondary once and only when a moved function is first called, and
//! hold every function in exactly one of the two.

use std::collections::HashSet;

use wasmi::{Caller, Engine, Extern, Instance, Linker, Module, Store};

/// `main(x) = (x + 1) * 42 + g`, with `b` (picked) calling `a` (kept) and `c` (reached
/// only from `b`); `b` is also called through the table, and `c` reads a data segment.
const PROGRAM: &str = r#"
(module
  (type $ii (func (param i32) (result i32)))
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 5))
  (table $t 2 funcref)
  (elem (table $t) (i32.const 0) func $a $b)
  (data (i32.const 16) "\2a\00\00\00")
  (func $a (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $c (param i32) (result i32) (i32.mul (local.get 0) (i32.load (i32.const 16))))
  (func $b (param i32) (result i32)
    (i32.add (call $c (call $a (local.get 0))) (global.get $g)))
  (func $unused (param i32) (result i32) (call_indirect $t (type $ii) (local.get 0) (i32.const 0)))
  (func (export "main") (param i32) (result i32) (call $b (local.get 0)))
  (func (export "via_table") (param i32) (result i32)
    (call_indirect $t (type $ii) (local.get 0) (i32.const 1)))
  (func (export "bump") (global.set $g (i32.add (global.get $g) (i32.const 1)))))
"#;

fn program() -> Vec<u8> {
    wat::parse_str(PROGRAM).expect("the test program parses")
}

fn pick_b(name: &str) -> bool {
    name == "b"
}

/// The primary, instantiated with a `split.load` that instantiates the secondary from
/// the primary's exports, and counts its calls and their slots.
struct Loaded {
    store: Store<State>,
    primary: Instance,
}

#[derive(Default)]
struct State {
    primary: Option<Instance>,
    secondary: Option<Module>,
    loads: Vec<i32>,
}

fn instantiate(primary: &[u8], secondary: &[u8]) -> Loaded {
    let engine = Engine::default();
    let p = Module::new(&engine, primary).expect("the primary is valid");
    let s = Module::new(&engine, secondary).expect("the secondary is valid");
    let mut store = Store::new(
        &engine,
        State {
            secondary: Some(s),
            ..State::default()
        },
    );
    let mut linker = Linker::<State>::new(&engine);
    linker
        .func_wrap(
            split_wasm::LOADER.0,
            split_wasm::LOADER.1,
            |mut caller: Caller<'_, State>, slot: i32| {
                caller.data_mut().loads.push(slot);
                let primary = caller.data().primary.expect("the primary is running");
                let secondary = caller.data().secondary.clone().expect("the secondary");
                let mut linker = Linker::<State>::new(caller.engine());
                let imports: Vec<(String, String)> = secondary
                    .imports()
                    .map(|i| (i.module().to_owned(), i.name().to_owned()))
                    .collect();
                for (module, name) in imports {
                    assert_eq!(
                        module,
                        split_wasm::PRIMARY,
                        "the secondary imports only the primary"
                    );
                    let item: Extern = primary
                        .get_export(&caller, &name)
                        .unwrap_or_else(|| panic!("the primary exports {name}"));
                    linker.define(&module, &name, item).expect("defined once");
                }
                linker
                    .instantiate(&mut caller, &secondary)
                    .and_then(|pre| pre.start(&mut caller))
                    .expect("the secondary instantiates");
            },
        )
        .expect("one loader");
    let primary = linker
        .instantiate(&mut store, &p)
        .and_then(|pre| pre.start(&mut store))
        .expect("the primary instantiates");
    store.data_mut().primary = Some(primary);
    Loaded { store, primary }
}

impl Loaded {
    fn call(&mut self, name: &str, x: i32) -> i32 {
        let f = self
            .primary
            .get_typed_func::<i32, i32>(&self.store, name)
            .expect("exported");
        f.call(&mut self.store, x).expect("runs")
    }
    fn bump(&mut self) {
        let f = self
            .primary
            .get_typed_func::<(), ()>(&self.store, "bump")
            .unwrap();
        f.call(&mut self.store, ()).unwrap();
    }
}

/// The unsplit program, for reference.
fn reference(x: i32, bumps: i32) -> i32 {
    (x + 1) * 42 + 5 + bumps
}

fn local_functions(wasm: &[u8]) -> usize {
    let m = walrus::Module::from_buffer(wasm).expect("valid");
    m.funcs.iter_local().count()
}

#[test]
fn the_split_computes_what_the_program_computes_and_loads_once() {
    let split = split_wasm::split_with(&program(), pick_b).expect("splits");
    let mut run = instantiate(&split.primary, &split.secondary);
    assert!(
        run.store.data().loads.is_empty(),
        "nothing loads before a moved function runs"
    );
    assert_eq!(run.call("main", 3), reference(3, 0));
    assert_eq!(
        run.store.data().loads,
        vec![0],
        "the first call loads the secondary, slot 0"
    );
    assert_eq!(
        run.call("via_table", 4),
        reference(4, 0),
        "a call through the table"
    );
    run.bump();
    assert_eq!(
        run.call("main", 10),
        reference(10, 1),
        "the global is shared, not copied"
    );
    assert_eq!(run.store.data().loads.len(), 1, "loaded once");
}

#[test]
fn a_call_through_the_table_loads_too() {
    let split = split_wasm::split_with(&program(), pick_b).expect("splits");
    let mut run = instantiate(&split.primary, &split.secondary);
    assert_eq!(run.call("via_table", 0), reference(0, 0));
    assert_eq!(run.store.data().loads, vec![0]);
}

#[test]
fn every_function_is_in_exactly_one_half() {
    let split = split_wasm::split_with(&program(), pick_b).expect("splits");
    // Primary: a, the stub of b, main, via_table, bump (`unused` is reached by nothing).
    assert_eq!(local_functions(&split.primary), 5);
    // Secondary: b and c, which only b reaches.
    assert_eq!(local_functions(&split.secondary), 2);
    assert_eq!((split.picked, split.moved), (1, 2));
    assert_eq!(split.slots, vec!["b".to_owned()]);
    let secondary = walrus::Module::from_buffer(&split.secondary).unwrap();
    assert_eq!(
        secondary.data.iter().count(),
        0,
        "data stays in the primary"
    );
    let modules: HashSet<&str> = secondary
        .imports
        .iter()
        .map(|i| i.module.as_str())
        .collect();
    assert_eq!(modules, HashSet::from([split_wasm::PRIMARY]));
    assert!(
        secondary.exports.iter().next().is_none(),
        "the secondary exports nothing"
    );
}

#[test]
fn the_outputs_carry_no_names() {
    let split = split_wasm::split_with(&program(), pick_b).expect("splits");
    for wasm in [&split.primary, &split.secondary] {
        let m = walrus::Module::from_buffer(wasm).unwrap();
        assert!(m.funcs.iter().all(|f| f.name.is_none()));
    }
}

#[test]
fn a_keep_list_keeps_what_it_names_and_moves_the_rest() {
    let keep = split_wasm::keep_list("# comment\na\nc\n\n{closure#0}\n");
    assert!(
        keep.contains("{closure#0}"),
        "`#` inside a name is not a comment"
    );
    // Everything named except a and c moves: b, unused and the unexported ones.
    let split = split_wasm::split(&program(), &keep, None).expect("splits");
    let mut run = instantiate(&split.primary, &split.secondary);
    assert_eq!(run.call("main", 1), reference(1, 0));
}

#[test]
fn the_runtime_stays_whatever_the_profile_saw() {
    use split_wasm::runtime;
    // Drop glue and Yew's scheduler run on paths that depend on timing.
    assert!(runtime(
        "core::ptr::drop_in_place::<yew::html::component::lifecycle::RenderRunner>"
    ));
    assert!(runtime(
        "<alloc::collections::btree::node::BalancingContext<usize, yew::scheduler::QueueEntry>>::bulk_steal_left"
    ));
    // A feature's own drop glue moves with the feature; other code goes by the profile.
    assert!(!runtime(
        "core::ptr::drop_in_place::<vm_migration_lab::features::lesson::LessonState>"
    ));
    assert!(!runtime(
        "core::ptr::drop_in_place::<alloc::vec::Vec<migration_model::replay::Sample>>"
    ));
    assert!(!runtime(
        "<vm_migration_lab::app::view::App as yew::html::component::BaseComponent>::view"
    ));
}

#[test]
fn nothing_to_move_is_an_error() {
    let err = split_wasm::split_with(&program(), |_| false).expect_err("an error");
    assert!(err.to_string().contains("no function to move"), "{err}");
    // Without a name section nothing can be picked by name.
    let m = wat::parse_str("(module (func (export \"f\")) (func))").unwrap();
    assert!(split_wasm::split(&m, &HashSet::new(), None).is_err());
}

#[test]
fn a_moved_function_using_a_passive_segment_is_refused() {
    let wasm = wat::parse_str(
        r#"(module (memory 1) (data $d "abc")
             (func $b (memory.init $d (i32.const 0) (i32.const 0) (i32.const 3)))
             (func (export "main") (call $b)))"#,
    )
    .unwrap();
    let err = split_wasm::split_with(&wasm, pick_b).expect_err("refused");
    assert!(err.to_string().contains("passive segments"), "{err}");
}

#[test]
fn names_lose_only_the_crate_disambiguators() {
    use split_wasm::normalize;
    assert_eq!(
        normalize(
            "<yew[cb37e96f909f5b52]::html::X<vm_migration_lab[ba8e95e1c40b11c3]::App>>::view"
        ),
        "<yew::html::X<vm_migration_lab::App>>::view"
    );
    assert_eq!(
        normalize("f::<[u8; 4]>"),
        "f::<[u8; 4]>",
        "array types stay"
    );
    assert_eq!(normalize("a[]b["), "a[]b[");
    assert_eq!(
        normalize("<core[1a2b]::str::iter::Chars as Iterator>::next.146"),
        "<core::str::iter::Chars as Iterator>::next",
        "copies' numbers go"
    );
    assert_eq!(normalize("f.x"), "f.x");
    assert_eq!(normalize("f."), "f.");
}

#[test]
fn the_profiling_build_reports_each_function() {
    let (wasm, names) = split_wasm::instrument(&program()).expect("instruments");
    let named: HashSet<&str> = names.iter().map(|(_, n)| n.as_str()).collect();
    assert!(named.contains("b") && named.contains("c"));
    let engine = Engine::default();
    let module = Module::new(&engine, &wasm[..]).unwrap();
    let mut store = Store::new(&engine, Vec::<i32>::new());
    let mut linker = Linker::<Vec<i32>>::new(&engine);
    linker
        .func_wrap("prof", "hit", |mut c: Caller<'_, Vec<i32>>, i: i32| {
            c.data_mut().push(i)
        })
        .unwrap();
    let instance = linker
        .instantiate(&mut store, &module)
        .unwrap()
        .start(&mut store)
        .unwrap();
    let main = instance.get_typed_func::<i32, i32>(&store, "main").unwrap();
    assert_eq!(main.call(&mut store, 3).unwrap(), reference(3, 0));
    let hit: HashSet<&str> = store
        .data()
        .iter()
        .map(|i| {
            names
                .iter()
                .find(|(j, _)| *j == *i as usize)
                .unwrap()
                .1
                .as_str()
        })
        .collect();
    // main, b, a, c ran; `unused`, `via_table` and `bump` did not.
    assert_eq!(hit.len(), 4, "{hit:?}");
    assert!(hit.contains("a") && hit.contains("b") && hit.contains("c"));
}

const IMPORTING: &str = r#"
(module
  (import "./app_bg.js" "__wbg_log_0123456789abcdef" (func $log (param i32)))
  (import "./app_bg.js" "__wbg_now_fedcba9876543210" (func $now (result i32)))
  (func (export "main") (call $log (call $now))))
"#;
const GLUE: &str = r#"function R(){return{__proto__:null,"./app_bg.js":{__proto__:null,__wbg_log_0123456789abcdef:function(e){seen.push(e)},__wbg_now_fedcba9876543210:function(){return 7}}}}"#;

#[test]
fn imports_get_short_names_in_the_wasm_and_the_glue_alike() {
    let (wasm, glue) =
        split_wasm::shorten_imports(&wat::parse_str(IMPORTING).unwrap(), GLUE).expect("renames");
    assert_eq!(
        glue,
        "function R(){return{__proto__:null,w:{__proto__:null,_0:function(e){seen.push(e)},_1:function(){return 7}}}}"
    );
    let m = walrus::Module::from_buffer(&wasm).unwrap();
    let names: Vec<(&str, &str)> = m
        .imports
        .iter()
        .map(|i| (i.module.as_str(), i.name.as_str()))
        .collect();
    assert_eq!(names, vec![("w", "_0"), ("w", "_1")]);
    // It still runs, with the renamed imports.
    let engine = Engine::default();
    let module = Module::new(&engine, &wasm[..]).unwrap();
    let mut store = Store::new(&engine, Vec::<i32>::new());
    let mut linker = Linker::<Vec<i32>>::new(&engine);
    linker
        .func_wrap("w", "_0", |mut c: Caller<'_, Vec<i32>>, x: i32| {
            c.data_mut().push(x)
        })
        .unwrap();
    linker.func_wrap("w", "_1", || 7i32).unwrap();
    let i = linker
        .instantiate(&mut store, &module)
        .unwrap()
        .start(&mut store)
        .unwrap();
    i.get_typed_func::<(), ()>(&store, "main")
        .unwrap()
        .call(&mut store, ())
        .unwrap();
    assert_eq!(store.data(), &vec![7]);
}

#[test]
fn a_glue_of_another_shape_is_refused() {
    let wasm = wat::parse_str(IMPORTING).unwrap();
    let missing = GLUE.replace("__wbg_now_fedcba9876543210:", "other:");
    assert!(
        split_wasm::shorten_imports(&wasm, &missing).is_err(),
        "a name not in the glue"
    );
    let twice = GLUE.replace("}}}}", r#"},"./app_bg.js":{}}}"#);
    assert!(
        split_wasm::shorten_imports(&wasm, &twice).is_err(),
        "the module named twice"
    );
    // A longer name ending in the same text is not a key of this import.
    let longer = GLUE.replace(
        "__wbg_now_fedcba9876543210:function(){return 7}",
        "x__wbg_now_fedcba9876543210:function(){return 7}",
    );
    assert!(split_wasm::shorten_imports(&wasm, &longer).is_err());
}

// ---- Data that moves with the functions (src/data.rs) ----

/// `first` (kept) reads the object at 1024 and, through the pointer stored at 3072, the
/// object at 4096; `later` (picked) alone reads the object at 2048. `EXTRA` adds lines.
fn data_program(extra: &str) -> String {
    data_program_at(2048, extra)
}

/// `data_program`, with the object only `later` reads at `moved` instead of 2048.
fn data_program_at(moved: u32, extra: &str) -> String {
    format!(
        r#"
(module
  (memory (export "memory") 1)
  (data (i32.const 1024) "\07\00\00\00kept")
  (data (i32.const {moved}) "\0b\00\00\00moved")
  (data (i32.const 3072) "\00\10\00\00")
  (data (i32.const 4096) "\0d\00\00\00")
  (func $first (param i32) (result i32)
    (i32.add (i32.load (i32.const 1024)) (i32.load (i32.load (i32.const 3072)))))
  (func $later (param i32) (result i32) (i32.load (i32.const {moved})))
  (func (export "first") (param i32) (result i32) (call $first (local.get 0)))
  (func (export "later") (param i32) (result i32) (call $later (local.get 0)))
  {extra})
"#
    )
}

fn leb(mut v: u32, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn custom_section(name: &str, payload: &[u8], out: &mut Vec<u8>) {
    let mut body = Vec::new();
    leb(name.len() as u32, &mut body);
    body.extend(name.as_bytes());
    body.extend(payload);
    out.push(0);
    leb(body.len() as u32, out);
    out.extend(body);
}

/// The module as the linker writes it with `--emit-relocs`: a data symbol for each of
/// the four objects (segment, offset 0, size) and a relocation for the pointer at 3072.
fn linked(wasm: &[u8]) -> Vec<u8> {
    linked_with(wasm, [8, 9, 4, 4], &[])
}

fn sleb(mut v: i64, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0) {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// `linked`, with the four objects' sizes given, and code relocations naming object
/// `symbol` at `addend` bytes from its start (`reloc.CODE`).
fn linked_with(wasm: &[u8], sizes: [u32; 4], code: &[(u32, i64)]) -> Vec<u8> {
    let code: Vec<(Option<u32>, u32, i64)> = code.iter().map(|&(s, a)| (None, s, a)).collect();
    linked_full(wasm, sizes, &[], &code)
}

/// `linked_with`, with a function symbol for each of `functions` (the module's functions
/// from index 0, by name), and each code relocation in the body of the function it names
/// (`None`: outside every body).
fn linked_full(
    wasm: &[u8],
    sizes: [u32; 4],
    functions: &[&str],
    code: &[(Option<u32>, u32, i64)],
) -> Vec<u8> {
    let mut table = Vec::new();
    leb((sizes.len() + functions.len()) as u32, &mut table);
    for (i, size) in sizes.iter().enumerate() {
        table.push(1); // SYMTAB_DATA
        leb(0, &mut table); // flags: defined, global
        let name = format!("object{i}");
        leb(name.len() as u32, &mut table);
        table.extend(name.as_bytes());
        leb(i as u32, &mut table); // segment
        leb(0, &mut table); // offset in the segment
        leb(*size, &mut table);
    }
    for (i, name) in functions.iter().enumerate() {
        table.push(0); // SYMTAB_FUNCTION
        leb(0, &mut table); // flags: defined, global
        leb(i as u32, &mut table); // function index
        leb(name.len() as u32, &mut table);
        table.extend(name.as_bytes());
    }
    let mut linking = Vec::new();
    leb(2, &mut linking); // version
    linking.push(8); // WASM_SYMBOL_TABLE
    leb(table.len() as u32, &mut linking);
    linking.extend(table);

    // Where the pointer's bytes lie, from the start of the data section's contents; where
    // each function body starts, from the start of the code section's contents.
    let mut at = None;
    let mut section = 0;
    let mut code_section = 0;
    let mut code_start = 0;
    let mut bodies = Vec::new();
    for (index, payload) in wasmparser::Parser::new(0).parse_all(wasm).enumerate() {
        let payload = payload.expect("valid");
        if let wasmparser::Payload::CodeSectionStart { range, .. } = &payload {
            code_section = index as u32 - 1;
            code_start = range.start;
        }
        if let wasmparser::Payload::CodeSectionEntry(body) = &payload {
            bodies.push((body.range().start - code_start) as u32);
        }
        if let wasmparser::Payload::DataSection(reader) = payload {
            section = index as u32 - 1; // sections counted after the header
            let start = reader.range().start;
            for data in reader {
                let data = data.expect("valid");
                if data.data == [0x00, 0x10, 0x00, 0x00] {
                    at = Some((data.range.end - data.data.len() - start) as u32);
                }
            }
        }
    }
    let mut reloc = Vec::new();
    leb(section, &mut reloc);
    leb(1, &mut reloc);
    reloc.push(5); // R_WASM_MEMORY_ADDR_I32
    leb(at.expect("the pointer is in the data"), &mut reloc);
    leb(3, &mut reloc); // symbol: the object at 4096
    reloc.push(0); // addend 0 (signed LEB)

    let mut out = wasm.to_vec();
    custom_section("linking", &linking, &mut out);
    custom_section("reloc.DATA", &reloc, &mut out);
    if !code.is_empty() {
        let mut reloc = Vec::new();
        leb(code_section, &mut reloc);
        leb(code.len() as u32, &mut reloc);
        for &(function, symbol, addend) in code {
            reloc.push(3); // R_WASM_MEMORY_ADDR_LEB
                           // Where in the code: a byte inside the function's body (only which body counts).
            leb(function.map_or(0, |f| bodies[f as usize] + 1), &mut reloc);
            leb(symbol, &mut reloc);
            sleb(addend, &mut reloc);
        }
        custom_section("reloc.CODE", &reloc, &mut out);
    }
    out
}

fn pick_later(name: &str) -> bool {
    name == "later"
}

fn memory(run: &Loaded, at: usize, len: usize) -> Vec<u8> {
    let memory = run
        .primary
        .get_memory(&run.store, "memory")
        .expect("exported");
    memory.data(&run.store)[at..at + len].to_vec()
}

#[test]
fn data_only_moved_functions_use_leaves_the_primary_and_arrives_with_the_secondary() {
    let wasm = wat::parse_str(data_program("")).expect("parses");
    let linked = linked(&wasm);
    let split = split_wasm::split_data(&linked, pick_later, Some(&linked)).expect("splits");
    assert_eq!(
        split.moved_data, 9,
        "the object at 2048, and only it, moves"
    );
    let mut run = instantiate(&split.primary, &split.secondary);
    assert_eq!(memory(&run, 2048, 9), vec![0; 9], "not in the primary");
    assert_eq!(
        memory(&run, 1024, 8),
        b"\x07\0\0\0kept",
        "kept: named by code"
    );
    assert_eq!(
        memory(&run, 4096, 4),
        b"\x0d\0\0\0",
        "kept: pointed to by kept data"
    );
    assert_eq!(
        run.call("first", 0),
        7 + 13,
        "the kept code runs on the primary alone"
    );
    assert!(run.store.data().loads.is_empty());
    assert_eq!(run.call("later", 0), 11, "the moved code finds its data");
    assert_eq!(memory(&run, 2048, 9), b"\x0b\0\0\0moved");
    let unsplit = split_wasm::split_data(&wasm, pick_later, None).expect("splits");
    assert_eq!(
        unsplit.moved_data, 0,
        "without the linker's output no data moves"
    );
}

#[test]
fn data_near_an_address_the_primary_names_stays() {
    // A kept global's initializer names 2040: just before the object at 2048, within the slack.
    let wasm = wat::parse_str(data_program(
        r#"(global (export "g") i32 (i32.const 2040))"#,
    ))
    .expect("parses");
    let linked = linked(&wasm);
    let split = split_wasm::split_data(&linked, pick_later, Some(&linked)).expect("splits");
    assert_eq!(split.moved_data, 0);
    let mut run = instantiate(&split.primary, &split.secondary);
    assert_eq!(memory(&run, 2048, 9), b"\x0b\0\0\0moved");
    assert_eq!(run.call("later", 0), 11);
}

#[test]
fn a_linked_module_of_another_build_is_refused() {
    let wasm = wat::parse_str(data_program("")).expect("parses");
    let other = wat::parse_str(data_program("").replace("moved", "MOVED")).expect("parses");
    let error = split_wasm::split_data(&wasm, pick_later, Some(&linked(&other)))
        .expect_err("the data differs");
    assert!(error.to_string().contains("not one build"), "{error}");
    let error = split_wasm::split_data(&wasm, pick_later, Some(&wasm)).expect_err("no relocations");
    assert!(error.to_string().contains("--emit-relocs"), "{error}");
}

/// `TABLE[i - 25]` with 4-byte elements: the code names an address 100 bytes before the
/// object at 2048, beyond the slack. The linker's code relocation says whose address it
/// is, so the object stays.
#[test]
fn an_object_the_code_names_from_beyond_the_slack_stays() {
    let wasm = wat::parse_str(data_program(
        r#"(func (export "biased") (param i32) (result i32)
             (i32.load offset=1948 (i32.shl (local.get 0) (i32.const 2))))"#,
    ))
    .expect("parses");
    let blind =
        split_wasm::split_data(&linked(&wasm), pick_later, Some(&linked(&wasm))).expect("splits");
    assert_eq!(
        blind.moved_data, 9,
        "without the relocation the scan misses it"
    );
    let linked = linked_with(&wasm, [8, 9, 4, 4], &[(1, -100)]);
    let split = split_wasm::split_data(&linked, pick_later, Some(&linked)).expect("splits");
    assert_eq!(split.moved_data, 0);
    let mut run = instantiate(&split.primary, &split.secondary);
    assert_eq!(
        run.call("biased", 25),
        11,
        "TABLE[0] through the biased address"
    );
    assert!(run.store.data().loads.is_empty());
}

/// The pointer at 3072 in bytes no symbol covers (its object has size 0): those bytes
/// stay in the primary, so the object they point to must stay as well.
#[test]
fn a_pointer_outside_every_object_keeps_its_target() {
    let wasm = wat::parse_str(data_program("")).expect("parses");
    let linked = linked_with(&wasm, [8, 9, 0, 4], &[]);
    let split = split_wasm::split_data(&linked, pick_later, Some(&linked)).expect("splits");
    assert_eq!(split.moved_data, 9, "only the object at 2048 moves");
    let mut run = instantiate(&split.primary, &split.secondary);
    assert_eq!(run.call("first", 0), 7 + 13);
    assert!(run.store.data().loads.is_empty());
}

#[test]
fn a_64_bit_global_names_addresses_too() {
    let wasm = wat::parse_str(data_program(
        r#"(global (export "g") i64 (i64.const 2040))"#,
    ))
    .expect("parses");
    let linked = linked(&wasm);
    let split = split_wasm::split_data(&linked, pick_later, Some(&linked)).expect("splits");
    assert_eq!(split.moved_data, 0);
}

/// A kept function names 2060: 3 bytes past the end of the object at 2048 (2048..2057),
/// as code naming whatever follows it would. Only a code relocation that names the object
/// near there (an end pointer) keeps it; a neighbour's address alone does not.
#[test]
fn an_address_just_past_an_object_keeps_it_only_if_the_code_names_it_from_there() {
    let wasm = wat::parse_str(data_program(
        r#"(func (export "next") (param i32) (result i32) (i32.load (i32.const 2060)))"#,
    ))
    .expect("parses");
    let plain = linked(&wasm);
    let split = split_wasm::split_data(&plain, pick_later, Some(&plain)).expect("splits");
    assert_eq!(split.moved_data, 9, "the neighbour's address keeps nothing");
    let end_pointer = linked_with(&wasm, [8, 9, 4, 4], &[(1, 12)]);
    let split =
        split_wasm::split_data(&end_pointer, pick_later, Some(&end_pointer)).expect("splits");
    assert_eq!(split.moved_data, 0, "the code names the object at its end");
    let run = instantiate(&split.primary, &split.secondary);
    assert_eq!(memory(&run, 2048, 9), b"\x0b\0\0\0moved");
    assert!(run.store.data().loads.is_empty());
}

/// Two objects back to back: A (1024..1032, kept code reads it) and B (1032..1041, only
/// `later`, moved, reads it). `end` (kept) compares with A's end, 1032, where B starts:
/// the address is either object's, and the linker's code relocations say whose, function
/// by function.
#[test]
fn an_address_where_one_object_ends_and_the_next_starts_keeps_the_next_only_if_kept_code_names_it()
{
    let wasm = wat::parse_str(data_program_at(
        1032,
        r#"(func $end (export "end") (param i32) (result i32)
             (i32.eq (local.get 0) (i32.const 1032)))"#,
    ))
    .expect("parses");
    // Functions by index: the two named ones, the two exported wrappers, `end`.
    let names = ["first", "later", "first-wrapper", "later-wrapper", "end"];
    let split_by = |code: &[(Option<u32>, u32, i64)]| {
        let linked = linked_full(&wasm, [8, 9, 4, 4], &names, code);
        split_wasm::split_data(&linked, pick_later, Some(&linked)).expect("splits")
    };
    // `end` names A at its end; `later` names B.
    let split = split_by(&[(Some(0), 0, 0), (Some(4), 0, 8), (Some(1), 1, 0)]);
    assert_eq!(split.moved_data, 9, "B moves: only moved code names it");
    let mut run = instantiate(&split.primary, &split.secondary);
    assert_eq!(
        run.call("end", 1032),
        1,
        "the kept code runs on the primary alone"
    );
    assert_eq!(run.call("first", 0), 7 + 13);
    assert!(run.store.data().loads.is_empty());
    assert_eq!(run.call("later", 0), 11, "the moved code finds its data");
    // Kept code that names B there keeps it.
    let split = split_by(&[(Some(0), 0, 0), (Some(4), 1, 0), (Some(1), 1, 0)]);
    assert_eq!(split.moved_data, 0, "end names B at 1032");
    // An immediate its function's own code does not explain (inlined from elsewhere)
    // keeps whatever it lies in, as before.
    let split = split_by(&[(Some(1), 0, 8), (Some(1), 1, 0)]);
    assert_eq!(split.moved_data, 0, "end's 1032 is not its own: B stays");
}
