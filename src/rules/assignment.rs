//! Step 4: the rules of assignment — which devices `assign`, `reassign`, `unassign` and
//! `release` act on, and what each does to them (SPEC §1.5) — run inside the caller's
//! transaction, by commands, `mdm unlink`, and later sync and the sandbox.
//!
//! Explicitly named devices (serials, `--file`) that the action cannot apply to are problems:
//! every one is reported, and the caller rolls back unless `--skip-invalid`. Devices picked by
//! orders or filters are narrowed to those the action applies to (those already in the asked-for
//! state count as unchanged). It prints nothing and holds no SQL (`ledger::devices` has it).

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use rusqlite::Transaction;

use crate::activity::Action;
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices::{self, Candidate};
use crate::model::{DeviceStatus, EnrollmentStatus, ProductFamily};
use crate::result::{CommandResult, Outcome, Problem};
use crate::rules::arrival::Stamp;
use crate::rules::names;

/// The four changes of Step 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Put devices on a service; never moves a device off another one.
    Assign,
    /// Put devices on a service whatever their current assignment.
    Reassign,
    /// Take devices off their service.
    Unassign,
    /// Remove devices from the organisation for good.
    Release,
}

impl Change {
    /// The activity that records this change.
    pub fn action(self) -> Action {
        match self {
            Change::Assign => Action::Assign,
            Change::Reassign => Action::Reassign,
            Change::Unassign => Action::Unassign,
            Change::Release => Action::Release,
        }
    }
}

/// Where assigned devices go.
#[derive(Debug, Clone)]
pub enum Target {
    /// One named service (row id, name).
    Service(i64, String),
    /// Each device's family default (`assign --apply-defaults`): family → (row id, name).
    Defaults(HashMap<ProductFamily, (i64, String)>),
    /// No service (unassign, release).
    None,
}

/// What a selection names. Serials come with where they were found (`file:line` or
/// `argument`), for problems.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Explicitly named serials (normalised), with their origin.
    pub serials: Vec<(String, String)>,
    /// Named serials that are not serial numbers at all: (text, origin, reason).
    pub invalid: Vec<(String, String, String)>,
    /// Order numbers.
    pub orders: Vec<String>,
    /// Product families.
    pub families: Vec<ProductFamily>,
    /// Supplier numbers (purchaseSourceId).
    pub suppliers: Vec<String>,
    /// Service row ids.
    pub services: Vec<i64>,
    /// Every device (`assign --apply-defaults` with no other selector).
    pub all: bool,
    /// Serials were named (arguments or `--file`), even if the list turned out empty: then the
    /// filters narrow that list and never widen to the whole fleet.
    pub named: bool,
}

impl Selection {
    fn has_filters(&self) -> bool {
        !self.families.is_empty() || !self.suppliers.is_empty() || !self.services.is_empty()
    }

    fn matches_filters(&self, d: &Candidate) -> bool {
        (self.families.is_empty() || self.families.contains(&d.family))
            && (self.services.is_empty()
                || d.service_id.is_some_and(|s| self.services.contains(&s)))
            && (self.suppliers.is_empty()
                || d.supplier
                    .as_ref()
                    .is_some_and(|s| self.suppliers.contains(s)))
    }
}

/// How an action ends for one device.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Decision {
    /// Move to this service (None: off any service) — or, for release, out of the org.
    Change(Option<i64>),
    /// Already in the asked-for state.
    Unchanged,
    /// Not possible; the reason.
    Refuse(String),
}

/// A device's state as the activity log shows it: `ASSIGNED (Main MDM)`, `UNASSIGNED`, ….
pub fn state_label(status: DeviceStatus, service: Option<&str>) -> String {
    match service {
        Some(name) if status == DeviceStatus::Assigned => format!("ASSIGNED ({name})"),
        _ => status.as_str().to_string(),
    }
}

/// Service names by row id, for messages and the activity log.
type Names = HashMap<i64, String>;

fn service_name(names: &Names, id: Option<i64>) -> Option<&str> {
    id.and_then(|i| names.get(&i)).map(String::as_str)
}

/// A device's state label (`ASSIGNED (Main MDM)`, …).
fn label(d: &Candidate, names: &Names) -> String {
    state_label(d.status, service_name(names, d.service_id))
}

