//! SQL for devices (Step 3): the bulk insert path of `import`, lookups, filtered lists.

use anyhow::Result;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params, params_from_iter};
use serde::Serialize;

use crate::model::{
    DeviceStatus, EnrollmentMethod, EnrollmentStatus, ProductFamily, PurchaseSourceType,
};
use crate::output::Row;

/// A device as `device list` and `device show` print it (SPEC §3): Apple's attribute names.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub serial_number: String,
    pub product_family: String,
    pub device_model: Option<String>,
    pub product_type: Option<String>,
    pub device_capacity: Option<String>,
    pub color: Option<String>,
    pub part_number: Option<String>,
    pub order_number: Option<String>,
    pub order_date_time: Option<String>,
    pub purchase_source_type: String,
    pub purchase_source_id: Option<String>,
    pub imei: Vec<String>,
    pub meid: Vec<String>,
    pub eid: Option<String>,
    pub wifi_mac_address: Option<String>,
    pub bluetooth_mac_address: Option<String>,
    pub ethernet_mac_address: Vec<String>,
    pub status: String,
    pub assigned_server: Option<String>,
    pub added_to_org_date_time: String,
    pub released_from_org_date_time: Option<String>,
    pub enrollment_status: String,
    pub enrollment_method: Option<String>,
    pub enrolled_user: Option<String>,
    pub personal: bool,
    pub pending_sync: bool,
    /// When it was assigned to its service (ABM's export has it; the JSON contract doesn't).
    #[serde(skip)]
    pub assigned_date_time: Option<String>,
}

const HEADERS: &[&str] = &[
    "serialNumber",
    "productFamily",
    "deviceModel",
    "productType",
    "deviceCapacity",
    "color",
    "partNumber",
    "orderNumber",
    "orderDateTime",
    "purchaseSourceType",
    "purchaseSourceId",
    "imei",
    "meid",
    "eid",
    "wifiMacAddress",
    "bluetoothMacAddress",
    "ethernetMacAddress",
    "status",
    "assignedServer",
    "addedToOrgDateTime",
    "releasedFromOrgDateTime",
    "enrollmentStatus",
    "enrollmentMethod",
    "enrolledUser",
    "personal",
    "pendingSync",
];

impl Row for Device {
    fn headers() -> &'static [&'static str] {
        HEADERS
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.serial_number.clone(),
            self.product_family.clone(),
            o(&self.device_model),
            o(&self.product_type),
            o(&self.device_capacity),
            o(&self.color),
            o(&self.part_number),
            o(&self.order_number),
            o(&self.order_date_time),
            self.purchase_source_type.clone(),
            o(&self.purchase_source_id),
            self.imei.join(";"),
            self.meid.join(";"),
            o(&self.eid),
            o(&self.wifi_mac_address),
            o(&self.bluetooth_mac_address),
            self.ethernet_mac_address.join(";"),
            self.status.clone(),
            o(&self.assigned_server),
            self.added_to_org_date_time.clone(),
            o(&self.released_from_org_date_time),
            self.enrollment_status.clone(),
            o(&self.enrollment_method),
            o(&self.enrolled_user),
            self.personal.to_string(),
            self.pending_sync.to_string(),
        ]
    }
    fn table_columns() -> Option<&'static [usize]> {
        // serial, family, model, order, source type, source id, status, service, enrollment
        Some(&[0, 1, 2, 7, 9, 10, 17, 18, 21])
    }
}

const SELECT: &str = "SELECT d.serial_number, d.product_family, d.device_model, d.product_type,
        d.device_capacity, d.color, d.part_number, d.order_number, d.order_date_time,
        d.purchase_source_type, d.purchase_source_id, d.imei, d.meid, d.eid,
        d.wifi_mac_address, d.bluetooth_mac_address, d.ethernet_mac_address, d.status, s.name,
        d.added_to_org_date_time, d.released_from_org_date_time,
        coalesce(d.enrollment_status, 'NOT_ENROLLED'), d.enrollment_method, d.enrolled_user,
        d.personal, d.pending_sync, d.assigned_at
    FROM devices d LEFT JOIN services s ON s.id = d.service_id";

