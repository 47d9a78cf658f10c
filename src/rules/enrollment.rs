//! Step 5: enrollment (SPEC §1.6; Apple's rules in reference `abm-workflow.md` §3, §6).
//!
//! - A device enrolls in the service it is assigned to. Automated Device Enrollment needs the
//!   device assigned already; enrolling into another service is `reassign`'s job.
//! - User-initiated and account-driven enrollments bring a device that is not in the
//!   organisation in: it arrives (Step 3's rules, source MANUALLY_ADDED) on the service the
//!   enrollment configuration names — `--to`, else the account's service, else its family's
//!   default. An Apple Watch cannot arrive this way (it comes only in orders).
//! - Account-driven User Enrollment (`account-user`) makes a device personal (BYOD): the
//!   organisation cannot reassign, unassign or release it, and unenrolling it takes it out of
//!   the organisation. An organisation device cannot become personal, nor the reverse.
//! - Enrolling an enrolled device again the same way is a no-op; another way is refused until
//!   it is unenrolled. Enrolling a STALE device (reassigned since) clears STALE.
//! - A device added with Apple Configurator has a 30-day provisional period from its first
//!   enrollment, within which `device remove` takes it out again.
//!
//! Everything here runs inside the caller's transaction, uses the ledger's clock, holds no SQL
//! (`ledger::devices`) and prints nothing.

use anyhow::Result;
use jiff::Timestamp;
use rusqlite::Transaction;

use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices::{self, Arrival, Candidate, Enrollee, EnrollmentRecord, OrderAttrs};
use crate::model::{
    DeviceStatus, EnrollmentMethod, EnrollmentStatus, ProductFamily, PurchaseSourceType,
};
use crate::result::{CommandResult, Outcome, Problem};
use crate::rules::arrival::{self, Arrivals, Decision as Arriving, Incoming, Stamp};
use crate::rules::assignment::{self, Selection, state_label};

/// Days of a Configurator-added device's provisional period, from its first enrollment.
pub const PROVISIONAL_DAYS: i64 = 30;

/// When the provisional period of a device first enrolled at `first_enrolled` ends: 30
/// calendar days later.
pub fn provisional_end(first_enrolled: Timestamp) -> Result<Timestamp> {
    let zoned = first_enrolled.to_zoned(jiff::tz::TimeZone::UTC);
    Ok(zoned
        .checked_add(jiff::Span::new().days(PROVISIONAL_DAYS))?
        .timestamp())
}

/// A device's enrollment as the activity log shows it: `NOT_ENROLLED`,
/// `ENROLLED (automated)`, `STALE (account-device, jo@example.com)`.
pub fn enrollment_label(
    status: Option<EnrollmentStatus>,
    method: Option<EnrollmentMethod>,
    user: Option<&str>,
) -> String {
    let status = status.unwrap_or(EnrollmentStatus::NotEnrolled);
    match (status, method, user) {
        (EnrollmentStatus::NotEnrolled, _, _) | (_, None, _) => status.as_str().to_string(),
        (_, Some(m), None) => format!("{status} ({m})"),
        (_, Some(m), Some(u)) => format!("{status} ({m}, {u})"),
    }
}

fn label_of(d: &Enrollee) -> String {
    format!(
        "{}; {}",
        state_label(d.status, d.service.as_ref().map(|(_, n)| n.as_str())),
        enrollment_label(
            d.enrollment_status,
            d.enrollment_method,
            d.enrolled_user.as_deref()
        )
    )
}

fn problem(result: &mut CommandResult, serial: &str, field: &str, message: impl Into<String>) {
    result.problems.push(Problem {
        serial_number: Some(serial.to_string()),
        line: None,
        field: Some(field.to_string()),
        message: message.into(),
    });
}

