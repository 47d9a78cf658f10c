//! `abmctl mdm rename`: rename a service (devices stay assigned to it).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::context::Ctx;
use crate::ledger::services;
use crate::model::format_timestamp;

/// Arguments of `mdm rename`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  abmctl mdm rename \"Main MDM\" \"HQ MDM\"")]
pub struct RenameArgs {
    /// The service's current name (any case)
    pub name: String,
    /// The new name
    pub new_name: String,
}

/// Runs `mdm rename`.
pub fn run(ctx: &Ctx, args: RenameArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let service = crate::rules::services::find(ledger.conn(), &args.name)?;
    let new_name = args.new_name.trim().to_string();
    if new_name == service.name {
        let mut result = crate::activity::Action::MdmRename.result(false);
        result.summary.push(format!(
            "The service is already called {new_name}; nothing to do."
        ));
        return ctx.out.result(&result);
    }
    crate::rules::services::check_new_name(ledger.conn(), &new_name, Some(service.id))?;
    let now = format_timestamp(ctx.now);
    let params = json!({ "name": service.name, "newName": new_name });
    super::super::mutate(
        ctx,
        &mut ledger,
        crate::activity::Action::MdmRename,
        params,
        false,
        |tx, _, result| {
            services::rename(tx, service.id, &new_name, &now)?;
            result
                .summary
                .push(format!("Renamed service {} to {new_name}.", service.name));
            Ok(())
        },
    )?;
    Ok(())
}
