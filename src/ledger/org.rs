//! SQL for the organisation row (one per ledger).

use anyhow::Result;
use jiff::Timestamp;
use rusqlite::{Connection, Transaction, named_params};
use serde::Serialize;

use crate::model::format_timestamp;

/// The organisation as `org show` prints it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Org {
    /// The organisation's name.
    pub name: String,
    /// The Organization ID resellers need to submit orders.
    pub organization_id: String,
    /// When the ledger was created.
    pub created_date_time: String,
    /// The reserved domain of its Managed Apple Accounts (`<slug>.appleaccount.com`).
    pub reserved_domain: Option<String>,
}

/// Creates the organisation row of a new ledger, with a fresh Organization ID.
pub fn create(tx: &Transaction<'_>, now: Timestamp) -> Result<()> {
    const SQL: &str =
        "INSERT INTO org (id, name, org_id, created_at) VALUES (1, :name, :org_id, :now)";
    // Apple publishes no Organization ID format; 16 upper-case hex digits are opaque and unique.
    let org_id = uuid::Uuid::new_v4().simple().to_string()[..16].to_uppercase();
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":name": "My Organization",
        ":org_id": org_id,
        ":now": format_timestamp(now),
    })?;
    Ok(())
}

/// Reads the organisation.
pub fn get(conn: &Connection) -> Result<Org> {
    const SQL: &str = "SELECT name, org_id, created_at,
            (SELECT name FROM domains WHERE reserved = 1)
        FROM org WHERE id = 1";
    Ok(conn.prepare_cached(SQL)?.query_row([], |r| {
        Ok(Org {
            name: r.get(0)?,
            organization_id: r.get(1)?,
            created_date_time: r.get(2)?,
            reserved_domain: r.get(3)?,
        })
    })?)
}

/// Renames the organisation.
pub fn set_name(tx: &Transaction<'_>, name: &str) -> Result<()> {
    tx.prepare_cached("UPDATE org SET name = :name WHERE id = 1")?
        .execute(named_params! {":name": name})?;
    Ok(())
}
