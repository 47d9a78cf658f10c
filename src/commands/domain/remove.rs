//! `abmctl domain remove`: remove a domain that no account uses (never the reserved one).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::ledger::domains;
use crate::result::Outcome;

/// Arguments of `domain remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The domain (any case)
    pub domain: String,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `domain remove`.
pub fn run(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
    let name = super::parse(&args.domain)?;
    let mut ledger = ctx.ledger()?;
    let domain = crate::rules::domains::find(ledger.conn(), &name)?;
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::DomainRemove,
        json!({ "domain": name }),
        args.dry_run,
        |tx, _, result| {
            result.requested = 1;
            let Some(d) = domains::find(tx, &domain.name)? else {
                super::problem(result, "domain", format!("{name} was removed meanwhile"));
                return Ok(());
            };
            if let Some(reason) = crate::rules::domains::removal_refusal(&d) {
                super::problem(result, "domain", reason);
                return Ok(());
            }
            domains::delete(tx, d.id)?;
            result.count(Outcome::Changed);
            result.summary.push(format!("Removed {name}."));
            Ok(())
        },
    )?;
    Ok(())
}
