//! The ES256 client assertion of Apple's OAuth flow (§2.1 of the reference): make one with the
//! API account's P-256 key (the sync client, the tests), and verify one against the account's
//! public key (the sandbox's token endpoint).
//!
//! Keys are read as Apple hands them out (SEC1, `-----BEGIN EC PRIVATE KEY-----`) or as PKCS#8.
//! A JWS ES256 signature is the raw 64-byte `r‖s`, not DER. No I/O and no clock here: `now` is
//! passed in.

use anyhow::{Context as _, Result, bail};
use base64ct::{Base64UrlUnpadded, Encoding as _};
use p256::ecdsa::signature::{Signer as _, Verifier as _};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use p256::elliptic_curve::Generate as _;
use p256::pkcs8::{DecodePrivateKey as _, LineEnding};
use p256::{PublicKey, SecretKey};
use serde::{Deserialize, Serialize};

/// The JOSE header of an assertion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Must be `ES256`.
    pub alg: String,
    /// The key id of the API account.
    pub kid: String,
    /// `JWT` (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typ: Option<String>,
}

/// The claims of an assertion (§2.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The client id.
    pub iss: String,
    /// The client id.
    pub sub: String,
    /// Apple's `https://account.apple.com/auth/oauth2/v2/token`.
    pub aud: String,
    /// Issued at, UNIX seconds.
    pub iat: i64,
    /// Expires at, UNIX seconds: later than now, less than 180 days after `iat`.
    pub exp: i64,
    /// A unique id.
    pub jti: String,
}

impl Claims {
    /// The claims Apple's sample script makes for `client_id`: issued `now`, living `lifetime`
    /// seconds, a fresh `jti`.
    pub fn new(client_id: &str, audience: &str, now: i64, lifetime: i64) -> Claims {
        Claims {
            iss: client_id.to_string(),
            sub: client_id.to_string(),
            aud: audience.to_string(),
            iat: now,
            exp: now.saturating_add(lifetime),
            jti: uuid::Uuid::new_v4().to_string(),
        }
    }
}

/// A new random P-256 key.
pub fn generate_key() -> Result<SecretKey> {
    SecretKey::try_generate().map_err(|e| anyhow::anyhow!("no random numbers: {e}"))
}

/// The key as Apple hands it out: SEC1 PEM.
pub fn to_sec1_pem(key: &SecretKey) -> Result<String> {
    let pem = key
        .to_sec1_pem(LineEnding::LF)
        .map_err(|_| anyhow::anyhow!("cannot encode the key as PEM"))?;
    Ok(pem.to_string())
}

/// Reads a P-256 private key in SEC1 or PKCS#8 PEM.
pub fn read_private_key(pem: &str) -> Result<SecretKey> {
    if pem.contains("-----BEGIN EC PRIVATE KEY-----") {
        SecretKey::from_sec1_pem(pem).map_err(|_| anyhow::anyhow!("not a P-256 SEC1 private key"))
    } else if pem.contains("-----BEGIN PRIVATE KEY-----") {
        SecretKey::from_pkcs8_pem(pem)
            .map_err(|_| anyhow::anyhow!("not a P-256 PKCS#8 private key"))
    } else {
        bail!("not a PEM private key (expected EC PRIVATE KEY or PRIVATE KEY)")
    }
}

/// Signs `claims` with `key` as an ES256 JWS in compact form.
pub fn sign(key: &SecretKey, kid: &str, claims: &Claims) -> Result<String> {
    let header = Header {
        alg: "ES256".to_string(),
        kid: kid.to_string(),
        typ: Some("JWT".to_string()),
    };
    let head = Base64UrlUnpadded::encode_string(&serde_json::to_vec(&header)?);
    let body = Base64UrlUnpadded::encode_string(&serde_json::to_vec(claims)?);
    let input = format!("{head}.{body}");
    let signature: Signature = SigningKey::from(key).sign(input.as_bytes());
    let signature = Base64UrlUnpadded::encode_string(&signature.to_bytes());
    Ok(format!("{input}.{signature}"))
}

/// Why an assertion was refused. The token endpoint answers every one `invalid_client`; the
/// text goes to the sandbox's log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What an assertion must match.
#[derive(Debug, Clone)]
pub struct Expected<'a> {
    /// The account's public key.
    pub key: &'a PublicKey,
    /// Its key id (`kid`).
    pub kid: &'a str,
    /// Its client id (`iss`, `sub`).
    pub client_id: &'a str,
    /// The audiences accepted.
    pub audiences: &'a [&'a str],
    /// Now, UNIX seconds.
    pub now: i64,
}