fn split(v: Option<String>) -> Vec<String> {
    v.map(|s| {
        s.split(';')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Device> {
    Ok(Device {
        serial_number: r.get(0)?,
        product_family: r.get(1)?,
        device_model: r.get(2)?,
        product_type: r.get(3)?,
        device_capacity: r.get(4)?,
        color: r.get(5)?,
        part_number: r.get(6)?,
        order_number: r.get(7)?,
        order_date_time: r.get(8)?,
        purchase_source_type: r.get(9)?,
        purchase_source_id: r.get(10)?,
        imei: split(r.get(11)?),
        meid: split(r.get(12)?),
        eid: r.get(13)?,
        wifi_mac_address: r.get(14)?,
        bluetooth_mac_address: r.get(15)?,
        ethernet_mac_address: split(r.get(16)?),
        status: r.get(17)?,
        assigned_server: r.get(18)?,
        added_to_org_date_time: r.get(19)?,
        released_from_org_date_time: r.get(20)?,
        enrollment_status: r.get(21)?,
        enrollment_method: r.get(22)?,
        enrolled_user: r.get(23)?,
        personal: r.get(24)?,
        pending_sync: r.get(25)?,
        assigned_date_time: r.get(26)?,
    })
}

/// The device with this (normalised) serial number.
pub fn get(conn: &Connection, serial: &str) -> Result<Option<Device>> {
    let sql = format!("{SELECT} WHERE d.serial_number = :serial");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(named_params! {":serial": serial}, row)
        .optional()?)
}

/// Filters of `device list` (SPEC §2). Empty vectors mean "any".
#[derive(Debug, Clone, Default)]
pub struct DeviceFilter {
    /// Product families.
    pub families: Vec<ProductFamily>,
    /// Statuses; empty means every status but PENDING (pending devices are not in the fleet).
    pub statuses: Vec<DeviceStatus>,
    /// Service names (case-insensitive).
    pub services: Vec<String>,
    /// Order numbers.
    pub orders: Vec<String>,
    /// Supplier numbers (purchaseSourceId).
    pub suppliers: Vec<String>,
    /// Serial numbers.
    pub serials: Vec<String>,
    /// Enrollment statuses.
    pub enrollment: Vec<EnrollmentStatus>,
    /// Only personal (BYOD) devices, or only organisation devices.
    pub personal: Option<bool>,
    /// Devices added to the organisation at or after this RFC 3339 time.
    pub added_since: Option<String>,
    /// At most this many devices.
    pub limit: Option<u64>,
    /// Oldest arrival first (`report unassigned`); otherwise ledger order.
    pub oldest_first: bool,
}

impl DeviceFilter {
    fn where_clause(&self) -> (String, Vec<Value>) {
        let mut clauses = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        fn any_of<T: AsRef<str>>(
            column: &str,
            values: &[T],
            clauses: &mut Vec<String>,
            params: &mut Vec<Value>,
        ) {
            if values.is_empty() {
                return;
            }
            let marks = vec!["?"; values.len()].join(", ");
            clauses.push(format!("{column} IN ({marks})"));
            params.extend(values.iter().map(|v| Value::Text(v.as_ref().to_string())));
        }
        let families: Vec<&str> = self.families.iter().map(|f| f.as_str()).collect();
        any_of("d.product_family", &families, &mut clauses, &mut params);
        any_of("d.order_number", &self.orders, &mut clauses, &mut params);
        any_of(
            "d.purchase_source_id",
            &self.suppliers,
            &mut clauses,
            &mut params,
        );
        any_of("d.serial_number", &self.serials, &mut clauses, &mut params);
        let enrollment: Vec<&str> = self.enrollment.iter().map(|e| e.as_str()).collect();
        any_of(
            "coalesce(d.enrollment_status, 'NOT_ENROLLED')",
            &enrollment,
            &mut clauses,
            &mut params,
        );
        if let Some(personal) = self.personal {
            clauses.push("d.personal = ?".to_string());
            params.push(Value::Integer(i64::from(personal)));
        }
        if self.statuses.is_empty() {
            clauses.push("d.status <> 'PENDING'".to_string());
        } else {
            let statuses: Vec<&str> = self.statuses.iter().map(|s| s.as_str()).collect();
            any_of("d.status", &statuses, &mut clauses, &mut params);
        }
        let keys: Vec<String> = self
            .services
            .iter()
            .map(|s| crate::ledger::services::name_key(s))
            .collect();
        any_of("s.name_key", &keys, &mut clauses, &mut params);
        if let Some(since) = &self.added_since {
            clauses.push("d.added_to_org_date_time >= ?".to_string());
            params.push(Value::Text(since.clone()));
        }
        let sql = if clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", clauses.join(" AND "))
        };
        (sql, params)
    }
}

/// Runs `f` over the devices matching `filter`, in arrival order, streamed from the query.
pub fn with_rows<T>(
    conn: &Connection,
    filter: &DeviceFilter,
    f: impl FnOnce(&mut dyn Iterator<Item = Result<Device>>) -> Result<T>,
) -> Result<T> {
    let (clause, mut params) = filter.where_clause();
    let order = if filter.oldest_first {
        "d.added_to_org_date_time, d.id"
    } else {
        "d.id"
    };
    let mut sql = format!("{SELECT}{clause} ORDER BY {order}");
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        params.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    }
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt
        .query_map(params_from_iter(params), row)?
        .map(|r| r.map_err(anyhow::Error::from));
    f(&mut rows)
}

