//! `abmctl assign`: put devices on a device management service (Step 4). Never moves a device
//! off another service: that is `reassign`.

use anyhow::Result;
use clap::Args;

use super::selection::{Apply, SelectionArgs, StepArgs, apply};
use crate::context::Ctx;
use crate::ledger::defaults;
use crate::rules::assignment::{Change, Target};

/// Arguments of `assign`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl assign --order 4711 --to \"Main MDM\"\n  \
abmctl assign C02XK1ZZJGH5 F2KZ3N4G5HD3 --to Lab --dry-run\n  \
abmctl assign --file serials.csv --to \"Main MDM\" --skip-invalid\n  \
abmctl assign --apply-defaults --family iPad"
)]
pub struct AssignArgs {
    #[command(flatten)]
    pub selection: SelectionArgs,
    /// The service to assign the devices to
    #[arg(
        long,
        value_name = "NAME",
        required_unless_present = "apply_defaults",
        conflicts_with = "apply_defaults"
    )]
    pub to: Option<String>,
    /// Assign each device to its family's default service (`mdm default set`); with no
    /// selector, every unassigned device that has one
    #[arg(long)]
    pub apply_defaults: bool,
    #[command(flatten)]
    pub change: StepArgs,
}

/// Runs `assign`.
pub fn run(ctx: &Ctx, args: AssignArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    // A missing selector is a usage error (exit 2) before any rule is checked.
    if !args.apply_defaults {
        args.selection.require_some()?;
    }
    crate::rules::services::require_a_service(ledger.conn())?;
    let selection = args.selection.resolve(ledger.conn(), args.apply_defaults)?;
    let target = match &args.to {
        Some(name) => {
            let s = crate::rules::services::find(ledger.conn(), name)?;
            Target::Service(s.id, s.name)
        }
        None => Target::Defaults(
            defaults::list(ledger.conn())?
                .into_iter()
                .map(|d| (d.family, (d.service_id, d.service_name)))
                .collect(),
        ),
    };
    let mut params = args.selection.to_json();
    params["to"] = serde_json::json!(args.to);
    params["applyDefaults"] = serde_json::json!(args.apply_defaults);
    let request = Apply {
        change: Change::Assign,
        selection: &selection,
        target: &target,
        options: &args.change,
        parameters: params,
        confirmed: None,
    };
    apply(ctx, &mut ledger, request)?;
    Ok(())
}
