//! One file per subcommand; each returns the exit status it ends with.

mod check;
mod completions;
mod diff;
mod due;
mod explain;
mod init;
mod list;
mod log;
mod new;
mod render;
mod schema;
mod stats;

pub use check::check;
pub use completions::{completions, man};
pub use diff::{diff, git_diff};
pub use due::due;
pub use explain::explain;
pub use init::init;
pub use list::list;
pub use log::log;
pub use new::new;
pub use render::render;
pub use schema::schema;
pub use stats::stats;

/// How a command ended (`commands.md`, exit codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: success.
    Success,
    /// 1: the command found what it exists to find (errors, overdue items…).
    Failure,
}

/// Prints each broken file on stderr; an error (exit 2) if any was unreadable.
pub fn report_broken(
    printer: &crate::output::Printer,
    broken: &[crate::reader::Broken],
) -> crate::error::Result<()> {
    for b in broken {
        let kind = if b.unreadable { "error" } else { "broken" };
        printer.stderr(&format!("{kind}: {}: {}", b.file, b.reason));
    }
    match broken.iter().filter(|b| b.unreadable).count() {
        0 => Ok(()),
        count => Err(crate::error::Error::FilesFailed { count }),
    }
}
