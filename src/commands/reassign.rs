//! `abmctl reassign`: put devices on a service whatever their current assignment (Step 4).

use anyhow::Result;
use clap::Args;

use super::selection::{Apply, SelectionArgs, StepArgs, apply};
use crate::context::Ctx;
use crate::rules::assignment::{Change, Target};

/// Arguments of `reassign`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl reassign --service Lab --to \"Main MDM\"\n  \
abmctl reassign --file moved.txt --to \"Main MDM\" --dry-run -o json\n\n\
An enrolled device keeps its enrollment in the old service until it is erased: its \
enrollmentStatus becomes STALE."
)]
pub struct ReassignArgs {
    #[command(flatten)]
    pub selection: SelectionArgs,
    /// The service the devices go to
    #[arg(long, value_name = "NAME")]
    pub to: String,
    #[command(flatten)]
    pub change: StepArgs,
}

/// Runs `reassign`.
pub fn run(ctx: &Ctx, args: ReassignArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    // A missing selector is a usage error (exit 2) before any rule is checked.
    args.selection.require_some()?;
    crate::rules::services::require_a_service(ledger.conn())?;
    let selection = args.selection.resolve(ledger.conn(), false)?;
    let service = crate::rules::services::find(ledger.conn(), &args.to)?;
    let mut params = args.selection.to_json();
    params["to"] = serde_json::json!(service.name);
    let target = Target::Service(service.id, service.name);
    let request = Apply {
        change: Change::Reassign,
        selection: &selection,
        target: &target,
        options: &args.change,
        parameters: params,
        confirmed: None,
    };
    apply(ctx, &mut ledger, request)?;
    Ok(())
}
