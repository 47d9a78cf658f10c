//! `abmctl activity list | show`: the audit trail (SPEC §1.7). One file per sub-verb.

mod list;
mod show;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;

/// Read the activity log.
#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// List activities, newest first
    #[command(
        after_help = "Examples:\n  abmctl activity list --since 2026-11-01 --action import\n  \
abmctl activity list --serial C02XK1ZZJGH5 -o json"
    )]
    List(list::ListArgs),
    /// Show one activity with its per-device results
    ///
    /// With -o csv (or jsonl), prints only the per-device table: serialNumber, line, before,
    /// after, outcome, field, message, as Apple's activity CSV does.
    #[command(
        after_help = "Examples:\n  abmctl activity show 42\n  abmctl activity show 42 -o csv > activity-42.csv"
    )]
    Show(show::ShowArgs),
}

/// Runs `activity`.
pub fn run(ctx: &Ctx, command: ActivityCommand) -> Result<()> {
    match command {
        ActivityCommand::List(args) => list::run(ctx, args),
        ActivityCommand::Show(args) => show::run(ctx, args),
    }
}
