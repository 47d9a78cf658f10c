//! `abmctl sandbox serve`: print how to reach the sandbox, then serve until Ctrl-C or SIGTERM.

use std::net::SocketAddr;

use anyhow::{Context as _, Result, bail};
use clap::{Args, ValueEnum};

use crate::api::{self, Scope};
use crate::context::Ctx;
use crate::sandbox::{self, Config, Sandbox, account};
use crate::views::SandboxStart;

/// The API scope the sandbox serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScopeArg {
    /// Apple Business (`business.api`)
    Business,
    /// Apple School Manager (`school.api`)
    School,
}

/// Arguments of `sandbox serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (port 0 picks a free one)
    ///
    /// Only loopback addresses, unless --allow-remote is given.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:0")]
    pub listen: SocketAddr,

    /// Allow a --listen address other than loopback (the sandbox has no TLS)
    #[arg(long)]
    pub allow_remote: bool,

    /// The API scope served
    #[arg(long, value_enum, default_value_t = ScopeArg::Business)]
    pub scope: ScopeArg,
}

/// Runs `sandbox serve`.
pub fn run(ctx: &Ctx, args: ServeArgs) -> Result<()> {
    if !args.listen.ip().is_loopback() && !args.allow_remote {
        bail!(
            "refusing to listen on {}: not a loopback address (--allow-remote allows it)",
            args.listen
        );
    }
    let scope = match args.scope {
        ScopeArg::Business => Scope::Business,
        ScopeArg::School => Scope::School,
    };
    // Opened once for real: a missing or foreign file is refused now, and a ledger of an
    // older schema is migrated before requests read it read-only.
    drop(ctx.ledger()?);
    let account = account::load_or_create(&ctx.ledger_path, scope)?;
    let listener = std::net::TcpListener::bind(args.listen)
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{addr}");
    let token_url = format!("{base_url}{}", api::TOKEN_PATH);
    let key_path = std::path::absolute(&account.key_path).unwrap_or(account.key_path.clone());
    let start = SandboxStart {
        remote_set: format!(
            "abmctl remote set --client-id {} --key-id {} --private-key {} --scope {} \
             --base-url {base_url}",
            account.client_id,
            account.key_id,
            shell_word(&key_path.display().to_string()),
            match scope {
                Scope::Business => "business",
                Scope::School => "school",
            },
        ),
        base_url: base_url.clone(),
        token_url,
        scope: scope.as_str().to_string(),
        client_id: account.client_id.clone(),
        key_id: account.key_id.clone(),
        private_key: key_path.display().to_string(),
    };
    let config = Config {
        ledger: ctx.ledger_path.clone(),
        busy_timeout: ctx.busy_timeout,
        scope,
        base_url,
        client_id: account.client_id,
        key_id: account.key_id,
        public_key: account.key.public_key(),
        out: ctx.out.clone(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (stopped_tx, stopped_rx) = std::sync::mpsc::channel::<&'static str>();
    let shutdown = async move {
        let terminate = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            r = tokio::signal::ctrl_c() => {
                if r.is_ok() {
                    let _ = stopped_tx.send("Ctrl-C");
                } else {
                    std::future::pending::<()>().await;
                }
            }
            () = terminate => {
                let _ = stopped_tx.send("SIGTERM");
            }
        }
    };
    // Bound before printing: the printed URL already answers.
    ctx.out.record(&start)?;
    ctx.out.status(format!(
        "Serving the Apple Business API sandbox at {addr} (Ctrl-C stops it)"
    ));
    runtime.block_on(sandbox::serve(listener, Sandbox::new(config), shutdown))?;
    if let Ok(signal) = stopped_rx.try_recv() {
        ctx.out.status(format!("Stopped ({signal})."));
        return Err(anyhow::Error::new(crate::error::Interrupted(
            "interrupted: the sandbox stopped".to_string(),
        )));
    }
    Ok(())
}

/// `text` as one shell word: as it is when it is plain, single-quoted otherwise.
fn shell_word(text: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+:,@%=".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}