/// Decides what `action` does to device `d` (SPEC §1.5).
fn decide(change: Change, d: &Candidate, target: &Target, names: &Names) -> Decision {
    let held = |what: &str| match d.status {
        DeviceStatus::Pending => Some(format!(
            "is pending: its supplier is not linked, so it cannot be {what} (link it with `abmctl supplier link`)"
        )),
        DeviceStatus::Released => Some(format!(
            "was released from the organisation and can never be {what}"
        )),
        DeviceStatus::Unassigned | DeviceStatus::Assigned => None,
    };
    let destination = || match target {
        Target::Service(id, _) => Ok(*id),
        Target::Defaults(map) => map.get(&d.family).map(|(id, _)| *id).ok_or_else(|| {
            format!(
                "has no default service for its family ({}); set one with `abmctl mdm default set`",
                d.family
            )
        }),
        Target::None => Err("has no target service".to_string()),
    };
    match change {
        Change::Assign | Change::Reassign => {
            if let Some(reason) = held("assigned") {
                return Decision::Refuse(reason);
            }
            if d.personal && change == Change::Reassign {
                return Decision::Refuse(
                    "is a personal device (User Enrollment): the organisation cannot reassign it"
                        .to_string(),
                );
            }
            let id = match destination() {
                Ok(t) => t,
                Err(reason) => return Decision::Refuse(reason),
            };
            match d.service_id {
                Some(current) if current == id => Decision::Unchanged,
                Some(_) if change == Change::Assign => Decision::Refuse(format!(
                    "is assigned to {}; use `abmctl reassign` to move it",
                    service_name(names, d.service_id).unwrap_or("another service")
                )),
                _ => Decision::Change(Some(id)),
            }
        }
        Change::Unassign => match d.status {
            DeviceStatus::Assigned if d.personal => Decision::Refuse(
                "is a personal device (User Enrollment): the organisation cannot unassign it; \
                 it leaves when its user unenrolls it (`abmctl unenroll`)"
                    .to_string(),
            ),
            DeviceStatus::Assigned => Decision::Change(None),
            DeviceStatus::Unassigned => Decision::Unchanged,
            DeviceStatus::Pending | DeviceStatus::Released => {
                Decision::Refuse(held("unassigned").unwrap_or_default())
            }
        },
        Change::Release => match d.status {
            DeviceStatus::Released => Decision::Unchanged,
            DeviceStatus::Pending => Decision::Refuse(held("released").unwrap_or_default()),
            _ if d.personal => Decision::Refuse(
                "is a personal device (User Enrollment): the organisation cannot release it"
                    .to_string(),
            ),
            _ => Decision::Change(None),
        },
    }
}

/// A sink for progress on bulk changes: (devices done, devices to change).
pub type OnProgress<'a> = &'a mut dyn FnMut(u64, u64);

/// One Step 4 change to run: what, on which devices, to where.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The change.
    pub change: Change,
    /// The devices asked for.
    pub selection: &'a Selection,
    /// Where they go.
    pub target: &'a Target,
    /// Apply what can be and skip the rest, instead of refusing it all.
    pub skip_invalid: bool,
    /// When, and as which activity.
    pub stamp: Stamp<'a>,
}

/// Runs `request` inside `tx`, filling `result` and writing the activity's items. Problems
/// with explicit devices are counted as `failed` (the runner then refuses and rolls back) or,
/// with `skip_invalid`, `skipped`.
pub fn run(
    tx: &Transaction<'_>,
    request: &Request<'_>,
    result: &mut CommandResult,
    progress: OnProgress<'_>,
) -> Result<()> {
    run_queued(tx, request, false, result, progress)
}

