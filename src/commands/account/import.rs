//! `abmctl account import`: add many Managed Apple Accounts from a CSV, all or nothing.

use std::collections::HashMap;

use anyhow::{Context as _, Result};
use clap::Args;
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::formats::accounts::{self as file, AccountRow};
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::model::{AccountEnrollment, format_timestamp};
use crate::result::Outcome;
use crate::rules::accounts::{self, Decision, NewAccount};

/// Arguments of `account import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (`-` for stdin)
    pub file: std::path::PathBuf,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `account import`.
pub fn run(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let (rows, name) = if args.file.as_os_str() == "-" {
        (
            file::read(std::io::stdin().lock(), "<stdin>")?,
            "<stdin>".to_string(),
        )
    } else {
        let name = args.file.display().to_string();
        let f = std::fs::File::open(&args.file).with_context(|| format!("cannot open {name}"))?;
        (file::read(f, &name)?, name)
    };
    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::AccountImport,
        json!({ "file": name, "rows": rows.len() }),
        args.dry_run,
        |tx, id, result| {
            result.requested = rows.len() as u64;
            let mut checked = Vec::new();
            let mut seen: HashMap<String, u64> = HashMap::new();
            for row in &rows {
                let line = Some(format!("{name}:{}", row.line));
                match check(tx, ctx, row)? {
                    Err((field, message)) => super::problem(result, line, field, message),
                    Ok((account, domain_id)) => match seen.insert(account.id.clone(), row.line) {
                        Some(first) => super::problem(
                            result,
                            line,
                            "managedAppleAccount",
                            format!("appears more than once in this file (first on line {first})"),
                        ),
                        None => checked.push((account, domain_id, row.line)),
                    },
                }
            }
            if result.failed > 0 {
                return Ok(());
            }
            let mut items = ItemWriter::new(id);
            let (mut added, mut updated) = (0u64, 0u64);
            for (account, domain_id, line) in &checked {
                let (outcome, message) =
                    match accounts::add(tx, &account.id, *domain_id, account, &now)? {
                        Decision::New => {
                            added += 1;
                            (Outcome::Changed, "added".to_string())
                        }
                        Decision::Updated(fields) => {
                            updated += 1;
                            (Outcome::Changed, format!("updated {}", fields.join(", ")))
                        }
                        Decision::Unchanged => (Outcome::Unchanged, "already there".to_string()),
                    };
                let line = format!("{name}:{line}");
                let message = format!("{}: {message}", account.id);
                let item = NewItem {
                    line: Some(&line),
                    field: Some("managedAppleAccount"),
                    message: Some(&message),
                    ..Default::default()
                };
                items.push(tx, outcome, &item)?;
                result.count(outcome);
            }
            let mut parts = Vec::new();
            if added > 0 {
                parts.push(format!(
                    "Added {}",
                    super::super::plural(added, "account", "accounts")
                ));
            }
            if updated > 0 {
                let verb = if parts.is_empty() {
                    "Updated"
                } else {
                    "updated"
                };
                parts.push(format!("{verb} {updated}"));
            }
            if result.unchanged > 0 {
                parts.push(format!("{} unchanged", result.unchanged));
            }
            if !parts.is_empty() {
                result.summary.push(format!("{}.", parts.join(", ")));
            }
            Ok(())
        },
    )?;
    Ok(())
}

/// A checked row (the account, its domain's row id), or its problem (field, message).
type Checked = std::result::Result<(NewAccount, i64), (&'static str, String)>;

/// Checks one row: its account (on a verified domain), name, service and enrollment.
fn check(conn: &rusqlite::Connection, ctx: &Ctx, row: &AccountRow) -> Result<Checked> {
    let Some(raw) = row.id.as_deref() else {
        return Ok(Err(("managedAppleAccount", "is empty".to_string())));
    };
    let (id, domain_id) = match accounts::check_id(conn, raw, ctx.now)? {
        Ok(ok) => ok,
        Err(message) => return Ok(Err(("managedAppleAccount", message))),
    };
    let name = match row.name.as_deref().map(accounts::check_name).transpose() {
        Ok(n) => n,
        Err(message) => return Ok(Err(("name", message))),
    };
    let service = match row.service.as_deref() {
        None => None,
        Some(s) => match crate::ledger::services::find(conn, s)? {
            Some(found) => Some((found.id, found.name)),
            None => {
                return Ok(Err((
                    "service",
                    format!("no device management service is called `{s}` (see `abmctl mdm list`)"),
                )));
            }
        },
    };
    let enrollment = match row
        .enrollment
        .as_deref()
        .map(str::parse::<AccountEnrollment>)
    {
        Some(Err(message)) => return Ok(Err(("enrollment", message))),
        Some(Ok(e)) => Some(e),
        None => None,
    };
    Ok(Ok((
        NewAccount {
            id,
            name,
            service,
            enrollment,
        },
        domain_id,
    )))
}
