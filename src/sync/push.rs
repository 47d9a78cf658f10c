//! The push: queued changes sent as orgDeviceActivities of at most 1000 devices, grouped by
//! activity type and service; polled to a terminal status; the per-device log read; then each
//! device verified against the remote's state before it stops being pending.
//!
//! Never twice: an intent is written (committed) before its POST and its activity id right
//! after it. An intent whose POST got no readable answer stays `prepared`: its devices are not
//! sent again until a complete pull has shown the remote's state after the intent's settle
//! time (`ABMCTL_INTENT_SETTLE_SECS`, default 15 minutes: Apple's activities take minutes).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

use anyhow::Result;

use super::{Recorder, Session, WouldSend, query};
use crate::api::activity_log;
use crate::api::wire::{
    Document, Linkage, OrgDeviceActivity, OrgDeviceActivityCreateData,
    OrgDeviceActivityCreateRelationships, OrgDeviceActivityCreateRequest, ToMany, ToOne,
};
use crate::api::{Scope, types};
use crate::client::{Rejected, Unsure};
use crate::ledger::activities::NewItem;
use crate::ledger::remote::{self, SyncDevice};
use crate::result::Outcome;
use crate::rules::assignment::state_label;
use crate::rules::mirror::{self, Needed, Pending, RemoteView};

/// Devices per activity (every list's limit; Apple documents none for activities).
const BATCH: usize = 1000;

/// How long a `prepared` intent (POST sent, answer lost) is left to settle, unless
/// `ABMCTL_INTENT_SETTLE_SECS` says otherwise.
pub const DEFAULT_SETTLE: Duration = Duration::from_secs(15 * 60);

