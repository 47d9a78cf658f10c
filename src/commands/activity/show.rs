//! `abmctl activity show ID`: one activity with its per-device results.

use anyhow::Result;
use clap::Args;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::activities;
use crate::output::OutputFormat;

/// Arguments of `activity show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The activity's id
    pub id: i64,
}

/// Runs `activity show`.
pub fn run(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let Some(activity) = activities::get(ledger.conn(), args.id)? else {
        return Err(with_hint(
            format!("no activity has the id {}", args.id),
            "list them with `abmctl activity list`",
        ));
    };
    activities::with_items(ledger.conn(), activity.id, |items| match ctx.out.format {
        // The per-device table alone, as Apple's activity CSV gives it.
        OutputFormat::Csv | OutputFormat::Jsonl => ctx.out.list(items).map(|_| ()),
        OutputFormat::Json => ctx.out.record_with_list(&activity, "items", items),
        OutputFormat::Table | OutputFormat::Wide => {
            ctx.out.record(&activity)?;
            ctx.out.list(items).map(|_| ())
        }
    })
}
