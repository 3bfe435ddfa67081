//! `sip`: coordinated individual plans (SIP, *samordnad individuell plan*) as
//! YAML files in git. `main.rs` calls [`run`]; everything else lives here so
//! tests can reach it.

pub mod cache;
pub mod calendar;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod diff;
pub mod due;
pub mod error;
pub mod fsutil;
pub mod git;
pub mod hash;
pub mod i18n;
pub mod output;
pub mod personnummer;
pub mod plan;
pub mod reader;
pub mod render;
pub mod settings;
pub mod source;
pub mod stats;
pub mod suggest;
pub mod summary;
pub mod template;
pub mod walk;
pub mod worktree;

use clap::Parser;
use std::ffi::OsString;
use std::process::ExitCode;

use cli::{Cli, Command};
use commands::ExitStatus;
use error::Error;
use output::Printer;
use settings::Settings;

/// Parses arguments, runs the command, prints any error, and returns the exit
/// code of `commands.md`: 0 success, 1 findings, 2 could not do its job.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // A mistyped argument is echoed back: redact it like any output
            // (`--as-of 19121212-1212`). --help and --version go to stdout.
            let text = err.render().to_string();
            if err.use_stderr() {
                Printer::new(false, cli::ColorChoice::Never, config::Lang::En).stderr(&text);
            } else {
                let _ = Printer::plain().generated(&text);
            }
            // clap exits 0 for --help and --version, 2 for usage errors.
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    match dispatch(&cli) {
        Ok(ExitStatus::Success) => ExitCode::SUCCESS,
        Ok(ExitStatus::Failure) => ExitCode::from(1),
        Err(err) => {
            Printer::new(cli.quiet, cli.color, error_lang(&cli)).failure(&err);
            ExitCode::from(2)
        }
    }
}

fn dispatch(cli: &Cli) -> Result<ExitStatus, Error> {
    // These write what sip generates, in no language, and need no settings:
    // sip.toml is read once, by `Settings::resolve`, for every other command
    // (and by `run` only when there is an error to say).
    let generated = || Printer::new(cli.quiet, cli.color, cli.lang.unwrap_or_default());
    match &cli.command {
        Command::Schema(args) => return commands::schema(&generated(), args.output),
        Command::Completions(args) => return commands::completions(&generated(), args.shell),
        Command::Man(args) => return commands::man(&generated(), args),
        _ => {}
    }
    let settings = Settings::resolve(cli)?;
    match &cli.command {
        Command::Check(args) => commands::check(&settings, args),
        Command::Explain(args) => commands::explain(&settings, args),
        Command::Init(args) => commands::init(&settings, args),
        Command::New(args) => commands::new(&settings, args),
        Command::List(args) => commands::list(&settings, args),
        Command::Due(args) => commands::due(&settings, args),
        Command::Stats(args) => commands::stats(&settings, args),
        Command::Render(args) => commands::render(&settings, args),
        Command::Invite(args) => commands::invite(&settings, args),
        Command::Diff(args) => commands::diff(&settings, args),
        Command::Log(args) => commands::log(&settings, args),
        Command::Retention(args) => commands::retention(&settings, args),
        Command::GitDiff(args) => commands::git_diff(&settings, args),
        Command::Schema(_) | Command::Completions(_) | Command::Man(_) => {
            unreachable!("handled above")
        }
    }
}

/// The language of an error: `--lang`, else `lang` in the repository's
/// `sip.toml` when it can be read, else Swedish.
fn error_lang(cli: &Cli) -> config::Lang {
    if let Some(lang) = cli.lang {
        return lang;
    }
    let start = std::env::current_dir()
        .ok()
        .map(|dir| match &cli.directory {
            Some(d) => dir.join(d),
            None => dir,
        });
    start
        .and_then(|dir| config::Config::load(&settings::find_root(&dir)).ok())
        .map(|c| c.lang)
        .unwrap_or_default()
}
