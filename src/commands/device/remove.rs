//! `abmctl device remove`: take a device added with Apple Configurator out of the organisation
//! again, within the 30 days after its first enrollment (Apple's provisional period).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::{Action, Flow};
use crate::context::Ctx;
use crate::model::format_timestamp;
use crate::rules::arrival::Stamp;
use crate::rules::enrollment;

/// Arguments of `device remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The device's serial number (any case)
    pub serial: String,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `device remove`.
pub fn run(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
    let serial = crate::model::serial_key(&args.serial);
    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    let ran = super::super::run_activity(
        ctx,
        &mut ledger,
        Action::DeviceRemove,
        json!({ "serialNumber": serial }),
        args.dry_run,
        |tx, id, result| {
            let stamp = Stamp {
                now: &now,
                activity_id: id,
            };
            if enrollment::remove(tx, &serial, ctx.now, stamp, result)? {
                result
                    .summary
                    .push(format!("Removed {serial} from the organisation."));
            }
            Ok(Flow::Done)
        },
    )?;
    super::super::print(ctx, ran)?;
    Ok(())
}
