//! `abmctl unassign`: take devices off their device management service (Step 4).

use anyhow::Result;
use clap::Args;

use super::selection::{ChangeArgs, SelectionArgs, apply};
use crate::assignment::{Action, Target};
use crate::context::Ctx;

/// Arguments of `unassign`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl unassign C02XK1ZZJGH5\n  abmctl unassign --service Lab --family iPad"
)]
pub struct UnassignArgs {
    #[command(flatten)]
    pub selection: SelectionArgs,
    #[command(flatten)]
    pub change: ChangeArgs,
}

/// Runs `unassign`.
pub fn run(ctx: &Ctx, args: UnassignArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let selection = args.selection.resolve(ledger.conn(), false)?;
    let params = args.selection.to_json();
    apply(
        ctx,
        &mut ledger,
        Action::Unassign,
        &selection,
        &Target::None,
        &args.change,
        params,
    )?;
    Ok(())
}