/// [`run`], and with `queue` (a remote is set, SPEC §5) each change is also queued for the
/// next sync: the device is marked `pendingSync` and its outcome is `queued`, not `changed`.
pub fn run_queued(
    tx: &Transaction<'_>,
    request: &Request<'_>,
    queue: bool,
    result: &mut CommandResult,
    progress: OnProgress<'_>,
) -> Result<()> {
    let Request {
        change,
        selection,
        target,
        skip_invalid,
        stamp,
    } = *request;
    let (now, activity_id) = (stamp.now, stamp.activity_id);
    let mut assigner = devices::Assigner::new(tx)?;
    let names: Names = crate::ledger::services::names(tx)?;
    let picked = pick(tx, &mut assigner, selection, result)?;

    let mut items = ItemWriter::new(activity_id);
    // The state of each problem's device, in `result.problems` order (None: not in the ledger).
    let mut states: Vec<Option<String>> = vec![None; result.problems.len()];
    let mut changes: Vec<(&Candidate, Option<i64>)> = Vec::new();
    for (d, explicit, origin) in &picked {
        match decide(change, d, target, &names) {
            Decision::Change(to) => changes.push((d, to)),
            Decision::Unchanged => {
                let state = label(d, &names);
                let item = NewItem {
                    serial_number: Some(&d.serial),
                    before: Some(&state),
                    after: Some(&state),
                    ..Default::default()
                };
                items.push(tx, Outcome::Unchanged, &item)?;
                result.requested += 1;
                result.count(Outcome::Unchanged);
            }
            Decision::Refuse(reason) if *explicit => {
                problem(result, &d.serial, origin, &reason);
                states.push(Some(label(d, &names)));
            }
            // Picked by an order or a filter: narrowed away, not a problem.
            Decision::Refuse(_) => {}
        }
    }
    // Every device asked for counts, refused or not, whether or not the command goes ahead.
    result.requested += (result.problems.len() + changes.len()) as u64;
    if !settle_problems(tx, &mut items, result, &states, skip_invalid)? {
        return Ok(());
    }
    let total = changes.len() as u64;
    for (done, (d, to)) in changes.into_iter().enumerate() {
        if done % 4096 == 0 {
            progress(done as u64, total);
        }
        let before = label(d, &names);
        let (after, message) = match (change, &to) {
            (Change::Release, _) => {
                assigner.release(d.id, now)?;
                (DeviceStatus::Released.as_str().to_string(), None)
            }
            (_, Some(id)) => {
                // A device enrolled in its old service keeps that enrollment until erased:
                // moving it makes the enrollment stale (SPEC §1.5).
                let stale = d.service_id.is_some()
                    && d.enrollment_status == Some(EnrollmentStatus::Enrolled);
                let enrollment = if stale {
                    Some(EnrollmentStatus::Stale)
                } else {
                    d.enrollment_status
                };
                assigner.set(d.id, Some(*id), Some(now), enrollment)?;
                let message =
                    stale.then_some("enrollment is stale: the device must be erased to re-enroll");
                (
                    state_label(DeviceStatus::Assigned, service_name(&names, Some(*id))),
                    message,
                )
            }
            (_, None) => {
                // Unassigned, an enrolled device still holds its old enrollment: stale, as on
                // a reassign (or assigning it again elsewhere would hide that).
                let stale = d.enrollment_status == Some(EnrollmentStatus::Enrolled);
                let enrollment = if stale {
                    Some(EnrollmentStatus::Stale)
                } else {
                    d.enrollment_status
                };
                assigner.set(d.id, None, None, enrollment)?;
                let message =
                    stale.then_some("enrollment is stale: the device must be erased to re-enroll");
                (DeviceStatus::Unassigned.as_str().to_string(), message)
            }
        };
        let outcome = if queue {
            crate::ledger::remote::set_pending(tx, d.id, true, None)?;
            Outcome::Queued
        } else {
            Outcome::Changed
        };
        let item = NewItem {
            serial_number: Some(&d.serial),
            before: Some(&before),
            after: Some(&after),
            message,
            ..Default::default()
        };
        items.push(tx, outcome, &item)?;
        result.count(outcome);
    }
    Ok(())
}

/// A device a selection picked: the device, whether it was named explicitly (serials,
/// `--file`; a refusal is then a problem) or picked by an order or filter (a refusal narrows
/// it away), and where it was named (`file:line`, `argument`).
pub type Picked = (Candidate, bool, String);

/// The devices `selection` names, explicit ones first in the order given, without duplicates.
/// Named serials that are invalid, not in the organisation or outside the filters given, and
/// orders that name nothing, are added to `result.problems`. Shared by Step 4 and Step 5's
/// automated enrollment.
pub fn pick(
    tx: &Transaction<'_>,
    assigner: &mut devices::Assigner<'_>,
    selection: &Selection,
    result: &mut CommandResult,
) -> Result<Vec<Picked>> {
    let mut picked: Vec<Picked> = Vec::new();
    let mut seen: HashSet<i64> = HashSet::new();
    let mut named: HashSet<&str> = HashSet::new();
    for (serial, origin, reason) in &selection.invalid {
        problem(result, serial, origin, reason);
    }
    for (serial, origin) in &selection.serials {
        if !named.insert(serial.as_str()) {
            continue;
        }
        match assigner.candidate(serial)? {
            None => problem(
                result,
                serial,
                origin,
                "no device with this serial number is in the organisation",
            ),
            Some(d) => {
                if !selection.matches_filters(&d) {
                    problem(
                        result,
                        serial,
                        origin,
                        "does not match the --family/--supplier/--service filters given",
                    );
                } else if seen.insert(d.id) {
                    picked.push((d, true, origin.clone()));
                }
            }
        }
    }
    // Order numbers are named input too: one that matches no device, or more than one
    // supplier's order, is a problem.
    for (_, message) in names::order_problems(tx, &selection.orders, &selection.suppliers)? {
        result.problems.push(Problem {
            serial_number: None,
            line: None,
            field: Some("orderNumber".to_string()),
            message,
        });
    }
    // Then devices picked by orders and filters (filters alone pick every matching device).
    let only_filters = !selection.named;
    if !selection.orders.is_empty() || (only_filters && (selection.has_filters() || selection.all))
    {
        for d in devices::candidates(
            tx,
            &selection.orders,
            &selection.families,
            &selection.suppliers,
            &selection.services,
        )? {
            if !seen.contains(&d.id) {
                seen.insert(d.id);
                picked.push((d, false, String::new()));
            }
        }
    }
    Ok(picked)
}