/// Verifies an assertion: the ES256 signature, `alg`, `kid`, `iss` = `sub` = client id, `aud`,
/// `iat`/`exp` (exp later than now, at most 180 days after iat) and a `jti`.
pub fn verify(token: &str, expected: &Expected<'_>) -> Result<Claims, Refusal> {
    let refuse = |why: &str| Refusal(why.to_string());
    let mut parts = token.split('.');
    let (Some(head), Some(body), Some(sig), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(refuse("not a compact JWS (three dot-separated parts)"));
    };
    let decode = |part: &str, what: &str| {
        Base64UrlUnpadded::decode_vec(part).map_err(|_| Refusal(format!("{what} is not base64url")))
    };
    let header: Header = serde_json::from_slice(&decode(head, "the header")?)
        .map_err(|_| refuse("the header is not a JOSE header"))?;
    if header.alg != "ES256" {
        return Err(Refusal(format!("alg is {:?}, not ES256", header.alg)));
    }
    if header.kid != expected.kid {
        return Err(refuse("kid is not the account's key id"));
    }
    let signature = Signature::from_slice(&decode(sig, "the signature")?)
        .map_err(|_| refuse("the signature is not a 64-byte r||s"))?;
    VerifyingKey::from(expected.key)
        .verify(format!("{head}.{body}").as_bytes(), &signature)
        .map_err(|_| refuse("the signature does not verify with the account's key"))?;
    let claims: Claims = serde_json::from_slice(&decode(body, "the claims")?)
        .map_err(|_| refuse("the claims lack iss, sub, aud, iat, exp or jti"))?;
    if claims.iss != expected.client_id || claims.sub != expected.client_id {
        return Err(refuse("iss and sub must both be the client id"));
    }
    if !expected.audiences.contains(&claims.aud.as_str()) {
        return Err(Refusal(format!(
            "aud {:?} is not the token endpoint",
            claims.aud
        )));
    }
    if claims.exp <= expected.now {
        return Err(refuse("the assertion has expired (exp)"));
    }
    if claims.exp <= claims.iat || claims.exp - claims.iat > super::MAX_ASSERTION_SECS {
        return Err(refuse(
            "exp must be after iat and at most 180 days after it",
        ));
    }
    if claims.iat > expected.now + 300 {
        return Err(refuse("iat is in the future"));
    }
    if claims.jti.trim().is_empty() {
        return Err(refuse("jti is empty"));
    }
    Ok(claims)
}

/// The key's public half.
pub fn public_key(key: &SecretKey) -> PublicKey {
    key.public_key()
}

/// Reads a key file's text, naming the file when it is not a key.
pub fn read_private_key_file(path: &std::path::Path) -> Result<SecretKey> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the key {}", path.display()))?;
    read_private_key(&text).with_context(|| format!("in {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::APPLE_AUDIENCE;

    const NOW: i64 = 1_800_000_000;

    fn expected<'a>(key: &'a PublicKey) -> Expected<'a> {
        Expected {
            key,
            kid: "kid-1",
            client_id: "BUSINESSAPI.x",
            audiences: &[APPLE_AUDIENCE],
            now: NOW,
        }
    }

    /// A token signed with the account's key verifies; the SEC1 PEM round-trips.
    #[test]
    fn signs_and_verifies() {
        let key = generate_key().unwrap();
        let pem = to_sec1_pem(&key).unwrap();
        assert!(pem.starts_with("-----BEGIN EC PRIVATE KEY-----"));
        let key = read_private_key(&pem).unwrap();
        let claims = Claims::new("BUSINESSAPI.x", APPLE_AUDIENCE, NOW, 900);
        let token = sign(&key, "kid-1", &claims).unwrap();
        let public = public_key(&key);
        assert_eq!(verify(&token, &expected(&public)), Ok(claims));
    }

    /// Each rule of §2.1 refuses: another key, kid, aud, client, an expired or too long-lived
    /// assertion, a mangled token.
    #[test]
    fn refuses_what_apple_refuses() {
        let key = generate_key().unwrap();
        let public = public_key(&key);
        let good = Claims::new("BUSINESSAPI.x", APPLE_AUDIENCE, NOW, 900);
        let refused = |token: String| verify(&token, &expected(&public)).is_err();
        let other = generate_key().unwrap();
        assert!(refused(sign(&other, "kid-1", &good).unwrap()));
        assert!(refused(sign(&key, "kid-2", &good).unwrap()));
        let wrong_aud = Claims {
            aud: "https://account.apple.com/auth/oauth2/token".into(),
            ..good.clone()
        };
        assert!(refused(sign(&key, "kid-1", &wrong_aud).unwrap()));
        let wrong_sub = Claims {
            sub: "BUSINESSAPI.y".into(),
            ..good.clone()
        };
        assert!(refused(sign(&key, "kid-1", &wrong_sub).unwrap()));
        let expired = Claims::new("BUSINESSAPI.x", APPLE_AUDIENCE, NOW - 1000, 900);
        assert!(refused(sign(&key, "kid-1", &expired).unwrap()));
        let too_long = Claims::new("BUSINESSAPI.x", APPLE_AUDIENCE, NOW, 181 * 86_400);
        assert!(refused(sign(&key, "kid-1", &too_long).unwrap()));
        let token = sign(&key, "kid-1", &good).unwrap();
        assert!(refused(format!("{token}x")));
        assert!(refused("a.b".to_string()));
        assert!(refused(String::new()));
    }
}
