//! Public-key certificates of device management services (`mdm link|set --certificate`):
//! PEM or DER X.509, read in bounded memory and parsed with x509-parser. Nothing is printed.

use std::path::Path;

use anyhow::{Context as _, Result};

use crate::model::format_timestamp;

/// The largest certificate file read: real ones are a few kilobytes.
pub const MAX_CERTIFICATE: u64 = 1024 * 1024;

/// A parsed certificate: DER bytes, subject and expiry.
pub struct Certificate {
    /// The certificate in DER form, as stored.
    pub der: Vec<u8>,
    /// The subject's distinguished name.
    pub subject: String,
    /// When it expires (RFC 3339).
    pub not_after: String,
}

/// Reads and parses an X.509 certificate in PEM or DER form.
pub fn read_certificate(path: &Path) -> Result<Certificate> {
    let bytes = super::read_bounded(path, MAX_CERTIFICATE)
        .with_context(|| format!("cannot read the certificate {}", path.display()))?;
    // Windows editors may save a PEM file with a UTF-8 byte-order mark.
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let der = if bytes.starts_with(b"-----BEGIN") || bytes.iter().take(64).all(|b| b.is_ascii()) {
        let (_, pem) = x509_parser::pem::parse_x509_pem(&bytes).map_err(|e| {
            anyhow::anyhow!("{}: not a PEM certificate ({e}); expected a .pem or .der X.509 public-key certificate", path.display())
        })?;
        pem.contents
    } else {
        bytes
    };
    let (_, cert) = x509_parser::parse_x509_certificate(&der).map_err(|e| {
        anyhow::anyhow!(
            "{}: not an X.509 certificate ({e}); expected a .pem or .der public-key certificate",
            path.display()
        )
    })?;
    let subject = cert.subject().to_string();
    let not_after = jiff::Timestamp::from_second(cert.validity().not_after.timestamp())
        .map(format_timestamp)
        .unwrap_or_default();
    Ok(Certificate {
        der,
        subject,
        not_after,
    })
}
