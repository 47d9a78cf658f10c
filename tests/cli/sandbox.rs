//! `sandbox serve` over real HTTP on 127.0.0.1: the start block, the OAuth token flow with good
//! and bad assertions, bearer checks, paging, `fields[…]`, limits, Apple's error bodies, and
//! answers that follow the ledger as abmctl commands change it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use abmctl::api::APPLE_AUDIENCE;
use abmctl::api::jwt::{self, Claims};
use abmctl::api::wire::Document;
use abmctl::api::wire::{
    ErrorResponse, LinkagesResponse, MdmServersResponse, OAuthError, OrgDevice, OrgDeviceActivity,
    OrgDevicesResponse, TokenResponse,
};
use serde::Deserialize;

use crate::common::*;

/// The `-o jsonl` start block.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Start {
    base_url: String,
    token_url: String,
    scope: String,
    client_id: String,
    key_id: String,
    private_key: String,
    remote_set: String,
}

struct Sandbox {
    child: Child,
    start: Start,
    http: reqwest::blocking::Client,
    _log: std::thread::JoinHandle<()>,
}

impl Sandbox {
    fn start(env: &TestEnv, extra: &[&str]) -> Sandbox {
        let mut args = vec!["sandbox", "serve", "-o", "jsonl"];
        args.extend(extra);
        let mut cmd = env.command(&args);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("cannot run abmctl sandbox serve");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("read the start block");
        let start: Start = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
        // Drain the request log so the server never blocks on a full pipe.
        let stderr = child.stderr.take().expect("stderr is piped");
        let log = std::thread::spawn(move || for _ in BufReader::new(stderr).lines() {});
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::builder()
            .build()
            .expect("an HTTP client");
        Sandbox {
            child,
            start,
            http,
            _log: log,
        }
    }

    fn key(&self) -> p256::SecretKey {
        jwt::read_private_key_file(std::path::Path::new(&self.start.private_key)).expect("key")
    }

    fn assertion(&self, claims: &Claims) -> String {
        jwt::sign(&self.key(), &self.start.key_id, claims).expect("sign")
    }

    fn good_claims(&self) -> Claims {
        Claims::new(&self.start.client_id, APPLE_AUDIENCE, unix_now(), 900)
    }

    /// POSTs a token request as a form body: the status and body.
    fn token_request(&self, assertion: &str, scope: &str) -> (u16, String) {
        let response = self
            .http
            .post(&self.start.token_url)
            .form(&[
                ("grant_type", "client_credentials"),
                ("client_id", self.start.client_id.as_str()),
                (
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ),
                ("client_assertion", assertion),
                ("scope", scope),
            ])
            .send()
            .expect("token request");
        (response.status().as_u16(), response.text().expect("body"))
    }

    fn token(&self) -> String {
        let (status, body) =
            self.token_request(&self.assertion(&self.good_claims()), "business.api");
        assert_eq!(status, 200, "{body}");
        let token: TokenResponse = serde_json::from_str(&body).expect("token JSON");
        token.access_token
    }

    /// GET `path_and_query` with `token`: the status and body.
    fn get(&self, token: Option<&str>, path_and_query: &str) -> (u16, String) {
        let url = if path_and_query.starts_with("http") {
            path_and_query.to_string()
        } else {
            format!("{}{path_and_query}", self.start.base_url)
        };
        let mut request = self.http.get(url);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().expect("GET");
        (response.status().as_u16(), response.text().expect("body"))
    }

    fn get_ok<T: serde::de::DeserializeOwned>(&self, token: &str, path: &str) -> T {
        let (status, body) = self.get(Some(token), path);
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    }

    /// GET that must fail with `status`: its one error.
    fn get_err(&self, token: Option<&str>, path: &str, status: u16) -> abmctl::api::wire::ApiError {
        let (got, body) = self.get(token, path);
        assert_eq!(got, status, "{path}: {body}");
        let mut errors: ErrorResponse =
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"));
        assert_eq!(errors.errors.len(), 1, "{body}");
        let error = errors.errors.remove(0);
        assert_eq!(error.status, status.to_string());
        error
    }