/// Why device `d` cannot enroll with `method`, as far as its status and ownership go.
fn status_refusal(
    status: DeviceStatus,
    personal: bool,
    method: EnrollmentMethod,
) -> Option<String> {
    match status {
        DeviceStatus::Pending => {
            return Some(
                "is pending: its supplier is not linked, so it cannot enroll (link it with \
                 `abmctl supplier link`)"
                    .to_string(),
            );
        }
        DeviceStatus::Released => {
            return Some(
                "was released from the organisation; add it again (`abmctl device add`) \
                 before it enrolls"
                    .to_string(),
            );
        }
        DeviceStatus::Unassigned | DeviceStatus::Assigned => {}
    }
    match (personal, method == EnrollmentMethod::AccountUser) {
        (true, true) | (false, false) => None,
        (true, false) => Some(
            "is a personal device (account-driven User Enrollment): it can enroll only that \
             way, by its user"
                .to_string(),
        ),
        (false, true) => Some(
            "is an organisation device: account-driven User Enrollment (account-user) is for \
             devices the user owns; use --method account-device"
                .to_string(),
        ),
    }
}

/// What enrolling a device already in the ledger does, once its service is settled.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// Record the enrollment.
    Enroll,
    /// Already enrolled this way.
    Unchanged,
    /// Not possible: the reason.
    Refuse(String),
}

/// Enrolled again: the same way is a no-op, another way must wait for an unenroll.
fn again(
    status: Option<EnrollmentStatus>,
    current: Option<EnrollmentMethod>,
    current_user: Option<&str>,
    method: EnrollmentMethod,
    user: Option<&str>,
) -> Step {
    if status != Some(EnrollmentStatus::Enrolled) {
        // Never enrolled, unenrolled, or STALE (enrolled in a service it has left): enroll.
        return Step::Enroll;
    }
    let same_user = user.is_none() || user == current_user;
    if current == Some(method) && same_user {
        Step::Unchanged
    } else {
        Step::Refuse(format!(
            "is already enrolled ({}); unenroll it first (`abmctl unenroll`)",
            enrollment_label(status, current, current_user)
                .trim_start_matches("ENROLLED (")
                .trim_end_matches(')')
        ))
    }
}

/// Automated Device Enrollment of many devices: what to record, and for whom.
#[derive(Debug, Clone, Copy)]
pub struct Automated<'a> {
    /// The devices (SELECTION).
    pub selection: &'a Selection,
    /// The service the devices must be assigned to, when given (`--to`).
    pub to: Option<(i64, &'a str)>,
    /// The user recorded with the enrollment.
    pub user: Option<&'a str>,
    /// Apply what can be and skip the rest, instead of refusing it all.
    pub skip_invalid: bool,
    /// When, and as which activity.
    pub stamp: Stamp<'a>,
}

/// Decides Automated Device Enrollment for one device.
fn decide_automated(
    d: &Candidate,
    to: Option<(i64, &str)>,
    user: Option<&str>,
    names: &std::collections::HashMap<i64, String>,
) -> Step {
    let method = EnrollmentMethod::Automated;
    if let Some(reason) = status_refusal(d.status, d.personal, method) {
        return Step::Refuse(reason);
    }
    let Some(service) = d.service_id else {
        return Step::Refuse(
            "is not assigned to a device management service: Automated Device Enrollment \
             needs it assigned first (`abmctl assign SERIAL --to NAME`)"
                .to_string(),
        );
    };
    if let Some((want, want_name)) = to
        && want != service
    {
        let current = names
            .get(&service)
            .map_or("another service", String::as_str);
        return Step::Refuse(format!(
            "is assigned to {current}, not {want_name}; moving it is `abmctl reassign`'s job"
        ));
    }
    // The user of an automated enrollment is not compared: Setup Assistant may or may not
    // name one. Only the method makes another enrollment.
    let _ = user;
    again(d.enrollment_status, d.enrollment_method, None, method, None)
}

