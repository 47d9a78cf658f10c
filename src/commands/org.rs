//! `abmctl org show | set`: the organisation this ledger holds.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Ctx;
use crate::ledger::org::{self, Org};
use crate::output::Row;

/// Show or rename the organisation.
#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Show the organisation's name, Organization ID, creation date and reserved domain
    ///
    /// Give the Organization ID to a reseller so it can submit your orders. The reserved
    /// domain (`<name>.appleaccount.com`) holds Managed Apple Accounts without a verified domain.
    #[command(after_help = "Example:\n  abmctl org show -o json")]
    Show,
    /// Rename the organisation
    #[command(after_help = "Example:\n  abmctl org set --name \"Better Bag Ltd\"")]
    Set(SetArgs),
}

/// Arguments of `org set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The organisation's new name
    #[arg(long)]
    pub name: String,
}

impl Row for Org {
    fn headers() -> &'static [&'static str] {
        &[
            "name",
            "organizationId",
            "createdDateTime",
            "reservedDomain",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.organization_id.clone(),
            self.created_date_time.clone(),
            self.reserved_domain.clone().unwrap_or_default(),
        ]
    }
}

/// Runs `org`.
pub fn run(ctx: &Ctx, command: OrgCommand) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    match command {
        OrgCommand::Show => ctx.out.record(&org::get(ledger.conn())?),
        OrgCommand::Set(args) => {
            let name = args.name.trim().to_string();
            if name.is_empty() || name.chars().any(char::is_control) {
                return Err(crate::error::usage(
                    "the organisation name cannot be empty or contain control characters",
                ));
            }
            let before = org::get(ledger.conn())?.name;
            if before == name {
                // Nothing to change: no activity, exit 0, and say so.
                let mut result = crate::activity::Action::OrgSet.result(false);
                result.summary.push(format!(
                    "The organisation is already called {name}; nothing to do."
                ));
                return ctx.out.result(&result);
            }
            let params = json!({ "name": name });
            super::mutate(
                ctx,
                &mut ledger,
                crate::activity::Action::OrgSet,
                params,
                false,
                |tx, _, result| {
                    org::set_name(tx, &name)?;
                    result.requested = 1;
                    result.count(crate::result::Outcome::Changed);
                    result
                        .summary
                        .push(format!("Renamed the organisation from {before} to {name}."));
                    Ok(())
                },
            )?;
            Ok(())
        }
    }
}