    fn signal(mut self, signal: &str) -> Option<i32> {
        let pid = self.child.id().to_string();
        let killed = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .expect("kill");
        assert!(killed.success());
        self.child.wait().expect("wait").code()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// An organisation with `n` Apple-direct iPads and two services.
fn org(n: u32) -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", order_csv(&ipads(1, n, "ORD-1")));
    env.ok(&["import", "order.csv"]);
    env.ok(&["mdm", "link", "A"]);
    env.ok(&["mdm", "link", "B"]);
    env
}

/// The start block names a working account: the key is SEC1 PEM, 0600, beside the ledger, and
/// the same account comes back on the next start; SIGTERM stops it with exit 130.
#[test]
fn sandbox_start_block_and_account_persist() {
    let env = org(1);
    let first = Sandbox::start(&env, &[]);
    let start = &first.start;
    assert!(start.base_url.starts_with("http://127.0.0.1:"), "{start:?}");
    assert_eq!(
        start.token_url,
        format!("{}/auth/oauth2/token", start.base_url)
    );
    assert_eq!(start.scope, "business.api");
    assert!(start.client_id.starts_with("BUSINESSAPI."), "{start:?}");
    let key = std::fs::read_to_string(&start.private_key).expect("the key file");
    assert!(key.starts_with("-----BEGIN EC PRIVATE KEY-----"), "{key}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&start.private_key)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(
        start.private_key.starts_with(s(&env.root())),
        "{} beside {}",
        start.private_key,
        env.root().display()
    );
    assert_eq!(
        start.remote_set,
        format!(
            "abmctl remote set --client-id {} --key-id {} --private-key {} --scope business \
             --base-url {}",
            start.client_id, start.key_id, start.private_key, start.base_url
        )
    );
    let (client_id, key_id) = (start.client_id.clone(), start.key_id.clone());
    first.token();
    assert_eq!(first.signal("-TERM"), Some(130));

    let again = Sandbox::start(&env, &[]);
    assert_eq!(
        (again.start.client_id.as_str(), again.start.key_id.as_str()),
        (client_id.as_str(), key_id.as_str())
    );
    again.token();
    assert_eq!(again.signal("-INT"), Some(130));
}

/// The token endpoint verifies the assertion (§2): a good one, in a form body or the query
/// string, gets a bearer token; another key, kid, aud, client or an expired assertion gets
/// `invalid_client`; the API answers 401 without a token or with an unknown one, 403 for a
/// token of the other scope.
#[test]
fn sandbox_token_flow() {
    let env = org(1);
    let sandbox = Sandbox::start(&env, &[]);
    let good = sandbox.good_claims();
    let (status, body) = sandbox.token_request(&sandbox.assertion(&good), "business.api");
    assert_eq!(status, 200, "{body}");
    let token: TokenResponse = serde_json::from_str(&body).expect("JSON");
    assert_eq!(
        (
            token.token_type.as_str(),
            token.expires_in,
            token.scope.as_str()
        ),
        ("Bearer", 3600, "business.api")
    );
    // The sandbox's own token URL is an accepted audience too.
    let own = Claims {
        aud: sandbox.start.token_url.clone(),
        ..sandbox.good_claims()
    };
    assert_eq!(
        sandbox
            .token_request(&sandbox.assertion(&own), "business.api")
            .0,
        200
    );
    // Apple's example sends the parameters in the query string.
    let query = sandbox
        .http
        .post(&sandbox.start.token_url)
        .query(&[
            ("grant_type", "client_credentials"),
            ("client_id", sandbox.start.client_id.as_str()),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ),
            ("client_assertion", sandbox.assertion(&good).as_str()),
            ("scope", "business.api"),
        ])
        .send()
        .expect("POST");
    assert_eq!(query.status().as_u16(), 200);

    let other_key = jwt::generate_key().expect("key");
    let refused = [
        jwt::sign(&other_key, &sandbox.start.key_id, &good).expect("sign"),
        jwt::sign(&sandbox.key(), "another-kid", &good).expect("sign"),
        sandbox.assertion(&Claims {
            aud: "https://account.apple.com/auth/oauth2/token".into(),
            ..good.clone()
        }),
        sandbox.assertion(&Claims::new(
            &sandbox.start.client_id,
            APPLE_AUDIENCE,
            unix_now() - 7200,
            3600,
        )),
        sandbox.assertion(&Claims {
            sub: "BUSINESSAPI.someone-else".into(),
            ..good.clone()
        }),
        "not.a.jwt".to_string(),
    ];
    for assertion in refused {
        let (status, body) = sandbox.token_request(&assertion, "business.api");
        assert_eq!(status, 400, "{body}");
        let error: OAuthError = serde_json::from_str(&body).expect("OAuth error");
        assert_eq!(error.error, "invalid_client", "{body}");
    }
    let (status, body) = sandbox.token_request(&sandbox.assertion(&good), "other.api");
    assert_eq!(status, 400);
    assert!(body.contains("invalid_scope"), "{body}");

    let missing = sandbox.get_err(None, "/v1/orgDevices", 401);
    assert_eq!(missing.code, "NOT_AUTHORIZED");
    sandbox.get_err(Some("nonsense"), "/v1/mdmServers", 401);
    // A school token on this business sandbox.
    let (status, body) = sandbox.token_request(&sandbox.assertion(&good), "school.api");
    assert_eq!(status, 200, "{body}");
    let school: TokenResponse = serde_json::from_str(&body).expect("JSON");
    let forbidden = sandbox.get_err(Some(&school.access_token), "/v1/orgDevices", 403);
    assert_eq!(forbidden.code, "FORBIDDEN_ERROR");
}

