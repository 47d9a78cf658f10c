//! `abmctl sandbox …`: an Apple Business API server on loopback, backed by a ledger. The
//! server lives in `src/sandbox/`; the wire format in `src/api/`.

mod serve;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;

/// Run an Apple-Business-API-compatible server.
#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the Apple Business API on loopback from a ledger, for trying and testing sync
    ///
    /// The ledger is what "Apple" has: every request is answered from it as it is then, so
    /// ordinary abmctl commands on it (`--ledger`) change what the API shows while it runs.
    /// On start it prints the base URL, the token URL, the API account's client id and key id,
    /// the path of its P-256 private key (SEC1 PEM, 0600, kept beside the ledger and reused on
    /// the next start) and the `abmctl remote set` line a client needs. Routes: the OAuth token
    /// endpoint (ES256 client assertion), /v1/orgDevices, /v1/mdmServers and their
    /// relationships, with Apple's paging, fields[…] and error bodies, and
    /// /v1/orgDeviceActivities (ASSIGN_DEVICES, UNASSIGN_DEVICES, RELEASE_DEVICES), which run
    /// asynchronously over --activity-delay and change the ledger through abmctl's own rules,
    /// with a per-device CSV log. The fault flags inject rate limits, 5xx, latency, broken
    /// bodies, early token expiry and failing devices, reproducibly from --fault-seed;
    /// GET /__sandbox/stats counts requests by route and status. One line per request is
    /// logged on stderr; Ctrl-C or SIGTERM stops it (exit 130).
    #[command(
        after_help = "Examples:\n  abmctl --ledger sandbox.sqlite3 init --name Sandbox\n  \
abmctl --ledger sandbox.sqlite3 sandbox serve\n  \
abmctl --ledger sandbox.sqlite3 sandbox serve --listen 127.0.0.1:8443 -o json"
    )]
    Serve(serve::ServeArgs),
}

/// Runs `sandbox`.
pub fn run(ctx: &Ctx, command: SandboxCommand) -> Result<()> {
    match command {
        SandboxCommand::Serve(a) => serve::run(ctx, a),
    }
}
