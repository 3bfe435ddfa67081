//! The `sip` binary: hands the arguments to [`sip::run`] and exits with its code.

fn main() -> std::process::ExitCode {
    sip::run(std::env::args_os())
}
