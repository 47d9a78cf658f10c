//! SQL for the activity log (SPEC §1.7): one activity per command that changed the ledger,
//! with per-device items. Append-only: nothing here updates an item or deletes anything.

use anyhow::Result;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params, params_from_iter};
use serde::Serialize;

use crate::output::Row;
use crate::result::{CommandResult, Outcome};

/// An activity as `activity list` / `activity show` print it.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: i64,
    pub action: String,
    pub actor: String,
    pub created_date_time: String,
    pub parameters: serde_json::Value,
    pub requested: i64,
    pub changed: i64,
    pub unchanged: i64,
    pub queued: i64,
    pub failed: i64,
    pub skipped: i64,
    pub remote_activity_id: Option<String>,
}

impl Row for Activity {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "action",
            "actor",
            "createdDateTime",
            "parameters",
            "requested",
            "changed",
            "unchanged",
            "queued",
            "failed",
            "skipped",
            "remoteActivityId",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.action.clone(),
            self.actor.clone(),
            self.created_date_time.clone(),
            self.parameters.to_string(),
            self.requested.to_string(),
            self.changed.to_string(),
            self.unchanged.to_string(),
            self.queued.to_string(),
            self.failed.to_string(),
            self.skipped.to_string(),
            self.remote_activity_id.clone().unwrap_or_default(),
        ]
    }
    /// When, what, who and how it went; the parameters, `requested`, `unchanged` and
    /// `queued` are in `-o wide` and `activity show`.
    fn table_columns() -> &'static [&'static str] {
        &[
            "id",
            "createdDateTime",
            "action",
            "actor",
            "changed",
            "failed",
            "skipped",
        ]
    }
}

/// One per-device (or per-line) result of an activity.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub serial_number: Option<String>,
    pub line: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub outcome: String,
    pub field: Option<String>,
    pub message: Option<String>,
}

impl Row for Item {
    fn headers() -> &'static [&'static str] {
        &[
            "serialNumber",
            "line",
            "before",
            "after",
            "outcome",
            "field",
            "message",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            o(&self.serial_number),
            o(&self.line),
            o(&self.before),
            o(&self.after),
            self.outcome.clone(),
            o(&self.field),
            o(&self.message),
        ]
    }
    /// The device, what happened to it and why; the file line and field of a problem are in
    /// `-o wide` (its message names them too).
    fn table_columns() -> &'static [&'static str] {
        &["serialNumber", "outcome", "before", "after", "message"]
    }
}

/// Starts an activity; its counts are filled in by `finish`.
pub fn start(
    tx: &Transaction<'_>,
    action: &str,
    actor: &str,
    now: &str,
    parameters: &serde_json::Value,
) -> Result<i64> {
    const SQL: &str = "INSERT INTO activities (action, actor, created_at, parameters)
        VALUES (:action, :actor, :now, :parameters)";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":action": action, ":actor": actor, ":now": now, ":parameters": parameters.to_string(),
    })?;
    Ok(tx.last_insert_rowid())
}

/// Stores the final counts of an activity.
pub fn finish(tx: &Transaction<'_>, id: i64, r: &CommandResult) -> Result<()> {
    const SQL: &str = "UPDATE activities SET requested = :requested, changed = :changed,
            unchanged = :unchanged, queued = :queued, failed = :failed, skipped = :skipped
        WHERE id = :id";
    let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":requested": n(r.requested), ":changed": n(r.changed), ":unchanged": n(r.unchanged),
        ":queued": n(r.queued), ":failed": n(r.failed), ":skipped": n(r.skipped), ":id": id,
    })?;
    Ok(())
}

/// Appends items to one activity, numbering them in order.
pub struct ItemWriter {
    activity_id: i64,
    seq: i64,
}

/// The text of one item before it is stored.
#[derive(Debug, Clone, Default)]
pub struct NewItem<'a> {
    pub serial_number: Option<&'a str>,
    pub line: Option<&'a str>,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    pub field: Option<&'a str>,
    pub message: Option<&'a str>,
}

impl ItemWriter {
    /// A writer for the activity `activity_id`.
    pub fn new(activity_id: i64) -> Self {
        ItemWriter {
            activity_id,
            seq: 0,
        }
    }

    /// A writer that goes on numbering the items of activity `activity_id` after its last one
    /// (a sync resuming the pull an earlier one started).
    pub fn resume(conn: &rusqlite::Connection, activity_id: i64) -> Result<Self> {
        let seq: i64 = conn
            .prepare_cached(
                "SELECT coalesce(max(seq), 0) FROM activity_items WHERE activity_id = ?1",
            )?
            .query_row([activity_id], |r| r.get(0))?;
        Ok(ItemWriter { activity_id, seq })
    }

