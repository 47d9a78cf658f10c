//! Step 5: the organisation's domains (SPEC §1.6; Apple's rules in reference
//! `abm-workflow.md` §6).
//!
//! - Each FQDN is its own domain (`example.com` and `accounts.example.com` are two).
//! - Adding a domain issues a TXT record `apple-domain-verification=<token>` to publish; the
//!   domain is verified when a DNS query finds it, within 14 calendar days of being added.
//!   After that it expires and must be added again (a new token).
//! - The reserved domain (`<slug>.appleaccount.com`) needs no verification and cannot be
//!   removed; no other domain may be added under `appleaccount.com`.
//! - A domain that Managed Apple Accounts use cannot be removed.
//!
//! What a DNS query found is handed in (`dns.rs` does the query); nothing here does I/O, SQL
//! (`ledger::domains`) or printing.

use anyhow::Result;
use jiff::Timestamp;
use rusqlite::Connection;

use crate::error::with_hint;
use crate::ledger::domains::{self, Domain};
use crate::model::{self, DomainStatus, RESERVED_PARENT};

/// Days a new domain has to be verified in (Apple's rule: 14 calendar days).
pub const VERIFY_DAYS: i64 = 14;

/// The prefix of the TXT record Apple asks for.
pub const TXT_PREFIX: &str = "apple-domain-verification=";

/// The TXT record a domain with `token` must publish.
pub fn txt_record(token: &str) -> String {
    format!("{TXT_PREFIX}{token}")
}

/// A fresh verification token: 32 random hexadecimal characters (Apple publishes no format).
pub fn new_token() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// The end of the window to verify a domain added at `added`: 14 calendar days later.
pub fn verify_by(added: Timestamp) -> Result<Timestamp> {
    let zoned = added.to_zoned(jiff::tz::TimeZone::UTC);
    Ok(zoned
        .checked_add(jiff::Span::new().days(VERIFY_DAYS))?
        .timestamp())
}

/// Where `d` stands at `now`: verified (or reserved), pending within its 14 days, or expired.
pub fn status(d: &Domain, now: Timestamp) -> DomainStatus {
    if d.reserved || d.verified_at.is_some() {
        return DomainStatus::Verified;
    }
    let deadline = d
        .verify_by
        .as_deref()
        .and_then(|t| t.parse::<Timestamp>().ok());
    match deadline {
        Some(deadline) if now < deadline => DomainStatus::Pending,
        _ => DomainStatus::Expired,
    }
}

/// Validates a domain an admin names, for `domain add`: an FQDN, and not under Apple's
/// `appleaccount.com` (the reserved domain comes with the organisation).
pub fn check_new(raw: &str) -> Result<String> {
    let name = model::parse_domain(raw).map_err(anyhow::Error::msg)?;
    if name == RESERVED_PARENT || name.ends_with(&format!(".{RESERVED_PARENT}")) {
        return Err(with_hint(
            format!("`{name}` is under {RESERVED_PARENT}, which Apple reserves"),
            "the organisation's reserved domain is already there: see `abmctl org show`",
        ));
    }
    Ok(name)
}

/// The domain `raw` names, or an error whose hint lists the domains there are.
pub fn find(conn: &Connection, raw: &str) -> Result<Domain> {
    let name = model::parse_domain(raw).map_err(anyhow::Error::msg)?;
    if let Some(d) = domains::find(conn, &name)? {
        return Ok(d);
    }
    let names: Vec<String> = domains::list(conn)?.into_iter().map(|d| d.name).collect();
    Err(with_hint(
        format!("`{name}` is not a domain of the organisation"),
        format!(
            "add it with `abmctl domain add {name}`; the domains are {}",
            crate::rules::names::some_names(&names)
        ),
    ))
}

/// What a DNS query for a domain's TXT records found, and what that means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// The record is there: the domain is verified.
    Found,
    /// It is not; the message says what was found instead.
    Missing(String),
}

