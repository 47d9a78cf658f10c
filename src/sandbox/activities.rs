//! `orgDeviceActivities` (§6 of the reference): `POST` validates the request as Apple does and
//! answers 201 IN_PROGRESS/SUBMITTED at once; the activity then moves through Apple's subStatus
//! sequence (PRE_PROCESSING, PROCESSING, POST_PROCESSING) over `--activity-delay`, applies its
//! change to the ledger through `rules::assignment` as one abmctl activity in one transaction
//! (so the sandbox follows Apple's rules exactly as `assign`/`unassign`/`release` do), and ends
//! COMPLETED with a per-device CSV log at `downloadUrl`. Unknown serials are accepted and fail
//! per device in the log, as real users report.
//!
//! Activities are kept in the ledger (`ledger::sandbox`), so a client that crashed after its
//! POST, or a sandbox restarted, can still look an activity and its CSV log up, for Apple's 30
//! days; one whose completion time passed while no sandbox ran is applied when next read.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use anyhow::Result;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;

use super::Sandbox;
use super::routes::{Failure, authorize, fields, find_service, json, log, with_ledger_write};
use crate::activity::{self, Flow, Ran};
use crate::api::activity_log::{self, LogLine};
use crate::api::wire::{
    Document, Links, OrgDeviceActivity, OrgDeviceActivityAttributes,
    OrgDeviceActivityCreateRequest, Resource,
};
use crate::api::{self, Scope, types};
use crate::ledger::Ledger;
use crate::ledger::sandbox::{self as stored, ApiActivity, Ending};
use crate::model::{format_timestamp, parse_serial};
use crate::rules::arrival::Stamp;
use crate::rules::assignment::{self, Change, Selection, Target};

type Shared = Arc<Sandbox>;

/// The most devices one activity may name (§6.1 leaves it undocumented; 1000 as every list).
pub const MAX_DEVICES: usize = 1000;

/// How long Apple keeps an activity for `GET` (§6.2).
const RETENTION_DAYS: i64 = 30;

const IN_PROGRESS: &str = "IN_PROGRESS";
const SUBMITTED: &str = "SUBMITTED";

fn body_error(status: StatusCode, code: &'static str, pointer: &str, detail: String) -> Failure {
    Failure::pointer(status, code, pointer, detail)
}