/// Runs Automated Device Enrollment over a selection inside `tx`, filling `result` and the
/// activity's items. Named devices that cannot enroll are problems (failed, or skipped with
/// `skip_invalid`); devices picked by orders and filters are narrowed to those that can.
pub fn run_automated(
    tx: &Transaction<'_>,
    req: &Automated<'_>,
    result: &mut CommandResult,
) -> Result<()> {
    let mut assigner = devices::Assigner::new(tx)?;
    let names = crate::ledger::services::names(tx)?;
    let picked = assignment::pick(tx, &mut assigner, req.selection, result)?;
    let mut items = ItemWriter::new(req.stamp.activity_id);
    let mut states: Vec<Option<String>> = vec![None; result.problems.len()];
    let mut enroll: Vec<&Candidate> = Vec::new();
    let label = |d: &Candidate| {
        format!(
            "{}; {}",
            state_label(
                d.status,
                d.service_id.and_then(|s| names.get(&s)).map(String::as_str)
            ),
            enrollment_label(d.enrollment_status, d.enrollment_method, None)
        )
    };
    for (d, explicit, origin) in &picked {
        match decide_automated(d, req.to, req.user, &names) {
            Step::Enroll => enroll.push(d),
            Step::Unchanged => {
                let state = label(d);
                let item = NewItem {
                    serial_number: Some(&d.serial),
                    before: Some(&state),
                    after: Some(&state),
                    message: Some("already enrolled"),
                    ..Default::default()
                };
                items.push(tx, Outcome::Unchanged, &item)?;
                result.requested += 1;
                result.count(Outcome::Unchanged);
            }
            Step::Refuse(reason) if *explicit => {
                assignment::problem(result, &d.serial, origin, &reason);
                states.push(Some(label(d)));
            }
            Step::Refuse(_) => {}
        }
    }
    result.requested += (result.problems.len() + enroll.len()) as u64;
    if !assignment::settle_problems(tx, &mut items, result, &states, req.skip_invalid)? {
        return Ok(());
    }
    let now = req.stamp.now;
    for d in enroll {
        let before = label(d);
        let record = EnrollmentRecord {
            status: Some(EnrollmentStatus::Enrolled),
            method: Some(EnrollmentMethod::Automated),
            user: req.user,
            at: Some(now),
            personal: false,
        };
        devices::set_enrollment(tx, d.id, &record)?;
        let after = format!(
            "{}; {}",
            state_label(
                d.status,
                d.service_id.and_then(|s| names.get(&s)).map(String::as_str)
            ),
            enrollment_label(record.status, record.method, None)
        );
        let message = (d.enrollment_status == Some(EnrollmentStatus::Stale))
            .then_some("enrolled again in the service it is now assigned to: no longer stale");
        let item = NewItem {
            serial_number: Some(&d.serial),
            before: Some(&before),
            after: Some(&after),
            message,
            ..Default::default()
        };
        items.push(tx, Outcome::Changed, &item)?;
        result.count(Outcome::Changed);
    }
    Ok(())
}

/// A user-initiated or account-driven enrollment of one device.
#[derive(Debug, Clone, Copy)]
pub struct ByUser<'a> {
    /// The device's serial (normalised).
    pub serial: &'a str,
    /// `user`, `account-device` or `account-user`.
    pub method: EnrollmentMethod,
    /// Who enrolls it: the Managed Apple Account (lower-case) for the account-driven methods.
    pub user: Option<&'a str>,
    /// Its product family: needed when the device is new to the organisation.
    pub family: Option<ProductFamily>,
    /// The service named with `--to`.
    pub to: Option<(i64, &'a str)>,
    /// The service the account's enrollments go to, when it names one.
    pub account_service: Option<(i64, &'a str)>,
    /// When, and as which activity.
    pub stamp: Stamp<'a>,
}

/// What a [`ByUser`] enrollment did, for the command's sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enrolled {
    /// The device arrived in the organisation on this service and enrolled.
    Arrived(String),
    /// The device was assigned to this service and enrolled.
    Assigned(String),
    /// The device enrolled in the service it is assigned to.
    InPlace(String),
    /// Already enrolled this way.
    Unchanged,
    /// Refused: the problem is in the result.
    Refused,
}

