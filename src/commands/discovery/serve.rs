//! `abmctl discovery serve`: run the service discovery server until Ctrl-C.

use std::net::SocketAddr;

use anyhow::{Context as _, Result};
use clap::Args;

use crate::context::Ctx;
use crate::discovery::{self, Config};
use crate::rules::discovery::WELL_KNOWN_PATH;

/// Arguments of `discovery serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (port 0 picks a free one)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Allow an address that is not loopback (put a TLS proxy in front of it: Apple's devices
    /// fetch the document over HTTPS)
    #[arg(long)]
    pub allow_remote: bool,
}

/// Runs `discovery serve`.
pub fn run(ctx: &Ctx, args: ServeArgs) -> Result<()> {
    if !args.listen.ip().is_loopback() && !args.allow_remote {
        return Err(crate::error::with_hint(
            format!(
                "refusing to listen on {}: not a loopback address",
                args.listen
            ),
            "give --allow-remote to serve other hosts (behind a TLS proxy)",
        ));
    }
    // Opened once for real: a missing or foreign file is refused now, and a ledger of an
    // older schema is migrated before requests read it read-only.
    drop(ctx.ledger()?);
    let listener = std::net::TcpListener::bind(args.listen)
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let addr = listener.local_addr()?;
    let config = Config {
        ledger: ctx.ledger_path.clone(),
        busy_timeout: ctx.busy_timeout,
        out: ctx.out.clone(),
        started: (ctx.now, std::time::Instant::now()),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    // A stop on Ctrl-C is recorded here, to exit 130 once the server has wound down.
    let (stopped_tx, stopped_rx) = std::sync::mpsc::channel::<()>();
    let shutdown = async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            let _ = stopped_tx.send(());
        } else {
            // No signal handler could be installed: serve until killed.
            std::future::pending::<()>().await;
        }
    };
    ctx.out.status(format!(
        "Serving service discovery at http://{addr}{WELL_KNOWN_PATH} (Ctrl-C stops it)"
    ));
    runtime.block_on(discovery::serve(listener, config, shutdown))?;
    if stopped_rx.try_recv().is_ok() {
        ctx.out.status("Stopped.");
        return Err(anyhow::Error::new(crate::error::Interrupted(
            "interrupted: the discovery server stopped".to_string(),
        )));
    }
    Ok(())
}
