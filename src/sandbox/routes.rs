//! The sandbox's endpoints: the OAuth token endpoint, the bearer check, and the device and
//! service routes with Apple's paging (`limit`, opaque `cursor`), `fields[…]` and error bodies
//! (§2–§5, §7 of the reference). Each request reads the ledger as it is then.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use axum::extract::{Path, Query, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use base64ct::{Base64UrlUnpadded, Encoding as _};
use serde::Serialize;

use super::tokens::Token;
use super::{Sandbox, activities, coverage, faults};
use crate::api::wire::{
    ApiError, Document, ErrorResponse, ErrorSource, Linkage, Links, ListDocument, MdmServer,
    MdmServerAttributes, Meta, OAuthError, OrgDevice, OrgDeviceAttributes, Paging, Relationship,
    Relationships, Resource, TokenResponse,
};
use crate::api::{self, Scope, jwt, types};
use crate::ledger::Ledger;
use crate::ledger::devices::{self, Device};
use crate::ledger::services::{self, Service};
use crate::model::attributes::{Attr, pieces};

type Shared = Arc<Sandbox>;
pub(super) type Params = HashMap<String, String>;

/// The routes.
pub(super) fn router(sandbox: Shared) -> axum::Router {
    axum::Router::new()
        .route(api::TOKEN_PATH, post(token))
        .route("/v1/orgDevices", get(org_devices))
        .route("/v1/orgDevices/{id}", get(org_device))
        .route(
            "/v1/orgDevices/{id}/relationships/assignedServer",
            get(assigned_server_linkage),
        )
        .route("/v1/orgDevices/{id}/assignedServer", get(assigned_server))
        .route(
            "/v1/orgDevices/{id}/appleCareCoverage",
            get(coverage::apple_care_coverage),
        )
        .route("/v1/mdmServers", get(mdm_servers))
        .route(
            "/v1/mdmServers/{id}",
            get(mdm_server).patch(update_mdm_server),
        )
        .route(
            "/v1/mdmServers/{id}/relationships/devices",
            get(mdm_server_devices),
        )
        .route(
            "/v1/mdmServers/{id}/devices",
            get(mdm_server_devices_related),
        )
        .route("/v1/orgDeviceActivities", post(activities::create))
        .route("/v1/orgDeviceActivities/{id}", get(activities::get))
        .route("/__sandbox/activityLogs/{file}", get(activities::download))
        .route("/__sandbox/stats", get(faults::stats))
        .method_not_allowed_fallback(method_not_allowed)
        .route_layer(axum::middleware::from_fn_with_state(
            Arc::clone(&sandbox),
            faults::middleware,
        ))
        .fallback(not_found_route)
        .with_state(sandbox)
}

// ---------------------------------------------------------------------------------------------
// Responses

/// A JSON body with `status`.
pub(super) fn json<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// An API failure, answered with Apple's `ErrorResponse` (§7).
#[derive(Debug)]
pub(super) struct Failure {
    status: StatusCode,
    code: &'static str,
    title: &'static str,
    detail: String,
    source: Option<ErrorSource>,
}

impl Failure {
    pub(super) fn new(
        status: StatusCode,
        code: &'static str,
        title: &'static str,
        detail: String,
    ) -> Self {
        Failure {
            status,
            code,
            title,
            detail,
            source: None,
        }
    }

    pub(super) fn pointer(
        status: StatusCode,
        code: &'static str,
        pointer: &str,
        detail: String,
    ) -> Self {
        Failure {
            source: Some(ErrorSource::Pointer(pointer.to_string())),
            ..Failure::new(status, code, "The request entity is not valid", detail)
        }
    }

    fn parameter(name: &str, detail: String) -> Self {
        Failure {
            source: Some(ErrorSource::Parameter(name.to_string())),
            ..Failure::new(
                StatusCode::BAD_REQUEST,
                "PARAMETER_ERROR.INVALID",
                "A parameter has an invalid value",
                detail,
            )
        }
    }

    pub(super) fn not_found(kind: &str, id: &str) -> Self {
        Failure::new(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The specified resource doesn't exist",
            format!(
                "There is no resource of type '{kind}' with id '{}'",
                printable(id)
            ),
        )
    }

