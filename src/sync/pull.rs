//! The pull: all services, each service's device linkages, all devices — pages of 1000, only
//! the fields used, cursor paging to the end — each page committed with the checkpoint of the
//! next. A completed pull releases the devices the remote no longer lists and verifies the
//! pending ones (`super::verify`).

use std::collections::{HashMap, HashSet};

use anyhow::{Result, bail};
use serde_json::value::RawValue;

use super::{Recorder, Session, next_cursor, query};
use crate::api::wire::{LinkagesResponse, ListDocument, MdmServersResponse};
use crate::api::{MAX_LIMIT, types};
use crate::error::TemporaryError;
use crate::ledger::devices::{self, Arrival};
use crate::ledger::remote::{self, Phase, Pull};
use crate::ledger::{defaults, services};
use crate::model::{DeviceStatus, EnrollmentStatus, ProductFamily};
use crate::result::Outcome;
use crate::rules::assignment::state_label;
use crate::rules::mirror::{self, Local, Pulled, RemoteView};

/// The device attributes a pull asks for: those the ledger keeps.
const DEVICE_FIELDS: &str = "serialNumber,addedToOrgDateTime,deviceModel,productFamily,\
productType,deviceCapacity,partNumber,orderNumber,color,status,orderDateTime,imei,meid,eid,\
purchaseSourceId,purchaseSourceType,wifiMacAddress,bluetoothMacAddress,ethernetMacAddress";

/// The service attributes a pull asks for (defaultProductFamilies is Business 2.1+).
const SERVER_FIELDS: &str = "serverName,serverType,defaultProductFamilies";
/// …and without it, for a server that refuses that field.
const SERVER_FIELDS_BASIC: &str = "serverName,serverType";

/// A remote service, as the pull uses it.
#[derive(Debug, Clone)]
struct RemoteService {
    id: String,
    name: String,
    families: Option<Vec<String>>,
}

/// Runs the pull: resumes an unfinished one unless `full`.
pub(super) fn run(s: &mut Session<'_>, full: bool) -> Result<()> {
    let mut summary = super::PullSummary::default();
    let open = remote::open_pull(s.ledger.conn())?;
    let mut pull = match open {
        Some(p) if !full => {
            summary.resumed = true;
            s.ctx.out.status(format!(
                "Resuming the pull started {} (page {} done).",
                p.started_at, p.pages
            ));
            p
        }
        other => {
            if let Some(p) = other {
                let id = p.id;
                s.write(|r| remote::finish_pull(r.tx, id, r.now, false))?;
            }
            let started = s.write(|r| {
                let activity = r.activity()?;
                let id = remote::start_pull(r.tx, activity, r.now)?;
                Ok((id, activity, r.now.to_string()))
            })?;
            Pull {
                id: started.0,
                activity_id: started.1,
                started_at: started.2,
                phase: Phase::Links,
                server_id: None,
                cursor: None,
                pages: 0,
                devices: 0,
            }
        }
    };
    let activity = pull.activity_id;
    // A dry run's pull is rolled back page by page: it starts from nothing each time.
    let services = read_services(s, &mut summary)?;
    let map = link_services(s, &services, activity, &mut summary)?;
    let bar = s.ctx.out.progress(0, "pulling");
    if pull.phase == Phase::Links {
        read_links(s, &mut pull, &services, activity, &mut summary)?;
    }
    read_devices(s, &mut pull, &map, activity, &mut summary, &bar)?;
    bar.finish_and_clear();
    let pull_id = pull.id;
    let started = pull.started_at.clone();
    let sent = std::mem::take(&mut s.sent);
    s.write(|r| {
        r.resume(activity)?;
        let released = release_missing(r, pull_id)?;
        summary.released = released;
        super::push::verify_after_pull(r, pull_id, &started, &sent)?;
        remote::finish_pull(r.tx, pull_id, r.now, true)?;
        summary.local_only = remote::local_only_count(r.tx)? as u64;
        Ok(())
    })?;
    summary.complete = true;
    let sentence = format!(
        "Pulled {} from Apple Business: {} added, {} updated, {} released{}.",
        crate::result::plural(summary.devices, "device", "devices"),
        summary.added,
        summary.updated,
        summary.released,
        if summary.local_only > 0 {
            format!("; {} only in the ledger left alone", summary.local_only)
        } else {
            String::new()
        }
    );
    s.result.summary.push(sentence);
    s.report.pull = Some(summary);
    Ok(())
}

