//! `migsim lesson`: a built-in lesson as a handout for a course page (Markdown, or plain
//! text), every number from the model's run of its step (`migration_model::lesson`;
//! docs/lessons.md). `--list` names the lessons.

use clap::{CommandFactory, FromArgMatches, Parser, ValueEnum};
use migration_model::i18n::Lang;
use migration_model::lesson::{self, print, BUILT_IN, MENU};
use std::ffi::OsString;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Markdown: `# Title`, a `##` heading per step, tick boxes, `## Answers` at the end.
    #[value(alias = "markdown")]
    Md,
    /// Plain text with the same parts.
    Text,
}

/// Print a built-in lesson as a handout: each step's title and text with the numbers
/// from the model's run of its scene, its question with room to answer, and the
/// answers at the end.
#[derive(Debug, Parser)]
#[command(name = "migsim lesson", after_help = AFTER_HELP)]
struct LessonCli {
    /// The lesson's name, as in a link's `?lesson=` (see --list).
    #[arg(value_name = "ID", required_unless_present = "list")]
    id: Option<String>,
    /// List the built-in lessons: name, steps, title and topics.
    #[arg(long, conflicts_with = "id")]
    list: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    format: Format,
    /// The language: the lesson's translation when it has one (--list names them),
    /// else the English lesson; the handout's own words in this language either way.
    #[arg(long, value_name = "en|es|zh-CN", value_parser = super::exercise::lang, default_value = "en")]
    lang: Lang,
}

const AFTER_HELP: &str = "\
Examples:
  migsim lesson --list
  migsim lesson precopy > precopy.md
  migsim lesson drama --format text
  migsim lesson drama --lang es";

/// One line a lesson each: name, steps, title, topics.
fn list() -> String {
    MENU.iter()
        .map(|(id, title, steps, topics)| {
            let langs: Vec<&str> = lesson::languages_of(id).iter().map(|l| l.key()).collect();
            format!(
                "{id:<12} {steps:>2} steps  {title} ({topics}) [{}]\n",
                langs.join(", ")
            )
        })
        .collect()
}

/// Runs `migsim lesson <args>`.
pub fn main(args: Vec<OsString>) -> ExitCode {
    let cli = match LessonCli::command()
        .try_get_matches_from(args)
        .and_then(|m| LessonCli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return super::usage_error(e),
    };
    if cli.list {
        return super::emit(&list());
    }
    let id = cli.id.unwrap_or_default();
    let Some(lesson) = lesson::built_in_for(id.trim(), cli.lang) else {
        eprintln!(
            "error: lesson {id}: no lesson has this name ({})",
            BUILT_IN.join(", ")
        );
        return ExitCode::from(super::USAGE);
    };
    let handout = print::handout(&lesson);
    super::emit(&match cli.format {
        Format::Md => print::markdown(&handout),
        Format::Text => print::text(&handout),
    })
}
