//! The `abmctl` binary: parse, run, map the error to an exit code. Nothing else.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(abmctl::main_entry(std::env::args_os()) as u8)
}