    fn unauthorized(detail: &str) -> Self {
        Failure::new(
            StatusCode::UNAUTHORIZED,
            "NOT_AUTHORIZED",
            "Authentication credentials are missing or invalid",
            detail.to_string(),
        )
    }

    pub(super) fn internal(e: &anyhow::Error) -> Self {
        Failure::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            "An unexpected error occurred",
            format!("{e:#}"),
        )
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let body = ErrorResponse {
            errors: vec![ApiError {
                id: Some(uuid::Uuid::new_v4().to_string()),
                status: self.status.as_u16().to_string(),
                code: self.code.to_string(),
                title: self.title.to_string(),
                detail: self.detail,
                source: self.source,
            }],
        };
        json(self.status, &body)
    }
}

type Answer = Result<Response, Failure>;

/// Text from a request as it may be echoed: control characters dropped, at most 64 characters.
fn printable(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(64).collect()
}

/// A route asked with a method it does not take: Apple's error body rather than axum's empty
/// 405 (App Store Connect, whose conventions this API follows, answers `METHOD_NOT_ALLOWED`).
async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> Response {
    Failure::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "METHOD_NOT_ALLOWED",
        "The request method is not valid for the resource path",
        format!(
            "{} is not allowed on {}",
            printable(method.as_str()),
            printable(uri.path())
        ),
    )
    .into_response()
}

/// Any path that is no route: Apple's 404, counted in the stats like every other request (the
/// fault middleware only wraps routes).
async fn not_found_route(
    State(sandbox): State<Shared>,
    method: axum::http::Method,
    uri: axum::http::Uri,
) -> Response {
    let response = Failure::new(
        StatusCode::NOT_FOUND,
        "NOT_FOUND",
        "The specified resource doesn't exist",
        format!("The path {} is not an endpoint", printable(uri.path())),
    )
    .into_response();
    sandbox
        .faults
        .count(&format!("{method} {}", faults::NO_ROUTE), response.status());
    response
}

// ---------------------------------------------------------------------------------------------
// OAuth

fn oauth_error(error: &str, description: &str) -> Response {
    json(
        StatusCode::BAD_REQUEST,
        &OAuthError {
            error: error.to_string(),
            error_description: Some(description.to_string()),
        },
    )
}

/// `POST /auth/oauth2/token`: the parameters in the form body or the query string (Apple's
/// example uses the query string, clients send a form body; both work, §2.2).
async fn token(State(sandbox): State<Shared>, RawQuery(query): RawQuery, body: String) -> Response {
    let mut params: Params = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        params.insert(k.into_owned(), v.into_owned());
    }
    for (k, v) in url::form_urlencoded::parse(body.as_bytes()) {
        params.insert(k.into_owned(), v.into_owned());
    }
    let response = issue(&sandbox, &params).await;
    sandbox.config.out.status(format!(
        "POST {} client_id={}: {}",
        api::TOKEN_PATH,
        printable(params.get("client_id").map_or("-", String::as_str)),
        response.status().as_u16()
    ));
    response
}