/// `GET /v1/mdmServers`, every page.
fn read_services(
    s: &mut Session<'_>,
    summary: &mut super::PullSummary,
) -> Result<Vec<RemoteService>> {
    let mut fields = SERVER_FIELDS;
    let mut cursor: Option<String> = None;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    loop {
        let mut q = vec![
            ("limit", MAX_LIMIT.to_string()),
            ("fields[mdmServers]", fields.to_string()),
        ];
        if let Some(c) = &cursor {
            q.push(("cursor", c.clone()));
        }
        let path = format!("/v1/mdmServers?{}", query_owned(&q));
        let fetched = fetch_page(
            &mut s.client,
            &path,
            "a list of mdmServers",
            &mut seen,
            |p: &MdmServersResponse| next_cursor(&p.meta.paging, p.links.next.as_deref()),
        );
        let (page, next) = match fetched {
            Ok(p) => p,
            Err(e)
                if fields == SERVER_FIELDS
                    && e.downcast_ref::<crate::client::Rejected>()
                        .is_some_and(|r| r.status == 400) =>
            {
                // An API before 2.1 does not know defaultProductFamilies.
                fields = SERVER_FIELDS_BASIC;
                continue;
            }
            Err(e) => return Err(e),
        };
        summary.pages += 1;
        for server in page.data {
            if server.kind != types::MDM_SERVERS {
                bail!(TemporaryError(format!(
                    "GET {path}: an item of type {:?} in a list of mdmServers",
                    crate::model::echo(&server.kind)
                )));
            }
            let attrs = server.attributes.unwrap_or_default();
            let name = attrs
                .server_name
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| server.id.clone());
            out.push(RemoteService {
                id: server.id,
                name: name.trim().to_string(),
                families: attrs.default_product_families,
            });
        }
        match next {
            Some(c) => cursor = Some(c),
            None => break,
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    summary.services = out.len() as u64;
    Ok(out)
}

fn query_owned(pairs: &[(&str, String)]) -> String {
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    query(&borrowed)
}

/// Matches remote services to local ones (by remote id, then by name), links the new ones and
/// mirrors `defaultProductFamilies` into the family defaults. Returns remote id → local row id.
fn link_services(
    s: &mut Session<'_>,
    remote_services: &[RemoteService],
    activity: i64,
    summary: &mut super::PullSummary,
) -> Result<HashMap<String, i64>> {
    let (map, linked) = s.write(|r| {
        r.resume(activity)?;
        let mut map = HashMap::new();
        let mut linked = 0;
        let local = remote::service_ids(r.tx)?;
        for service in remote_services {
            let by_id = local
                .iter()
                .find(|(_, _, rid)| rid.as_deref() == Some(&service.id));
            let by_name = || {
                let key = services::name_key(&service.name);
                local
                    .iter()
                    .find(|(_, name, rid)| rid.is_none() && services::name_key(name) == key)
            };
            let id = match by_id.or_else(by_name) {
                Some((id, _, rid)) => {
                    if rid.is_none() {
                        remote::set_service_remote_id(r.tx, *id, &service.id)?;
                    }
                    *id
                }
                None => {
                    let name = free_name(r.tx, &service.name)?;
                    let now: jiff::Timestamp = r.now.parse()?;
                    let expires =
                        crate::model::format_timestamp(crate::rules::services::token_expiry(now)?);
                    let new = services::NewService::named(&name, r.now, &expires);
                    let id = services::insert(r.tx, &new, r.now)?;
                    remote::set_service_remote_id(r.tx, id, &service.id)?;
                    let message = format!("linked: Apple Business has the service {name}");
                    let item = crate::ledger::activities::NewItem {
                        message: Some(&message),
                        ..Default::default()
                    };
                    r.item(Outcome::Changed, &item)?;
                    linked += 1;
                    id
                }
            };
            map.insert(service.id.clone(), id);
        }
        // Defaults: only when every service said which families it takes (Business 2.1+), and
        // none changed locally waits to be sent (`mdm default set` with a remote set).
        let local_changes = !remote::pending_defaults(r.tx)?.is_empty();
        if !local_changes
            && !remote_services.is_empty()
            && remote_services.iter().all(|s| s.families.is_some())
        {
            let mut wanted: HashMap<ProductFamily, i64> = HashMap::new();
            for service in remote_services {
                for family in service.families.iter().flatten() {
                    if let Ok(f) = family.parse::<ProductFamily>() {
                        wanted.insert(f, map[&service.id]);
                    }
                }
            }
            let current: HashMap<ProductFamily, i64> = defaults::list(r.tx)?
                .into_iter()
                .map(|d| (d.family, d.service_id))
                .collect();
            for (family, service) in &wanted {
                if current.get(family) != Some(service) {
                    defaults::set(r.tx, *family, *service, r.now)?;
                }
            }
            for family in current.keys() {
                if !wanted.contains_key(family) {
                    defaults::unset(r.tx, *family)?;
                }
            }
        }
        Ok((map, linked))
    })?;
    summary.services_linked = linked;
    Ok(map)
}

/// A name for a service new to the ledger: the remote's, or with ` (2)`… when a local service
/// without a remote id already has it.
fn free_name(tx: &rusqlite::Transaction<'_>, name: &str) -> Result<String> {
    let mut candidate = name.to_string();
    let mut n = 2;
    while services::find(tx, &candidate)?.is_some() {
        candidate = format!("{name} ({n})");
        n += 1;
    }
    Ok(candidate)
}

/// The linkages of each service, from the checkpoint on.
fn read_links(
    s: &mut Session<'_>,
    pull: &mut Pull,
    services: &[RemoteService],
    activity: i64,
    summary: &mut super::PullSummary,
) -> Result<()> {
    let start = match &pull.server_id {
        Some(id) => services.iter().position(|x| &x.id == id).unwrap_or(0),
        None => 0,
    };
    for (i, service) in services.iter().enumerate().skip(start) {
        if pull.server_id.as_deref() != Some(&service.id) {
            pull.server_id = Some(service.id.clone());
            pull.cursor = None;
        }
        let mut seen: HashSet<String> = HashSet::new();
        loop {
            let path = links_path(&service.id, pull.cursor.as_deref());
            let (page, next) = fetch_links(&mut s.client, &path, &mut seen)?;
            for linkage in &page.data {
                if linkage.kind != types::ORG_DEVICES {
                    bail!(TemporaryError(format!(
                        "GET {path}: a linkage of type {:?} among a service's devices",
                        crate::model::echo(&linkage.kind)
                    )));
                }
            }
            summary.pages += 1;
            pull.pages += 1;
            match &next {
                Some(c) => pull.cursor = Some(c.clone()),
                None => match services.get(i + 1) {
                    Some(following) => {
                        pull.server_id = Some(following.id.clone());
                        pull.cursor = None;
                    }
                    None => {
                        pull.phase = Phase::Devices;
                        pull.server_id = None;
                        pull.cursor = None;
                    }
                },
            }
            let server = service.id.clone();
            let checkpoint = pull.clone();
            s.write(|r| {
                r.resume(activity)?;
                for linkage in &page.data {
                    if let Ok(serial) = crate::model::parse_serial(&linkage.id) {
                        remote::add_link(r.tx, &serial.value, &server)?;
                    }
                }
                remote::checkpoint(r.tx, &checkpoint)
            })?;
            if next.is_none() {
                break;
            }
        }
    }
    if services.is_empty() {
        pull.phase = Phase::Devices;
    }
    Ok(())
}

/// The path of a service's page of device linkages at `cursor`.
pub(super) fn links_path(server: &str, cursor: Option<&str>) -> String {
    let mut q = vec![("limit", MAX_LIMIT.to_string())];
    if let Some(c) = cursor {
        q.push(("cursor", c.to_string()));
    }
    format!(
        "/v1/mdmServers/{}/relationships/devices?{}",
        url::form_urlencoded::byte_serialize(server.as_bytes()).collect::<String>(),
        query_owned(&q)
    )
}

/// GETs a page of device linkages and its next cursor (see [`fetch_page`]).
pub(super) fn fetch_links(
    client: &mut crate::client::Client,
    path: &str,
    seen: &mut HashSet<String>,
) -> Result<(LinkagesResponse, Option<String>)> {
    fetch_page(
        client,
        path,
        "a list of device linkages",
        seen,
        |p: &LinkagesResponse| next_cursor(&p.meta.paging, p.links.next.as_deref()),
    )
}

/// GETs one page; a cursor the server already sent in this list is asked for again once
/// (a server that repeats a cursor), then is an error, never a loop.
fn fetch_page<T: serde::de::DeserializeOwned>(
    client: &mut crate::client::Client,
    path: &str,
    what: &str,
    seen: &mut HashSet<String>,
    next_of: impl Fn(&T) -> Option<String>,
) -> Result<(T, Option<String>)> {
    for _ in 0..2 {
        let page: T = client.get(path, what)?;
        let next = next_of(&page);
        match &next {
            Some(c) if seen.contains(c) => {
                client.trace(format!(
                    "GET {path}: the next cursor repeats an earlier one; asking again"
                ));
                continue;
            }
            Some(c) => {
                seen.insert(c.clone());
            }
            None => {}
        }
        return Ok((page, next));
    }
    bail!(TemporaryError(format!(
        "GET {path}: the server keeps sending a cursor it sent before; stopping rather than \
         looping (the pull is saved: the next sync resumes here)"
    )))
}

/// A page of `GET /v1/orgDevices`, items kept raw for the api-json reader.
type DevicePage = ListDocument<Box<RawValue>>;

fn device_cursor(p: &DevicePage) -> Option<String> {
    next_cursor(&p.meta.paging, p.links.next.as_deref())
}

/// The path of the device page at `cursor`.
fn devices_path(cursor: Option<&str>) -> String {
    let mut q = vec![
        ("limit", MAX_LIMIT.to_string()),
        ("fields[orgDevices]", DEVICE_FIELDS.to_string()),
    ];
    if let Some(c) = cursor {
        q.push(("cursor", c.to_string()));
    }
    format!("/v1/orgDevices?{}", query_owned(&q))
}

/// The organisation's devices, from the checkpoint on. While a page is written, the next one
/// is already being fetched, on another thread: the pull then takes about as long as the
/// slower of the two, not their sum.
fn read_devices(
    s: &mut Session<'_>,
    pull: &mut Pull,
    map: &HashMap<String, i64>,
    activity: i64,
    summary: &mut super::PullSummary,
    bar: &indicatif::ProgressBar,
) -> Result<()> {
    let mut seen: HashSet<String> = HashSet::new();
    let names = services::names(s.ledger.conn())?;
    let remote_of: HashMap<i64, String> = map.iter().map(|(k, v)| (*v, k.clone())).collect();
    let what = "a list of orgDevices";
    let mut path = devices_path(pull.cursor.as_deref());
    let mut current = fetch_page(&mut s.client, &path, what, &mut seen, device_cursor)?;
    loop {
        let (page, next) = current;
        // Decode the whole page before writing any of it: a malformed page changes nothing.
        let mut rows = Vec::with_capacity(page.data.len());
        for (i, item) in page.data.iter().enumerate() {
            let raw = crate::formats::decode_resource(item.get(), i as u32).map_err(|e| {
                let field = e.field.map(|f| format!("{f}: ")).unwrap_or_default();
                TemporaryError(format!(
                    "GET {path}: {}: {field}{}",
                    e.path.map(|p| p.to_string()).unwrap_or_default(),
                    e.message
                ))
            })?;
            rows.push(raw);
        }
        drop(page);
        summary.pages += 1;
        summary.devices += rows.len() as u64;
        pull.pages += 1;
        pull.devices += rows.len() as i64;
        pull.cursor = next.clone();
        let checkpoint = pull.clone();
        let pull_id = pull.id;
        let next_path = next.as_deref().map(|c| devices_path(Some(c)));
        s.store_token()?;
        let (client, mut store) = s.split();
        let seen = &mut seen;
        let (written, fetched) = std::thread::scope(|scope| {
            let fetcher = next_path
                .as_ref()
                .map(|p| scope.spawn(move || fetch_page(client, p, what, seen, device_cursor)));
            let written = store.write(|r| {
                r.resume(activity)?;
                let mut added = 0;
                let mut updated = 0;
                let mut st = remote::PageStatements::new(r.tx)?;
                for raw in rows {
                    match apply_device(r, &mut st, raw, pull_id, map, &remote_of, &names)? {
                        Applied::Added => added += 1,
                        Applied::Updated => updated += 1,
                        Applied::Same | Applied::Refused => {}
                    }
                }
                remote::checkpoint(r.tx, &checkpoint)?;
                Ok((added, updated))
            });
            (written, fetcher.map(|h| h.join()))
        });
        let (added, updated) = written?;
        summary.added += added;
        summary.updated += updated;
        bar.set_position(summary.devices);
        match (fetched, next_path) {
            (Some(Ok(page)), Some(p)) => {
                current = page?;
                path = p;
            }
            (Some(Err(_)), _) => bail!("the thread fetching the next page of devices failed"),
            _ => return Ok(()),
        }
    }
}

enum Applied {
    Added,
    Updated,
    Same,
    Refused,
}

/// Mirrors one listed device into the ledger.
fn apply_device(
    r: &mut Recorder<'_, '_>,
    st: &mut remote::PageStatements<'_>,
    mut raw: crate::formats::RawDevice,
    pull: i64,
    map: &HashMap<String, i64>,
    remote_of: &HashMap<i64, String>,
    names: &HashMap<i64, String>,
) -> Result<Applied> {
    let status = raw.status.take();
    let added_at = raw
        .added_to_org_date_time
        .take()
        .and_then(|t| crate::model::parse_timestamp(&t).ok())
        .map(crate::model::format_timestamp);
    let shown_serial = raw.serial_number.clone().unwrap_or_default();
    let mut warnings = Vec::new();
    let row = match crate::import::validate(raw, &mut warnings) {
        Ok(row) => row,
        Err(rejected) => {
            let (_, problems) = *rejected;
            for (field, message) in problems {
                r.problem(Some(&shown_serial), Some(field), message.clone());
                let item = crate::ledger::activities::NewItem {
                    serial_number: Some(&shown_serial),
                    field: Some(field),
                    message: Some(&message),
                    ..Default::default()
                };
                r.item(Outcome::Failed, &item)?;
            }
            return Ok(Applied::Refused);
        }
    };
    let link = st.link(&row.serial)?;
    let view = match (status.as_deref(), &link) {
        (_, Some(server)) if map.contains_key(server) => RemoteView::On(Some(server.clone())),
        (Some("ASSIGNED"), _) => RemoteView::OnUnknown,
        _ => RemoteView::On(None),
    };
    let remote_server = match &view {
        RemoteView::On(s) => s.clone(),
        _ => link.clone(),
    };
    let label_of = |server: &Option<String>| match server {
        Some(id) => state_label(
            DeviceStatus::Assigned,
            map.get(id).and_then(|i| names.get(i)).map(String::as_str),
        ),
        None => DeviceStatus::Unassigned.as_str().to_string(),
    };
    let Some((local, stored)) = st.device(&row.serial)? else {
        // New to the ledger: it arrives as the remote has it.
        let server = match &view {
            RemoteView::On(s) => s.clone(),
            _ => None,
        };
        let service_id = server.as_ref().and_then(|s| map.get(s)).copied();
        let label = label_of(&server);
        let arrival = Arrival {
            status: if service_id.is_some() {
                DeviceStatus::Assigned
            } else {
                DeviceStatus::Unassigned
            },
            service_id,
            label: &label,
        };
        let activity = r.activity()?;
        let at = added_at.as_deref().unwrap_or(r.now);
        devices::insert(r.tx, &row.serial, &row.attrs, arrival, at, activity)?;
        let id = r.tx.last_insert_rowid();
        st.mark_seen(id, pull, remote_server.as_deref())?;
        let item = crate::ledger::activities::NewItem {
            serial_number: Some(&row.serial),
            after: Some(&label),
            message: Some("new from Apple Business"),
            ..Default::default()
        };
        r.item(Outcome::Changed, &item)?;
        return Ok(Applied::Added);
    };
    let mut changed: Vec<&'static str> = Vec::new();
    let (merged, fields) = crate::model::attributes::merge(&stored, &row.attrs);
    if !fields.is_empty() {
        devices::update_attrs(r.tx, local.id, &merged)?;
        changed.extend(fields);
    }
    let on_local_only = local.service_id.is_some() && local.service_remote_id.is_none();
    let decision = mirror::pulled(
        &Local {
            status: local.status,
            service_remote_id: local
                .service_id
                .and_then(|i| remote_of.get(&i))
                .map(String::as_str),
            on_local_only_service: on_local_only,
            pending: local.pending,
            enrollment: local.enrollment_status,
        },
        &view,
    );
    let before = state_label(local.status, local.service_name.as_deref());
    let mut after = before.clone();
    let mut message = None;
    match decision {
        Pulled::Same | Pulled::KeepPending => {}
        Pulled::Move { to, stale } => {
            let service = to.as_ref().and_then(|s| map.get(s)).copied();
            let enrollment = if stale {
                Some(EnrollmentStatus::Stale)
            } else {
                local.enrollment_status
            };
            let mut assigner = devices::Assigner::new(r.tx)?;
            assigner.set(local.id, service, service.map(|_| r.now), enrollment)?;
            after = label_of(&to);
            message = Some(if stale {
                "changed in Apple Business; its enrollment is stale"
            } else {
                "changed in Apple Business"
            });
        }
        Pulled::Readmit { to } => {
            let service_id = to.as_ref().and_then(|s| map.get(s)).copied();
            after = label_of(&to);
            let arrival = Arrival {
                status: if service_id.is_some() {
                    DeviceStatus::Assigned
                } else {
                    DeviceStatus::Unassigned
                },
                service_id,
                label: &after,
            };
            let at = added_at.as_deref().unwrap_or(r.now);
            devices::readmit(r.tx, local.id, arrival, at)?;
            message = Some("in the organisation again, as Apple Business lists it");
        }
    }
    st.mark_seen(local.id, pull, remote_server.as_deref())?;
    if message.is_none() && changed.is_empty() {
        return Ok(Applied::Same);
    }
    let text = match (message, changed.is_empty()) {
        (Some(m), true) => m.to_string(),
        (Some(m), false) => format!("{m}; attributes updated: {}", changed.join(", ")),
        (None, _) => format!("attributes updated: {}", changed.join(", ")),
    };
    let item = crate::ledger::activities::NewItem {
        serial_number: Some(&row.serial),
        before: Some(&before),
        after: Some(&after),
        message: Some(&text),
        ..Default::default()
    };
    r.item(Outcome::Changed, &item)?;
    Ok(Applied::Updated)
}

/// Marks RELEASED the devices an earlier pull saw that this complete one did not.
fn release_missing(r: &mut Recorder<'_, '_>, pull: i64) -> Result<u64> {
    let missing = remote::missing_after(r.tx, pull)?;
    let mut assigner = devices::Assigner::new(r.tx)?;
    for d in &missing {
        assigner.release(d.id, r.now)?;
        let before = state_label(d.status, d.service_name.as_deref());
        let item = crate::ledger::activities::NewItem {
            serial_number: Some(&d.serial),
            before: Some(&before),
            after: Some(DeviceStatus::Released.as_str()),
            message: Some("Apple Business no longer lists it: released"),
            ..Default::default()
        };
        r.item(Outcome::Changed, &item)?;
    }
    Ok(missing.len() as u64)
}