/// The attributes an order file carries, in stored form (lists `;`-joined). The import
/// compares these to decide between new, unchanged and updated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderAttrs {
    pub product_family: String,
    pub device_model: Option<String>,
    pub product_type: Option<String>,
    pub device_capacity: Option<String>,
    pub color: Option<String>,
    pub part_number: Option<String>,
    pub order_number: Option<String>,
    pub order_date_time: Option<String>,
    pub purchase_source_type: String,
    pub purchase_source_id: Option<String>,
    pub imei: Option<String>,
    pub meid: Option<String>,
    pub eid: Option<String>,
    pub wifi_mac_address: Option<String>,
    pub bluetooth_mac_address: Option<String>,
    pub ethernet_mac_address: Option<String>,
}

impl OrderAttrs {
    /// Apple attribute names of the optional fields, in `optional_fields` order.
    pub const OPTIONAL_NAMES: [&'static str; 14] = [
        "deviceModel",
        "productType",
        "deviceCapacity",
        "color",
        "partNumber",
        "orderNumber",
        "orderDateTime",
        "purchaseSourceId",
        "imei",
        "meid",
        "eid",
        "wifiMacAddress",
        "bluetoothMacAddress",
        "ethernetMacAddress",
    ];

    /// The optional fields, for field-by-field merging.
    pub fn optional_fields_mut(&mut self) -> [&mut Option<String>; 14] {
        [
            &mut self.device_model,
            &mut self.product_type,
            &mut self.device_capacity,
            &mut self.color,
            &mut self.part_number,
            &mut self.order_number,
            &mut self.order_date_time,
            &mut self.purchase_source_id,
            &mut self.imei,
            &mut self.meid,
            &mut self.eid,
            &mut self.wifi_mac_address,
            &mut self.bluetooth_mac_address,
            &mut self.ethernet_mac_address,
        ]
    }
}

/// A device's stored order attributes and lifecycle state, for the import's comparison.
#[derive(Debug, Clone)]
pub struct Existing {
    /// Row id.
    pub id: i64,
    /// What the last order said.
    pub attrs: OrderAttrs,
    /// Current status.
    pub status: String,
    /// The service it is assigned to.
    pub service_id: Option<i64>,
}

