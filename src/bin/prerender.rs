//! Build step: puts the app's first screen and the Content-Security-Policy into a built
//! `index.html` (src/app/prerender.rs). Trunk's post-build hook (scripts/post-build.sh) runs
//! it on the staging copy: `prerender STAGING/index.html`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST/index.html");
        return ExitCode::FAILURE;
    };
    let index = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let app = vm_migration_lab::app::prerender::first_screen();
    match vm_migration_lab::app::prerender::page(&index, &app) {
        Ok((html, note)) => {
            if let Some(note) = note {
                eprintln!("prerender: {note}");
            }
            if let Err(e) = std::fs::write(&path, html) {
                eprintln!("prerender: cannot write {path}: {e}");
                return ExitCode::FAILURE;
            }
            eprintln!("prerender: first screen ({} bytes) in {path}", app.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The wasm build has no server renderer; this binary is for the build machine.
#[cfg(target_arch = "wasm32")]
fn main() {}
