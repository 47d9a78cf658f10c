//! SQL for devices (Step 3): the bulk insert path of `import`, lookups, filtered lists. The
//! statements that read or write every attribute are built once from the attribute table
//! (`model::attributes`).

use std::sync::LazyLock;

use anyhow::Result;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params, params_from_iter};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::attributes::{Attr, Kind, pieces};
use crate::model::{
    DeviceStatus, EnrollmentMethod, EnrollmentStatus, ProductFamily, PurchaseSourceType,
};
use crate::output::Row;

/// What an order says about a device, as the `devices` table stores it.
pub use crate::model::attributes::OrderAttrs;

/// A device as `device list` and `device show` print it (SPEC §3): Apple's attribute names.
#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    /// `serialNumber`.
    pub serial_number: String,
    /// What its order said.
    pub attrs: OrderAttrs,
    /// `status`.
    pub status: String,
    /// `assignedServer`: the name of the service it is assigned to.
    pub assigned_server: Option<String>,
    /// `addedToOrgDateTime`.
    pub added_to_org_date_time: String,
    /// `releasedFromOrgDateTime`.
    pub released_from_org_date_time: Option<String>,
    /// `enrollmentStatus`.
    pub enrollment_status: String,
    /// `enrollmentMethod`.
    pub enrollment_method: Option<String>,
    /// `enrolledUser`.
    pub enrolled_user: Option<String>,
    /// `personal`: a User Enrollment device.
    pub personal: bool,
    /// `pendingSync`.
    pub pending_sync: bool,
    /// When it was assigned to its service (ABM's export has it; the JSON contract doesn't).
    pub assigned_date_time: Option<String>,
}

impl Device {
    /// The stored text of `attr` (a list `;`-joined), None when it has none.
    pub fn text(&self, attr: Attr) -> Option<&str> {
        match attr {
            Attr::SerialNumber => Some(&self.serial_number),
            Attr::Status => Some(&self.status),
            Attr::AssignedServer => self.assigned_server.as_deref(),
            Attr::AddedToOrgDateTime => Some(&self.added_to_org_date_time),
            Attr::ReleasedFromOrgDateTime => self.released_from_org_date_time.as_deref(),
            order => self.attrs.text(order),
        }
    }
}

/// The ledger's state as a device prints it, after its identity and order attributes.
const STATE: [Attr; 4] = [
    Attr::Status,
    Attr::AssignedServer,
    Attr::AddedToOrgDateTime,
    Attr::ReleasedFromOrgDateTime,
];

/// The attributes a device prints, in the order it prints them.
fn printed() -> impl Iterator<Item = Attr> {
    std::iter::once(Attr::SerialNumber)
        .chain(Attr::ORDER)
        .chain(STATE)
}

/// The keys a device prints after its attributes: the ledger's enrollment and sync state.
const ENROLLMENT: [&str; 5] = [
    "enrollmentStatus",
    "enrollmentMethod",
    "enrolledUser",
    "personal",
    "pendingSync",
];

/// A list attribute's values, printed as a JSON array.
struct Pieces<'a>(Option<&'a str>);

impl Serialize for Pieces<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_seq(pieces(self.0))
    }
}

impl Serialize for Device {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut out = ser.serialize_struct("Device", HEADERS.len())?;
        for attr in printed() {
            let text = self.text(attr);
            match attr.kind() {
                Kind::One => out.serialize_field(attr.apple_name(), &text)?,
                Kind::Many => out.serialize_field(attr.apple_name(), &Pieces(text))?,
            }
        }
        let [status, method, user, personal, pending] = ENROLLMENT;
        out.serialize_field(status, &self.enrollment_status)?;
        out.serialize_field(method, &self.enrollment_method)?;
        out.serialize_field(user, &self.enrolled_user)?;
        out.serialize_field(personal, &self.personal)?;
        out.serialize_field(pending, &self.pending_sync)?;
        out.end()
    }
}

/// The JSON keys and CSV columns of a device, in order.
static HEADERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| printed().map(Attr::apple_name).chain(ENROLLMENT).collect());

/// The columns `device list` shows in a table (`-o wide` shows every one): what a device is
/// and where it stands, which fits 80 columns with typical models and service names.
static TABLE_COLUMNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    vec![
        Attr::SerialNumber.apple_name(),
        Attr::ProductFamily.apple_name(),
        Attr::DeviceModel.apple_name(),
        Attr::Status.apple_name(),
        Attr::AssignedServer.apple_name(),
        ENROLLMENT[0],
    ]
});

