//! Step 3: how a device arrives in the organisation (SPEC §1.2, §1.4, §1.5).
//!
//! - A device of an order from a supplier that is not linked is held as PENDING; it arrives
//!   when the supplier is linked (or a later row of the same order names a linked one).
//! - An arriving device goes to its family's default service, if the family has one.
//! - A device already in the ledger: a row that changes its order attributes updates them; a
//!   row that names another product family is a problem (a serial does not change family); a
//!   released device comes back only with a new order or an Apple Configurator add.
//! - Apple Configurator adds any family but Apple Watch.
//!
//! [`Arrivals::decide`] is the whole rule for one row, with no I/O; [`carry_out`] applies a
//! decision through `ledger::devices`. Import, `device add`, supplier linking, and later the
//! sync's pull all go through here. Nothing here prints.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::{Connection, Transaction};

use crate::ledger::devices::{self, Arrival, Existing, OrderAttrs};
use crate::ledger::{defaults, suppliers};
use crate::model::attributes::merge;
use crate::model::{DeviceStatus, ProductFamily, PurchaseSourceType};
use crate::rules::assignment::state_label;

/// Where a row comes from: the rules for a device already in the ledger differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A supplier's order (import, and later the sync's pull).
    Order,
    /// Apple Configurator (`device add`).
    Configurator,
}

/// Why Apple Configurator cannot add a device of `family`, if it cannot: Apple's manual-add
/// list leaves out Apple Watch (reference `abm-workflow.md` §3).
pub fn configurator_refusal(family: ProductFamily) -> Option<&'static str> {
    (family == ProductFamily::Watch).then_some("Apple Configurator cannot add Apple Watch")
}

/// Why a row from a file cannot carry this family and source, if it cannot: no file can bring
/// in as MANUALLY_ADDED what Apple Configurator cannot add.
pub fn source_refusal(family: ProductFamily, source: PurchaseSourceType) -> Option<String> {
    match (source, configurator_refusal(family)) {
        (PurchaseSourceType::ManuallyAdded, Some(why)) => {
            Some(format!("an Apple Watch cannot be MANUALLY_ADDED: {why}"))
        }
        _ => None,
    }
}

/// Where a device stands in the organisation it was exported from, as Apple Business's own
/// export says (`STATUS`, `DATE_ADDED_TO_ORGANIZATION`, `DATE_REMOVED_FROM_ORGANIZATION`,
/// `MDM_SERVER`, `DATE_ASSIGNED_TO_MDM_SERVER`). Importing the export adopts the organisation:
/// a device new to the ledger arrives standing where the export says, not as a new order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// UNASSIGNED, ASSIGNED or RELEASED.
    pub status: DeviceStatus,
    /// The service an ASSIGNED device is on, by name.
    pub service: Option<String>,
    /// When it was added to the organisation (RFC 3339 UTC).
    pub added: Option<String>,
    /// When it was released (RFC 3339 UTC).
    pub released: Option<String>,
    /// When it was assigned to its service (RFC 3339 UTC).
    pub assigned: Option<String>,
}

/// The problems with an export's account of a device, by the export's field: an ASSIGNED
/// device names its service and an UNASSIGNED or RELEASED one none; only a RELEASED one has a
/// release date; PENDING is the ledger's own state, which Apple's export never shows.
pub fn standing_problems(s: &Standing) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    match (s.status, &s.service) {
        (DeviceStatus::Assigned, None) => problems.push((
            "assignedServer",
            "is empty, but the status is ASSIGNED: say which service".to_string(),
        )),
        (DeviceStatus::Unassigned | DeviceStatus::Released, Some(name)) => problems.push((
            "assignedServer",
            format!(
                "names `{}`, but the status is {}: an unassigned device has no service",
                crate::model::echo(name),
                s.status
            ),
        )),
        (DeviceStatus::Pending, _) => problems.push((
            "status",
            "PENDING is not a status Apple Business exports (ASSIGNED, UNASSIGNED or RELEASED)"
                .to_string(),
        )),
        _ => {}
    }
    if s.released.is_some() && s.status != DeviceStatus::Released {
        problems.push((
            "releasedFromOrgDateTime",
            format!("is set, but the status is {}, not RELEASED", s.status),
        ));
    }
    problems
}

