//! SQL for remote sync (SPEC §5): the remote and its cached token, the checkpoint of a pull, the
//! linkages it has read, what the remote says of each device, the push intents, and the history
//! of sync runs.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params};

/// The remote of this ledger, as `remote set` stored it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    /// The API account's client id.
    pub client_id: String,
    /// Its key id.
    pub key_id: String,
    /// Where its private key is (the key itself is never stored).
    pub private_key_path: String,
    /// `business` or `school`.
    pub scope: String,
    /// The API origin (`https://api-business.apple.com`).
    pub base_url: String,
    /// The token endpoint.
    pub token_url: String,
    /// When it was set.
    pub set_at: String,
}

/// An access token kept between runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedToken {
    /// The bearer token (never printed).
    pub value: String,
    /// When it was fetched (RFC 3339).
    pub fetched_at: String,
    /// When it expires (RFC 3339).
    pub expires_at: String,
}

/// The remote, if one is set.
pub fn get(conn: &Connection) -> Result<Option<Remote>> {
    const SQL: &str = "SELECT client_id, key_id, private_key_path, scope, base_url, token_url,
        set_at FROM remote WHERE id = 1";
    Ok(conn
        .prepare_cached(SQL)?
        .query_row([], |r| {
            Ok(Remote {
                client_id: r.get(0)?,
                key_id: r.get(1)?,
                private_key_path: r.get(2)?,
                scope: r.get(3)?,
                base_url: r.get(4)?,
                token_url: r.get(5)?,
                set_at: r.get(6)?,
            })
        })
        .optional()?)
}

/// Sets the remote, replacing any other (and forgetting its token).
pub fn set(tx: &Transaction<'_>, r: &Remote) -> Result<()> {
    const SQL: &str = "INSERT OR REPLACE INTO remote (id, client_id, key_id, private_key_path,
            scope, base_url, token_url, set_at)
        VALUES (1, :client, :kid, :key, :scope, :base, :token, :at)";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":client": r.client_id, ":kid": r.key_id, ":key": r.private_key_path, ":scope": r.scope,
        ":base": r.base_url, ":token": r.token_url, ":at": r.set_at,
    })?;
    Ok(())
}

/// Removes the remote and its token; returns whether there was one.
pub fn unset(tx: &Transaction<'_>) -> Result<bool> {
    Ok(tx.execute("DELETE FROM remote WHERE id = 1", [])? > 0)
}

/// The cached access token, if any.
pub fn token(conn: &Connection) -> Result<Option<CachedToken>> {
    const SQL: &str = "SELECT access_token, token_fetched_at, token_expires_at FROM remote
        WHERE id = 1 AND access_token IS NOT NULL";
    Ok(conn
        .prepare_cached(SQL)?
        .query_row([], |r| {
            Ok(CachedToken {
                value: r.get(0)?,
                fetched_at: r.get(1)?,
                expires_at: r.get(2)?,
            })
        })
        .optional()?)
}

/// Caches a new access token (None forgets it).
pub fn store_token(conn: &Connection, token: Option<&CachedToken>) -> Result<()> {
    const SQL: &str = "UPDATE remote SET access_token = :value, token_fetched_at = :fetched,
        token_expires_at = :expires WHERE id = 1";
    conn.prepare_cached(SQL)?.execute(named_params! {
        ":value": token.map(|t| &t.value), ":fetched": token.map(|t| &t.fetched_at),
        ":expires": token.map(|t| &t.expires_at),
    })?;
    Ok(())
}

/// The phase of a pull: which list its next page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// A service's device linkages.
    Links,
    /// The organisation's devices.
    Devices,
}

impl Phase {
    fn as_str(self) -> &'static str {
        match self {
            Phase::Links => "links",
            Phase::Devices => "devices",
        }
    }
}

/// A pull under way, and its checkpoint: the next page to ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pull {
    /// Its number (`devices.remote_seen_pull`).
    pub id: i64,
    /// The `sync` activity its changes are recorded in.
    pub activity_id: i64,
    /// When it started.
    pub started_at: String,
    /// The list being read.
    pub phase: Phase,
    /// The service whose linkages are being read (links phase).
    pub server_id: Option<String>,
    /// The cursor of the next page (None: the list's first page).
    pub cursor: Option<String>,
    /// Pages read so far.
    pub pages: i64,
    /// Devices read so far.
    pub devices: i64,
}

