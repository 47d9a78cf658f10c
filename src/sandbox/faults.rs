//! Fault injection and request counting (issue 10 §6): every fault comes from a flag and is
//! reproducible from `--fault-seed` (one PRNG, drawn in request order). A middleware around
//! every route: added latency, Apple's rate limits (429 with `Retry-After` in seconds; too many
//! token requests, 400), a share of 5xx, truncated and malformed JSON bodies; and
//! `GET /__sandbox/stats`, the requests seen by route and status, so tests and benchmarks can
//! count them (every request but the stats' own: unknown paths and dropped connections too).

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::Sandbox;
use super::routes::{Failure, json};
use crate::api::{self, wire::OAuthError};

/// The stats' name of a path that is no route (after the method: `GET (no route)`).
pub const NO_ROUTE: &str = "(no route)";

/// The faults asked for. Rates are shares of requests, 0 to 1.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// The PRNG's seed.
    pub seed: u64,
    /// GET requests allowed per minute (None: unlimited).
    pub rate_limit_get: Option<u32>,
    /// POST requests allowed per hour (None: unlimited).
    pub rate_limit_post: Option<u32>,
    /// Token requests allowed per hour (None: unlimited).
    pub rate_limit_token: Option<u32>,
    /// Share of API requests answered 500 (or 503).
    pub error_rate: f64,
    /// Added to every response.
    pub latency: Duration,
    /// Share of JSON bodies cut short.
    pub truncate_rate: f64,
    /// Share of JSON bodies made invalid.
    pub malformed_rate: f64,
    /// Share of an activity's devices that fail (COMPLETED_WITH_ERROR per device).
    pub activity_error_rate: f64,
    /// Once, answer a page asked for with a cursor with that same cursor as `nextCursor`.
    pub repeat_cursor: bool,
    /// Share of requests whose connection is closed without a response.
    pub drop_rate: f64,
}

/// The PRNG and the windows of the rate limits.
#[derive(Debug)]
pub struct Draws {
    state: u64,
    gets: VecDeque<Instant>,
    posts: VecDeque<Instant>,
    tokens: VecDeque<Instant>,
}

impl Draws {
    /// A PRNG seeded with `seed`.
    pub fn new(seed: u64) -> Draws {
        Draws {
            state: seed ^ 0x5A4D_F417,
            gets: VecDeque::new(),
            posts: VecDeque::new(),
            tokens: VecDeque::new(),
        }
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `rate`.
    pub fn chance(&mut self, rate: f64) -> bool {
        rate > 0.0 && self.unit() < rate
    }
}

/// Requests seen, by route (`METHOD /path/{template}`) and status.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Stats {
    /// All requests counted (stats requests excluded).
    pub requests: u64,
    /// Route → status → count.
    #[serde(rename = "byRoute")]
    pub by_route: BTreeMap<String, BTreeMap<String, u64>>,
}

/// Shared fault state.
#[derive(Debug)]
pub struct FaultState {
    /// The faults.
    pub faults: Faults,
    /// The PRNG and windows.
    pub draws: Mutex<Draws>,
    /// The counts.
    pub stats: Mutex<Stats>,
    /// The cursor repeat has yet to happen.
    repeat_pending: std::sync::atomic::AtomicBool,
}

impl FaultState {
    /// Fresh state for `faults`.
    pub fn new(faults: Faults) -> FaultState {
        FaultState {
            draws: Mutex::new(Draws::new(faults.seed)),
            repeat_pending: std::sync::atomic::AtomicBool::new(faults.repeat_cursor),
            faults,
            stats: Mutex::new(Stats::default()),
        }
    }

    /// `--repeat-cursor`: the cursor a page was asked with, to hand back as its next one, the
    /// first time a page is asked for with a cursor.
    pub fn repeated_cursor(&self, asked: Option<&String>) -> Option<String> {
        let asked = asked?;
        self.repeat_pending
            .swap(false, std::sync::atomic::Ordering::SeqCst)
            .then(|| asked.clone())
    }

    /// Whether to drop this request's connection (`--drop-rate`). Dropped requests reach no
    /// route, so they are counted here, under `(dropped)`.
    pub fn drop_connection(&self) -> bool {
        let drop_it = self.chance(self.faults.drop_rate);
        if drop_it {
            self.tally("(dropped)", "none");
        }
        drop_it
    }

    /// Counts a request to `route` (`METHOD /path/{template}`) answered `status`.
    pub fn count(&self, route: &str, status: StatusCode) {
        self.tally(route, status.as_str());
    }

