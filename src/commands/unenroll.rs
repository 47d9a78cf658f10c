//! `abmctl unenroll`: record that a device left device management (Step 5). An organisation
//! device stays assigned, NOT_ENROLLED; a personal device leaves the organisation.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::{Action, Flow};
use crate::context::Ctx;
use crate::model::format_timestamp;
use crate::rules::arrival::Stamp;
use crate::rules::enrollment::{self, Unenrolled};

/// Arguments of `unenroll`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  abmctl unenroll C02XK1ZZJGH5\n  \
abmctl unenroll H4T3X9L2QW --dry-run -o json")]
pub struct UnenrollArgs {
    /// The device's serial number (any case)
    pub serial: String,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `unenroll`.
pub fn run(ctx: &Ctx, args: UnenrollArgs) -> Result<()> {
    let serial = crate::model::serial_key(&args.serial);
    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    let ran = super::run_activity(
        ctx,
        &mut ledger,
        Action::Unenroll,
        json!({ "serialNumber": serial }),
        args.dry_run,
        |tx, id, result| {
            let stamp = Stamp {
                now: &now,
                activity_id: id,
            };
            let sentence = match enrollment::unenroll(tx, &serial, stamp, result)? {
                Unenrolled::Kept => {
                    format!("Unenrolled {serial}; it stays assigned to its service.")
                }
                Unenrolled::Removed => {
                    format!("Unenrolled {serial}, a personal device: it left the organisation.")
                }
                Unenrolled::Unchanged => format!("{serial} is not enrolled; nothing to do."),
                Unenrolled::Refused => String::new(),
            };
            if !sentence.is_empty() {
                result.summary.push(sentence);
            }
            Ok(Flow::Done)
        },
    )?;
    super::print(ctx, ran)?;
    Ok(())
}