/// The pull under way, if a sync stopped in the middle of one.
pub fn open_pull(conn: &Connection) -> Result<Option<Pull>> {
    const SQL: &str = "SELECT id, activity_id, started_at, phase, server_id, cursor, pages, devices
        FROM pulls WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1";
    Ok(conn
        .prepare_cached(SQL)?
        .query_row([], |r| {
            let phase: String = r.get(3)?;
            Ok(Pull {
                id: r.get(0)?,
                activity_id: r.get(1)?,
                started_at: r.get(2)?,
                phase: if phase == "devices" {
                    Phase::Devices
                } else {
                    Phase::Links
                },
                server_id: r.get(4)?,
                cursor: r.get(5)?,
                pages: r.get(6)?,
                devices: r.get(7)?,
            })
        })
        .optional()?)
}

/// Starts a pull recorded in activity `activity_id`; forgets the linkages of any earlier one.
pub fn start_pull(tx: &Transaction<'_>, activity_id: i64, now: &str) -> Result<i64> {
    tx.execute("DELETE FROM pull_links", [])?;
    tx.prepare_cached(
        "INSERT INTO pulls (activity_id, started_at, phase) VALUES (:activity, :now, 'links')",
    )?
    .execute(named_params! {":activity": activity_id, ":now": now})?;
    Ok(tx.last_insert_rowid())
}

/// Moves a pull's checkpoint to the next page, counting the page just read.
pub fn checkpoint(tx: &Transaction<'_>, pull: &Pull) -> Result<()> {
    const SQL: &str = "UPDATE pulls SET phase = :phase, server_id = :server, cursor = :cursor,
        pages = :pages, devices = :devices WHERE id = :id";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":phase": pull.phase.as_str(), ":server": pull.server_id, ":cursor": pull.cursor,
        ":pages": pull.pages, ":devices": pull.devices, ":id": pull.id,
    })?;
    Ok(())
}

/// Ends a pull: `done` when it read everything, `abandoned` when `sync --full` gave it up.
pub fn finish_pull(tx: &Transaction<'_>, id: i64, now: &str, done: bool) -> Result<()> {
    tx.prepare_cached(
        "UPDATE pulls SET finished_at = :now, phase = :phase, cursor = NULL WHERE id = :id",
    )?
    .execute(named_params! {
        ":now": now, ":phase": if done { "done" } else { "abandoned" }, ":id": id,
    })?;
    if done {
        tx.execute("DELETE FROM pull_links", [])?;
    }
    Ok(())
}

/// The last pull that completed: (number, finished at).
pub fn last_complete_pull(conn: &Connection) -> Result<Option<(i64, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, finished_at FROM pulls WHERE phase = 'done' ORDER BY id DESC LIMIT 1",
        )?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Records that device `serial` is on service `server_id` (a linkage the pull read).
pub fn add_link(tx: &Transaction<'_>, serial: &str, server_id: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR REPLACE INTO pull_links (serial_number, server_id) VALUES (?1, ?2)",
    )?
    .execute([serial, server_id])?;
    Ok(())
}

/// A device as sync sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncDevice {
    /// Row id.
    pub id: i64,
    /// Serial number.
    pub serial: String,
    /// Local status.
    pub status: crate::model::DeviceStatus,
    /// Local service (row id).
    pub service_id: Option<i64>,
    /// The local service's remote id, when it has one.
    pub service_remote_id: Option<String>,
    /// The local service's name.
    pub service_name: Option<String>,
    /// Waiting to be pushed.
    pub pending: bool,
    /// The service the remote had it on, as last seen.
    pub remote_server_id: Option<String>,
    /// The pull that last saw it remotely (None: never).
    pub remote_seen_pull: Option<i64>,
    /// Its enrollment status (None: never enrolled).
    pub enrollment_status: Option<crate::model::EnrollmentStatus>,
}

const SYNC_DEVICE: &str = "SELECT d.id, d.serial_number, d.status, d.service_id, s.remote_id,
        s.name, d.pending_sync, d.remote_server_id, d.remote_seen_pull, d.enrollment_status
    FROM devices d LEFT JOIN services s ON s.id = d.service_id";

fn sync_device(r: &rusqlite::Row<'_>) -> rusqlite::Result<SyncDevice> {
    Ok(SyncDevice {
        id: r.get(0)?,
        serial: r.get(1)?,
        status: r.get(2)?,
        service_id: r.get(3)?,
        service_remote_id: r.get(4)?,
        service_name: r.get(5)?,
        pending: r.get(6)?,
        remote_server_id: r.get(7)?,
        remote_seen_pull: r.get(8)?,
        enrollment_status: r.get(9)?,
    })
}

