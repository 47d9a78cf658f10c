//! `abmctl account add`: add (or change) one Managed Apple Account.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::model::{AccountEnrollment, format_timestamp};
use crate::result::Outcome;
use crate::rules::accounts::{self, Decision, NewAccount};

/// Arguments of `account add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The Managed Apple Account, user@domain (any case)
    pub id: String,
    /// The person's name
    #[arg(long)]
    pub name: Option<String>,
    /// The service this account's account-driven enrollments go to (default: each device
    /// family's default service)
    #[arg(long, value_name = "NAME")]
    pub service: Option<String>,
    /// What service discovery offers this account: user (account-driven User Enrollment of
    /// personal devices, the default for a new account) or device (account-driven Device
    /// Enrollment)
    #[arg(long, value_name = "user|device")]
    pub enrollment: Option<AccountEnrollment>,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `account add`.
pub fn run(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let name = args
        .name
        .as_deref()
        .map(accounts::check_name)
        .transpose()
        .map_err(|e| crate::error::usage(format!("--name: {e}")))?;
    let mut ledger = ctx.ledger()?;
    let service = match &args.service {
        Some(s) => {
            let found = crate::rules::services::find(ledger.conn(), s)?;
            Some((found.id, found.name))
        }
        None => None,
    };
    let now = format_timestamp(ctx.now);
    let params = json!({
        "managedAppleAccount": args.id.trim(),
        "name": name,
        "service": service.as_ref().map(|(_, n)| n),
        "enrollment": args.enrollment.map(AccountEnrollment::as_str),
    });
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::AccountAdd,
        params,
        args.dry_run,
        |tx, _, result| {
            result.requested = 1;
            let (id, domain_id) = match accounts::check_id(tx, &args.id, ctx.now)? {
                Ok(ok) => ok,
                Err(message) => {
                    super::problem(result, None, "managedAppleAccount", message);
                    return Ok(());
                }
            };
            let new = NewAccount {
                id: id.clone(),
                name: name.clone(),
                service: service.clone(),
                enrollment: args.enrollment,
            };
            match accounts::add(tx, &id, domain_id, &new, &now)? {
                Decision::New => {
                    result.count(Outcome::Changed);
                    result.summary.push(format!("Added {id}."));
                }
                Decision::Updated(fields) => {
                    result.count(Outcome::Changed);
                    result
                        .summary
                        .push(format!("Updated {id} ({}).", fields.join(", ")));
                }
                Decision::Unchanged => {
                    result.count(Outcome::Unchanged);
                    result
                        .summary
                        .push(format!("{id} is already there; nothing to do."));
                }
            }
            Ok(())
        },
    )?;
    Ok(())
}
