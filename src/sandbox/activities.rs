//! `orgDeviceActivities` (§6 of the reference): `POST` validates the request as Apple does and
//! answers 201 IN_PROGRESS/SUBMITTED at once; the activity then moves through Apple's subStatus
//! sequence (PRE_PROCESSING, PROCESSING, POST_PROCESSING) over `--activity-delay`, applies its
//! change to the ledger through `rules::assignment` as one abmctl activity in one transaction
//! (so the sandbox follows Apple's rules exactly as `assign`/`unassign`/`release` do), and ends
//! COMPLETED with a per-device CSV log at `downloadUrl`. Unknown serials are accepted and fail
//! per device in the log, as real users report.
//!
//! Activities are kept in memory for the server's life, so a client that crashed after its POST
//! can look its activity up.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Result;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::routes::{Failure, authorize, fields, find_service, json, log};
use super::{Config, Sandbox};
use crate::activity::{self, Flow, Ran};
use crate::api::activity_log::{self, LogLine};
use crate::api::wire::{
    Document, Links, OrgDeviceActivity, OrgDeviceActivityAttributes,
    OrgDeviceActivityCreateRequest, Resource,
};
use crate::api::{self, Scope, types};
use crate::ledger::Ledger;
use crate::model::{format_timestamp, parse_serial};
use crate::rules::arrival::Stamp;
use crate::rules::assignment::{self, Change, Selection, Target};

type Shared = Arc<Sandbox>;

/// The most devices one activity may name (§6.1 leaves it undocumented; 1000 as every list).
pub const MAX_DEVICES: usize = 1000;

