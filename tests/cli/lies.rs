//! Servers that lie (issue 12 §4): a fake Apple Business API on 127.0.0.1 that answers one
//! lie each — a next cursor that repeats forever, a page of another resource type, a device
//! whose id is not its serial, an activity stuck IN_PROGRESS, a CSV log naming serials that were
//! not sent, a `Retry-After` of a year, a 200 with an HTML body. Each ends in a clear error
//! naming the request (or, for the log, a warning), no panic, no partial page in the ledger,
//! and no tight loop (the requests are counted).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;

use crate::common::*;

/// The lie the fake server tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lie {
    /// Every device page names the same next cursor.
    CursorForever,
    /// The device list holds an mdmServers resource.
    WrongType,
    /// A device whose id is not its serial number.
    IdNotSerial,
    /// Activities never leave IN_PROGRESS.
    StuckActivity,
    /// The activity log names serials that were not sent.
    StrangeLog,
    /// Every API request is answered 429 with a Retry-After of a year.
    RetryAfterAYear,
    /// The services list is a 200 with an HTML body.
    HtmlBody,
}

/// The fake server's state.
struct Fake {
    lie: Lie,
    requests: AtomicU64,
    posts: AtomicU64,
    /// Serials the last activity assigned (to the one service), for the linkages.
    assigned: Mutex<Vec<String>>,
    base: Mutex<String>,
}

type Shared = Arc<Fake>;

const SERVER: &str = "1F97349736CF4614A94F624E705841AD";

fn device(serial: &str, id: &str) -> serde_json::Value {
    json!({
        "type": "orgDevices",
        "id": id,
        "attributes": {
            "serialNumber": serial,
            "productFamily": "iPhone",
            "deviceModel": "iPhone 17",
            "purchaseSourceType": "MANUALLY_ADDED",
            "status": "UNASSIGNED",
            "addedToOrgDateTime": "2026-10-01T08:00:00.123Z"
        }
    })
}

fn json_response(status: StatusCode, body: serde_json::Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

async fn token(State(fake): State<Shared>) -> Response {
    fake.requests.fetch_add(1, Ordering::SeqCst);
    json_response(
        StatusCode::OK,
        json!({"access_token": "fake-token-0123456789", "token_type": "Bearer",
               "expires_in": 3600, "scope": "business.api"}),
    )
}

/// Every API request goes through here first: the year-long Retry-After lie.
fn year(fake: &Fake) -> Option<Response> {
    fake.requests.fetch_add(1, Ordering::SeqCst);
    (fake.lie == Lie::RetryAfterAYear).then(|| {
        (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "31536000")],
            r#"{"errors":[{"status":"429","code":"RATE_LIMIT_EXCEEDED","title":"t","detail":"slow down"}]}"#,
        )
            .into_response()
    })
}

async fn servers(State(fake): State<Shared>) -> Response {
    if let Some(r) = year(&fake) {
        return r;
    }
    if fake.lie == Lie::HtmlBody {
        return (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body>Service Unavailable</body></html>",
        )
            .into_response();
    }
    json_response(
        StatusCode::OK,
        json!({"data": [{"type": "mdmServers", "id": SERVER,
                         "attributes": {"serverName": "Main MDM", "serverType": "MDM"}}],
               "links": {"self": "x"}, "meta": {"paging": {"limit": 1000}}}),
    )
}

async fn linkages(State(fake): State<Shared>) -> Response {
    if let Some(r) = year(&fake) {
        return r;
    }
    let assigned = fake.assigned.lock().expect("lock").clone();
    let data: Vec<_> = assigned
        .iter()
        .map(|s| json!({"type": "orgDevices", "id": s}))
        .collect();
    json_response(
        StatusCode::OK,
        json!({"data": data, "links": {"self": "x"}, "meta": {"paging": {"limit": 1000}}}),
    )
}

async fn devices(
    State(fake): State<Shared>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    if let Some(r) = year(&fake) {
        return r;
    }
    let page = if q.contains_key("cursor") { 2 } else { 1 };
    let (data, next) = match fake.lie {
        Lie::CursorForever => (
            vec![device(
                &format!("C02LIE00000{page}"),
                &format!("C02LIE00000{page}"),
            )],
            Some("LOOP"),
        ),
        Lie::WrongType => (
            vec![json!({"type": "mdmServers", "id": SERVER, "attributes": {}})],
            None,
        ),
        Lie::IdNotSerial => (vec![device("C02LIE000001", "C02LIE999999")], None),
        _ => (vec![device("C02LIE000001", "C02LIE000001")], None),
    };
    let mut meta = json!({"limit": 1000});
    if let Some(c) = next {
        meta["nextCursor"] = json!(c);
    }
    json_response(
        StatusCode::OK,
        json!({"data": data, "links": {"self": "x"}, "meta": {"paging": meta}}),
    )
}

