//! `abmctl mdm unlink`: unlink a service. Refused while devices are assigned to it (Apple's
//! API refuses to delete such a service too) unless `--reassign-to` or `--unassign` says where
//! they go; then the move and the unlink are one activity, in one transaction.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::ledger::{defaults, services};
use crate::model::format_timestamp;
use crate::rules::arrival::Stamp;
use crate::rules::assignment::{self, Change, Request, Selection, Target};

/// Arguments of `mdm unlink`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl mdm unlink Lab\n  abmctl mdm unlink Lab --reassign-to \"Main MDM\"\n  \
abmctl mdm unlink Lab --unassign --dry-run"
)]
pub struct UnlinkArgs {
    /// The service's name (any case)
    pub name: String,
    /// Move its devices to this service first
    #[arg(long, value_name = "NAME", conflicts_with = "unassign")]
    pub reassign_to: Option<String>,
    /// Unassign its devices first
    #[arg(long)]
    pub unassign: bool,
    /// Report what would happen without changing the ledger
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `mdm unlink`.
pub fn run(ctx: &Ctx, args: UnlinkArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let service = crate::rules::services::find(ledger.conn(), &args.name)?;
    let target = match &args.reassign_to {
        Some(name) => {
            let other = crate::rules::services::find(ledger.conn(), name)?;
            if other.id == service.id {
                anyhow::bail!("--reassign-to names the service being unlinked");
            }
            Some(Target::Service(other.id, other.name))
        }
        None if args.unassign => Some(Target::None),
        None => None,
    };
    crate::rules::services::check_unlink(&service, target.is_some())?;
    let now = format_timestamp(ctx.now);
    let params =
        json!({ "name": service.name, "reassignTo": args.reassign_to, "unassign": args.unassign });
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::MdmUnlink,
        params,
        args.dry_run,
        |tx, id, result| {
            if let Some(target) = &target {
                let change = if matches!(target, Target::None) {
                    Change::Unassign
                } else {
                    Change::Reassign
                };
                let selection = Selection {
                    services: vec![service.id],
                    ..Selection::default()
                };
                let request = Request {
                    change,
                    selection: &selection,
                    target,
                    skip_invalid: false,
                    stamp: Stamp {
                        now: &now,
                        activity_id: id,
                    },
                };
                // With a remote set, the moves are queued for the next sync (SPEC §5).
                let queue = crate::ledger::remote::get(tx)?.is_some();
                assignment::run_queued(tx, &request, queue, result, &mut |_, _| {})?;
                if services::find(tx, &service.name)?.is_some_and(|s| s.device_count > 0) {
                    // Devices the move could not take (personal devices cannot be reassigned).
                    anyhow::bail!(
                        "cannot unlink {}: some of its devices could not be moved",
                        service.name
                    );
                }
            }
            let defaulted: Vec<String> = defaults::list(tx)?
                .into_iter()
                .filter(|d| d.service_id == service.id)
                .map(|d| d.family.as_str().to_string())
                .collect();
            defaults::unset_service(tx, service.id)?;
            services::delete(tx, service.id)?;
            let moved = match &target {
                Some(Target::Service(_, other)) if result.changed > 0 => {
                    format!(
                        " after reassigning {} to {other}",
                        super::super::plural(result.changed, "device", "devices")
                    )
                }
                Some(Target::None) if result.changed > 0 => {
                    format!(
                        " after unassigning {}",
                        super::super::plural(result.changed, "device", "devices")
                    )
                }
                _ => String::new(),
            };
            result.summary.push(format!(
                "Unlinked device management service {}{moved}.",
                service.name
            ));
            if !defaulted.is_empty() {
                let has = if defaulted.len() == 1 { "has" } else { "have" };
                result.summary.push(format!(
                    "{} no longer {has} a default service (set one with `abmctl mdm default set`).",
                    defaulted.join(" and ")
                ));
            }
            Ok(())
        },
    )?;
    Ok(())
}