/// `POST /v1/orgDeviceActivities`.
pub(super) async fn create(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let request: OrgDeviceActivityCreateRequest = serde_json::from_str(&body).map_err(|e| {
            body_error(
                StatusCode::BAD_REQUEST,
                "ENTITY_ERROR.INVALID",
                "",
                format!("The request body is not an OrgDeviceActivityCreateRequest: {e}"),
            )
        })?;
        let data = request.data;
        if data.kind != types::ORG_DEVICE_ACTIVITIES {
            return Err(body_error(
                StatusCode::CONFLICT,
                "ENTITY_ERROR.INCORRECT_TYPE",
                "/data/type",
                "The type must be 'orgDeviceActivities'".to_string(),
            ));
        }
        let school = sandbox.config.scope == Scope::School;
        let change = match data.attributes.activity_type.as_str() {
            "ASSIGN_DEVICES" => Change::Reassign,
            "UNASSIGN_DEVICES" => Change::Unassign,
            "RELEASE_DEVICES" if !school => Change::Release,
            other => {
                let known = [
                    "ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE",
                    "UPDATE_MDM_MIGRATION_DEADLINE",
                    "CANCEL_MDM_MIGRATION",
                ];
                let detail = if known.contains(&other) {
                    format!("The sandbox does not run '{other}' activities")
                } else {
                    format!(
                        "'{}' is not a valid activityType{}",
                        other.chars().take(64).collect::<String>(),
                        if school {
                            " for Apple School Manager"
                        } else {
                            ""
                        }
                    )
                };
                return Err(body_error(
                    StatusCode::BAD_REQUEST,
                    "ENTITY_ERROR.ATTRIBUTE.INVALID",
                    "/data/attributes/activityType",
                    detail,
                ));
            }
        };
        let serials: Vec<String> = (data.relationships.devices.data.iter())
            .map(|l| l.id.clone())
            .collect();
        let pointer = "/data/relationships/devices/data";
        if serials.is_empty() || serials.len() > MAX_DEVICES {
            return Err(body_error(
                StatusCode::BAD_REQUEST,
                "ENTITY_ERROR.RELATIONSHIP.INVALID",
                pointer,
                format!(
                    "An activity names 1 to {MAX_DEVICES} devices, not {}",
                    serials.len()
                ),
            ));
        }
        let mdm_server_id = match change {
            Change::Release => None,
            _ => {
                let Some(server) = data.relationships.mdm_server else {
                    return Err(body_error(
                        StatusCode::BAD_REQUEST,
                        "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
                        "/data/relationships/mdmServer",
                        "This activityType needs the mdmServer relationship".to_string(),
                    ));
                };
                let id = server.data.id.clone();
                let config = sandbox.config.clone();
                let found = tokio::task::spawn_blocking(move || {
                    let ledger = Ledger::open_read_only(&config.ledger, config.busy_timeout)?;
                    find_service(ledger.conn(), &id)
                })
                .await;
                match found {
                    Ok(Ok(Some(_))) => Some(server.data.id),
                    Ok(Ok(None)) => {
                        return Err(body_error(
                            StatusCode::CONFLICT,
                            "ENTITY_ERROR.RELATIONSHIP.INVALID",
                            "/data/relationships/mdmServer/data/id",
                            format!(
                                "There is no device management service with id '{}'",
                                server.data.id.chars().take(64).collect::<String>()
                            ),
                        ));
                    }
                    Ok(Err(e)) => return Err(Failure::internal(&e)),
                    Err(e) => return Err(Failure::internal(&anyhow::anyhow!("{e}"))),
                }
            }
        };
        // `--activity-error-rate`: the devices that will fail are drawn now, in request order,
        // so a run is repeatable from --fault-seed and a restart does not draw them again.
        let rate = sandbox.faults.faults.activity_error_rate;
        let failing: Vec<String> = match sandbox.faults.draws.lock() {
            Ok(mut draws) => serials
                .iter()
                .filter(|_| draws.chance(rate))
                .cloned()
                .collect(),
            Err(_) => Vec::new(),
        };
        let now = jiff::Timestamp::now();
        let delay = jiff::SignedDuration::try_from(sandbox.config.activity_delay)
            .unwrap_or(jiff::SignedDuration::MAX);
        let completes = now.checked_add(delay).unwrap_or(jiff::Timestamp::MAX);
        let row = ApiActivity {
            id: uuid::Uuid::new_v4().to_string(),
            activity_type: data.attributes.activity_type.clone(),
            mdm_server_id,
            devices: serials,
            failing_devices: failing,
            created_at: stamp(now),
            completes_at: stamp(completes),
            status: IN_PROGRESS.to_string(),
            sub_status: SUBMITTED.to_string(),
            completed_at: None,
            log_csv: None,
            activity_id: None,
        };
        let id = row.id.clone();
        let attributes = shown(&sandbox.config.base_url, &row, now);
        with_ledger_write(&sandbox, move |tx| stored::insert_activity(tx, &row)).await?;
        tokio::spawn(complete_when_due(
            Arc::clone(&sandbox),
            id.clone(),
            completes,
        ));
        let base = &sandbox.config.base_url;
        let data = resource(base, &id, attributes);
        let links = Links::to_self(format!("{base}/v1/orgDeviceActivities"));
        Ok(json(StatusCode::CREATED, &Document { data, links }))
    }
    .await;
    log(&sandbox, "POST /v1/orgDeviceActivities", answer)
}

fn resource(base: &str, id: &str, attributes: OrgDeviceActivityAttributes) -> OrgDeviceActivity {
    Resource {
        kind: types::ORG_DEVICE_ACTIVITIES.to_string(),
        id: id.to_string(),
        attributes: Some(attributes),
        relationships: None,
        links: Some(Links::to_self(format!(
            "{base}/v1/orgDeviceActivities/{id}"
        ))),
    }
}

/// A time as stored: RFC 3339 UTC with milliseconds (activities last from milliseconds to
/// minutes, and the subStatus is read from the clock).
fn stamp(at: Timestamp) -> String {
    format!("{at:.3}")
}

