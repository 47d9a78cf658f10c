//! `abmctl import FILE|-`: devices arriving in a supplier order file (Step 3).
//!
//! Reads the file through `formats`, applies the arrival rules of `crate::import` in one
//! transaction, and prints the result. All-or-nothing unless `--skip-invalid`.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context as _, Result};
use clap::{Args, ValueEnum};
use serde_json::json;

use crate::activity::Flow;
use crate::context::Ctx;
use crate::formats::{self, Reader};
use crate::import::{Importer, Options};
use crate::model::format_timestamp;

/// The import formats (SPEC §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Detect from the first bytes and the header row
    Auto,
    /// A header row of Apple attribute names (serialNumber, productFamily, …)
    Csv,
    /// The Apple Business web portal's device export (SERIAL_NO, PRODUCT_FAMILY, …)
    AbmExport,
    /// A saved `GET /v1/orgDevices` response page, or a JSON array of pages
    ApiJson,
}

/// Arguments of `import`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  abmctl import order-4711.csv\n  \
abmctl import --dry-run -o json devices.json\n  \
curl -s https://files.example.com/orders.csv | abmctl import --skip-invalid -\n\n\
A row for a device already in the ledger updates its order attributes when they differ, and is \
otherwise unchanged: importing the same file twice changes nothing.")]
pub struct ImportArgs {
    /// The order file, or `-` for stdin
    pub file: PathBuf,
    /// The file's format
    #[arg(long, value_enum, ignore_case = true, default_value_t = FormatArg::Auto)]
    pub format: FormatArg,
    /// Import the valid rows and skip invalid ones (exit 3) instead of refusing the file
    #[arg(long)]
    pub skip_invalid: bool,
    /// Report what would happen without changing the ledger
    #[arg(long)]
    pub dry_run: bool,
    /// With an Apple Business export (abm-export): ignore its STATUS, dates and MDM_SERVER,
    /// and let devices arrive as from an order (default: adopt them as the export says)
    #[arg(long)]
    pub no_assignments: bool,
}

