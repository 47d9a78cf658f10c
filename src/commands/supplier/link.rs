//! `abmctl supplier link`: link an Apple Customer Number or a Reseller Number (Step 1). The
//! devices of its orders that were held as pending arrive (`rules::suppliers::link`).

use anyhow::Result;
use clap::{ArgGroup, Args};
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::ledger::suppliers::Kind;
use crate::model::format_timestamp;
use crate::rules::arrival::Stamp;
use crate::rules::suppliers::{self, Link};

/// Arguments of `supplier link`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("number").required(true).args(["customer_number", "reseller_number"])))]
pub struct LinkArgs {
    /// An Apple Customer Number (leading zeros are dropped, as Apple asks)
    #[arg(long, value_name = "N")]
    pub customer_number: Option<String>,
    /// A Reseller Number (an Apple Authorised Reseller, or a carrier with --carrier)
    #[arg(long, value_name = "N")]
    pub reseller_number: Option<String>,
    /// The reseller is a cellular carrier
    #[arg(long, requires = "reseller_number", conflicts_with = "customer_number")]
    pub carrier: bool,
    /// A label for the supplier
    #[arg(long, value_name = "LABEL")]
    pub name: Option<String>,
}

/// Runs `supplier link`.
pub fn run(ctx: &Ctx, args: LinkArgs) -> Result<()> {
    // clap's required group guarantees one of the two numbers.
    let (kind, raw, flag) = match (&args.customer_number, &args.reseller_number) {
        (Some(n), _) => (Kind::Apple, n.as_str(), "--customer-number"),
        (None, n) => (
            Kind::Reseller,
            n.as_deref().unwrap_or(""),
            "--reseller-number",
        ),
    };
    let number = suppliers::parse_number(kind, raw).map_err(|e| anyhow::anyhow!("{flag}: {e}"))?;
    let name = args
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if name.is_some_and(|n| n.chars().any(char::is_control)) {
        anyhow::bail!("--name: a label cannot contain control characters (newlines, tabs)");
    }
    let link = Link {
        kind,
        number: &number,
        carrier: args.carrier,
        name,
    };
    let mut ledger = ctx.ledger()?;
    if let Some(existing) = suppliers::already_linked(ledger.conn(), &link)? {
        // Linking twice is a no-op (SPEC §1.2): no activity, exit 0, and say so.
        let mut result = Action::SupplierLink.result(false);
        result.summary.push(format!(
            "{} is already linked; nothing to do.",
            super::label(kind, &existing.id)
        ));
        if name.is_some() && name != existing.name.as_deref() {
            // Linking again never relabels: say how, rather than drop the name silently.
            ctx.out.warn(format!(
                "--name ignored: the label stays as it is; change it with `abmctl supplier set {} --name LABEL`",
                existing.id
            ));
        }
        return ctx.out.result(&result);
    }
    let params =
        json!({ "kind": kind.as_str(), "number": number, "carrier": args.carrier, "name": name });
    let now = format_timestamp(ctx.now);
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::SupplierLink,
        params,
        false,
        |tx, id, result| {
            let stamp = Stamp {
                now: &now,
                activity_id: id,
            };
            let arrived = suppliers::link(tx, &link, stamp, result)?;
            result
                .summary
                .push(format!("Linked {}.", super::label(kind, &number)));
            if arrived > 0 {
                let n = super::super::plural(arrived, "pending device", "pending devices");
                // (not "released": in Apple Business that word means removal for good)
                result
                    .summary
                    .push(format!("{n} arrived in the organisation."));
            }
            Ok(())
        },
    )?;
    Ok(())
}