async fn issue(sandbox: &Shared, params: &Params) -> Response {
    let config = &sandbox.config;
    let param = |name: &str| params.get(name).map(String::as_str).unwrap_or_default();
    for name in [
        "grant_type",
        "client_id",
        "client_assertion_type",
        "client_assertion",
        "scope",
    ] {
        if param(name).is_empty() {
            return oauth_error("invalid_request", &format!("{name} is required"));
        }
    }
    if param("grant_type") != api::GRANT_TYPE {
        return oauth_error(
            "unsupported_grant_type",
            "grant_type must be client_credentials",
        );
    }
    if param("client_assertion_type") != api::CLIENT_ASSERTION_TYPE {
        return oauth_error(
            "invalid_request",
            "client_assertion_type must be jwt-bearer",
        );
    }
    let Some(scope) = Scope::parse(param("scope")) else {
        return oauth_error("invalid_scope", "scope must be business.api or school.api");
    };
    if param("client_id") != config.client_id {
        return oauth_error("invalid_client", "unknown client_id");
    }
    let own = format!("{}{}", config.base_url, api::TOKEN_PATH);
    let expected = jwt::Expected {
        key: &config.public_key,
        kid: &config.key_id,
        client_id: &config.client_id,
        audiences: &[api::APPLE_AUDIENCE, &own],
        now: jiff::Timestamp::now().as_second(),
    };
    if let Err(why) = jwt::verify(param("client_assertion"), &expected) {
        config.out.status(format!("  assertion refused: {why}"));
        return oauth_error("invalid_client", "the client assertion is not valid");
    }
    let access_token = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    // `--token-lifetime` makes tokens die before the hour they announce.
    let lifetime = std::time::Duration::from_secs(api::TOKEN_LIFETIME_SECS.unsigned_abs())
        .min(config.token_lifetime);
    let expires = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::try_from(lifetime).unwrap_or_default())
        .unwrap_or(jiff::Timestamp::MAX);
    let token = Token { scope, expires };
    let (kept, issued) = (Arc::clone(sandbox), access_token.clone());
    let stored =
        tokio::task::spawn_blocking(move || kept.tokens.issue(&kept.config, &issued, token)).await;
    match stored {
        Ok(Ok(())) => {}
        // Apple's token endpoint failing is a 5xx too; the client retries it.
        Ok(Err(e)) => return Failure::internal(&e).into_response(),
        Err(e) => return Failure::internal(&anyhow::anyhow!("{e}")).into_response(),
    }
    json(
        StatusCode::OK,
        &TokenResponse {
            access_token,
            token_type: "Bearer".to_string(),
            expires_in: api::TOKEN_LIFETIME_SECS,
            scope: scope.as_str().to_string(),
        },
    )
}

/// The bearer check every API route makes: 401 when the token is absent, unknown or expired,
/// 403 when it was issued for the other scope.
pub(super) async fn authorize(sandbox: &Shared, headers: &HeaderMap) -> Result<(), Failure> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(Failure::unauthorized("The Authorization header is missing"));
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .unwrap_or_default();
    // From memory on the async thread; only a token this run has not seen reads the ledger.
    let found = match sandbox.tokens.cached(token) {
        Some(found) => Some(found),
        None => {
            let (kept, token) = (Arc::clone(sandbox), token.to_string());
            let read = tokio::task::spawn_blocking(move || kept.tokens.find(&kept.config, &token));
            match read.await {
                Ok(Ok(found)) => found,
                Ok(Err(e)) => return Err(Failure::internal(&e)),
                Err(e) => return Err(Failure::internal(&anyhow::anyhow!("{e}"))),
            }
        }
    };
    match found {
        None => Err(Failure::unauthorized("The access token is unknown")),
        Some(t) if t.expires <= jiff::Timestamp::now() => {
            Err(Failure::unauthorized("The access token has expired"))
        }
        Some(t) if t.scope != sandbox.config.scope => Err(Failure::new(
            StatusCode::FORBIDDEN,
            "FORBIDDEN_ERROR",
            "This request is forbidden for security reasons",
            format!(
                "A {} token cannot be used with the {} API",
                t.scope.as_str(),
                sandbox.config.scope.as_str()
            ),
        )),
        Some(_) => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// Query parameters

/// `limit`: default 100, 1 to 1000 (§3).
pub(super) fn limit(params: &Params) -> Result<u32, Failure> {
    match params.get("limit") {
        None => Ok(api::DEFAULT_LIMIT),
        Some(text) => match text.parse::<u32>() {
            Ok(n) if (1..=api::MAX_LIMIT).contains(&n) => Ok(n),
            _ => Err(Failure::parameter(
                "limit",
                format!(
                    "The limit '{}' must be an integer from 1 to {}",
                    printable(text),
                    api::MAX_LIMIT
                ),
            )),
        },
    }
}

/// `cursor`: opaque to clients; the last serial number of the previous page.
pub(super) fn cursor(params: &Params) -> Result<String, Failure> {
    let Some(text) = params.get("cursor") else {
        return Ok(String::new());
    };
    Base64UrlUnpadded::decode_vec(text)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|s| s.strip_prefix("s:").map(str::to_string))
        .ok_or_else(|| Failure::parameter("cursor", "The cursor is not valid".to_string()))
}

