//! The remote's URLs (SPEC §5): defaults per scope, the token URL that goes with a base URL,
//! HTTPS except on loopback, and how a URL is shown in messages.

use anyhow::{Result, bail};
use url::Url;

use crate::api::{self, Scope};

/// Apple's API origin for a scope.
pub fn default_base_url(scope: Scope) -> &'static str {
    match scope {
        Scope::Business => "https://api-business.apple.com",
        Scope::School => "https://api-school.apple.com",
    }
}

/// Whether `base` is one of Apple's API origins.
pub fn is_apple(base: &str) -> bool {
    Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .is_some_and(|h| h == "api-business.apple.com" || h == "api-school.apple.com")
}

/// The token URL that goes with a base URL: Apple's for Apple's hosts, `<base>/auth/oauth2/token`
/// for any other (the sandbox, a test server, a proxy).
pub fn default_token_url(base: &str) -> String {
    if is_apple(base) {
        api::APPLE_TOKEN_URL.to_string()
    } else {
        format!("{}{}", base.trim_end_matches('/'), api::TOKEN_PATH)
    }
}

/// Checks and normalises a base URL (an origin: scheme, host, port; a trailing `/v1` or `/` is
/// dropped, since paths `/v1/…` are appended). `what` names the flag in errors.
pub fn check_base_url(text: &str, what: &str) -> Result<String> {
    let url = check_url(text, what)?;
    if url.query().is_some() || url.fragment().is_some() {
        bail!("{what} {text:?} must not have a query or fragment");
    }
    let path = url.path().trim_end_matches('/');
    let path = path.strip_suffix("/v1").unwrap_or(path);
    let origin = url.origin().ascii_serialization();
    Ok(format!("{origin}{path}"))
}

/// Checks a URL: http or https, and HTTPS unless its host is a loopback address.
pub fn check_url(text: &str, what: &str) -> Result<Url> {
    let url = match Url::parse(text.trim()) {
        Ok(u) => u,
        Err(e) => bail!("{what} {text:?} is not a URL ({e})"),
    };
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => bail!(
            "{what} {text:?} is plain HTTP: HTTPS is required except on loopback \
             (127.0.0.1, ::1, localhost)"
        ),
        other => bail!("{what} {text:?} is not an http(s) URL (scheme {other})"),
    }
    if url.host_str().is_none_or(str::is_empty) {
        bail!("{what} {text:?} has no host");
    }
    if !url.username().is_empty() || url.password().is_some() {
        bail!("{what} must not carry credentials");
    }
    Ok(url)
}

/// Whether a URL's host is a loopback address.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Whether `url` is on the origin of `base` (same scheme, host and port).
pub fn same_origin(url: &str, base: &str) -> bool {
    match (Url::parse(url), Url::parse(base)) {
        (Ok(a), Ok(b)) => a.origin() == b.origin(),
        _ => false,
    }
}

/// A URL as messages show it: its path and query (cursors are not secrets), without the
/// origin for API paths, cut when long.
pub fn display(url: &str) -> String {
    let shown = match Url::parse(url) {
        Ok(u) => match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_string(),
        },
        Err(_) => url.to_string(),
    };
    let shown = crate::output::printable(&shown).into_owned();
    if shown.chars().count() > 160 {
        let cut: String = shown.chars().take(159).collect();
        format!("{cut}…")
    } else {
        shown
    }
}

/// Parses a scope flag value.
pub fn scope_name(scope: Scope) -> &'static str {
    match scope {
        Scope::Business => "business",
        Scope::School => "school",
    }
}

/// The scope a stored name means.
pub fn scope_of(name: &str) -> Scope {
    if name == "school" {
        Scope::School
    } else {
        Scope::Business
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// HTTPS anywhere, plain HTTP on loopback only; `/v1` and slashes are dropped.
    #[test]
    fn checks_urls() {
        assert_eq!(
            check_base_url("https://api-business.apple.com/v1/", "--base-url").unwrap(),
            "https://api-business.apple.com"
        );
        assert_eq!(
            check_base_url("http://127.0.0.1:8080", "--base-url").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert!(check_base_url("http://[::1]:9/", "--base-url").is_ok());
        assert!(check_base_url("http://localhost:9/", "--base-url").is_ok());
        let e = check_base_url("http://example.com", "--base-url").unwrap_err();
        assert!(e.to_string().contains("HTTPS is required"), "{e}");
        assert!(check_base_url("ftp://example.com", "--base-url").is_err());
        assert!(check_base_url("https://u:p@example.com", "--base-url").is_err());
    }

    /// Apple's hosts get Apple's token URL; any other host its own.
    #[test]
    fn token_url_follows_the_base() {
        assert_eq!(
            default_token_url("https://api-school.apple.com"),
            api::APPLE_TOKEN_URL
        );
        assert_eq!(
            default_token_url("http://127.0.0.1:5000"),
            "http://127.0.0.1:5000/auth/oauth2/token"
        );
        assert!(same_origin(
            "http://127.0.0.1:5000/v1/x?cursor=a",
            "http://127.0.0.1:5000"
        ));
        assert!(!same_origin(
            "https://store.blobstore.apple.com/x",
            "https://api-business.apple.com"
        ));
    }
}
