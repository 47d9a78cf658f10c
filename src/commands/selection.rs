//! The SELECTION shared by `assign`, `reassign`, `unassign` and `release` (SPEC §2): serial
//! arguments, `--file`, `--order` and the filters, resolved against the ledger into an
//! `assignment::Selection`.

use anyhow::{Context as _, Result};
use clap::Args;
use rusqlite::Connection;

use crate::activity::{Flow, Ran};
use crate::context::Ctx;
use crate::error::usage;
use crate::formats::serials;
use crate::ledger::Ledger;
use crate::model::{self, ProductFamily};
use crate::result::CommandResult;
use crate::rules::assignment::{Change, Request, Selection, Target};
use crate::rules::{self, arrival::Stamp};

/// Which devices to act on. At least one selector is required; filters alone act on every
/// matching device, and narrow the serials and orders given with them.
#[derive(Debug, Args)]
pub struct SelectionArgs {
    /// Serial numbers of the devices (any case)
    #[arg(value_name = "SERIAL")]
    pub serials: Vec<String>,
    /// Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a
    /// serialNumber or SERIAL_NO column
    #[arg(long, value_name = "PATH")]
    pub file: Option<std::path::PathBuf>,
    /// The devices of this order number (can be repeated)
    #[arg(long = "order", value_name = "N")]
    pub orders: Vec<String>,
    /// Only devices of this product family (can be repeated)
    #[arg(long = "family", value_name = "F")]
    pub families: Vec<ProductFamily>,
    /// Only devices from this supplier's number (can be repeated)
    #[arg(long = "supplier", value_name = "ID")]
    pub suppliers: Vec<String>,
    /// Only devices assigned to this service (can be repeated)
    #[arg(long = "service", value_name = "NAME")]
    pub services: Vec<String>,
}

impl SelectionArgs {
    /// True when no selector at all was given.
    pub fn is_empty(&self) -> bool {
        self.serials.is_empty()
            && self.file.is_none()
            && self.orders.is_empty()
            && self.families.is_empty()
            && self.suppliers.is_empty()
            && self.services.is_empty()
    }

    /// Fails with a usage error (exit 2) when no selector was given.
    pub fn require_some(&self) -> Result<()> {
        if self.is_empty() {
            return Err(usage(
                "say which devices: give serial numbers, --file, --order, or a filter \
                 (--family, --supplier, --service)",
            ));
        }
        Ok(())
    }

    /// The parameters recorded in the activity log.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "serials": self.serials.len(),
            "file": self.file.as_ref().map(|f| f.display().to_string()),
            "orders": self.orders,
            "families": self.families.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
            "suppliers": self.suppliers,
            "services": self.services,
        })
    }

    /// Resolves the selection: reads the file, normalises serials, looks up services.
    /// `allow_empty` lets `assign --apply-defaults` act on every device.
    pub fn resolve(&self, conn: &Connection, allow_empty: bool) -> Result<Selection> {
        if !allow_empty {
            self.require_some()?;
        }
        let mut selection = Selection {
            all: self.is_empty(),
            named: !self.serials.is_empty() || self.file.is_some(),
            ..Selection::default()
        };
        let mut add = |text: &str, origin: String| match model::parse_serial(text) {
            Ok(s) => selection.serials.push((s.value, origin)),
            Err(reason) => selection
                .invalid
                .push((text.trim().to_string(), origin, reason)),
        };
        for s in &self.serials {
            add(s, "argument".to_string());
        }
        if let Some(file) = &self.file {
            let (listed, name) = if file.as_os_str() == "-" {
                (
                    serials::read(std::io::stdin().lock(), "<stdin>"),
                    "<stdin>".to_string(),
                )
            } else {
                let name = file.display().to_string();
                let f = std::fs::File::open(file).with_context(|| format!("cannot open {name}"))?;
                (serials::read(f, &name), name)
            };
            for s in listed.with_context(|| format!("cannot read {name}"))? {
                add(&s.value, format!("{name}:{}", s.line));
            }
        }
        selection.orders = self.orders.iter().map(|o| o.trim().to_string()).collect();
        selection.families = self.families.clone();
        rules::names::check_suppliers(conn, &self.suppliers)?;
        for s in &self.suppliers {
            selection.suppliers.extend(rules::suppliers::number_keys(s));
        }
        for name in &self.services {
            selection
                .services
                .push(crate::rules::services::find(conn, name)?.id);
        }
        Ok(selection)
    }
}

/// The options every Step 4 command takes besides the selection.
#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
    /// Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)
    #[arg(long)]
    pub skip_invalid: bool,
}

/// The options of the Step 4 commands: [`ChangeArgs`] and `--push`.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// `--dry-run`, `--skip-invalid`.
    #[command(flatten)]
    pub change: ChangeArgs,
    /// With a remote set, send the change to Apple Business now (as `sync --push-only`)
    /// instead of queueing it for the next `sync`
    #[arg(long)]
    pub push: bool,
}

impl std::ops::Deref for StepArgs {
    type Target = ChangeArgs;
    fn deref(&self) -> &ChangeArgs {
        &self.change
    }
}

