//! SQL for Managed Apple Accounts (Step 5): who may enroll by account, on which domain, and
//! which service their account-driven enrollments go to.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params};

use crate::model::AccountEnrollment;

/// An account row as stored, with its domain's and service's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Row id.
    pub id: i64,
    /// `user@domain`, lower-case.
    pub managed_apple_account: String,
    /// The person's name.
    pub name: Option<String>,
    /// Its domain's row id and name.
    pub domain_id: i64,
    /// The domain's name.
    pub domain: String,
    /// The service its account-driven enrollments go to instead of the family default.
    pub service_id: Option<i64>,
    /// That service's name.
    pub service: Option<String>,
    /// What service discovery offers it.
    pub enrollment: AccountEnrollment,
    /// Personal devices enrolled with it now.
    pub personal_devices: i64,
    /// When it was added.
    pub created_at: String,
}

const SELECT: &str = "SELECT a.id, a.managed_apple_account, a.name, a.domain_id, d.name,
        a.service_id, s.name, a.enrollment,
        (SELECT count(*) FROM devices v
          WHERE v.enrolled_user = a.managed_apple_account AND v.personal = 1),
        a.created_at
    FROM accounts a JOIN domains d ON d.id = a.domain_id
    LEFT JOIN services s ON s.id = a.service_id";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        managed_apple_account: r.get(1)?,
        name: r.get(2)?,
        domain_id: r.get(3)?,
        domain: r.get(4)?,
        service_id: r.get(5)?,
        service: r.get(6)?,
        enrollment: r.get(7)?,
        personal_devices: r.get(8)?,
        created_at: r.get(9)?,
    })
}

/// Every account, by name.
pub fn list(conn: &Connection) -> Result<Vec<Account>> {
    let sql = format!("{SELECT} ORDER BY a.managed_apple_account");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The account `id` (lower-case `user@domain`).
pub fn find(conn: &Connection, id: &str) -> Result<Option<Account>> {
    let sql = format!("{SELECT} WHERE a.managed_apple_account = :id");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(named_params! {":id": id}, row)
        .optional()?)
}

/// The fields of a new or changed account.
#[derive(Debug, Clone, Copy)]
pub struct AccountFields<'a> {
    /// `user@domain`, lower-case.
    pub managed_apple_account: &'a str,
    /// The person's name.
    pub name: Option<&'a str>,
    /// Its domain's row id.
    pub domain_id: i64,
    /// The service its account-driven enrollments go to.
    pub service_id: Option<i64>,
    /// What service discovery offers it.
    pub enrollment: AccountEnrollment,
}

/// Adds an account.
pub fn insert(tx: &Transaction<'_>, a: &AccountFields<'_>, now: &str) -> Result<()> {
    const SQL: &str = "INSERT INTO accounts (managed_apple_account, name, domain_id, service_id,
            enrollment, created_at, updated_at)
        VALUES (:id, :name, :domain, :service, :enrollment, :now, :now)";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":id": a.managed_apple_account, ":name": a.name, ":domain": a.domain_id,
        ":service": a.service_id, ":enrollment": a.enrollment, ":now": now,
    })?;
    Ok(())
}

/// Changes an account's name, service and enrollment.
pub fn update(tx: &Transaction<'_>, a: &AccountFields<'_>, now: &str) -> Result<()> {
    const SQL: &str = "UPDATE accounts SET name = :name, service_id = :service,
            enrollment = :enrollment, updated_at = :now
        WHERE managed_apple_account = :id";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":id": a.managed_apple_account, ":name": a.name, ":service": a.service_id,
        ":enrollment": a.enrollment, ":now": now,
    })?;
    Ok(())
}

/// Removes an account (the caller has checked that no personal device is enrolled with it).
pub fn delete(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM accounts WHERE managed_apple_account = :id")?
        .execute(named_params! {":id": id})?;
    Ok(())
}