fn parse_stamp(text: &str) -> Timestamp {
    text.parse().unwrap_or(Timestamp::UNIX_EPOCH)
}

/// The subStatus of an activity in progress at `now`: Apple's sequence (§6.2) spread evenly
/// over its run, from SUBMITTED to POST_PROCESSING (building the CSV).
fn sub_status_at(created: Timestamp, completes: Timestamp, now: Timestamp) -> &'static str {
    let span = completes.duration_since(created).as_secs_f64();
    let done = now.duration_since(created).as_secs_f64();
    if span <= 0.0 || done >= span {
        return "POST_PROCESSING";
    }
    match (4.0 * done / span) as u32 {
        0 => SUBMITTED,
        1 => "PRE_PROCESSING",
        2 => "PROCESSING",
        _ => "POST_PROCESSING",
    }
}

/// What `GET` shows of `row` at `now`: `completedDateTime` and `downloadUrl` once it ended.
fn shown(base: &str, row: &ApiActivity, now: Timestamp) -> OrgDeviceActivityAttributes {
    let created = parse_stamp(&row.created_at);
    let in_progress = row.status == IN_PROGRESS;
    OrgDeviceActivityAttributes {
        status: Some(row.status.clone()),
        sub_status: Some(if in_progress {
            sub_status_at(created, parse_stamp(&row.completes_at), now).to_string()
        } else {
            row.sub_status.clone()
        }),
        created_date_time: Some(format_timestamp(created)),
        completed_date_time: (row.completed_at.as_deref())
            .map(|at| format_timestamp(parse_stamp(at))),
        download_url: (row.log_csv.is_some())
            .then(|| format!("{base}/__sandbox/activityLogs/{}.csv", row.id)),
    }
}

/// Whether `row` is past Apple's 30 days of retention (§6.2): such an activity is not found.
fn expired(row: &ApiActivity, now: Timestamp) -> bool {
    let retention = jiff::SignedDuration::from_hours(24 * RETENTION_DAYS);
    parse_stamp(&row.created_at)
        .checked_add(retention)
        .is_ok_and(|until| until <= now)
}

/// Completes the activities still in progress when the server starts: each when it is due,
/// those that fell due while no sandbox ran at once.
pub(super) async fn resume(sandbox: &Shared) -> Result<()> {
    let config = sandbox.config.clone();
    let pending = tokio::task::spawn_blocking(move || {
        let ledger = Ledger::open_read_only(&config.ledger, config.busy_timeout)?;
        let ids = stored::in_progress(ledger.conn())?;
        let mut due = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(row) = stored::activity(ledger.conn(), &id)? {
                due.push((id, parse_stamp(&row.completes_at)));
            }
        }
        Ok::<_, anyhow::Error>(due)
    })
    .await??;
    for (id, due) in pending {
        tokio::spawn(complete_when_due(Arc::clone(sandbox), id, due));
    }
    Ok(())
}

/// Waits until `due`, then applies the activity: Apple applies an activity whether or not
/// anyone polls it.
async fn complete_when_due(sandbox: Shared, id: String, due: Timestamp) {
    let wait = Timestamp::now().duration_until(due);
    if let Ok(wait) = std::time::Duration::try_from(wait) {
        tokio::time::sleep(wait).await;
    }
    complete_now(&sandbox, &id).await;
}

/// Applies the activity `id` if it is still in progress, logging how it ended.
async fn complete_now(sandbox: &Shared, id: &str) {
    let (kept, owned) = (Arc::clone(sandbox), id.to_string());
    let ended = tokio::task::spawn_blocking(move || complete(&kept, &owned)).await;
    let out = &sandbox.config.out;
    match ended {
        Ok(Ok(Some(ending))) => {
            out.status(format!(
                "activity {id}: {} {}",
                ending.status, ending.sub_status
            ));
        }
        Ok(Ok(None)) => {}
        Ok(Err(e)) => out.status(format!("activity {id} could not be applied: {e:#}")),
        Err(e) => out.status(format!("activity {id} could not be applied: {e}")),
    }
}