/// Runs a user-initiated or account-driven enrollment of one device inside `tx`.
pub fn run_by_user(
    tx: &Transaction<'_>,
    req: &ByUser<'_>,
    result: &mut CommandResult,
) -> Result<Enrolled> {
    result.requested = 1;
    let serial = req.serial;
    let refuse = |result: &mut CommandResult, field: &str, message: String| {
        problem(result, serial, field, message);
        result.failed = 1;
        Ok(Enrolled::Refused)
    };
    let arrivals = Arrivals::load(tx)?;
    let Some(d) = devices::enrollee(tx, serial)? else {
        return arrive(tx, req, &arrivals, result);
    };
    if let Some(f) = req.family.filter(|f| *f != d.family) {
        return refuse(
            result,
            "--family",
            format!("is in the organisation as {}, not {f}", d.family),
        );
    }
    if let Some(reason) = status_refusal(d.status, d.personal, req.method) {
        return refuse(result, "serialNumber", reason);
    }
    // The service it enrolls in: --to, else the account's, else the one it is on, else its
    // family's default.
    let default = arrivals.accepted(d.family);
    let target: Option<(i64, String)> = req
        .to
        .or(req.account_service)
        .map(|(id, n)| (id, n.to_string()))
        .or_else(|| d.service.clone())
        .or_else(|| default.service_id.map(|id| (id, service_of(default.label))));
    let Some((target_id, target_name)) = target else {
        return refuse(result, "--to", no_service(d.family));
    };
    if let Some((current, current_name)) = &d.service
        && *current != target_id
    {
        let why = if req.to.is_some() {
            format!("--to names {target_name}")
        } else {
            format!(
                "{}'s enrollments go to {target_name}",
                req.user.unwrap_or("its user")
            )
        };
        return refuse(
            result,
            "serialNumber",
            format!(
                "is assigned to {current_name} but {why}: moving it is reassign's job \
                     (`abmctl reassign {serial} --to \"{target_name}\"`)"
            ),
        );
    }
    let step = again(
        d.enrollment_status,
        d.enrollment_method,
        d.enrolled_user.as_deref(),
        req.method,
        req.user,
    );
    let before = label_of(&d);
    let mut items = ItemWriter::new(req.stamp.activity_id);
    match step {
        Step::Refuse(reason) => refuse(result, "serialNumber", reason),
        Step::Unchanged => {
            let item = NewItem {
                serial_number: Some(serial),
                before: Some(&before),
                after: Some(&before),
                message: Some("already enrolled"),
                ..Default::default()
            };
            items.push(tx, Outcome::Unchanged, &item)?;
            result.count(Outcome::Unchanged);
            Ok(Enrolled::Unchanged)
        }
        Step::Enroll => {
            let newly_assigned = d.service.is_none();
            if newly_assigned {
                let mut assigner = devices::Assigner::new(tx)?;
                assigner.set(
                    d.id,
                    Some(target_id),
                    Some(req.stamp.now),
                    d.enrollment_status,
                )?;
            }
            let record = record_of(req);
            devices::set_enrollment(tx, d.id, &record)?;
            let after = format!(
                "{}; {}",
                state_label(DeviceStatus::Assigned, Some(&target_name)),
                enrollment_label(record.status, record.method, record.user)
            );
            let message = if newly_assigned {
                Some("assigned to the service its enrollment configuration names, and enrolled")
            } else if d.enrollment_status == Some(EnrollmentStatus::Stale) {
                Some("enrolled again in the service it is now assigned to: no longer stale")
            } else {
                None
            };
            let item = NewItem {
                serial_number: Some(serial),
                before: Some(&before),
                after: Some(&after),
                message,
                ..Default::default()
            };
            items.push(tx, Outcome::Changed, &item)?;
            result.count(Outcome::Changed);
            Ok(if newly_assigned {
                Enrolled::Assigned(target_name)
            } else {
                Enrolled::InPlace(target_name)
            })
        }
    }
}

/// The enrollment a [`ByUser`] request records.
fn record_of<'a>(req: &ByUser<'a>) -> EnrollmentRecord<'a> {
    EnrollmentRecord {
        status: Some(EnrollmentStatus::Enrolled),
        method: Some(req.method),
        user: req.user,
        at: Some(req.stamp.now),
        personal: req.method == EnrollmentMethod::AccountUser,
    }
}