/// Judges the TXT records found at a domain against the one it must publish. Apple's record
/// is matched exactly, after trimming (a resolver may hand back surrounding spaces); a record
/// split into several strings counts joined, as DNS defines.
pub fn judge(token: &str, found: &[String]) -> Verification {
    let want = txt_record(token);
    if found.iter().any(|txt| txt.trim() == want) {
        return Verification::Found;
    }
    let apple: Vec<&str> = found
        .iter()
        .map(|t| t.trim())
        .filter(|t| t.starts_with(TXT_PREFIX))
        .collect();
    let message = if found.is_empty() {
        format!("no TXT record was found; publish `{want}`")
    } else if !apple.is_empty() {
        format!(
            "found {} but not `{want}` (an old or mistyped token?)",
            apple
                .iter()
                .map(|t| format!("`{}`", escape(t)))
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else {
        format!(
            "found {} but no `{TXT_PREFIX}…` record; publish `{want}`",
            crate::result::plural(found.len() as u64, "TXT record", "TXT records")
        )
    };
    Verification::Missing(message)
}

/// `text` with control characters escaped, for messages (DNS data is anyone's to write).
pub fn escape(text: &str) -> String {
    text.chars()
        .flat_map(char::escape_debug)
        .take(200)
        .collect()
}

/// Why a domain cannot be removed, if it cannot: the reserved domain never can, nor one that
/// Managed Apple Accounts use.
pub fn removal_refusal(d: &Domain) -> Option<String> {
    if d.reserved {
        return Some(format!(
            "{} is the organisation's reserved domain: it cannot be removed",
            d.name
        ));
    }
    (d.accounts > 0).then(|| {
        format!(
            "{} is used by {}: remove them first (`abmctl account list`)",
            d.name,
            crate::result::plural(
                d.accounts as u64,
                "Managed Apple Account",
                "Managed Apple Accounts"
            )
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn domain(verified: bool) -> Domain {
        Domain {
            id: 1,
            name: "example.com".into(),
            reserved: false,
            token: Some("t0k".into()),
            added_at: "2026-11-01T10:00:00Z".into(),
            verify_by: Some("2026-11-15T10:00:00Z".into()),
            verified_at: verified.then(|| "2026-11-02T00:00:00Z".into()),
            alternate_discovery: false,
            accounts: 0,
        }
    }

    #[test]
    fn a_domain_has_fourteen_calendar_days_to_be_verified() -> Result<()> {
        assert_eq!(
            verify_by(ts("2026-11-01T10:00:00Z"))?,
            ts("2026-11-15T10:00:00Z")
        );
        let d = domain(false);
        assert_eq!(
            status(&d, ts("2026-11-15T09:59:59Z")),
            DomainStatus::Pending
        );
        assert_eq!(
            status(&d, ts("2026-11-15T10:00:00Z")),
            DomainStatus::Expired
        );
        // Verified stays verified, and the reserved domain needs no verification.
        assert_eq!(
            status(&domain(true), ts("2030-01-01T00:00:00Z")),
            DomainStatus::Verified
        );
        let reserved = Domain {
            reserved: true,
            token: None,
            verify_by: None,
            ..domain(false)
        };
        assert_eq!(
            status(&reserved, ts("2030-01-01T00:00:00Z")),
            DomainStatus::Verified
        );
        Ok(())
    }

    #[test]
    fn only_the_exact_record_verifies() {
        assert_eq!(
            judge(
                "abc",
                &[
                    "v=spf1 -all".into(),
                    " apple-domain-verification=abc ".into()
                ]
            ),
            Verification::Found
        );
        let Verification::Missing(m) = judge("abc", &[]) else {
            panic!("nothing found cannot verify")
        };
        assert_eq!(
            m,
            "no TXT record was found; publish `apple-domain-verification=abc`"
        );
        let Verification::Missing(m) = judge("abc", &["apple-domain-verification=old\n".into()])
        else {
            panic!("another token cannot verify")
        };
        assert_eq!(
            m,
            "found `apple-domain-verification=old` but not `apple-domain-verification=abc` \
             (an old or mistyped token?)"
        );
        let Verification::Missing(m) = judge("abc", &["v=spf1 -all".into()]) else {
            panic!("an unrelated record cannot verify")
        };
        assert!(m.starts_with("found 1 TXT record but no"), "{m}");
        assert!(matches!(
            judge("abc", &["apple-domain-verification=abcd".into()]),
            Verification::Missing(_)
        ));
    }

    #[test]
    fn apple_reserves_appleaccount_com() {
        assert!(check_new("Example.COM.").is_ok_and(|n| n == "example.com"));
        assert!(check_new("acme.appleaccount.com").is_err());
        assert!(check_new("appleaccount.com").is_err());
        assert!(check_new("notappleaccount.com").is_ok());
        assert!(check_new("localhost").is_err());
    }

    #[test]
    fn the_reserved_domain_and_used_domains_stay() {
        let mut d = domain(true);
        assert_eq!(removal_refusal(&d), None);
        d.accounts = 2;
        assert!(removal_refusal(&d).is_some_and(|m| m.contains("2 Managed Apple Accounts")));
        d.accounts = 0;
        d.reserved = true;
        assert!(removal_refusal(&d).is_some_and(|m| m.contains("reserved")));
    }
}
