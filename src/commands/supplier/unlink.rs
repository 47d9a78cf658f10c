//! `abmctl supplier unlink`: no further orders arrive from a supplier; its devices stay.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::KindArg;
use crate::activity::Action;
use crate::context::Ctx;
use crate::rules::suppliers;

/// Arguments of `supplier unlink`.
#[derive(Debug, Args)]
pub struct UnlinkArgs {
    /// The supplier's Customer Number or Reseller Number
    pub id: String,
    /// Which kind of number ID is, when the same number is linked as both
    #[arg(long, value_enum, ignore_case = true)]
    pub kind: Option<KindArg>,
}

/// Runs `supplier unlink`.
pub fn run(ctx: &Ctx, args: UnlinkArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let kind = args.kind.map(KindArg::kind);
    let supplier = suppliers::find_linked(ledger.conn(), &args.id, kind)?;
    let params = json!({ "kind": supplier.kind.as_str(), "number": supplier.id });
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::SupplierUnlink,
        params,
        false,
        |tx, _, result| {
            suppliers::unlink(tx, &supplier)?;
            result.summary.push(format!(
                "Unlinked {}; its {} stay in the organisation.",
                super::label(supplier.kind, &supplier.id),
                super::super::plural(supplier.device_count as u64, "device", "devices")
            ));
            Ok(())
        },
    )?;
    Ok(())
}
