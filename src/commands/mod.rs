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
mod retention;
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
pub use retention::retention;
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

/// Prints each file that could not be read or parsed on stderr, after the
/// output of the rest; any such file makes the run an error (exit 2), so a
/// scheduled `sip due --fail-on-overdue` never passes over a broken plan.
pub fn report_broken(
    printer: &crate::output::Printer,
    broken: &[crate::reader::Broken],
) -> crate::error::Result<()> {
    let cat = printer.catalogue();
    for b in broken {
        let kind = cat.text(if b.unreadable {
            "error-word"
        } else {
            "list-broken-kind"
        });
        printer.stderr(&format!("{kind}: {}: {}", b.file, b.say(cat)));
    }
    match broken.len() {
        0 => Ok(()),
        count => Err(crate::error::Error::PlansUnreadable { count }),
    }
}