/// The service name in an `ASSIGNED (name)` label.
fn service_of(label: &str) -> String {
    label
        .strip_prefix("ASSIGNED (")
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(label)
        .to_string()
}

fn no_service(family: ProductFamily) -> String {
    format!(
        "no service to enroll it in: {family} has no default service and no --to was given \
         (set one with `abmctl mdm default set {family} NAME`)"
    )
}

/// A device new to the organisation enrolls: it arrives (Step 3), on the service its
/// enrollment configuration names, and is enrolled there.
fn arrive(
    tx: &Transaction<'_>,
    req: &ByUser<'_>,
    arrivals: &Arrivals,
    result: &mut CommandResult,
) -> Result<Enrolled> {
    let serial = req.serial;
    let mut refuse = |field: &str, message: String| {
        problem(result, serial, field, message);
        result.failed = 1;
        Ok(Enrolled::Refused)
    };
    let Some(family) = req.family else {
        return refuse(
            "--family",
            "is not in the organisation: give its --family to add it as it enrolls".to_string(),
        );
    };
    if family == ProductFamily::Watch {
        return refuse(
            "--family",
            "an Apple Watch cannot arrive by enrollment: it arrives only in orders from Apple \
             or a reseller (import the order)"
                .to_string(),
        );
    }
    let default = arrivals.accepted(family);
    let (service_id, label) = match req.to.or(req.account_service) {
        Some((id, name)) => (id, state_label(DeviceStatus::Assigned, Some(name))),
        None => match default.service_id {
            Some(id) => (id, default.label.to_string()),
            None => return refuse("--to", no_service(family)),
        },
    };
    let attrs = OrderAttrs::new(family, PurchaseSourceType::ManuallyAdded);
    let arrival = Arrival {
        status: DeviceStatus::Assigned,
        service_id: Some(service_id),
        label: &label,
    };
    let incoming = Incoming {
        serial,
        attrs: &attrs,
    };
    arrival::carry_out(tx, incoming, None, &Arriving::New(arrival), req.stamp)?;
    let Some(d) = devices::enrollee(tx, serial)? else {
        anyhow::bail!("the device {serial} did not arrive");
    };
    let record = record_of(req);
    devices::set_enrollment(tx, d.id, &record)?;
    let after = format!(
        "{label}; {}",
        enrollment_label(record.status, record.method, record.user)
    );
    // The arrival itself is in the activity through the device row; this item says how it
    // enrolled, and stays when a personal device leaves again.
    let item = NewItem {
        serial_number: Some(serial),
        before: None,
        after: Some(&after),
        message: Some("added to the organisation by its enrollment"),
        ..Default::default()
    };
    ItemWriter::new(req.stamp.activity_id).push(tx, Outcome::Changed, &item)?;
    result.count(Outcome::Changed);
    Ok(Enrolled::Arrived(service_of(&label)))
}

/// What `unenroll` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unenrolled {
    /// An organisation device: NOT_ENROLLED, kept in the organisation and assigned.
    Kept,
    /// A personal device: out of the organisation.
    Removed,
    /// It was not enrolled.
    Unchanged,
    /// Refused: the problem is in the result.
    Refused,
}

/// The one device a command names (`unenroll`, `device remove`), counted as requested; when
/// no such device is in the organisation, that is the result's failed problem and None.
fn named_device(
    tx: &Transaction<'_>,
    serial: &str,
    result: &mut CommandResult,
) -> Result<Option<devices::Enrollee>> {
    result.requested = 1;
    let found = devices::enrollee(tx, serial)?;
    if found.is_none() {
        problem(
            result,
            serial,
            "serialNumber",
            "no device with this serial number is in the organisation",
        );
        result.failed = 1;
    }
    Ok(found)
}