/// What one row does to the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision<'a> {
    /// A device new to the ledger arrives.
    New(Arrival<'a>),
    /// Nothing changes; the message says why when it is not obvious.
    Unchanged(Option<&'static str>),
    /// The order attributes named in `changed` change; `arrives` when a pending device's
    /// supplier is now linked.
    Updated {
        /// The attributes after the row.
        merged: OrderAttrs,
        /// The Apple names of the attributes that changed.
        changed: Vec<&'static str>,
        /// The arrival of a device that was pending.
        arrives: Option<Arrival<'a>>,
    },
    /// A released device comes back as a new arrival.
    Readmitted {
        /// The attributes it comes back with.
        attrs: OrderAttrs,
        /// How it arrives.
        arrival: Arrival<'a>,
        /// Why, for the activity log.
        message: &'static str,
    },
    /// The row cannot apply: the reason (the field is the product family).
    Refused(String),
}

/// The families' default services: family → (service row id, `ASSIGNED (name)` label).
pub type Defaults = HashMap<ProductFamily, (i64, String)>;

/// What decides arrivals: the linked suppliers and the families' default services, loaded
/// once per command.
#[derive(Debug, Clone, Default)]
pub struct Arrivals {
    linked: Vec<(PurchaseSourceType, String)>,
    defaults: Defaults,
}

impl Arrivals {
    /// The ledger's linked suppliers and default services.
    pub fn load(conn: &Connection) -> Result<Arrivals> {
        let defaults = defaults::list(conn)?
            .into_iter()
            .map(|d| {
                let label = state_label(DeviceStatus::Assigned, Some(&d.service_name));
                (d.family, (d.service_id, label))
            })
            .collect();
        Ok(Arrivals::new(suppliers::linked_set(conn)?, defaults))
    }

    /// Arrivals with these linked suppliers (source type, number) and defaults.
    pub fn new(linked: Vec<(PurchaseSourceType, String)>, defaults: Defaults) -> Arrivals {
        Arrivals { linked, defaults }
    }

    /// True when a device of this order is held as PENDING: it comes from a supplier that is
    /// not linked (SPEC §1.2).
    pub fn is_held(&self, attrs: &OrderAttrs) -> bool {
        match (attrs.purchase_source_type, &attrs.purchase_source_id) {
            (t @ (PurchaseSourceType::Apple | PurchaseSourceType::Reseller), Some(id)) => {
                !self.linked.iter().any(|(k, n)| *k == t && n == id)
            }
            _ => false,
        }
    }

    /// How a device with these attributes arrives now: pending, or on its family's default
    /// service, or unassigned.
    pub fn arrival(&self, attrs: &OrderAttrs) -> Arrival<'_> {
        if self.is_held(attrs) {
            Arrival {
                status: DeviceStatus::Pending,
                service_id: None,
                label: DeviceStatus::Pending.as_str(),
            }
        } else {
            self.accepted(attrs.product_family)
        }
    }

    /// How a device of `family` arrives when nothing holds it back: on its family's default
    /// service (SPEC §1.5), or unassigned.
    pub fn accepted(&self, family: ProductFamily) -> Arrival<'_> {
        match self.defaults.get(&family) {
            Some((id, label)) => Arrival {
                status: DeviceStatus::Assigned,
                service_id: Some(*id),
                label,
            },
            None => Arrival {
                status: DeviceStatus::Unassigned,
                service_id: None,
                label: DeviceStatus::Unassigned.as_str(),
            },
        }
    }

    /// How a device new to the ledger arrives when an export says where it stands: on the
    /// service it names (`service`: its row id and `ASSIGNED (name)` label), released, or
    /// unassigned — and then, like any arrival, on its family's default service if it has one.
    /// Never pending: the export shows it in the organisation.
    pub fn adopted<'a>(
        &'a self,
        attrs: &OrderAttrs,
        standing: &Standing,
        service: Option<(i64, &'a str)>,
    ) -> Arrival<'a> {
        match (standing.status, service) {
            (DeviceStatus::Assigned, Some((id, label))) => Arrival {
                status: DeviceStatus::Assigned,
                service_id: Some(id),
                label,
            },
            (DeviceStatus::Released, _) => Arrival {
                status: DeviceStatus::Released,
                service_id: None,
                label: DeviceStatus::Released.as_str(),
            },
            _ => self.accepted(attrs.product_family),
        }
    }

    /// What a row for `serial` does, given the device already in the ledger (if any).
    pub fn decide(
        &self,
        source: Source,
        existing: Option<&Existing>,
        row: &OrderAttrs,
    ) -> Decision<'_> {
        let Some(existing) = existing else {
            return Decision::New(self.arrival(row));
        };
        let (old, new) = (existing.attrs.product_family, row.product_family);
        if old != new {
            return Decision::Refused(format!(
                "is already in the organisation with product family {old}, not {new}"
            ));
        }
        match (source, existing.status) {
            (Source::Configurator, DeviceStatus::Released) => Decision::Readmitted {
                attrs: row.clone(),
                arrival: self.arrival(row),
                message: "added again with Apple Configurator",
            },
            (Source::Configurator, _) => Decision::Unchanged(Some("already in the organisation")),
            (Source::Order, DeviceStatus::Released) => {
                if row.order_number.is_some() && row.order_number != existing.attrs.order_number {
                    // A new order for a released device: it comes back as a new arrival
                    // (SPEC §1.4).
                    let (attrs, _) = merge(&existing.attrs, row);
                    Decision::Readmitted {
                        arrival: self.arrival(&attrs),
                        attrs,
                        message: "added to the organisation again by a new order",
                    }
                } else {
                    Decision::Unchanged(Some(
                        "released from the organisation; only a new order or a Configurator \
                         add brings it back",
                    ))
                }
            }
            (Source::Order, status) => {
                let (merged, changed) = merge(&existing.attrs, row);
                if changed.is_empty() {
                    return Decision::Unchanged(None);
                }
                // A held device whose order now names a linked supplier arrives (SPEC §1.2).
                let arrival = self.arrival(&merged);
                let arrives = (status == DeviceStatus::Pending
                    && arrival.status != DeviceStatus::Pending)
                    .then_some(arrival);
                Decision::Updated {
                    merged,
                    changed,
                    arrives,
                }
            }
        }
    }
}

