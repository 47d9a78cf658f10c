//! `abmctl report tokens`: services whose server token expires within N days. With
//! `--check` it exits 1 when any does, so a cron job can alert (and stays silent otherwise).

use anyhow::Result;
use clap::Args;
use rusqlite::Connection;

use crate::context::Ctx;
use crate::error::{Exit, Reported};
use crate::ledger::services;
use crate::views::ServiceView;

/// Arguments of `report tokens`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  abmctl report tokens --within 60\n  \
0 8 * * 1  abmctl -q report tokens --check || mail -s 'MDM token expiring' it@example.com")]
pub struct TokensArgs {
    /// Report tokens expiring within this many days (expired ones included)
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub within: i64,
    /// Exit 1 when any token is reported (for cron and monitoring)
    #[arg(long)]
    pub check: bool,
}

/// Runs `report tokens`.
pub fn run(ctx: &Ctx, conn: &Connection, args: TokensArgs) -> Result<()> {
    let expiring: Vec<ServiceView> = services::list(conn)?
        .into_iter()
        .map(|s| ServiceView::new(s, ctx.now))
        .filter(|v| v.token_days_left <= args.within)
        .collect();
    let n = expiring.len();
    ctx.out.list(expiring.into_iter().map(Ok))?;
    if n == 0 {
        ctx.out.status(format!(
            "No server token expires within {} days.",
            args.within
        ));
        return Ok(());
    }
    if args.check {
        let what =
            crate::commands::plural(n as u64, "server token expires", "server tokens expire");
        return Err(anyhow::Error::new(Reported(Exit::Failure)).context(format!(
            "{what} within {} days; renew with `abmctl mdm token`",
            args.within
        )));
    }
    Ok(())
}
