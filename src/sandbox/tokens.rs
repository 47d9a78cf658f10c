//! The access tokens the sandbox issues (§2.2 of the reference): opaque random strings,
//! remembered in memory for speed and in the ledger (`ledger::sandbox`, migration 0007) so a
//! restarted sandbox still accepts a token it issued, as Apple's servers do not forget theirs
//! when one of them restarts.
//!
//! The ledger never holds a token, only a keyed digest of it: the deterministic (RFC 6979)
//! ES256 signature of the token by the API account's key, which the sandbox already holds and
//! keeps 0600 beside the ledger. So the ledger's rows are no use to whoever reads the file, no
//! hash crate is needed, and replacing the account's key retires every token (clients get a
//! 401 and ask for a new one).

use std::collections::HashMap;
use std::sync::Mutex;

use anyhow::Result;
use base64ct::{Base64UrlUnpadded, Encoding as _};
use jiff::Timestamp;
use p256::SecretKey;
use p256::ecdsa::signature::Signer as _;
use p256::ecdsa::{Signature, SigningKey};

use super::Config;
use crate::api::Scope;
use crate::ledger::{Ledger, sandbox};

/// How long an expired token is still recognised as "expired" (rather than "unknown").
const FORGET_AFTER_SECS: i64 = 86_400;

/// An issued token: its scope and when the sandbox stops accepting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) scope: Scope,
    pub(super) expires: Timestamp,
}

/// The tokens seen since the server started, by token.
#[derive(Debug, Default)]
pub(super) struct Tokens {
    cache: Mutex<HashMap<String, Token>>,
}

/// The digest stored for `token`: deterministic, keyed by the account's key.
pub(super) fn digest(key: &SecretKey, token: &str) -> String {
    let signature: Signature = SigningKey::from(key).sign(token.as_bytes());
    Base64UrlUnpadded::encode_string(&signature.to_bytes())
}

impl Tokens {
    /// Remembers a new token, in the ledger first (a token the ledger lacks is not handed out).
    /// Blocking: call it off the async threads.
    pub(super) fn issue(&self, config: &Config, token: &str, t: Token) -> Result<()> {
        let now = Timestamp::now();
        let row = sandbox::IssuedToken {
            token_hash: digest(&config.token_key, token),
            scope: t.scope.as_str().to_string(),
            issued_at: format!("{now:.0}"),
            expires_at: format!("{:.3}", t.expires),
        };
        let forget = (now.checked_sub(jiff::SignedDuration::from_secs(FORGET_AFTER_SECS)))
            .unwrap_or(Timestamp::UNIX_EPOCH);
        let mut ledger = Ledger::open(&config.ledger, config.busy_timeout)?;
        ledger.transact(|tx| {
            sandbox::insert_token(tx, &row, &format!("{forget:.3}"))?;
            Ok(((), true))
        })?;
        if let Ok(mut cache) = self.cache.lock() {
            cache.retain(|_, kept| kept.expires > forget);
            cache.insert(token.to_string(), t);
        }
        Ok(())
    }

    /// The token `token` if this run has seen it (no I/O).
    pub(super) fn cached(&self, token: &str) -> Option<Token> {
        self.cache.lock().ok().and_then(|c| c.get(token).copied())
    }

    /// The token `token`, if the sandbox issued it: from memory, else from the ledger (one
    /// issued before a restart). Blocking on a miss: call it off the async threads.
    pub(super) fn find(&self, config: &Config, token: &str) -> Result<Option<Token>> {
        if let Some(found) = self.cached(token) {
            return Ok(Some(found));
        }
        if token.is_empty() || token.len() > 4096 {
            return Ok(None);
        }
        let ledger = Ledger::open_read_only(&config.ledger, config.busy_timeout)?;
        let Some(row) = sandbox::token(ledger.conn(), &digest(&config.token_key, token))? else {
            return Ok(None);
        };
        let (Some(scope), Ok(expires)) = (Scope::parse(&row.scope), row.expires_at.parse()) else {
            return Ok(None);
        };
        let found = Token { scope, expires };
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(token.to_string(), found);
        }
        Ok(Some(found))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The digest is the same for the same token and key (so a restarted sandbox finds it),
    /// differs for another token or key, and does not contain the token.
    #[test]
    fn digest_is_deterministic_and_keyed() {
        let key = crate::api::jwt::generate_key().unwrap();
        let other = crate::api::jwt::generate_key().unwrap();
        let token = "0123456789abcdef0123456789abcdef";
        assert_eq!(digest(&key, token), digest(&key, token));
        assert_ne!(digest(&key, token), digest(&key, "another"));
        assert_ne!(digest(&key, token), digest(&other, token));
        assert!(!digest(&key, token).contains(token));
    }
}
