//! SQL for what the sandbox server remembers (`sandbox serve`, migration 0007): the API
//! activities it was asked for and the access tokens it issued, so a restarted sandbox still
//! answers for them. Rows only: the rules of an activity's progress are in `src/sandbox/`.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension as _, Row, Transaction, named_params};

/// An `orgDeviceActivities` request as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiActivity {
    /// Its UUID.
    pub id: String,
    /// `ASSIGN_DEVICES`, `UNASSIGN_DEVICES` or `RELEASE_DEVICES`.
    pub activity_type: String,
    /// The `mdmServers` id asked for (not for RELEASE_DEVICES).
    pub mdm_server_id: Option<String>,
    /// The serial numbers as sent.
    pub devices: Vec<String>,
    /// Those `--activity-error-rate` fails.
    pub failing_devices: Vec<String>,
    /// When it was posted (RFC 3339, milliseconds).
    pub created_at: String,
    /// When it completes.
    pub completes_at: String,
    /// `IN_PROGRESS`, `COMPLETED` or `FAILED`.
    pub status: String,
    /// `SUBMITTED` until it ends, then how it ended.
    pub sub_status: String,
    /// When it ended.
    pub completed_at: Option<String>,
    /// The CSV log, once completed.
    pub log_csv: Option<String>,
    /// The ledger activity that applied it.
    pub activity_id: Option<i64>,
}

/// How an activity ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ending {
    /// `COMPLETED` or `FAILED`.
    pub status: String,
    /// `COMPLETED_WITH_SUCCESS`, …
    pub sub_status: String,
    /// When.
    pub completed_at: String,
    /// The CSV log (none when it FAILED).
    pub log_csv: Option<String>,
    /// The ledger activity that applied it.
    pub activity_id: Option<i64>,
}

fn json_list(text: String) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn activity_row(r: &Row<'_>) -> rusqlite::Result<ApiActivity> {
    Ok(ApiActivity {
        id: r.get("id")?,
        activity_type: r.get("activity_type")?,
        mdm_server_id: r.get("mdm_server_id")?,
        devices: json_list(r.get("devices")?)?,
        failing_devices: json_list(r.get("failing_devices")?)?,
        created_at: r.get("created_at")?,
        completes_at: r.get("completes_at")?,
        status: r.get("status")?,
        sub_status: r.get("sub_status")?,
        completed_at: r.get("completed_at")?,
        log_csv: r.get("log_csv")?,
        activity_id: r.get("activity_id")?,
    })
}

/// Records a new activity (IN_PROGRESS, SUBMITTED).
pub fn insert_activity(tx: &Transaction<'_>, a: &ApiActivity) -> Result<()> {
    const SQL: &str = "INSERT INTO sandbox_activities (id, activity_type, mdm_server_id, devices,
            failing_devices, created_at, completes_at, status, sub_status)
        VALUES (:id, :type, :server, :devices, :failing, :created, :completes, :status, :sub)";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":id": a.id,
        ":type": a.activity_type,
        ":server": a.mdm_server_id,
        ":devices": serde_json::to_string(&a.devices)?,
        ":failing": serde_json::to_string(&a.failing_devices)?,
        ":created": a.created_at,
        ":completes": a.completes_at,
        ":status": a.status,
        ":sub": a.sub_status,
    })?;
    Ok(())
}

/// The activity `id`, if there is one.
pub fn activity(conn: &Connection, id: &str) -> Result<Option<ApiActivity>> {
    const SQL: &str = "SELECT * FROM sandbox_activities WHERE id = :id";
    Ok(conn
        .prepare_cached(SQL)?
        .query_row(named_params! {":id": id}, activity_row)
        .optional()?)
}

/// The ids of the activities still in progress, those due first.
pub fn in_progress(conn: &Connection) -> Result<Vec<String>> {
    const SQL: &str = "SELECT id FROM sandbox_activities WHERE status = 'IN_PROGRESS'
        ORDER BY completes_at, id";
    let mut stmt = conn.prepare_cached(SQL)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ends the activity `id` as `ending`, if it is still in progress; returns whether it was
/// (false: another completion got there first).
pub fn finish_activity(tx: &Transaction<'_>, id: &str, ending: &Ending) -> Result<bool> {
    const SQL: &str = "UPDATE sandbox_activities SET status = :status, sub_status = :sub,
            completed_at = :at, log_csv = :log, activity_id = :activity
        WHERE id = :id AND status = 'IN_PROGRESS'";
    let n = tx.prepare_cached(SQL)?.execute(named_params! {
        ":id": id,
        ":status": ending.status,
        ":sub": ending.sub_status,
        ":at": ending.completed_at,
        ":log": ending.log_csv,
        ":activity": ending.activity_id,
    })?;
    Ok(n > 0)
}

/// An access token as stored: its digest, never the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedToken {
    /// The keyed digest of the token.
    pub token_hash: String,
    /// `business.api` or `school.api`.
    pub scope: String,
    /// When it was issued (RFC 3339).
    pub issued_at: String,
    /// When the sandbox stops accepting it.
    pub expires_at: String,
}

