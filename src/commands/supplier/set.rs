//! `abmctl supplier set ID --name LABEL`: change a linked supplier's label (linking it again
//! is a no-op and keeps the old one).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::KindArg;
use crate::activity::Action;
use crate::context::Ctx;
use crate::ledger::suppliers;
use crate::result::Outcome;

/// Arguments of `supplier set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The supplier's Customer Number or Reseller Number
    pub id: String,
    /// Which kind of number ID is, when the same number is linked as both
    #[arg(long, value_enum, ignore_case = true)]
    pub kind: Option<KindArg>,
    /// The new label (empty clears it)
    #[arg(long, value_name = "LABEL")]
    pub name: String,
}

/// Runs `supplier set`.
pub fn run(ctx: &Ctx, args: SetArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let supplier = crate::rules::suppliers::find_linked(
        ledger.conn(),
        &args.id,
        args.kind.map(KindArg::kind),
    )?;
    let name = Some(args.name.trim()).filter(|n| !n.is_empty());
    if name.is_some_and(|n| n.chars().any(char::is_control)) {
        anyhow::bail!("--name: a label cannot contain control characters (newlines, tabs)");
    }
    let label = super::label(supplier.kind, &supplier.id);
    if supplier.name.as_deref() == name {
        let mut result = Action::SupplierSet.result(false);
        result
            .summary
            .push(format!("{label} already has that label; nothing to do."));
        return ctx.out.result(&result);
    }
    let params = json!({ "kind": supplier.kind.as_str(), "number": supplier.id, "name": name });
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::SupplierSet,
        params,
        false,
        |tx, _, result| {
            suppliers::set_name(tx, supplier.kind, &supplier.id, name)?;
            result.requested = 1;
            result.count(Outcome::Changed);
            result.summary.push(match name {
                Some(n) => format!("{label} is now labelled {n:?}."),
                None => format!("{label} has no label now."),
            });
            Ok(())
        },
    )?;
    Ok(())
}
