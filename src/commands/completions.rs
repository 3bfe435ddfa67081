//! `sip completions SHELL` and `sip man`: generated from the same clap
//! definition as the parser, so they never drift from it.

use clap::CommandFactory;

use super::ExitStatus;
use crate::cli::{Cli, ManArgs};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::output::Printer;

pub fn completions(printer: &Printer, shell: clap_complete::Shell) -> Result<ExitStatus> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "sip", &mut out);
    printer.generated(&String::from_utf8_lossy(&out))?;
    Ok(ExitStatus::Success)
}

/// `sip man [COMMAND] [--dir DIR]`: sip(1) names every command's page
/// (`sip-check(1)` …) under COMMANDS and SEE ALSO, and each of those pages
/// exists: `sip man check` prints one, `--dir` writes them all.
pub fn man(printer: &Printer, args: &ManArgs) -> Result<ExitStatus> {
    let pages = man_pages()?;
    if let Some(dir) = &args.dir {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
        for (file, page) in &pages {
            let path = dir.join(file);
            crate::fsutil::write_atomic_mode(
                &path,
                page.as_bytes(),
                true,
                crate::fsutil::Mode::Shared,
            )
            .map_err(|source| Error::Write { path, source })?;
        }
        return Ok(ExitStatus::Success);
    }
    let wanted = match args.command.as_deref() {
        None => "sip.1".to_owned(),
        Some(command) => format!("sip-{command}.1"),
    };
    match pages.iter().find(|(file, _)| *file == wanted) {
        Some((_, page)) => printer.generated(page)?,
        None => {
            let names: Vec<&str> = pages
                .iter()
                .filter_map(|(file, _)| file.strip_prefix("sip-")?.strip_suffix(".1"))
                .collect();
            return Err(Error::Unsupported {
                what: Message::new("error-man-unknown")
                    .arg("command", args.command.clone().unwrap_or_default()),
                hint: Message::new("hint-man-unknown").arg("commands", names.join(", ")),
            });
        }
    }
    Ok(ExitStatus::Success)
}

/// Every manual page: `(file name, roff)`, sip.1 first, then one per
/// command that is not hidden (`sip-check.1` …), each with a SEE ALSO.
pub fn man_pages() -> Result<Vec<(String, String)>> {
    let mut cli = Cli::command().disable_help_subcommand(true);
    cli.build();
    let commands: Vec<clap::Command> = cli
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .cloned()
        .collect();
    let page_name = |c: &clap::Command| {
        c.get_display_name()
            .unwrap_or_else(|| c.get_name())
            .to_owned()
    };
    let render = |cmd: clap::Command, see_also: &[String]| -> Result<(String, String)> {
        let man = clap_mangen::Man::new(cmd).source(format!("sip {}", env!("CARGO_PKG_VERSION")));
        let mut out = Vec::new();
        man.render(&mut out)
            .map_err(|source| Error::Stdout { source })?;
        let mut page = String::from_utf8_lossy(&out).into_owned();
        page.push_str(".SH \"SEE ALSO\"\n");
        let refs: Vec<String> = see_also
            .iter()
            .map(|name| format!("\\fB{}\\fR(1)", name.replace('-', "\\-")))
            .collect();
        page.push_str(&refs.join(",\n"));
        page.push('\n');
        Ok((man.get_filename(), page))
    };
    let names: Vec<String> = commands.iter().map(page_name).collect();
    let mut pages = vec![render(cli.clone(), &names)?];
    for command in commands {
        let own = page_name(&command);
        let mut see_also = vec![page_name(&cli)];
        see_also.extend(names.iter().filter(|n| **n != own).cloned());
        pages.push(render(command, &see_also)?);
    }
    Ok(pages)
}