impl Row for Device {
    fn headers() -> &'static [&'static str] {
        &HEADERS
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = Vec::with_capacity(HEADERS.len());
        for attr in printed() {
            let text = self.text(attr);
            cells.push(match attr.kind() {
                Kind::One => text.unwrap_or_default().to_string(),
                Kind::Many => pieces(text).collect::<Vec<_>>().join(";"),
            });
        }
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        cells.extend([
            self.enrollment_status.clone(),
            o(&self.enrollment_method),
            o(&self.enrolled_user),
            self.personal.to_string(),
            self.pending_sync.to_string(),
        ]);
        cells
    }
    fn table_columns() -> &'static [&'static str] {
        &TABLE_COLUMNS
    }
}

/// The order attributes' columns, `prefix`ed and comma-separated, in [`Attr::ORDER`] order.
pub(crate) fn order_columns(prefix: &str) -> String {
    (Attr::ORDER.iter())
        .map(|attr| format!("{prefix}{}", attr.def().column))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first column after the order attributes in `SELECT` and `existing`'s query, which start
/// with one column (serial number, row id) and then the order attributes.
const AFTER_ORDER: usize = 1 + Attr::ORDER.len();

/// A device as [`row`] reads it: serial number, the order attributes, then the ledger's state.
static SELECT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT d.{serial}, {order}, d.status, s.name,
            d.added_to_org_date_time, d.released_from_org_date_time,
            coalesce(d.enrollment_status, 'NOT_ENROLLED'), d.enrollment_method, d.enrolled_user,
            d.personal, d.pending_sync, d.assigned_at
        FROM devices d LEFT JOIN services s ON s.id = d.service_id",
        serial = Attr::SerialNumber.def().column,
        order = order_columns("d."),
    )
});

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Device> {
    let state = AFTER_ORDER;
    Ok(Device {
        serial_number: r.get(0)?,
        attrs: OrderAttrs::from_row(r, 1)?,
        status: r.get(state)?,
        assigned_server: r.get(state + 1)?,
        added_to_org_date_time: r.get(state + 2)?,
        released_from_org_date_time: r.get(state + 3)?,
        enrollment_status: r.get(state + 4)?,
        enrollment_method: r.get(state + 5)?,
        enrolled_user: r.get(state + 6)?,
        personal: r.get(state + 7)?,
        pending_sync: r.get(state + 8)?,
        assigned_date_time: r.get(state + 9)?,
    })
}