/// An activity the sandbox was asked for.
#[derive(Debug, Clone, Default)]
pub struct Activity {
    /// Its attributes now.
    pub attributes: OrgDeviceActivityAttributes,
    /// Its CSV log, once COMPLETED.
    pub log: Option<String>,
}

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
        authorize(&sandbox, &headers)?;
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
        let target = match change {
            Change::Release => Target::None,
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
                let service = match found {
                    Ok(Ok(Some(s))) => s,
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
                };
                match change {
                    Change::Unassign => Target::None,
                    _ => Target::Service(service.id, service.name),
                }
            }
        };
        let id = uuid::Uuid::new_v4().to_string();
        let attributes = OrgDeviceActivityAttributes {
            status: Some("IN_PROGRESS".to_string()),
            sub_status: Some("SUBMITTED".to_string()),
            created_date_time: Some(format_timestamp(jiff::Timestamp::now())),
            ..Default::default()
        };
        if let Ok(mut all) = sandbox.activities.lock() {
            all.insert(
                id.clone(),
                Activity {
                    attributes: attributes.clone(),
                    log: None,
                },
            );
        }
        tokio::spawn(progress(
            Arc::clone(&sandbox),
            id.clone(),
            change,
            target,
            serials,
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

fn update(sandbox: &Sandbox, id: &str, change: impl FnOnce(&mut Activity)) {
    if let Ok(mut all) = sandbox.activities.lock()
        && let Some(activity) = all.get_mut(id)
    {
        change(activity);
    }
}

/// Moves an activity through Apple's subStatus sequence, applies it, and completes it.
async fn progress(
    sandbox: Shared,
    id: String,
    change: Change,
    target: Target,
    serials: Vec<String>,
) {
    let step = sandbox.config.activity_delay / 4;
    for sub in ["PRE_PROCESSING", "PROCESSING", "POST_PROCESSING"] {
        tokio::time::sleep(step).await;
        update(&sandbox, &id, |a| {
            a.attributes.sub_status = Some(sub.to_string())
        });
    }
    tokio::time::sleep(step).await;
    // `--activity-error-rate`: a share of the devices fail before the change, so the ledger
    // and the log agree.
    let rate = sandbox.faults.faults.activity_error_rate;
    let (failing, serials): (Vec<String>, Vec<String>) = match sandbox.faults.draws.lock() {
        Ok(mut draws) => serials.into_iter().partition(|_| draws.chance(rate)),
        Err(_) => (Vec::new(), serials),
    };
    let config = sandbox.config.clone();
    let activity_id = id.clone();
    let applied = tokio::task::spawn_blocking(move || {
        let mut lines = if serials.is_empty() {
            Vec::new()
        } else {
            apply(&config, &activity_id, change, &target, &serials)?
        };
        lines.extend(failing.into_iter().map(|serial| LogLine {
            serial_number: serial,
            operation_status: "FAILED".to_string(),
            operation_substatus: "INTERNAL_ERROR (injected by --activity-error-rate)".to_string(),
        }));
        Ok::<_, anyhow::Error>(lines)
    })
    .await;
    let base = sandbox.config.base_url.clone();
    let (status, sub_status, log) = match applied {
        Ok(Ok(lines)) => {
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
            ("COMPLETED", sub, activity_log::write(&lines).ok())
        }
        Ok(Err(e)) => {
            sandbox
                .config
                .out
                .status(format!("activity {id} failed: {e:#}"));
            ("FAILED", "COMPLETED_POST_PROCESSING_FAILED", None)
        }
        Err(e) => {
            sandbox
                .config
                .out
                .status(format!("activity {id} failed: {e}"));
            ("FAILED", "COMPLETED_POST_PROCESSING_FAILED", None)
        }
    };
    sandbox
        .config
        .out
        .status(format!("activity {id}: {status} {sub_status}"));
    update(&sandbox, &id, |a| {
        a.attributes.status = Some(status.to_string());
        a.attributes.sub_status = Some(sub_status.to_string());
        a.attributes.completed_date_time = Some(format_timestamp(jiff::Timestamp::now()));
        if log.is_some() {
            a.attributes.download_url = Some(format!("{base}/__sandbox/activityLogs/{id}.csv"));
        }
        a.log = log;
    });
}

/// Applies an activity to the ledger as one abmctl activity (skipping what Apple's rules
/// refuse, per device): one log line per device asked for.
fn apply(
    config: &Config,
    activity_uuid: &str,
    change: Change,
    target: &Target,
    serials: &[String],
) -> Result<Vec<LogLine>> {
    let mut ledger = Ledger::open(&config.ledger, config.busy_timeout)?;
    let mut selection = Selection {
        named: true,
        ..Selection::default()
    };
    for serial in serials {
        match parse_serial(serial) {
            Ok(s) => selection.serials.push((s.value, "request".to_string())),
            Err(why) => selection
                .invalid
                .push((serial.clone(), "request".to_string(), why)),
        }
    }
    let now = format_timestamp(jiff::Timestamp::now());
    let parameters = serde_json::json!({
        "orgDeviceActivity": activity_uuid,
        "devices": serials.len(),
    });
    let request = activity::Request {
        action: change.action(),
        actor: &config.actor,
        now: &now,
        parameters,
        dry_run: false,
    };
    let ran = activity::run(&mut ledger, request, |tx, activity_id, result| {
        let request = assignment::Request {
            change,
            selection: &selection,
            target,
            skip_invalid: true,
            stamp: Stamp {
                now: &now,
                activity_id,
            },
        };
        assignment::run(tx, &request, result, &mut |_, _| {})?;
        Ok(if result.requested == 0 {
            Flow::NothingToDo
        } else {
            Flow::Done
        })
    })?;
    let result = match ran {
        Ran::Committed(r) | Ran::DryRun(r) | Ran::Refused(r) | Ran::NothingToDo(r) => r,
    };
    let mut failures: HashMap<String, String> = HashMap::new();
    for p in &result.problems {
        if let Some(serial) = &p.serial_number {
            failures.insert(serial.clone(), p.message.clone());
        }
    }
    Ok(serials
        .iter()
        .map(|serial| {
            let key = parse_serial(serial).map_or(serial.clone(), |s| s.value);
            let failure = failures.get(&key).or_else(|| failures.get(serial));
            LogLine {
                serial_number: serial.clone(),
                operation_status: if failure.is_some() {
                    "FAILED"
                } else {
                    "SUCCESS"
                }
                .to_string(),
                operation_substatus: failure.cloned().unwrap_or_else(|| "COMPLETED".to_string()),
            }
        })
        .collect())
}

/// `GET /v1/orgDeviceActivities/{id}`.
pub(super) async fn get(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let answer = (|| {
        authorize(&sandbox, &headers)?;
        let fields = fields(
            &params,
            types::ORG_DEVICE_ACTIVITIES,
            api::ORG_DEVICE_ACTIVITY_FIELDS,
        )?;
        let found = sandbox
            .activities
            .lock()
            .ok()
            .and_then(|all| all.get(&id).cloned());
        let Some(activity) = found else {
            return Err(Failure::not_found(types::ORG_DEVICE_ACTIVITIES, &id));
        };
        let want = |name: &str| fields.as_ref().is_none_or(|f| f.contains(name));
        let a = activity.attributes;
        let attributes = OrgDeviceActivityAttributes {
            status: a.status.filter(|_| want("status")),
            sub_status: a.sub_status.filter(|_| want("subStatus")),
            created_date_time: a.created_date_time.filter(|_| want("createdDateTime")),
            completed_date_time: a.completed_date_time.filter(|_| want("completedDateTime")),
            download_url: a.download_url.filter(|_| want("downloadUrl")),
        };
        let base = &sandbox.config.base_url;
        let data = resource(base, &id, attributes);
        let links = Links::to_self(format!("{base}/v1/orgDeviceActivities/{id}"));
        Ok(json(StatusCode::OK, &Document { data, links }))
    })();
    log(&sandbox, "GET /v1/orgDeviceActivities/{id}", answer)
}

/// The CSV log behind `downloadUrl` (Apple's is a presigned URL: no bearer token needed).
pub(super) async fn download(State(sandbox): State<Shared>, Path(file): Path<String>) -> Response {
    let id = file.strip_suffix(".csv").unwrap_or(&file);
    let found = sandbox
        .activities
        .lock()
        .ok()
        .and_then(|all| all.get(id).and_then(|a| a.log.clone()));
    let answer = match found {
        Some(text) => {
            Ok((StatusCode::OK, [(header::CONTENT_TYPE, "text/csv")], text).into_response())
        }
        None => Err(Failure::not_found("activityLog", id)),
    };
    log(&sandbox, "GET /__sandbox/activityLogs/{id}", answer)
}
