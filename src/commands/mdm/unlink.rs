//! `abmctl mdm unlink`: unlink a service. Refused while devices are assigned to it (Apple's
//! API refuses to delete such a service too).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::services;

/// Arguments of `mdm unlink`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  abmctl mdm unlink Lab")]
pub struct UnlinkArgs {
    /// The service's name (any case)
    pub name: String,
}

/// Runs `mdm unlink`.
pub fn run(ctx: &Ctx, args: UnlinkArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let service = super::find(ledger.conn(), &args.name)?;
    if service.device_count > 0 {
        let n = super::super::plural(service.device_count as u64, "device is", "devices are");
        return Err(with_hint(
            format!("cannot unlink {}: {n} still assigned to it", service.name),
            "move them to another service with `abmctl reassign --service NAME --to OTHER`, \
             or unassign them with `abmctl unassign --service NAME`, then unlink",
        ));
    }
    let params = json!({ "name": service.name });
    super::super::mutate(
        ctx,
        &mut ledger,
        "mdm.unlink",
        params,
        false,
        |tx, _, result| {
            services::delete(tx, service.id)?;
            result.summary.push(format!(
                "Unlinked device management service {}.",
                service.name
            ));
            Ok(())
        },
    )?;
    Ok(())
}