    /// Stores one item.
    pub fn push(
        &mut self,
        tx: &Transaction<'_>,
        outcome: Outcome,
        item: &NewItem<'_>,
    ) -> Result<()> {
        const SQL: &str = "INSERT INTO activity_items (activity_id, seq, serial_number, line,
                before, after, outcome, field, message)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
        self.seq += 1;
        tx.prepare_cached(SQL)?.execute(rusqlite::params![
            self.activity_id,
            self.seq,
            item.serial_number,
            item.line,
            item.before,
            item.after,
            outcome.as_str(),
            item.field,
            item.message,
        ])?;
        Ok(())
    }
}

const SELECT: &str = "SELECT id, action, actor, created_at, parameters, requested, changed,
        unchanged, queued, failed, skipped, remote_activity_id FROM activities";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Activity> {
    let parameters: String = r.get(4)?;
    Ok(Activity {
        id: r.get(0)?,
        action: r.get(1)?,
        actor: r.get(2)?,
        created_date_time: r.get(3)?,
        parameters: serde_json::from_str(&parameters).unwrap_or(serde_json::Value::Null),
        requested: r.get(5)?,
        changed: r.get(6)?,
        unchanged: r.get(7)?,
        queued: r.get(8)?,
        failed: r.get(9)?,
        skipped: r.get(10)?,
        remote_activity_id: r.get(11)?,
    })
}

/// Filters of `activity list`.
#[derive(Debug, Clone, Default)]
pub struct ActivityFilter {
    /// Activities at or after this RFC 3339 time.
    pub since: Option<String>,
    /// Only this action (`import`, `supplier.link`, …).
    pub action: Option<String>,
    /// Only activities that added, changed, skipped or queued this serial (not those that found
    /// it unchanged: see migration 0003).
    pub serial: Option<String>,
    /// At most this many, newest first.
    pub limit: Option<u64>,
}

/// Activities matching `filter`, newest first.
pub fn list(conn: &Connection, filter: &ActivityFilter) -> Result<Vec<Activity>> {
    let mut clauses = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    if let Some(since) = &filter.since {
        clauses.push("created_at >= ?");
        params.push(Value::Text(since.clone()));
    }
    if let Some(action) = &filter.action {
        // Action names are ASCII (`supplier.link`): any case matches, as for every closed set.
        clauses.push("action = lower(?)");
        params.push(Value::Text(action.clone()));
    }
    if let Some(serial) = &filter.serial {
        clauses.push(
            "(id IN (SELECT activity_id FROM activity_items
                     WHERE serial_number = ? AND outcome <> 'unchanged')
              OR id IN (SELECT added_activity_id FROM devices WHERE serial_number = ?))",
        );
        params.push(Value::Text(serial.clone()));
        params.push(Value::Text(serial.clone()));
    }
    let mut sql = SELECT.to_string();
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(" ORDER BY id DESC");
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        params.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    }
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One activity.
pub fn get(conn: &Connection, id: i64) -> Result<Option<Activity>> {
    let sql = format!("{SELECT} WHERE id = :id");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(named_params! {":id": id}, row)
        .optional()?)
}

/// Runs `f` over every item of an activity, streamed: the stored items, then the devices
/// that arrived with it (derived from `devices.added_activity_id`, see migration 0001).
pub fn with_items<T>(
    conn: &Connection,
    id: i64,
    f: impl FnOnce(&mut dyn Iterator<Item = Result<Item>>) -> Result<T>,
) -> Result<T> {
    const STORED: &str = "SELECT serial_number, line, before, after, outcome, field, message
        FROM activity_items WHERE activity_id = :id ORDER BY seq";
    const ARRIVED: &str = "SELECT serial_number, added_status,
            iif(added_status LIKE 'ASSIGNED%',
                'added to the organisation; assigned to its family''s default service',
                'added to the organisation')
        FROM devices WHERE added_activity_id = :id ORDER BY id";
    let mut stored = conn.prepare_cached(STORED)?;
    let mut arrived = conn.prepare_cached(ARRIVED)?;
    let stored = stored.query_map(named_params! {":id": id}, |r| {
        Ok(Item {
            serial_number: r.get(0)?,
            line: r.get(1)?,
            before: r.get(2)?,
            after: r.get(3)?,
            outcome: r.get(4)?,
            field: r.get(5)?,
            message: r.get(6)?,
        })
    })?;
    let arrived = arrived.query_map(named_params! {":id": id}, |r| {
        Ok(Item {
            serial_number: r.get(0)?,
            line: None,
            before: None,
            after: r.get(1)?,
            outcome: Outcome::Changed.as_str().to_string(),
            field: None,
            message: r.get(2)?,
        })
    })?;
    let mut all = stored
        .chain(arrived)
        .map(|r| r.map_err(anyhow::Error::from));
    f(&mut all)
}
