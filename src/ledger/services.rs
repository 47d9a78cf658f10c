//! SQL for device management services (Step 2).

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params};

/// A service row as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Row id.
    pub id: i64,
    /// The name as the admin wrote it.
    pub name: String,
    /// The certificate's subject, when one was uploaded.
    pub certificate_subject: Option<String>,
    /// The certificate's expiry (RFC 3339), when one was uploaded.
    pub certificate_not_after: Option<String>,
    /// The enrollment URL.
    pub enrollment_url: Option<String>,
    /// Whether this service may release devices (Apple's `enableMdmDisownFlag`).
    pub allow_release: bool,
    /// When the current server token was issued.
    pub token_issued_at: String,
    /// When it expires (issue + 1 year).
    pub token_expires_at: String,
    /// When the service was linked.
    pub linked_at: String,
    /// Devices assigned to it now.
    pub device_count: i64,
}

/// A service to link.
#[derive(Debug, Clone)]
pub struct NewService<'a> {
    /// Its name (unique regardless of case).
    pub name: &'a str,
    /// The certificate (DER), its subject and expiry.
    pub certificate: Option<(&'a [u8], &'a str, &'a str)>,
    /// The enrollment URL.
    pub enrollment_url: Option<&'a str>,
    /// May it release devices.
    pub allow_release: bool,
    /// When its server token was issued.
    pub token_issued_at: &'a str,
    /// When that token expires.
    pub token_expires_at: &'a str,
}

impl<'a> NewService<'a> {
    /// A service with no certificate or URL, allowed to release, whose token was issued at
    /// `issued` and expires at `expires`.
    pub fn named(name: &'a str, issued: &'a str, expires: &'a str) -> NewService<'a> {
        NewService {
            name,
            certificate: None,
            enrollment_url: None,
            allow_release: true,
            token_issued_at: issued,
            token_expires_at: expires,
        }
    }
}

const SELECT: &str = "SELECT s.id, s.name, s.certificate_subject, s.certificate_not_after,
        s.enrollment_url, s.allow_release, s.token_issued_at, s.token_expires_at, s.linked_at,
        (SELECT count(*) FROM devices d WHERE d.service_id = s.id)
    FROM services s";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Service> {
    Ok(Service {
        id: r.get(0)?,
        name: r.get(1)?,
        certificate_subject: r.get(2)?,
        certificate_not_after: r.get(3)?,
        enrollment_url: r.get(4)?,
        allow_release: r.get(5)?,
        token_issued_at: r.get(6)?,
        token_expires_at: r.get(7)?,
        linked_at: r.get(8)?,
        device_count: r.get(9)?,
    })
}

/// The case-folded key that makes names unique case-insensitively.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Every service, by name.
pub fn list(conn: &Connection) -> Result<Vec<Service>> {
    let sql = format!("{SELECT} ORDER BY s.name_key");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map([], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The service called `name` (any case).
pub fn find(conn: &Connection, name: &str) -> Result<Option<Service>> {
    let sql = format!("{SELECT} WHERE s.name_key = :key");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(named_params! {":key": name_key(name)}, row)
        .optional()?)
}

/// How many services are linked.
pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM services")?
        .query_row([], |r| r.get(0))?)
}

/// Links a new service; returns its id.
pub fn insert(tx: &Transaction<'_>, new: &NewService<'_>, now: &str) -> Result<i64> {
    const SQL: &str = "INSERT INTO services (name, name_key, certificate_der, certificate_subject,
            certificate_not_after, enrollment_url, allow_release, token_issued_at,
            token_expires_at, linked_at, updated_at)
        VALUES (:name, :key, :der, :subject, :not_after, :url, :release, :issued, :expires,
            :now, :now)";
    let (der, subject, not_after) = match new.certificate {
        Some((d, s, n)) => (Some(d), Some(s), Some(n)),
        None => (None, None, None),
    };
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":name": new.name.trim(), ":key": name_key(new.name), ":der": der, ":subject": subject,
        ":not_after": not_after, ":url": new.enrollment_url, ":release": new.allow_release,
        ":issued": new.token_issued_at, ":expires": new.token_expires_at, ":now": now,
    })?;
    Ok(tx.last_insert_rowid())
}

/// Renames a service.
pub fn rename(tx: &Transaction<'_>, id: i64, new_name: &str, now: &str) -> Result<()> {
    tx.prepare_cached("UPDATE services SET name = :name, name_key = :key, updated_at = :now WHERE id = :id")?
        .execute(named_params! {":name": new_name.trim(), ":key": name_key(new_name), ":now": now, ":id": id})?;
    Ok(())
}

/// Sets the certificate.
pub fn set_certificate(
    tx: &Transaction<'_>,
    id: i64,
    der: &[u8],
    subject: &str,
    not_after: &str,
    now: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE services SET certificate_der = :der, certificate_subject = :subject,
            certificate_not_after = :not_after, updated_at = :now WHERE id = :id",
    )?
    .execute(named_params! {":der": der, ":subject": subject, ":not_after": not_after, ":now": now, ":id": id})?;
    Ok(())
}

/// Sets (or clears, with None) the enrollment URL.
pub fn set_enrollment_url(
    tx: &Transaction<'_>,
    id: i64,
    url: Option<&str>,
    now: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE services SET enrollment_url = :url, updated_at = :now WHERE id = :id",
    )?
    .execute(named_params! {":url": url, ":now": now, ":id": id})?;
    Ok(())
}

/// Sets whether the service may release devices.
pub fn set_allow_release(tx: &Transaction<'_>, id: i64, allow: bool, now: &str) -> Result<()> {
    tx.prepare_cached(
        "UPDATE services SET allow_release = :allow, updated_at = :now WHERE id = :id",
    )?
    .execute(named_params! {":allow": allow, ":now": now, ":id": id})?;
    Ok(())
}

/// Records a new server token.
pub fn set_token(
    tx: &Transaction<'_>,
    id: i64,
    issued: &str,
    expires: &str,
    now: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE services SET token_issued_at = :issued, token_expires_at = :expires,
            updated_at = :now WHERE id = :id",
    )?
    .execute(named_params! {":issued": issued, ":expires": expires, ":now": now, ":id": id})?;
    Ok(())
}

/// Unlinks a service (the caller has checked that no device is assigned to it).
pub fn delete(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM services WHERE id = :id")?
        .execute(named_params! {":id": id})?;
    Ok(())
}

/// Every service's name by row id (cheap: no device counts).
pub fn names(conn: &Connection) -> Result<std::collections::HashMap<i64, String>> {
    let mut stmt = conn.prepare_cached("SELECT id, name FROM services")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