/// The statements a pull runs for every device of a page, prepared once per page and kept (a
/// cached statement is re-prepared each time it goes back to rusqlite's cache, which costs a
/// parse per device on a 100,000-device pull).
pub struct PageStatements<'c> {
    lookup: rusqlite::Statement<'c>,
    link: rusqlite::Statement<'c>,
    seen: rusqlite::Statement<'c>,
}

impl<'c> PageStatements<'c> {
    /// Prepares the statements.
    pub fn new(conn: &'c Connection) -> Result<Self> {
        let lookup = format!(
            "SELECT d.id, d.serial_number, d.status, d.service_id, s.remote_id, s.name,
                d.pending_sync, d.remote_server_id, d.remote_seen_pull, d.enrollment_status, {}
            FROM devices d LEFT JOIN services s ON s.id = d.service_id
            WHERE d.serial_number = ?1",
            crate::ledger::devices::order_columns("d.")
        );
        Ok(PageStatements {
            lookup: conn.prepare(&lookup)?,
            link: conn.prepare("SELECT server_id FROM pull_links WHERE serial_number = ?1")?,
            seen: conn.prepare(
                "UPDATE devices SET remote_seen_pull = ?2, remote_server_id = ?3 WHERE id = ?1",
            )?,
        })
    }

    /// A device and its stored order attributes, by serial.
    pub fn device(
        &mut self,
        serial: &str,
    ) -> Result<Option<(SyncDevice, crate::model::attributes::OrderAttrs)>> {
        Ok(self
            .lookup
            .query_row([serial], |r| {
                Ok((
                    sync_device(r)?,
                    crate::model::attributes::OrderAttrs::from_row(r, 10)?,
                ))
            })
            .optional()?)
    }

    /// The service the pull's linkages put device `serial` on.
    pub fn link(&mut self, serial: &str) -> Result<Option<String>> {
        Ok(self.link.query_row([serial], |r| r.get(0)).optional()?)
    }

    /// Records what the remote says of a device: seen by pull `pull`, on service `server_id`.
    pub fn mark_seen(&mut self, id: i64, pull: i64, server_id: Option<&str>) -> Result<()> {
        self.seen.execute(rusqlite::params![id, pull, server_id])?;
        Ok(())
    }
}

/// One device, by serial.
pub fn sync_device_of(conn: &Connection, serial: &str) -> Result<Option<SyncDevice>> {
    Ok(conn
        .prepare_cached(&format!("{SYNC_DEVICE} WHERE d.serial_number = ?1"))?
        .query_row([serial], sync_device)
        .optional()?)
}

/// Every device waiting to be pushed, in row order.
pub fn pending_devices(conn: &Connection) -> Result<Vec<SyncDevice>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SYNC_DEVICE} WHERE d.pending_sync = 1 ORDER BY d.id"
    ))?;
    let rows = stmt.query_map([], sync_device)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many devices wait to be pushed.
pub fn pending_count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM devices WHERE pending_sync = 1")?
        .query_row([], |r| r.get(0))?)
}

/// Marks a device as waiting to be pushed (or not), with the reason its last push failed.
pub fn set_pending(
    tx: &Transaction<'_>,
    id: i64,
    pending: bool,
    error: Option<&str>,
) -> Result<()> {
    tx.prepare_cached("UPDATE devices SET pending_sync = ?2, sync_error = ?3 WHERE id = ?1")?
        .execute(rusqlite::params![id, pending, error])?;
    Ok(())
}

/// Records the remote state of a device after a confirmed push: on `server_id` (None: none).
pub fn set_remote_server(tx: &Transaction<'_>, id: i64, server_id: Option<&str>) -> Result<()> {
    tx.prepare_cached("UPDATE devices SET remote_server_id = ?2 WHERE id = ?1")?
        .execute(rusqlite::params![id, server_id])?;
    Ok(())
}

/// Devices an earlier pull saw remotely but pull `pull` did not: Apple no longer has them.
/// Released and pending devices are left out (the push owns pending ones).
pub fn missing_after(conn: &Connection, pull: i64) -> Result<Vec<SyncDevice>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SYNC_DEVICE} WHERE d.remote_seen_pull IS NOT NULL AND d.remote_seen_pull < ?1
            AND d.status <> 'RELEASED' AND d.pending_sync = 0 ORDER BY d.id"
    ))?;
    let rows = stmt.query_map([pull], sync_device)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many devices in the organisation the remote has never returned (added locally).
pub fn local_only_count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FROM devices WHERE remote_seen_pull IS NULL AND status <> 'RELEASED'",
        )?
        .query_row([], |r| r.get(0))?)
}

