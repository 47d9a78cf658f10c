//! `abmctl enroll`: record that devices enrolled in the service they are assigned to (Step 5).
//! Automated Device Enrollment takes a whole SELECTION; user-initiated and account-driven
//! enrollment take one device, which they bring into the organisation when it is new.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::selection::{ChangeArgs, SelectionArgs};
use crate::activity::{Action, Flow};
use crate::context::Ctx;
use crate::error::usage;
use crate::model::{self, EnrollmentMethod, format_timestamp};
use crate::result::{CommandResult, Problem};
use crate::rules::arrival::Stamp;
use crate::rules::enrollment::{self, Automated, ByUser, Enrolled};
use crate::rules::{accounts, services};

/// Arguments of `enroll`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  abmctl enroll C02XK1ZZJGH5\n  \
abmctl enroll --order 4711 --dry-run\n  \
abmctl enroll F2KZ3N4G5HD3 --method user --family iPad --to Lab\n  \
abmctl enroll H4T3X9L2QW --method account-user --user jo@example.com --family iPhone")]
pub struct EnrollArgs {
    #[command(flatten)]
    pub selection: SelectionArgs,
    /// How the device enrolled: automated (Automated Device Enrollment, the default; the
    /// device must be assigned), user (profile-based), account-device (account-driven Device
    /// Enrollment) or account-user (account-driven User Enrollment of a personal device)
    ///
    /// The methods other than automated take one SERIAL; a device not in the organisation
    /// then arrives, with the family given by --family, on --to, its account's service, or
    /// its family's default service.
    #[arg(long, value_name = "METHOD", default_value_t = EnrollmentMethod::Automated)]
    pub method: EnrollmentMethod,
    /// Who enrolled it: the Managed Apple Account (needed by account-device and
    /// account-user; its domain must be verified)
    #[arg(long, value_name = "ID")]
    pub user: Option<String>,
    /// The service it enrolled in: for automated, the service the devices must be assigned
    /// to; otherwise the service a device new to the organisation goes to
    #[arg(long, value_name = "NAME")]
    pub to: Option<String>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

/// The longest user name recorded for a user-initiated enrollment.
const MAX_USER: usize = 256;

/// Runs `enroll`.
pub fn run(ctx: &Ctx, args: EnrollArgs) -> Result<()> {
    args.selection.require_some()?;
    if let Some(user) = &args.user
        && (user.trim().is_empty()
            || user.chars().any(char::is_control)
            || user.chars().count() > MAX_USER)
    {
        return Err(usage(format!(
            "--user must be 1-{MAX_USER} characters without control characters"
        )));
    }
    match args.method {
        EnrollmentMethod::Automated => automated(ctx, &args),
        _ => by_user(ctx, &args),
    }
}

fn parameters(args: &EnrollArgs) -> serde_json::Value {
    let mut params = args.selection.to_json();
    params["method"] = json!(args.method.as_str());
    params["user"] = json!(args.user.as_deref().map(str::trim));
    params["to"] = json!(args.to);
    params
}

fn automated(ctx: &Ctx, args: &EnrollArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    services::require_a_service(ledger.conn())?;
    let selection = args.selection.resolve(ledger.conn(), false)?;
    let to = match &args.to {
        Some(name) => Some(services::find(ledger.conn(), name)?),
        None => None,
    };
    let now = format_timestamp(ctx.now);
    let user = args.user.as_deref().map(str::trim);
    let ran = super::run_activity(
        ctx,
        &mut ledger,
        Action::Enroll,
        parameters(args),
        args.change.dry_run,
        |tx, id, result| {
            let request = Automated {
                selection: &selection,
                to: to.as_ref().map(|s| (s.id, s.name.as_str())),
                user,
                skip_invalid: args.change.skip_invalid,
                stamp: Stamp {
                    now: &now,
                    activity_id: id,
                },
            };
            enrollment::run_automated(tx, &request, result)?;
            summarize(result);
            if result.requested == 0 {
                result.summary = vec!["No device matches the selection; nothing to do.".into()];
                return Ok(Flow::NothingToDo);
            }
            Ok(Flow::Done)
        },
    )?;
    super::print(ctx, ran)?;
    Ok(())
}

/// The sentences of an automated enrollment's result.
fn summarize(result: &mut CommandResult) {
    if result.changed > 0 {
        let n = super::plural(result.changed, "device", "devices");
        result
            .summary
            .push(format!("Enrolled {n} (Automated Device Enrollment)."));
    }
    if result.unchanged > 0 {
        let u = super::plural(result.unchanged, "device was", "devices were");
        result.summary.push(format!("{u} already enrolled."));
    }
    if result.skipped > 0 {
        let s = super::plural(result.skipped, "device", "devices");
        result.summary.push(format!("Skipped {s}."));
    }
}

fn by_user(ctx: &Ctx, args: &EnrollArgs) -> Result<()> {
    let method = args.method;
    let sel = &args.selection;
    let [raw] = sel.serials.as_slice() else {
        return Err(usage(format!(
            "--method {method} enrolls one device: give exactly one SERIAL (a SELECTION of \
             many devices is for --method automated)"
        )));
    };
    if sel.file.is_some()
        || !sel.orders.is_empty()
        || !sel.suppliers.is_empty()
        || !sel.services.is_empty()
        || sel.families.len() > 1
    {
        return Err(usage(format!(
            "--method {method} takes one SERIAL and at most one --family (--file, --order, \
             --supplier and --service are for --method automated)"
        )));
    }
    if args.change.skip_invalid {
        return Err(usage(
            "--skip-invalid is for enrolling many devices (--method automated)",
        ));
    }
    let account_driven = matches!(
        method,
        EnrollmentMethod::AccountDevice | EnrollmentMethod::AccountUser
    );
    if account_driven && args.user.is_none() {
        return Err(usage(format!(
            "--method {method} needs --user: the Managed Apple Account that signed in"
        )));
    }
    let serial = match model::parse_serial(raw) {
        Ok(s) => s.value,
        Err(reason) => {
            let mut result = Action::Enroll.result(args.change.dry_run);
            result.requested = 1;
            result.failed = 1;
            result.problems.push(Problem {
                serial_number: Some(raw.trim().to_string()),
                line: None,
                field: Some("serialNumber".to_string()),
                message: reason,
            });
            return Err(super::refuse(ctx, result));
        }
    };
    let mut ledger = ctx.ledger()?;
    services::require_a_service(ledger.conn())?;
    let to = match &args.to {
        Some(name) => Some(services::find(ledger.conn(), name)?),
        None => None,
    };
    let account = match (&args.user, account_driven) {
        (Some(user), true) => Some(accounts::find_for_enrollment(ledger.conn(), user, ctx.now)?),
        _ => None,
    };
    if let Some(a) = &account {
        let offered = a.enrollment;
        let byod = method == EnrollmentMethod::AccountUser;
        if byod != (offered == model::AccountEnrollment::User) {
            ctx.out.warn(format!(
                "service discovery offers {} account-driven {} Enrollment ({}); recorded as \
                 {method} all the same",
                a.managed_apple_account,
                if byod { "Device" } else { "User" },
                offered.discovery_version()
            ));
        }
    }
    let user = match &account {
        Some(a) => Some(a.managed_apple_account.clone()),
        None => args.user.as_deref().map(|u| u.trim().to_string()),
    };
    let now = format_timestamp(ctx.now);
    let ran = super::run_activity(
        ctx,
        &mut ledger,
        Action::Enroll,
        parameters(args),
        args.change.dry_run,
        |tx, id, result| {
            let request = ByUser {
                serial: &serial,
                method,
                user: user.as_deref(),
                family: sel.families.first().copied(),
                to: to.as_ref().map(|s| (s.id, s.name.as_str())),
                account_service: account
                    .as_ref()
                    .and_then(|a| a.service_id.zip(a.service.as_deref())),
                stamp: Stamp {
                    now: &now,
                    activity_id: id,
                },
            };
            let how = match user.as_deref() {
                Some(u) => format!("{method}, {u}"),
                None => method.to_string(),
            };
            let sentence = match enrollment::run_by_user(tx, &request, result)? {
                Enrolled::Arrived(service) => format!(
                    "Added {serial} to the organisation on {service} and enrolled it ({how})."
                ),
                Enrolled::Assigned(service) => {
                    format!("Assigned {serial} to {service} and enrolled it ({how}).")
                }
                Enrolled::InPlace(service) => format!("Enrolled {serial} in {service} ({how})."),
                Enrolled::Unchanged => {
                    format!("{serial} is already enrolled ({how}); nothing to do.")
                }
                Enrolled::Refused => String::new(),
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