/// Unenrolls one device inside `tx`: an organisation device keeps its assignment (and its
/// first enrollment's date); a personal device leaves the organisation.
pub fn unenroll(
    tx: &Transaction<'_>,
    serial: &str,
    stamp: Stamp<'_>,
    result: &mut CommandResult,
) -> Result<Unenrolled> {
    let Some(d) = named_device(tx, serial, result)? else {
        return Ok(Unenrolled::Refused);
    };
    let before = label_of(&d);
    let mut items = ItemWriter::new(stamp.activity_id);
    if d.personal {
        devices::delete(tx, d.id)?;
        let item = NewItem {
            serial_number: Some(serial),
            before: Some(&before),
            after: None,
            message: Some("a personal device: unenrolled by its user, it left the organisation"),
            ..Default::default()
        };
        items.push(tx, Outcome::Changed, &item)?;
        result.count(Outcome::Changed);
        return Ok(Unenrolled::Removed);
    }
    if d.enrollment_status.is_none() {
        let item = NewItem {
            serial_number: Some(serial),
            before: Some(&before),
            after: Some(&before),
            message: Some("not enrolled"),
            ..Default::default()
        };
        items.push(tx, Outcome::Unchanged, &item)?;
        result.count(Outcome::Unchanged);
        return Ok(Unenrolled::Unchanged);
    }
    let cleared = EnrollmentRecord {
        status: None,
        method: None,
        user: None,
        at: None,
        personal: false,
    };
    devices::set_enrollment(tx, d.id, &cleared)?;
    let after = format!(
        "{}; {}",
        state_label(d.status, d.service.as_ref().map(|(_, n)| n.as_str())),
        EnrollmentStatus::NotEnrolled
    );
    let item = NewItem {
        serial_number: Some(serial),
        before: Some(&before),
        after: Some(&after),
        ..Default::default()
    };
    items.push(tx, Outcome::Changed, &item)?;
    result.count(Outcome::Changed);
    Ok(Unenrolled::Kept)
}

/// Why a device cannot be removed by `device remove` at `now`, if it cannot: only a device
/// added with Apple Configurator, within 30 days of its first enrollment (before it, the
/// period has not started and the device may go too). Personal devices leave by `unenroll`.
pub fn removal_refusal(d: &Enrollee, now: Timestamp) -> Result<Option<String>> {
    if d.status == DeviceStatus::Released {
        return Ok(Some(
            "was released from the organisation already".to_string(),
        ));
    }
    if d.personal {
        return Ok(Some(
            "is a personal device: it leaves the organisation when its user unenrolls it \
             (`abmctl unenroll`)"
                .to_string(),
        ));
    }
    if d.source != PurchaseSourceType::ManuallyAdded {
        return Ok(Some(format!(
            "was not added with Apple Configurator (its source is {}): only those can be \
             removed, within {PROVISIONAL_DAYS} days of their first enrollment; release it \
             instead (`abmctl release {}`)",
            d.source, d.serial
        )));
    }
    let Some(first) = d.first_enrolled_at.as_deref() else {
        return Ok(None);
    };
    let first: Timestamp = first.parse()?;
    let end = provisional_end(first)?;
    if now < end {
        return Ok(None);
    }
    Ok(Some(format!(
        "its {PROVISIONAL_DAYS}-day provisional period ended on {} (it first enrolled on {}); \
         release it instead (`abmctl release {}`)",
        crate::model::format_timestamp(end),
        crate::model::format_timestamp(first),
        d.serial
    )))
}

/// Removes one device added with Apple Configurator within its provisional period, inside
/// `tx`: it leaves the organisation (the row goes; the activity log keeps its history).
pub fn remove(
    tx: &Transaction<'_>,
    serial: &str,
    now: Timestamp,
    stamp: Stamp<'_>,
    result: &mut CommandResult,
) -> Result<bool> {
    let Some(d) = named_device(tx, serial, result)? else {
        return Ok(false);
    };
    if let Some(reason) = removal_refusal(&d, now)? {
        problem(result, serial, "serialNumber", reason);
        result.failed = 1;
        return Ok(false);
    }
    let before = label_of(&d);
    devices::delete(tx, d.id)?;
    let message = match d.first_enrolled_at.as_deref().map(str::parse::<Timestamp>) {
        Some(Ok(first)) => format!(
            "removed from the organisation within its provisional period (it ends {})",
            crate::model::format_timestamp(provisional_end(first)?)
        ),
        _ => "removed from the organisation before it first enrolled".to_string(),
    };
    let item = NewItem {
        serial_number: Some(serial),
        before: Some(&before),
        after: None,
        message: Some(&message),
        ..Default::default()
    };
    ItemWriter::new(stamp.activity_id).push(tx, Outcome::Changed, &item)?;
    result.count(Outcome::Changed);
    Ok(true)
}