/// The sync error of a device, for `device show`.
pub fn sync_error(conn: &Connection, serial: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT sync_error FROM devices WHERE serial_number = ?1")?
        .query_row([serial], |r| r.get(0))
        .optional()?
        .flatten())
}

/// Sets a service's remote id.
pub fn set_service_remote_id(tx: &Transaction<'_>, id: i64, remote_id: &str) -> Result<()> {
    tx.prepare_cached("UPDATE services SET remote_id = ?2 WHERE id = ?1")?
        .execute(rusqlite::params![id, remote_id])?;
    Ok(())
}

/// Marks a service's family defaults as changed locally, for the next sync to send.
pub fn mark_defaults_pending(tx: &Transaction<'_>, service_id: i64) -> Result<()> {
    tx.prepare_cached("UPDATE services SET defaults_pending = 1 WHERE id = ?1")?
        .execute([service_id])?;
    Ok(())
}

/// A service whose family defaults wait to be sent: row id, name, remote id, and the
/// families' API names.
pub type PendingDefaults = (i64, String, Option<String>, Vec<String>);

/// Services whose family defaults wait to be sent.
pub fn pending_defaults(conn: &Connection) -> Result<Vec<PendingDefaults>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, remote_id FROM services WHERE defaults_pending = 1 ORDER BY id",
    )?;
    let services: Vec<(i64, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let defaults = crate::ledger::defaults::list(conn)?;
    Ok(services
        .into_iter()
        .map(|(id, name, remote)| {
            let families = defaults
                .iter()
                .filter(|d| d.service_id == id)
                .map(|d| d.family.api_name().to_string())
                .collect();
            (id, name, remote, families)
        })
        .collect())
}

/// Clears a service's mark once its defaults were sent.
pub fn defaults_sent(conn: &Connection, service_id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE services SET defaults_pending = 0 WHERE id = ?1")?
        .execute([service_id])?;
    Ok(())
}

/// Every service's (row id, name, remote id).
pub fn service_ids(conn: &Connection) -> Result<Vec<(i64, String, Option<String>)>> {
    let mut stmt = conn.prepare_cached("SELECT id, name, remote_id FROM services ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A push intent: one orgDeviceActivity to send, or sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intent {
    /// Row id.
    pub id: i64,
    /// `ASSIGN_DEVICES`, `UNASSIGN_DEVICES` or `RELEASE_DEVICES`.
    pub activity_type: String,
    /// The mdmServers id it names.
    pub server_id: Option<String>,
    /// `prepared`, `sent` or `done`.
    pub state: String,
    /// When it was written (before the POST).
    pub created_at: String,
    /// The remote activity's id, once known.
    pub remote_activity_id: Option<String>,
    /// The serial numbers it names.
    pub serials: Vec<String>,
    /// Whether its activity ended (then `outcomes` holds what the log said).
    pub finished: bool,
    /// Each device's outcome in the log (`SUCCESS`, `FAILED`) and reason, when known.
    pub outcomes: Vec<(String, Option<String>, Option<String>)>,
}

/// Writes an intent before its POST; returns its id.
pub fn prepare_intent(
    tx: &Transaction<'_>,
    activity_type: &str,
    server_id: Option<&str>,
    serials: &[String],
    now: &str,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO push_intents (activity_type, server_id, state, created_at)
        VALUES (?1, ?2, 'prepared', ?3)",
    )?
    .execute(rusqlite::params![activity_type, server_id, now])?;
    let id = tx.last_insert_rowid();
    let mut stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO push_intent_devices (intent_id, serial_number) VALUES (?1, ?2)",
    )?;
    for serial in serials {
        stmt.execute(rusqlite::params![id, serial])?;
    }
    Ok(id)
}

/// Stores the remote activity id of an intent, right after its POST.
pub fn intent_sent(conn: &Connection, id: i64, remote_id: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE push_intents SET state = 'sent', remote_activity_id = ?2, sent_at = ?3
        WHERE id = ?1",
    )?
    .execute(rusqlite::params![id, remote_id, now])?;
    Ok(())
}

/// Removes an intent whose POST certainly did not reach the remote (it was refused before
/// being acted on), so that its devices are sent by the next sync.
pub fn drop_intent(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.execute("DELETE FROM push_intent_devices WHERE intent_id = ?1", [id])?;
    tx.execute("DELETE FROM push_intents WHERE id = ?1", [id])?;
    Ok(())
}