async fn create_activity(State(fake): State<Shared>, body: String) -> Response {
    if let Some(r) = year(&fake) {
        return r;
    }
    fake.posts.fetch_add(1, Ordering::SeqCst);
    let request: serde_json::Value = serde_json::from_str(&body).expect("a JSON body");
    let serials: Vec<String> = request["data"]["relationships"]["devices"]["data"]
        .as_array()
        .expect("devices")
        .iter()
        .map(|d| d["id"].as_str().expect("id").to_string())
        .collect();
    if fake.lie != Lie::StuckActivity {
        *fake.assigned.lock().expect("lock") = serials;
    }
    json_response(
        StatusCode::CREATED,
        json!({"data": {"type": "orgDeviceActivities", "id": "A-1",
                        "attributes": {"status": "IN_PROGRESS", "subStatus": "SUBMITTED"}},
               "links": {"self": "x"}}),
    )
}

async fn activity(State(fake): State<Shared>, Path(_id): Path<String>) -> Response {
    if let Some(r) = year(&fake) {
        return r;
    }
    let base = fake.base.lock().expect("lock").clone();
    let attributes = if fake.lie == Lie::StuckActivity {
        json!({"status": "IN_PROGRESS", "subStatus": "PROCESSING"})
    } else {
        json!({"status": "COMPLETED", "subStatus": "COMPLETED_WITH_SUCCESS",
               "downloadUrl": format!("{base}/log.csv")})
    };
    json_response(
        StatusCode::OK,
        json!({"data": {"type": "orgDeviceActivities", "id": "A-1", "attributes": attributes},
               "links": {"self": "x"}}),
    )
}

async fn log(State(fake): State<Shared>) -> Response {
    fake.requests.fetch_add(1, Ordering::SeqCst);
    "serial_number,operation_status,operation_substatus\nNOTSENT0001,SUCCESS,COMPLETED\n"
        .into_response()
}

/// A fake API telling `lie`, on a free loopback port, for the life of the test.
struct FakeServer {
    fake: Shared,
    base: String,
    _runtime: tokio::runtime::Runtime,
}

impl FakeServer {
    fn start(lie: Lie) -> FakeServer {
        let fake = Arc::new(Fake {
            lie,
            requests: AtomicU64::new(0),
            posts: AtomicU64::new(0),
            assigned: Mutex::new(Vec::new()),
            base: Mutex::new(String::new()),
        });
        let app = axum::Router::new()
            .route("/auth/oauth2/token", post(token))
            .route("/v1/mdmServers", get(servers))
            .route("/v1/mdmServers/{id}/relationships/devices", get(linkages))
            .route("/v1/orgDevices", get(devices))
            .route("/v1/orgDeviceActivities", post(create_activity))
            .route("/v1/orgDeviceActivities/{id}", get(activity))
            .route("/log.csv", get(log))
            .with_state(Arc::clone(&fake));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        *fake.base.lock().expect("lock") = base.clone();
        runtime.spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeServer {
            fake,
            base,
            _runtime: runtime,
        }
    }

    fn requests(&self) -> u64 {
        self.fake.requests.load(Ordering::SeqCst)
    }

    /// Sets `env`'s remote to this server, with a new key file (0600).
    fn connect(&self, env: &TestEnv) {
        let key = abmctl::api::jwt::generate_key().expect("a key");
        let pem = abmctl::api::jwt::to_sec1_pem(&key).expect("PEM");
        let path = env.write("fake.pem", pem);
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .expect("chmod");
        env.ok(&[
            "remote",
            "set",
            "--client-id",
            "BUSINESSAPI.fake",
            "--key-id",
            "kid",
            "--private-key",
            s(&path),
            "--base-url",
            &self.base,
        ]);
    }
}

/// A sync against a server telling `lie`: its output, the server, the environment.
fn sync_against(lie: Lie, args: &[&str]) -> (CommandOutput, FakeServer, TestEnv) {
    let env = TestEnv::new();
    let server = FakeServer::start(lie);
    server.connect(&env);
    let mut argv = vec!["sync", "--max-wait", "5"];
    argv.extend(args);
    let out = env.run(&argv);
    (out, server, env)
}