/// The change an activity type makes.
fn change_of(activity_type: &str) -> Option<Change> {
    match activity_type {
        "ASSIGN_DEVICES" => Some(Change::Reassign),
        "UNASSIGN_DEVICES" => Some(Change::Unassign),
        "RELEASE_DEVICES" => Some(Change::Release),
        _ => None,
    }
}

/// Applies the activity `id` to the ledger, if it is still in progress: one abmctl activity,
/// in the same transaction as the activity's ending and CSV log, so a crash leaves it either
/// applied and ended or neither. How it ended, or None if it had already.
fn complete(sandbox: &Sandbox, id: &str) -> Result<Option<Ending>> {
    // One completion at a time in this server; the IN_PROGRESS check under the write lock
    // below keeps another process's completion out as well.
    let _one = sandbox.completing.lock();
    let config = &sandbox.config;
    let mut ledger = Ledger::open(&config.ledger, config.busy_timeout)?;
    let Some(row) = stored::activity(ledger.conn(), id)? else {
        return Ok(None);
    };
    if row.status != IN_PROGRESS {
        return Ok(None);
    }
    let Some(change) = change_of(&row.activity_type) else {
        anyhow::bail!("unknown activity type {}", row.activity_type);
    };
    let failing: HashSet<&String> = row.failing_devices.iter().collect();
    let mut selection = Selection {
        named: true,
        ..Selection::default()
    };
    for serial in row.devices.iter().filter(|s| !failing.contains(s)) {
        match parse_serial(serial) {
            Ok(s) => selection.serials.push((s.value, "request".to_string())),
            Err(why) => selection
                .invalid
                .push((serial.clone(), "request".to_string(), why)),
        }
    }
    let now = Timestamp::now();
    let at = format_timestamp(now);
    let parameters = serde_json::json!({
        "orgDeviceActivity": id,
        "devices": row.devices.len(),
    });
    let request = activity::Request {
        action: change.action(),
        actor: &config.actor,
        now: &at,
        parameters,
        dry_run: false,
    };
    let mut ending = None;
    let ran = activity::run(&mut ledger, request, |tx, activity_id, result| {
        if stored::activity(tx, id)?.is_none_or(|r| r.status != IN_PROGRESS) {
            return Ok(Flow::NothingToDo);
        }
        // The service is looked up again: it may have been unlinked since the POST.
        let target = match (change, &row.mdm_server_id) {
            (Change::Reassign, Some(server)) => {
                find_service(tx, server)?.map(|s| Target::Service(s.id, s.name))
            }
            (Change::Reassign, None) => None,
            _ => Some(Target::None),
        };
        let failures = match &target {
            Some(target) if !selection.serials.is_empty() || !selection.invalid.is_empty() => {
                let request = assignment::Request {
                    change,
                    selection: &selection,
                    target,
                    skip_invalid: true,
                    stamp: Stamp {
                        now: &at,
                        activity_id,
                    },
                };
                assignment::run(tx, &request, result, &mut |_, _| {})?;
                let mut failures: HashMap<String, String> = HashMap::new();
                for p in &result.problems {
                    if let Some(serial) = &p.serial_number {
                        failures.insert(serial.clone(), p.message.clone());
                    }
                }
                failures
            }
            Some(_) => HashMap::new(),
            None => (row.devices.iter())
                .map(|s| {
                    let why = "the device management service no longer exists".to_string();
                    (s.clone(), why)
                })
                .collect(),
        };
        let lines = log_lines(&row, &failing, &failures);
        let this = ended(&lines, &at, Some(activity_id));
        stored::finish_activity(tx, id, &this)?;
        ending = Some(this);
        Ok(if result.requested == 0 {
            Flow::NothingToDo
        } else {
            Flow::Done
        })
    })?;
    match (ran, ending) {
        (Ran::Committed(_), ending) => Ok(ending),
        // Nothing was applied (every device failed, or another completion won): the ending is
        // recorded on its own, with no ledger activity.
        (_, Some(mut ending)) => {
            ending.activity_id = None;
            let won =
                ledger.transact(|tx| Ok((stored::finish_activity(tx, id, &ending)?, true)))?;
            Ok(won.then_some(ending))
        }
        (_, None) => Ok(None),
    }
}

