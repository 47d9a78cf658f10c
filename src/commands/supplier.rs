//! `abmctl supplier link | list | unlink` (Step 1): Apple Customer Numbers and Reseller
//! Numbers. Linking a supplier releases the devices of its orders that were held as pending.

use anyhow::Result;
use clap::{ArgGroup, Args, Subcommand};
use serde_json::json;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices;
use crate::ledger::suppliers::{self, Kind, Supplier};
use crate::model;
use crate::output::Row;
use crate::result::Outcome;

/// Link and unlink suppliers.
#[derive(Debug, Subcommand)]
pub enum SupplierCommand {
    /// Link an Apple Customer Number or a Reseller Number
    ///
    /// Orders from a linked supplier arrive in the organisation. Devices already imported from
    /// an order of this supplier while it was not linked were held as PENDING; linking releases
    /// them (they become UNASSIGNED). Linking a supplier twice changes nothing.
    #[command(
        after_help = "Examples:\n  abmctl supplier link --customer-number 0012345 --name \"Apple direct\"\n  \
abmctl supplier link --reseller-number 1A2B3C --carrier --name \"Carrier X\""
    )]
    Link(LinkArgs),
    /// List the linked suppliers
    #[command(after_help = "Example:\n  abmctl supplier list -o json")]
    List,
    /// Unlink a supplier: no further orders arrive from it; its devices stay
    #[command(after_help = "Example:\n  abmctl supplier unlink 12345")]
    Unlink(UnlinkArgs),
}

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

/// Arguments of `supplier unlink`.
#[derive(Debug, Args)]
pub struct UnlinkArgs {
    /// The supplier's Customer Number or Reseller Number
    pub id: String,
    /// Which kind of number ID is, when the same number is linked as both
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
}

/// The two kinds of supplier number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// An Apple Customer Number
    Apple,
    /// A Reseller Number
    Reseller,
}

impl Row for Supplier {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "kind",
            "carrier",
            "name",
            "linkedDateTime",
            "deviceCount",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.kind.as_str().to_string(),
            self.carrier.to_string(),
            self.name.clone().unwrap_or_default(),
            self.linked_date_time.clone(),
            self.device_count.to_string(),
        ]
    }
}

/// Runs `supplier`.
pub fn run(ctx: &Ctx, command: SupplierCommand) -> Result<()> {
    match command {
        SupplierCommand::Link(args) => link(ctx, args),
        SupplierCommand::List => {
            let ledger = ctx.ledger()?;
            let rows = suppliers::list(ledger.conn())?;
            if ctx.out.list(rows.into_iter().map(Ok))? == 0 {
                ctx.out
                    .status("No suppliers are linked. Link one with `abmctl supplier link`.");
            }
            Ok(())
        }
        SupplierCommand::Unlink(args) => unlink(ctx, args),
    }
}

fn link(ctx: &Ctx, args: LinkArgs) -> Result<()> {
    // clap's required group guarantees one of the two numbers.
    let (kind, number) = match (&args.customer_number, &args.reseller_number) {
        (Some(n), _) => (Kind::Apple, model::parse_customer_number(n)),
        (None, n) => (
            Kind::Reseller,
            model::parse_reseller_number(n.as_deref().unwrap_or("")),
        ),
    };
    let number = number.map_err(|e| {
        let flag = if kind == Kind::Apple {
            "--customer-number"
        } else {
            "--reseller-number"
        };
        anyhow::anyhow!("{flag}: {e}")
    })?;
    let name = args
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let mut ledger = ctx.ledger()?;
    if let Some(existing) = suppliers::find(ledger.conn(), kind, &number)? {
        // Linking twice is a no-op (SPEC §1.2): no activity, exit 0, and say so.
        let mut result = crate::result::CommandResult::new("supplier.link", false);
        result.summary.push(format!(
            "{} is already linked; nothing to do.",
            label(kind, &existing.id)
        ));
        return ctx.out.result(&result);
    }
    let params =
        json!({ "kind": kind.as_str(), "number": number, "carrier": args.carrier, "name": name });
    let now = model::format_timestamp(ctx.now);
    super::mutate(
        ctx,
        &mut ledger,
        "supplier.link",
        params,
        false,
        |tx, id, result| {
            suppliers::insert(tx, kind, &number, args.carrier, name, &now)?;
            let pending = devices::pending_of(tx, kind.source_type(), &number)?;
            let mut items = ItemWriter::new(id);
            // Released devices arrive now, so their family's default service applies.
            let defaults = crate::import::load_defaults(tx)?;
            for (device_id, serial, family) in &pending {
                let arrival = crate::import::accepted_arrival(family, &defaults);
                devices::readmit(tx, *device_id, arrival, &now)?;
                let message = if arrival.service_id.is_some() {
                    "supplier linked; assigned to its family's default service"
                } else {
                    "supplier linked"
                };
                items.push(
                    tx,
                    Outcome::Changed,
                    &NewItem {
                        serial_number: Some(serial),
                        before: Some("PENDING"),
                        after: Some(arrival.label),
                        message: Some(message),
                        ..Default::default()
                    },
                )?;
                result.requested += 1;
                result.count(Outcome::Changed);
            }
            result
                .summary
                .push(format!("Linked {}.", label(kind, &number)));
            if !pending.is_empty() {
                let n = super::plural(pending.len() as u64, "pending device", "pending devices");
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

fn label(kind: Kind, number: &str) -> String {
    match kind {
        Kind::Apple => format!("Apple Customer Number {number}"),
        Kind::Reseller => format!("Reseller Number {number}"),
    }
}

fn unlink(ctx: &Ctx, args: UnlinkArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let id = args.id.trim().to_uppercase();
    // Customer Numbers are stored without leading zeros: accept either spelling.
    let stripped = model::parse_customer_number(&id).unwrap_or_else(|_| id.clone());
    let mut found = suppliers::find_any(ledger.conn(), &id)?;
    if stripped != id {
        found.extend(suppliers::find(ledger.conn(), Kind::Apple, &stripped)?);
    }
    if let Some(kind) = args.kind {
        let kind = if kind == KindArg::Apple {
            Kind::Apple
        } else {
            Kind::Reseller
        };
        found.retain(|s| s.kind == kind);
    }
    let supplier = match found.len() {
        0 => {
            return Err(with_hint(
                format!("no linked supplier has the number `{}`", args.id.trim()),
                "see the linked suppliers with `abmctl supplier list`",
            ));
        }
        1 => found.remove(0),
        _ => {
            return Err(with_hint(
                format!("`{id}` is linked both as a Customer Number and as a Reseller Number"),
                format!(
                    "say which with `abmctl supplier unlink {id} --kind apple` or `--kind reseller`"
                ),
            ));
        }
    };
    let params = json!({ "kind": supplier.kind.as_str(), "number": supplier.id });
    super::mutate(
        ctx,
        &mut ledger,
        "supplier.unlink",
        params,
        false,
        |tx, _, result| {
            suppliers::delete(tx, supplier.kind, &supplier.id)?;
            result.summary.push(format!(
                "Unlinked {}; its {} stay in the organisation.",
                label(supplier.kind, &supplier.id),
                super::plural(supplier.device_count as u64, "device", "devices")
            ));
            Ok(())
        },
    )?;
    Ok(())
}
