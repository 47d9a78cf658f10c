//! Step 1: suppliers (SPEC §1.2).
//!
//! - Apple Customer Numbers are stored without leading zeros (Apple: "omit any leading
//!   zeros"), so `0012345` and `12345` name one supplier; Reseller Numbers keep theirs.
//! - Linking a supplier twice is a no-op. Linking makes the devices of its orders that were
//!   held as PENDING arrive (with their family's default service, as every arrival).
//! - Unlinking stops future orders; the devices already in the organisation stay.
//!
//! No SQL (`ledger::suppliers` has it) and no printing.

use anyhow::Result;
use rusqlite::{Connection, Transaction};

use crate::error::with_hint;
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices;
use crate::ledger::suppliers::{self, Kind, Supplier};
use crate::model;
use crate::result::{CommandResult, Outcome};
use crate::rules::arrival::{Arrivals, Stamp};

/// The spellings under which a supplier number given by an admin may be stored: the number
/// upper-cased, and, when it reads as a Customer Number with leading zeros, without them.
/// Every lookup by supplier number (selection filters, `device list --supplier`, `supplier
/// unlink`) matches any of these.
pub fn number_keys(raw: &str) -> Vec<String> {
    let upper = raw.trim().to_ascii_uppercase();
    match model::parse_customer_number(&upper) {
        Ok(stripped) if stripped != upper => vec![upper, stripped],
        _ => vec![upper],
    }
}

/// Validates a supplier number of `kind` into its stored form.
pub fn parse_number(kind: Kind, raw: &str) -> Result<String, String> {
    match kind {
        Kind::Apple => model::parse_customer_number(raw),
        Kind::Reseller => model::parse_reseller_number(raw),
    }
}

/// A supplier to link.
#[derive(Debug, Clone, Copy)]
pub struct Link<'a> {
    /// Apple Customer Number or Reseller Number.
    pub kind: Kind,
    /// The number, in stored form (`parse_number`).
    pub number: &'a str,
    /// A cellular carrier.
    pub carrier: bool,
    /// The admin's label.
    pub name: Option<&'a str>,
}

/// The supplier already linked under this kind and number, if any: linking it again is a
/// no-op.
pub fn already_linked(conn: &Connection, link: &Link<'_>) -> Result<Option<Supplier>> {
    suppliers::find(conn, link.kind, link.number)
}

/// Links a supplier and makes its pending devices arrive, each recorded as an item of the
/// activity. Returns how many arrived.
pub fn link(
    tx: &Transaction<'_>,
    link: &Link<'_>,
    stamp: Stamp<'_>,
    result: &mut CommandResult,
) -> Result<u64> {
    suppliers::insert(
        tx,
        link.kind,
        link.number,
        link.carrier,
        link.name,
        stamp.now,
    )?;
    let pending = devices::pending_of(tx, link.kind.source_type(), link.number)?;
    // The held devices arrive now, so their family's default service applies.
    let arrivals = Arrivals::load(tx)?;
    let mut items = ItemWriter::new(stamp.activity_id);
    for (device_id, serial, family) in &pending {
        let arrival = arrivals.accepted(*family);
        devices::readmit(tx, *device_id, arrival, stamp.now)?;
        let message = if arrival.service_id.is_some() {
            "supplier linked; assigned to its family's default service"
        } else {
            "supplier linked"
        };
        let item = NewItem {
            serial_number: Some(serial),
            before: Some(model::DeviceStatus::Pending.as_str()),
            after: Some(arrival.label),
            message: Some(message),
            ..Default::default()
        };
        items.push(tx, Outcome::Changed, &item)?;
        result.requested += 1;
        result.count(Outcome::Changed);
    }
    Ok(pending.len() as u64)
}

/// The linked supplier an admin names for `supplier unlink`: by number, with or without a
/// Customer Number's leading zeros; `kind` settles a number linked as both kinds.
pub fn find_linked(conn: &Connection, raw: &str, kind: Option<Kind>) -> Result<Supplier> {
    let mut found = Vec::new();
    for key in number_keys(raw) {
        for s in suppliers::find_any(conn, &key)? {
            // The stripped spelling is only a Customer Number's.
            if (key == raw.trim().to_ascii_uppercase() || s.kind == Kind::Apple)
                && !found
                    .iter()
                    .any(|f: &Supplier| f.kind == s.kind && f.id == s.id)
            {
                found.push(s);
            }
        }
    }
    if let Some(kind) = kind {
        found.retain(|s| s.kind == kind);
    }
    let id = raw.trim().to_ascii_uppercase();
    match found.len() {
        0 => Err(with_hint(
            format!("no linked supplier has the number `{}`", raw.trim()),
            "see the linked suppliers with `abmctl supplier list`",
        )),
        1 => Ok(found.remove(0)),
        _ => Err(with_hint(
            format!("`{id}` is linked both as a Customer Number and as a Reseller Number"),
            format!(
                "say which with `abmctl supplier unlink {id} --kind apple` or `--kind reseller`"
            ),
        )),
    }
}

