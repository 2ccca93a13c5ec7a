//! A problem's `migsim` flags back into [`Params`], without clap (the web app builds the
//! model without the CLI). Each flag reads its value with the same `units` parser as
//! `migsim`, so `args` mean the same here and on the command line (model/tests/exercise.rs
//! runs `migsim` on generated flags and compares).

use crate::params::Params;
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

/// `Params::default()` changed by `args` (`--flag value` pairs, `--auto-converge` alone).
pub fn params_from_args<S: AsRef<str>>(args: &[S]) -> Result<Params, ArgsError> {
    let mut p = Params::default();
    let mut it = args.iter().map(AsRef::as_ref);
    while let Some(flag) = it.next() {
        if flag == "--auto-converge" {
            p.auto_converge = true;
            continue;
        }
        let value = it
            .next()
            .ok_or_else(|| ArgsError(format!("{flag}: a value is required")))?;
        apply(&mut p, flag, value)
            .map_err(|why| ArgsError(format!("{flag}: {why}, got '{value}'")))?;
    }
    Ok(p)
}

fn apply(p: &mut Params, flag: &str, v: &str) -> Result<(), String> {
    match flag {
        "--type" => p.migration_type = units::migration_type(v)?,
        "--policy" => p.policy = units::policy(v)?,
        "--memory" => p.memory_bytes = units::size(v)?,
        "--zero-pages" => p.zero_page_share = units::share(v)?,
        "--page-size" => p.page_size_bytes = units::size(v)?,
        "--bandwidth" => p.bandwidth_bytes_per_s = units::rate(v)?,
        "--max-bandwidth" => p.max_bandwidth_bytes_per_s = units::optional_rate(v)?,
        "--dirty-rate" => p.dirty_rate_bytes_per_s = units::dirty_rate(v)?,
        "--dirty-model" => p.dirty_model = units::dirty_model(v)?,
        "--working-set" => p.working_set_bytes = units::optional_size(v)?,
        "--hot-set" => p.hot_set_share = units::share(v)?,
        "--hot-share" => p.hot_write_share = units::share(v)?,
        "--downtime-limit" => p.downtime_limit_s = units::duration(v)?,
        "--device-state" => p.device_state_bytes = units::size(v)?,
        "--resume-time" => p.resume_time_s = units::duration(v)?,
        "--disk" => p.disk_bytes = units::size(v)?,
        "--shared-storage" => p.shared_storage = units::boolean(v)?,
        "--storage-write" => p.storage_write_bytes_per_s = units::rate(v)?,
        "--storage-read" => p.storage_read_bytes_per_s = units::rate(v)?,
        "--shutdown-time" => p.shutdown_time_s = units::duration(v)?,
        "--boot-time" => p.boot_time_s = units::duration(v)?,
        "--rtt" => p.rtt_s = units::duration(v)?,
        "--suspend-after" => p.suspend_after_s = units::optional_duration(v)?,
        "--suspend-transfer" => p.suspend_transfer = units::suspend_transfer(v)?,
        "--writer-cpu-share" => p.writer_cpu_share = units::share(v)?,
        "--hybrid-rounds" => p.hybrid_precopy_rounds = units::whole(v)?,
        "--time-limit" => p.time_limit_s = units::duration(v)?,
        "--seed" => p.seed = units::whole(v)?,
        "--fault" => p.faults.push(units::fault(v)?),
        "--hold" => p.holds.push(units::hold(v)?),
        _ => return Err("unknown flag".into()),
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
    }
}