/// Looks up a device's order attributes by serial.
pub fn existing(conn: &Connection, serial: &str) -> Result<Option<Existing>> {
    const SQL: &str = "SELECT id, product_family, device_model, product_type, device_capacity,
            color, part_number, order_number, order_date_time, purchase_source_type,
            purchase_source_id, imei, meid, eid, wifi_mac_address, bluetooth_mac_address,
            ethernet_mac_address, status, service_id
        FROM devices WHERE serial_number = :serial";
    Ok(conn
        .prepare_cached(SQL)?
        .query_row(named_params! {":serial": serial}, |r| {
            Ok(Existing {
                id: r.get(0)?,
                attrs: OrderAttrs {
                    product_family: r.get(1)?,
                    device_model: r.get(2)?,
                    product_type: r.get(3)?,
                    device_capacity: r.get(4)?,
                    color: r.get(5)?,
                    part_number: r.get(6)?,
                    order_number: r.get(7)?,
                    order_date_time: r.get(8)?,
                    purchase_source_type: r.get(9)?,
                    purchase_source_id: r.get(10)?,
                    imei: r.get(11)?,
                    meid: r.get(12)?,
                    eid: r.get(13)?,
                    wifi_mac_address: r.get(14)?,
                    bluetooth_mac_address: r.get(15)?,
                    ethernet_mac_address: r.get(16)?,
                },
                status: r.get(17)?,
                service_id: r.get(18)?,
            })
        })
        .optional()?)
}

/// How a new device arrives: its status, the service it is assigned to at arrival (its
/// family's default), and the state label the activity log shows for it (`UNASSIGNED`,
/// `PENDING`, `ASSIGNED (Main MDM)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrival<'a> {
    /// PENDING, UNASSIGNED or ASSIGNED.
    pub status: DeviceStatus,
    /// The default service, when assigned at arrival.
    pub service_id: Option<i64>,
    /// The state label stored as `added_status`.
    pub label: &'a str,
}

/// Inserts one new device.
pub fn insert(
    tx: &Transaction<'_>,
    serial: &str,
    a: &OrderAttrs,
    arrival: Arrival<'_>,
    added_at: &str,
    activity_id: i64,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(&insert_many_sql(1))?;
    stmt.raw_bind_parameter(1, added_at)?;
    stmt.raw_bind_parameter(2, activity_id)?;
    bind_rows(&mut stmt, &[(serial, a, arrival)])?;
    stmt.raw_execute()?;
    Ok(())
}

/// Rows per multi-row INSERT on the bulk path: one statement per batch amortises SQLite's
/// per-statement cost (open cursors, halt), a third of the time of one-row inserts.
pub const INSERT_BATCH: usize = 64;

/// The multi-row INSERT for `n` rows. `OR FAIL` spares SQLite a statement journal (it need
/// not undo the statement's earlier rows on error); the whole import's transaction is rolled
/// back on any error anyway. Numbered parameters: ?1 and ?2 are shared (time, activity), then
/// `PER_ROW` per row.
fn insert_many_sql(n: usize) -> String {
    use std::fmt::Write as _;
    let mut sql = String::from(
        "INSERT OR FAIL INTO devices (serial_number, product_family, device_model, product_type,
        device_capacity, color, part_number, order_number, order_date_time,
        purchase_source_type, purchase_source_id, imei, meid, eid, wifi_mac_address,
        bluetooth_mac_address, ethernet_mac_address, status, service_id, assigned_at,
        added_status, added_to_org_date_time, added_activity_id) VALUES ",
    );
    for i in 0..n {
        let b = 3 + i * PER_ROW;
        sql.push_str(if i > 0 { ",(" } else { "(" });
        for k in 0..19 {
            let _ = write!(sql, "?{},", b + k);
        }
        // assigned_at is the arrival time when the device arrives assigned.
        let _ = write!(sql, "iif(?{} IS NULL, NULL, ?1),?{},?1,?2)", b + 18, b + 19);
    }
    sql
}

/// Parameters per row: 17 attributes, status, service, added_status.
const PER_ROW: usize = 20;

/// The bulk path's insert: one multi-row statement prepared once per import and kept bound
/// between executions. (A cached statement is cleared when it goes back to the cache, which
/// frees SQLite's value buffers; keeping it spares a malloc per bound value, 18 million of them
/// in a million-row import.)
pub struct BulkInsert<'t> {
    full: rusqlite::Statement<'t>,
    added_at: String,
    activity_id: i64,
}

