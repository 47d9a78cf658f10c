//! Step 2: device management services (SPEC §1.3).
//!
//! - A service's name is unique regardless of case, and not one Apple reserves.
//! - A server token expires one calendar year after it was issued; tokens expiring within
//!   [`TOKEN_WARNING_DAYS`] are flagged.
//! - No device can be assigned before a service is linked.
//! - A service that still has devices cannot be unlinked, unless they are moved or unassigned
//!   in the same step.
//!
//! No SQL (`ledger::services` has it) and no printing.

use anyhow::Result;
use jiff::Timestamp;
use rusqlite::{Connection, Transaction};
use unicode_normalization::UnicodeNormalization;

use crate::error::with_hint;
use crate::ledger::services::{self, Service};

/// Names Apple Business uses for its own device-list groupings, which no service may take
/// (compared by `services::name_key`).
pub const RESERVED_NAMES: [&str; 2] = ["unassigned", "reassigned"];

/// Tokens expiring within this many days are flagged (Apple's tokens last a year; vendors
/// warn 30 days ahead).
pub const TOKEN_WARNING_DAYS: i64 = 30;

/// The service called `name` (any case), or an error whose hint names the services there
/// are: a name that refers to nothing is a typo.
pub fn find(conn: &Connection, name: &str) -> Result<Service> {
    if let Some(service) = services::find(conn, name)? {
        return Ok(service);
    }
    let names: Vec<String> = services::list(conn)?.into_iter().map(|s| s.name).collect();
    let hint = if names.is_empty() {
        "no service is linked yet; link one with `abmctl mdm link NAME`".to_string()
    } else {
        let names = crate::rules::names::some_names(&names);
        format!("the linked services are {names} (see `abmctl mdm list`)")
    };
    Err(with_hint(
        format!("no device management service is called `{}`", name.trim()),
        hint,
    ))
}

/// Why `name` cannot name a service, whatever the ledger holds: empty, control characters,
/// or one of Apple's reserved names — compared after NFKC normalisation and case folding, so
/// that look-alikes such as a full-width `Ｕnassigned` cannot pass for another name.
pub fn name_refusal(name: &str) -> Option<String> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Some("a service name cannot be empty".to_string());
    }
    if trimmed.chars().any(char::is_control) {
        return Some(
            "a service name cannot contain control characters (newlines, tabs)".to_string(),
        );
    }
    let folded: String = trimmed.nfkc().collect::<String>().to_lowercase();
    RESERVED_NAMES.contains(&folded.as_str()).then(|| {
        format!(
            "`{}` is reserved by Apple Business and cannot name a service",
            crate::model::echo(trimmed)
        )
    })
}

/// Checks a new service name: [`name_refusal`], and not taken by another service than
/// `except_id`.
pub fn check_new_name(conn: &Connection, name: &str, except_id: Option<i64>) -> Result<()> {
    if let Some(why) = name_refusal(name) {
        return Err(with_hint(
            why,
            "choose another name, for example a building or team name",
        ));
    }
    let trimmed = name.trim();
    if let Some(other) = services::find(conn, trimmed)?
        && Some(other.id) != except_id
    {
        anyhow::bail!(
            "a service called `{}` is already linked (names are unique regardless of case)",
            other.name
        );
    }
    Ok(())
}

/// A token's expiry: one calendar year after it was issued (Apple's rule), so a token issued
/// on 2027-03-01 expires on 2028-03-01, across the leap day.
pub fn token_expiry(issued: Timestamp) -> Result<Timestamp> {
    let zoned = issued.to_zoned(jiff::tz::TimeZone::UTC);
    Ok(zoned.checked_add(jiff::Span::new().years(1))?.timestamp())
}

/// Whole days from `now` until `expires` (negative once expired; 0 when unreadable).
pub fn days_left(expires: &str, now: Timestamp) -> i64 {
    expires
        .parse::<Timestamp>()
        .map(|e| (e.as_second() - now.as_second()).div_euclid(86_400))
        .unwrap_or(0)
}

/// How a token with `days_left` days stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenState {
    /// More than [`TOKEN_WARNING_DAYS`] left.
    Valid,
    /// Expiring within [`TOKEN_WARNING_DAYS`].
    Expiring,
    /// Expired: the service can no longer sync with Apple.
    Expired,
}

/// The state of a token with `days_left` days to go.
pub fn token_state(days_left: i64) -> TokenState {
    if days_left < 0 {
        TokenState::Expired
    } else if days_left <= TOKEN_WARNING_DAYS {
        TokenState::Expiring
    } else {
        TokenState::Valid
    }
}

/// A warning for a service certificate that has expired (RFC 3339 `not_after`): Apple
/// Business takes it, but the MDM vendor's service will not work with it.
pub fn certificate_warning(not_after: &str, now: Timestamp) -> Option<String> {
    let expired = not_after.parse::<Timestamp>().is_ok_and(|t| t < now);
    expired.then(|| {
        format!("the certificate expired on {not_after}: ask the MDM vendor for a current one")
    })
}