fn make_cursor(last: &str) -> String {
    Base64UrlUnpadded::encode_string(format!("s:{last}").as_bytes())
}

/// `fields[kind]`: the names asked for (None: all), each one of `allowed`.
pub(super) fn fields(
    params: &Params,
    kind: &str,
    allowed: &[&str],
) -> Result<Option<HashSet<String>>, Failure> {
    let name = format!("fields[{kind}]");
    let Some(text) = params.get(&name) else {
        return Ok(None);
    };
    let mut asked = HashSet::new();
    for field in text.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        if !allowed.contains(&field) {
            return Err(Failure::parameter(
                &name,
                format!(
                    "'{}' is not a valid field name for {name}; allowed: {}",
                    printable(field),
                    allowed.join(", ")
                ),
            ));
        }
        asked.insert(field.to_string());
    }
    Ok(Some(asked))
}

/// The query of a `next` link: the request's own parameters with the new cursor.
fn next_url(base: &str, path: &str, params: &Params, cursor: &str) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    let mut kept: Vec<(&String, &String)> = params
        .iter()
        .filter(|(k, _)| k.as_str() != "cursor")
        .collect();
    kept.sort();
    for (k, v) in kept {
        query.append_pair(k, v);
    }
    query.append_pair("cursor", cursor);
    format!("{base}{path}?{}", query.finish())
}

