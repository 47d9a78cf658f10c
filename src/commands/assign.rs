//! `abmctl assign`: put devices on a device management service (Step 4). Never moves a device
//! off another service: that is `reassign`.

use anyhow::Result;
use clap::Args;

use super::selection::{ChangeArgs, SelectionArgs, apply};
use crate::assignment::{Action, Target};
use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::{defaults, services};

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
    pub change: ChangeArgs,
}

/// Refuses Step 4 before Step 2: Apple's rule is that nothing can be assigned until a device
/// management service is linked.
pub fn require_a_service(conn: &rusqlite::Connection) -> Result<()> {
    if services::count(conn)? == 0 {
        return Err(with_hint(
            "no device management service is linked, so no device can be assigned yet",
            "link one first with `abmctl mdm link NAME`",
        ));
    }
    Ok(())
}

/// Runs `assign`.
pub fn run(ctx: &Ctx, args: AssignArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    // A missing selector is a usage error (exit 2) before any rule is checked.
    if !args.apply_defaults {
        args.selection.require_some()?;
    }
    require_a_service(ledger.conn())?;
    let selection = args.selection.resolve(ledger.conn(), args.apply_defaults)?;
    let target = match &args.to {
        Some(name) => {
            let s = super::mdm::find(ledger.conn(), name)?;
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
    apply(
        ctx,
        &mut ledger,
        Action::Assign,
        &selection,
        &target,
        &args.change,
        params,
    )?;
    Ok(())
}
