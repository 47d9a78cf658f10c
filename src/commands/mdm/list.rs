//! `abmctl mdm list` and `abmctl mdm show`: services with device counts and token expiry.

use anyhow::Result;
use clap::Args;

use crate::context::Ctx;
use crate::ledger::services;
use crate::rules::services::{TokenState, token_state};
use crate::views::ServiceView;

/// Arguments of `mdm list`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  abmctl mdm list -o json | jq '.[] | select(.tokenDaysLeft < 30)'"
)]
pub struct ListArgs {}

/// Arguments of `mdm show`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  abmctl mdm show \"Main MDM\"")]
pub struct ShowArgs {
    /// The service's name (any case)
    pub name: String,
}

fn warn_token(ctx: &Ctx, view: &ServiceView) {
    let days = view.token_days_left;
    match token_state(days) {
        TokenState::Expired => ctx.out.warn(format!(
            "the server token of {} expired on {}; record a new one with `abmctl mdm token`",
            view.server_name, view.token_expires_date_time
        )),
        TokenState::Expiring => ctx.out.warn(format!(
            "the server token of {} expires in {days} days",
            view.server_name
        )),
        TokenState::Valid => {}
    }
}

/// Runs `mdm list`.
pub fn run_list(ctx: &Ctx, _args: ListArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let views: Vec<ServiceView> = services::list(ledger.conn())?
        .into_iter()
        .map(|s| ServiceView::new(s, ctx.now))
        .collect();
    for v in &views {
        warn_token(ctx, v);
    }
    if ctx.out.list(views.into_iter().map(Ok))? == 0 {
        ctx.out
            .status("No device management services are linked. Link one with `abmctl mdm link`.");
    }
    Ok(())
}

/// Runs `mdm show`.
pub fn run_show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let view = ServiceView::new(
        crate::rules::services::find(ledger.conn(), &args.name)?,
        ctx.now,
    );
    warn_token(ctx, &view);
    ctx.out.record(&view)
}
