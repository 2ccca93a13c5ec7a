//! The release build's wasm split (src/lib.rs, docs/loading.md), run by
//! scripts/post-build.sh:
//!
//! - `split-wasm split IN.wasm PRIMARY.wasm SECONDARY.wasm [SLOTS.tsv [LINKED.wasm]]`:
//!   every function in the rooms behind the boundary (`split_wasm::ROOMS`) moves to the
//!   secondary; SLOTS gets each stub's slot and function name (`split.load`'s argument);
//!   with LINKED (the linker's output with relocations) the data only moved functions use
//!   moves too.
//! - `split-wasm modules WASM`: bytes of code per module, largest first (a report: what
//!   the first download holds, when run on a primary written with `SPLIT_WASM_NAMES=1`).
//! - `split-wasm functions WASM`: each function's bytes, module and normalized name (TSV).
//! - `split-wasm instrument IN.wasm OUT.wasm NAMES.tsv`: the profiling build of
//!   `make split-profile`, a report of what the first screen runs in the secondary
//!   (scripts/split-profile.mjs); NAMES gets each index, name and `secondary` when in a room.
//! - `split-wasm imports WASM GLUE.js`: short import names in both files, in place.
use std::collections::HashSet;
use std::process::ExitCode;

use split_wasm::Error;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["split", input, primary, secondary] => split(input, primary, secondary, None, None),
        ["split", input, primary, secondary, slots] => {
            split(input, primary, secondary, Some(slots), None)
        }
        ["split", input, primary, secondary, slots, linked] => {
            split(input, primary, secondary, Some(slots), Some(linked))
        }
        ["modules", wasm] => modules(wasm),
        ["functions", wasm] => functions(wasm),
        ["instrument", input, output, names] => instrument(input, output, names),
        ["imports", wasm, glue] => imports(wasm, glue),
        _ => {
            eprintln!(
                "usage: split-wasm split IN.wasm PRIMARY.wasm SECONDARY.wasm [SLOTS.tsv [LINKED.wasm]]\n       \
                 split-wasm modules WASM\n       \
                 split-wasm functions WASM\n       \
                 split-wasm instrument IN.wasm OUT.wasm NAMES.tsv\n       \
                 split-wasm imports WASM GLUE.js"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("split-wasm: {e}");
            ExitCode::FAILURE
        }
    }
}

fn split(
    input: &str,
    primary: &str,
    secondary: &str,
    slots: Option<&str>,
    linked: Option<&str>,
) -> Result<(), Error> {
    let rooms = split_wasm::rooms();
    let wasm = std::fs::read(input)?;
    let linked = linked.map(std::fs::read).transpose()?;
    let split = split_wasm::split(&wasm, &rooms, linked.as_deref())?;
    std::fs::write(primary, &split.primary)?;
    std::fs::write(secondary, &split.secondary)?;
    if let Some(path) = slots {
        let tsv: String = split
            .slots
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{i}\t{n}\n"))
            .collect();
        std::fs::write(path, tsv)?;
    }
    println!(
        "split-wasm: primary {} bytes, secondary {} bytes ({} functions in {}, {} in all, \
         {} bytes of data); the secondary imports {} items of the primary",
        split.primary.len(),
        split.secondary.len(),
        split.picked,
        rooms.join(", "),
        split.moved,
        split.moved_data,
        split.shared,
    );
    Ok(())
}

/// Bytes of code per module, largest first.
fn modules(wasm: &str) -> Result<(), Error> {
    for (module, bytes) in split_wasm::module_sizes(&std::fs::read(wasm)?)? {
        println!("{bytes:>9}  {module}");
    }
    Ok(())
}

/// Each function's bytes of code, module and normalized name.
fn functions(wasm: &str) -> Result<(), Error> {
    for (name, bytes) in split_wasm::code_sizes(&std::fs::read(wasm)?)? {
        let module = split_wasm::module_of(&name);
        println!("{bytes}\t{module}\t{}", split_wasm::normalize(&name));
    }
    Ok(())
}

/// The profiling build, and each function index's normalized name, with `secondary`
/// when the split picks it (gives it a stub: whatever else moves runs only after one).
fn instrument(input: &str, output: &str, names: &str) -> Result<(), Error> {
    let input = std::fs::read(input)?;
    let picked: HashSet<usize> = split_wasm::picked_by_rooms(&input, &split_wasm::rooms())?
        .into_iter()
        .collect();
    let (wasm, table) = split_wasm::instrument(&input)?;
    std::fs::write(output, wasm)?;
    let tsv: String = table
        .iter()
        .map(|(i, n)| {
            let side = if picked.contains(i) {
                "secondary"
            } else {
                "primary"
            };
            format!("{i}\t{}\t{side}\n", split_wasm::normalize(n))
        })
        .collect();
    std::fs::write(names, tsv)?;
    Ok(())
}

/// Short import names in the wasm and its JS glue, in place.
fn imports(wasm: &str, glue: &str) -> Result<(), Error> {
    let (module, js) =
        split_wasm::shorten_imports(&std::fs::read(wasm)?, &std::fs::read_to_string(glue)?)?;
    std::fs::write(wasm, module)?;
    std::fs::write(glue, js)?;
    Ok(())
}
