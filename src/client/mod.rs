//! The Apple Business API client (SPEC §5): OAuth with an ES256 client assertion, a cached
//! bearer token refreshed once on a 401, a client-side pace, and the retry loop reqwest does
//! not have — `Retry-After` (seconds or an HTTP date) on 429, exponential backoff with jitter
//! on 5xx and transport errors, all bounded by `--max-wait`.
//!
//! It knows HTTP and the API's conventions, not the ledger: the caller stores a new token
//! ([`Client::take_new_token`]) and decides what a response means. It never prints a token,
//! an assertion or a key, not even in `-v` traces (which show method, path and status).

pub mod urls;

use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, anyhow};
use jiff::Timestamp;
use p256::SecretKey;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::api::wire::{ErrorResponse, OAuthError, TokenResponse};
use crate::api::{self, Scope, jwt};
use crate::error::{AuthError, TemporaryError};
use crate::ledger::remote::CachedToken;
use crate::output::Output;

/// How long an assertion lives: short, as Apple's guides and the peers recommend (§2.1).
const ASSERTION_SECS: i64 = 15 * 60;

/// Attempts at one request that fails with a 5xx or a transport error.
const MAX_ATTEMPTS: u32 = 6;

/// New tokens one request may ask for after a 401 before the credentials count as refused.
const MAX_REFRESHES: u32 = 3;

/// Bodies that do not parse, read again before giving up (a truncated or garbled response).
const MAX_BAD_BODIES: u32 = 3;

/// The largest response body read (a page of 1000 devices is about 1 MB).
const MAX_BODY: u64 = 64 << 20;

/// The first backoff; doubled per attempt, with full jitter, up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Where and as whom to connect.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The API origin, without a trailing slash.
    pub base_url: String,
    /// The token endpoint.
    pub token_url: String,
    /// The API account's client id.
    pub client_id: String,
    /// Its key id.
    pub key_id: String,
    /// The scope asked for.
    pub scope: Scope,
    /// Requests per second at most (None: no pace).
    pub max_rps: Option<f64>,
    /// The longest the client waits in all (Retry-After, backoff, polling) before giving up
    /// with exit 4.
    pub max_wait: Duration,
}

/// What the client did, for the result document and the benchmarks.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// HTTP requests sent (token requests included).
    pub requests: u64,
    /// Token requests among them.
    pub token_requests: u64,
    /// 429 answers waited out.
    pub rate_limit_waits: u64,
    /// Requests sent again after a 5xx, a transport error or a bad body.
    pub retries: u64,
    /// Seconds spent waiting (Retry-After, backoff, polling, pace).
    pub waited_seconds: f64,
}

/// The error of a request the server refused for good (a 4xx other than 401/403/429): exit 1.
#[derive(Debug)]
pub struct Rejected {
    /// The HTTP status.
    pub status: u16,
    /// What was asked (`POST /v1/orgDeviceActivities`).
    pub request: String,
    /// The server's reason (the errors' codes and details).
    pub reason: String,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} was refused ({}): {}",
            self.request, self.status, self.reason
        )
    }
}

impl std::error::Error for Rejected {}

/// A POST whose fate is unknown: it was sent, but no answer that can be read came back. The
/// server may have acted on it, so it must not be sent again blindly.
#[derive(Debug)]
pub struct Unsure(pub String);

impl std::fmt::Display for Unsure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsure {}

/// A bearer token in use.
#[derive(Debug, Clone)]
struct Token {
    value: String,
    /// Renew from here on: 80 % of its lifetime.
    renew_at: Timestamp,
}

/// A client of one remote.
pub struct Client {
    http: reqwest::blocking::Client,
    settings: Settings,
    key: SecretKey,
    token: Option<Token>,
    new_token: Option<CachedToken>,
    last_sent: Option<Instant>,
    waited: Duration,
    rng: u64,
    out: Output,
    /// What it did so far.
    pub stats: Stats,
}

/// An HTTP method the API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Get,
    Post,
    Patch,
}

