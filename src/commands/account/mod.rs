//! `abmctl account …` (Step 5): Managed Apple Accounts, the users who enroll devices by
//! signing in (account-driven enrollment). One file per sub-verb; the rules are in
//! `rules::accounts`, the printed view in `views::AccountView`.

mod add;
mod import;
mod list;
mod remove;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;
use crate::result::{CommandResult, Problem};

/// Manage Managed Apple Accounts.
#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Add a Managed Apple Account (its domain must be verified, or the reserved domain)
    ///
    /// Adding an account that exists changes the fields given (--name, --service,
    /// --enrollment) and keeps the others; with the same fields it is a no-op.
    #[command(
        after_help = "Examples:\n  abmctl account add jo@example.com --name \"Jo Bloggs\"\n  \
abmctl account add lab-user@example.com --service Lab --enrollment device"
    )]
    Add(add::AddArgs),
    /// Add many accounts from a CSV file, all or nothing
    ///
    /// The header names the columns `managedAppleAccount,name[,service][,enrollment]`; every
    /// problem is reported as `file:line: field: reason` and nothing changes unless there is
    /// none.
    #[command(after_help = "Examples:\n  abmctl account import staff.csv\n  \
abmctl account import - --dry-run -o json < staff.csv")]
    Import(import::ImportArgs),
    /// List the accounts, with their service and personal devices
    #[command(after_help = "Example:\n  abmctl account list -o json")]
    List,
    /// Remove an account (refused while personal devices are enrolled with it)
    #[command(after_help = "Example:\n  abmctl account remove jo@example.com")]
    Remove(remove::RemoveArgs),
}

/// Runs `account`.
pub fn run(ctx: &Ctx, command: AccountCommand) -> Result<()> {
    match command {
        AccountCommand::Add(a) => add::run(ctx, a),
        AccountCommand::Import(a) => import::run(ctx, a),
        AccountCommand::List => list::run(ctx),
        AccountCommand::Remove(a) => remove::run(ctx, a),
    }
}

/// Adds a problem about `field` (`managedAppleAccount`, `name`, `service`, …), on a file
/// line when there is one, and counts it failed.
fn problem(result: &mut CommandResult, line: Option<String>, field: &str, message: String) {
    result.problems.push(Problem {
        serial_number: None,
        line,
        field: Some(field.to_string()),
        message,
    });
    result.failed += 1;
}