fn self_url(base: &str, path: &str, query: &Option<String>) -> String {
    match query.as_deref().filter(|q| !q.is_empty()) {
        Some(q) => format!("{base}{path}?{q}"),
        None => format!("{base}{path}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the ledger

/// Runs `read` on a read-only look at the ledger, off the async threads.
pub(super) async fn with_ledger<T: Send + 'static>(
    sandbox: &Shared,
    read: impl FnOnce(&rusqlite::Connection) -> anyhow::Result<T> + Send + 'static,
) -> Result<T, Failure> {
    let config = sandbox.config.clone();
    let joined = tokio::task::spawn_blocking(move || {
        let ledger = Ledger::open_read_only(&config.ledger, config.busy_timeout)?;
        read(ledger.conn())
    })
    .await;
    match joined {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(Failure::internal(&e)),
        Err(e) => Err(Failure::internal(&anyhow::anyhow!("{e}"))),
    }
}

/// Runs `write` in one transaction on the ledger, in a blocking task; its failure is a 500.
pub(super) async fn with_ledger_write<T: Send + 'static>(
    sandbox: &Shared,
    write: impl FnOnce(&rusqlite::Transaction<'_>) -> anyhow::Result<T> + Send + 'static,
) -> Result<T, Failure> {
    let config = sandbox.config.clone();
    let joined = tokio::task::spawn_blocking(move || {
        let mut ledger = Ledger::open(&config.ledger, config.busy_timeout)?;
        ledger.transact(|tx| Ok((write(tx)?, true)))
    })
    .await;
    match joined {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(Failure::internal(&e)),
        Err(e) => Err(Failure::internal(&anyhow::anyhow!("{e}"))),
    }
}

/// A service's `mdmServers` id: its Apple id once synced would do, but the sandbox's services
/// are its own, so it is 32 upper-case hex characters derived from the row id (stable for the
/// life of the service, as Apple's are).
pub(super) fn server_id(service: &Service) -> String {
    fn mix(mut z: u64) -> u64 {
        z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    let id = service.id.unsigned_abs();
    format!("{:016X}{:016X}", mix(id), mix(id ^ 0x5A4D_5345_5256_4552))
}

pub(super) fn find_service(
    conn: &rusqlite::Connection,
    id: &str,
) -> anyhow::Result<Option<Service>> {
    Ok(services::list(conn)?
        .into_iter()
        .find(|s| server_id(s) == id))
}

fn device_resource(
    base: &str,
    device: &Device,
    fields: Option<&HashSet<String>>,
    single: bool,
) -> OrgDevice {
    let want = |name: &str| fields.is_none_or(|f| f.contains(name));
    let text = |attr: Attr| {
        if want(attr.apple_name()) {
            device
                .text(attr)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        } else {
            None
        }
    };
    let list = |attr: Attr| {
        let values: Vec<String> = pieces(device.text(attr)).map(str::to_string).collect();
        (want(attr.apple_name()) && !values.is_empty()).then_some(values)
    };
    let attributes = OrgDeviceAttributes {
        serial_number: text(Attr::SerialNumber),
        added_to_org_date_time: text(Attr::AddedToOrgDateTime),
        // Apple: "Batch device queries aren't currently supported for this property" (§4.3).
        released_from_org_date_time: if single {
            text(Attr::ReleasedFromOrgDateTime)
        } else {
            None
        },
        updated_date_time: None,
        device_model: text(Attr::DeviceModel),
        product_family: text(Attr::ProductFamily),
        product_type: text(Attr::ProductType),
        device_capacity: text(Attr::DeviceCapacity),
        part_number: text(Attr::PartNumber),
        order_number: text(Attr::OrderNumber),
        color: text(Attr::Color),
        status: text(Attr::Status),
        order_date_time: text(Attr::OrderDateTime),
        imei: list(Attr::Imei),
        meid: list(Attr::Meid),
        eid: text(Attr::Eid),
        purchase_source_id: text(Attr::PurchaseSourceId),
        purchase_source_type: text(Attr::PurchaseSourceType),
        wifi_mac_address: text(Attr::WifiMacAddress),
        bluetooth_mac_address: text(Attr::BluetoothMacAddress),
        ethernet_mac_address: list(Attr::EthernetMacAddress),
    };
    let id = &device.serial_number;
    let me = format!("{base}/v1/orgDevices/{id}");
    let relationships = Relationships {
        assigned_server: want("assignedServer").then(|| Relationship {
            links: Some(Links {
                self_: Some(format!("{me}/relationships/assignedServer")),
                related: Some(format!("{me}/assignedServer")),
                ..Links::default()
            }),
        }),
        apple_care_coverage: want("appleCareCoverage").then(|| Relationship {
            links: Some(Links {
                related: Some(format!("{me}/appleCareCoverage")),
                ..Links::default()
            }),
        }),
        devices: None,
    };
    Resource {
        kind: types::ORG_DEVICES.to_string(),
        id: id.clone(),
        attributes: Some(attributes),
        relationships: (relationships != Relationships::default()).then_some(relationships),
        links: Some(Links::to_self(me)),
    }
}

/// The family defaults of every service, as Apple's `defaultProductFamilies` (API enums).
type Families = HashMap<i64, Vec<String>>;

async fn families(sandbox: &Shared) -> Result<Families, Failure> {
    with_ledger(sandbox, |conn| {
        let mut by_service: Families = HashMap::new();
        for d in crate::ledger::defaults::list(conn)? {
            by_service
                .entry(d.service_id)
                .or_default()
                .push(d.family.api_name().to_string());
        }
        Ok(by_service)
    })
    .await
}

fn server_resource(
    base: &str,
    service: &Service,
    families: &Families,
    fields: Option<&HashSet<String>>,
) -> MdmServer {
    let want = |name: &str| fields.is_none_or(|f| f.contains(name));
    let id = server_id(service);
    let me = format!("{base}/v1/mdmServers/{id}");
    let attributes = MdmServerAttributes {
        server_name: want("serverName").then(|| service.name.clone()),
        enable_mdm_disown_flag: want("enableMdmDisownFlag").then_some(service.allow_release),
        default_product_families: want("defaultProductFamilies")
            .then(|| families.get(&service.id).cloned().unwrap_or_default()),
        status: want("status").then(|| "ACTIVE".to_string()),
        server_type: want("serverType").then(|| "MDM".to_string()),
        device_count: want("deviceCount").then_some(service.device_count),
        last_connected_date_time: None,
        last_connected_ip: None,
        created_date_time: want("createdDateTime").then(|| service.linked_at.clone()),
        updated_date_time: want("updatedDateTime").then(|| service.linked_at.clone()),
    };
    let relationships = Relationships {
        devices: want("devices").then(|| Relationship {
            links: Some(Links::to_self(format!("{me}/relationships/devices"))),
        }),
        ..Relationships::default()
    };
    Resource {
        kind: types::MDM_SERVERS.to_string(),
        id,
        attributes: Some(attributes),
        relationships: (relationships != Relationships::default()).then_some(relationships),
        links: Some(Links::to_self(me)),
    }
}

pub(super) fn log(sandbox: &Sandbox, what: &str, answer: Answer) -> Response {
    let response = answer.unwrap_or_else(IntoResponse::into_response);
    sandbox
        .config
        .out
        .status(format!("{what}: {}", response.status().as_u16()));
    response
}

// ---------------------------------------------------------------------------------------------
// Devices

async fn org_devices(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    Query(params): Query<Params>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let limit = limit(&params)?;
        let after = cursor(&params)?;
        let fields = fields(&params, types::ORG_DEVICES, api::ORG_DEVICE_FIELDS)?;
        let page = with_ledger(&sandbox, move |conn| {
            // One more than asked says whether another page follows.
            devices::org_page(conn, &after, limit + 1)
        })
        .await?;
        let base = &sandbox.config.base_url;
        let path = "/v1/orgDevices";
        let mut document = list_document(base, path, &raw, &params, limit, page, |d| {
            (
                d.serial_number.clone(),
                device_resource(base, d, fields.as_ref(), false),
            )
        });
        if document.meta.paging.next_cursor.is_some()
            && let Some(again) = sandbox.faults.repeated_cursor(params.get("cursor"))
        {
            document.links.next = Some(next_url(base, path, &params, &again));
            document.meta.paging.next_cursor = Some(again);
        }
        Ok(json(StatusCode::OK, &document))
    }
    .await;
    log(&sandbox, "GET /v1/orgDevices", answer)
}

/// A page of `items` (fetched one beyond `limit`) as a list document.
pub(super) fn list_document<I, T>(
    base: &str,
    path: &str,
    raw: &Option<String>,
    params: &Params,
    limit: u32,
    mut items: Vec<I>,
    convert: impl Fn(&I) -> (String, T),
) -> ListDocument<T> {
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    let mut data = Vec::with_capacity(items.len());
    let mut last = String::new();
    for item in &items {
        let (key, resource) = convert(item);
        last = key;
        data.push(resource);
    }
    let next_cursor = more.then(|| make_cursor(&last));
    ListDocument {
        data,
        links: Links {
            self_: Some(self_url(base, path, raw)),
            next: next_cursor
                .as_ref()
                .map(|c| next_url(base, path, params, c)),
            ..Links::default()
        },
        meta: Meta {
            paging: Paging {
                limit,
                next_cursor,
                total: None,
            },
        },
    }
}

async fn org_device(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<Params>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let fields = fields(&params, types::ORG_DEVICES, api::ORG_DEVICE_FIELDS)?;
        let device = org_device_named(&sandbox, &id).await?;
        let base = &sandbox.config.base_url;
        let data = device_resource(base, &device, fields.as_ref(), true);
        let links = Links::to_self(format!("{base}/v1/orgDevices/{}", device.serial_number));
        Ok(json(StatusCode::OK, &Document { data, links }))
    }
    .await;
    log(&sandbox, "GET /v1/orgDevices/{id}", answer)
}

/// The device `id` names, if Apple would know it: arrived (not pending), released ones too.
pub(super) async fn org_device_named(sandbox: &Shared, id: &str) -> Result<Device, Failure> {
    let serial = id.to_string();
    let device = with_ledger(sandbox, move |conn| devices::get(conn, &serial)).await?;
    device
        .filter(|d| d.status != "PENDING")
        .ok_or_else(|| Failure::not_found(types::ORG_DEVICES, id))
}

/// The service a device is assigned to (by name, as the ledger shows it).
async fn assigned_service(sandbox: &Shared, device: &Device) -> Result<Option<Service>, Failure> {
    let Some(name) = device.assigned_server.clone() else {
        return Ok(None);
    };
    with_ledger(sandbox, move |conn| services::find(conn, &name)).await
}

async fn assigned_server_linkage(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let device = org_device_named(&sandbox, &id).await?;
        // Unassigned: Apple has been seen answering 404 (or an empty id, §5.7); 404 it is.
        let service = assigned_service(&sandbox, &device)
            .await?
            .ok_or_else(|| Failure::not_found(types::MDM_SERVERS, "(none)"))?;
        let base = &sandbox.config.base_url;
        let me = format!("{base}/v1/orgDevices/{}", device.serial_number);
        let data = Linkage {
            kind: types::MDM_SERVERS.to_string(),
            id: server_id(&service),
        };
        let links = Links {
            self_: Some(format!("{me}/relationships/assignedServer")),
            related: Some(format!("{me}/assignedServer")),
            ..Links::default()
        };
        Ok(json(StatusCode::OK, &Document { data, links }))
    }
    .await;
    log(
        &sandbox,
        "GET /v1/orgDevices/{id}/relationships/assignedServer",
        answer,
    )
}