impl Client {
    /// A client for `settings`, signing with `key`, reusing `cached` while it is fresh.
    pub fn new(
        settings: Settings,
        key: SecretKey,
        cached: Option<CachedToken>,
        now: Timestamp,
        out: Output,
    ) -> Result<Client> {
        // reqwest's rustls without a provider needs one installed before any client is built.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::builder()
            .user_agent(concat!("abmctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(15))
            .timeout(Duration::from_secs(120))
            .http1_only()
            .build()
            .context("cannot build the HTTP client")?;
        let token = cached.and_then(|c| reuse(&c, now));
        let seed = now.as_nanosecond() as u64 ^ u64::from(std::process::id()).rotate_left(32);
        Ok(Client {
            http,
            settings,
            key,
            token,
            new_token: None,
            last_sent: None,
            waited: Duration::ZERO,
            rng: seed | 1,
            out,
            stats: Stats::default(),
        })
    }

    /// A `-v` trace line.
    pub fn trace(&self, message: impl AsRef<str>) {
        self.out.trace(message);
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// A token fetched since the last call, for the caller to cache.
    pub fn take_new_token(&mut self) -> Option<CachedToken> {
        self.new_token.take()
    }

    /// Asks for a new token now (`remote test`), whatever is cached.
    pub fn fetch_token(&mut self) -> Result<()> {
        self.token = None;
        self.token()?;
        Ok(())
    }

    /// GETs `path` (an API path, or an absolute URL on the API's origin) and decodes the body
    /// as `T`; `what` names the document in errors. A body that does not decode is read again
    /// a few times (a truncated or garbled answer), then is an error naming the request.
    pub fn get<T: DeserializeOwned>(&mut self, path: &str, what: &str) -> Result<T> {
        let url = self.url(path)?;
        let mut bad = 0;
        loop {
            let body = self.send(Method::Get, &url, None, true)?;
            match serde_json::from_slice::<T>(&body) {
                Ok(value) => return Ok(value),
                Err(e) if bad + 1 < MAX_BAD_BODIES => {
                    bad += 1;
                    self.stats.retries += 1;
                    self.out.trace(format!(
                        "GET {}: not {what} ({e}); asking again",
                        urls::display(&url)
                    ));
                }
                Err(e) => {
                    return Err(anyhow::Error::new(TemporaryError(format!(
                        "GET {}: the response is not {what} ({e}), {MAX_BAD_BODIES} times",
                        urls::display(&url)
                    ))));
                }
            }
        }
    }

    /// GETs a URL the API handed out (an activity's `downloadUrl`) as text. The bearer token is
    /// sent only to the API's own origin, never to another host.
    pub fn get_text(&mut self, url: &str) -> Result<String> {
        let same_origin = urls::same_origin(url, &self.settings.base_url);
        let body = self.send(Method::Get, url, None, same_origin)?;
        String::from_utf8(body).map_err(|_| anyhow!("GET {}: not UTF-8 text", urls::display(url)))
    }

    /// POSTs a JSON body to `path` and decodes the answer. Sent at most once: when no
    /// readable answer comes back after the request left (a dropped connection, a garbled
    /// body), the error is [`Unsure`], because the server may have acted on it. A 429, a 5xx
    /// or a failed connection (nothing acted on) is retried as any request is.
    pub fn post<B: Serialize, T: DeserializeOwned>(
        &mut self,
        path: &str,
        body: &B,
        what: &str,
    ) -> Result<T> {
        let url = self.url(path)?;
        let json = serde_json::to_string(body)?;
        let reply = self.send(Method::Post, &url, Some(json), true)?;
        serde_json::from_slice::<T>(&reply).map_err(|e| {
            anyhow::Error::new(Unsure(format!(
                "POST {}: the answer is not {what} ({e}); the server may have acted on it",
                urls::display(&url)
            )))
        })
    }

    /// PATCHes a JSON body to `path` (idempotent: it sets what it sends, so it is retried as a
    /// GET is) and decodes the answer.
    pub fn patch<B: Serialize, T: DeserializeOwned>(
        &mut self,
        path: &str,
        body: &B,
        what: &str,
    ) -> Result<T> {
        let url = self.url(path)?;
        let json = serde_json::to_string(body)?;
        let reply = self.send(Method::Patch, &url, Some(json), true)?;
        serde_json::from_slice::<T>(&reply).map_err(|e| {
            anyhow::Error::new(TemporaryError(format!(
                "PATCH {}: the answer is not {what} ({e})",
                urls::display(&url)
            )))
        })
    }

    /// The absolute URL of an API path; absolute URLs must be on the API's origin.
    fn url(&self, path: &str) -> Result<String> {
        if path.starts_with('/') {
            return Ok(format!("{}{path}", self.settings.base_url));
        }
        if urls::same_origin(path, &self.settings.base_url) {
            return Ok(path.to_string());
        }
        Err(anyhow::Error::new(TemporaryError(format!(
            "the server sent a link to another host ({}); abmctl follows links on {} only",
            urls::display(path),
            self.settings.base_url
        ))))
    }

    /// A bearer token: the one in use, or a new one.
    fn token(&mut self) -> Result<String> {
        let now = Timestamp::now();
        if let Some(t) = &self.token
            && now < t.renew_at
        {
            return Ok(t.value.clone());
        }
        let fresh = self.request_token()?;
        let fetched = Timestamp::now();
        let lifetime = fresh.expires_in.clamp(1, api::TOKEN_LIFETIME_SECS * 24);
        let expires = fetched + jiff::SignedDuration::from_secs(lifetime);
        let cached = CachedToken {
            value: fresh.access_token,
            fetched_at: crate::model::format_timestamp(fetched),
            expires_at: crate::model::format_timestamp(expires),
        };
        self.token = reuse(&cached, fetched);
        let value = cached.value.clone();
        self.new_token = Some(cached);
        Ok(value)
    }

    /// `POST` to the token endpoint with a new client assertion (form-encoded, §2.2).
    fn request_token(&mut self) -> Result<TokenResponse> {
        let now = Timestamp::now().as_second();
        let claims = jwt::Claims::new(
            &self.settings.client_id,
            api::APPLE_AUDIENCE,
            now,
            ASSERTION_SECS,
        );
        let assertion = jwt::sign(&self.key, &self.settings.key_id, &claims)?;
        let client_id = self.settings.client_id.clone();
        let form = [
            ("grant_type", api::GRANT_TYPE),
            ("client_id", client_id.as_str()),
            ("client_assertion_type", api::CLIENT_ASSERTION_TYPE),
            ("client_assertion", assertion.as_str()),
            ("scope", self.settings.scope.as_str()),
        ];
        let url = self.settings.token_url.clone();
        let mut attempt = 0;
        loop {
            self.pace()?;
            self.stats.requests += 1;
            self.stats.token_requests += 1;
            let started = Instant::now();
            let sent = self.http.post(&url).form(&form).send();
            let response = match sent {
                Ok(r) => r,
                Err(e) => {
                    attempt += 1;
                    self.transport_retry(attempt, &format!("POST {}", urls::display(&url)), &e)?;
                    continue;
                }
            };
            let status = response.status().as_u16();
            let retry_after = retry_after(response.headers());
            let body = read_body(response).unwrap_or_default();
            self.out.trace(format!(
                "POST {} → {status} ({} ms)",
                urls::display(&url),
                started.elapsed().as_millis()
            ));
            match status {
                200..=299 => {
                    return serde_json::from_slice::<TokenResponse>(&body).map_err(|e| {
                        anyhow::Error::new(TemporaryError(format!(
                            "POST {}: the answer is not a token response ({e})",
                            urls::display(&url)
                        )))
                    });
                }
                429 => self.rate_limited(retry_after, &url)?,
                500..=599 => {
                    attempt += 1;
                    self.server_error_retry(attempt, status, &url)?;
                }
                _ => return Err(token_refusal(status, &body)),
            }
        }
    }

    /// Sends one request with the retry loop; returns the body of a 2xx answer.
    fn send(
        &mut self,
        method: Method,
        url: &str,
        body: Option<String>,
        auth: bool,
    ) -> Result<Vec<u8>> {
        let name = match method {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
        };
        let shown = format!("{name} {}", urls::display(url));
        let mut attempt = 0;
        // Tokens renewed for this request: one per 401, a few at most (a token can expire
        // again while the request waits out a 5xx or a rate limit).
        let mut refreshed = 0;
        loop {
            let bearer = if auth { Some(self.token()?) } else { None };
            self.pace()?;
            self.stats.requests += 1;
            let mut request = match method {
                Method::Get => self.http.get(url),
                Method::Post => self.http.post(url),
                Method::Patch => self.http.patch(url),
            };
            if let Some(b) = &bearer {
                request = request.bearer_auth(b);
            }
            if let Some(json) = &body {
                request = request
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(json.clone());
            }
            request = request.header(reqwest::header::ACCEPT, "application/json");
            let started = Instant::now();
            let response = match request.send() {
                Ok(r) => r,
                Err(e) => {
                    if method == Method::Post && !e.is_connect() {
                        return Err(anyhow::Error::new(Unsure(format!(
                            "{shown}: no answer ({}); the server may have acted on it",
                            transport_reason(&e)
                        ))));
                    }
                    attempt += 1;
                    self.transport_retry(attempt, &shown, &e)?;
                    continue;
                }
            };
            let status = response.status().as_u16();
            let retry_after = retry_after(response.headers());
            let read = read_body(response);
            self.out.trace(format!(
                "{shown} → {status} ({} ms)",
                started.elapsed().as_millis()
            ));
            let body_bytes = match read {
                Ok(b) => b,
                Err(e) if method == Method::Post && (200..300).contains(&status) => {
                    return Err(anyhow::Error::new(Unsure(format!(
                        "{shown}: the answer was cut short ({e:#}); the server may have acted on it"
                    ))));
                }
                Err(e) => {
                    attempt += 1;
                    self.retry_or_give_up(attempt, &shown, &format!("{e:#}"))?;
                    continue;
                }
            };
            match status {
                200..=299 => return Ok(body_bytes),
                401 if auth && refreshed < MAX_REFRESHES => {
                    // Expired or revoked early: a new token, then the request again (§7).
                    refreshed += 1;
                    self.token = None;
                }
                401 | 403 => {
                    return Err(anyhow::Error::new(AuthError(format!(
                        "{shown} was refused ({status}): {}",
                        error_reason(&body_bytes)
                    ))));
                }
                429 => self.rate_limited(retry_after, &shown)?,
                500..=599 => {
                    attempt += 1;
                    self.server_error_retry(attempt, status, &shown)?;
                }
                _ => {
                    return Err(anyhow::Error::new(Rejected {
                        status,
                        request: shown,
                        reason: error_reason(&body_bytes),
                    }));
                }
            }
        }
    }

    /// Waits before the next request so as to keep to `max_rps`.
    fn pace(&mut self) -> Result<()> {
        if let (Some(rps), Some(last)) = (self.settings.max_rps, self.last_sent)
            && rps > 0.0
        {
            let gap = Duration::from_secs_f64(1.0 / rps);
            let since = last.elapsed();
            if since < gap {
                let wait = gap - since;
                std::thread::sleep(wait);
                self.stats.waited_seconds += wait.as_secs_f64();
            }
        }
        self.last_sent = Some(Instant::now());
        Ok(())
    }

    /// Waits `wait`, counting it against `--max-wait`; fails with exit 4 when it would go
    /// beyond, saying why.
    pub fn wait(&mut self, wait: Duration, why: &str) -> Result<()> {
        if self.waited + wait > self.settings.max_wait {
            return Err(anyhow::Error::new(TemporaryError(format!(
                "{why}: waiting {:.0} s more would pass --max-wait ({} s); run sync again later \
                 (its state is saved)",
                wait.as_secs_f64().ceil(),
                self.settings.max_wait.as_secs()
            ))));
        }
        self.waited += wait;
        self.stats.waited_seconds += wait.as_secs_f64();
        // Ctrl-C during the wait ends the process as anywhere else: every page and intent is
        // committed on its own, so the next sync carries on from there.
        std::thread::sleep(wait);
        Ok(())
    }

    fn rate_limited(&mut self, retry_after: Option<Duration>, what: &str) -> Result<()> {
        self.stats.rate_limit_waits += 1;
        let wait = retry_after.unwrap_or(Duration::from_secs(60));
        self.out.trace(format!(
            "{what}: rate limited; waiting {:.1} s (Retry-After)",
            wait.as_secs_f64()
        ));
        self.wait(wait, &format!("{what} is rate limited (429)"))
    }

    fn server_error_retry(&mut self, attempt: u32, status: u16, what: &str) -> Result<()> {
        self.retry_or_give_up(attempt, what, &format!("server error {status}"))
    }

    fn transport_retry(&mut self, attempt: u32, what: &str, e: &reqwest::Error) -> Result<()> {
        self.retry_or_give_up(attempt, what, &transport_reason(e))
    }

    /// Backs off before attempt `attempt + 1`, or gives up (exit 4) after [`MAX_ATTEMPTS`].
    fn retry_or_give_up(&mut self, attempt: u32, what: &str, why: &str) -> Result<()> {
        if attempt >= MAX_ATTEMPTS {
            return Err(anyhow::Error::new(TemporaryError(format!(
                "{what}: {why}, {attempt} times; try again later"
            ))));
        }
        self.stats.retries += 1;
        let cap = FIRST_BACKOFF
            .saturating_mul(1 << attempt.min(16))
            .min(MAX_BACKOFF);
        let wait = cap.mul_f64(self.jitter());
        self.out.trace(format!(
            "{what}: {why}; trying again in {} ms",
            wait.as_millis()
        ));
        self.wait(wait, &format!("{what}: {why}"))
    }

    /// A number in [0.5, 1): "equal jitter", so that waits never collapse to nothing.
    fn jitter(&mut self) -> f64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        0.5 + (self.rng >> 11) as f64 / (1u64 << 53) as f64 / 2.0
    }
}

/// A cached token, when it is still young enough to use (less than 80 % of its life gone).
fn reuse(cached: &CachedToken, now: Timestamp) -> Option<Token> {
    let fetched: Timestamp = cached.fetched_at.parse().ok()?;
    let expires: Timestamp = cached.expires_at.parse().ok()?;
    let life = expires.duration_since(fetched);
    let renew_at = fetched + life.checked_mul(4)?.checked_div(5)?;
    (now < renew_at).then(|| Token {
        value: cached.value.clone(),
        renew_at,
    })
}

/// Reads a body, at most [`MAX_BODY`] bytes.
fn read_body(response: reqwest::blocking::Response) -> Result<Vec<u8>> {
    use std::io::Read as _;
    let mut body = Vec::new();
    response
        .take(MAX_BODY + 1)
        .read_to_end(&mut body)
        .map_err(|e| anyhow!("the body could not be read: {e}"))?;
    if body.len() as u64 > MAX_BODY {
        return Err(anyhow!("the body is larger than {} MiB", MAX_BODY >> 20));
    }
    Ok(body)
}

/// `Retry-After` in seconds or as an HTTP date (RFC 9110 §10.2.3).
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let text = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(text, Timestamp::now())
}

/// Parses a `Retry-After` value at `now`: delta-seconds or an IMF-fixdate.
pub fn parse_retry_after(text: &str, now: Timestamp) -> Option<Duration> {
    let text = text.trim();
    if let Ok(secs) = text.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = jiff::fmt::rfc2822::parse(text).ok()?.timestamp();
    let left = date.duration_since(now);
    Some(Duration::try_from(left).unwrap_or(Duration::ZERO))
}

/// A transport error in words (no URL: the caller names the request).
fn transport_reason(e: &reqwest::Error) -> String {
    use std::error::Error as _;
    let mut reason = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "cannot connect".to_string()
    } else {
        "the connection failed".to_string()
    };
    let mut source = e.source();
    while let Some(s) = source {
        reason = format!("{reason}: {s}");
        source = s.source();
    }
    reason
}

