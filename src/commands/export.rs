//! `abmctl export [filters]`: the device list in the columns of the Apple Business portal's
//! export (CSV on stdout, whatever `-o` says), which `import --format abm-export` reads back.

use anyhow::Result;
use clap::Args;

use crate::commands::filters::DeviceFilterArgs;
use crate::context::Ctx;
use crate::formats::export;
use crate::ledger::devices;
use crate::output::OutputFormat;

/// Arguments of `export`: the filters of `device list`.
///
/// The output is always the portal's CSV: `-o table` (the default) and `-o csv` print it;
/// `-o json`/`-o jsonl` are refused (use `abmctl device list -o json` for the JSON contract).
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  abmctl export > devices.csv\n  \
abmctl export --service \"Main MDM\" --family Mac > macs.csv\n  \
abmctl import --format abm-export devices.csv   # reads it back: nothing changes")]
pub struct ExportArgs {
    #[command(flatten)]
    pub filters: DeviceFilterArgs,
}

/// Runs `export`.
pub fn run(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    if matches!(ctx.out.format, OutputFormat::Json | OutputFormat::Jsonl) {
        // The portal's columns are a CSV contract; JSON would be a second, made-up one.
        return Err(crate::error::usage(
            "export writes the Apple Business portal's CSV columns only (-o csv, the default); \
             for JSON use `abmctl device list -o json`",
        ));
    }
    let ledger = ctx.ledger()?;
    let filter = args.filters.to_filter(ledger.conn())?;
    let n = devices::with_rows(ledger.conn(), &filter, |rows| {
        ctx.out
            .csv(export::COLUMNS, rows.map(|d| d.map(|d| export::row(&d))))
    })?;
    ctx.out.status(format!(
        "Exported {}.",
        super::plural(n as u64, "device", "devices")
    ));
    Ok(())
}