/// 2,500 devices in pages of 1000: three pages, `nextCursor` and `links.next` on all but the
/// last, every device once, in order; `fields` narrows the attributes; bad limits, cursors and
/// field names are 400s naming the parameter; an unknown device is Apple's 404.
#[test]
fn sandbox_pages_devices_with_fields_and_limits() {
    let env = org(2500);
    let sandbox = Sandbox::start(&env, &[]);
    let token = sandbox.token();

    let mut seen = Vec::new();
    let mut next = Some("/v1/orgDevices?limit=1000".to_string());
    let mut pages = 0;
    while let Some(url) = next {
        let page: OrgDevicesResponse = sandbox.get_ok(&token, &url);
        pages += 1;
        assert_eq!(page.meta.paging.limit, 1000);
        assert_eq!(
            page.meta.paging.next_cursor.is_some(),
            page.links.next.is_some()
        );
        seen.extend(page.data.iter().map(|d| d.id.clone()));
        next = page.links.next;
    }
    assert_eq!(pages, 3);
    let mut expected: Vec<String> = (1..=2500).map(serial).collect();
    expected.sort();
    assert_eq!(seen, expected);

    // The default page is 100; the cursor alone (with the same limit) continues it.
    let first: OrgDevicesResponse = sandbox.get_ok(&token, "/v1/orgDevices");
    assert_eq!((first.data.len(), first.meta.paging.limit), (100, 100));
    let cursor = first.meta.paging.next_cursor.expect("a cursor");
    let second: OrgDevicesResponse =
        sandbox.get_ok(&token, &format!("/v1/orgDevices?cursor={cursor}"));
    assert_eq!(second.data[0].id, expected[100]);

    // Every attribute the device has; nothing it lacks.
    let device: OrgDevice = first.data[0].clone();
    let attrs = device.attributes.expect("attributes");
    assert_eq!(attrs.serial_number.as_deref(), Some(expected[0].as_str()));
    assert_eq!(attrs.product_family.as_deref(), Some("iPad"));
    assert_eq!(attrs.status.as_deref(), Some("UNASSIGNED"));
    assert_eq!(attrs.order_number.as_deref(), Some("ORD-1"));
    assert!(attrs.released_from_org_date_time.is_none());

    let (status, body) = sandbox.get(
        Some(&token),
        "/v1/orgDevices?limit=2&fields[orgDevices]=serialNumber,status",
    );
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let keys: Vec<&String> = json["data"][0]["attributes"]
        .as_object()
        .expect("attributes")
        .keys()
        .collect();
    assert_eq!(keys, ["serialNumber", "status"]);
    assert!(json["data"][0].get("relationships").is_none(), "{body}");
    assert!(
        json["links"]["next"]
            .as_str()
            .is_some_and(|n| n.contains("limit=2") && n.contains("fields")),
        "{body}"
    );

    for (query, parameter) in [
        ("limit=1001", "limit"),
        ("limit=0", "limit"),
        ("limit=ten", "limit"),
        ("cursor=%21%21", "cursor"),
        (
            "fields[orgDevices]=serialNumber,shoeSize",
            "fields[orgDevices]",
        ),
    ] {
        let error = sandbox.get_err(Some(&token), &format!("/v1/orgDevices?{query}"), 400);
        assert_eq!(
            error.source,
            Some(abmctl::api::wire::ErrorSource::Parameter(
                parameter.to_string()
            )),
            "{query}"
        );
    }

    let one: Document<OrgDevice> =
        sandbox.get_ok(&token, &format!("/v1/orgDevices/{}", expected[0]));
    assert_eq!(one.data.id, expected[0]);
    let missing = sandbox.get_err(Some(&token), "/v1/orgDevices/NOSUCHSERIAL", 404);
    assert_eq!(missing.code, "NOT_FOUND");
    assert_eq!(
        missing.detail,
        "There is no resource of type 'orgDevices' with id 'NOSUCHSERIAL'"
    );
}

/// Services and their devices follow the ledger: an `abmctl assign` on the sandbox's ledger
/// shows in the next GET — the device's status and assignedServer, the service's device
/// linkages — and `/mdmServers/{id}/devices` is Apple's 403.
#[test]
fn sandbox_answers_from_the_ledger_as_it_changes() {
    let env = org(3);
    let sandbox = Sandbox::start(&env, &[]);
    let token = sandbox.token();
    let servers: MdmServersResponse = sandbox.get_ok(&token, "/v1/mdmServers");
    assert_eq!(servers.data.len(), 2);
    let a = servers
        .data
        .iter()
        .find(|s| s.attributes.as_ref().and_then(|a| a.server_name.as_deref()) == Some("A"))
        .expect("service A");
    assert_eq!(a.id.len(), 32);
    assert!(
        a.id.chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
    );
    let attrs = a.attributes.as_ref().expect("attributes");
    assert_eq!(
        (attrs.server_type.as_deref(), attrs.device_count),
        (Some("MDM"), Some(0))
    );
    let linkages = format!("/v1/mdmServers/{}/relationships/devices", a.id);
    let empty: LinkagesResponse = sandbox.get_ok(&token, &linkages);
    assert!(empty.data.is_empty());
    sandbox.get_err(
        Some(&token),
        &format!("/v1/orgDevices/{}/relationships/assignedServer", serial(1)),
        404,
    );

    env.ok(&["assign", &serial(1), &serial(2), "--to", "A"]);

    let linked: LinkagesResponse = sandbox.get_ok(&token, &linkages);
    let ids: Vec<&str> = linked.data.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, [serial(1), serial(2)]);
    assert_eq!(linked.data[0].kind, "orgDevices");
    let one: Document<OrgDevice> = sandbox.get_ok(&token, &format!("/v1/orgDevices/{}", serial(1)));
    assert_eq!(
        one.data.attributes.expect("attributes").status.as_deref(),
        Some("ASSIGNED")
    );
    let linkage: Document<abmctl::api::wire::Linkage> = sandbox.get_ok(
        &token,
        &format!("/v1/orgDevices/{}/relationships/assignedServer", serial(1)),
    );
    assert_eq!(linkage.data.id, a.id);
    let server: Document<abmctl::api::wire::MdmServer> = sandbox.get_ok(
        &token,
        &format!(
            "/v1/orgDevices/{}/assignedServer?fields[mdmServers]=serverName",
            serial(1)
        ),
    );
    let attrs = server.data.attributes.expect("attributes");
    assert_eq!(attrs.server_name.as_deref(), Some("A"));
    assert!(attrs.device_count.is_none());
    let single: Document<abmctl::api::wire::MdmServer> =
        sandbox.get_ok(&token, &format!("/v1/mdmServers/{}", a.id));
    assert_eq!(single.data.attributes.expect("attrs").device_count, Some(2));
    let related = sandbox.get_err(
        Some(&token),
        &format!("/v1/mdmServers/{}/devices", a.id),
        403,
    );
    assert_eq!(related.code, "FORBIDDEN_ERROR");
    sandbox.get_err(Some(&token), "/v1/mdmServers/0000", 404);
}

