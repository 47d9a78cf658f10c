//! abmctl: run an Apple device fleet the way Apple Business does, from a local SQLite ledger.
//!
//! The module tree follows the style guide: `cli` (clap types), `commands` (one file per
//! subcommand), `context`, `output`, `error`, `model` (domain types and validation),
//! `formats` (file readers), `import` (the arrival rules), `ledger` (all SQL).

// Tests may unwrap: a panic there is a failed test, not a user-facing crash.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub(crate) mod activity;
pub mod api;
pub(crate) mod cli;
pub(crate) mod client;
pub(crate) mod commands;
pub(crate) mod context;
pub(crate) mod discovery;
pub(crate) mod dns;
pub(crate) mod error;
pub(crate) mod formats;
pub(crate) mod import;
pub(crate) mod ledger;
pub mod model;
pub(crate) mod output;
pub(crate) mod result;
pub(crate) mod rules;
pub(crate) mod sandbox;
pub(crate) mod sync;
pub(crate) mod testing;
pub(crate) mod views;

use std::ffi::OsString;

use clap::Parser;

use crate::error::Exit;

/// Parses `args`, runs the command and returns the process exit code (SPEC §4).
pub fn main_entry(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    if args
        .get(1)
        .is_some_and(|a| a == commands::completions::GENERATE_ASSETS)
    {
        return commands::completions::generate_assets_main(&args[1..]);
    }
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            if code == 0 {
                // `--help` and `--version` are data: clap prints them to stdout.
                if e.print().is_err() {
                    output::eprint_raw("abmctl: cannot print the usage message\n");
                }
            } else {
                // Usage errors in the house style: `abmctl: error: …` (clap writes `error: …`).
                output::eprint_raw(&format!("abmctl: {}", e.render()));
            }
            return code;
        }
    };
    // The same colour decision the command's output makes, for its error.
    let color = output::color_enabled(cli.global.color);
    match run(cli) {
        Ok(()) => Exit::Success as i32,
        Err(e) if error::is_broken_pipe(&e) => Exit::Success as i32,
        Err(e) => output::report_error(&e, color) as i32,
    }
}

/// Runs a parsed command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let ctx = context::Ctx::new(&cli.global)?;
    commands::dispatch(&ctx, cli.command)
}