async fn assigned_server(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<Params>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let fields = fields(&params, types::MDM_SERVERS, api::MDM_SERVER_FIELDS)?;
        let device = org_device_named(&sandbox, &id).await?;
        let service = assigned_service(&sandbox, &device)
            .await?
            .ok_or_else(|| Failure::not_found(types::MDM_SERVERS, "(none)"))?;
        let base = &sandbox.config.base_url;
        let families = families(&sandbox).await?;
        let data = server_resource(base, &service, &families, fields.as_ref());
        let links = Links::to_self(format!(
            "{base}/v1/orgDevices/{}/assignedServer",
            device.serial_number
        ));
        Ok(json(StatusCode::OK, &Document { data, links }))
    }
    .await;
    log(&sandbox, "GET /v1/orgDevices/{id}/assignedServer", answer)
}

// ---------------------------------------------------------------------------------------------
// Services

async fn mdm_servers(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    Query(params): Query<Params>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let limit = limit(&params)?;
        let after = cursor(&params)?;
        let fields = fields(&params, types::MDM_SERVERS, api::MDM_SERVER_FIELDS)?;
        let mut all = with_ledger(&sandbox, services::list).await?;
        // Paged by id, like every list; a sandbox has few services, so this is done here.
        all.sort_by_cached_key(server_id);
        let page: Vec<Service> = all
            .into_iter()
            .filter(|s| server_id(s) > after)
            .take(limit as usize + 1)
            .collect();
        let base = &sandbox.config.base_url;
        let path = "/v1/mdmServers";
        let families = families(&sandbox).await?;
        Ok(json(
            StatusCode::OK,
            &list_document(base, path, &raw, &params, limit, page, |s| {
                (
                    server_id(s),
                    server_resource(base, s, &families, fields.as_ref()),
                )
            }),
        ))
    }
    .await;
    log(&sandbox, "GET /v1/mdmServers", answer)
}