#[cfg(test)]
mod tests {
    //! The rules one device at a time (`again`, `status_refusal`, `decide_automated`,
    //! `removal_refusal`), and whole enrollments against an in-memory ledger.

    use super::*;
    use crate::ledger::Ledger;

    use EnrollmentMethod::{AccountDevice, AccountUser, Automated, User};

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn the_provisional_period_is_thirty_calendar_days() -> Result<()> {
        assert_eq!(
            provisional_end(ts("2026-11-27T12:00:00Z"))?,
            ts("2026-12-27T12:00:00Z")
        );
        let mut d = Enrollee {
            id: 1,
            serial: "C02XK1ZZJGH5".into(),
            family: ProductFamily::Mac,
            status: DeviceStatus::Assigned,
            service: Some((1, "A".into())),
            source: PurchaseSourceType::ManuallyAdded,
            enrollment_status: Some(EnrollmentStatus::Enrolled),
            enrollment_method: Some(Automated),
            enrolled_user: None,
            first_enrolled_at: Some("2026-11-27T12:00:00Z".into()),
            personal: false,
        };
        assert_eq!(removal_refusal(&d, ts("2026-12-27T11:59:59Z"))?, None);
        let after = removal_refusal(&d, ts("2026-12-27T12:00:00Z"))?.unwrap();
        assert!(after.contains("ended on 2026-12-27T12:00:00Z"), "{after}");
        d.first_enrolled_at = None; // never enrolled: the period has not started
        assert_eq!(removal_refusal(&d, ts("2030-01-01T00:00:00Z"))?, None);
        d.source = PurchaseSourceType::Apple;
        assert!(removal_refusal(&d, ts("2026-11-28T00:00:00Z"))?.is_some());
        d.source = PurchaseSourceType::ManuallyAdded;
        d.personal = true;
        let why = removal_refusal(&d, ts("2026-11-28T00:00:00Z"))?.unwrap();
        assert!(why.contains("unenroll"), "{why}");
        Ok(())
    }

    #[test]
    fn the_same_enrollment_again_is_a_no_op_and_another_waits_for_unenroll() {
        let enrolled = Some(EnrollmentStatus::Enrolled);
        assert_eq!(again(None, None, None, User, None), Step::Enroll);
        let stale = Some(EnrollmentStatus::Stale);
        assert_eq!(
            again(stale, Some(Automated), None, Automated, None),
            Step::Enroll
        );
        assert_eq!(
            again(
                enrolled,
                Some(AccountDevice),
                Some("jo@x.com"),
                AccountDevice,
                Some("jo@x.com")
            ),
            Step::Unchanged
        );
        assert!(matches!(
            again(enrolled, Some(AccountDevice), Some("jo@x.com"), AccountDevice, Some("al@x.com")),
            Step::Refuse(r) if r.contains("account-device, jo@x.com")
        ));
        assert!(matches!(
            again(enrolled, Some(Automated), None, User, None),
            Step::Refuse(_)
        ));
    }

    #[test]
    fn personal_devices_enroll_only_as_personal_and_held_devices_not_at_all() {
        use DeviceStatus::{Assigned, Pending, Released, Unassigned};
        assert_eq!(status_refusal(Assigned, false, Automated), None);
        assert_eq!(status_refusal(Unassigned, true, AccountUser), None);
        assert!(
            status_refusal(Assigned, true, AccountDevice).is_some_and(|r| r.contains("personal"))
        );
        assert!(
            status_refusal(Assigned, false, AccountUser)
                .is_some_and(|r| r.contains("organisation device"))
        );
        assert!(status_refusal(Pending, false, User).is_some_and(|r| r.contains("pending")));
        assert!(status_refusal(Released, false, User).is_some_and(|r| r.contains("released")));
    }

