//! The rules of Step 4 — which devices `assign`, `reassign`, `unassign` and `release` act on,
//! and what each does to them (SPEC §1.5) — in one place, run inside the caller's transaction.
//!
//! Explicitly named devices (serials, `--file`) that the action cannot apply to are problems:
//! every one is reported, and the caller rolls back unless `--skip-invalid`. Devices picked by
//! orders or filters are narrowed to those the action applies to (those already in the asked-for
//! state count as unchanged). It prints nothing and holds no SQL (`ledger::devices` has it).

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use rusqlite::Transaction;

use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices::{self, Candidate};
use crate::result::{CommandResult, Outcome, Problem};

/// The four actions of Step 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Put devices on a service; never moves a device off another one.
    Assign,
    /// Put devices on a service whatever their current assignment.
    Reassign,
    /// Take devices off their service.
    Unassign,
    /// Remove devices from the organisation for good.
    Release,
}

impl Action {
    /// The action's name in the activity log.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Assign => "assign",
            Action::Reassign => "reassign",
            Action::Unassign => "unassign",
            Action::Release => "release",
        }
    }
}

/// Where assigned devices go.
#[derive(Debug, Clone)]
pub enum Target {
    /// One named service (row id, name).
    Service(i64, String),
    /// Each device's family default (`assign --apply-defaults`): family → (row id, name).
    Defaults(HashMap<String, (i64, String)>),
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
    /// Product families (output spelling).
    pub families: Vec<String>,
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
        (self.families.is_empty() || self.families.iter().any(|f| f == d.family))
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
pub fn state_label(status: &str, service: Option<&str>) -> String {
    match service {
        Some(name) if status == "ASSIGNED" => format!("ASSIGNED ({name})"),
        _ => status.to_string(),
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
fn decide(action: Action, d: &Candidate, target: &Target, names: &Names) -> Decision {
    let held = |what: &str| match d.status {
        "PENDING" => Some(format!(
            "is pending: its supplier is not linked, so it cannot be {what} (link it with `abmctl supplier link`)"
        )),
        "RELEASED" => Some(format!(
            "was released from the organisation and can never be {what}"
        )),
        _ => None,
    };
    let destination = || match target {
        Target::Service(id, _) => Ok(*id),
        Target::Defaults(map) => map.get(d.family).map(|(id, _)| *id).ok_or_else(|| {
            format!(
                "has no default service for its family ({}); set one with `abmctl mdm default set`",
                d.family
            )
        }),
        Target::None => Err("has no target service".to_string()),
    };
    match action {
        Action::Assign | Action::Reassign => {
            if let Some(reason) = held("assigned") {
                return Decision::Refuse(reason);
            }
            if d.personal && action == Action::Reassign {
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
                Some(_) if action == Action::Assign => Decision::Refuse(format!(
                    "is assigned to {}; use `abmctl reassign` to move it",
                    service_name(names, d.service_id).unwrap_or("another service")
                )),
                _ => Decision::Change(Some(id)),
            }
        }
        Action::Unassign => match d.status {
            "ASSIGNED" => Decision::Change(None),
            "UNASSIGNED" => Decision::Unchanged,
            _ => Decision::Refuse(held("unassigned").unwrap_or_default()),
        },
        Action::Release => match d.status {
            "RELEASED" => Decision::Unchanged,
            "PENDING" => Decision::Refuse(held("released").unwrap_or_default()),
            _ if d.personal => Decision::Refuse(
                "is a personal device (User Enrollment): the organisation cannot release it"
                    .to_string(),
            ),
            _ => Decision::Change(None),
        },
    }
}

/// A sink for progress on bulk changes: (devices done, devices to change).
pub type Progress<'a> = &'a mut dyn FnMut(u64, u64);

/// Runs `action` on `selection` inside `tx`, filling `result` and writing the activity's
/// items. Problems with explicit devices are counted as `failed` (the caller then rolls back)
/// or, with `skip_invalid`, `skipped`.
#[allow(clippy::too_many_arguments)]
pub fn run(
    tx: &Transaction<'_>,
    action: Action,
    selection: &Selection,
    target: &Target,
    skip_invalid: bool,
    now: &str,
    activity_id: i64,
    result: &mut CommandResult,
    progress: Progress<'_>,
) -> Result<()> {
    let mut assigner = devices::Assigner::new(tx)?;
    let names: Names = crate::ledger::services::names(tx)?;
    // Explicit devices first, in the order given, without duplicates.
    let mut picked: Vec<(Candidate, bool, String)> = Vec::new();
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
    // Order numbers are named input too: one that matches no device is a problem.
    if !selection.orders.is_empty() {
        let known = devices::known_orders(tx, &selection.orders)?;
        for order in selection.orders.iter().filter(|o| !known.contains(*o)) {
            result.problems.push(Problem {
                serial_number: None,
                line: None,
                field: Some("orderNumber".to_string()),
                message: format!("`{order}`: no device of this order is in the organisation"),
            });
        }
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

    let mut items = ItemWriter::new(activity_id);
    // The state of each problem's device, in `result.problems` order (None: not in the ledger).
    let mut states: Vec<Option<String>> = vec![None; result.problems.len()];
    let mut changes: Vec<(&Candidate, Option<i64>)> = Vec::new();
    for (d, explicit, origin) in &picked {
        match decide(action, d, target, &names) {
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
    if !result.problems.is_empty() {
        if skip_invalid {
            // A skipped device keeps its state: before and after are the same.
            for (p, state) in result.problems.iter().zip(&states) {
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
        } else {
            result.failed = result.problems.len() as u64;
            return Ok(());
        }
    }
    let total = changes.len() as u64;
    for (done, (d, to)) in changes.into_iter().enumerate() {
        if done % 4096 == 0 {
            progress(done as u64, total);
        }
        let before = label(d, &names);
        let (after, message) = match (action, &to) {
            (Action::Release, _) => {
                assigner.release(d.id, now)?;
                ("RELEASED".to_string(), None)
            }
            (_, Some(id)) => {
                // A device enrolled in its old service keeps that enrollment until erased:
                // moving it makes the enrollment stale (SPEC §1.5).
                let stale = d.service_id.is_some() && d.enrollment_status == Some("ENROLLED");
                let enrollment = if stale {
                    Some("STALE")
                } else {
                    d.enrollment_status
                };
                assigner.set(d.id, Some(*id), Some(now), enrollment)?;
                let message =
                    stale.then_some("enrollment is stale: the device must be erased to re-enroll");
                (
                    state_label("ASSIGNED", service_name(&names, Some(*id))),
                    message,
                )
            }
            (_, None) => {
                // Unassigned, an enrolled device still holds its old enrollment: stale, as on
                // a reassign (or assigning it again elsewhere would hide that).
                let stale = d.enrollment_status == Some("ENROLLED");
                let enrollment = if stale {
                    Some("STALE")
                } else {
                    d.enrollment_status
                };
                assigner.set(d.id, None, None, enrollment)?;
                let message =
                    stale.then_some("enrollment is stale: the device must be erased to re-enroll");
                ("UNASSIGNED".to_string(), message)
            }
        };
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

fn problem(result: &mut CommandResult, serial: &str, origin: &str, message: &str) {
    let line = origin.contains(':').then(|| origin.to_string());
    result.problems.push(Problem {
        serial_number: Some(serial.to_string()),
        line,
        field: Some("serialNumber".to_string()),
        message: message.to_string(),
    });
}

#[cfg(test)]
mod tests {
    //! The rules of SPEC §1.5, one device at a time (`decide`), and a whole command against an
    //! in-memory ledger (`run`).

    use super::*;

    fn device(status: &'static str, service: Option<i64>) -> Candidate {
        Candidate {
            id: 1,
            serial: "C02XK1ZZJGH5".to_string(),
            family: "Mac",
            status,
            service_id: service,
            enrollment_status: None,
            personal: false,
            supplier: Some("12345".to_string()),
        }
    }

    /// `super::decide` with the services of these tests, A (1) and B (2).
    fn decide(action: Action, d: &Candidate, target: &Target) -> Decision {
        let names = Names::from([(1, "A".to_string()), (2, "B".to_string())]);
        super::decide(action, d, target, &names)
    }

    fn to_a() -> Target {
        Target::Service(1, "A".to_string())
    }

    #[test]
    fn assign_never_moves_a_device_off_another_service() {
        let d = device("ASSIGNED", Some(2));
        match decide(Action::Assign, &d, &to_a()) {
            Decision::Refuse(reason) => assert!(reason.contains("reassign"), "{reason}"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(
            decide(Action::Reassign, &d, &to_a()),
            Decision::Change(Some(1))
        );
    }

    #[test]
    fn the_same_service_is_a_no_op() {
        let d = device("ASSIGNED", Some(1));
        assert_eq!(decide(Action::Assign, &d, &to_a()), Decision::Unchanged);
        assert_eq!(decide(Action::Reassign, &d, &to_a()), Decision::Unchanged);
    }

    #[test]
    fn released_and_pending_devices_can_never_be_assigned() {
        for status in ["RELEASED", "PENDING"] {
            for action in [Action::Assign, Action::Reassign] {
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
            decide(Action::Release, &device("RELEASED", None), &Target::None),
            Decision::Unchanged
        );
    }

    #[test]
    fn unassign_and_release() {
        assert_eq!(
            decide(
                Action::Unassign,
                &device("ASSIGNED", Some(1)),
                &Target::None
            ),
            Decision::Change(None)
        );
        assert_eq!(
            decide(Action::Unassign, &device("UNASSIGNED", None), &Target::None),
            Decision::Unchanged
        );
        assert_eq!(
            decide(Action::Release, &device("UNASSIGNED", None), &Target::None),
            Decision::Change(None)
        );
        let mut personal = device("ASSIGNED", Some(1));
        personal.personal = true;
        assert!(matches!(
            decide(Action::Release, &personal, &Target::None),
            Decision::Refuse(_)
        ));
    }

    #[test]
    fn defaults_pick_the_family_service_or_refuse() {
        let defaults = Target::Defaults(HashMap::from([(
            "Mac".to_string(),
            (3, "Macs".to_string()),
        )]));
        assert_eq!(
            decide(Action::Assign, &device("UNASSIGNED", None), &defaults),
            Decision::Change(Some(3))
        );
        let mut ipad = device("UNASSIGNED", None);
        ipad.family = "iPad";
        assert!(matches!(
            decide(Action::Assign, &ipad, &defaults),
            Decision::Refuse(_)
        ));
    }

    #[test]
    fn reassigning_an_enrolled_device_makes_its_enrollment_stale() -> Result<()> {
        let now: jiff::Timestamp = "2026-01-01T00:00:00Z".parse()?;
        let mut ledger = crate::ledger::Ledger::open_in_memory(now)?;
        ledger.write(false, |tx| {
            let a = crate::ledger::services::insert(tx, "A", &Default::default(), true, "x", "y", "z")?;
            let b = crate::ledger::services::insert(tx, "B", &Default::default(), true, "x", "y", "z")?;
            use crate::model::{ProductFamily, PurchaseSourceType};
            let attrs = devices::OrderAttrs::new(ProductFamily::Mac, PurchaseSourceType::ManuallyAdded);
            let arrival = devices::Arrival { status: "ASSIGNED", service_id: Some(a), label: "ASSIGNED (A)" };
            devices::insert(tx, "C02XK1ZZJGH5", &attrs, arrival, "now", 1)?;
            tx.execute("UPDATE devices SET enrollment_status = 'ENROLLED'", [])?;
            let id = crate::ledger::activities::start(tx, "reassign", "t", "now", &serde_json::json!({}))?;
            let selection = Selection { serials: vec![("C02XK1ZZJGH5".to_string(), "argument".to_string())], ..Default::default() };
            let mut result = CommandResult::new("reassign", false);
            let target = Target::Service(b, "B".to_string());
            run(tx, Action::Reassign, &selection, &target, false, "now", id, &mut result, &mut |_, _| {})?;
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
}