async fn service_named(sandbox: &Shared, id: &str) -> Result<Service, Failure> {
    let wanted = id.to_string();
    with_ledger(sandbox, move |conn| find_service(conn, &wanted))
        .await?
        .ok_or_else(|| Failure::not_found(types::MDM_SERVERS, id))
}

async fn mdm_server(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<Params>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let fields = fields(&params, types::MDM_SERVERS, api::MDM_SERVER_FIELDS)?;
        let service = service_named(&sandbox, &id).await?;
        server_document(&sandbox, &service, fields.as_ref()).await
    }
    .await;
    log(&sandbox, "GET /v1/mdmServers/{id}", answer)
}

/// One service's document, `{data, links:{self}}`, as GET and PATCH answer it.
async fn server_document(
    sandbox: &Shared,
    service: &Service,
    fields: Option<&HashSet<String>>,
) -> Result<Response, Failure> {
    let base = &sandbox.config.base_url;
    let families = families(sandbox).await?;
    let data = server_resource(base, service, &families, fields);
    let links = Links::to_self(format!("{base}/v1/mdmServers/{}", server_id(service)));
    Ok(json(StatusCode::OK, &Document { data, links }))
}

/// `PATCH /v1/mdmServers/{id}` (§5.4, Business 2.1+): the service's `defaultProductFamilies`
/// become the families given — each taken from any other service, as Apple has one service per
/// family — and only what is sent changes. The school API has no update (§10): 403.
async fn update_mdm_server(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: String,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        if sandbox.config.scope == api::Scope::School {
            return Err(Failure::new(
                StatusCode::FORBIDDEN,
                "FORBIDDEN_ERROR",
                "Forbidden",
                "The school API cannot update an mdmServer".to_string(),
            ));
        }
        let request: crate::api::wire::MdmServerUpdateRequest = serde_json::from_str(&body)
            .map_err(|e| {
                Failure::pointer(
                    StatusCode::BAD_REQUEST,
                    "ENTITY_ERROR.INVALID",
                    "",
                    format!("The request body is not an MdmServerUpdateRequest: {e}"),
                )
            })?;
        if request.data.kind != types::MDM_SERVERS || request.data.id != id {
            return Err(Failure::pointer(
                StatusCode::CONFLICT,
                "ENTITY_ERROR.INCORRECT_TYPE",
                "/data",
                "The type must be 'mdmServers' and the id the one in the path".to_string(),
            ));
        }
        let service = service_named(&sandbox, &id).await?;
        let mut wanted = Vec::new();
        for (i, name) in request
            .data
            .attributes
            .default_product_families
            .iter()
            .flatten()
            .enumerate()
        {
            match name.parse::<crate::model::ProductFamily>() {
                Ok(f) if f.api_name() == name => wanted.push(f),
                _ => {
                    return Err(Failure::pointer(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "ENTITY_ERROR.ATTRIBUTE.INVALID",
                        &format!("/data/attributes/defaultProductFamilies/{i}"),
                        format!("{name:?} is not an MdmServerProductFamily"),
                    ));
                }
            }
        }
        let given = request.data.attributes.default_product_families.is_some();
        let service_id = service.id;
        let now = crate::model::format_timestamp(jiff::Timestamp::now());
        with_ledger_write(&sandbox, move |tx| {
            if given {
                for d in crate::ledger::defaults::list(tx)? {
                    if d.service_id == service_id && !wanted.contains(&d.family) {
                        crate::ledger::defaults::unset(tx, d.family)?;
                    }
                }
                for family in &wanted {
                    crate::ledger::defaults::set(tx, *family, service_id, &now)?;
                }
            }
            Ok(())
        })
        .await?;
        server_document(&sandbox, &service, None).await
    }
    .await;
    log(&sandbox, "PATCH /v1/mdmServers/{id}", answer)
}

