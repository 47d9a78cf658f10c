//! SQL for default assignment: which service a product family's arriving devices go to.

use anyhow::Result;
use rusqlite::{Connection, Transaction, named_params};

use crate::model::ProductFamily;

/// One family's default service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyDefault {
    /// Product family.
    pub family: ProductFamily,
    /// The service's row id.
    pub service_id: i64,
    /// The service's name.
    pub service_name: String,
}

/// Every default, by family.
pub fn list(conn: &Connection) -> Result<Vec<FamilyDefault>> {
    const SQL: &str = "SELECT d.product_family, d.service_id, s.name
        FROM service_defaults d JOIN services s ON s.id = d.service_id
        ORDER BY d.product_family";
    let mut stmt = conn.prepare_cached(SQL)?;
    let rows = stmt.query_map([], |r| {
        Ok(FamilyDefault {
            family: r.get(0)?,
            service_id: r.get(1)?,
            service_name: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Makes `service_id` the default of `family`, replacing any other (one service per family).
pub fn set(tx: &Transaction<'_>, family: ProductFamily, service_id: i64, now: &str) -> Result<()> {
    const SQL: &str = "INSERT INTO service_defaults (product_family, service_id, set_at)
        VALUES (:family, :service, :now)
        ON CONFLICT (product_family) DO UPDATE SET service_id = :service, set_at = :now";
    tx.prepare_cached(SQL)?
        .execute(named_params! {":family": family, ":service": service_id, ":now": now})?;
    Ok(())
}

/// Removes the default of `family`; returns whether there was one.
pub fn unset(tx: &Transaction<'_>, family: ProductFamily) -> Result<bool> {
    let n = tx
        .prepare_cached("DELETE FROM service_defaults WHERE product_family = :family")?
        .execute(named_params! {":family": family})?;
    Ok(n > 0)
}

/// Removes every default pointing at a service (before it is unlinked).
pub fn unset_service(tx: &Transaction<'_>, service_id: i64) -> Result<usize> {
    Ok(tx
        .prepare_cached("DELETE FROM service_defaults WHERE service_id = :id")?
        .execute(named_params! {":id": service_id})?)
}