impl<'t> BulkInsert<'t> {
    /// Prepares the insert for devices added at `added_at` by activity `activity_id`.
    pub fn new(tx: &'t Transaction<'_>, added_at: &str, activity_id: i64) -> Result<Self> {
        let mut full = tx.prepare(&insert_many_sql(INSERT_BATCH))?;
        full.raw_bind_parameter(1, added_at)?;
        full.raw_bind_parameter(2, activity_id)?;
        Ok(BulkInsert {
            full,
            added_at: added_at.to_string(),
            activity_id,
        })
    }

    /// Inserts new devices (serial, attributes, status), at most `INSERT_BATCH` of them.
    pub fn insert(
        &mut self,
        tx: &Transaction<'_>,
        rows: &[(&str, &OrderAttrs, Arrival<'_>)],
    ) -> Result<()> {
        if rows.len() == INSERT_BATCH {
            bind_rows(&mut self.full, rows)?;
            self.full.raw_execute()?;
        } else if !rows.is_empty() {
            let mut tail = tx.prepare(&insert_many_sql(rows.len()))?;
            tail.raw_bind_parameter(1, self.added_at.as_str())?;
            tail.raw_bind_parameter(2, self.activity_id)?;
            bind_rows(&mut tail, rows)?;
            tail.raw_execute()?;
        }
        Ok(())
    }
}

fn bind_rows(
    stmt: &mut rusqlite::Statement<'_>,
    rows: &[(&str, &OrderAttrs, Arrival<'_>)],
) -> Result<()> {
    for (i, (serial, a, arrival)) in rows.iter().enumerate() {
        let b = 3 + i * PER_ROW;
        let values: [&dyn rusqlite::ToSql; PER_ROW] = [
            serial,
            &a.product_family,
            &a.device_model,
            &a.product_type,
            &a.device_capacity,
            &a.color,
            &a.part_number,
            &a.order_number,
            &a.order_date_time,
            &a.purchase_source_type,
            &a.purchase_source_id,
            &a.imei,
            &a.meid,
            &a.eid,
            &a.wifi_mac_address,
            &a.bluetooth_mac_address,
            &a.ethernet_mac_address,
            &arrival.status,
            &arrival.service_id,
            &arrival.label,
        ];
        for (k, v) in values.iter().enumerate() {
            stmt.raw_bind_parameter(b + k, v)?;
        }
    }
    Ok(())
}

/// Overwrites a device's order attributes (a row that changed them).
pub fn update_attrs(tx: &Transaction<'_>, id: i64, a: &OrderAttrs) -> Result<()> {
    const SQL: &str = "UPDATE devices SET product_family = ?2, device_model = ?3,
            product_type = ?4, device_capacity = ?5, color = ?6, part_number = ?7,
            order_number = ?8, order_date_time = ?9, purchase_source_type = ?10,
            purchase_source_id = ?11, imei = ?12, meid = ?13, eid = ?14,
            wifi_mac_address = ?15, bluetooth_mac_address = ?16, ethernet_mac_address = ?17
        WHERE id = ?1";
    tx.prepare_cached(SQL)?.execute(rusqlite::params![
        id,
        a.product_family,
        a.device_model,
        a.product_type,
        a.device_capacity,
        a.color,
        a.part_number,
        a.order_number,
        a.order_date_time,
        a.purchase_source_type,
        a.purchase_source_id,
        a.imei,
        a.meid,
        a.eid,
        a.wifi_mac_address,
        a.bluetooth_mac_address,
        a.ethernet_mac_address,
    ])?;
    Ok(())
}

/// Makes a device arrive now: a released device brought back by a new order or Configurator
/// add, or a pending one whose supplier is linked. It arrives as new: not enrolled, and with
/// no provisional period begun.
pub fn readmit(tx: &Transaction<'_>, id: i64, arrival: Arrival<'_>, added_at: &str) -> Result<()> {
    const SQL: &str = "UPDATE devices SET status = :status, service_id = :service,
            assigned_at = iif(:service IS NULL, NULL, :added), released_from_org_date_time = NULL,
            added_to_org_date_time = :added, enrollment_status = NULL,
            enrollment_method = NULL, enrolled_user = NULL, enrolled_at = NULL, personal = 0,
            first_enrolled_at = NULL
        WHERE id = :id";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":status": arrival.status, ":service": arrival.service_id, ":added": added_at, ":id": id,
    })?;
    Ok(())
}

/// How many devices the ledger holds, in every status.
pub fn count_all(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM devices")?
        .query_row([], |r| r.get(0))?)
}

/// The pending devices of one supplier, in arrival order: (row id, serial, family).
pub fn pending_of(
    conn: &Connection,
    source_type: PurchaseSourceType,
    number: &str,
) -> Result<Vec<(i64, String, ProductFamily)>> {
    const SQL: &str = "SELECT id, serial_number, product_family FROM devices
        WHERE status = 'PENDING' AND purchase_source_type = :t AND purchase_source_id = :n
        ORDER BY id";
    let mut stmt = conn.prepare_cached(SQL)?;
    let rows = stmt.query_map(named_params! {":t": source_type, ":n": number}, |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The indexes of `devices` that a bulk import drops and rebuilds. Inserting a million random
/// serials into a live B-tree touches a random page per row, and even the order index costs a
/// third more than rebuilding it; each rebuild is one sorted pass. (The service index is
/// partial and empty for new arrivals, so it stays.)
const BULK_INDEXES: &[(&str, &str)] = &[
    (
        "devices_serial",
        "CREATE UNIQUE INDEX devices_serial ON devices (serial_number)",
    ),
    (
        "devices_order",
        "CREATE INDEX devices_order ON devices (order_number)",
    ),
];

/// Drops the bulk indexes (inside the import's transaction, so a crash restores them).
pub fn drop_bulk_indexes(tx: &Transaction<'_>) -> Result<()> {
    for (name, _) in BULK_INDEXES {
        tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
    }
    Ok(())
}

/// Rebuilds the bulk indexes. Fails (with SQLite's constraint error) when the serial numbers
/// are not unique.
pub fn create_bulk_indexes(tx: &Transaction<'_>) -> Result<()> {
    for (_, sql) in BULK_INDEXES {
        tx.execute_batch(sql)?;
    }
    Ok(())
}

/// A device as the assignment rules see it. Kept small (a `--family` selection may hold every
/// device of the fleet): the closed sets are enums and the service is its row id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Row id.
    pub id: i64,
    /// Serial number.
    pub serial: String,
    /// Product family.
    pub family: ProductFamily,
    /// Where it sits in the organisation.
    pub status: DeviceStatus,
    /// The service it is assigned to.
    pub service_id: Option<i64>,
    /// None (never enrolled), or its enrollment's status.
    pub enrollment_status: Option<EnrollmentStatus>,
    /// How it enrolled, when it is enrolled (or stale).
    pub enrollment_method: Option<EnrollmentMethod>,
    /// A personal (User Enrollment) device.
    pub personal: bool,
    /// The supplier's number (purchaseSourceId).
    pub supplier: Option<String>,
}

const CANDIDATE: &str = "SELECT d.id, d.serial_number, d.product_family, d.status, d.service_id,
        d.enrollment_status, d.personal, d.purchase_source_id, d.enrollment_method
    FROM devices d";

fn candidate(r: &rusqlite::Row<'_>) -> rusqlite::Result<Candidate> {
    Ok(Candidate {
        id: r.get(0)?,
        serial: r.get(1)?,
        family: r.get(2)?,
        status: r.get(3)?,
        service_id: r.get(4)?,
        enrollment_status: r.get(5)?,
        personal: r.get(6)?,
        supplier: r.get(7)?,
        enrollment_method: r.get(8)?,
    })
}

/// For each of these order numbers that has devices in the ledger, the suppliers
/// (purchaseSourceId) its devices came from: two suppliers may use the same order number.
pub fn order_suppliers(
    conn: &Connection,
    orders: &[String],
) -> Result<std::collections::HashMap<String, Vec<Option<String>>>> {
    let sql = format!(
        "SELECT DISTINCT order_number, purchase_source_id FROM devices
        WHERE order_number IN ({}) ORDER BY order_number, purchase_source_id",
        vec!["?"; orders.len()].join(", ")
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut found: std::collections::HashMap<String, Vec<Option<String>>> = Default::default();
    let mut rows = stmt.query(params_from_iter(orders.iter()))?;
    while let Some(r) = rows.next()? {
        found.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    Ok(found)
}

/// Devices picked by a selection's orders and filters, in arrival order. With no orders, every
/// device matching the filters. `services` are service row ids.
pub fn candidates(
    conn: &Connection,
    orders: &[String],
    families: &[ProductFamily],
    suppliers: &[String],
    services: &[i64],
) -> Result<Vec<Candidate>> {
    let mut clauses = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    let mut any_of = |column: &str, values: Vec<Value>| {
        if !values.is_empty() {
            clauses.push(format!(
                "{column} IN ({})",
                vec!["?"; values.len()].join(", ")
            ));
            params.extend(values);
        }
    };
    let text = |v: &[String]| v.iter().map(|s| Value::Text(s.clone())).collect::<Vec<_>>();
    any_of("d.order_number", text(orders));
    any_of(
        "d.product_family",
        families
            .iter()
            .map(|f| Value::Text(f.as_str().to_string()))
            .collect(),
    );
    any_of("d.purchase_source_id", text(suppliers));
    any_of(
        "d.service_id",
        services.iter().map(|i| Value::Integer(*i)).collect(),
    );
    let mut sql = CANDIDATE.to_string();
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(" ORDER BY d.id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), candidate)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The statements of one Step 4 command, prepared once and reused for every device: a
/// cached statement is cleared each time it goes back to the cache, which makes SQLite plan
/// the lookup's join again on every serial of a 100,000-line `--file`.
pub struct Assigner<'c> {
    lookup: rusqlite::Statement<'c>,
    set: rusqlite::Statement<'c>,
    release: rusqlite::Statement<'c>,
}

impl<'c> Assigner<'c> {
    /// Prepares the statements.
    pub fn new(conn: &'c Connection) -> Result<Self> {
        // `OR FAIL` spares SQLite a statement journal per UPDATE (the caller's transaction is
        // rolled back on any error anyway).
        const SET: &str = "UPDATE OR FAIL devices
            SET status = CASE WHEN ?2 IS NULL THEN 'UNASSIGNED' ELSE 'ASSIGNED' END,
                service_id = ?2, assigned_at = ?3, enrollment_status = ?4
            WHERE id = ?1";
        const RELEASE: &str = "UPDATE OR FAIL devices
            SET status = 'RELEASED', service_id = NULL, assigned_at = NULL,
                released_from_org_date_time = ?2, enrollment_status = NULL,
                enrollment_method = NULL, enrolled_user = NULL, enrolled_at = NULL
            WHERE id = ?1";
        Ok(Assigner {
            lookup: conn.prepare(&format!("{CANDIDATE} WHERE d.serial_number = ?1"))?,
            set: conn.prepare(SET)?,
            release: conn.prepare(RELEASE)?,
        })
    }

    /// The device with this serial, as the assignment rules see it.
    pub fn candidate(&mut self, serial: &str) -> Result<Option<Candidate>> {
        Ok(self.lookup.query_row([serial], candidate).optional()?)
    }

    /// Puts a device on a service (or off any, with None), with its enrollment status.
    pub fn set(
        &mut self,
        id: i64,
        service_id: Option<i64>,
        assigned_at: Option<&str>,
        enrollment_status: Option<EnrollmentStatus>,
    ) -> Result<()> {
        self.set.execute(rusqlite::params![
            id,
            service_id,
            assigned_at,
            enrollment_status
        ])?;
        Ok(())
    }

    /// Releases a device from the organisation for good.
    pub fn release(&mut self, id: i64, now: &str) -> Result<()> {
        self.release.execute(rusqlite::params![id, now])?;
        Ok(())
    }
}

/// A device as the enrollment rules see it (one device at a time: `enroll`, `unenroll`,
/// `device remove`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrollee {
    /// Row id.
    pub id: i64,
    /// Serial number.
    pub serial: String,
    /// Product family.
    pub family: ProductFamily,
    /// Where it sits in the organisation.
    pub status: DeviceStatus,
    /// The service it is assigned to, and that service's name.
    pub service: Option<(i64, String)>,
    /// How it came into the organisation.
    pub source: PurchaseSourceType,
    /// None (not enrolled), or its enrollment's status.
    pub enrollment_status: Option<EnrollmentStatus>,
    /// How it enrolled.
    pub enrollment_method: Option<EnrollmentMethod>,
    /// Who enrolled it.
    pub enrolled_user: Option<String>,
    /// When it first enrolled (its provisional period starts then).
    pub first_enrolled_at: Option<String>,
    /// A personal (BYOD) device.
    pub personal: bool,
}

/// The device with this serial, as the enrollment rules see it.
pub fn enrollee(conn: &Connection, serial: &str) -> Result<Option<Enrollee>> {
    const SQL: &str = "SELECT d.id, d.serial_number, d.product_family, d.status, d.service_id,
            s.name, d.purchase_source_type, d.enrollment_status, d.enrollment_method,
            d.enrolled_user, d.first_enrolled_at, d.personal
        FROM devices d LEFT JOIN services s ON s.id = d.service_id
        WHERE d.serial_number = :serial";
    Ok(conn
        .prepare_cached(SQL)?
        .query_row(named_params! {":serial": serial}, |r| {
            let service_id: Option<i64> = r.get(4)?;
            let service_name: Option<String> = r.get(5)?;
            Ok(Enrollee {
                id: r.get(0)?,
                serial: r.get(1)?,
                family: r.get(2)?,
                status: r.get(3)?,
                service: service_id.zip(service_name),
                source: r.get(6)?,
                enrollment_status: r.get(7)?,
                enrollment_method: r.get(8)?,
                enrolled_user: r.get(9)?,
                first_enrolled_at: r.get(10)?,
                personal: r.get(11)?,
            })
        })
        .optional()?)
}

/// A device's enrollment as recorded: who, how, when.
#[derive(Debug, Clone, Copy)]
pub struct EnrollmentRecord<'a> {
    /// ENROLLED or STALE; None clears the enrollment (NOT_ENROLLED).
    pub status: Option<EnrollmentStatus>,
    /// How it enrolled.
    pub method: Option<EnrollmentMethod>,
    /// Who enrolled it.
    pub user: Option<&'a str>,
    /// When (RFC 3339); also its first enrollment's time when it has none yet.
    pub at: Option<&'a str>,
    /// A personal (BYOD) device.
    pub personal: bool,
}

/// Records (or, with a `None` status, clears) a device's enrollment. The first enrollment's
/// time is kept once set.
pub fn set_enrollment(tx: &Transaction<'_>, id: i64, e: &EnrollmentRecord<'_>) -> Result<()> {
    const SQL: &str = "UPDATE devices SET enrollment_status = :status,
            enrollment_method = :method, enrolled_user = :user, enrolled_at = :at,
            first_enrolled_at = coalesce(first_enrolled_at, :at), personal = :personal
        WHERE id = :id";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":status": e.status, ":method": e.method, ":user": e.user, ":at": e.at,
        ":personal": e.personal, ":id": id,
    })?;
    Ok(())
}

/// Takes a device out of the ledger (a personal device unenrolled, a Configurator add removed
/// within its provisional period). Its history stays in the activity log.
pub fn delete(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM devices WHERE id = :id")?
        .execute(named_params! {":id": id})?;
    Ok(())
}

/// The serials of the personal devices enrolled with a Managed Apple Account.
pub fn personal_of(conn: &Connection, account: &str) -> Result<Vec<String>> {
    const SQL: &str = "SELECT serial_number FROM devices
        WHERE enrolled_user = :account AND personal = 1 ORDER BY serial_number";
    let mut stmt = conn.prepare_cached(SQL)?;
    let rows = stmt.query_map(named_params! {":account": account}, |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
