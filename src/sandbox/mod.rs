//! The sandbox (`sandbox serve`): a server that speaks the Apple Business API as Apple documents
//! it (`reference/apple-business-api.md`), answering from an abmctl ledger on every request —
//! the ledger *is* what Apple has, so ordinary abmctl commands on it change what the API shows.
//!
//! `account` keeps the API account and its key; `routes` holds the endpoints (OAuth token,
//! devices, services) and Apple's error bodies, `coverage` the AppleCare coverage of a device,
//! `activities` the orgDeviceActivities, `tokens` the access tokens issued, `faults` the fault
//! injection and request counts. The wire types and the assertion check are `crate::api`'s,
//! shared with the sync client. It runs axum on a tokio runtime and reads the ledger read-only
//! per request, in a blocking task, so writers are never held up. What the sandbox must
//! remember across restarts (activities, tokens) is in the ledger too (`ledger::sandbox`).

pub mod account;
mod activities;
mod coverage;
pub mod faults;
mod routes;
pub mod seed;
mod tokens;

use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use p256::{PublicKey, SecretKey};

use crate::api::Scope;
use crate::output::Output;

/// What the server needs to answer.
#[derive(Debug, Clone)]
pub struct Config {
    /// The ledger, opened read-only per request.
    pub ledger: PathBuf,
    /// How long a read waits for a lock before the request fails.
    pub busy_timeout: Duration,
    /// The scope served (`business.api` or `school.api`).
    pub scope: Scope,
    /// `http://ADDR`: the origin every link starts with.
    pub base_url: String,
    /// The API account's client id.
    pub client_id: String,
    /// Its key id.
    pub key_id: String,
    /// Its public key, which assertions must verify with.
    pub public_key: PublicKey,
    /// The key the access tokens are digested with before they are stored (the account's
    /// own, kept 0600 beside the ledger; see `tokens`).
    pub token_key: SecretKey,
    /// The log (stderr status lines).
    pub out: Output,
    /// Who the ledger's activity log says made the changes of API activities.
    pub actor: String,
    /// How long an activity takes from SUBMITTED to COMPLETED.
    pub activity_delay: Duration,
    /// How long an access token really lives (at most the hour it announces).
    pub token_lifetime: Duration,
}

/// The server's state: its configuration, the tokens seen, the faults.
#[derive(Debug)]
pub struct Sandbox {
    config: Config,
    tokens: tokens::Tokens,
    /// Held while an activity is applied, so the timer and a read never apply one twice.
    completing: Mutex<()>,
    faults: faults::FaultState,
}

impl Sandbox {
    /// A sandbox injecting `faults`.
    pub fn new(config: Config, faults: faults::Faults) -> Sandbox {
        Sandbox {
            config,
            tokens: tokens::Tokens::default(),
            completing: Mutex::new(()),
            faults: faults::FaultState::new(faults),
        }
    }
}

/// Serves the API on `listener` until `shutdown` completes.
///
/// Each connection is served by hyper directly rather than `axum::serve`, because a handler
/// cannot drop a connection: `--drop-rate` makes the service fail a request, which closes the
/// connection with no response ("connection closed before message completed").
pub async fn serve(
    listener: std::net::TcpListener,
    sandbox: Sandbox,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let sandbox = Arc::new(sandbox);
    // Activities posted before a restart finish on time (or at once, when overdue).
    activities::resume(&sandbox).await?;
    let app = routes::router(Arc::clone(&sandbox));
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // A failed accept (out of descriptors, a reset) ends that connection only.
                Err(_) => continue,
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        let sandbox = Arc::clone(&sandbox);
        tokio::spawn(async move {
            let service = hyper::service::service_fn(
                move |request: hyper::Request<hyper::body::Incoming>| {
                    let app = app.clone();
                    let drop_it = request.uri().path().starts_with("/v1/")
                        && sandbox.faults.drop_connection();
                    async move {
                        if drop_it {
                            return Err(Dropped);
                        }
                        let request = request.map(axum::body::Body::new);
                        tower::ServiceExt::oneshot(app, request)
                            .await
                            .map_err(|never| match never {})
                    }
                },
            );
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await;
        });
    }
    Ok(())
}

/// The error that makes hyper close a connection without answering.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by --drop-rate")
    }
}

impl std::error::Error for Dropped {}

/// A sandbox running in this process on a free loopback port (the demo's), stopped when
/// dropped.
pub struct InProcess {
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    /// The API account's client id.
    pub client_id: String,
    /// Its key id.
    pub key_id: String,
    /// Its private key file.
    pub key_path: PathBuf,
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<Result<()>>>,
}

impl InProcess {
    /// Serves the ledger at `ledger` (business scope, no faults), activities taking
    /// `activity_delay`.
    pub fn start(
        ledger: &std::path::Path,
        out: Output,
        actor: &str,
        busy_timeout: Duration,
        activity_delay: Duration,
    ) -> Result<InProcess> {
        use std::sync::atomic::{AtomicBool, Ordering};
        let account = account::load_or_create(ledger, Scope::Business)?;
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let config = Config {
            ledger: ledger.to_path_buf(),
            busy_timeout,
            scope: Scope::Business,
            base_url: base_url.clone(),
            client_id: account.client_id.clone(),
            key_id: account.key_id.clone(),
            public_key: account.key.public_key(),
            token_key: account.key.clone(),
            out,
            actor: format!("{actor} (sandbox API)"),
            activity_delay,
            token_lifetime: Duration::from_secs(crate::api::TOKEN_LIFETIME_SECS as u64),
        };
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || -> Result<()> {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let shutdown = async move {
                while !flag.load(Ordering::Relaxed) {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            };
            runtime.block_on(serve(
                listener,
                Sandbox::new(config, faults::Faults::default()),
                shutdown,
            ))
        });
        Ok(InProcess {
            base_url,
            client_id: account.client_id,
            key_id: account.key_id,
            key_path: std::path::absolute(&account.key_path).unwrap_or(account.key_path),
            stop,
            thread: Some(thread),
        })
    }

    /// Stops the server and says how it ended.
    pub fn stop(mut self) -> Result<()> {
        self.halt()
    }

    fn halt(&mut self) -> Result<()> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        match self.thread.take() {
            Some(t) => t
                .join()
                .map_err(|_| anyhow::anyhow!("the sandbox stopped unexpectedly"))?,
            None => Ok(()),
        }
    }
}

impl Drop for InProcess {
    fn drop(&mut self) {
        let _ = self.halt();
    }
}
