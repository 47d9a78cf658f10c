//! `abmctl activity list | show`: the audit trail (SPEC §1.7).

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::activities::{self, Filter};
use crate::model;
use crate::output::Format;

/// Read the activity log.
#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// List activities, newest first
    #[command(
        after_help = "Examples:\n  abmctl activity list --since 2026-11-01 --action import\n  \
abmctl activity list --serial C02XK1ZZJGH5 -o json"
    )]
    List(ListArgs),
    /// Show one activity with its per-device results
    ///
    /// With -o csv (or jsonl), prints only the per-device table: serialNumber, line, before,
    /// after, outcome, field, message, as Apple's activity CSV does.
    #[command(
        after_help = "Examples:\n  abmctl activity show 42\n  abmctl activity show 42 -o csv > activity-42.csv"
    )]
    Show(ShowArgs),
}

/// Arguments of `activity list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only activities at or after this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "T")]
    pub since: Option<String>,
    /// Only this action (import, supplier.link, mdm.link, device.add, …)
    #[arg(long, value_name = "A")]
    pub action: Option<String>,
    /// Only activities that added, changed or skipped this serial number (re-imports that
    /// found it unchanged are left out)
    #[arg(long, value_name = "S")]
    pub serial: Option<String>,
    /// At most N activities
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// Arguments of `activity show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The activity's id
    pub id: i64,
}

/// Runs `activity`.
pub fn run(ctx: &Ctx, command: ActivityCommand) -> Result<()> {
    let ledger = ctx.ledger()?;
    match command {
        ActivityCommand::List(args) => {
            let since = args
                .since
                .as_deref()
                .map(|d| {
                    model::parse_timestamp(d)
                        .map(model::format_timestamp)
                        .map_err(|e| crate::error::usage(format!("--since: {e}")))
                })
                .transpose()?;
            let serial = args.serial.as_deref().map(|s| {
                model::parse_serial(s)
                    .map(|s| s.value)
                    .unwrap_or_else(|_| s.trim().to_uppercase())
            });
            let filter = Filter {
                since,
                action: args.action,
                serial,
                limit: args.limit,
            };
            let rows = activities::list(ledger.conn(), &filter)?;
            if ctx.out.list(rows.into_iter().map(Ok))? == 0 {
                ctx.out.status("No activities match.");
            }
            Ok(())
        }
        ActivityCommand::Show(args) => {
            let Some(activity) = activities::get(ledger.conn(), args.id)? else {
                return Err(with_hint(
                    format!("no activity has the id {}", args.id),
                    "list them with `abmctl activity list`",
                ));
            };
            activities::with_items(ledger.conn(), activity.id, |items| match ctx.out.format {
                // The per-device table alone, as Apple's activity CSV gives it.
                Format::Csv | Format::Jsonl => ctx.out.list(items).map(|_| ()),
                Format::Json => ctx.out.record_with_list(&activity, "items", items),
                Format::Table => {
                    ctx.out.record(&activity)?;
                    ctx.out.list(items).map(|_| ())
                }
            })
        }
    }
}
