//! `abmctl org list`: the organisations kept one ledger each under `<data dir>/orgs/` (what
//! `--org NAME` opens), with what an MSP checks across its customers: fleet size, the next
//! token to expire, the last sync. It opens each ledger read-only and never creates, migrates
//! or locks anything; a file there that is not an abmctl ledger is skipped with a warning.

use anyhow::{Context as _, Result};
use clap::Args;

use crate::context::{Ctx, orgs_dir, parse_org_name};
use crate::ledger::{Ledger, org};
use crate::views::OrgListEntry;

/// Arguments of `org list`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl --org acme init --name \"Acme Corp\"\n  \
abmctl org list\n  \
abmctl org list -o json | jq -r '.[] | select(.tokenDaysLeft < 30) | .org'"
)]
pub struct ListArgs {}

/// Runs `org list`.
pub fn run(ctx: &Ctx, _args: ListArgs) -> Result<()> {
    let dir = orgs_dir()?;
    ctx.out.trace(format!("organisations: {}", dir.display()));
    let mut files = Vec::new();
    match std::fs::read_dir(&dir) {
        // No organisation yet: an empty list, and no folder made.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", dir.display())),
        Ok(entries) => {
            for entry in entries {
                let path = entry
                    .with_context(|| format!("cannot read {}", dir.display()))?
                    .path();
                // `-wal`, `-shm` and anything else that is not `NAME.sqlite3` is not a ledger.
                let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
                if let Some(name) = file.as_deref().and_then(|n| n.strip_suffix(".sqlite3")) {
                    files.push((name.to_string(), path));
                }
            }
        }
    }
    files.sort();
    let mut entries = Vec::new();
    for (name, path) in files {
        if let Err(e) = parse_org_name(&name) {
            ctx.out.warn(format!(
                "skipped {}: {e}; open it with --ledger",
                path.display()
            ));
            continue;
        }
        let read = Ledger::open_read_only(&path, ctx.busy_timeout)
            .and_then(|ledger| org::overview(ledger.conn()));
        match read {
            Ok(overview) => entries.push(OrgListEntry::new(&name, overview, &path, ctx.now)),
            Err(e) => {
                // SQLite's own error repeats rusqlite's ("Error code 26: …"): said once.
                let causes: Vec<String> = e
                    .chain()
                    .filter(|c| !c.is::<rusqlite::ffi::Error>())
                    .map(ToString::to_string)
                    .collect();
                ctx.out
                    .warn(format!("skipped {}: {}", path.display(), causes.join(": ")));
            }
        }
    }
    if ctx.out.list(entries.into_iter().map(Ok))? == 0 {
        ctx.out.status(format!(
            "No organisations in {}. Create one with `abmctl --org NAME init`.",
            dir.display()
        ));
    }
    Ok(())
}