    #[test]
    fn automated_enrollment_needs_the_device_on_the_service_named() {
        let names = std::collections::HashMap::from([(1, "A".to_string()), (2, "B".to_string())]);
        let mut d = Candidate {
            id: 1,
            serial: "C02XK1ZZJGH5".into(),
            family: ProductFamily::Mac,
            status: DeviceStatus::Unassigned,
            service_id: None,
            enrollment_status: None,
            enrollment_method: None,
            personal: false,
            supplier: None,
        };
        assert!(
            matches!(decide_automated(&d, None, None, &names), Step::Refuse(r) if r.contains("not assigned"))
        );
        d.status = DeviceStatus::Assigned;
        d.service_id = Some(2);
        assert_eq!(decide_automated(&d, None, None, &names), Step::Enroll);
        assert!(matches!(
            decide_automated(&d, Some((1, "A")), None, &names),
            Step::Refuse(r) if r.contains("assigned to B, not A")
        ));
        d.enrollment_status = Some(EnrollmentStatus::Enrolled);
        d.enrollment_method = Some(Automated);
        assert_eq!(
            decide_automated(&d, Some((2, "B")), None, &names),
            Step::Unchanged
        );
    }

    /// A new device enrolling by account-driven User Enrollment arrives on the account's
    /// service, enrolled and personal; unenrolled, it leaves the ledger.
    #[test]
    fn a_byod_device_arrives_and_leaves() -> Result<()> {
        let mut l = Ledger::open_in_memory(ts("2026-11-27T12:00:00Z"))?;
        l.write(false, |tx| {
            let a = crate::ledger::services::insert(
                tx,
                &crate::ledger::services::NewService::named("A", "x", "y"),
                "z",
            )?;
            let id =
                crate::ledger::activities::start(tx, "enroll", "t", "now", &serde_json::json!({}))?;
            let stamp = Stamp {
                now: "2026-11-27T12:00:00Z",
                activity_id: id,
            };
            let req = ByUser {
                serial: "H4T3X9L2QW",
                method: AccountUser,
                user: Some("jo@example.com"),
                family: Some(ProductFamily::IPhone),
                to: None,
                account_service: Some((a, "A")),
                stamp,
            };
            let mut result = CommandResult::new("enroll", false);
            assert_eq!(
                run_by_user(tx, &req, &mut result)?,
                Enrolled::Arrived("A".into())
            );
            let d = devices::enrollee(tx, "H4T3X9L2QW")?.unwrap();
            assert_eq!(
                (
                    d.status,
                    d.service.clone(),
                    d.source,
                    d.personal,
                    d.enrollment_method
                ),
                (
                    DeviceStatus::Assigned,
                    Some((a, "A".into())),
                    PurchaseSourceType::ManuallyAdded,
                    true,
                    Some(AccountUser)
                )
            );
            // Each step is an activity of its own, as each command is.
            let next = |action: &str| -> Result<Stamp<'static>> {
                let params = serde_json::json!({});
                let id = crate::ledger::activities::start(tx, action, "t", "now", &params)?;
                Ok(Stamp {
                    now: "2026-11-27T12:00:00Z",
                    activity_id: id,
                })
            };
            let mut again = CommandResult::new("enroll", false);
            let req = ByUser {
                stamp: next("enroll")?,
                ..req
            };
            assert_eq!(run_by_user(tx, &req, &mut again)?, Enrolled::Unchanged);
            let mut out = CommandResult::new("unenroll", false);
            assert_eq!(
                unenroll(tx, "H4T3X9L2QW", next("unenroll")?, &mut out)?,
                Unenrolled::Removed
            );
            assert_eq!(devices::enrollee(tx, "H4T3X9L2QW")?, None);
            Ok(())
        })
    }
}
