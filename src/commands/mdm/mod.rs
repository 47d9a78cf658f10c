//! `abmctl mdm …` (Step 2): device management services. One file per sub-verb; this file
//! holds the group's enum, the printed view of a service and the checks the verbs share.

mod default;
pub use default::DefaultCommand;
mod link;
mod list;
mod rename;
mod set;
mod token;
mod unlink;

use anyhow::Result;
use clap::Subcommand;
use jiff::Timestamp;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::ledger::services::{self, Service};
use crate::output::Row;

/// Manage device management services.
#[derive(Debug, Subcommand)]
pub enum MdmCommand {
    /// Link a device management service
    Link(link::LinkArgs),
    /// List the services, with their device counts and token expiry
    List(list::ListArgs),
    /// Show one service
    Show(list::ShowArgs),
    /// Rename a service
    Rename(rename::RenameArgs),
    /// Change a service's certificate, enrollment URL or release permission
    Set(set::SetArgs),
    /// Unlink a service that has no devices assigned
    Unlink(unlink::UnlinkArgs),
    /// Record a new server token for a service (tokens expire after one year)
    Token(token::TokenArgs),
    /// Default assignment: which service each product family's new devices go to
    #[command(subcommand)]
    Default(default::DefaultCommand),
}

/// Runs `mdm`.
pub fn run(ctx: &Ctx, command: MdmCommand) -> Result<()> {
    match command {
        MdmCommand::Link(a) => link::run(ctx, a),
        MdmCommand::List(a) => list::run_list(ctx, a),
        MdmCommand::Show(a) => list::run_show(ctx, a),
        MdmCommand::Rename(a) => rename::run(ctx, a),
        MdmCommand::Set(a) => set::run(ctx, a),
        MdmCommand::Unlink(a) => unlink::run(ctx, a),
        MdmCommand::Token(a) => token::run(ctx, a),
        MdmCommand::Default(c) => default::run(ctx, c),
    }
}

/// Tokens expiring within this many days are flagged (Apple's tokens last a year; vendors
/// warn 30 days ahead).
pub const TOKEN_WARNING_DAYS: i64 = 30;

/// A service as `mdm list` / `mdm show` print it. Apple's names where the API has one
/// (`serverName`, `deviceCount`, `enableMdmDisownFlag`, `createdDateTime`).
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ServiceView {
    pub server_name: String,
    pub device_count: i64,
    pub enable_mdm_disown_flag: bool,
    pub token_issued_date_time: String,
    pub token_expires_date_time: String,
    pub token_days_left: i64,
    pub certificate_subject: Option<String>,
    pub certificate_expires_date_time: Option<String>,
    pub enrollment_url: Option<String>,
    pub created_date_time: String,
}

impl ServiceView {
    /// The view of `s` at time `now`.
    pub fn new(s: Service, now: Timestamp) -> ServiceView {
        ServiceView {
            token_days_left: days_left(&s.token_expires_at, now),
            server_name: s.name,
            device_count: s.device_count,
            enable_mdm_disown_flag: s.allow_release,
            token_issued_date_time: s.token_issued_at,
            token_expires_date_time: s.token_expires_at,
            certificate_subject: s.certificate_subject,
            certificate_expires_date_time: s.certificate_not_after,
            enrollment_url: s.enrollment_url,
            created_date_time: s.linked_at,
        }
    }
}

/// Whole days from `now` until `expires` (negative once expired).
pub fn days_left(expires: &str, now: Timestamp) -> i64 {
    expires
        .parse::<Timestamp>()
        .map(|e| (e.as_second() - now.as_second()).div_euclid(86_400))
        .unwrap_or(0)
}

impl Row for ServiceView {
    fn headers() -> &'static [&'static str] {
        &[
            "serverName",
            "deviceCount",
            "enableMdmDisownFlag",
            "tokenIssuedDateTime",
            "tokenExpiresDateTime",
            "tokenDaysLeft",
            "certificateSubject",
            "certificateExpiresDateTime",
            "enrollmentUrl",
            "createdDateTime",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.server_name.clone(),
            self.device_count.to_string(),
            self.enable_mdm_disown_flag.to_string(),
            self.token_issued_date_time.clone(),
            self.token_expires_date_time.clone(),
            self.token_days_left.to_string(),
            o(&self.certificate_subject),
            o(&self.certificate_expires_date_time),
            o(&self.enrollment_url),
            self.created_date_time.clone(),
        ]
    }
    fn table_columns() -> Option<&'static [usize]> {
        Some(&[0, 1, 2, 4, 5, 8])
    }
}

/// The service called `name`, or an error that points at `mdm list`.
pub fn find(conn: &rusqlite::Connection, name: &str) -> Result<Service> {
    services::find(conn, name)?.ok_or_else(|| {
        with_hint(
            format!("no device management service is called `{}`", name.trim()),
            "see the linked services with `abmctl mdm list`",
        )
    })
}

/// Checks a new service name: not empty, not one of Apple's reserved names, not taken.
pub fn check_new_name(
    conn: &rusqlite::Connection,
    name: &str,
    except_id: Option<i64>,
) -> Result<()> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        anyhow::bail!("a service name cannot be empty");
    }
    if trimmed.chars().any(char::is_control) {
        anyhow::bail!("a service name cannot contain control characters (newlines, tabs)");
    }
    // Apple reserves these two names for its own device-list groupings.
    if ["unassigned", "reassigned"].contains(&services::name_key(trimmed).as_str()) {
        return Err(with_hint(
            format!("`{trimmed}` is reserved by Apple Business and cannot name a service"),
            "choose another name, for example a building or team name",
        ));
    }
    if let Some(other) = services::find(conn, trimmed)? {
        if Some(other.id) != except_id {
            anyhow::bail!(
                "a service called `{}` is already linked (names are unique regardless of case)",
                other.name
            );
        }
    }
    Ok(())
}

/// A token's expiry: one year after it was issued (Apple's rule).
pub fn token_expiry(issued: Timestamp) -> Result<Timestamp> {
    let zoned = issued.to_zoned(jiff::tz::TimeZone::UTC);
    Ok(zoned.checked_add(jiff::Span::new().years(1))?.timestamp())
}