/// Settles the problems found with a selection. With `skip_invalid` each is recorded as a
/// skipped item (its device keeps its state, given by `states` in `result.problems` order)
/// and the rest may go ahead: true. Without, they all fail and nothing may change: false
/// (the runner then refuses and rolls back).
pub fn settle_problems(
    tx: &Transaction<'_>,
    items: &mut ItemWriter,
    result: &mut CommandResult,
    states: &[Option<String>],
    skip_invalid: bool,
) -> Result<bool> {
    if result.problems.is_empty() {
        return Ok(true);
    }
    if !skip_invalid {
        result.failed = result.problems.len() as u64;
        return Ok(false);
    }
    for (p, state) in result.problems.iter().zip(states) {
        let item = NewItem {
            serial_number: p.serial_number.as_deref(),
            line: p.line.as_deref(),
            before: state.as_deref(),
            after: state.as_deref(),
            field: p.field.as_deref(),
            message: Some(&p.message),
        };
        items.push(tx, Outcome::Skipped, &item)?;
    }
    result.skipped += result.problems.len() as u64;
    Ok(true)
}

/// Adds a problem with a named serial (`origin` is `file:line` or `argument`).
pub fn problem(result: &mut CommandResult, serial: &str, origin: &str, message: &str) {
    let line = origin.contains(':').then(|| origin.to_string());
    result.problems.push(Problem {
        serial_number: Some(serial.to_string()),
        line,
        field: Some("serialNumber".to_string()),
        message: message.to_string(),
    });
}

