//! `abmctl discovery …`: the service discovery endpoint of account-driven enrollment. The
//! server lives in `src/discovery/`; the document's rules in `rules::discovery`.

mod serve;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;

/// Serve service discovery.
#[derive(Debug, Subcommand)]
pub enum DiscoveryCommand {
    /// Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger
    ///
    /// Each request is answered from the ledger as it is then (accounts, domains, defaults
    /// and services can change while it runs): the document `domain discovery` prints, or
    /// 404 for an unknown user, an unverified domain or no service, which makes the device
    /// fall back to Apple's alternate discovery. Put it behind the HTTPS web server of each
    /// domain (devices require https). One line per request is logged on stderr; Ctrl-C
    /// stops it (exit 130).
    #[command(after_help = "Examples:\n  abmctl discovery serve\n  \
abmctl discovery serve --listen 127.0.0.1:8443\n  \
curl 'http://127.0.0.1:8080/.well-known/com.apple.remotemanagement?user-identifier=jo@example.com&model-family=iPhone'")]
    Serve(serve::ServeArgs),
}

/// Runs `discovery`.
pub fn run(ctx: &Ctx, command: DiscoveryCommand) -> Result<()> {
    match command {
        DiscoveryCommand::Serve(a) => serve::run(ctx, a),
    }
}