/// One log line per device asked for, in request order.
fn log_lines(
    row: &ApiActivity,
    injected: &HashSet<&String>,
    failures: &HashMap<String, String>,
) -> Vec<LogLine> {
    (row.devices.iter())
        .map(|serial| {
            let key = parse_serial(serial).map_or(serial.clone(), |s| s.value);
            let failure = if injected.contains(serial) {
                Some("INTERNAL_ERROR (injected by --activity-error-rate)")
            } else {
                (failures.get(&key).or_else(|| failures.get(serial))).map(String::as_str)
            };
            LogLine {
                serial_number: serial.clone(),
                operation_status: if failure.is_some() {
                    "FAILED"
                } else {
                    "SUCCESS"
                }
                .to_string(),
                operation_substatus: failure.unwrap_or("COMPLETED").to_string(),
            }
        })
        .collect()
}

/// How an activity with these log lines ended: every device failed is COMPLETED_WITH_ERROR,
/// some COMPLETED_WITH_FAILURE (partial failure, §6.2).
fn ended(lines: &[LogLine], at: &str, activity_id: Option<i64>) -> Ending {
    let failed = lines
        .iter()
        .filter(|l| l.operation_status != "SUCCESS")
        .count();
    let sub = if failed == 0 {
        "COMPLETED_WITH_SUCCESS"
    } else if failed == lines.len() {
        "COMPLETED_WITH_ERROR"
    } else {
        "COMPLETED_WITH_FAILURE"
    };
    match activity_log::write(lines) {
        Ok(csv) => Ending {
            status: "COMPLETED".to_string(),
            sub_status: sub.to_string(),
            completed_at: at.to_string(),
            log_csv: Some(csv),
            activity_id,
        },
        Err(_) => Ending {
            status: "FAILED".to_string(),
            sub_status: "COMPLETED_POST_PROCESSING_FAILED".to_string(),
            completed_at: at.to_string(),
            log_csv: None,
            activity_id,
        },
    }
}

/// The activity `id` as it is now: one past its completion time is applied first (its
/// sandbox was down, or its timer is late); one past retention is not found.
async fn current(sandbox: &Shared, id: &str) -> Result<ApiActivity, Failure> {
    let read = |sandbox: &Shared| {
        let (config, id) = (sandbox.config.clone(), id.to_string());
        async move {
            let found = tokio::task::spawn_blocking(move || {
                let ledger = Ledger::open_read_only(&config.ledger, config.busy_timeout)?;
                stored::activity(ledger.conn(), &id)
            })
            .await;
            match found {
                Ok(Ok(row)) => Ok(row),
                Ok(Err(e)) => Err(Failure::internal(&e)),
                Err(e) => Err(Failure::internal(&anyhow::anyhow!("{e}"))),
            }
        }
    };
    let now = Timestamp::now();
    let mut row = read(sandbox).await?;
    if let Some(r) = &row
        && r.status == IN_PROGRESS
        && parse_stamp(&r.completes_at) <= now
    {
        complete_now(sandbox, id).await;
        row = read(sandbox).await?;
    }
    row.filter(|r| !expired(r, now))
        .ok_or_else(|| Failure::not_found(types::ORG_DEVICE_ACTIVITIES, id))
}

/// `GET /v1/orgDeviceActivities/{id}`.
pub(super) async fn get(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let fields = fields(
            &params,
            types::ORG_DEVICE_ACTIVITIES,
            api::ORG_DEVICE_ACTIVITY_FIELDS,
        )?;
        let row = current(&sandbox, &id).await?;
        let want = |name: &str| fields.as_ref().is_none_or(|f| f.contains(name));
        let base = &sandbox.config.base_url;
        let a = shown(base, &row, Timestamp::now());
        let attributes = OrgDeviceActivityAttributes {
            status: a.status.filter(|_| want("status")),
            sub_status: a.sub_status.filter(|_| want("subStatus")),
            created_date_time: a.created_date_time.filter(|_| want("createdDateTime")),
            completed_date_time: a.completed_date_time.filter(|_| want("completedDateTime")),
            download_url: a.download_url.filter(|_| want("downloadUrl")),
        };
        let data = resource(base, &row.id, attributes);
        let links = Links::to_self(format!("{base}/v1/orgDeviceActivities/{}", row.id));
        Ok(json(StatusCode::OK, &Document { data, links }))
    }
    .await;
    log(&sandbox, "GET /v1/orgDeviceActivities/{id}", answer)
}

