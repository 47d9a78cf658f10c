//! `abmctl device show`: one device.

use anyhow::Result;
use clap::Args;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::devices;

/// Arguments of `device show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The serial number (any case)
    pub serial: String,
}

/// Runs `device show`.
pub fn run(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let serial = crate::model::serial_key(&args.serial);
    match devices::get(ledger.conn(), &serial)? {
        Some(d) => ctx.out.record(&d),
        None => Err(with_hint(
            format!("no device with serial number `{serial}` is in the ledger"),
            "import its order, or add it with `abmctl device add` (Apple Configurator)",
        )),
    }
}
