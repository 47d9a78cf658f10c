//! SQL for the organisation's domains (Step 5): the reserved domain, domains pending
//! verification, verified ones. Their state is decided in `rules::domains`; nothing here
//! reads the clock.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params};

/// A domain row as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Domain {
    /// Row id.
    pub id: i64,
    /// Lower-case FQDN.
    pub name: String,
    /// The organisation's reserved domain (`<slug>.appleaccount.com`).
    pub reserved: bool,
    /// The verification token (`apple-domain-verification=<token>`); none for the reserved.
    pub token: Option<String>,
    /// When it was added (RFC 3339).
    pub added_at: String,
    /// The end of the 14 days to verify it in; none for the reserved domain.
    pub verify_by: Option<String>,
    /// When its TXT record was found.
    pub verified_at: Option<String>,
    /// Whether Apple's fallback service discovery is used for it.
    pub alternate_discovery: bool,
    /// Managed Apple Accounts on it.
    pub accounts: i64,
}

const SELECT: &str = "SELECT d.id, d.name, d.reserved, d.token, d.added_at, d.verify_by,
        d.verified_at, d.alternate_discovery,
        (SELECT count(*) FROM accounts a WHERE a.domain_id = d.id)
    FROM domains d";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Domain> {
    Ok(Domain {
        id: r.get(0)?,
        name: r.get(1)?,
        reserved: r.get(2)?,
        token: r.get(3)?,
        added_at: r.get(4)?,
        verify_by: r.get(5)?,
        verified_at: r.get(6)?,
        alternate_discovery: r.get(7)?,
        accounts: r.get(8)?,
    })
}

/// Every domain: the reserved one first, then by name.
pub fn list(conn: &Connection) -> Result<Vec<Domain>> {
    let sql = format!("{SELECT} ORDER BY d.reserved DESC, d.name");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The domain called `name` (lower-case FQDN).
pub fn find(conn: &Connection, name: &str) -> Result<Option<Domain>> {
    let sql = format!("{SELECT} WHERE d.name = :name");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(named_params! {":name": name}, row)
        .optional()?)
}

/// The organisation's reserved domain, if the ledger has one yet.
pub fn reserved(conn: &Connection) -> Result<Option<Domain>> {
    let sql = format!("{SELECT} WHERE d.reserved = 1");
    Ok(conn.prepare_cached(&sql)?.query_row([], row).optional()?)
}

/// Records the reserved domain (once per ledger: a unique index allows one).
pub fn insert_reserved(tx: &Transaction<'_>, name: &str, now: &str) -> Result<()> {
    // Its discovery can only go through Apple (the organisation cannot serve a
    // `.well-known` document on appleaccount.com): alternate discovery is always on.
    const SQL: &str = "INSERT INTO domains (name, reserved, added_at, verified_at,
            alternate_discovery)
        VALUES (:name, 1, :now, :now, 1)";
    tx.prepare_cached(SQL)?
        .execute(named_params! {":name": name, ":now": now})?;
    Ok(())
}

/// Records a domain pending verification; returns its id.
pub fn insert(
    tx: &Transaction<'_>,
    name: &str,
    token: &str,
    now: &str,
    verify_by: &str,
) -> Result<i64> {
    const SQL: &str = "INSERT INTO domains (name, token, added_at, verify_by)
        VALUES (:name, :token, :now, :verify_by)";
    tx.prepare_cached(SQL)?.execute(
        named_params! {":name": name, ":token": token, ":now": now, ":verify_by": verify_by},
    )?;
    Ok(tx.last_insert_rowid())
}

/// Starts a domain's verification again with a new token (it expired unverified).
pub fn restart(
    tx: &Transaction<'_>,
    id: i64,
    token: &str,
    now: &str,
    verify_by: &str,
) -> Result<()> {
    const SQL: &str = "UPDATE domains SET token = :token, added_at = :now,
            verify_by = :verify_by, verified_at = NULL
        WHERE id = :id AND reserved = 0";
    tx.prepare_cached(SQL)?.execute(
        named_params! {":token": token, ":now": now, ":verify_by": verify_by, ":id": id},
    )?;
    Ok(())
}

/// Marks a domain verified.
pub fn set_verified(tx: &Transaction<'_>, id: i64, now: &str) -> Result<()> {
    tx.prepare_cached("UPDATE domains SET verified_at = :now WHERE id = :id")?
        .execute(named_params! {":now": now, ":id": id})?;
    Ok(())
}

/// Records whether Apple's fallback service discovery is used for a domain.
pub fn set_alternate_discovery(tx: &Transaction<'_>, id: i64, on: bool) -> Result<()> {
    tx.prepare_cached("UPDATE domains SET alternate_discovery = :on WHERE id = :id")?
        .execute(named_params! {":on": on, ":id": id})?;
    Ok(())
}

/// Removes a domain (the caller has checked that no account uses it and it is not reserved).
pub fn delete(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM domains WHERE id = :id AND reserved = 0")?
        .execute(named_params! {":id": id})?;
    Ok(())
}