async fn mdm_server_devices(
    State(sandbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    Query(params): Query<Params>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let limit = limit(&params)?;
        let after = cursor(&params)?;
        let service = service_named(&sandbox, &id).await?;
        let row_id = service.id;
        let serials = with_ledger(&sandbox, move |conn| {
            devices::service_serials_page(conn, row_id, &after, limit + 1)
        })
        .await?;
        let base = &sandbox.config.base_url;
        let path = format!("/v1/mdmServers/{id}/relationships/devices");
        let mut document = list_document(base, &path, &raw, &params, limit, serials, |s| {
            let linkage = Linkage {
                kind: types::ORG_DEVICES.to_string(),
                id: s.clone(),
            };
            (s.clone(), linkage)
        });
        document.links.related = Some(format!("{base}/v1/mdmServers/{id}/devices"));
        Ok(json(StatusCode::OK, &document))
    }
    .await;
    log(
        &sandbox,
        "GET /v1/mdmServers/{id}/relationships/devices",
        answer,
    )
}

/// `GET /v1/mdmServers/{id}/devices`, the `related` link: Apple answers 403 (§5.6).
async fn mdm_server_devices_related(State(sandbox): State<Shared>, headers: HeaderMap) -> Response {
    let answer = authorize(&sandbox, &headers).await.and_then(|()| {
        Err::<Response, _>(Failure::new(
            StatusCode::FORBIDDEN,
            "FORBIDDEN_ERROR",
            "This request is forbidden for security reasons",
            "The relationship 'devices' does not allow 'GET_RELATED'. Allowed operation is: \
             GET_RELATIONSHIP"
                .to_string(),
        ))
    });
    log(&sandbox, "GET /v1/mdmServers/{id}/devices", answer)
}
