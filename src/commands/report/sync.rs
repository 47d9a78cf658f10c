//! `abmctl report sync`: the last sync's time, outcome and counts, and what is pending — for
//! an admin checking on the nightly cron.

use anyhow::Result;
use rusqlite::Connection;
use serde::Serialize;

use crate::context::Ctx;
use crate::ledger::remote;
use crate::output::Row;

/// The sync state of a ledger.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SyncReport {
    remote: Option<String>,
    last_sync_started: Option<String>,
    last_sync_finished: Option<String>,
    last_sync_outcome: Option<String>,
    last_sync_exit_code: Option<i64>,
    last_complete_pull: Option<String>,
    unfinished_pull: bool,
    pending_changes: i64,
    unconfirmed_activities: usize,
    activities_sent: i64,
    last_sync: Option<serde_json::Value>,
}

impl Row for SyncReport {
    fn headers() -> &'static [&'static str] {
        &[
            "remote",
            "lastSyncStarted",
            "lastSyncFinished",
            "lastSyncOutcome",
            "lastSyncExitCode",
            "lastCompletePull",
            "unfinishedPull",
            "pendingChanges",
            "unconfirmedActivities",
            "activitiesSent",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            o(&self.remote),
            o(&self.last_sync_started),
            o(&self.last_sync_finished),
            o(&self.last_sync_outcome),
            self.last_sync_exit_code
                .map(|c| c.to_string())
                .unwrap_or_default(),
            o(&self.last_complete_pull),
            self.unfinished_pull.to_string(),
            self.pending_changes.to_string(),
            self.unconfirmed_activities.to_string(),
            self.activities_sent.to_string(),
        ]
    }
}

/// Runs `report sync`.
pub fn run(ctx: &Ctx, conn: &Connection) -> Result<()> {
    let run = remote::last_run(conn)?;
    let report = SyncReport {
        remote: remote::get(conn)?.map(|r| format!("{} at {}", r.client_id, r.base_url)),
        last_sync_started: run.as_ref().map(|r| r.started_at.clone()),
        last_sync_finished: run.as_ref().and_then(|r| r.finished_at.clone()),
        last_sync_outcome: run.as_ref().and_then(|r| r.outcome.clone()),
        last_sync_exit_code: run.as_ref().and_then(|r| r.exit_code),
        last_complete_pull: remote::last_complete_pull(conn)?.map(|(_, at)| at),
        unfinished_pull: remote::open_pull(conn)?.is_some(),
        pending_changes: remote::pending_count(conn)?,
        unconfirmed_activities: remote::open_intents(conn)?.len(),
        activities_sent: remote::intents_count(conn)?,
        last_sync: run
            .and_then(|r| r.summary)
            .and_then(|s| serde_json::from_str(&s).ok()),
    };
    ctx.out.record(&report)
}