/// The CSV log behind `downloadUrl` (Apple's is a presigned URL: no bearer token needed).
pub(super) async fn download(State(sandbox): State<Shared>, Path(file): Path<String>) -> Response {
    let id = file.strip_suffix(".csv").unwrap_or(&file);
    let answer = match current(&sandbox, id).await {
        Ok(ApiActivity {
            log_csv: Some(text),
            ..
        }) => Ok((StatusCode::OK, [(header::CONTENT_TYPE, "text/csv")], text).into_response()),
        Ok(_) => Err(Failure::not_found("activityLog", id)),
        Err(e) => Err(e),
    };
    log(&sandbox, "GET /__sandbox/activityLogs/{id}", answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: i64) -> Timestamp {
        Timestamp::from_millisecond(1_800_000_000_000 + ms).unwrap()
    }

    /// The subStatus follows Apple's sequence over the run, whatever its length.
    #[test]
    fn sub_status_follows_the_clock() {
        let seen: Vec<&str> = [0, 240, 260, 510, 760, 1000, 5000]
            .iter()
            .map(|&ms| sub_status_at(at(0), at(1000), at(ms)))
            .collect();
        assert_eq!(
            seen,
            [
                "SUBMITTED",
                "SUBMITTED",
                "PRE_PROCESSING",
                "PROCESSING",
                "POST_PROCESSING",
                "POST_PROCESSING",
                "POST_PROCESSING"
            ]
        );
        assert_eq!(sub_status_at(at(0), at(0), at(0)), "POST_PROCESSING");
    }

    /// Found for 30 days, not after.
    #[test]
    fn retention_is_thirty_days() {
        let row = ApiActivity {
            id: "a".into(),
            activity_type: "ASSIGN_DEVICES".into(),
            mdm_server_id: None,
            devices: vec![],
            failing_devices: vec![],
            created_at: stamp(at(0)),
            completes_at: stamp(at(0)),
            status: "COMPLETED".into(),
            sub_status: "COMPLETED_WITH_SUCCESS".into(),
            completed_at: Some(stamp(at(0))),
            log_csv: None,
            activity_id: None,
        };
        let day = 86_400_000;
        assert!(!expired(&row, at(30 * day - 1)));
        assert!(expired(&row, at(30 * day)));
    }

    /// Injected failures and rule failures are FAILED lines; the rest succeed; the ending
    /// names how many failed.
    #[test]
    fn log_lines_and_ending() {
        let row = ApiActivity {
            devices: vec!["A1".into(), "B2".into(), "C3".into()],
            failing_devices: vec!["B2".into()],
            ..ApiActivity {
                id: "a".into(),
                activity_type: "ASSIGN_DEVICES".into(),
                mdm_server_id: None,
                devices: vec![],
                failing_devices: vec![],
                created_at: String::new(),
                completes_at: String::new(),
                status: IN_PROGRESS.into(),
                sub_status: SUBMITTED.into(),
                completed_at: None,
                log_csv: None,
                activity_id: None,
            }
        };
        let injected: HashSet<&String> = row.failing_devices.iter().collect();
        let none = HashMap::new();
        let lines = log_lines(&row, &injected, &none);
        let statuses: Vec<&str> = lines.iter().map(|l| l.operation_status.as_str()).collect();
        assert_eq!(statuses, ["SUCCESS", "FAILED", "SUCCESS"]);
        assert_eq!(
            ended(&lines, "t", None).sub_status,
            "COMPLETED_WITH_FAILURE"
        );
        let all: HashMap<String, String> = [("A1", "x"), ("C3", "y")]
            .map(|(k, v)| (k.into(), v.into()))
            .into();
        let lines = log_lines(&row, &injected, &all);
        assert_eq!(ended(&lines, "t", None).sub_status, "COMPLETED_WITH_ERROR");
        assert_eq!(
            ended(&log_lines(&row, &HashSet::new(), &none), "t", None).sub_status,
            "COMPLETED_WITH_SUCCESS"
        );
    }
}