/// Unlinks a supplier: no further orders arrive from it; its devices stay.
pub fn unlink(tx: &Transaction<'_>, supplier: &Supplier) -> Result<()> {
    suppliers::delete(tx, supplier.kind, &supplier.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Ledger;
    use crate::ledger::devices::{Arrival, OrderAttrs};
    use crate::model::DeviceStatus;

    #[test]
    fn customer_numbers_match_with_or_without_leading_zeros() {
        assert_eq!(number_keys(" 0012345 "), ["0012345", "12345"]);
        assert_eq!(number_keys("12345"), ["12345"]);
        assert_eq!(number_keys("1a2b"), ["1A2B"]);
        assert_eq!(number_keys("00ab"), ["00AB", "AB"]);
        assert_eq!(
            parse_number(Kind::Apple, "0012345"),
            Ok("12345".to_string())
        );
        assert_eq!(
            parse_number(Kind::Reseller, "0012345"),
            Ok("0012345".to_string())
        );
    }

    fn stamp() -> Stamp<'static> {
        Stamp {
            now: "2026-02-01T00:00:00Z",
            activity_id: 1,
        }
    }

    fn pending_device(tx: &Transaction<'_>, serial: &str, source: &str, id: &str) {
        let source = crate::model::PurchaseSourceType::parse(source).unwrap();
        let mut attrs = OrderAttrs::new(crate::model::ProductFamily::IPad, source);
        attrs.purchase_source_id = Some(id.to_string());
        let held = Arrival {
            status: DeviceStatus::Pending,
            service_id: None,
            label: "PENDING",
        };
        devices::insert(tx, serial, &attrs, held, "2026-01-01T00:00:00Z", 1).unwrap();
    }

    #[test]
    fn linking_makes_only_that_suppliers_pending_devices_arrive() -> Result<()> {
        let mut ledger = Ledger::open_in_memory(jiff::Timestamp::UNIX_EPOCH)?;
        ledger.write(false, |tx| {
            crate::ledger::activities::start(tx, "t", "t", "t", &serde_json::json!({}))?;
            pending_device(tx, "AAAA11111111", "RESELLER", "R1");
            pending_device(tx, "BBBB22222222", "RESELLER", "R2");
            pending_device(tx, "CCCC33333333", "APPLE", "R1");
            let mut result = CommandResult::new("supplier.link", false);
            let l = Link {
                kind: Kind::Reseller,
                number: "R1",
                carrier: false,
                name: None,
            };
            assert_eq!(link(tx, &l, stamp(), &mut result)?, 1);
            assert_eq!((result.requested, result.changed), (1, 1));
            let status = |s: &str| devices::get(tx, s).unwrap().unwrap().status;
            assert_eq!(status("AAAA11111111"), "UNASSIGNED");
            assert_eq!(status("BBBB22222222"), "PENDING");
            assert_eq!(status("CCCC33333333"), "PENDING"); // an Apple number R1 is another supplier
            assert!(already_linked(tx, &l)?.is_some());
            Ok(())
        })
    }

    #[test]
    fn unlink_finds_a_customer_number_by_either_spelling() -> Result<()> {
        let mut ledger = Ledger::open_in_memory(jiff::Timestamp::UNIX_EPOCH)?;
        ledger.write(false, |tx| {
            suppliers::insert(tx, Kind::Apple, "12345", false, None, "now")?;
            suppliers::insert(tx, Kind::Reseller, "0099", false, None, "now")?;
            suppliers::insert(tx, Kind::Reseller, "12345", false, None, "now")?;
            assert_eq!(find_linked(tx, "0012345", None)?.kind, Kind::Apple);
            assert_eq!(find_linked(tx, "0099", None)?.kind, Kind::Reseller);
            assert!(find_linked(tx, "99", None).is_err()); // a Reseller Number keeps its zeros
            let both = find_linked(tx, "12345", None).unwrap_err();
            assert!(both.to_string().contains("both"), "{both}");
            assert_eq!(find_linked(tx, "12345", Some(Kind::Reseller))?.id, "12345");
            let s = find_linked(tx, "12345", Some(Kind::Apple))?;
            unlink(tx, &s)?;
            assert!(find_linked(tx, "12345", Some(Kind::Apple)).is_err());
            Ok(())
        })
    }
}
