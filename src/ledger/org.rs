//! SQL for the organisation row (one per ledger).

use anyhow::Result;
use jiff::Timestamp;
use rusqlite::{Connection, Transaction, named_params};
use serde::Serialize;

use crate::model::format_timestamp;

/// The organisation row (`org show` and `init` print it as a `views::OrgView`).
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

/// The name of an organisation created without `init --name`.
pub const DEFAULT_NAME: &str = "My Organization";

/// Creates the organisation row of a new ledger, with a fresh Organization ID.
pub fn create(tx: &Transaction<'_>, now: Timestamp, name: &str) -> Result<()> {
    const SQL: &str =
        "INSERT INTO org (id, name, org_id, created_at) VALUES (1, :name, :org_id, :now)";
    // Apple publishes no Organization ID format; 16 upper-case hex digits are opaque and unique.
    let org_id = uuid::Uuid::new_v4().simple().to_string()[..16].to_uppercase();
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":name": name,
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

/// What `org list` shows of an organisation besides its identity.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The organisation.
    pub org: Org,
    /// Devices in the fleet: assigned or unassigned (not pending, not released).
    pub device_count: i64,
    /// When the first of its services' server tokens expires (None without a service).
    pub first_token_expiry: Option<String>,
}

/// Reads the overview. Only the tables and columns of the first schema version, so that a
/// ledger one migration behind (read by `org list`, which never migrates) reads too.
pub fn overview(conn: &Connection) -> Result<Overview> {
    const SQL: &str = "SELECT name, org_id, created_at,
            (SELECT count(*) FROM devices WHERE status IN ('UNASSIGNED', 'ASSIGNED')),
            (SELECT min(token_expires_at) FROM services)
        FROM org WHERE id = 1";
    Ok(conn.prepare_cached(SQL)?.query_row([], |r| {
        Ok(Overview {
            org: Org {
                name: r.get(0)?,
                organization_id: r.get(1)?,
                created_date_time: r.get(2)?,
                // `org list` does not show it (and reads ledgers from before domains existed).
                reserved_domain: None,
            },
            device_count: r.get(3)?,
            first_token_expiry: r.get(4)?,
        })
    })?)
}