/// Records an issued token, and forgets those that expired before `forget_before`.
pub fn insert_token(tx: &Transaction<'_>, token: &IssuedToken, forget_before: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM sandbox_tokens WHERE expires_at < :before")?
        .execute(named_params! {":before": forget_before})?;
    const SQL: &str =
        "INSERT OR REPLACE INTO sandbox_tokens (token_hash, scope, issued_at, expires_at)
        VALUES (:hash, :scope, :issued, :expires)";
    tx.prepare_cached(SQL)?.execute(named_params! {
        ":hash": token.token_hash,
        ":scope": token.scope,
        ":issued": token.issued_at,
        ":expires": token.expires_at,
    })?;
    Ok(())
}

/// The token whose digest is `hash`, if one was issued (and not yet forgotten).
pub fn token(conn: &Connection, hash: &str) -> Result<Option<IssuedToken>> {
    const SQL: &str = "SELECT token_hash, scope, issued_at, expires_at FROM sandbox_tokens
        WHERE token_hash = :hash";
    Ok(conn
        .prepare_cached(SQL)?
        .query_row(named_params! {":hash": hash}, |r| {
            Ok(IssuedToken {
                token_hash: r.get(0)?,
                scope: r.get(1)?,
                issued_at: r.get(2)?,
                expires_at: r.get(3)?,
            })
        })
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Ledger;

    fn submitted(id: &str) -> ApiActivity {
        ApiActivity {
            id: id.to_string(),
            activity_type: "ASSIGN_DEVICES".to_string(),
            mdm_server_id: Some("0123456789ABCDEF0123456789ABCDEF".to_string()),
            devices: vec!["C02X".to_string(), "C02Y".to_string()],
            failing_devices: vec!["C02Y".to_string()],
            created_at: "2026-01-01T00:00:00.000Z".to_string(),
            completes_at: "2026-01-01T00:00:02.000Z".to_string(),
            status: "IN_PROGRESS".to_string(),
            sub_status: "SUBMITTED".to_string(),
            completed_at: None,
            log_csv: None,
            activity_id: None,
        }
    }

    /// An activity reads back as written, is listed while in progress, and ends once only.
    #[test]
    fn activities_round_trip_and_end_once() -> Result<()> {
        let mut l = Ledger::open_in_memory(jiff::Timestamp::UNIX_EPOCH)?;
        let a = submitted("a");
        l.write(false, |tx| insert_activity(tx, &a))?;
        assert_eq!(activity(l.conn(), "a")?, Some(a.clone()));
        assert_eq!(activity(l.conn(), "b")?, None);
        assert_eq!(in_progress(l.conn())?, ["a"]);
        let ending = Ending {
            status: "COMPLETED".to_string(),
            sub_status: "COMPLETED_WITH_FAILURE".to_string(),
            completed_at: "2026-01-01T00:00:02.000Z".to_string(),
            log_csv: Some("serial_number\n".to_string()),
            activity_id: None,
        };
        assert!(l.write(false, |tx| finish_activity(tx, "a", &ending))?);
        assert!(!l.write(false, |tx| finish_activity(tx, "a", &ending))?);
        let done = activity(l.conn(), "a")?.expect("a");
        assert_eq!(
            (done.status.as_str(), done.log_csv.as_deref()),
            ("COMPLETED", Some("serial_number\n"))
        );
        assert!(in_progress(l.conn())?.is_empty());
        Ok(())
    }

    /// A token is found by its digest; expired ones are forgotten when the next is issued.
    #[test]
    fn tokens_are_found_by_digest_and_forgotten_after_expiry() -> Result<()> {
        let mut l = Ledger::open_in_memory(jiff::Timestamp::UNIX_EPOCH)?;
        let old = IssuedToken {
            token_hash: "h1".to_string(),
            scope: "business.api".to_string(),
            issued_at: "2026-01-01T00:00:00Z".to_string(),
            expires_at: "2026-01-01T01:00:00Z".to_string(),
        };
        l.write(false, |tx| insert_token(tx, &old, "2026-01-01T00:00:00Z"))?;
        assert_eq!(token(l.conn(), "h1")?, Some(old.clone()));
        let new = IssuedToken {
            token_hash: "h2".to_string(),
            expires_at: "2026-01-03T01:00:00Z".to_string(),
            ..old
        };
        l.write(false, |tx| insert_token(tx, &new, "2026-01-02T00:00:00Z"))?;
        assert_eq!(token(l.conn(), "h1")?, None);
        assert!(token(l.conn(), "h2")?.is_some());
        Ok(())
    }
}