    fn tally(&self, route: &str, status: &str) {
        if let Ok(mut stats) = self.stats.lock() {
            stats.requests += 1;
            *stats
                .by_route
                .entry(route.to_string())
                .or_default()
                .entry(status.to_string())
                .or_default() += 1;
        }
    }

    fn chance(&self, rate: f64) -> bool {
        self.draws
            .lock()
            .map(|mut d| d.chance(rate))
            .unwrap_or(false)
    }
}

/// How long until a request fits in a window of `limit` per `window`: None if it fits now
/// (and it is counted).
fn admit(window: &mut VecDeque<Instant>, limit: u32, span: Duration) -> Option<u64> {
    let now = Instant::now();
    while window
        .front()
        .is_some_and(|t| now.duration_since(*t) >= span)
    {
        window.pop_front();
    }
    if window.len() < limit as usize {
        window.push_back(now);
        return None;
    }
    let oldest = window.front().copied().unwrap_or(now);
    let wait = span.saturating_sub(now.duration_since(oldest));
    Some(wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).map(|s| s.max(1))
}

/// The middleware: faults before and after the route, then the count.
pub(super) async fn middleware(
    State(sandbox): State<Arc<Sandbox>>,
    matched: Option<MatchedPath>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    let path = matched.map_or_else(|| NO_ROUTE.to_string(), |m| m.as_str().to_string());
    if path == "/__sandbox/stats" {
        return next.run(request).await;
    }
    let state = &sandbox.faults;
    let faults = &state.faults;
    let api = path.starts_with("/v1/");
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    let limited = if api {
        let limit = if method == Method::POST {
            faults
                .rate_limit_post
                .map(|n| (n, Duration::from_secs(3600)))
        } else {
            faults.rate_limit_get.map(|n| (n, Duration::from_secs(60)))
        };
        limit.and_then(|(n, span)| {
            let mut draws = state.draws.lock().ok()?;
            let window = if method == Method::POST {
                &mut draws.posts
            } else {
                &mut draws.gets
            };
            admit(window, n, span)
        })
    } else {
        None
    };
    let tokens_limited = method == Method::POST
        && path == api::TOKEN_PATH
        && faults.rate_limit_token.is_some_and(|n| {
            (state.draws.lock().ok())
                .is_some_and(|mut d| admit(&mut d.tokens, n, Duration::from_secs(3600)).is_some())
        });
    let response = if tokens_limited {
        // Apple answers too many token requests with a 400 (§2.2, §9), not a 429, and no
        // Retry-After is reported. OAuth 2 (RFC 6749 §5.2) has no error code for a rate limit;
        // `invalid_request` is its catch-all for a request refused as it stands, while
        // `invalid_client` would tell the client its credentials are wrong, which they are not.
        json(
            StatusCode::BAD_REQUEST,
            &OAuthError {
                error: "invalid_request".to_string(),
                error_description: Some("too many token requests".to_string()),
            },
        )
    } else if let Some(seconds) = limited {
        let mut response = Failure::new(
            StatusCode::TOO_MANY_REQUESTS,
            "RATE_LIMIT_EXCEEDED",
            "The request rate limit has been reached",
            format!("Too many requests; retry after {seconds} seconds"),
        )
        .into_response();
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        response
    } else if api && state.chance(faults.error_rate) {
        Failure::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            "An unexpected error occurred",
            "The sandbox injected a server error (--error-rate)".to_string(),
        )
        .into_response()
    } else {
        let response = next.run(request).await;
        if api && response.status() == StatusCode::OK {
            mangle(state, response).await
        } else {
            response
        }
    };
    state.count(&format!("{method} {path}"), response.status());
    response
}

/// A 200 JSON body cut short or made invalid, as the flags ask.
async fn mangle(state: &FaultState, response: Response) -> Response {
    let truncate = state.chance(state.faults.truncate_rate);
    let malform = !truncate && state.chance(state.faults.malformed_rate);
    if !truncate && !malform {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut bytes = bytes.to_vec();
    if truncate {
        bytes.truncate(bytes.len() / 2);
    } else {
        // Valid UTF-8, invalid JSON: a stray character where a value should be.
        bytes.splice(0..0, b"{\"data\":,".iter().copied());
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes))
}

/// `GET /__sandbox/stats`.
pub(super) async fn stats(State(sandbox): State<Arc<Sandbox>>) -> Response {
    let stats = sandbox
        .faults
        .stats
        .lock()
        .map(|s| s.clone())
        .unwrap_or_default();
    json(StatusCode::OK, &stats)
}
