//! The printed JSON contracts (SPEC §3): the views of ledger rows that commands print with
//! `-o json|jsonl|csv|table`, in Apple's attribute names where Apple has one. Typed, so a
//! change to a contract is a change to a struct, and shared by every command that prints one
//! (`mdm list` and `report tokens` print the same service view). No SQL, no printing.

use std::path::Path;

use jiff::Timestamp;
use serde::Serialize;

use crate::ledger::accounts::Account;
use crate::ledger::domains::Domain;
use crate::ledger::org::{Org, Overview};
use crate::ledger::services::Service;
use crate::ledger::suppliers::Supplier;
use crate::model::{AccountEnrollment, DomainStatus};
use crate::output::Row;
use crate::rules::{domains, services};

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
            token_days_left: services::days_left(&s.token_expires_at, now),
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
    /// The service, its devices and its token; certificate, release flag and dates are in
    /// `-o wide` and `mdm show`.
    fn table_columns() -> &'static [&'static str] {
        &[
            "serverName",
            "deviceCount",
            "tokenExpiresDateTime",
            "tokenDaysLeft",
            "enrollmentUrl",
        ]
    }
}

impl Row for Supplier {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "kind",
            "carrier",
            "name",
            "linkedDateTime",
            "deviceCount",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.kind.as_str().to_string(),
            self.carrier.to_string(),
            self.name.clone().unwrap_or_default(),
            self.linked_date_time.clone(),
            self.device_count.to_string(),
        ]
    }
    /// Who the supplier is and how many devices came from it; when it was linked is in
    /// `-o wide`.
    fn table_columns() -> &'static [&'static str] {
        &["id", "kind", "carrier", "name", "deviceCount"]
    }
}

/// The organisation as `org show` and `init` print it: the ledger's organisation, and the
/// ledger file it is in (absolute), so an admin juggling several ledgers sees which one.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgView {
    pub name: String,
    pub organization_id: String,
    pub created_date_time: String,
    /// `<name>.appleaccount.com`: Managed Apple Accounts there need no verified domain.
    pub reserved_domain: Option<String>,
    pub ledger_path: String,
}

impl OrgView {
    /// The view of `org`, kept in the ledger at `path`.
    pub fn new(org: Org, path: &Path) -> OrgView {
        OrgView {
            name: org.name,
            organization_id: org.organization_id,
            created_date_time: org.created_date_time,
            reserved_domain: org.reserved_domain,
            ledger_path: absolute(path),
        }
    }
}

impl Row for OrgView {
    fn headers() -> &'static [&'static str] {
        &[
            "name",
            "organizationId",
            "createdDateTime",
            "reservedDomain",
            "ledgerPath",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.organization_id.clone(),
            self.created_date_time.clone(),
            self.reserved_domain.clone().unwrap_or_default(),
            self.ledger_path.clone(),
        ]
    }
}

/// One organisation of `org list`: its `--org` name, its own name and Organization ID, its
/// fleet (devices assigned or unassigned: not pending, not released), the token of its services
/// that expires first, when it last synced with Apple (null until sync exists), and its file.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgListEntry {
    pub org: String,
    pub name: String,
    pub organization_id: String,
    pub device_count: i64,
    pub token_expires_date_time: Option<String>,
    pub token_days_left: Option<i64>,
    pub last_sync_date_time: Option<String>,
    pub ledger_path: String,
}

impl OrgListEntry {
    /// The entry of organisation `org` (its `--org` name), read from its ledger at `path`.
    pub fn new(org: &str, overview: Overview, path: &Path, now: Timestamp) -> OrgListEntry {
        OrgListEntry {
            org: org.to_string(),
            name: overview.org.name,
            organization_id: overview.org.organization_id,
            device_count: overview.device_count,
            token_days_left: overview
                .first_token_expiry
                .as_deref()
                .map(|t| services::days_left(t, now)),
            token_expires_date_time: overview.first_token_expiry,
            last_sync_date_time: None,
            ledger_path: absolute(path),
        }
    }
}

impl Row for OrgListEntry {
    fn headers() -> &'static [&'static str] {
        &[
            "org",
            "name",
            "organizationId",
            "deviceCount",
            "tokenExpiresDateTime",
            "tokenDaysLeft",
            "lastSyncDateTime",
            "ledgerPath",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.org.clone(),
            self.name.clone(),
            self.organization_id.clone(),
            self.device_count.to_string(),
            o(&self.token_expires_date_time),
            self.token_days_left
                .map(|d| d.to_string())
                .unwrap_or_default(),
            o(&self.last_sync_date_time),
            self.ledger_path.clone(),
        ]
    }
    fn table_columns() -> &'static [&'static str] {
        &[
            "org",
            "name",
            "organizationId",
            "deviceCount",
            "tokenDaysLeft",
        ]
    }
}

