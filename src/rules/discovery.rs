//! Step 5: service discovery for account-driven enrollment (reference `abm-workflow.md` §6,
//! Apple's "simple authentication account-driven enrollment flow").
//!
//! A device whose user signs in as `user@domain` asks
//! `https://domain/.well-known/com.apple.remotemanagement?user-identifier=…&model-family=…`
//! and expects `{"Servers":[{"Version":"mdm-byod"|"mdm-adde","BaseURL":"…"}]}`: exactly one
//! server, `mdm-byod` for User Enrollment, `mdm-adde` for Device Enrollment. Here:
//!
//! - the domain must be a verified domain of the organisation (or its reserved domain);
//! - a user, when named, must be a Managed Apple Account on that domain;
//! - the service is the account's (`account add --service`), else the default service of the
//!   device's family; its enrollment URL is the BaseURL, and must be https;
//! - the Version is what the account is set to offer (`account add --enrollment`), User
//!   Enrollment when no account is named.
//!
//! Anything else is "not found" — an HTTP 404, which makes the device fall back to Apple's
//! alternate discovery. No SQL (the `ledger::` lookups), no I/O, no printing.

use anyhow::Result;
use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;

use crate::ledger::{accounts, defaults, domains, services};
use crate::model::{self, AccountEnrollment, DomainStatus, ProductFamily};

/// The path a device asks for.
pub const WELL_KNOWN_PATH: &str = "/.well-known/com.apple.remotemanagement";

/// The service discovery document (Apple's keys, as the device reads them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Document {
    /// Exactly one server for now (Apple's rule).
    #[serde(rename = "Servers")]
    pub servers: Vec<Server>,
}

/// One server of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Server {
    /// `mdm-byod` (User Enrollment) or `mdm-adde` (Device Enrollment).
    #[serde(rename = "Version")]
    pub version: String,
    /// Where the device starts enrollment: the service's enrollment URL.
    #[serde(rename = "BaseURL")]
    pub base_url: String,
}

/// What to answer a discovery request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The document, and the service it names (for logs and messages).
    Found(Document, String),
    /// No document: why (for the admin; a device just gets a 404).
    NotFound(String),
}

/// A discovery request: the domain asked, the user and the device family when given.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The domain (as asked; normalised here).
    pub domain: &'a str,
    /// The `user-identifier`.
    pub user: Option<&'a str>,
    /// The `model-family`.
    pub family: Option<ProductFamily>,
}

