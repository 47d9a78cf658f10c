//! `abmctl account list`: the Managed Apple Accounts.

use anyhow::Result;

use crate::context::Ctx;
use crate::ledger::accounts;
use crate::views::AccountView;

/// Runs `account list`.
pub fn run(ctx: &Ctx) -> Result<()> {
    let ledger = ctx.ledger()?;
    let rows = accounts::list(ledger.conn())?
        .into_iter()
        .map(|a| Ok(AccountView::from(a)));
    if ctx.out.list(rows)? == 0 {
        ctx.out
            .status("No Managed Apple Accounts yet (add one with `abmctl account add`).");
    }
    Ok(())
}