/// The device with this (normalised) serial number.
pub fn get(conn: &Connection, serial: &str) -> Result<Option<Device>> {
    static SQL: LazyLock<String> =
        LazyLock::new(|| format!("{} WHERE d.serial_number = :serial", *SELECT));
    Ok(conn
        .prepare_cached(&SQL)?
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
    let mut sql = format!("{}{clause} ORDER BY {order}", *SELECT);
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

/// A device's stored order attributes and lifecycle state, for the import's comparison.
#[derive(Debug, Clone)]
pub struct Existing {
    /// Row id.
    pub id: i64,
    /// What the last order said.
    pub attrs: OrderAttrs,
    /// Current status.
    pub status: DeviceStatus,
    /// The service it is assigned to.
    pub service_id: Option<i64>,
}

/// Looks up a device's order attributes by serial.
pub fn existing(conn: &Connection, serial: &str) -> Result<Option<Existing>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT id, {}, status, service_id FROM devices WHERE serial_number = :serial",
            order_columns("")
        )
    });
    Ok(conn
        .prepare_cached(&SQL)?
        .query_row(named_params! {":serial": serial}, |r| {
            Ok(Existing {
                id: r.get(0)?,
                attrs: OrderAttrs::from_row(r, 1)?,
                status: r.get(AFTER_ORDER)?,
                service_id: r.get(AFTER_ORDER + 1)?,
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
    static SQL: LazyLock<String> = LazyLock::new(|| insert_many_sql(1));
    let mut stmt = tx.prepare_cached(&SQL)?;
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
/// `PER_ROW` per row, in [`bind_rows`]'s order.
fn insert_many_sql(n: usize) -> String {
    use std::fmt::Write as _;
    let mut sql = format!(
        "INSERT OR FAIL INTO devices ({serial}, {order}, status, service_id, assigned_at,
        added_status, added_to_org_date_time, added_activity_id) VALUES ",
        serial = Attr::SerialNumber.def().column,
        order = order_columns(""),
    );
    for i in 0..n {
        let b = 3 + i * PER_ROW;
        sql.push_str(if i > 0 { ",(" } else { "(" });
        // serial, the order attributes, status, service
        for k in 0..PER_ROW - 1 {
            let _ = write!(sql, "?{},", b + k);
        }
        // assigned_at is the arrival time when the device arrives assigned.
        let service = b + PER_ROW - 2;
        let label = b + PER_ROW - 1;
        let _ = write!(sql, "iif(?{service} IS NULL, NULL, ?1),?{label},?1,?2)");
    }
    sql
}

/// Parameters per row: serial, the order attributes, status, service, added_status.
const PER_ROW: usize = 1 + Attr::ORDER.len() + 3;

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

/// Binds each row's `PER_ROW` parameters: serial, the order attributes, status, service,
/// added_status.
fn bind_rows(
    stmt: &mut rusqlite::Statement<'_>,
    rows: &[(&str, &OrderAttrs, Arrival<'_>)],
) -> Result<()> {
    for (i, (serial, a, arrival)) in rows.iter().enumerate() {
        let b = 3 + i * PER_ROW;
        stmt.raw_bind_parameter(b, serial)?;
        for (k, v) in a.sql_values().iter().enumerate() {
            stmt.raw_bind_parameter(b + 1 + k, v)?;
        }
        let b = b + 1 + Attr::ORDER.len();
        stmt.raw_bind_parameter(b, arrival.status)?;
        stmt.raw_bind_parameter(b + 1, arrival.service_id)?;
        stmt.raw_bind_parameter(b + 2, arrival.label)?;
    }
    Ok(())
}

/// Overwrites a device's order attributes (a row that changed them).
pub fn update_attrs(tx: &Transaction<'_>, id: i64, a: &OrderAttrs) -> Result<()> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        let set = (Attr::ORDER.iter().enumerate())
            .map(|(k, attr)| format!("{} = ?{}", attr.def().column, k + 2))
            .collect::<Vec<_>>()
            .join(", ");
        format!("UPDATE devices SET {set} WHERE id = ?1")
    });
    let mut stmt = tx.prepare_cached(&SQL)?;
    stmt.raw_bind_parameter(1, id)?;
    for (k, v) in a.sql_values().iter().enumerate() {
        stmt.raw_bind_parameter(k + 2, v)?;
    }
    stmt.raw_execute()?;
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

/// Sets the dates an adopted device had in the organisation it was exported from: added,
/// released, and assigned to its service (each only when given).
pub fn set_dates(tx: &Transaction<'_>, serial: &str, dates: &Dates<'_>) -> Result<()> {
    const SQL: &str = "UPDATE devices SET
            added_to_org_date_time = coalesce(:added, added_to_org_date_time),
            released_from_org_date_time = coalesce(:released, released_from_org_date_time),
            assigned_at = iif(service_id IS NULL, NULL, coalesce(:assigned, assigned_at))
        WHERE serial_number = :serial";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":added": dates.added, ":released": dates.released, ":assigned": dates.assigned,
        ":serial": serial,
    })?;
    Ok(())
}

/// A device's dates in the organisation (RFC 3339 UTC), for [`set_dates`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Dates<'a> {
    /// Added to the organisation.
    pub added: Option<&'a str>,
    /// Released from it.
    pub released: Option<&'a str>,
    /// Assigned to its service.
    pub assigned: Option<&'a str>,
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

/// One page of the devices Apple lists in `GET /v1/orgDevices` (the sandbox): those in the
/// organisation (assigned or not: pending devices have not arrived, released ones have left),
/// in serial-number order, after `after` (the previous page's last serial), at most `limit`.
pub fn org_page(conn: &Connection, after: &str, limit: u32) -> Result<Vec<Device>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "{} WHERE d.status IN ('ASSIGNED', 'UNASSIGNED') AND d.serial_number > :after
             ORDER BY d.serial_number LIMIT :limit",
            *SELECT
        )
    });
    let mut stmt = conn.prepare_cached(&SQL)?;
    let rows = stmt.query_map(named_params! {":after": after, ":limit": limit}, row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One page of the serial numbers assigned to the service with row id `service_id`, in
/// serial-number order, after `after`, at most `limit` (`/mdmServers/{id}/relationships/devices`).
pub fn service_serials_page(
    conn: &Connection,
    service_id: i64,
    after: &str,
    limit: u32,
) -> Result<Vec<String>> {
    // `+service_id`: walk the serial index from the cursor and keep the service's devices,
    // rather than sort every device of the service for each page (10 ms a page at 25,000).
    const SQL: &str = "SELECT serial_number FROM devices
        WHERE +service_id = :service AND status = 'ASSIGNED' AND serial_number > :after
        ORDER BY serial_number LIMIT :limit";
    let mut stmt = conn.prepare_cached(SQL)?;
    let rows = stmt.query_map(
        named_params! {":service": service_id, ":after": after, ":limit": limit},
        |r| r.get(0),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Ledger;
    use crate::model::{ProductFamily, PurchaseSourceType};

    fn ledger() -> Result<Ledger> {
        Ledger::open_in_memory("2026-01-01T00:00:00Z".parse()?)
    }

    /// Every text order attribute set to its own column name (a list to two values).
    fn every_attribute() -> OrderAttrs {
        let mut attrs = OrderAttrs::new(ProductFamily::IPad, PurchaseSourceType::Reseller);
        for attr in Attr::ORDER {
            let column = attr.def().column;
            if let Some(field) = attrs.text_mut(attr) {
                *field = Some(match attr.kind() {
                    Kind::One => column.to_string(),
                    Kind::Many => format!("{column}1;{column}2"),
                });
            }
        }
        attrs
    }

    const UNASSIGNED: Arrival<'static> = Arrival {
        status: DeviceStatus::Unassigned,
        service_id: None,
        label: "UNASSIGNED",
    };

    #[test]
    fn headers_are_the_devices_view_and_follow_the_table() -> Result<()> {
        let ledger = ledger()?;
        let view = ledger.conn().prepare("SELECT * FROM devices_v")?;
        assert_eq!(view.column_names().collect::<Vec<_>>(), *HEADERS);
        // Every attribute once: the serial number and the order attributes in table order,
        // then the ledger's state.
        let attrs: Vec<Attr> = printed().collect();
        assert_eq!(attrs[..AFTER_ORDER], Attr::ALL[..AFTER_ORDER]);
        let mut sorted = attrs.clone();
        sorted.sort();
        assert_eq!(sorted, Attr::ALL);
        assert_eq!(HEADERS[Attr::COUNT..], ENROLLMENT);
        // What fits 80 columns (issue #7): serial, family, model, status, service, enrollment.
        assert_eq!(
            Device::table_columns(),
            [
                "serialNumber",
                "productFamily",
                "deviceModel",
                "status",
                "assignedServer",
                "enrollmentStatus"
            ]
        );
        Ok(())
    }

    #[test]
    fn every_order_attribute_is_stored_read_and_updated() -> Result<()> {
        let mut ledger = ledger()?;
        let attrs = every_attribute();
        ledger.write(false, |tx| {
            insert(
                tx,
                "C02XK1ZZJGH5",
                &attrs,
                UNASSIGNED,
                "2026-01-01T00:00:00Z",
                1,
            )?;
            let got = existing(tx, "C02XK1ZZJGH5")?.map(|e| (e.attrs, e.status));
            assert_eq!(got, Some((attrs.clone(), DeviceStatus::Unassigned)));
            let device = get(tx, "C02XK1ZZJGH5")?.map(|d| d.attrs);
            assert_eq!(device.as_ref(), Some(&attrs));

            let mut changed = OrderAttrs::new(ProductFamily::Mac, PurchaseSourceType::Apple);
            changed.wifi_mac_address = Some("AA:BB:CC:DD:EE:FF".into());
            let id = existing(tx, "C02XK1ZZJGH5")?.map_or(0, |e| e.id);
            update_attrs(tx, id, &changed)?;
            let got = existing(tx, "C02XK1ZZJGH5")?.map(|e| e.attrs);
            assert_eq!(got, Some(changed));

            let mut bulk = BulkInsert::new(tx, "2026-01-02T00:00:00Z", 2)?;
            let rows: Vec<String> = (0..INSERT_BATCH + 1).map(|i| format!("SN{i:08}")).collect();
            let batch: Vec<_> = (rows.iter())
                .map(|s| (s.as_str(), &attrs, UNASSIGNED))
                .collect();
            bulk.insert(tx, &batch[..INSERT_BATCH])?;
            bulk.insert(tx, &batch[INSERT_BATCH..])?;
            for serial in [&rows[0], &rows[INSERT_BATCH]] {
                let device = get(tx, serial)?;
                assert_eq!(device.as_ref().map(|d| &d.attrs), Some(&attrs));
                let added = device.map(|d| d.added_to_org_date_time);
                assert_eq!(added.as_deref(), Some("2026-01-02T00:00:00Z"));
            }
            Ok(())
        })
    }

    #[test]
    fn device_json_keys_and_values_follow_the_table() -> Result<()> {
        let mut ledger = ledger()?;
        let attrs = every_attribute();
        let device = ledger.write(false, |tx| {
            insert(
                tx,
                "C02XK1ZZJGH5",
                &attrs,
                UNASSIGNED,
                "2026-01-01T00:00:00Z",
                1,
            )?;
            get(tx, "C02XK1ZZJGH5")
        })?;
        let Some(device) = device else {
            panic!("the device was inserted");
        };
        let json = serde_json::to_string(&device)?;
        assert_eq!(
            json,
            concat!(
                "{",
                r#""serialNumber":"C02XK1ZZJGH5","#,
                r#""productFamily":"iPad","#,
                r#""deviceModel":"device_model","#,
                r#""productType":"product_type","#,
                r#""deviceCapacity":"device_capacity","#,
                r#""color":"color","#,
                r#""partNumber":"part_number","#,
                r#""orderNumber":"order_number","#,
                r#""orderDateTime":"order_date_time","#,
                r#""purchaseSourceType":"RESELLER","#,
                r#""purchaseSourceId":"purchase_source_id","#,
                r#""imei":["imei1","imei2"],"#,
                r#""meid":["meid1","meid2"],"#,
                r#""eid":"eid","#,
                r#""wifiMacAddress":"wifi_mac_address","#,
                r#""bluetoothMacAddress":"bluetooth_mac_address","#,
                r#""ethernetMacAddress":["ethernet_mac_address1","ethernet_mac_address2"],"#,
                r#""status":"UNASSIGNED","#,
                r#""assignedServer":null,"#,
                r#""addedToOrgDateTime":"2026-01-01T00:00:00Z","#,
                r#""releasedFromOrgDateTime":null,"#,
                r#""enrollmentStatus":"NOT_ENROLLED","#,
                r#""enrollmentMethod":null,"#,
                r#""enrolledUser":null,"#,
                r#""personal":false,"#,
                r#""pendingSync":false"#,
                "}"
            )
        );
        let cells = device.cells();
        assert_eq!(cells.len(), HEADERS.len());
        assert_eq!(cells[11], "imei1;imei2");
        assert_eq!(cells[14], "wifi_mac_address");
        let row = crate::formats::export::row(&device);
        assert_eq!(row.len(), crate::formats::export::COLUMNS.len());
        assert_eq!(row[7], "Reseller (purchase_source_id)");
        let imei = &row[15..17];
        assert_eq!(imei, ["imei1", "imei2"]);
        let ethernet = &row[21..];
        assert_eq!(
            ethernet,
            ["ethernet_mac_address1", "ethernet_mac_address2", ""]
        );
        Ok(())
    }

    #[test]
    fn lists_print_without_empty_pieces() -> Result<()> {
        let mut ledger = ledger()?;
        let mut attrs = every_attribute();
        attrs.imei = Some(";a;;b;".into());
        attrs.meid = Some(String::new());
        let device = ledger.write(false, |tx| {
            insert(tx, "C02XK1ZZJGH5", &attrs, UNASSIGNED, "now", 1)?;
            get(tx, "C02XK1ZZJGH5")
        })?;
        let Some(device) = device else {
            panic!("the device was inserted");
        };
        let json: serde_json::Value = serde_json::to_value(&device)?;
        assert_eq!(json["imei"], serde_json::json!(["a", "b"]));
        assert_eq!(json["meid"], serde_json::json!([]));
        assert_eq!(device.cells()[11], "a;b");
        let row = crate::formats::export::row(&device);
        assert_eq!(row[15..18], ["a", "b", ""]);
        Ok(())
    }
}
