//! Step 5: Managed Apple Accounts (SPEC §1.6; Apple's rules in reference `abm-workflow.md` §6).
//!
//! - An account is `user@domain`, split at the last `@` as Apple's devices do, compared
//!   without regard to case.
//! - Its domain must be a verified domain of the organisation, or its reserved domain.
//! - It may name a service that its account-driven enrollments go to instead of the family
//!   default (Apple's example: different sets of users go to different services).
//! - An account with personal devices enrolled cannot be removed.
//!
//! Adding an account that exists with the same fields changes nothing; other fields update
//! it (the name and service are the ones given; a field not given keeps its value). No SQL
//! (`ledger::accounts`), no printing.

use anyhow::Result;
use jiff::Timestamp;
use rusqlite::{Connection, Transaction};

use crate::error::with_hint;
use crate::ledger::accounts::{self, Account, AccountFields};
use crate::ledger::{devices, domains};
use crate::model::{self, AccountEnrollment, DomainStatus};
use crate::rules::domains as domain_rules;

/// One account to add, as given (file line or arguments): the raw id and the optional fields.
#[derive(Debug, Clone, Default)]
pub struct NewAccount {
    /// `user@domain`, as typed.
    pub id: String,
    /// The person's name.
    pub name: Option<String>,
    /// The service's name (resolved by the caller).
    pub service: Option<(i64, String)>,
    /// What service discovery offers it (default: User Enrollment).
    pub enrollment: Option<AccountEnrollment>,
}

/// What adding one account does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// A new account.
    New,
    /// It exists with these fields already.
    Unchanged,
    /// It exists; these fields change (their names).
    Updated(Vec<&'static str>),
}

/// The longest name kept for a person.
const MAX_NAME: usize = 256;

/// Checks the account id and its domain: a problem message when either is wrong.
pub fn check_id(
    conn: &Connection,
    raw: &str,
    now: Timestamp,
) -> Result<Result<(String, i64), String>> {
    let parsed = match model::parse_managed_apple_account(raw) {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    let Some(domain) = domains::find(conn, &parsed.domain)? else {
        return Ok(Err(format!(
            "`{}` is not a domain of the organisation: add and verify it first \
             (`abmctl domain add {0}`), or use the reserved domain (`abmctl org show`)",
            parsed.domain
        )));
    };
    Ok(match domain_rules::status(&domain, now) {
        DomainStatus::Verified => Ok((parsed.id, domain.id)),
        DomainStatus::Pending => Err(format!(
            "the domain {} is not verified yet: publish its TXT record and run \
             `abmctl domain verify {0}`",
            domain.name
        )),
        DomainStatus::Expired => Err(format!(
            "the domain {} was not verified within {} days: add it again \
             (`abmctl domain add {0}`) and verify it",
            domain.name,
            domain_rules::VERIFY_DAYS
        )),
    })
}

/// Checks a person's name: no control characters, at most 256 characters.
pub fn check_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.chars().any(char::is_control) {
        return Err("a name cannot contain control characters".to_string());
    }
    if name.chars().count() > MAX_NAME {
        return Err(format!("a name is at most {MAX_NAME} characters"));
    }
    Ok(name.to_string())
}

/// Decides what adding `new` (already checked: `id` lower-case) does, given the account as
/// stored, and carries it out.
pub fn add(
    tx: &Transaction<'_>,
    id: &str,
    domain_id: i64,
    new: &NewAccount,
    now: &str,
) -> Result<Decision> {
    let existing = accounts::find(tx, id)?;
    let decision = decide(existing.as_ref(), new);
    let fields = AccountFields {
        managed_apple_account: id,
        name: new
            .name
            .as_deref()
            .filter(|n| !n.is_empty())
            .or(existing.as_ref().and_then(|e| e.name.as_deref())),
        domain_id,
        service_id: new
            .service
            .as_ref()
            .map(|(sid, _)| *sid)
            .or(existing.as_ref().and_then(|e| e.service_id)),
        enrollment: new
            .enrollment
            .or(existing.as_ref().map(|e| e.enrollment))
            .unwrap_or(AccountEnrollment::User),
    };
    match decision {
        Decision::New => accounts::insert(tx, &fields, now)?,
        Decision::Updated(_) => accounts::update(tx, &fields, now)?,
        Decision::Unchanged => {}
    }
    Ok(decision)
}

/// What adding `new` does to `existing`: fields not given keep their value.
pub fn decide(existing: Option<&Account>, new: &NewAccount) -> Decision {
    let Some(e) = existing else {
        return Decision::New;
    };
    let mut changed = Vec::new();
    if new
        .name
        .as_deref()
        .is_some_and(|n| !n.is_empty() && Some(n) != e.name.as_deref())
    {
        changed.push("name");
    }
    if new
        .service
        .as_ref()
        .is_some_and(|(id, _)| Some(*id) != e.service_id)
    {
        changed.push("service");
    }
    if new.enrollment.is_some_and(|x| x != e.enrollment) {
        changed.push("enrollment");
    }
    if changed.is_empty() {
        Decision::Unchanged
    } else {
        Decision::Updated(changed)
    }
}