/// One Step 4 command to run.
#[derive(Debug)]
pub struct Apply<'a> {
    /// The change.
    pub change: Change,
    /// The devices asked for.
    pub selection: &'a Selection,
    /// Where they go.
    pub target: &'a Target,
    /// `--dry-run`, `--skip-invalid`, `--push`.
    pub options: &'a StepArgs,
    /// The parameters recorded with the activity.
    pub parameters: serde_json::Value,
    /// The count an admin confirmed (release): any other count is refused.
    pub confirmed: Option<u64>,
}

/// Runs a Step 4 change as one activity without printing; `dry_run` rolls it back (release's
/// preview runs the real code this way).
pub fn run(ctx: &Ctx, ledger: &mut Ledger, apply: &Apply<'_>, dry_run: bool) -> Result<Ran> {
    let change = apply.change;
    let params = apply.parameters.clone();
    super::run_activity(
        ctx,
        ledger,
        change.action(),
        params,
        dry_run,
        |tx, id, result| {
            // A bar only for changes big enough to take a moment.
            let mut bar: Option<indicatif::ProgressBar> = None;
            let mut progress = |done: u64, total: u64| {
                if total >= 10_000 {
                    bar.get_or_insert_with(|| ctx.out.progress(total, change.action().as_str()))
                        .set_position(done);
                }
            };
            let now = model::format_timestamp(ctx.now);
            let request = Request {
                change,
                selection: apply.selection,
                target: apply.target,
                skip_invalid: apply.options.skip_invalid,
                stamp: Stamp {
                    now: &now,
                    activity_id: id,
                },
            };
            // With a remote set, the change is queued for the next sync (SPEC §5).
            let queue = crate::ledger::remote::get(tx)?.is_some();
            let run = rules::assignment::run_queued(tx, &request, queue, result, &mut progress);
            if let Some(bar) = &bar {
                bar.finish_and_clear();
            }
            run?;
            rules::assignment::check_confirmed(apply.confirmed, result)?;
            summarize(change, apply.target, result);
            if result.requested == 0 {
                // Nothing selected: no activity is recorded for it.
                result.summary =
                    vec!["No device matches the selection; nothing to do.".to_string()];
                return Ok(Flow::NothingToDo);
            }
            Ok(Flow::Done)
        },
    )
}

/// Runs a Step 4 change as one activity and prints its result; with `--push`, sends what it
/// queued at once and adds the push to the result.
pub fn apply(ctx: &Ctx, ledger: &mut Ledger, apply: Apply<'_>) -> Result<CommandResult> {
    let ran = run(ctx, ledger, &apply, apply.options.dry_run)?;
    match ran {
        Ran::Committed(result) if apply.options.push => {
            let (result, error) = push_now(ctx, ledger, result)?;
            match error {
                None => super::print(ctx, Ran::Committed(result)),
                Some(e) => {
                    let _ = ctx.out.result(&result);
                    Err(e)
                }
            }
        }
        ran => super::print(ctx, ran),
    }
}

/// `--push`: sends the queued changes now (a push with its verification, no pull) and folds
/// what it did into the command's result.
fn push_now(
    ctx: &Ctx,
    ledger: &Ledger,
    mut result: CommandResult,
) -> Result<(CommandResult, Option<anyhow::Error>)> {
    if crate::ledger::remote::get(ledger.conn())?.is_none() {
        ctx.out
            .warn("--push: no remote is set (`abmctl remote set`), so there is nothing to push");
        return Ok((result, None));
    }
    let options = crate::sync::Options {
        push: true,
        pull: false,
        full: false,
        dry_run: false,
        max_rps: None,
        max_wait: std::time::Duration::from_secs(crate::sync::DEFAULT_MAX_WAIT_SECS),
    };
    let ended = crate::sync::run(ctx, &options)?;
    let pushed = ended.report.push.clone().unwrap_or_default();
    result.queued = pushed.pending;
    result.failed += pushed.failed;
    result.problems.extend(ended.result.problems);
    result.summary.extend(ended.result.summary);
    result.extra = serde_json::to_value(&ended.report)?.as_object().cloned();
    Ok((result, ended.error))
}

/// The human sentences of a Step 4 result.
fn summarize(change: Change, target: &Target, result: &mut CommandResult) {
    let done = result.changed + result.queued;
    let n = super::plural(done, "device", "devices");
    let sentence = match (change, target) {
        (Change::Assign, Target::Service(_, name)) => format!("Assigned {n} to {name}."),
        (Change::Assign, _) => format!("Assigned {n} to their family's default service."),
        (Change::Reassign, Target::Service(_, name)) => format!("Reassigned {n} to {name}."),
        (Change::Reassign, _) => format!("Reassigned {n}."),
        (Change::Unassign, _) => format!("Unassigned {n}."),
        (Change::Release, _) => format!("Released {n} from the organisation."),
    };
    if done > 0 {
        result.summary.push(sentence);
    }
    if result.queued > 0 {
        result.summary.push(format!(
            "Queued {} for Apple Business: `abmctl sync` sends them (or give --push).",
            super::plural(result.queued, "change", "changes")
        ));
    }
    if result.unchanged > 0 {
        let u = super::plural(result.unchanged, "device was", "devices were");
        let tail = if done == 0 { "; nothing to do" } else { "" };
        result
            .summary
            .push(format!("{u} already in that state{tail}."));
    }
    if result.skipped > 0 {
        result.summary.push(format!(
            "Skipped {}.",
            super::plural(result.skipped, "device", "devices")
        ));
    }
}
