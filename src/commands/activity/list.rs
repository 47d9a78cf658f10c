//! `abmctl activity list`: activities, newest first, filtered by time, action and serial.

use anyhow::Result;
use clap::Args;

use crate::context::Ctx;
use crate::ledger::activities::{self, ActivityFilter};
use crate::model;

/// Arguments of `activity list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only activities at or after this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "T")]
    pub since: Option<String>,
    /// Only this action (import, supplier.link, mdm.link, device.add, …)
    #[arg(long, value_name = "A")]
    pub action: Option<String>,
    /// Only activities that added, changed or skipped this serial number (re-imports that
    /// found it unchanged are left out)
    #[arg(long, value_name = "S")]
    pub serial: Option<String>,
    /// At most N activities
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// Runs `activity list`.
pub fn run(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let since = args
        .since
        .as_deref()
        .map(|d| {
            model::parse_timestamp(d)
                .map(model::format_timestamp)
                .map_err(|e| crate::error::usage(format!("--since: {e}")))
        })
        .transpose()?;
    let serial = args.serial.as_deref().map(model::serial_key);
    let filter = ActivityFilter {
        since,
        action: args.action,
        serial,
        limit: args.limit,
    };
    let rows = activities::list(ledger.conn(), &filter)?;
    if ctx.out.list(rows.into_iter().map(Ok))? == 0 {
        ctx.out.status("No activities match.");
    }
    Ok(())
}
