//! `abmctl unassign`: take devices off their device management service (Step 4).

use anyhow::Result;
use clap::Args;

use super::selection::{Apply, SelectionArgs, StepArgs, apply};
use crate::context::Ctx;
use crate::rules::assignment::{Change, Target};

/// Arguments of `unassign`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl unassign C02XK1ZZJGH5\n  abmctl unassign --service Lab --family iPad"
)]
pub struct UnassignArgs {
    #[command(flatten)]
    pub selection: SelectionArgs,
    #[command(flatten)]
    pub change: StepArgs,
}

/// Runs `unassign`.
pub fn run(ctx: &Ctx, args: UnassignArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let selection = args.selection.resolve(ledger.conn(), false)?;
    let params = args.selection.to_json();
    let request = Apply {
        change: Change::Unassign,
        selection: &selection,
        target: &Target::None,
        options: &args.change,
        parameters: params,
        confirmed: None,
    };
    apply(ctx, &mut ledger, request)?;
    Ok(())
}