/// Links a service by name alone (no certificate or URL yet), its token counted from `now`:
/// how an import of Apple Business's export links the services its devices are on. The name
/// is checked as `mdm link` checks it. Returns the service's row id.
pub fn link_named(tx: &Transaction<'_>, name: &str, now: Timestamp) -> Result<i64> {
    check_new_name(tx, name, None)?;
    let issued = crate::model::format_timestamp(now);
    let expires = crate::model::format_timestamp(token_expiry(now)?);
    services::insert(
        tx,
        &services::NewService::named(name.trim(), &issued, &expires),
        &issued,
    )
}

/// Refuses Step 4 before Step 2: Apple's rule is that nothing can be assigned until a device
/// management service is linked.
pub fn require_a_service(conn: &Connection) -> Result<()> {
    if services::count(conn)? == 0 {
        return Err(with_hint(
            "no device management service is linked, so no device can be assigned yet",
            "link one first with `abmctl mdm link NAME`",
        ));
    }
    Ok(())
}

/// Refuses to unlink `service` while devices are assigned to it and no way out is given
/// (`moving`: they are reassigned or unassigned in the same step). Apple's API refuses to
/// delete such a service too.
pub fn check_unlink(service: &Service, moving: bool) -> Result<()> {
    if service.device_count == 0 || moving {
        return Ok(());
    }
    let n = crate::result::plural(service.device_count as u64, "device is", "devices are");
    Err(with_hint(
        format!("cannot unlink {}: {n} still assigned to it", service.name),
        format!(
            "move them with `abmctl mdm unlink \"{0}\" --reassign-to OTHER`, or unassign them \
             with `abmctl mdm unlink \"{0}\" --unassign`",
            service.name
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn tokens_expire_one_calendar_year_after_issue() -> Result<()> {
        // Across a leap day: 366 days, not 365.
        let e = token_expiry(ts("2027-03-01T00:00:00Z"))?;
        assert_eq!(e, ts("2028-03-01T00:00:00Z"));
        assert_eq!(
            token_expiry(ts("2026-06-15T10:30:00Z"))?,
            ts("2027-06-15T10:30:00Z")
        );
        // Issued on a leap day: the next year has no 29 February.
        assert_eq!(
            token_expiry(ts("2028-02-29T00:00:00Z"))?,
            ts("2029-02-28T00:00:00Z")
        );
        Ok(())
    }

    #[test]
    fn an_expired_certificate_is_warned_about() {
        let now = ts("2026-01-01T00:00:00Z");
        assert!(certificate_warning("2025-12-31T23:59:59Z", now).is_some());
        assert_eq!(certificate_warning("2026-01-01T00:00:01Z", now), None);
        assert_eq!(certificate_warning("", now), None);
    }

    #[test]
    fn days_left_and_warning() {
        let now = ts("2026-01-01T12:00:00Z");
        assert_eq!(days_left("2026-01-31T12:00:00Z", now), 30);
        assert_eq!(days_left("2026-01-31T11:59:59Z", now), 29);
        assert_eq!(days_left("2025-12-31T12:00:00Z", now), -1);
        assert_eq!(days_left("garbage", now), 0);
        assert_eq!(token_state(31), TokenState::Valid);
        assert_eq!(token_state(30), TokenState::Expiring);
        assert_eq!(token_state(0), TokenState::Expiring);
        assert_eq!(token_state(-1), TokenState::Expired);
    }

    fn ledger() -> crate::ledger::Ledger {
        crate::ledger::Ledger::open_in_memory(Timestamp::UNIX_EPOCH).unwrap()
    }

    fn link(l: &mut crate::ledger::Ledger, name: &str) -> i64 {
        l.write(false, |tx| {
            services::insert(tx, &services::NewService::named(name, "a", "b"), "c")
        })
        .unwrap()
    }

    #[test]
    fn names_are_unique_and_not_reserved() {
        let mut l = ledger();
        let id = link(&mut l, "Main MDM");
        for bad in [
            "Unassigned",
            " REASSIGNED ",
            "\u{ff35}nassigned",
            "",
            "a\nb",
            "main mdm",
        ] {
            assert!(check_new_name(l.conn(), bad, None).is_err(), "{bad:?}");
        }
        assert!(check_new_name(l.conn(), "MAIN MDM", Some(id)).is_ok()); // its own rename
        assert!(check_new_name(l.conn(), "Lab", None).is_ok());
        let e = check_new_name(l.conn(), "unassigned", None).unwrap_err();
        assert!(e.to_string().contains("reserved by Apple Business"), "{e}");
    }

    #[test]
    fn no_assignment_before_a_service_is_linked() {
        let mut l = ledger();
        let e = require_a_service(l.conn()).unwrap_err();
        assert!(
            e.to_string()
                .contains("no device management service is linked"),
            "{e}"
        );
        link(&mut l, "A");
        assert!(require_a_service(l.conn()).is_ok());
    }

    #[test]
    fn a_service_with_devices_is_unlinked_only_with_a_way_out() {
        let mut l = ledger();
        link(&mut l, "A");
        let mut s = find(l.conn(), "a").unwrap();
        assert!(check_unlink(&s, false).is_ok());
        s.device_count = 2;
        let e = check_unlink(&s, false).unwrap_err();
        assert_eq!(
            e.to_string(),
            "cannot unlink A: 2 devices are still assigned to it"
        );
        assert!(check_unlink(&s, true).is_ok());
        assert!(find(l.conn(), "B").is_err());
    }
}