/// What an admin confirmed must be what happens: a `release` asks "Release N devices?" from
/// a preview, and if another process changed the ledger in between so that the real run
/// would change another number, the run is refused (the caller rolls back).
pub fn check_confirmed(confirmed: Option<u64>, result: &CommandResult) -> Result<()> {
    match confirmed {
        Some(n) if result.changed != n => anyhow::bail!(
            "the ledger changed since you confirmed: {} would now be affected, not {n}; \
             nothing was changed, run the command again",
            result.changed
        ),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    //! The rules of SPEC §1.5, one device at a time (`decide`), and a whole command against an
    //! in-memory ledger (`run`).

    use super::*;

    use DeviceStatus::{Assigned, Pending, Released, Unassigned};

    fn device(status: DeviceStatus, service: Option<i64>) -> Candidate {
        Candidate {
            id: 1,
            serial: "C02XK1ZZJGH5".to_string(),
            family: ProductFamily::Mac,
            status,
            service_id: service,
            enrollment_status: None,
            enrollment_method: None,
            personal: false,
            supplier: Some("12345".to_string()),
        }
    }

    /// `super::decide` with the services of these tests, A (1) and B (2).
    fn decide(change: Change, d: &Candidate, target: &Target) -> Decision {
        let names = Names::from([(1, "A".to_string()), (2, "B".to_string())]);
        super::decide(change, d, target, &names)
    }

    fn to_a() -> Target {
        Target::Service(1, "A".to_string())
    }

    #[test]
    fn assign_never_moves_a_device_off_another_service() {
        let d = device(Assigned, Some(2));
        match decide(Change::Assign, &d, &to_a()) {
            Decision::Refuse(reason) => assert!(reason.contains("reassign"), "{reason}"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(
            decide(Change::Reassign, &d, &to_a()),
            Decision::Change(Some(1))
        );
    }

    #[test]
    fn the_same_service_is_a_no_op() {
        let d = device(Assigned, Some(1));
        assert_eq!(decide(Change::Assign, &d, &to_a()), Decision::Unchanged);
        assert_eq!(decide(Change::Reassign, &d, &to_a()), Decision::Unchanged);
    }

    #[test]
    fn released_and_pending_devices_can_never_be_assigned() {
        for status in [Released, Pending] {
            for action in [Change::Assign, Change::Reassign] {
                assert!(
                    matches!(
                        decide(action, &device(status, None), &to_a()),
                        Decision::Refuse(_)
                    ),
                    "{action:?} of a {status} device"
                );
            }
        }
        assert_eq!(
            decide(Change::Release, &device(Released, None), &Target::None),
            Decision::Unchanged
        );
    }

    #[test]
    fn unassign_and_release() {
        assert_eq!(
            decide(Change::Unassign, &device(Assigned, Some(1)), &Target::None),
            Decision::Change(None)
        );
        assert_eq!(
            decide(Change::Unassign, &device(Unassigned, None), &Target::None),
            Decision::Unchanged
        );
        assert_eq!(
            decide(Change::Release, &device(Unassigned, None), &Target::None),
            Decision::Change(None)
        );
        let mut personal = device(Assigned, Some(1));
        personal.personal = true;
        assert!(matches!(
            decide(Change::Release, &personal, &Target::None),
            Decision::Refuse(_)
        ));
    }

    #[test]
    fn defaults_pick_the_family_service_or_refuse() {
        let defaults = Target::Defaults(HashMap::from([(
            ProductFamily::Mac,
            (3, "Macs".to_string()),
        )]));
        assert_eq!(
            decide(Change::Assign, &device(Unassigned, None), &defaults),
            Decision::Change(Some(3))
        );
        let mut ipad = device(Unassigned, None);
        ipad.family = ProductFamily::IPad;
        assert!(matches!(
            decide(Change::Assign, &ipad, &defaults),
            Decision::Refuse(_)
        ));
    }

    #[test]
    fn reassigning_an_enrolled_device_makes_its_enrollment_stale() -> Result<()> {
        let now: jiff::Timestamp = "2026-01-01T00:00:00Z".parse()?;
        let mut ledger = crate::ledger::Ledger::open_in_memory(now)?;
        ledger.write(false, |tx| {
            use crate::ledger::services::{insert, NewService};
            let a = insert(tx, &NewService::named("A", "x", "y"), "z")?;
            let b = insert(tx, &NewService::named("B", "x", "y"), "z")?;
            let attrs = devices::OrderAttrs::new(ProductFamily::Mac, crate::model::PurchaseSourceType::ManuallyAdded);
            let arrival = devices::Arrival { status: Assigned, service_id: Some(a), label: "ASSIGNED (A)" };
            devices::insert(tx, "C02XK1ZZJGH5", &attrs, arrival, "now", 1)?;
            tx.execute("UPDATE devices SET enrollment_status = 'ENROLLED'", [])?;
            let id = crate::ledger::activities::start(tx, "reassign", "t", "now", &serde_json::json!({}))?;
            let selection = Selection { serials: vec![("C02XK1ZZJGH5".to_string(), "argument".to_string())], ..Default::default() };
            let mut result = CommandResult::new("reassign", false);
            let target = Target::Service(b, "B".to_string());
            let request = Request {
                change: Change::Reassign,
                selection: &selection,
                target: &target,
                skip_invalid: false,
                stamp: Stamp { now: "now", activity_id: id },
            };
            run(tx, &request, &mut result, &mut |_, _| {})?;
            assert_eq!(result.changed, 1);
            let got: (String, String) = tx.query_row(
                "SELECT enrollment_status, s.name FROM devices d JOIN services s ON s.id = d.service_id",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            assert_eq!(got, ("STALE".to_string(), "B".to_string()));
            Ok(())
        })
    }

    #[test]
    fn personal_devices_cannot_be_reassigned_or_released() {
        let mut personal = device(Assigned, Some(1));
        personal.personal = true;
        let to_b = Target::Service(2, "B".to_string());
        for (change, target) in [(Change::Reassign, &to_b), (Change::Release, &Target::None)] {
            match decide(change, &personal, target) {
                Decision::Refuse(reason) => assert!(reason.contains("personal"), "{reason}"),
                other => panic!("{change:?} of a personal device: {other:?}"),
            }
        }
    }

    #[test]
    fn a_release_changing_another_count_than_confirmed_is_refused() {
        let mut result = CommandResult::new("release", false);
        result.changed = 3;
        assert!(check_confirmed(None, &result).is_ok());
        assert!(check_confirmed(Some(3), &result).is_ok());
        let e = check_confirmed(Some(2), &result).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("the ledger changed since you confirmed: 3"),
            "{e}"
        );
    }
}
