//! `abmctl sandbox serve`: print how to reach the sandbox, then serve until Ctrl-C or SIGTERM.

use std::net::SocketAddr;

use anyhow::{Context as _, Result, bail};
use clap::{Args, ValueEnum};

use crate::api::{self, Scope};
use crate::context::Ctx;
use crate::sandbox::faults::Faults;
use crate::sandbox::{self, Config, Sandbox, account, seed};
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

    /// How long an orgDeviceActivity takes from SUBMITTED to COMPLETED, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = 2000)]
    pub activity_delay: u64,

    /// Faults: the seed of every random fault, so a run can be repeated
    #[arg(long, value_name = "S", default_value_t = 0, help_heading = "Faults")]
    pub fault_seed: u64,

    /// Allow N GET requests a minute; more are answered 429 with Retry-After (seconds)
    #[arg(long, value_name = "N/min", value_parser = per_minute, help_heading = "Faults")]
    pub rate_limit_get: Option<u32>,

    /// Allow N POST requests an hour; more are answered 429 with Retry-After (seconds)
    #[arg(long, value_name = "N/h", value_parser = per_hour, help_heading = "Faults")]
    pub rate_limit_post: Option<u32>,

    /// Allow N token requests an hour; more are answered 400 (invalid_request), as Apple does
    #[arg(long, value_name = "N/h", value_parser = per_hour, help_heading = "Faults")]
    pub rate_limit_token: Option<u32>,

    /// The limits observed at Apple: 20 GET a minute, 10 POST an hour, 20 tokens an hour
    ///
    /// Apple publishes no figures; the GET and POST ones are observed by users (reference
    /// §9). Apple answers "too many" token requests with a 400 without saying how many: 20 an
    /// hour lets a client that caches its hour-long token refresh it after every 401 of a
    /// sync, and stops one that asks for a token per request within a minute.
    #[arg(
        long,
        conflicts_with_all = ["rate_limit_get", "rate_limit_post", "rate_limit_token"],
        help_heading = "Faults"
    )]
    pub apple_limits: bool,

    /// Answer this share of API requests (0 to 1) with 500
    #[arg(long, value_name = "RATE", value_parser = rate, default_value_t = 0.0, help_heading = "Faults")]
    pub error_rate: f64,

    /// Add this many milliseconds to every response
    #[arg(long, value_name = "MS", default_value_t = 0, help_heading = "Faults")]
    pub latency: u64,

    /// Cut this share of JSON bodies (0 to 1) in half
    #[arg(long, value_name = "RATE", value_parser = rate, default_value_t = 0.0, help_heading = "Faults")]
    pub truncate_rate: f64,

    /// Make this share of JSON bodies (0 to 1) invalid JSON
    #[arg(long, value_name = "RATE", value_parser = rate, default_value_t = 0.0, help_heading = "Faults")]
    pub malformed_rate: f64,

    /// Let access tokens die after SECS, though they still announce 3600
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = 3600,
        help_heading = "Faults"
    )]
    pub token_lifetime: u64,

    /// Fail this share (0 to 1) of each activity's devices: COMPLETED_WITH_FAILURE or _ERROR
    #[arg(long, value_name = "RATE", value_parser = rate, default_value_t = 0.0, help_heading = "Faults")]
    pub activity_error_rate: f64,

    /// Close this share (0 to 1) of connections without a response, mid-request
    #[arg(long, value_name = "RATE", value_parser = rate, default_value_t = 0.0, help_heading = "Faults")]
    pub drop_rate: f64,

    /// Once, hand back a device page's own cursor as its nextCursor (the page repeats)
    #[arg(long, help_heading = "Faults")]
    pub repeat_cursor: bool,

    /// Make a new ledger holding an organisation of N made-up devices first
    ///
    /// Suppliers (two Apple Customer Numbers, two resellers), three services, orders of every
    /// family, three quarters of the orders assigned, some devices released, and the quirks
    /// of real data; made with abmctl's own commands (init, supplier link, mdm link, import,
    /// assign, release). The ledger must not exist yet: an existing one is served as it is.
    #[arg(long, value_name = "N")]
    pub devices: Option<u64>,

    /// The seed of --devices: the same N and seed make the same organisation
    #[arg(long, value_name = "S", default_value_t = 1, requires = "devices")]
    pub seed: u64,
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
    if let Some(n) = args.devices {
        fill(ctx, n, args.seed)?;
    }
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
        token_key: account.key.clone(),
        out: ctx.out.clone(),
        actor: format!("{} (sandbox API)", ctx.actor),
        activity_delay: std::time::Duration::from_millis(args.activity_delay),
        token_lifetime: std::time::Duration::from_secs(args.token_lifetime),
    };
    let faults = Faults {
        seed: args.fault_seed,
        rate_limit_get: args.rate_limit_get.or(args.apple_limits.then_some(20)),
        rate_limit_post: args.rate_limit_post.or(args.apple_limits.then_some(10)),
        rate_limit_token: args.rate_limit_token.or(args.apple_limits.then_some(20)),
        error_rate: args.error_rate,
        latency: std::time::Duration::from_millis(args.latency),
        truncate_rate: args.truncate_rate,
        malformed_rate: args.malformed_rate,
        activity_error_rate: args.activity_error_rate,
        repeat_cursor: args.repeat_cursor,
        drop_rate: args.drop_rate,
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
    runtime.block_on(sandbox::serve(
        listener,
        Sandbox::new(config, faults),
        shutdown,
    ))?;
    if let Ok(signal) = stopped_rx.try_recv() {
        ctx.out.status(format!("Stopped ({signal})."));
        return Err(anyhow::Error::new(crate::error::Interrupted(
            "interrupted: the sandbox stopped".to_string(),
        )));
    }
    Ok(())
}