/// The settle time of unsure intents.
pub fn settle_time() -> Duration {
    std::env::var("ABMCTL_INTENT_SETTLE_SECS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(DEFAULT_SETTLE, Duration::from_secs)
}

/// What a device sent this run came back as.
#[derive(Debug, Clone)]
pub(super) struct Sent {
    /// The activity type.
    activity_type: String,
    /// The service it named.
    server_id: Option<String>,
    /// SUCCESS, FAILED, or None when the log did not mention it.
    outcome: Option<String>,
    /// The log's reason, or the activity's end.
    message: Option<String>,
}

/// An activity sent this run: (intent, remote id, type, service, serials).
type SentNow = (i64, String, String, Option<String>, Vec<String>);

/// What an intent polled by an earlier sync said of its devices.
fn restored(intent: &remote::Intent) -> Vec<(String, Sent)> {
    intent
        .outcomes
        .iter()
        .map(|(serial, outcome, message)| {
            let sent = Sent {
                activity_type: intent.activity_type.clone(),
                server_id: intent.server_id.clone(),
                outcome: outcome.clone(),
                message: message.clone(),
            };
            (serial.clone(), sent)
        })
        .collect()
}

/// Runs the push. `verify` reads the remote state of what was sent right after (a push
/// without a pull: `sync --push-only`, `--push`).
pub(super) fn run(s: &mut Session<'_>, verify: bool) -> Result<()> {
    let mut summary = s.report.push.take().unwrap_or_default();
    // 1. Intents an earlier sync left: poll those sent; leave the unsure ones to the pull.
    let open = remote::open_intents(s.ledger.conn())?;
    let mut covered: HashSet<String> = HashSet::new();
    for intent in &open {
        covered.extend(intent.serials.iter().cloned());
        if s.dry_run {
            continue;
        }
        if intent.finished {
            // Polled to its end by a sync that stopped before verifying it: verify it now.
            s.sent.extend(restored(intent));
        } else if let Some(remote_id) = &intent.remote_activity_id {
            s.ctx.out.status(format!(
                "Checking activity {remote_id} sent by an earlier sync ({} devices).",
                intent.serials.len()
            ));
            poll(
                s,
                intent.id,
                remote_id,
                &intent.activity_type,
                intent.server_id.as_deref(),
                &intent.serials,
            )?;
        } else {
            s.ctx.out.warn(format!(
                "an earlier sync sent an activity for {} devices but did not get its answer; \
                 they are not sent again until a pull shows what Apple Business did",
                intent.serials.len()
            ));
        }
    }
    // 2. Family defaults changed locally (`mdm default set/unset`): PATCH each service.
    push_defaults(s)?;
    // 3. What the pending devices need.
    let pending = remote::pending_devices(s.ledger.conn())?;
    let school = s.scope == Scope::School;
    let mut groups: BTreeMap<(String, Option<String>), Vec<String>> = BTreeMap::new();
    let mut settled_now: Vec<(SyncDevice, Result<(), String>)> = Vec::new();
    for d in &pending {
        if covered.contains(&d.serial) {
            continue;
        }
        let needed = mirror::needed(&Pending {
            status: d.status,
            service_remote_id: d.service_remote_id.as_deref(),
            service_name: d.service_name.as_deref(),
            remote_server_id: d.remote_server_id.as_deref(),
            seen_remotely: d.remote_seen_pull.is_some(),
            school,
        });
        match (&needed, needed.activity()) {
            (_, Some((kind, server))) => groups
                .entry((kind.to_string(), server.map(str::to_string)))
                .or_default()
                .push(d.serial.clone()),
            (Needed::Impossible(why), None) => settled_now.push((d.clone(), Err(why.clone()))),
            _ => settled_now.push((d.clone(), Ok(()))),
        }
    }
    if !settled_now.is_empty() {
        s.write(|r| {
            for (d, outcome) in &settled_now {
                match outcome {
                    Ok(()) => confirm(r, d, "Apple Business already has it so")?,
                    Err(why) => fail(r, d, why)?,
                }
            }
            Ok(())
        })?;
    }
    // 4. Send, in batches.
    let mut sent_now: Vec<SentNow> = Vec::new();
    for ((kind, server), serials) in groups {
        for chunk in serials.chunks(BATCH) {
            if s.dry_run {
                summary.would_send.push(WouldSend {
                    activity_type: kind.clone(),
                    mdm_server: server.clone(),
                    serial_numbers: chunk.to_vec(),
                });
                continue;
            }
            if let Some(sent) = send(s, &kind, server.as_deref(), chunk, &mut summary)? {
                sent_now.push((sent.0, sent.1, kind.clone(), server.clone(), chunk.to_vec()));
            }
        }
    }
    // 5. Poll what was sent to its end and read its log.
    for (intent, remote_id, kind, server, serials) in &sent_now {
        poll(s, *intent, remote_id, kind, server.as_deref(), serials)?;
    }
    // 6. Without a pull to follow, verify now.
    if verify && !s.dry_run && !s.sent.is_empty() {
        verify_sent(s)?;
    }
    if s.dry_run {
        let n: usize = summary
            .would_send
            .iter()
            .map(|w| w.serial_numbers.len())
            .sum();
        s.result.summary.push(format!(
            "Would send {} for {}.",
            crate::result::plural(summary.would_send.len() as u64, "activity", "activities"),
            crate::result::plural(n as u64, "device", "devices")
        ));
    } else if summary.activities > 0 {
        s.result.summary.push(format!(
            "Pushed {} in {}.",
            crate::result::plural(summary.devices, "device", "devices"),
            crate::result::plural(summary.activities, "activity", "activities")
        ));
    }
    s.report.push = Some(summary);
    Ok(())
}

/// Sends the family defaults of each service marked by `mdm default set/unset` as
/// `PATCH /v1/mdmServers/{id}` with its whole list (so sending it again is harmless). A service
/// the remote does not have, or a refusal, is a problem (exit 3) and stays marked.
fn push_defaults(s: &mut Session<'_>) -> Result<()> {
    for (id, name, remote_id, families) in remote::pending_defaults(s.ledger.conn())? {
        let Some(remote_id) = remote_id else {
            s.result.failed += 1;
            s.result.problems.push(crate::result::Problem {
                serial_number: None,
                line: None,
                field: Some("defaultProductFamilies".to_string()),
                message: format!(
                    "the defaults of {name} cannot be sent: the service is not in Apple \
                     Business yet"
                ),
            });
            continue;
        };
        if s.dry_run {
            s.result.summary.push(format!(
                "Would set the default families of {name} to [{}].",
                families.join(", ")
            ));
            continue;
        }
        let body = crate::api::wire::MdmServerUpdateRequest {
            data: crate::api::wire::MdmServerUpdateData {
                kind: types::MDM_SERVERS.to_string(),
                id: remote_id.clone(),
                attributes: crate::api::wire::MdmServerAttributes {
                    default_product_families: Some(families.clone()),
                    ..Default::default()
                },
            },
        };
        let path = format!(
            "/v1/mdmServers/{}",
            url::form_urlencoded::byte_serialize(remote_id.as_bytes()).collect::<String>()
        );
        let sent: Result<Document<crate::api::wire::MdmServer>> =
            s.client.patch(&path, &body, "an mdmServer");
        match sent {
            Ok(_) => {
                remote::defaults_sent(s.ledger.conn(), id)?;
                s.result.summary.push(format!(
                    "Set the default families of {name} in Apple Business to [{}].",
                    families.join(", ")
                ));
            }
            Err(e) if e.is::<Rejected>() => {
                s.result.failed += 1;
                s.result.problems.push(crate::result::Problem {
                    serial_number: None,
                    line: None,
                    field: Some("defaultProductFamilies".to_string()),
                    message: format!("the defaults of {name}: {e:#}"),
                });
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Writes an intent, POSTs it and stores its id: Some((intent, remote id)) when sent. A POST
/// the server refused closes the intent and fails its devices; a POST with no readable answer
/// leaves it prepared (unsure); any other failure removes the intent (nothing was sent) and
/// stops the sync.
fn send(
    s: &mut Session<'_>,
    kind: &str,
    server: Option<&str>,
    serials: &[String],
    summary: &mut super::PushSummary,
) -> Result<Option<(i64, String)>> {
    let intent = s.write(|r| remote::prepare_intent(r.tx, kind, server, serials, r.now))?;
    crate::testing::hook("push-prepared");
    let body = OrgDeviceActivityCreateRequest {
        data: OrgDeviceActivityCreateData {
            kind: types::ORG_DEVICE_ACTIVITIES.to_string(),
            attributes: crate::api::wire::OrgDeviceActivityCreateAttributes {
                activity_type: kind.to_string(),
            },
            relationships: OrgDeviceActivityCreateRelationships {
                devices: ToMany {
                    data: serials
                        .iter()
                        .map(|id| Linkage {
                            kind: types::ORG_DEVICES.to_string(),
                            id: id.clone(),
                        })
                        .collect(),
                },
                mdm_server: server.map(|id| ToOne {
                    data: Linkage {
                        kind: types::MDM_SERVERS.to_string(),
                        id: id.to_string(),
                    },
                }),
            },
        },
    };
    let answer: Result<Document<OrgDeviceActivity>> =
        s.client
            .post("/v1/orgDeviceActivities", &body, "an orgDeviceActivity");
    match answer {
        Ok(doc) => {
            crate::testing::hook("push-posted");
            let id = doc.data.id;
            let now = s.now();
            remote::intent_sent(s.ledger.conn(), intent, &id, &now)?;
            summary.activities += 1;
            summary.devices += serials.len() as u64;
            s.ctx.out.trace(format!(
                "sent {kind} for {} devices as activity {id}",
                serials.len()
            ));
            Ok(Some((intent, id)))
        }
        Err(e) if e.is::<Unsure>() => {
            summary.activities += 1;
            summary.devices += serials.len() as u64;
            s.ctx.out.warn(format!(
                "{e:#}; its {} devices wait until a pull shows what Apple Business did",
                serials.len()
            ));
            Ok(None)
        }
        Err(e) if e.is::<Rejected>() => {
            let reason = format!("{e:#}");
            let devices: Vec<SyncDevice> = serials
                .iter()
                .filter_map(|serial| remote::sync_device_of(s.ledger.conn(), serial).transpose())
                .collect::<Result<_>>()?;
            s.write(|r| {
                remote::intent_done(r.tx, intent, Some("REJECTED"), None, r.now)?;
                for d in &devices {
                    fail(r, d, &reason)?;
                }
                Ok(())
            })?;
            Ok(None)
        }
        Err(e) => {
            // Nothing was acted on (a 429 past --max-wait, 5xx after retries, an auth
            // failure): the intent goes, so the devices are sent by the next sync.
            s.write(|r| remote::drop_intent(r.tx, intent))?;
            Err(e)
        }
    }
}

/// Polls an activity until it ends, reads its log, and records each device's outcome.
fn poll(
    s: &mut Session<'_>,
    intent: i64,
    remote_id: &str,
    kind: &str,
    server: Option<&str>,
    serials: &[String],
) -> Result<()> {
    let path = format!(
        "/v1/orgDeviceActivities/{}?{}",
        url::form_urlencoded::byte_serialize(remote_id.as_bytes()).collect::<String>(),
        query(&[(
            "fields[orgDeviceActivities]",
            "status,subStatus,completedDateTime,downloadUrl"
        )])
    );
    let mut delay = Duration::from_millis(500);
    let attributes = loop {
        let doc: Result<Document<OrgDeviceActivity>> = s.client.get(&path, "an orgDeviceActivity");
        let doc = match doc {
            Ok(d) => d,
            Err(e)
                if e.downcast_ref::<Rejected>()
                    .is_some_and(|r| r.status == 404) =>
            {
                // Gone (Apple keeps activities 30 days): the pull will show what it did.
                s.write(|r| remote::intent_done(r.tx, intent, Some("NOT_FOUND"), None, r.now))?;
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let a = doc.data.attributes.unwrap_or_default();
        match a.status.as_deref() {
            Some("COMPLETED" | "FAILED" | "STOPPED") => break a,
            _ => {
                let why = format!(
                    "activity {remote_id} is {} ({})",
                    a.status.as_deref().unwrap_or("without a status"),
                    a.sub_status.as_deref().unwrap_or("-")
                );
                s.client.wait(delay, &why)?;
                delay = (delay * 2).min(Duration::from_secs(15));
            }
        }
    };
    let status = attributes.status.clone().unwrap_or_default();
    let sub_status = attributes.sub_status.clone();
    let mut lines: HashMap<String, activity_log::LogLine> = HashMap::new();
    if let Some(url) = &attributes.download_url {
        match s
            .client
            .get_text(url)
            .and_then(|text| activity_log::read(&text))
        {
            Ok(log) => {
                let asked: HashSet<&str> = serials.iter().map(String::as_str).collect();
                let mut strangers = 0;
                for line in log {
                    let serial = line.serial_number.trim().to_ascii_uppercase();
                    if asked.contains(serial.as_str()) {
                        lines.insert(serial, line);
                    } else {
                        strangers += 1;
                    }
                }
                if strangers > 0 {
                    s.ctx.out.warn(format!(
                        "the log of activity {remote_id} names {strangers} serial numbers that \
                         were not sent; they are ignored, and the devices sent are verified \
                         against Apple Business's state"
                    ));
                }
            }
            Err(e) => s.ctx.out.warn(format!(
                "cannot read the log of activity {remote_id} ({e:#}); its devices are verified \
                 against Apple Business's state"
            )),
        }
    }
    let ended = format!(
        "the activity ended {status}{}",
        sub_status
            .as_deref()
            .map(|x| format!(" ({x})"))
            .unwrap_or_default()
    );
    for serial in serials {
        let line = lines.get(serial);
        let (outcome, message) = match line {
            Some(l) if l.operation_status.eq_ignore_ascii_case("SUCCESS") => {
                (Some("SUCCESS".to_string()), None)
            }
            Some(l) => (
                Some("FAILED".to_string()),
                Some(format!(
                    "Apple Business: {}",
                    crate::output::printable(&l.operation_substatus)
                )),
            ),
            None if status != "COMPLETED" => (Some("FAILED".to_string()), Some(ended.clone())),
            None => (None, None),
        };
        s.sent.insert(
            serial.clone(),
            Sent {
                activity_type: kind.to_string(),
                server_id: server.map(str::to_string),
                outcome,
                message,
            },
        );
    }
    let sent: Vec<(String, Sent)> = serials
        .iter()
        .filter_map(|x| s.sent.get(x).map(|v| (x.clone(), v.clone())))
        .collect();
    s.write(|r| {
        for (serial, x) in &sent {
            if let Some(outcome) = &x.outcome {
                remote::intent_device(r.tx, intent, serial, outcome, x.message.as_deref())?;
            }
        }
        remote::intent_polled(r.tx, intent, Some(&status), sub_status.as_deref(), r.now)
    })?;
    Ok(())
}

/// Verifies what was sent this run by reading the linkages of the services involved (a push
/// with no pull after it).
fn verify_sent(s: &mut Session<'_>) -> Result<()> {
    let servers: HashSet<String> = s
        .sent
        .values()
        .filter_map(|x| x.server_id.clone())
        .collect();
    let mut on: HashMap<String, String> = HashMap::new();
    let mut servers: Vec<String> = servers.into_iter().collect();
    servers.sort();
    for server in &servers {
        let mut cursor: Option<String> = None;
        let mut seen: HashSet<String> = HashSet::new();
        loop {
            let path = super::pull::links_path(server, cursor.as_deref());
            let (page, next) = super::pull::fetch_links(&mut s.client, &path, &mut seen)?;
            for l in &page.data {
                on.insert(l.id.to_ascii_uppercase(), server.clone());
            }
            match next {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
    }
    let sent = std::mem::take(&mut s.sent);
    let mut devices = Vec::new();
    for serial in sent.keys() {
        if let Some(d) = remote::sync_device_of(s.ledger.conn(), serial)? {
            devices.push(d);
        }
    }
    s.write(|r| {
        for d in &devices {
            let Some(x) = sent.get(&d.serial) else {
                continue;
            };
            let view = match x.activity_type.as_str() {
                "RELEASE_DEVICES" if x.outcome.as_deref() == Some("SUCCESS") => RemoteView::Gone,
                "RELEASE_DEVICES" => RemoteView::On(d.remote_server_id.clone()),
                _ => RemoteView::On(on.get(&d.serial).cloned()),
            };
            settle(r, d, &view, Some(x))?;
        }
        remote::close_polled_intents(r.tx)?;
        Ok(())
    })
}

/// After a complete pull (`pull` its number), settles every pending device against what the
/// pull saw, and closes the unsure intents it answers.
pub(super) fn verify_after_pull(
    r: &mut Recorder<'_, '_>,
    pull: i64,
    pull_started: &str,
    sent: &HashMap<String, Sent>,
) -> Result<()> {
    // What the activities of earlier syncs said, for those polled but never verified.
    let mut sent = sent.clone();
    for intent in remote::open_intents(r.tx)?.iter().filter(|i| i.finished) {
        for (serial, x) in restored(intent) {
            sent.entry(serial).or_insert(x);
        }
    }
    for d in remote::pending_devices(r.tx)? {
        let view = if d.remote_seen_pull == Some(pull) {
            RemoteView::On(d.remote_server_id.clone())
        } else {
            RemoteView::Gone
        };
        settle(r, &d, &view, sent.get(&d.serial))?;
    }
    remote::close_polled_intents(r.tx)?;
    let settle_secs = settle_time().as_secs() as i64;
    for intent in remote::open_intents(r.tx)? {
        if intent.remote_activity_id.is_some() {
            continue;
        }
        let mut answered = true;
        for serial in &intent.serials {
            if remote::sync_device_of(r.tx, serial)?.is_some_and(|d| d.pending) {
                answered = false;
            }
        }
        let created: jiff::Timestamp = intent.created_at.parse()?;
        let started: jiff::Timestamp = pull_started.parse()?;
        let settled = started.as_second() >= created.as_second() + settle_secs;
        if answered || settled {
            let status = if answered { "CONFIRMED" } else { "UNCONFIRMED" };
            remote::intent_done(r.tx, intent.id, Some(status), None, r.now)?;
            if !answered {
                r.settled.resend += 1;
            }
        }
    }
    Ok(())
}

/// Confirms a pending device when the remote shows it as the ledger wants; otherwise, when it
/// was sent this run, fails it with the reason; otherwise it stays queued.
fn settle(
    r: &mut Recorder<'_, '_>,
    d: &SyncDevice,
    view: &RemoteView,
    sent: Option<&Sent>,
) -> Result<()> {
    if mirror::confirmed(d.status, d.service_remote_id.as_deref(), view) {
        let server = match view {
            RemoteView::On(s) => s.clone(),
            _ => None,
        };
        remote::set_remote_server(r.tx, d.id, server.as_deref())?;
        return confirm(r, d, "confirmed in Apple Business");
    }
    let Some(sent) = sent else {
        return Ok(());
    };
    // Changed again locally since it was sent: the new change waits for the next push.
    let still_wanted = match sent.activity_type.as_str() {
        "ASSIGN_DEVICES" => {
            d.status == crate::model::DeviceStatus::Assigned
                && d.service_remote_id == sent.server_id
        }
        "UNASSIGN_DEVICES" => d.status == crate::model::DeviceStatus::Unassigned,
        _ => d.status == crate::model::DeviceStatus::Released,
    };
    if !still_wanted {
        return Ok(());
    }
    let why = match (&sent.outcome, &sent.message) {
        (_, Some(m)) => m.clone(),
        _ => format!(
            "Apple Business reported no failure, but {}",
            match view {
                RemoteView::Gone => "no longer lists the device".to_string(),
                RemoteView::On(Some(s)) => format!("has it on service {s}"),
                RemoteView::On(None) => "has it on no service".to_string(),
                RemoteView::OnUnknown => "has it on another service".to_string(),
            }
        ),
    };
    fail(r, d, &why)
}

/// A pending device the remote now has as the ledger says.
fn confirm(r: &mut Recorder<'_, '_>, d: &SyncDevice, message: &str) -> Result<()> {
    remote::set_pending(r.tx, d.id, false, None)?;
    r.settled.confirmed += 1;
    let state = state_label(d.status, d.service_name.as_deref());
    let item = NewItem {
        serial_number: Some(&d.serial),
        before: Some("queued"),
        after: Some(&state),
        message: Some(message),
        ..Default::default()
    };
    r.item(Outcome::Changed, &item)
}

/// A pending device the remote did not take: it stays pending, with the reason.
fn fail(r: &mut Recorder<'_, '_>, d: &SyncDevice, why: &str) -> Result<()> {
    remote::set_pending(r.tx, d.id, true, Some(why))?;
    r.settled.failed += 1;
    let state = state_label(d.status, d.service_name.as_deref());
    let item = NewItem {
        serial_number: Some(&d.serial),
        before: Some("queued"),
        after: Some(&state),
        message: Some(why),
        ..Default::default()
    };
    r.problem(Some(&d.serial), None, why.to_string());
    r.item(Outcome::Failed, &item)
}
