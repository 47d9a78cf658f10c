//! `abmctl org show | set | list`: the organisation this ledger holds, and the organisations
//! kept one ledger each under `--org`.

pub mod list;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Ctx;
use crate::ledger::org;
use crate::views::OrgView;

/// Show or rename the organisation, or list the organisations.
#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Show the organisation's name, Organization ID, creation date and ledger file
    ///
    /// Give the Organization ID to a reseller so it can submit your orders.
    #[command(after_help = "Example:\n  abmctl org show -o json")]
    Show,
    /// Rename the organisation
    #[command(after_help = "Example:\n  abmctl org set --name \"Better Bag Ltd\"")]
    Set(SetArgs),
    /// List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)
    List(list::ListArgs),
}

/// Arguments of `org set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The organisation's new name
    #[arg(long)]
    pub name: String,
}

/// An organisation's name as given (`org set --name`, `init --name`), trimmed; empty or with
/// control characters, a usage error.
pub fn check_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(crate::error::usage(
            "the organisation name cannot be empty or contain control characters",
        ));
    }
    Ok(name.to_string())
}

/// Runs `org`.
pub fn run(ctx: &Ctx, command: OrgCommand) -> Result<()> {
    let args = match command {
        OrgCommand::List(args) => return list::run(ctx, args),
        OrgCommand::Show => {
            let ledger = ctx.ledger()?;
            let view = OrgView::new(org::get(ledger.conn())?, &ctx.ledger_path);
            return ctx.out.record(&view);
        }
        OrgCommand::Set(args) => args,
    };
    let name = check_name(&args.name)?;
    let mut ledger = ctx.ledger()?;
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