/// `path` made absolute (not resolving links), for printing.
fn absolute(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

/// A Managed Apple Account as `account list` prints it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AccountView {
    pub managed_apple_account: String,
    pub name: Option<String>,
    pub domain: String,
    /// The service its account-driven enrollments go to; null: the family's default.
    pub server_name: Option<String>,
    /// What service discovery offers it: `user` (mdm-byod) or `device` (mdm-adde).
    pub enrollment: AccountEnrollment,
    pub personal_devices: i64,
    pub created_date_time: String,
}

impl From<Account> for AccountView {
    fn from(a: Account) -> AccountView {
        AccountView {
            managed_apple_account: a.managed_apple_account,
            name: a.name,
            domain: a.domain,
            server_name: a.service,
            enrollment: a.enrollment,
            personal_devices: a.personal_devices,
            created_date_time: a.created_at,
        }
    }
}

impl Row for AccountView {
    fn headers() -> &'static [&'static str] {
        &[
            "managedAppleAccount",
            "name",
            "domain",
            "serverName",
            "enrollment",
            "personalDevices",
            "createdDateTime",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.managed_apple_account.clone(),
            o(&self.name),
            self.domain.clone(),
            o(&self.server_name),
            self.enrollment.as_str().to_string(),
            self.personal_devices.to_string(),
            self.created_date_time.clone(),
        ]
    }
    fn table_columns() -> &'static [&'static str] {
        &[
            "managedAppleAccount",
            "name",
            "serverName",
            "enrollment",
            "personalDevices",
        ]
    }
}

/// A domain as `domain list` prints it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DomainView {
    pub domain: String,
    pub status: DomainStatus,
    /// The organisation's reserved domain (`<slug>.appleaccount.com`).
    pub reserved: bool,
    /// The TXT record to publish (`apple-domain-verification=<token>`); null when reserved.
    pub txt_record: Option<String>,
    /// The end of the 14 days to verify it in; null when reserved.
    pub verify_by: Option<String>,
    pub verified_date_time: Option<String>,
    /// Whether Apple's fallback service discovery is used for it.
    pub alternate_discovery: bool,
    pub accounts: i64,
    pub added_date_time: String,
}

impl DomainView {
    /// The view of `d` at time `now`.
    pub fn new(d: Domain, now: Timestamp) -> DomainView {
        DomainView {
            status: domains::status(&d, now),
            txt_record: d.token.as_deref().map(domains::txt_record),
            domain: d.name,
            reserved: d.reserved,
            verify_by: d.verify_by,
            verified_date_time: d.verified_at,
            alternate_discovery: d.alternate_discovery,
            accounts: d.accounts,
            added_date_time: d.added_at,
        }
    }
}

impl Row for DomainView {
    fn headers() -> &'static [&'static str] {
        &[
            "domain",
            "status",
            "reserved",
            "txtRecord",
            "verifyBy",
            "verifiedDateTime",
            "alternateDiscovery",
            "accounts",
            "addedDateTime",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.domain.clone(),
            self.status.as_str().to_string(),
            self.reserved.to_string(),
            o(&self.txt_record),
            o(&self.verify_by),
            o(&self.verified_date_time),
            self.alternate_discovery.to_string(),
            self.accounts.to_string(),
            self.added_date_time.clone(),
        ]
    }
    fn table_columns() -> &'static [&'static str] {
        &[
            "domain",
            "status",
            "txtRecord",
            "verifyBy",
            "alternateDiscovery",
            "accounts",
        ]
    }
}

impl Row for crate::rules::discovery::Document {
    fn headers() -> &'static [&'static str] {
        &["Version", "BaseURL"]
    }
    fn cells(&self) -> Vec<String> {
        // Apple's document has one server (for now): its row.
        match self.servers.first() {
            Some(s) => vec![s.version.clone(), s.base_url.clone()],
            None => vec![String::new(), String::new()],
        }
    }
}

/// What `sandbox serve` prints on start: how a client reaches the sandbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SandboxStart {
    /// The API origin (`/v1/...` is appended to it).
    pub base_url: String,
    /// The OAuth token endpoint.
    pub token_url: String,
    /// `business.api` or `school.api`.
    pub scope: String,
    /// The API account's client id.
    pub client_id: String,
    /// Its key id.
    pub key_id: String,
    /// The path of its private key (SEC1 PEM).
    pub private_key: String,
    /// The `abmctl remote set …` line a client runs.
    pub remote_set: String,
}

impl Row for SandboxStart {
    fn headers() -> &'static [&'static str] {
        &[
            "baseUrl",
            "tokenUrl",
            "scope",
            "clientId",
            "keyId",
            "privateKey",
            "remoteSet",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.base_url.clone(),
            self.token_url.clone(),
            self.scope.clone(),
            self.client_id.clone(),
            self.key_id.clone(),
            self.private_key.clone(),
            self.remote_set.clone(),
        ]
    }
}
