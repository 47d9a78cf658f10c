//! SQL for suppliers (Step 1): Apple Customer Numbers and Reseller Numbers.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params};
use serde::Serialize;

use crate::model::PurchaseSourceType;

/// The two kinds of supplier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An Apple Customer Number (direct purchases).
    Apple,
    /// A Reseller Number (an Apple Authorised Reseller or a carrier).
    Reseller,
}

impl Kind {
    /// The spelling stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Apple => "apple",
            Kind::Reseller => "reseller",
        }
    }
    /// The devices' `purchaseSourceType` for this kind.
    pub fn source_type(self) -> PurchaseSourceType {
        match self {
            Kind::Apple => PurchaseSourceType::Apple,
            Kind::Reseller => PurchaseSourceType::Reseller,
        }
    }
}

/// A linked supplier.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Supplier {
    /// The supplier's number: its id in every command.
    pub id: String,
    /// apple or reseller.
    pub kind: Kind,
    /// True for a cellular carrier.
    pub carrier: bool,
    /// The admin's label.
    pub name: Option<String>,
    /// When it was linked.
    pub linked_date_time: String,
    /// Devices in the ledger from this supplier (any status).
    pub device_count: i64,
}

fn kind_of(s: &str) -> Kind {
    if s == "apple" {
        Kind::Apple
    } else {
        Kind::Reseller
    }
}

const SELECT: &str = "SELECT s.number, s.kind, s.carrier, s.name, s.linked_at,
        (SELECT count(*) FROM devices d WHERE d.purchase_source_id = s.number
            AND d.purchase_source_type = upper(s.kind))
    FROM suppliers s";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Supplier> {
    Ok(Supplier {
        id: r.get(0)?,
        kind: kind_of(&r.get::<_, String>(1)?),
        carrier: r.get(2)?,
        name: r.get(3)?,
        linked_date_time: r.get(4)?,
        device_count: r.get(5)?,
    })
}

/// Every linked supplier, by kind then number.
pub fn list(conn: &Connection) -> Result<Vec<Supplier>> {
    let sql = format!("{SELECT} ORDER BY s.kind, s.number");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map([], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The supplier of this kind and number, if linked.
pub fn find(conn: &Connection, kind: Kind, number: &str) -> Result<Option<Supplier>> {
    let sql = format!("{SELECT} WHERE s.kind = :kind AND s.number = :number");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(
            named_params! {":kind": kind.as_str(), ":number": number},
            row,
        )
        .optional()?)
}

/// Every linked supplier whose number is `number` (either kind).
pub fn find_any(conn: &Connection, number: &str) -> Result<Vec<Supplier>> {
    let sql = format!("{SELECT} WHERE s.number = :number ORDER BY s.kind");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(named_params! {":number": number}, row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Links a supplier.
pub fn insert(
    tx: &Transaction<'_>,
    kind: Kind,
    number: &str,
    carrier: bool,
    name: Option<&str>,
    now: &str,
) -> Result<()> {
    const SQL: &str = "INSERT INTO suppliers (kind, number, carrier, name, linked_at)
        VALUES (:kind, :number, :carrier, :name, :now)";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":kind": kind.as_str(), ":number": number, ":carrier": carrier, ":name": name, ":now": now,
    })?;
    Ok(())
}

/// Sets (or, with None, clears) a linked supplier's label.
pub fn set_name(tx: &Transaction<'_>, kind: Kind, number: &str, name: Option<&str>) -> Result<()> {
    tx.prepare_cached("UPDATE suppliers SET name = :name WHERE kind = :kind AND number = :number")?
        .execute(named_params! {":kind": kind.as_str(), ":number": number, ":name": name})?;
    Ok(())
}

/// Unlinks a supplier. Its devices stay in the organisation.
pub fn delete(tx: &Transaction<'_>, kind: Kind, number: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM suppliers WHERE kind = :kind AND number = :number")?
        .execute(named_params! {":kind": kind.as_str(), ":number": number})?;
    Ok(())
}

/// The linked (purchaseSourceType, number) pairs, for the import to decide which devices are
/// pending. Organisations link a handful of suppliers: a list beats a hash set here.
pub fn linked_set(conn: &Connection) -> Result<Vec<(PurchaseSourceType, String)>> {
    let mut stmt = conn.prepare_cached("SELECT upper(kind), number FROM suppliers")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every supplier number the ledger knows: the linked ones and those its devices came from.
pub fn known_numbers(conn: &Connection) -> Result<Vec<String>> {
    const SQL: &str = "SELECT number FROM suppliers
        UNION SELECT purchase_source_id FROM devices WHERE purchase_source_id IS NOT NULL
        ORDER BY 1";
    let mut stmt = conn.prepare_cached(SQL)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
