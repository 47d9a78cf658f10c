//! `abmctl domain …` (Step 5): the organisation's domains — added, verified by a real DNS TXT
//! query, listed, removed — and the service discovery document for each. One file per
//! sub-verb; the rules are in `rules::domains` and `rules::discovery`, the DNS query in
//! `dns.rs`, the printed view in `views::DomainView`.

mod add;
mod discovery;
mod list;
mod remove;
mod set;
mod verify;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;
use crate::result::{CommandResult, Problem};

/// Manage the organisation's domains.
#[derive(Debug, Subcommand)]
pub enum DomainCommand {
    /// Add a domain and print the TXT record that verifies it (within 14 days)
    ///
    /// Each FQDN is its own domain. The record `apple-domain-verification=<token>` must be
    /// published at the domain before `domain verify` is run; a domain not verified within 14
    /// days expires and is added again with a new token. Adding a pending or verified domain
    /// changes nothing (and prints its record again).
    #[command(after_help = "Examples:\n  abmctl domain add example.com\n  \
abmctl domain list -o json | jq -r '.[] | select(.domain == \"example.com\") | .txtRecord'")]
    Add(add::AddArgs),
    /// Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)
    ///
    /// The query goes to the system resolver, or to --nameserver. A resolver that does not
    /// answer exits 4 (try again later).
    #[command(after_help = "Examples:\n  abmctl domain verify example.com\n  \
abmctl domain verify example.com --nameserver 192.0.2.53:5353")]
    Verify(verify::VerifyArgs),
    /// List the domains: status, TXT record, deadline, accounts
    #[command(after_help = "Example:\n  abmctl domain list -o json")]
    List,
    /// Remove a domain (not the reserved one, nor one that accounts use)
    #[command(after_help = "Example:\n  abmctl domain remove old.example.com")]
    Remove(remove::RemoveArgs),
    /// Change a verified domain's settings
    #[command(after_help = "Example:\n  abmctl domain set example.com --alternate-discovery on")]
    Set(set::SetArgs),
    /// Print the service discovery document a domain must serve for a user and device family
    ///
    /// This is the JSON body of `https://DOMAIN/.well-known/com.apple.remotemanagement`:
    /// `{"Servers":[{"Version":"mdm-byod"|"mdm-adde","BaseURL":…}]}`. The service is the
    /// account's (--user), else the family's default (--family); its enrollment URL is the
    /// BaseURL. `discovery serve` answers the same over HTTP.
    #[command(
        after_help = "Examples:\n  abmctl domain discovery example.com --user jo@example.com --family iPhone\n  \
abmctl domain discovery example.com --family Mac > com.apple.remotemanagement"
    )]
    Discovery(discovery::DiscoveryArgs),
}

/// Runs `domain`.
pub fn run(ctx: &Ctx, command: DomainCommand) -> Result<()> {
    match command {
        DomainCommand::Add(a) => add::run(ctx, a),
        DomainCommand::Verify(a) => verify::run(ctx, a),
        DomainCommand::List => list::run(ctx),
        DomainCommand::Remove(a) => remove::run(ctx, a),
        DomainCommand::Set(a) => set::run(ctx, a),
        DomainCommand::Discovery(a) => discovery::run(ctx, a),
    }
}

/// Adds a problem with the domain (or its `field`) and counts it failed.
fn problem(result: &mut CommandResult, field: &str, message: String) {
    result.problems.push(Problem {
        serial_number: None,
        line: None,
        field: Some(field.to_string()),
        message,
    });
    result.failed += 1;
}

/// Parses a domain argument: a malformed name is a usage error (exit 2).
fn parse(raw: &str) -> Result<String> {
    crate::model::parse_domain(raw).map_err(crate::error::usage)
}
