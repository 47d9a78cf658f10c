//! `abmctl domain add`: add a domain, pending until its TXT record is verified.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::ledger::domains;
use crate::model::{DomainStatus, format_timestamp};
use crate::result::Outcome;
use crate::rules::domains as rules;

/// Arguments of `domain add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The domain, a fully qualified name (any case)
    pub domain: String,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `domain add`.
pub fn run(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let name = super::parse(&args.domain)?;
    let name = rules::check_new(&name)?;
    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    let deadline = format_timestamp(rules::verify_by(ctx.now)?);
    let mut publish: Option<(String, String)> = None;
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::DomainAdd,
        json!({ "domain": name }),
        args.dry_run,
        |tx, _, result| {
            result.requested = 1;
            let existing = domains::find(tx, &name)?;
            let status = existing.as_ref().map(|d| rules::status(d, ctx.now));
            match (existing, status) {
                (None, _) => {
                    let token = rules::new_token();
                    domains::insert(tx, &name, &token, &now, &deadline)?;
                    result.count(Outcome::Changed);
                    result
                        .summary
                        .push(format!("Added {name}, pending verification."));
                    publish = Some((rules::txt_record(&token), deadline.clone()));
                }
                (Some(d), Some(DomainStatus::Expired)) => {
                    let token = rules::new_token();
                    domains::restart(tx, d.id, &token, &now, &deadline)?;
                    result.count(Outcome::Changed);
                    result.summary.push(format!(
                        "Added {name} again (it was not verified in time), with a new token."
                    ));
                    publish = Some((rules::txt_record(&token), deadline.clone()));
                }
                (Some(d), Some(DomainStatus::Pending)) => {
                    result.count(Outcome::Unchanged);
                    result
                        .summary
                        .push(format!("{name} is already added, pending verification."));
                    publish = d
                        .token
                        .as_deref()
                        .map(rules::txt_record)
                        .zip(d.verify_by.clone());
                }
                (Some(_), _) => {
                    result.count(Outcome::Unchanged);
                    result
                        .summary
                        .push(format!("{name} is already verified; nothing to do."));
                }
            }
            Ok(())
        },
    )?;
    if let Some((record, by)) = publish {
        ctx.out.status(format!(
            "Publish this TXT record at {name} by {by}, then run `abmctl domain verify {name}`:\n  {record}"
        ));
    }
    Ok(())
}