/// A next cursor that repeats forever: the page that repeats it is asked for again once, then
/// it is an error naming the request; the first page is kept (with its checkpoint), the page
/// that repeats the cursor is not written.
#[test]
fn a_cursor_that_repeats_forever_is_not_followed() {
    let (out, server, env) = sync_against(Lie::CursorForever, &[]);
    assert_eq!(out.status, 4, "{out}");
    assert!(out.stderr.contains("GET /v1/orgDevices"), "{out}");
    assert!(out.stderr.contains("cursor it sent before"), "{out}");
    assert_eq!(env.device_count(), 1, "{out}");
    // token, services, linkages, page 1, page 2, page 2 again (then the error): no loop.
    assert!(server.requests() <= 8, "{} requests", server.requests());
}

/// A page holding a resource of another type: an error naming the request and the item; no
/// device of that page in the ledger.
#[test]
fn a_page_of_another_type_is_refused_whole() {
    let (out, _server, env) = sync_against(Lie::WrongType, &[]);
    assert_eq!(out.status, 4, "{out}");
    assert!(out.stderr.contains("GET /v1/orgDevices"), "{out}");
    assert!(out.stderr.contains(".data[0]"), "{out}");
    assert!(out.stderr.contains("not a device resource"), "{out}");
    assert_eq!(env.device_count(), 0);
}

/// A device whose id is not its serial number: refused, naming both.
#[test]
fn a_device_whose_id_is_not_its_serial_is_refused() {
    let (out, _server, env) = sync_against(Lie::IdNotSerial, &[]);
    assert_eq!(out.status, 4, "{out}");
    assert!(out.stderr.contains("C02LIE999999"), "{out}");
    assert!(
        out.stderr.contains("differs from the serialNumber"),
        "{out}"
    );
    assert_eq!(env.device_count(), 0);
}

/// A `Retry-After` of a year: sync gives up at once (exit 4) instead of sleeping a year, after
/// one request.
#[test]
fn a_retry_after_of_a_year_is_not_waited_for() {
    let (out, server, _env) = sync_against(Lie::RetryAfterAYear, &[]);
    assert_eq!(out.status, 4, "{out}");
    assert!(out.stderr.contains("--max-wait"), "{out}");
    assert!(out.stderr.contains("GET /v1/mdmServers"), "{out}");
    assert_eq!(server.requests(), 2, "token + one API request");
}

/// A 200 whose body is HTML: read again a few times, then an error naming the request.
#[test]
fn an_html_body_is_a_clear_error() {
    let (out, server, env) = sync_against(Lie::HtmlBody, &[]);
    assert_eq!(out.status, 4, "{out}");
    assert!(out.stderr.contains("GET /v1/mdmServers"), "{out}");
    assert!(
        out.stderr
            .contains("the response is not a list of mdmServers"),
        "{out}"
    );
    assert!(server.requests() <= 5, "{} requests", server.requests());
    assert_eq!(env.device_count(), 0);
}

/// An activity stuck IN_PROGRESS: polled with backoff until --max-wait, then exit 4 with the
/// activity kept; the next sync polls the same activity again and never POSTs a second one.
#[test]
fn an_activity_stuck_in_progress_is_not_sent_again() {
    let env = TestEnv::new();
    let server = FakeServer::start(Lie::StuckActivity);
    server.connect(&env);
    env.ok(&["sync"]);
    env.ok(&["assign", "C02LIE000001", "--to", "Main MDM"]);
    for _ in 0..2 {
        let out = env.run(&["sync", "--max-wait", "3"]);
        assert_eq!(out.status, 4, "{out}");
        assert!(out.stderr.contains("activity A-1 is IN_PROGRESS"), "{out}");
    }
    assert_eq!(server.fake.posts.load(Ordering::SeqCst), 1);
    let device: Device = env.json(&["device", "show", "C02LIE000001"]);
    assert!(device.pending_sync);
    // Backoff, not a tight loop: a few polls in 6 seconds of waiting.
    assert!(server.requests() < 40, "{} requests", server.requests());
}

/// A log naming a serial that was not sent: a warning, the log's lines ignored, and the device
/// sent verified against the remote's state instead (here: it was assigned).
#[test]
fn a_log_naming_serials_not_sent_is_not_trusted() {
    let env = TestEnv::new();
    let server = FakeServer::start(Lie::StrangeLog);
    server.connect(&env);
    env.ok(&["sync"]);
    env.ok(&["assign", "C02LIE000001", "--to", "Main MDM"]);
    let out = env.run(&["sync"]);
    assert_eq!(out.status, 0, "{out}");
    assert!(
        out.stderr
            .contains("names 1 serial numbers that were not sent"),
        "{out}"
    );
    let device: Device = env.json(&["device", "show", "C02LIE000001"]);
    assert!(!device.pending_sync, "{device:?}");
    assert_eq!(device.assigned_server.as_deref(), Some("Main MDM"));
    assert_eq!(server.fake.posts.load(Ordering::SeqCst), 1);
}