/// The reason in an API error body: each error's code and detail, or the start of the text.
fn error_reason(body: &[u8]) -> String {
    if let Ok(errors) = serde_json::from_slice::<ErrorResponse>(body) {
        return errors
            .errors
            .iter()
            .map(|e| {
                let at = match &e.source {
                    Some(crate::api::wire::ErrorSource::Parameter(p)) => format!(" ({p})"),
                    Some(crate::api::wire::ErrorSource::Pointer(p)) => format!(" ({p})"),
                    None => String::new(),
                };
                format!("{} {}{at}", e.code, e.detail)
            })
            .collect::<Vec<_>>()
            .join("; ");
    }
    let text = String::from_utf8_lossy(body);
    let text: String = text.chars().take(200).collect();
    if text.trim().is_empty() {
        "no reason given".to_string()
    } else {
        format!("the body says {:?}", text.trim())
    }
}

/// A refusal from the token endpoint: rejected credentials (exit 5) with the server's reason
/// and what to check; anything else is temporary (exit 4) — Apple answers too many token
/// requests with a 400.
fn token_refusal(status: u16, body: &[u8]) -> anyhow::Error {
    let oauth = serde_json::from_slice::<OAuthError>(body).ok();
    let reason = match &oauth {
        Some(o) => match &o.error_description {
            Some(d) => format!("{} ({d})", o.error),
            None => o.error.clone(),
        },
        None => error_reason(body),
    };
    let credentials = matches!(
        oauth.as_ref().map(|o| o.error.as_str()),
        Some("invalid_client" | "invalid_grant" | "unauthorized_client" | "invalid_scope")
    ) || status == 401
        || status == 403;
    let message = format!("the token endpoint refused the credentials ({status}): {reason}");
    if credentials {
        crate::error::add_hint(
            anyhow::Error::new(AuthError(message)),
            "check the client id and key id (`abmctl remote show`), that the private key is \
             the one made for that key id, that the scope matches the account (business or \
             school), and that the key was not revoked in Apple Business",
        )
    } else {
        anyhow::Error::new(TemporaryError(format!(
            "the token endpoint refused the request ({status}): {reason}; try again later"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Retry-After in seconds and as an HTTP date; garbage is no value.
    #[test]
    fn reads_retry_after() {
        let now: Timestamp = "2026-12-03T10:00:00Z".parse().unwrap();
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_retry_after("Thu, 03 Dec 2026 10:00:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Thu, 03 Dec 2026 09:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    /// A cached token is reused until 80 % of its life, then renewed.
    #[test]
    fn reuses_young_tokens_only() {
        let cached = CachedToken {
            value: "t".into(),
            fetched_at: "2026-12-03T10:00:00Z".into(),
            expires_at: "2026-12-03T11:00:00Z".into(),
        };
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        assert!(reuse(&cached, at("2026-12-03T10:47:00Z")).is_some());
        assert!(reuse(&cached, at("2026-12-03T10:49:00Z")).is_none());
    }

    /// Error bodies give their codes and details; other bodies are quoted, cut.
    #[test]
    fn error_reasons() {
        let body = br#"{"errors":[{"status":"409","code":"ENTITY_ERROR","title":"t","detail":"no such server","source":{"pointer":"/data"}}]}"#;
        assert_eq!(error_reason(body), "ENTITY_ERROR no such server (/data)");
        assert_eq!(
            error_reason(b"<html>oops</html>"),
            "the body says \"<html>oops</html>\""
        );
    }
}