/// Counts bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Runs `import`.
pub fn run(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let (input, source, size): (Box<dyn Read + Send>, String, Option<u64>) =
        if args.file.as_os_str() == "-" {
            (Box::new(std::io::stdin()), "<stdin>".to_string(), None)
        } else {
            let path = args.file.clone();
            let file = std::fs::File::open(&path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            let size = file.metadata().ok().map(|m| m.len());
            (
                Box::new(std::io::BufReader::with_capacity(256 * 1024, file)),
                args.file.display().to_string(),
                size,
            )
        };
    let bytes_read = Arc::new(AtomicU64::new(0));
    let counting = Counting {
        inner: input,
        count: Arc::clone(&bytes_read),
    };
    let forced = match args.format {
        FormatArg::Auto => None,
        FormatArg::Csv => Some(formats::FileFormat::Csv),
        FormatArg::AbmExport => Some(formats::FileFormat::AbmExport),
        FormatArg::ApiJson => Some(formats::FileFormat::ApiJson),
    };
    let reader = Reader::new(Box::new(counting), forced).map_err(|err| {
        // A problem at a place in the file (the header row) names it as `file:line:` does.
        let err = match err.downcast::<formats::FormatError>() {
            Ok(problem) => anyhow::Error::msg(problem.at(&source)),
            Err(err) => err,
        };
        err.context(format!("cannot import {source}"))
    })?;
    // One warning for them all: a file with 10,000 stray columns must not flood stderr.
    match reader.unknown_columns() {
        [] => {}
        [column] => ctx.out.warn(format!(
            "{source}: column `{column}` ignored: not an attribute abmctl knows, or one given twice"
        )),
        columns => {
            let quoted: Vec<String> = columns.iter().map(|c| format!("`{c}`")).collect();
            ctx.out.warn(format!(
                "{source}: {} columns ignored: not attributes abmctl knows, or given twice: {}",
                columns.len(),
                crate::rules::names::some_names(&quoted)
            ));
        }
    }
    ctx.out
        .trace(format!("{source}: reading as {}", reader.format()));

    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    let mut params = json!({
        "file": source,
        "format": reader.format().to_string(),
        "skipInvalid": args.skip_invalid,
    });
    if reader.format() == formats::FileFormat::AbmExport {
        params["noAssignments"] = json!(args.no_assignments);
    }
    let bar = ctx.out.progress_bytes(size, "Importing");
    // Order files run about 150 bytes a row; sizing the duplicate set up front spares it
    // rehashing a million entries as it grows.
    let expected_rows = size.map_or(0, |s| usize::try_from(s / 150).unwrap_or(0));
    let mut tally = crate::import::Tally::default();
    let options = Options {
        skip_invalid: args.skip_invalid,
        adopt: reader.format() == formats::FileFormat::AbmExport && !args.no_assignments,
    };
    let started = std::time::Instant::now();
    let import = |ledger: &mut crate::ledger::Ledger| {
        super::run_activity(
            ctx,
            ledger,
            crate::activity::Action::Import,
            params,
            args.dry_run,
            |tx, id, result| {
                let mut importer = Importer::new(tx, options, &now, id, std::mem::take(result))?;
                let mut progress =
                    |_rows: u64| bar.set_position(bytes_read.load(Ordering::Relaxed));
                let run = importer.run_reader(reader, expected_rows, &source, &mut progress);
                *result = std::mem::take(&mut importer.result);
                tally = importer.tally;
                for (phase, took) in &importer.phases {
                    ctx.out.trace(format!("import: {phase}: {took:.2?}"));
                }
                run?;
                bar.finish_and_clear();
                // Warnings before the result's sentences and problems, not after them.
                print_warnings(ctx, &importer.warnings, importer.more_warnings);
                summarize(result, &tally);
                // A file with no rows records no activity, as any command that matched nothing.
                Ok(if result.requested == 0 {
                    Flow::NothingToDo
                } else {
                    Flow::Done
                })
            },
        )
    };
    // The first import into an empty ledger takes the bulk path (see `crate::import`).
    let result = if crate::ledger::devices::count_all(ledger.conn())? == 0 {
        ledger.with_bulk_journal(import)
    } else {
        import(&mut ledger)
    };
    bar.finish_and_clear();
    ctx.out.trace(format!(
        "import: total with commit: {:.2?}",
        started.elapsed()
    ));
    super::print(ctx, result?).map(|_| ())
}

/// Prints the row warnings the import kept (the first `import::MAX_WARNINGS`) and counts the
/// rest.
fn print_warnings(ctx: &Ctx, warnings: &[String], more: u64) {
    for w in warnings {
        ctx.out.warn(w);
    }
    if more > 0 {
        ctx.out.warn(format!("… and {more} more warnings"));
    }
}

fn summarize(result: &mut crate::result::CommandResult, tally: &crate::import::Tally) {
    use super::plural;
    let mut parts = Vec::new();
    if tally.added > 0 {
        let mut s = format!("added {}", plural(tally.added, "device", "devices"));
        let mut notes = Vec::new();
        if tally.auto_assigned > 0 {
            notes.push(format!(
                "{} assigned to their family's default service",
                tally.auto_assigned
            ));
        }
        if tally.pending > 0 {
            notes.push(format!("{} pending: supplier not linked", tally.pending));
        }
        if !notes.is_empty() {
            s.push_str(&format!(" ({})", notes.join("; ")));
        }
        parts.push(s);
    }
    if tally.adopted > 0 {
        parts.push(format!(
            "kept the export's status, dates and service for {}",
            plural(tally.adopted, "device", "devices")
        ));
    }
    if tally.services_linked > 0 {
        parts.push(format!(
            "linked {} named in MDM_SERVER",
            plural(tally.services_linked, "service", "services")
        ));
    }
    if tally.updated > 0 {
        parts.push(format!(
            "updated {}",
            plural(tally.updated, "device", "devices")
        ));
    }
    if tally.readmitted > 0 {
        parts.push(format!(
            "brought back {} released by the organisation",
            plural(tally.readmitted, "device", "devices")
        ));
    }
    if result.unchanged > 0 {
        parts.push(format!("{} unchanged", result.unchanged));
    }
    if result.skipped > 0 {
        parts.push(format!(
            "skipped {}",
            plural(result.skipped, "invalid row", "invalid rows")
        ));
    }
    let mut sentence = if parts.is_empty() {
        "Imported nothing: the file has no rows".to_string()
    } else {
        parts.join(", ")
    };
    if let Some(first) = sentence.get(0..1) {
        let upper = first.to_uppercase();
        sentence.replace_range(0..1, &upper);
    }
    result.summary.push(format!("{sentence}."));
}