/// Makes a new ledger and fills it with `n` devices from `seed`, through abmctl's commands (so
/// the sandbox's organisation follows Apple's rules exactly as an admin's does).
fn fill(ctx: &Ctx, n: u64, seed: u64) -> Result<()> {
    if ctx.ledger_path.exists() {
        return Err(crate::error::with_hint(
            format!(
                "{} already exists: --devices fills a new ledger only",
                ctx.ledger_path.display()
            ),
            "drop --devices to serve it as it is, or give --ledger a new path",
        ));
    }
    let started = std::time::Instant::now();
    if let Err(e) = make(ctx, n, seed) {
        // A half-made organisation is not served, nor left to be mistaken for a whole one.
        for suffix in ["", "-wal", "-shm"] {
            let mut path = ctx.ledger_path.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
        return Err(e);
    }
    ctx.out.status(format!(
        "Made {} with {n} devices (seed {seed}) in {:.1?}",
        ctx.ledger_path.display(),
        started.elapsed()
    ));
    Ok(())
}

/// `fill`'s steps.
fn make(ctx: &Ctx, n: u64, seed: u64) -> Result<()> {
    drop(crate::ledger::Ledger::create(
        &ctx.ledger_path,
        ctx.now,
        "Sandbox Organisation",
        ctx.busy_timeout,
    )?);
    let temp = tempfile::tempdir().context("cannot create a temporary folder")?;
    let file = temp.path().join("orders.csv");
    let mut orders = Vec::new();
    {
        let mut out = std::io::BufWriter::new(
            std::fs::File::create(&file)
                .with_context(|| format!("cannot write {}", file.display()))?,
        );
        seed::write_orders(n, seed, &mut out, &mut orders)?;
        std::io::Write::flush(&mut out)?;
    }
    let file = file.display().to_string();
    let mut steps: Vec<Vec<String>> = Vec::new();
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    for number in seed::CUSTOMER_NUMBERS {
        steps.push(words(&["supplier", "link", "--customer-number", number]));
    }
    for number in seed::RESELLER_NUMBERS {
        steps.push(words(&["supplier", "link", "--reseller-number", number]));
    }
    for name in seed::SERVICES {
        steps.push(words(&["mdm", "link", name]));
    }
    steps.push(words(&["import", &file]));
    // Orders 0, 1, 2 (mod 4) go to the three services; of the rest, one in five is released.
    for (k, service) in seed::SERVICES.iter().enumerate() {
        let mut step = words(&["assign", "--to", service]);
        for order in orders.iter().skip(k).step_by(4) {
            step.extend(["--order".to_string(), order.clone()]);
        }
        if step.len() > 3 {
            steps.push(step);
        }
    }
    let mut release = words(&["release", "--yes"]);
    for order in orders.iter().skip(3).step_by(20) {
        release.extend(["--order".to_string(), order.clone()]);
    }
    if release.len() > 2 {
        steps.push(release);
    }
    let ledger = ctx.ledger_path.display().to_string();
    for step in steps {
        let mut argv = words(&["abmctl", "--ledger", &ledger, "-q", "--no-input"]);
        argv.extend(step.iter().cloned());
        let cli = <crate::cli::Cli as clap::Parser>::try_parse_from(&argv)
            .context("a sandbox step did not parse")?;
        crate::run(cli)
            .with_context(|| format!("while filling the sandbox: abmctl {}", step.join(" ")))?;
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

/// A share from 0 to 1.
fn rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!("expected a share from 0 to 1, got {text:?}")),
    }
}

/// `N` or `N/min`.
fn per_minute(text: &str) -> Result<u32, String> {
    count(text.strip_suffix("/min").unwrap_or(text))
}

/// `N` or `N/h`.
fn per_hour(text: &str) -> Result<u32, String> {
    count(text.strip_suffix("/h").unwrap_or(text))
}

fn count(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("expected a positive count, got {text:?}")),
    }
}
