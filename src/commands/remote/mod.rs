//! `abmctl remote set | show | test | unset`: the Apple Business API account this ledger syncs
//! with (SPEC §5). One remote per ledger; the private key stays in its file (only its path is
//! kept) and no secret is ever printed.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::activity::Action;
use crate::api::Scope;
use crate::client::urls;
use crate::context::Ctx;
use crate::ledger::remote::{self, Remote};
use crate::output::Row;

/// The remote's sub-verbs.
#[derive(Debug, Subcommand)]
pub enum RemoteCommand {
    /// Set the API account to sync with (replaces any other)
    #[command(
        after_help = "Examples:\n  abmctl remote set --client-id BUSINESSAPI.9703f56c-… \
--key-id d136aa66-… --private-key ~/keys/abm.pem\n  \
abmctl remote set --client-id BUSINESSAPI.x --key-id k --private-key sandbox.key \
--base-url http://127.0.0.1:8443"
    )]
    Set(SetArgs),
    /// Show the remote (never a secret): account, key file, URLs, token and sync state
    #[command(after_help = "Example:\n  abmctl remote show -o json")]
    Show,
    /// Get a token and list the services: says what worked (exit 0), or what did not (4, 5)
    #[command(after_help = "Example:\n  abmctl remote test")]
    Test,
    /// Forget the remote and its cached token (queued changes stay queued)
    #[command(after_help = "Example:\n  abmctl remote unset")]
    Unset,
}

/// The API's scope, as the flag spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScopeArg {
    /// Apple Business (`business.api`).
    Business,
    /// Apple School Manager (`school.api`).
    School,
}

impl ScopeArg {
    fn scope(self) -> Scope {
        match self {
            ScopeArg::Business => Scope::Business,
            ScopeArg::School => Scope::School,
        }
    }
}

/// Arguments of `remote set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The API account's client id (`BUSINESSAPI.…`)
    #[arg(long, value_name = "ID")]
    pub client_id: String,
    /// The key id of its private key
    #[arg(long, value_name = "ID")]
    pub key_id: String,
    /// The P-256 private key file Apple gave (SEC1 or PKCS#8 PEM), readable by its owner only
    #[arg(long, value_name = "FILE")]
    pub private_key: PathBuf,
    /// Apple Business or Apple School Manager
    #[arg(long, value_enum, ignore_case = true, default_value_t = ScopeArg::Business)]
    pub scope: ScopeArg,
    /// The API origin [default: https://api-business.apple.com, or -school for --scope school]
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// The token endpoint [default: Apple's for Apple's hosts, <base-url>/auth/oauth2/token
    /// for any other]
    #[arg(long, value_name = "URL")]
    pub token_url: Option<String>,
}

/// The remote as `remote show` prints it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct RemoteView {
    client_id: String,
    key_id: String,
    private_key: String,
    scope: String,
    base_url: String,
    token_url: String,
    set_at: String,
    token: String,
    pending_changes: i64,
    last_pull: Option<String>,
    unfinished_pull: bool,
}

impl Row for RemoteView {
    fn headers() -> &'static [&'static str] {
        &[
            "clientId",
            "keyId",
            "privateKey",
            "scope",
            "baseUrl",
            "tokenUrl",
            "setAt",
            "token",
            "pendingChanges",
            "lastPull",
            "unfinishedPull",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.client_id.clone(),
            self.key_id.clone(),
            self.private_key.clone(),
            self.scope.clone(),
            self.base_url.clone(),
            self.token_url.clone(),
            self.set_at.clone(),
            self.token.clone(),
            self.pending_changes.to_string(),
            self.last_pull.clone().unwrap_or_default(),
            self.unfinished_pull.to_string(),
        ]
    }
}

/// What `remote test` found.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct TestView {
    base_url: String,
    token: String,
    services: Option<usize>,
    requests: u64,
}

impl Row for TestView {
    fn headers() -> &'static [&'static str] {
        &["baseUrl", "token", "services", "requests"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.base_url.clone(),
            self.token.clone(),
            self.services.map(|n| n.to_string()).unwrap_or_default(),
            self.requests.to_string(),
        ]
    }
}

/// Runs `remote`.
pub fn run(ctx: &Ctx, command: RemoteCommand) -> Result<()> {
    match command {
        RemoteCommand::Set(args) => set(ctx, args),
        RemoteCommand::Show => show(ctx),
        RemoteCommand::Test => test(ctx),
        RemoteCommand::Unset => unset(ctx),
    }
}

