//! `migsim exercise`: seeded problem sets with answers and worked solutions
//! (`migration_model::exercise`; the schema is in the README).

use clap::{CommandFactory, FromArgMatches, Parser, ValueEnum};
use migration_model::exercise::{self, SetSpec, Topic, MAX_COUNT, MAX_LEVEL};
use migration_model::i18n::Lang;
use std::ffi::OsString;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The problems, then the answer key with worked solutions.
    Text,
    /// `{"seed": N, "exercises": [...]}` (schema in the README).
    Json,
    /// Moodle GIFT: numeric, true/false and multiple-choice questions.
    Gift,
    /// One row per problem, for a spreadsheet grader.
    Csv,
}

fn topic(s: &str) -> Result<Topic, String> {
    Topic::from_key(s).ok_or_else(|| {
        let keys: Vec<&str> = Topic::ALL.iter().map(|t| t.key()).collect();
        format!("expected one of {}", keys.join(", "))
    })
}

fn level(s: &str) -> Result<u8, String> {
    match s.trim().parse::<u8>() {
        Ok(n) if (1..=MAX_LEVEL).contains(&n) => Ok(n),
        _ => Err(format!("expected 1 to {MAX_LEVEL}")),
    }
}

pub(super) fn lang(s: &str) -> Result<Lang, String> {
    Lang::from_key(s).map_err(|e| e.to_string())
}

fn count(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_COUNT).contains(&n) => Ok(n),
        _ => Err(format!("expected a whole number from 1 to {MAX_COUNT}")),
    }
}

/// Print a seeded set of migration problems with answers (from the simulation) and
/// worked solutions. The same seed gives the same set everywhere.
#[derive(Debug, Parser)]
#[command(name = "migsim exercise", after_help = AFTER_HELP)]
struct ExerciseCli {
    /// Seed of the set.
    #[arg(long, value_name = "N", value_parser = migration_model::units::whole::<u64>, default_value_t = 1)]
    seed: u64,
    /// Problems in the set, 1 to 100.
    #[arg(long, value_name = "K", value_parser = count, default_value_t = 10)]
    count: u32,
    /// Topics, comma-separated: cold, suspended, live, postcopy, hybrid, policies, faults,
    /// evacuation
    /// [default: all].
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = topic)]
    topics: Vec<Topic>,
    /// Highest difficulty: 1 (one formula), 2 (several steps, comparisons), 3 (working
    /// sets, faults, policies).
    #[arg(long, value_name = "1|2|3", value_parser = level, default_value_t = 2)]
    level: u8,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of the questions, solutions and exports: en, es or zh-CN. The same seed
    /// gives the same problems and answers in every language.
    #[arg(long, value_name = "en|es|zh-CN", value_parser = lang, default_value = "en")]
    lang: Lang,
}

const AFTER_HELP: &str = "\
Each problem's `args` are migsim flags: `migsim <args> --format json` reports the answer.

Examples:
  migsim exercise --seed 7 --count 5
  migsim exercise --seed 7 --count 5 --lang es                      # in Spanish
  migsim exercise --seed 7 --topics live,postcopy --level 3 --format gift > week7.gift";

/// Runs `migsim exercise <args>`.
pub fn main(args: Vec<OsString>) -> ExitCode {
    let cli = match ExerciseCli::command()
        .try_get_matches_from(args)
        .and_then(|m| ExerciseCli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return super::usage_error(e),
    };
    let set = exercise::generate_in(
        cli.lang,
        &SetSpec {
            seed: cli.seed,
            count: cli.count,
            topics: cli.topics,
            level: cli.level,
        },
    );
    let out = match cli.format {
        Format::Text => exercise::to_text(&set),
        Format::Json => serde_json::to_string_pretty(&set).expect("a set serialises") + "\n",
        Format::Gift => exercise::to_gift(&set),
        Format::Csv => exercise::to_csv(&set),
    };
    super::emit(&out)
}
