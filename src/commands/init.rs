//! `abmctl init`: create a ledger — a new organisation — where the global options point
//! (`--ledger`, `--org`, their variables, or the default). The only command that creates one:
//! every other command refuses a path with no ledger, so a mistyped `--ledger` never becomes an
//! empty organisation. It records no activity: the log starts empty, and the organisation's
//! creation date says when it began.

use anyhow::Result;
use clap::Args;

use crate::context::Ctx;
use crate::ledger::{Ledger, org};
use crate::views::OrgView;

/// Arguments of `init`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  abmctl init --name \"Better Bag Ltd\"\n  \
abmctl --org acme init --name \"Acme Corp\"       # one ledger per customer\n  \
abmctl --ledger /srv/fleet/ledger.sqlite3 init -o json\n\n\
The ledger is readable by its owner only (file 0600, new folders 0700). A path that already \
holds a ledger or any other file is refused (exit 1) and left as it is.")]
pub struct InitArgs {
    /// The organisation's name
    ///
    /// Default: "My Organization" (`abmctl org set --name` renames it later).
    #[arg(long)]
    pub name: Option<String>,
}

/// Runs `init`.
pub fn run(ctx: &Ctx, args: InitArgs) -> Result<()> {
    let name = match &args.name {
        Some(name) => super::org::check_name(name)?,
        None => org::DEFAULT_NAME.to_string(),
    };
    let ledger = Ledger::create(&ctx.ledger_path, ctx.now, &name, ctx.busy_timeout)?;
    let view = OrgView::new(org::get(ledger.conn())?, &ctx.ledger_path);
    ctx.out.status(format!(
        "Created the organisation {} (Organization ID {}) in {}.",
        view.name, view.organization_id, view.ledger_path
    ));
    // Like a change, the human sentence is on stderr; scripts get the record on stdout.
    if !ctx.out.format.is_table() {
        ctx.out.record(&view)?;
    }
    Ok(())
}
