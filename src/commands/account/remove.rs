//! `abmctl account remove`: remove a Managed Apple Account, unless personal devices are
//! enrolled with it.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::ledger::accounts;
use crate::result::Outcome;

/// Arguments of `account remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The Managed Apple Account, user@domain (any case)
    pub id: String,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `account remove`.
pub fn run(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
    let id = crate::model::parse_managed_apple_account(&args.id)
        .map_err(crate::error::usage)?
        .id;
    let mut ledger = ctx.ledger()?;
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::AccountRemove,
        json!({ "managedAppleAccount": id }),
        args.dry_run,
        |tx, _, result| {
            result.requested = 1;
            let Some(account) = accounts::find(tx, &id)? else {
                let message = format!("`{id}` is not a Managed Apple Account of the organisation");
                super::problem(result, None, "managedAppleAccount", message);
                return Ok(());
            };
            if let Some(reason) = crate::rules::accounts::removal_refusal(tx, &account)? {
                super::problem(result, None, "managedAppleAccount", reason);
                return Ok(());
            }
            accounts::delete(tx, &id)?;
            result.count(Outcome::Changed);
            result.summary.push(format!("Removed {id}."));
            Ok(())
        },
    )?;
    Ok(())
}
