//! `abmctl device show`: one device, and why its last push failed when it did.

use std::sync::LazyLock;

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::devices::{self, Device};
use crate::output::Row;

/// Arguments of `device show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The serial number (any case)
    pub serial: String,
}

/// A device as `device show` prints it: every attribute, then `syncError` (why the remote did
/// not take its pending change, or null).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Shown {
    #[serde(flatten)]
    device: Device,
    sync_error: Option<String>,
}

static HEADERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    Device::headers()
        .iter()
        .copied()
        .chain(["syncError"])
        .collect()
});

impl Row for Shown {
    fn headers() -> &'static [&'static str] {
        &HEADERS
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = self.device.cells();
        cells.push(self.sync_error.clone().unwrap_or_default());
        cells
    }
}

/// Runs `device show`.
pub fn run(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let serial = crate::model::serial_key(&args.serial);
    match devices::get(ledger.conn(), &serial)? {
        Some(device) => {
            let sync_error = crate::ledger::remote::sync_error(ledger.conn(), &serial)?;
            ctx.out.record(&Shown { device, sync_error })
        }
        None => Err(with_hint(
            format!("no device with serial number `{serial}` is in the ledger"),
            "import its order, or add it with `abmctl device add` (Apple Configurator)",
        )),
    }
}
