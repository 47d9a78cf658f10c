//! `abmctl device list`: the fleet, filtered (SPEC §2), streamed to stdout. Its filters are
//! shared with `export`.

use anyhow::Result;
use clap::Args;

use crate::commands::filters::DeviceFilterArgs;
use crate::context::Ctx;
use crate::ledger::devices;

/// Arguments of `device list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: DeviceFilterArgs,
}

/// Runs `device list`.
pub fn run(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let filter = args.filters.to_filter(ledger.conn())?;
    // Rows stream from the query to stdout: a million-row list never sits in memory (a table
    // is the exception: it has to measure its columns).
    let printed = devices::with_rows(ledger.conn(), &filter, |rows| ctx.out.list(rows))?;
    if printed == 0 {
        ctx.out.status("No devices match.");
    }
    Ok(())
}