/// A non-loopback address is refused unless --allow-remote; a missing ledger is refused.
#[test]
fn sandbox_serve_refuses_what_it_cannot_serve() {
    let env = org(1);
    let out = env.run(&["sandbox", "serve", "--listen", "0.0.0.0:0"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("not a loopback address"), "{out}");
    let out = env.run(&["--ledger", "missing.sqlite3", "sandbox", "serve"]);
    assert_eq!(out.status, 1, "{out}");
}

/// `--devices N --seed S` makes the same organisation every time (every device the API lists,
/// attribute for attribute), with services holding devices; an existing ledger is refused.
#[test]
fn sandbox_devices_and_seed_make_the_same_organisation() {
    let env = TestEnv::empty();
    let pull = |ledger: &str| {
        let sandbox = Sandbox::start(
            &env,
            &["--ledger", ledger, "--devices", "400", "--seed", "3"],
        );
        let token = sandbox.token();
        let page: OrgDevicesResponse = sandbox.get_ok(&token, "/v1/orgDevices?limit=1000");
        let servers: MdmServersResponse = sandbox.get_ok(&token, "/v1/mdmServers");
        let counts: Vec<Option<i64>> = servers
            .data
            .iter()
            .map(|s| s.attributes.as_ref().and_then(|a| a.device_count))
            .collect();
        (page.data, counts)
    };
    let (one, counts) = pull("one.sqlite3");
    let (two, _) = pull("two.sqlite3");
    assert!(one.len() > 300 && one.len() <= 400, "{}", one.len());
    let strip = |devices: &[OrgDevice]| -> Vec<String> {
        devices
            .iter()
            .map(|d| {
                let mut a = d.attributes.clone().expect("attributes");
                a.added_to_org_date_time = None;
                format!("{a:?}")
            })
            .collect()
    };
    assert_eq!(strip(&one), strip(&two));
    assert_eq!(counts.len(), 3);
    assert!(
        counts.iter().all(|c| c.is_some_and(|n| n > 0)),
        "{counts:?}"
    );
    let out = env.run(&[
        "--ledger",
        "one.sqlite3",
        "sandbox",
        "serve",
        "--devices",
        "5",
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("already exists"), "{out}");
}

impl Sandbox {
    /// POSTs an activity: the status and body.
    fn post_activity(
        &self,
        token: &str,
        kind: &str,
        serials: &[String],
        server: Option<&str>,
    ) -> (u16, String) {
        let devices: Vec<serde_json::Value> = serials
            .iter()
            .map(|s| serde_json::json!({"type": "orgDevices", "id": s}))
            .collect();
        let mut relationships = serde_json::json!({"devices": {"data": devices}});
        if let Some(id) = server {
            relationships["mdmServer"] =
                serde_json::json!({"data": {"type": "mdmServers", "id": id}});
        }
        let body = serde_json::json!({"data": {
            "type": "orgDeviceActivities",
            "attributes": {"activityType": kind},
            "relationships": relationships,
        }});
        let response = self
            .http
            .post(format!("{}/v1/orgDeviceActivities", self.start.base_url))
            .bearer_auth(token)
            .json(&body)
            .send()
            .expect("POST");
        (response.status().as_u16(), response.text().expect("body"))
    }

    /// Polls an activity until it is no longer IN_PROGRESS; the subStatuses seen on the way.
    fn wait(&self, token: &str, id: &str) -> (OrgDeviceActivity, Vec<String>) {
        let mut seen = Vec::new();
        for _ in 0..200 {
            let got: Document<OrgDeviceActivity> =
                self.get_ok(token, &format!("/v1/orgDeviceActivities/{id}"));
            let attrs = got.data.attributes.clone().expect("attributes");
            let sub = attrs.sub_status.clone().unwrap_or_default();
            if seen.last() != Some(&sub) {
                seen.push(sub);
            }
            if attrs.status.as_deref() != Some("IN_PROGRESS") {
                return (got.data, seen);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        panic!("activity {id} never completed: {seen:?}");
    }
}

/// An ASSIGN_DEVICES activity goes from 201 IN_PROGRESS/SUBMITTED through Apple's subStatus
/// sequence to COMPLETED; its CSV log has a line per device (an unknown serial FAILED, as Apple
/// accepts it and fails it per device); the change is in the ledger, as one abmctl activity,
/// and in the next GET. Bad requests: unknown service 409, >1000 devices 400, no service 400.
#[test]
fn sandbox_activity_assigns_through_the_rules() {
    let env = org(3);
    let sandbox = Sandbox::start(&env, &["--activity-delay", "200"]);
    let token = sandbox.token();
    let servers: MdmServersResponse =
        sandbox.get_ok(&token, "/v1/mdmServers?fields[mdmServers]=serverName");
    let b = servers
        .data
        .iter()
        .find(|s| s.attributes.as_ref().and_then(|a| a.server_name.as_deref()) == Some("B"))
        .expect("service B")
        .id
        .clone();
    let serials = vec![serial(1), serial(2), "NOSUCH00001".to_string()];
    let (status, body) = sandbox.post_activity(&token, "ASSIGN_DEVICES", &serials, Some(&b));
    assert_eq!(status, 201, "{body}");
    let created: Document<OrgDeviceActivity> = serde_json::from_str(&body).expect("JSON");
    let attrs = created.data.attributes.clone().expect("attributes");
    assert_eq!(
        (attrs.status.as_deref(), attrs.sub_status.as_deref()),
        (Some("IN_PROGRESS"), Some("SUBMITTED"))
    );
    assert!(attrs.download_url.is_none());
    let (done, seen) = sandbox.wait(&token, &created.data.id);
    assert_eq!(seen.first().map(String::as_str), Some("SUBMITTED"));
    assert!(seen.iter().any(|s| s == "PROCESSING"), "{seen:?}");
    let attrs = done.attributes.expect("attributes");
    assert_eq!(
        (attrs.status.as_deref(), attrs.sub_status.as_deref()),
        (Some("COMPLETED"), Some("COMPLETED_WITH_FAILURE"))
    );
    assert!(attrs.completed_date_time.is_some());
    let url = attrs.download_url.expect("a downloadUrl");
    let csv = sandbox
        .http
        .get(&url)
        .send()
        .expect("GET log")
        .text()
        .expect("text");
    let lines = abmctl::api::activity_log::read(&csv).expect("a log");
    let statuses: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| (l.serial_number.as_str(), l.operation_status.as_str()))
        .collect();
    assert_eq!(
        statuses,
        [
            (serial(1).as_str(), "SUCCESS"),
            (serial(2).as_str(), "SUCCESS"),
            ("NOSUCH00001", "FAILED")
        ]
    );
    let one: Document<OrgDevice> = sandbox.get_ok(&token, &format!("/v1/orgDevices/{}", serial(1)));
    assert_eq!(
        one.data.attributes.expect("attrs").status.as_deref(),
        Some("ASSIGNED")
    );
    assert_eq!(
        env.states()[..3],
        [
            format!("{} ASSIGNED B", serial(1)),
            format!("{} ASSIGNED B", serial(2)),
            format!("{} UNASSIGNED -", serial(3)),
        ]
    );

    let (status, body) = sandbox.post_activity(
        &token,
        "ASSIGN_DEVICES",
        &serials,
        Some("0123456789ABCDEF0123456789ABCDEF"),
    );
    assert_eq!(status, 409, "{body}");
    let many: Vec<String> = (1..=1001).map(serial).collect();
    assert_eq!(
        sandbox
            .post_activity(&token, "ASSIGN_DEVICES", &many, Some(&b))
            .0,
        400
    );
    assert_eq!(
        sandbox
            .post_activity(&token, "ASSIGN_DEVICES", &serials, None)
            .0,
        400
    );
    assert_eq!(
        sandbox
            .post_activity(&token, "PAINT_DEVICES", &serials, Some(&b))
            .0,
        400
    );
    sandbox.get_err(Some(&token), "/v1/orgDeviceActivities/nope", 404);

    // UNASSIGN_DEVICES, all successful.
    let (status, body) = sandbox.post_activity(&token, "UNASSIGN_DEVICES", &serials[..1], Some(&b));
    assert_eq!(status, 201, "{body}");
    let created: Document<OrgDeviceActivity> = serde_json::from_str(&body).expect("JSON");
    let (done, _) = sandbox.wait(&token, &created.data.id);
    assert_eq!(
        done.attributes.expect("attrs").sub_status.as_deref(),
        Some("COMPLETED_WITH_SUCCESS")
    );
    assert_eq!(env.states()[0], format!("{} UNASSIGNED -", serial(1)));
}

/// `/__sandbox/stats`.
#[derive(Debug, Deserialize)]
struct Stats {
    requests: u64,
    #[serde(rename = "byRoute")]
    by_route: std::collections::BTreeMap<String, std::collections::BTreeMap<String, u64>>,
}

impl Sandbox {
    fn stats(&self) -> Stats {
        let (status, body) = self.get(None, "/__sandbox/stats");
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).expect("stats JSON")
    }
}

/// Rate limits answer 429 with Apple's body and `Retry-After` in seconds, past N GETs a minute
/// and N POSTs an hour; `/__sandbox/stats` counts every request by route and status.
#[test]
fn sandbox_rate_limits_and_stats() {
    let env = org(3);
    let sandbox = Sandbox::start(
        &env,
        &["--rate-limit-get", "3/min", "--rate-limit-post", "1/h"],
    );
    let token = sandbox.token();
    for _ in 0..3 {
        sandbox.get_ok::<OrgDevicesResponse>(&token, "/v1/orgDevices");
    }
    let response = sandbox
        .http
        .get(format!("{}/v1/orgDevices", sandbox.start.base_url))
        .bearer_auth(&token)
        .send()
        .expect("GET");
    assert_eq!(response.status().as_u16(), 429);
    let retry: u64 = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After in seconds");
    assert!((1..=60).contains(&retry), "{retry}");
    let body: ErrorResponse = response.json().expect("error body");
    assert_eq!(body.errors[0].code, "RATE_LIMIT_EXCEEDED");
    let unknown = vec!["NOSUCH00001".to_string()];
    assert_eq!(
        sandbox
            .post_activity(&token, "RELEASE_DEVICES", &unknown, None)
            .0,
        201
    );
    assert_eq!(
        sandbox
            .post_activity(&token, "RELEASE_DEVICES", &unknown, None)
            .0,
        429
    );

    let stats = sandbox.stats();
    assert_eq!(stats.requests, 1 + 4 + 2, "{stats:?}");
    assert_eq!(stats.by_route["POST /auth/oauth2/token"]["200"], 1);
    assert_eq!(stats.by_route["GET /v1/orgDevices"]["200"], 3);
    assert_eq!(stats.by_route["GET /v1/orgDevices"]["429"], 1);
    assert_eq!(stats.by_route["POST /v1/orgDeviceActivities"]["201"], 1);
    assert_eq!(stats.by_route["POST /v1/orgDeviceActivities"]["429"], 1);
}

/// Each other fault flag produces its fault: 500s (the same ones again from the same
/// --fault-seed), latency, truncated and malformed JSON, tokens that die early, activities whose
/// devices fail.
#[test]
fn sandbox_fault_flags_produce_their_faults() {
    let env = org(3);
    let statuses = |seed: &str| {
        let sandbox = Sandbox::start(&env, &["--error-rate", "0.5", "--fault-seed", seed]);
        let token = sandbox.token();
        let seen: Vec<u16> = (0..16)
            .map(|_| sandbox.get(Some(&token), "/v1/mdmServers").0)
            .collect();
        seen
    };
    let first = statuses("9");
    assert!(first.contains(&500) && first.contains(&200), "{first:?}");
    assert_eq!(first, statuses("9"));

    let sandbox = Sandbox::start(&env, &["--error-rate", "1"]);
    let token = sandbox.token();
    let error = sandbox.get_err(Some(&token), "/v1/orgDevices", 500);
    assert_eq!(error.code, "UNEXPECTED_ERROR");
    drop(sandbox);

    let sandbox = Sandbox::start(&env, &["--latency", "300"]);
    let token = sandbox.token();
    let started = std::time::Instant::now();
    sandbox.get_ok::<MdmServersResponse>(&token, "/v1/mdmServers");
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
    drop(sandbox);

    for flag in ["--truncate-rate", "--malformed-rate"] {
        let sandbox = Sandbox::start(&env, &[flag, "1"]);
        let token = sandbox.token();
        let (status, body) = sandbox.get(Some(&token), "/v1/orgDevices");
        assert_eq!(status, 200, "{flag}");
        assert!(
            serde_json::from_str::<serde_json::Value>(&body).is_err(),
            "{flag}: {body}"
        );
    }

    // Dropped connections: closed with no response at all; counted in the stats.
    let sandbox = Sandbox::start(&env, &["--drop-rate", "1"]);
    let token = sandbox.token();
    let dropped = sandbox
        .http
        .get(format!("{}/v1/orgDevices", sandbox.start.base_url))
        .bearer_auth(&token)
        .send();
    assert!(dropped.is_err(), "{dropped:?}");
    assert_eq!(sandbox.stats().by_route["(dropped)"]["none"], 1);
    drop(sandbox);

    // A cursor that repeats once: the second page names itself as next, once.
    let sandbox = Sandbox::start(&env, &["--repeat-cursor"]);
    let token = sandbox.token();
    let first: OrgDevicesResponse = sandbox.get_ok(&token, "/v1/orgDevices?limit=1");
    let cursor = first.meta.paging.next_cursor.expect("a cursor");
    let url = format!("/v1/orgDevices?limit=1&cursor={cursor}");
    let second: OrgDevicesResponse = sandbox.get_ok(&token, &url);
    assert_eq!(
        second.meta.paging.next_cursor.as_deref(),
        Some(cursor.as_str())
    );
    let again: OrgDevicesResponse = sandbox.get_ok(&token, &url);
    assert_eq!(again.data, second.data);
    assert_ne!(
        again.meta.paging.next_cursor.as_deref(),
        Some(cursor.as_str())
    );
    drop(sandbox);

    let sandbox = Sandbox::start(&env, &["--token-lifetime", "1"]);
    let token = sandbox.token();
    sandbox.get_ok::<MdmServersResponse>(&token, "/v1/mdmServers");
    std::thread::sleep(std::time::Duration::from_millis(1200));
    let expired = sandbox.get_err(Some(&token), "/v1/mdmServers", 401);
    assert!(expired.detail.contains("expired"), "{expired:?}");
    drop(sandbox);

    let sandbox = Sandbox::start(
        &env,
        &["--activity-error-rate", "1", "--activity-delay", "40"],
    );
    let token = sandbox.token();
    let (status, body) = sandbox.post_activity(&token, "RELEASE_DEVICES", &[serial(3)], None);
    assert_eq!(status, 201, "{body}");
    let created: Document<OrgDeviceActivity> = serde_json::from_str(&body).expect("JSON");
    let (done, _) = sandbox.wait(&token, &created.data.id);
    assert_eq!(
        done.attributes.expect("attrs").sub_status.as_deref(),
        Some("COMPLETED_WITH_ERROR")
    );
    // The failed device was not changed.
    assert_eq!(env.states()[2], format!("{} UNASSIGNED -", serial(3)));
}

/// Activities and tokens outlive the server: an activity whose completion time has passed is
/// applied when it is read (the timer has not fired yet), and stays COMPLETED with the same
/// log after a restart, not applied twice; one due while no sandbox ran is applied after the
/// restart; a token issued before the restart still works, and the ledger holds no token;
/// past Apple's 30 days an activity and its log are 404.
#[test]
fn sandbox_remembers_activities_and_tokens_across_restarts() {
    let env = org(3);
    // An hour: nothing completes by itself while the test runs.
    let sandbox = Sandbox::start(&env, &["--activity-delay", "3600000"]);
    let token = sandbox.token();
    let servers: MdmServersResponse =
        sandbox.get_ok(&token, "/v1/mdmServers?fields[mdmServers]=serverName");
    let a = servers
        .data
        .iter()
        .find(|s| s.attributes.as_ref().and_then(|a| a.server_name.as_deref()) == Some("A"))
        .expect("service A")
        .id
        .clone();
    let post = |serials: &[String]| {
        let (status, body) = sandbox.post_activity(&token, "ASSIGN_DEVICES", serials, Some(&a));
        assert_eq!(status, 201, "{body}");
        let created: Document<OrgDeviceActivity> = serde_json::from_str(&body).expect("JSON");
        created.data.id
    };
    let read = |sandbox: &Sandbox, token: &str, id: &str| {
        let got: Document<OrgDeviceActivity> =
            sandbox.get_ok(token, &format!("/v1/orgDeviceActivities/{id}"));
        got.data.attributes.expect("attributes")
    };
    let early = post(&[serial(1)]);
    let late = post(&[serial(2), "NOSUCH00001".to_string()]);
    let attrs = read(&sandbox, &token, &early);
    assert_eq!(attrs.status.as_deref(), Some("IN_PROGRESS"));
    assert!(attrs.download_url.is_none());

    // Due now, though its timer sleeps for an hour: the read applies it.
    env.exec(&format!(
        "UPDATE sandbox_activities SET completes_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', \
         '-1 second') WHERE id = '{early}'"
    ));
    let attrs = read(&sandbox, &token, &early);
    assert_eq!(
        (attrs.status.as_deref(), attrs.sub_status.as_deref()),
        (Some("COMPLETED"), Some("COMPLETED_WITH_SUCCESS"))
    );
    let url = attrs.download_url.expect("a downloadUrl");
    let log = |sandbox: &Sandbox| {
        let (status, body) = sandbox.get(None, &url);
        assert_eq!(status, 200, "{body}");
        body
    };
    let first_log = log(&sandbox);
    assert_eq!(env.states()[0], format!("{} ASSIGNED A", serial(1)));
    assert_eq!(env.states()[1], format!("{} UNASSIGNED -", serial(2)));
    let stored: Vec<Vec<String>> = env.sql("SELECT token_hash FROM sandbox_tokens");
    assert_eq!(stored.len(), 1);
    assert!(!stored[0][0].contains(&token), "the ledger holds the token");
    assert_eq!(sandbox.signal("-TERM"), Some(130));

    // While no sandbox runs, the other activity falls due.
    env.exec(&format!(
        "UPDATE sandbox_activities SET completes_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', \
         '-1 second') WHERE id = '{late}'"
    ));
    let again = Sandbox::start(&env, &["--activity-delay", "3600000"]);
    let attrs = read(&again, &token, &late);
    assert_eq!(
        (attrs.status.as_deref(), attrs.sub_status.as_deref()),
        (Some("COMPLETED"), Some("COMPLETED_WITH_FAILURE"))
    );
    let csv = again
        .http
        .get(attrs.download_url.expect("a downloadUrl"))
        .send()
        .expect("GET log")
        .text()
        .expect("text");
    let lines = abmctl::api::activity_log::read(&csv).expect("a log");
    let statuses: Vec<&str> = lines.iter().map(|l| l.operation_status.as_str()).collect();
    assert_eq!(statuses, ["SUCCESS", "FAILED"]);
    assert_eq!(env.states()[1], format!("{} ASSIGNED A", serial(2)));

    // The early one is as it was: same log (at the new address), applied once.
    let attrs = read(&again, &token, &early);
    assert_eq!(attrs.status.as_deref(), Some("COMPLETED"));
    let moved = attrs.download_url.expect("a downloadUrl");
    assert!(moved.starts_with(&again.start.base_url), "{moved}");
    let (status, body) = again.get(None, &moved);
    assert_eq!((status, body), (200, first_log));
    let applied = env.sql_count(
        "SELECT count(*) FROM sandbox_activities s JOIN activities a ON a.id = s.activity_id",
    );
    assert_eq!(applied, 2);
    let activities = env.sql_count("SELECT count(*) FROM activities WHERE action = 'reassign'");
    assert_eq!(activities, 2);

    // Past 30 days: gone, log and all.
    env.exec(&format!(
        "UPDATE sandbox_activities SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', \
         '-31 days') WHERE id = '{early}'"
    ));
    let gone = again.get_err(
        Some(&token),
        &format!("/v1/orgDeviceActivities/{early}"),
        404,
    );
    assert_eq!(gone.code, "NOT_FOUND");
    again.get_err(None, &moved, 404);
    again.get_err(Some("not-a-token-it-issued"), "/v1/mdmServers", 401);
}

/// `appleCareCoverage` (§4.4): every device has a Limited Warranty from the day it was added,
/// for a year, ACTIVE or INACTIVE by today's date (or, when nothing is active, sometimes no
/// record at all, as live users report); the same answer every time; `fields`, `limit` and
/// the device's own `related` link work; an unknown device is 404.
#[test]
fn sandbox_serves_apple_care_coverage() {
    use abmctl::api::wire::AppleCareCoverageResponse;
    let env = org(40);
    let sandbox = Sandbox::start(&env, &[]);
    let token = sandbox.token();
    let now = jiff::Timestamp::now();
    let mut kinds = std::collections::BTreeSet::new();
    for n in 1..=40 {
        let device: Document<OrgDevice> =
            sandbox.get_ok(&token, &format!("/v1/orgDevices/{}", serial(n)));
        let related = device
            .data
            .relationships
            .and_then(|r| r.apple_care_coverage)
            .and_then(|r| r.links)
            .and_then(|l| l.related)
            .expect("a related link");
        let coverage: AppleCareCoverageResponse = sandbox.get_ok(&token, &related);
        assert_eq!(
            coverage,
            sandbox.get_ok::<AppleCareCoverageResponse>(&token, &related)
        );
        assert_eq!(coverage.meta.paging.limit, 100);
        let added = device
            .data
            .attributes
            .and_then(|a| a.added_to_org_date_time)
            .expect("added");
        let added: jiff::Timestamp = added.parse().expect("a date");
        let warranty_end = added
            .to_zoned(jiff::tz::TimeZone::UTC)
            .checked_add(jiff::Span::new().years(1))
            .expect("a year later")
            .timestamp();
        if coverage.data.is_empty() {
            assert!(
                warranty_end <= now,
                "{}: no record while covered",
                serial(n)
            );
            continue;
        }
        let warranty = coverage
            .data
            .iter()
            .find(|c| c.id == serial(n))
            .expect("a Limited Warranty");
        assert_eq!(warranty.kind, "appleCareCoverage");
        let w = warranty.attributes.clone().expect("attributes");
        assert_eq!(w.description.as_deref(), Some("Limited Warranty"));
        assert_eq!(w.payment_type.as_deref(), Some("NONE"));
        assert_eq!(w.agreement_number, Some(None));
        let end: jiff::Timestamp = w
            .end_date_time
            .flatten()
            .expect("an end")
            .parse()
            .expect("a date");
        assert_eq!(end, warranty_end);
        let active = if now < warranty_end {
            "ACTIVE"
        } else {
            "INACTIVE"
        };
        assert_eq!(w.status.as_deref(), Some(active));
        for c in &coverage.data {
            let attrs = c.attributes.as_ref().expect("attributes");
            kinds.insert(attrs.payment_type.clone().unwrap_or_default());
        }
    }
    assert!(kinds.contains("NONE") && kinds.len() > 1, "{kinds:?}");

    let base = format!("/v1/orgDevices/{}/appleCareCoverage", serial(1));
    let (status, body) = sandbox.get(
        Some(&token),
        &format!("{base}?fields[appleCareCoverage]=status,agreementNumber"),
    );
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    for item in json["data"].as_array().expect("data") {
        let keys: Vec<&String> = item["attributes"]
            .as_object()
            .expect("attributes")
            .keys()
            .collect();
        assert_eq!(keys, ["agreementNumber", "status"], "{body}");
    }
    // A page of one: a cursor when there is more.
    let all: AppleCareCoverageResponse = sandbox.get_ok(&token, &base);
    let one: AppleCareCoverageResponse = sandbox.get_ok(&token, &format!("{base}?limit=1"));
    assert_eq!(one.data.len(), all.data.len().min(1));
    assert_eq!(one.links.next.is_some(), all.data.len() > 1);
    for (query, parameter) in [
        ("limit=1001", "limit"),
        (
            "fields[appleCareCoverage]=status,warp",
            "fields[appleCareCoverage]",
        ),
    ] {
        let error = sandbox.get_err(Some(&token), &format!("{base}?{query}"), 400);
        assert_eq!(
            error.source,
            Some(abmctl::api::wire::ErrorSource::Parameter(
                parameter.to_string()
            )),
            "{query}"
        );
    }
    sandbox.get_err(Some(&token), "/v1/orgDevices/NOSUCH/appleCareCoverage", 404);
    sandbox.get_err(None, &base, 401);
}

/// Too many token requests are a 400 with an OAuth error body (Apple's answer, §2.2), past
/// `--rate-limit-token` and past 20 an hour with `--apple-limits`; and `/__sandbox/stats`
/// counts every request sent — token requests, unknown paths (404) and wrong methods (405)
/// too — so its total is the number of requests.
#[test]
fn sandbox_limits_token_requests_and_counts_every_request() {
    let env = org(1);
    let sandbox = Sandbox::start(&env, &["--rate-limit-token", "2/h"]);
    let assertion = sandbox.assertion(&sandbox.good_claims());
    for _ in 0..2 {
        assert_eq!(sandbox.token_request(&assertion, "business.api").0, 200);
    }
    let (status, body) = sandbox.token_request(&assertion, "business.api");
    assert_eq!(status, 400, "{body}");
    let error: OAuthError = serde_json::from_str(&body).expect("an OAuth error");
    assert_eq!(
        (error.error.as_str(), error.error_description.as_deref()),
        ("invalid_request", Some("too many token requests"))
    );
    let (status, body) = sandbox.get(None, "/v1/nothing/here");
    assert_eq!(status, 404);
    let error: ErrorResponse = serde_json::from_str(&body).expect("Apple's error body");
    assert_eq!(error.errors[0].code, "NOT_FOUND");
    let wrong = sandbox
        .http
        .delete(format!("{}/v1/orgDevices", sandbox.start.base_url))
        .send()
        .expect("DELETE");
    assert_eq!(wrong.status().as_u16(), 405);
    let error: ErrorResponse = wrong.json().expect("Apple's error body");
    assert_eq!(error.errors[0].code, "METHOD_NOT_ALLOWED");
    assert_eq!(sandbox.get(None, "/v1/orgDevices").0, 401);

    let stats = sandbox.stats();
    assert_eq!(stats.requests, 3 + 1 + 1 + 1, "{stats:?}");
    let token_route = &stats.by_route["POST /auth/oauth2/token"];
    assert_eq!((token_route["200"], token_route["400"]), (2, 1));
    assert_eq!(stats.by_route["GET (no route)"]["404"], 1);
    assert_eq!(stats.by_route["DELETE /v1/orgDevices"]["405"], 1);
    assert_eq!(stats.by_route["GET /v1/orgDevices"]["401"], 1);
    drop(sandbox);

    let sandbox = Sandbox::start(&env, &["--apple-limits"]);
    let assertion = sandbox.assertion(&sandbox.good_claims());
    let statuses: Vec<u16> = (0..21)
        .map(|_| sandbox.token_request(&assertion, "business.api").0)
        .collect();
    assert_eq!(statuses[..20], [200; 20]);
    assert_eq!(statuses[20], 400);
}
