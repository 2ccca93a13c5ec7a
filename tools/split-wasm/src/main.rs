//! The release build's wasm split (src/lib.rs, docs/loading.md), run by
//! scripts/post-build.sh:
//!
//! - `split-wasm split KEEP IN.wasm PRIMARY.wasm SECONDARY.wasm [SLOTS.tsv [LINKED.wasm]]`:
//!   every function not named in KEEP (tools/split-wasm/first-screen.txt) moves to the
//!   secondary; SLOTS gets each stub's slot and function name (`split.load`'s argument);
//!   with LINKED (the linker's output with relocations) the data only moved functions use
//!   moves too.
//! - `split-wasm instrument IN.wasm OUT.wasm NAMES.tsv`: the profiling build that
//!   `make split-profile` runs to write KEEP (scripts/split-profile.mjs).
//! - `split-wasm imports WASM GLUE.js`: short import names in both files, in place.
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
        ["split", keep, input, primary, secondary] => {
            split(keep, input, primary, secondary, None, None)
        }
        ["split", keep, input, primary, secondary, slots] => {
            split(keep, input, primary, secondary, Some(slots), None)
        }
        ["split", keep, input, primary, secondary, slots, linked] => {
            split(keep, input, primary, secondary, Some(slots), Some(linked))
        }
        ["instrument", input, output, names] => instrument(input, output, names),
        ["imports", wasm, glue] => imports(wasm, glue),
        _ => {
            eprintln!(
                "usage: split-wasm split KEEP IN.wasm PRIMARY.wasm SECONDARY.wasm [SLOTS.tsv [LINKED.wasm]]\n       \
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
    keep: &str,
    input: &str,
    primary: &str,
    secondary: &str,
    slots: Option<&str>,
    linked: Option<&str>,
) -> Result<(), Error> {
    let keep = split_wasm::keep_list(&std::fs::read_to_string(keep)?);
    let wasm = std::fs::read(input)?;
    let linked = linked.map(std::fs::read).transpose()?;
    let split = split_wasm::split(&wasm, &keep, linked.as_deref())?;
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
        "split-wasm: primary {} bytes, secondary {} bytes ({} functions, {} bytes of data); \
         the secondary imports {} items of the primary",
        split.primary.len(),
        split.secondary.len(),
        split.moved,
        split.moved_data,
        split.shared,
    );
    Ok(())
}

/// The profiling build, and each function index's normalized name.
fn instrument(input: &str, output: &str, names: &str) -> Result<(), Error> {
    let (wasm, table) = split_wasm::instrument(&std::fs::read(input)?)?;
    std::fs::write(output, wasm)?;
    let tsv: String = table
        .iter()
        .map(|(i, n)| format!("{i}\t{}\n", split_wasm::normalize(n)))
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