/// One row arriving: the device's serial and the attributes the row gives it.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    /// Normalised serial number.
    pub serial: &'a str,
    /// Validated attributes.
    pub attrs: &'a OrderAttrs,
}

/// When, and as which activity, a change is made.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    /// RFC 3339 time of the change.
    pub now: &'a str,
    /// The activity making it.
    pub activity_id: i64,
}

/// Carries out `decision` for `row` in the ledger.
pub fn carry_out(
    tx: &Transaction<'_>,
    row: Incoming<'_>,
    existing: Option<&Existing>,
    decision: &Decision<'_>,
    stamp: Stamp<'_>,
) -> Result<()> {
    match (decision, existing) {
        (Decision::New(arrival), _) => devices::insert(
            tx,
            row.serial,
            row.attrs,
            *arrival,
            stamp.now,
            stamp.activity_id,
        ),
        (
            Decision::Updated {
                merged, arrives, ..
            },
            Some(existing),
        ) => {
            devices::update_attrs(tx, existing.id, merged)?;
            match arrives {
                Some(arrival) => devices::readmit(tx, existing.id, *arrival, stamp.now),
                None => Ok(()),
            }
        }
        (Decision::Readmitted { attrs, arrival, .. }, Some(existing)) => {
            devices::update_attrs(tx, existing.id, attrs)?;
            devices::readmit(tx, existing.id, *arrival, stamp.now)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(family: &str, source: &str, supplier: &str, number: &str) -> OrderAttrs {
        let (Some(f), Some(t)) = (
            ProductFamily::parse(family),
            PurchaseSourceType::parse(source),
        ) else {
            panic!("bad test attributes {family} {source}");
        };
        let mut attrs = OrderAttrs::new(f, t);
        attrs.purchase_source_id = (!supplier.is_empty()).then(|| supplier.to_string());
        attrs.order_number = (!number.is_empty()).then(|| number.to_string());
        attrs
    }

    fn existing(attrs: OrderAttrs, status: DeviceStatus) -> Existing {
        Existing {
            id: 7,
            attrs,
            status,
            service_id: None,
        }
    }

    /// Reseller R1 is linked; iPads go to service 3, "Pads".
    fn arrivals() -> Arrivals {
        let label = state_label(DeviceStatus::Assigned, Some("Pads"));
        Arrivals::new(
            vec![(PurchaseSourceType::Reseller, "R1".to_string())],
            Defaults::from([(ProductFamily::IPad, (3, label))]),
        )
    }

    #[test]
    fn an_unlinked_suppliers_devices_are_held_as_pending() {
        let a = arrivals();
        let held = a.arrival(&order("Mac", "RESELLER", "R2", "O1"));
        assert_eq!(
            (held.status, held.label),
            (DeviceStatus::Pending, "PENDING")
        );
        // The same number as an Apple Customer Number is another supplier.
        assert!(a.is_held(&order("Mac", "APPLE", "R1", "O1")));
        assert!(!a.is_held(&order("Mac", "RESELLER", "R1", "O1")));
        // Configurator adds come from no supplier: never held.
        assert!(!a.is_held(&order("Mac", "MANUALLY_ADDED", "", "O1")));
    }

    #[test]
    fn an_arriving_device_goes_to_its_familys_default() {
        let a = arrivals();
        let ipad = a.arrival(&order("iPad", "RESELLER", "R1", "O1"));
        assert_eq!(
            (ipad.status, ipad.service_id, ipad.label),
            (DeviceStatus::Assigned, Some(3), "ASSIGNED (Pads)")
        );
        let mac = a.arrival(&order("Mac", "RESELLER", "R1", "O1"));
        assert_eq!(
            (mac.status, mac.service_id),
            (DeviceStatus::Unassigned, None)
        );
        // A held iPad does not take the default until it arrives.
        let held = a.arrival(&order("iPad", "RESELLER", "R9", "O1"));
        assert_eq!(held.service_id, None);
        assert_eq!(
            a.decide(Source::Order, None, &order("iPad", "RESELLER", "R1", "O1")),
            Decision::New(ipad)
        );
    }

    #[test]
    fn the_same_row_again_is_unchanged_and_empty_cells_keep_values() {
        let a = arrivals();
        let mut stored = order("Mac", "RESELLER", "R1", "O1");
        stored.color = Some("Silver".to_string());
        let e = existing(stored.clone(), DeviceStatus::Unassigned);
        assert_eq!(
            a.decide(Source::Order, Some(&e), &stored),
            Decision::Unchanged(None)
        );
        let row = order("Mac", "RESELLER", "R1", "O1"); // no colour given
        assert_eq!(
            a.decide(Source::Order, Some(&e), &row),
            Decision::Unchanged(None)
        );
    }

    #[test]
    fn a_changed_row_updates_the_attributes_it_names() {
        let a = arrivals();
        let e = existing(order("Mac", "RESELLER", "R1", "O1"), DeviceStatus::Assigned);
        let mut row = order("Mac", "RESELLER", "R1", "O2");
        row.color = Some("Blue".to_string());
        match a.decide(Source::Order, Some(&e), &row) {
            Decision::Updated {
                merged,
                changed,
                arrives,
            } => {
                assert_eq!(changed, ["color", "orderNumber"]);
                assert_eq!(merged.order_number.as_deref(), Some("O2"));
                assert_eq!(arrives, None); // it was not pending
            }
            other => panic!("expected an update, got {other:?}"),
        }
    }

    #[test]
    fn a_pending_device_whose_row_names_a_linked_supplier_arrives() {
        let a = arrivals();
        let e = existing(order("iPad", "RESELLER", "R9", "O1"), DeviceStatus::Pending);
        match a.decide(
            Source::Order,
            Some(&e),
            &order("iPad", "RESELLER", "R1", "O1"),
        ) {
            Decision::Updated { arrives, .. } => {
                assert_eq!(arrives.map(|x| x.label), Some("ASSIGNED (Pads)"));
            }
            other => panic!("expected an update, got {other:?}"),
        }
    }

    #[test]
    fn a_serial_never_changes_family() {
        let a = arrivals();
        let e = existing(
            order("Mac", "RESELLER", "R1", "O1"),
            DeviceStatus::Unassigned,
        );
        for source in [Source::Order, Source::Configurator] {
            match a.decide(source, Some(&e), &order("iPad", "RESELLER", "R1", "O1")) {
                Decision::Refused(reason) => assert_eq!(
                    reason,
                    "is already in the organisation with product family Mac, not iPad"
                ),
                other => panic!("{source:?}: expected a refusal, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_released_device_comes_back_only_with_a_new_order_or_a_configurator_add() {
        let a = arrivals();
        let e = existing(
            order("iPad", "RESELLER", "R1", "O1"),
            DeviceStatus::Released,
        );
        let same = a.decide(
            Source::Order,
            Some(&e),
            &order("iPad", "RESELLER", "R1", "O1"),
        );
        assert!(matches!(same, Decision::Unchanged(Some(m)) if m.contains("released")));
        let mut no_order = order("iPad", "RESELLER", "R1", "O1");
        no_order.order_number = None;
        let none = a.decide(Source::Order, Some(&e), &no_order);
        assert!(matches!(none, Decision::Unchanged(Some(_))));
        match a.decide(
            Source::Order,
            Some(&e),
            &order("iPad", "RESELLER", "R1", "O2"),
        ) {
            Decision::Readmitted { attrs, arrival, .. } => {
                assert_eq!(attrs.order_number.as_deref(), Some("O2"));
                assert_eq!(arrival.label, "ASSIGNED (Pads)"); // a new arrival takes the default
            }
            other => panic!("expected readmission, got {other:?}"),
        }
        let manual = order("iPad", "MANUALLY_ADDED", "", "");
        let back = a.decide(Source::Configurator, Some(&e), &manual);
        assert!(
            matches!(back, Decision::Readmitted { message, .. } if message.contains("Configurator"))
        );
    }

    #[test]
    fn a_configurator_add_of_a_device_in_the_organisation_changes_nothing() {
        let a = arrivals();
        let e = existing(order("Mac", "RESELLER", "R1", "O1"), DeviceStatus::Assigned);
        let got = a.decide(
            Source::Configurator,
            Some(&e),
            &order("Mac", "MANUALLY_ADDED", "", ""),
        );
        assert_eq!(
            got,
            Decision::Unchanged(Some("already in the organisation"))
        );
    }

    #[test]
    fn apple_configurator_cannot_add_apple_watch() {
        assert!(configurator_refusal(ProductFamily::Watch).is_some());
        for f in ProductFamily::ALL
            .into_iter()
            .filter(|f| *f != ProductFamily::Watch)
        {
            assert_eq!(configurator_refusal(f), None, "{f}");
        }
        let w = ProductFamily::Watch;
        assert!(source_refusal(w, PurchaseSourceType::ManuallyAdded).is_some());
        assert_eq!(source_refusal(w, PurchaseSourceType::Apple), None);
        assert_eq!(
            source_refusal(ProductFamily::Mac, PurchaseSourceType::ManuallyAdded),
            None
        );
    }

    fn standing(status: DeviceStatus, service: Option<&str>) -> Standing {
        Standing {
            status,
            service: service.map(str::to_string),
            added: Some("2024-05-01T10:00:00Z".to_string()),
            released: None,
            assigned: None,
        }
    }

    #[test]
    fn an_adopted_device_arrives_where_the_export_says() {
        let a = arrivals();
        let ipad = order("iPad", "RESELLER", "R9", "O1"); // an unlinked supplier: not held
        let on_lab = a.adopted(
            &ipad,
            &standing(DeviceStatus::Assigned, Some("Lab")),
            Some((5, "ASSIGNED (Lab)")),
        );
        assert_eq!(
            (on_lab.status, on_lab.service_id),
            (DeviceStatus::Assigned, Some(5))
        );
        let released = a.adopted(&ipad, &standing(DeviceStatus::Released, None), None);
        assert_eq!(
            (released.status, released.service_id),
            (DeviceStatus::Released, None)
        );
        // Unassigned in the export: the family default applies, as at any arrival.
        let free = a.adopted(&ipad, &standing(DeviceStatus::Unassigned, None), None);
        assert_eq!(free.label, "ASSIGNED (Pads)");
        let mac = order("Mac", "RESELLER", "R9", "O1");
        let free = a.adopted(&mac, &standing(DeviceStatus::Unassigned, None), None);
        assert_eq!(free.status, DeviceStatus::Unassigned);
    }

    #[test]
    fn an_exports_account_must_be_consistent() {
        assert!(standing_problems(&standing(DeviceStatus::Assigned, Some("Lab"))).is_empty());
        assert!(standing_problems(&standing(DeviceStatus::Unassigned, None)).is_empty());
        let fields =
            |s: Standing| -> Vec<&str> { standing_problems(&s).into_iter().map(|p| p.0).collect() };
        assert_eq!(
            fields(standing(DeviceStatus::Assigned, None)),
            ["assignedServer"]
        );
        assert_eq!(
            fields(standing(DeviceStatus::Released, Some("Lab"))),
            ["assignedServer"]
        );
        assert_eq!(fields(standing(DeviceStatus::Pending, None)), ["status"]);
        let mut early = standing(DeviceStatus::Unassigned, None);
        early.released = Some("2025-01-01T00:00:00Z".to_string());
        assert_eq!(fields(early), ["releasedFromOrgDateTime"]);
    }
}
