//! A problem's `migsim` flags back into [`Params`], without clap (the web app builds the
//! model without the CLI). The flags and their readers are `migsim`'s own, from
//! [`crate::spec::PARAMS`], so `args` mean the same here and on the command line (model/tests/exercise.rs
//! runs `migsim` on generated flags and compares).

use crate::evacuate::{vm_from_spec, Order, Vm};
use crate::params::Params;
use crate::spec::{self, ParamSpec, FAULT_KEY, HOLD_KEY};
use crate::units;
use std::fmt;

/// A flag this reader does not know, a missing value or a bad one.
#[derive(Clone, Debug, PartialEq)]
pub struct ArgsError(pub String);

impl fmt::Display for ArgsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ArgsError {}

/// `Params::default()` changed by `args` (`--flag value` pairs; a yes/no flag such as
/// `--auto-converge` may stand alone). The flags are `spec::PARAMS`' with `--fault` and
/// `--hold`, as `migsim` takes them.
pub fn params_from_args<S: AsRef<str>>(args: &[S]) -> Result<Params, ArgsError> {
    let mut p = Params::default();
    let mut it = args.iter().map(AsRef::as_ref).peekable();
    while let Some(flag) = it.next() {
        // A flag is `--name`; anything else is no flag the table knows.
        let name = flag.strip_prefix("--").unwrap_or("");
        let spec = spec::of_flag(name);
        let alone = it.peek().is_none_or(|v| v.starts_with("--"));
        let value = match spec {
            Some(s) if spec::is_switch(s) && alone => "yes",
            _ => it
                .next()
                .ok_or_else(|| ArgsError(format!("{flag}: a value is required")))?,
        };
        apply(&mut p, spec, name, value)
            .map_err(|why| ArgsError(format!("{flag}: {why}, got '{value}'")))?;
    }
    Ok(p)
}

/// The first word of an evacuation problem's flags: `migsim evacuate --vm … --concurrency
/// K --order O` and the shared flags.
pub const EVACUATE: &str = "evacuate";

/// An evacuation problem's flags, read.
#[derive(Clone, Debug, PartialEq)]
pub struct EvacuationArgs {
    /// Each `--vm SPEC` over the shared flags, in the order given.
    pub vms: Vec<Vm>,
    /// The shared flags (the host's link is their `bandwidth_bytes_per_s`).
    pub base: Params,
    /// `--concurrency` (1 when absent, as `migsim evacuate`).
    pub k: usize,
    pub order: Order,
}

/// Whether `args` are an evacuation's (`evacuate` first).
pub fn is_evacuation<S: AsRef<str>>(args: &[S]) -> bool {
    args.first().map(AsRef::as_ref) == Some(EVACUATE)
}

/// `migsim evacuate`'s flags read as that command reads them: `--vm`, `--concurrency`,
/// `--order`, and the rest as [`params_from_args`] for every VM.
pub fn evacuation_from_args<S: AsRef<str>>(args: &[S]) -> Result<EvacuationArgs, ArgsError> {
    if !is_evacuation(args) {
        return Err(ArgsError(format!("expected {EVACUATE} first")));
    }
    let (mut specs, mut k, mut order, mut shared) = (Vec::new(), 1, Order::Given, Vec::new());
    let mut it = args[1..].iter().map(AsRef::as_ref);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .ok_or_else(|| ArgsError(format!("{flag}: a value is required")))
        };
        match flag {
            "--vm" => specs.push(value()?),
            "--concurrency" => {
                let v = value()?;
                k =
                    v.parse().ok().filter(|k| *k >= 1).ok_or_else(|| {
                        ArgsError(format!("{flag}: expected 1 or more, got '{v}'"))
                    })?;
            }
            "--order" => {
                let v = value()?;
                order = Order::from_key(v)
                    .ok_or_else(|| ArgsError(format!("{flag}: no such order, got '{v}'")))?;
            }
            _ => shared.push(flag),
        }
    }
    let base = params_from_args(&shared)?;
    let vms = specs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            vm_from_spec(s, &base, i + 1).map_err(|e| ArgsError(format!("--vm {s}: {e}")))
        })
        .collect::<Result<Vec<Vm>, ArgsError>>()?;
    Ok(EvacuationArgs {
        vms,
        base,
        k,
        order,
    })
}

fn apply(p: &mut Params, spec: Option<&ParamSpec>, name: &str, v: &str) -> Result<(), String> {
    match spec {
        Some(s) => (s.read)(p, v)?,
        None if name == FAULT_KEY => p.faults.push(units::fault(v)?),
        None if name == HOLD_KEY => p.holds.push(units::hold(v)?),
        None => return Err("unknown flag".into()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{MigrationType, GIB};

    #[test]
    fn flags_set_fields_and_the_rest_stay_default() {
        let p = params_from_args(&["--type", "cold", "--memory", "8GiB", "--auto-converge"])
            .expect("valid");
        assert_eq!(p.migration_type, MigrationType::Cold);
        assert_eq!(p.memory_bytes, 8 * GIB);
        assert!(p.auto_converge);
        assert_eq!(
            p.bandwidth_bytes_per_s,
            Params::default().bandwidth_bytes_per_s
        );
    }

    #[test]
    fn bad_flags_are_named() {
        let e = params_from_args(&["--bandwidth", "fast"]).unwrap_err();
        assert!(e.0.starts_with("--bandwidth:"), "{e}");
        assert!(params_from_args(&["--memory"]).is_err());
        assert!(params_from_args(&["--colour", "red"]).is_err());
        assert!(
            params_from_args(&["memory", "8GiB"]).is_err(),
            "a flag has its dashes"
        );
    }

    #[test]
    fn every_flag_of_the_table_is_read() {
        let p = params_from_args(&[
            "--writer-cpu-share",
            "5%",
            "--suspend-transfer",
            "stream",
            "--suspend-after",
            "0s",
            "--policy",
            "textbook",
            "--resume-time",
            "0ms",
            "--device-state",
            "0",
            "--auto-converge",
            "no",
            "--shared-storage",
            "--hold",
            "compliance@5s:2h",
        ])
        .expect("valid");
        assert_eq!(p.writer_cpu_share, 0.05);
        assert_eq!(p.suspend_transfer, crate::SuspendTransfer::Stream);
        assert_eq!(p.suspend_after_s, Some(0.0));
        assert_eq!(p.policy, crate::StopPolicy::Textbook);
        assert_eq!((p.resume_time_s, p.device_state_bytes), (0.0, 0));
        assert!(!p.auto_converge);
        assert!(p.shared_storage, "a yes/no flag alone means yes");
        assert_eq!(p.holds.len(), 1);
    }
}