/// Answers a discovery request from the ledger at `now`.
pub fn answer(conn: &Connection, req: Request<'_>, now: Timestamp) -> Result<Answer> {
    let not_found = |why: String| Ok(Answer::NotFound(why));
    let name = match model::parse_domain(req.domain) {
        Ok(n) => n,
        Err(e) => return not_found(e),
    };
    let verified = domains::find(conn, &name)?
        .is_some_and(|d| crate::rules::domains::status(&d, now) == DomainStatus::Verified);
    if !verified {
        return not_found(format!(
            "{name} is not a verified domain of the organisation"
        ));
    }
    let account = match req.user {
        None => None,
        Some(raw) => {
            let parsed = match model::parse_managed_apple_account(raw) {
                Ok(p) => p,
                Err(e) => return not_found(e),
            };
            if parsed.domain != name {
                return not_found(format!("{} is on {}, not {name}", parsed.id, parsed.domain));
            }
            match accounts::find(conn, &parsed.id)? {
                Some(a) => Some(a),
                None => {
                    return not_found(format!(
                        "{} is not a Managed Apple Account of the organisation",
                        parsed.id
                    ));
                }
            }
        }
    };
    let service_id = match (account.as_ref().and_then(|a| a.service_id), req.family) {
        (Some(id), _) => id,
        (None, Some(family)) => {
            match defaults::list(conn)?
                .into_iter()
                .find(|d| d.family == family)
            {
                Some(d) => d.service_id,
                None => {
                    return not_found(format!(
                        "{family} has no default service (`abmctl mdm default set {family} NAME`)"
                    ));
                }
            }
        }
        (None, None) => {
            return not_found(
                "no model family was given and the user has no service of its own".to_string(),
            );
        }
    };
    let Some(service) = services::list(conn)?
        .into_iter()
        .find(|s| s.id == service_id)
    else {
        return not_found("the service is no longer linked".to_string());
    };
    let Some(url) = service.enrollment_url.as_deref() else {
        return not_found(format!(
            "{} has no enrollment URL (`abmctl mdm set \"{0}\" --enrollment-url https://…`)",
            service.name
        ));
    };
    if !url.starts_with("https://") {
        return not_found(format!(
            "the enrollment URL of {} is not https, which devices require",
            service.name
        ));
    }
    let enrollment = account.map_or(AccountEnrollment::User, |a| a.enrollment);
    let document = Document {
        servers: vec![Server {
            version: enrollment.discovery_version().to_string(),
            base_url: url.to_string(),
        }],
    };
    Ok(Answer::Found(document, service.name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Ledger;
    use crate::ledger::services::NewService;

    fn now() -> Timestamp {
        "2026-11-05T00:00:00Z".parse().unwrap()
    }

    /// example.com verified; services A (with an https URL) and B (no URL); iPhones default to
    /// A; jo@ routes to B, al@ to nothing, dev@ is offered Device Enrollment.
    fn ledger() -> Ledger {
        let mut l = Ledger::open_in_memory(now()).unwrap();
        l.write(false, |tx| {
            let d = domains::insert(tx, "example.com", "t", "x", "2026-11-15T00:00:00Z")?;
            domains::insert(tx, "pending.com", "t", "x", "2026-11-15T00:00:00Z")?;
            domains::set_verified(tx, d, "x")?;
            let a = NewService {
                enrollment_url: Some("https://mdm.example.com/enroll"),
                ..NewService::named("A", "x", "y")
            };
            let a = services::insert(tx, &a, "z")?;
            let b = services::insert(tx, &NewService::named("B", "x", "y"), "z")?;
            defaults::set(tx, ProductFamily::IPhone, a, "x")?;
            for (id, service, enrollment) in [
                ("jo@example.com", Some(b), AccountEnrollment::User),
                ("al@example.com", None, AccountEnrollment::User),
                ("dev@example.com", Some(a), AccountEnrollment::Device),
            ] {
                let fields = accounts::AccountFields {
                    managed_apple_account: id,
                    name: None,
                    domain_id: d,
                    service_id: service,
                    enrollment,
                };
                accounts::insert(tx, &fields, "x")?;
            }
            Ok(())
        })
        .unwrap();
        l
    }

    fn ask(l: &Ledger, domain: &str, user: Option<&str>, family: Option<ProductFamily>) -> Answer {
        answer(
            l.conn(),
            Request {
                domain,
                user,
                family,
            },
            now(),
        )
        .unwrap()
    }

    fn found(version: &str) -> Answer {
        let document = Document {
            servers: vec![Server {
                version: version.to_string(),
                base_url: "https://mdm.example.com/enroll".to_string(),
            }],
        };
        Answer::Found(document, "A".to_string())
    }

    #[test]
    fn the_document_has_apples_shape() {
        let doc = Document {
            servers: vec![Server {
                version: "mdm-byod".into(),
                base_url: "https://m.example.com/".into(),
            }],
        };
        assert_eq!(
            serde_json::to_string(&doc).unwrap(),
            r#"{"Servers":[{"Version":"mdm-byod","BaseURL":"https://m.example.com/"}]}"#
        );
    }

    #[test]
    fn the_family_default_or_the_accounts_service_answers() {
        let l = ledger();
        let iphone = Some(ProductFamily::IPhone);
        assert_eq!(ask(&l, "example.com", None, iphone), found("mdm-byod"));
        assert_eq!(
            ask(&l, "Example.COM", Some("AL@example.com"), iphone),
            found("mdm-byod")
        );
        // dev@ has a service of its own (no family needed) and is offered Device Enrollment.
        assert_eq!(
            ask(&l, "example.com", Some("dev@example.com"), None),
            found("mdm-adde")
        );
    }

    #[test]
    fn anything_else_is_not_found() {
        let l = ledger();
        let iphone = Some(ProductFamily::IPhone);
        let why = |a: Answer| match a {
            Answer::NotFound(why) => why,
            found => panic!("expected not found, got {found:?}"),
        };
        let w = why(ask(&l, "pending.com", None, iphone));
        assert!(w.contains("not a verified domain"), "{w}");
        assert!(why(ask(&l, "other.com", None, iphone)).contains("not a verified domain"));
        let w = why(ask(&l, "example.com", Some("nobody@example.com"), iphone));
        assert!(w.contains("not a Managed Apple Account"), "{w}");
        let w = why(ask(&l, "example.com", Some("jo@other.com"), iphone));
        assert!(w.contains("not example.com"), "{w}");
        // jo@ routes to B, which has no enrollment URL.
        let w = why(ask(&l, "example.com", Some("jo@example.com"), iphone));
        assert!(w.contains("B has no enrollment URL"), "{w}");
        let w = why(ask(&l, "example.com", None, Some(ProductFamily::Mac)));
        assert!(w.contains("Mac has no default service"), "{w}");
        assert!(why(ask(&l, "example.com", None, None)).contains("no model family"));
    }
}
