//! The service discovery server of account-driven enrollment (`discovery serve`): answers
//! `GET /.well-known/com.apple.remotemanagement?user-identifier=…&model-family=…` from the
//! ledger, on every request, with the document `rules::discovery` decides — or 404, which
//! makes the device fall back to Apple's alternate discovery.
//!
//! It runs axum on a current-thread tokio runtime, opens the ledger read-only per request (in
//! a blocking task: it never holds writers up), logs one line per request, and stops cleanly
//! on Ctrl-C. The reason behind a 404 goes to the log only: the endpoint is public, and
//! saying "no such user" would tell anyone which accounts exist.

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::ledger::Ledger;
use crate::model::ProductFamily;
use crate::output::Output;
use crate::rules::discovery::{self, Answer, Request, WELL_KNOWN_PATH};

/// What every request needs: where the ledger is, and where to log.
#[derive(Debug, Clone)]
pub struct Config {
    /// The ledger file, opened read-only per request.
    pub ledger: PathBuf,
    /// How long a read waits for a lock (a checkpoint) before the request fails with 503.
    pub busy_timeout: Duration,
    /// The log (stderr status lines).
    pub out: Output,
    /// The ledger's clock when the server started (`ABMCTL_NOW` in tests), and the instant it
    /// did: a request's "now" runs on from there.
    pub started: (jiff::Timestamp, std::time::Instant),
}

impl Config {
    /// The ledger's clock now.
    fn now(&self) -> jiff::Timestamp {
        let (at, instant) = self.started;
        let elapsed = jiff::SignedDuration::try_from(instant.elapsed()).unwrap_or_default();
        at.checked_add(elapsed).unwrap_or(at)
    }
}

/// Serves discovery on `listener` until `shutdown` completes.
pub async fn serve(
    listener: std::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let app = axum::Router::new()
        .route(WELL_KNOWN_PATH, axum::routing::get(well_known))
        .fallback(not_found)
        .with_state(Arc::new(config));
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

async fn not_found(uri: axum::http::Uri) -> Response {
    let _ = uri;
    (StatusCode::NOT_FOUND, "Not Found\n").into_response()
}

async fn well_known(
    State(config): State<Arc<Config>>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let user = query.get("user-identifier").cloned();
    let family = query.get("model-family").cloned();
    let log = config.out.clone();
    let asked = format!(
        "user-identifier={} model-family={}",
        user.as_deref().map_or("-".into(), escape),
        family.as_deref().map_or("-".into(), escape)
    );
    let answered = tokio::task::spawn_blocking(move || answer(&config, user, family)).await;
    let (status, body, note) = match answered {
        Ok(Ok(Answer::Found(document, service))) => match serde_json::to_string(&document) {
            Ok(json) => (StatusCode::OK, json, service),
            Err(e) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                String::new(),
                e.to_string(),
            ),
        },
        Ok(Ok(Answer::NotFound(why))) => (StatusCode::NOT_FOUND, String::new(), why),
        Ok(Err(e)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            String::new(),
            format!("{e:#}"),
        ),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            String::new(),
            e.to_string(),
        ),
    };
    log.status(format!(
        "GET {WELL_KNOWN_PATH} {asked}: {} ({note})",
        status.as_u16()
    ));
    if status == StatusCode::OK {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    } else {
        let text = status.canonical_reason().unwrap_or("Error");
        (status, format!("{text}\n")).into_response()
    }
}

/// The answer to one request, from a read-only look at the ledger now.
fn answer(config: &Config, user: Option<String>, family: Option<String>) -> Result<Answer> {
    let Some(user) = user.filter(|u| !u.trim().is_empty()) else {
        return Ok(Answer::NotFound("no user-identifier".to_string()));
    };
    // The device asks the host its user's domain names: the last `@` splits it (Apple's rule).
    let Some((_, domain)) = user.rsplit_once('@') else {
        return Ok(Answer::NotFound(
            "the user-identifier has no @domain".to_string(),
        ));
    };
    let family = match family.as_deref().filter(|f| !f.is_empty()) {
        None => None,
        Some(f) => match ProductFamily::parse(f) {
            Some(p) => Some(p),
            None => {
                return Ok(Answer::NotFound(format!(
                    "unknown model-family {}",
                    escape(f)
                )));
            }
        },
    };
    let ledger = Ledger::open_read_only(&config.ledger, config.busy_timeout)?;
    let request = Request {
        domain,
        user: Some(&user),
        family,
    };
    discovery::answer(ledger.conn(), request, config.now())
}

/// Request text as it may be logged: control characters escaped, at most 200 characters.
fn escape(text: &str) -> String {
    crate::rules::domains::escape(text)
}

/// A minimal HTTP/1.1 GET over loopback (for `demo`): the status code and the body.
pub fn get(addr: SocketAddr, path_and_query: &str) -> Result<(u16, String)> {
    use std::io::{Read as _, Write as _};
    let mut stream = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "GET {path_and_query} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    stream.take(1024 * 1024).read_to_end(&mut response)?;
    let text = String::from_utf8_lossy(&response);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    Ok((status, body.to_string()))
}