/// Records how an intent's activity ended and closes it.
pub fn intent_done(
    tx: &Transaction<'_>,
    id: i64,
    status: Option<&str>,
    sub_status: Option<&str>,
    now: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE push_intents SET state = 'done', status = ?2, sub_status = ?3, finished_at = ?4
        WHERE id = ?1",
    )?
    .execute(rusqlite::params![id, status, sub_status, now])?;
    Ok(())
}

/// Records how an intent's activity ended, keeping the intent open until its devices are
/// verified (a sync killed in between must not send them again).
pub fn intent_polled(
    tx: &Transaction<'_>,
    id: i64,
    status: Option<&str>,
    sub_status: Option<&str>,
    now: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE push_intents SET status = ?2, sub_status = ?3, finished_at = ?4 WHERE id = ?1",
    )?
    .execute(rusqlite::params![id, status, sub_status, now])?;
    Ok(())
}

/// Closes the intents whose activity ended (their devices were just verified).
pub fn close_polled_intents(tx: &Transaction<'_>) -> Result<usize> {
    Ok(tx
        .prepare_cached(
            "UPDATE push_intents SET state = 'done'
            WHERE state = 'sent' AND finished_at IS NOT NULL",
        )?
        .execute([])?)
}

/// Records one device's outcome in an intent.
pub fn intent_device(
    tx: &Transaction<'_>,
    id: i64,
    serial: &str,
    outcome: &str,
    message: Option<&str>,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE push_intent_devices SET outcome = ?3, message = ?4
        WHERE intent_id = ?1 AND serial_number = ?2",
    )?
    .execute(rusqlite::params![id, serial, outcome, message])?;
    Ok(())
}

/// Intents not yet done, oldest first.
pub fn open_intents(conn: &Connection) -> Result<Vec<Intent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, activity_type, server_id, state, created_at, remote_activity_id,
            finished_at IS NOT NULL
        FROM push_intents WHERE state <> 'done' ORDER BY id",
    )?;
    let mut intents: Vec<Intent> = stmt
        .query_map([], |r| {
            Ok(Intent {
                id: r.get(0)?,
                activity_type: r.get(1)?,
                server_id: r.get(2)?,
                state: r.get(3)?,
                created_at: r.get(4)?,
                remote_activity_id: r.get(5)?,
                serials: Vec::new(),
                finished: r.get(6)?,
                outcomes: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut serials = conn.prepare_cached(
        "SELECT serial_number, outcome, message FROM push_intent_devices WHERE intent_id = ?1
        ORDER BY serial_number",
    )?;
    for intent in &mut intents {
        intent.outcomes = serials
            .query_map([intent.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        intent.serials = intent.outcomes.iter().map(|o| o.0.clone()).collect();
    }
    Ok(intents)
}

/// How many intents were ever written (each is at most one POST).
pub fn intents_count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM push_intents")?
        .query_row([], |r| r.get(0))?)
}

/// A sync run, for `report sync`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Row id.
    pub id: i64,
    /// When it started.
    pub started_at: String,
    /// When it ended (None: it is running, or was killed).
    pub finished_at: Option<String>,
    /// `ok`, `partial`, `failed`.
    pub outcome: Option<String>,
    /// Its exit code.
    pub exit_code: Option<i64>,
    /// Its result document.
    pub summary: Option<String>,
}

/// Records the start of a sync run.
pub fn start_run(conn: &Connection, now: &str) -> Result<i64> {
    conn.prepare_cached("INSERT INTO sync_runs (started_at) VALUES (?1)")?
        .execute([now])?;
    Ok(conn.last_insert_rowid())
}

/// Records how a sync run ended.
pub fn finish_run(
    conn: &Connection,
    id: i64,
    now: &str,
    outcome: &str,
    exit_code: i32,
    summary: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE sync_runs SET finished_at = ?2, outcome = ?3, exit_code = ?4, summary = ?5
        WHERE id = ?1",
    )?
    .execute(rusqlite::params![id, now, outcome, exit_code, summary])?;
    Ok(())
}

/// The last sync run.
pub fn last_run(conn: &Connection) -> Result<Option<Run>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, started_at, finished_at, outcome, exit_code, summary FROM sync_runs
            ORDER BY id DESC LIMIT 1",
        )?
        .query_row([], |r| {
            Ok(Run {
                id: r.get(0)?,
                started_at: r.get(1)?,
                finished_at: r.get(2)?,
                outcome: r.get(3)?,
                exit_code: r.get(4)?,
                summary: r.get(5)?,
            })
        })
        .optional()?)
}
