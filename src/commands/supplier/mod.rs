//! `abmctl supplier link | list | unlink` (Step 1): Apple Customer Numbers and Reseller
//! Numbers. One file per sub-verb; the rules are in `rules::suppliers`. This file holds the
//! group's enum and its run.

mod link;
mod set;
mod unlink;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;
use crate::ledger::suppliers::{self, Kind};

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
    Link(link::LinkArgs),
    /// List the linked suppliers
    #[command(after_help = "Example:\n  abmctl supplier list -o json")]
    List,
    /// Change a linked supplier's label
    #[command(
        after_help = "Examples:\n  abmctl supplier set 12345 --name \"Apple direct\"\n  \
abmctl supplier set 1A2B3C --name \"\"          # clears the label"
    )]
    Set(set::SetArgs),
    /// Unlink a supplier: no further orders arrive from it; its devices stay
    #[command(after_help = "Example:\n  abmctl supplier unlink 12345")]
    Unlink(unlink::UnlinkArgs),
}

/// The two kinds of supplier number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// An Apple Customer Number
    Apple,
    /// A Reseller Number
    Reseller,
}

impl KindArg {
    /// The supplier kind this names.
    pub fn kind(self) -> Kind {
        match self {
            KindArg::Apple => Kind::Apple,
            KindArg::Reseller => Kind::Reseller,
        }
    }
}

/// Runs `supplier`.
pub fn run(ctx: &Ctx, command: SupplierCommand) -> Result<()> {
    match command {
        SupplierCommand::Link(args) => link::run(ctx, args),
        SupplierCommand::List => {
            let ledger = ctx.ledger()?;
            let rows = suppliers::list(ledger.conn())?;
            if ctx.out.list(rows.into_iter().map(Ok))? == 0 {
                ctx.out
                    .status("No suppliers are linked. Link one with `abmctl supplier link`.");
            }
            Ok(())
        }
        SupplierCommand::Set(args) => set::run(ctx, args),
        SupplierCommand::Unlink(args) => unlink::run(ctx, args),
    }
}

/// How a supplier is named in sentences.
fn label(kind: Kind, number: &str) -> String {
    match kind {
        Kind::Apple => format!("Apple Customer Number {number}"),
        Kind::Reseller => format!("Reseller Number {number}"),
    }
}