fn set(ctx: &Ctx, args: SetArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let scope = args.scope.scope();
    let field = |value: &str, flag: &str| -> Result<String> {
        let v = value.trim();
        if v.is_empty() || v.chars().any(char::is_control) || v.len() > 200 {
            return Err(crate::error::usage(format!(
                "{flag} must be 1 to 200 characters, none of them control characters"
            )));
        }
        Ok(v.to_string())
    };
    let client_id = field(&args.client_id, "--client-id")?;
    let key_id = field(&args.key_id, "--key-id")?;
    let key_path = std::path::absolute(&args.private_key)
        .with_context(|| format!("cannot find {}", args.private_key.display()))?;
    if !key_path.is_file() {
        anyhow::bail!("{}: no such key file", key_path.display());
    }
    // Refused like ssh refuses it (exit 5), and read now so that a wrong file is said at once.
    crate::sync::read_key(&key_path)?;
    let base_url = urls::check_base_url(
        args.base_url
            .as_deref()
            .unwrap_or(urls::default_base_url(scope)),
        "--base-url",
    )?;
    let token_url = match &args.token_url {
        Some(t) => urls::check_url(t, "--token-url")?.to_string(),
        None => urls::default_token_url(&base_url),
    };
    if !client_id.starts_with(scope.client_id_prefix()) && urls::is_apple(&base_url) {
        ctx.out.warn(format!(
            "Apple's {} client ids start with {}; check --client-id and --scope",
            urls::scope_name(scope),
            scope.client_id_prefix()
        ));
    }
    let new = Remote {
        client_id,
        key_id,
        private_key_path: key_path.display().to_string(),
        scope: urls::scope_name(scope).to_string(),
        base_url,
        token_url,
        set_at: crate::model::format_timestamp(ctx.now),
    };
    let params = serde_json::json!({
        "clientId": new.client_id, "keyId": new.key_id, "privateKey": new.private_key_path,
        "scope": new.scope, "baseUrl": new.base_url, "tokenUrl": new.token_url,
    });
    super::mutate(
        ctx,
        &mut ledger,
        Action::RemoteSet,
        params,
        false,
        |tx, _, result| {
            remote::set(tx, &new)?;
            result.summary.push(format!(
                "Set the remote: {} at {} (`abmctl remote test` checks it).",
                new.client_id, new.base_url
            ));
            Ok(())
        },
    )?;
    Ok(())
}

fn show(ctx: &Ctx) -> Result<()> {
    let ledger = ctx.ledger()?;
    let r = crate::sync::configured(&ledger)?;
    let conn = ledger.conn();
    let token = match remote::token(conn)? {
        Some(t) => format!("cached, expires {}", t.expires_at),
        None => "none cached".to_string(),
    };
    let view = RemoteView {
        client_id: r.client_id,
        key_id: r.key_id,
        private_key: r.private_key_path,
        scope: r.scope,
        base_url: r.base_url,
        token_url: r.token_url,
        set_at: r.set_at,
        token,
        pending_changes: remote::pending_count(conn)?,
        last_pull: remote::last_complete_pull(conn)?.map(|(_, at)| at),
        unfinished_pull: remote::open_pull(conn)?.is_some(),
    };
    ctx.out.record(&view)
}

fn test(ctx: &Ctx) -> Result<()> {
    let ledger = ctx.ledger()?;
    let r = crate::sync::configured(&ledger)?;
    let mut client = crate::sync::client(
        ctx,
        &ledger,
        &r,
        Some(0.0),
        std::time::Duration::from_secs(60),
    )?;
    let token = client.fetch_token();
    if let Some(t) = client.take_new_token() {
        remote::store_token(ledger.conn(), Some(&t))?;
    }
    if let Err(e) = token {
        ctx.out.status(format!("token: failed ({})", r.token_url));
        return Err(e);
    }
    ctx.out.status(format!("token: ok ({})", r.token_url));
    let services: Result<crate::api::wire::MdmServersResponse> =
        client.get("/v1/mdmServers?limit=1000", "a list of mdmServers");
    let services = match services {
        Ok(s) => s,
        Err(e) => {
            ctx.out
                .status(format!("services: failed ({}/v1/mdmServers)", r.base_url));
            return Err(e);
        }
    };
    let more = if services.meta.paging.next_cursor.is_some() {
        " (first page)"
    } else {
        ""
    };
    ctx.out.status(format!(
        "services: ok, {} listed{more}",
        services.data.len()
    ));
    ctx.out.record(&TestView {
        base_url: r.base_url,
        token: "ok".to_string(),
        services: Some(services.data.len()),
        requests: client.stats.requests,
    })
}

fn unset(ctx: &Ctx) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    crate::sync::configured(&ledger)?;
    super::mutate(
        ctx,
        &mut ledger,
        Action::RemoteUnset,
        serde_json::json!({}),
        false,
        |tx, _, result| {
            remote::unset(tx)?;
            result
                .summary
                .push("Unset the remote; its cached token is forgotten.".to_string());
            Ok(())
        },
    )?;
    Ok(())
}
