//! `abmctl domain list`: the organisation's domains.

use anyhow::Result;

use crate::context::Ctx;
use crate::ledger::domains;
use crate::views::DomainView;

/// Runs `domain list`.
pub fn run(ctx: &Ctx) -> Result<()> {
    let ledger = ctx.ledger()?;
    let rows = domains::list(ledger.conn())?
        .into_iter()
        .map(|d| Ok(DomainView::new(d, ctx.now)));
    ctx.out.list(rows)?;
    Ok(())
}