/// The account `raw` names, for an account-driven enrollment or a discovery request: it must
/// exist, on a domain that is verified (or reserved).
pub fn find_for_enrollment(conn: &Connection, raw: &str, now: Timestamp) -> Result<Account> {
    let parsed = model::parse_managed_apple_account(raw).map_err(anyhow::Error::msg)?;
    let Some(account) = accounts::find(conn, &parsed.id)? else {
        return Err(with_hint(
            format!(
                "`{}` is not a Managed Apple Account of the organisation",
                parsed.id
            ),
            format!(
                "add it with `abmctl account add {}` (its domain must be verified)",
                parsed.id
            ),
        ));
    };
    let domain = domains::find(conn, &account.domain)?;
    if domain.is_none_or(|d| domain_rules::status(&d, now) != DomainStatus::Verified) {
        return Err(with_hint(
            format!(
                "the domain of `{}` is not verified",
                account.managed_apple_account
            ),
            format!("verify it with `abmctl domain verify {}`", account.domain),
        ));
    }
    Ok(account)
}

/// Why `account` cannot be removed, if it cannot: personal devices are enrolled with it.
pub fn removal_refusal(conn: &Connection, account: &Account) -> Result<Option<String>> {
    let serials = devices::personal_of(conn, &account.managed_apple_account)?;
    if serials.is_empty() {
        return Ok(None);
    }
    Ok(Some(format!(
        "{} has {} enrolled ({}): they leave the organisation when unenrolled \
         (`abmctl unenroll SERIAL`)",
        account.managed_apple_account,
        crate::result::plural(serials.len() as u64, "personal device", "personal devices"),
        crate::rules::names::some_names(&serials)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger() -> crate::ledger::Ledger {
        let now: Timestamp = "2026-11-01T00:00:00Z".parse().unwrap();
        crate::ledger::Ledger::open_in_memory(now).unwrap()
    }

    fn now() -> Timestamp {
        "2026-11-05T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn accounts_need_a_verified_or_the_reserved_domain() -> Result<()> {
        let mut l = ledger();
        l.write(false, |tx| {
            domains::insert(
                tx,
                "pending.com",
                "t",
                "2026-11-01T00:00:00Z",
                "2026-11-15T00:00:00Z",
            )?;
            domains::insert(
                tx,
                "old.com",
                "t",
                "2026-10-01T00:00:00Z",
                "2026-10-15T00:00:00Z",
            )?;
            let ok = domains::insert(
                tx,
                "ok.com",
                "t",
                "2026-11-01T00:00:00Z",
                "2026-11-15T00:00:00Z",
            )?;
            domains::set_verified(tx, ok, "2026-11-02T00:00:00Z")
        })?;
        let c = l.conn();
        assert!(matches!(check_id(c, "Jo@OK.com", now())?, Ok((id, _)) if id == "jo@ok.com"));
        // The reserved domain of a new ledger named "My Organization".
        assert!(check_id(c, "jo@myorganization.appleaccount.com", now())?.is_ok());
        let e = check_id(c, "jo@pending.com", now())?.unwrap_err();
        assert!(e.contains("not verified yet"), "{e}");
        let e = check_id(c, "jo@old.com", now())?.unwrap_err();
        assert!(e.contains("within 14 days"), "{e}");
        let e = check_id(c, "jo@elsewhere.com", now())?.unwrap_err();
        assert!(e.contains("not a domain of the organisation"), "{e}");
        assert!(check_id(c, "no-at-sign", now())?.is_err());
        Ok(())
    }

    #[test]
    fn adding_again_changes_only_what_differs() {
        let stored = Account {
            id: 1,
            managed_apple_account: "jo@ok.com".into(),
            name: Some("Jo".into()),
            domain_id: 1,
            domain: "ok.com".into(),
            service_id: Some(3),
            service: Some("A".into()),
            enrollment: AccountEnrollment::User,
            personal_devices: 0,
            created_at: "x".into(),
        };
        let same = NewAccount {
            id: "jo@ok.com".into(),
            ..Default::default()
        };
        assert_eq!(decide(None, &same), Decision::New);
        assert_eq!(decide(Some(&stored), &same), Decision::Unchanged);
        let renamed = NewAccount {
            name: Some("Jo Bloggs".into()),
            service: Some((3, "A".into())),
            enrollment: Some(AccountEnrollment::Device),
            ..same
        };
        assert_eq!(
            decide(Some(&stored), &renamed),
            Decision::Updated(vec!["name", "enrollment"])
        );
    }
}
