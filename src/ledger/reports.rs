//! SQL for `abmctl report`: counts of the fleet by status, family and service; progress per
//! order and per supplier. Read-only.

use anyhow::Result;
use rusqlite::Connection;
use serde::Serialize;

/// One cell of the summary: how many devices have this status, family and service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SummaryRow {
    pub status: String,
    pub product_family: String,
    pub assigned_server: Option<String>,
    pub devices: i64,
}

/// Devices counted by status × family × service.
pub fn summary(conn: &Connection) -> Result<Vec<SummaryRow>> {
    const SQL: &str = "SELECT d.status, d.product_family, s.name, count(*)
        FROM devices d LEFT JOIN services s ON s.id = d.service_id
        GROUP BY d.status, d.product_family, s.name
        ORDER BY CASE d.status WHEN 'ASSIGNED' THEN 1 WHEN 'UNASSIGNED' THEN 2
                 WHEN 'PENDING' THEN 3 ELSE 4 END, d.product_family, s.name";
    let mut stmt = conn.prepare(SQL)?;
    let rows = stmt.query_map([], |r| {
        Ok(SummaryRow {
            status: r.get(0)?,
            product_family: r.get(1)?,
            assigned_server: r.get(2)?,
            devices: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Assignment progress of a group of devices (an order, a supplier).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignmentProgress {
    pub devices: i64,
    pub assigned: i64,
    pub unassigned: i64,
    pub pending: i64,
    pub released: i64,
    /// Assigned devices as a share of those that can be assigned (not pending or released).
    pub assigned_percent: f64,
}

impl AssignmentProgress {
    fn from_row(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<AssignmentProgress> {
        let devices: i64 = r.get(first)?;
        let assigned: i64 = r.get(first + 1)?;
        let unassigned: i64 = r.get(first + 2)?;
        let pending: i64 = r.get(first + 3)?;
        let released: i64 = r.get(first + 4)?;
        let assignable = assigned + unassigned;
        let assigned_percent = if assignable == 0 {
            0.0
        } else {
            (assigned as f64 * 1000.0 / assignable as f64).round() / 10.0
        };
        Ok(AssignmentProgress {
            devices,
            assigned,
            unassigned,
            pending,
            released,
            assigned_percent,
        })
    }
}

const COUNTS: &str = "count(*), sum(d.status = 'ASSIGNED'), sum(d.status = 'UNASSIGNED'),
    sum(d.status = 'PENDING'), sum(d.status = 'RELEASED')";

/// One order's progress.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderRow {
    pub order_number: String,
    pub order_date_time: Option<String>,
    pub purchase_source_type: String,
    pub purchase_source_id: Option<String>,
    #[serde(flatten)]
    pub progress: AssignmentProgress,
}

/// Every order, keyed as Apple keys it (supplier and number), newest first.
pub fn orders(conn: &Connection) -> Result<Vec<OrderRow>> {
    let sql = format!(
        "SELECT d.order_number, min(d.order_date_time), d.purchase_source_type,
            d.purchase_source_id, {COUNTS}
        FROM devices d WHERE d.order_number IS NOT NULL
        GROUP BY d.purchase_source_type, d.purchase_source_id, d.order_number
        ORDER BY min(d.order_date_time) DESC, d.order_number, d.purchase_source_id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(OrderRow {
            order_number: r.get(0)?,
            order_date_time: r.get(1)?,
            purchase_source_type: r.get(2)?,
            purchase_source_id: r.get(3)?,
            progress: AssignmentProgress::from_row(r, 4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One supplier's progress (every purchase source seen in the ledger, linked or not).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupplierRow {
    pub purchase_source_type: String,
    pub purchase_source_id: Option<String>,
    pub name: Option<String>,
    pub linked: bool,
    #[serde(flatten)]
    pub progress: AssignmentProgress,
}

/// Every purchase source, by type and number.
pub fn suppliers(conn: &Connection) -> Result<Vec<SupplierRow>> {
    let sql = format!(
        "SELECT d.purchase_source_type, d.purchase_source_id, min(s.name), count(s.id) > 0, {COUNTS}
        FROM devices d LEFT JOIN suppliers s
            ON upper(s.kind) = d.purchase_source_type AND s.number = d.purchase_source_id
        GROUP BY d.purchase_source_type, d.purchase_source_id
        ORDER BY d.purchase_source_type, d.purchase_source_id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(SupplierRow {
            purchase_source_type: r.get(0)?,
            purchase_source_id: r.get(1)?,
            name: r.get(2)?,
            linked: r.get(3)?,
            progress: AssignmentProgress::from_row(r, 4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The enrollment funnel of one service and family: of the devices assigned there (or, with
/// no service, of the unassigned ones), how many are not enrolled, enrolled, stale, and
/// personal.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrollmentRow {
    pub assigned_server: Option<String>,
    pub product_family: String,
    pub devices: i64,
    pub not_enrolled: i64,
    pub enrolled: i64,
    pub stale: i64,
    pub personal: i64,
    /// Enrolled devices as a share of the devices (0 when there are none).
    pub enrolled_percent: f64,
}

/// The enrollment funnel per service and family: assigned devices by service, then the
/// unassigned ones (no service). Pending and released devices are not in it.
pub fn enrollment(conn: &Connection) -> Result<Vec<EnrollmentRow>> {
    // `enrollment_status = …` is NULL for a device never enrolled: `ifnull` keeps the sums
    // whole numbers.
    const SQL: &str = "SELECT s.name, d.product_family, count(*),
            sum(d.enrollment_status IS NULL), sum(ifnull(d.enrollment_status = 'ENROLLED', 0)),
            sum(ifnull(d.enrollment_status = 'STALE', 0)), sum(d.personal = 1)
        FROM devices d LEFT JOIN services s ON s.id = d.service_id
        WHERE d.status IN ('ASSIGNED', 'UNASSIGNED')
        GROUP BY s.name, d.product_family
        ORDER BY s.name IS NULL, s.name, d.product_family";
    let mut stmt = conn.prepare(SQL)?;
    let rows = stmt.query_map([], |r| {
        let devices: i64 = r.get(2)?;
        let enrolled: i64 = r.get(4)?;
        let enrolled_percent = if devices == 0 {
            0.0
        } else {
            (enrolled as f64 * 1000.0 / devices as f64).round() / 10.0
        };
        Ok(EnrollmentRow {
            assigned_server: r.get(0)?,
            product_family: r.get(1)?,
            devices,
            not_enrolled: r.get(3)?,
            enrolled,
            stale: r.get(5)?,
            personal: r.get(6)?,
            enrolled_percent,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
