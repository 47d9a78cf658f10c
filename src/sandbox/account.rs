//! The sandbox's API account: a client id, a key id and a P-256 key, made on first start and
//! kept beside the ledger (`<ledger>.api-account.json`, `<ledger>.api-key.pem`, the key 0600 and
//! in SEC1 PEM, as Apple hands keys out), so a client configured once works across restarts.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use p256::SecretKey;
use serde::{Deserialize, Serialize};

use crate::api::{Scope, jwt};

/// What is stored of the account besides its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Stored {
    client_id: String,
    key_id: String,
}

/// The sandbox's API account.
#[derive(Debug, Clone)]
pub struct Account {
    /// `BUSINESSAPI.<uuid>` (or `SCHOOLAPI.`).
    pub client_id: String,
    /// A UUID.
    pub key_id: String,
    /// Where the private key is.
    pub key_path: PathBuf,
    /// The private key.
    pub key: SecretKey,
}

fn beside(ledger: &Path, suffix: &str) -> PathBuf {
    let mut name = ledger.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    ledger.with_file_name(name)
}

/// Loads the account kept beside `ledger`, or makes one for `scope` and keeps it.
pub fn load_or_create(ledger: &Path, scope: Scope) -> Result<Account> {
    let account_path = beside(ledger, ".api-account.json");
    let key_path = beside(ledger, ".api-key.pem");
    if account_path.exists() && key_path.exists() {
        let text = std::fs::read_to_string(&account_path)
            .with_context(|| format!("cannot read {}", account_path.display()))?;
        let stored: Stored = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a sandbox account", account_path.display()))?;
        let key = jwt::read_private_key_file(&key_path)?;
        return Ok(Account {
            client_id: stored.client_id,
            key_id: stored.key_id,
            key_path,
            key,
        });
    }
    let key = jwt::generate_key()?;
    let stored = Stored {
        client_id: format!("{}{}", scope.client_id_prefix(), uuid::Uuid::new_v4()),
        key_id: uuid::Uuid::new_v4().to_string(),
    };
    write_private(&key_path, jwt::to_sec1_pem(&key)?.as_bytes())?;
    std::fs::write(&account_path, serde_json::to_vec_pretty(&stored)?)
        .with_context(|| format!("cannot write {}", account_path.display()))?;
    Ok(Account {
        client_id: stored.client_id,
        key_id: stored.key_id,
        key_path,
        key,
    })
}

/// Writes a file only its owner can read (0600 from its creation, not chmod-ed afterwards).
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
