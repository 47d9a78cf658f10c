//! `abmctl demo`: runs the workflow that exists so far on a sample organisation, in a
//! temporary ledger, printing each command before running it, so a newcomer sees the tool
//! work without any setup. It drives the real commands through `crate::run`.

use anyhow::{Context as _, Result};
use clap::{Args, Parser};

use crate::cli::Cli;
use crate::context::Ctx;

/// The sample supplier order shipped with abmctl: valid but tricky rows (lower-case serials,
/// a BOM-free CRLF-free plain CSV with quoted model names, dual IMEIs, an EID, a reseller that
/// is not linked yet).
pub const SAMPLE_ORDER: &str = include_str!("demo_order.csv");

/// Arguments of `demo`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  abmctl demo")]
pub struct DemoArgs {
    /// Keep the demo ledger in this folder instead of a temporary one
    #[arg(long, value_name = "DIR")]
    pub keep: Option<std::path::PathBuf>,
}

/// Runs `demo`.
pub fn run(ctx: &Ctx, args: DemoArgs) -> Result<()> {
    let temp = tempfile::tempdir().context("cannot create a temporary folder for the demo")?;
    let dir = args
        .keep
        .clone()
        .unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let ledger = dir.join("ledger.sqlite3");
    if ledger.exists() {
        return Err(crate::error::with_hint(
            format!("{} already holds a demo ledger", dir.display()),
            "give --keep an empty or new folder",
        ));
    }
    let order = dir.join("order-2026-0042.csv");
    std::fs::write(&order, SAMPLE_ORDER)
        .with_context(|| format!("cannot write {}", order.display()))?;
    let ledger_s = ledger.display().to_string();
    let order_s = order.display().to_string();

    ctx.out.status(format!(
        "abmctl demo: a sample organisation in {}\n",
        dir.display()
    ));
    let steps: Vec<(&str, Vec<&str>)> = vec![
        (
            "Create the organisation: a ledger of its own",
            vec!["init", "--name", "Demo Organisation"],
        ),
        (
            "Step 1: link the Apple Customer Number of direct purchases",
            vec![
                "supplier",
                "link",
                "--customer-number",
                "0000100001",
                "--name",
                "Apple direct",
            ],
        ),
        (
            "Step 2: link two device management services",
            vec![
                "mdm",
                "link",
                "Main MDM",
                "--enrollment-url",
                "https://mdm.example.com/enroll",
            ],
        ),
        ("", vec!["mdm", "link", "Lab MDM"]),
        (
            "Default assignment: new iPhones go to Main MDM",
            vec!["mdm", "default", "set", "iPhone", "Main MDM"],
        ),
        (
            "Step 3: import a supplier order (reseller R2000 is not linked yet: its devices are held)",
            vec!["import", &order_s],
        ),
        (
            "The fleet: iPhones arrived assigned; pending devices are not counted",
            vec!["device", "list"],
        ),
        (
            "Link the reseller: its pending devices arrive (its iPhones go to the default)",
            vec![
                "supplier",
                "link",
                "--reseller-number",
                "R2000",
                "--name",
                "Campus Reseller",
            ],
        ),
        (
            "Step 4: assign a whole order, previewed first",
            vec![
                "assign",
                "--order",
                "2026004202",
                "--to",
                "Lab MDM",
                "--dry-run",
            ],
        ),
        (
            "",
            vec!["assign", "--order", "2026004202", "--to", "Lab MDM"],
        ),
        (
            "Assigning a device that is on another service is a conflict…",
            vec!["assign", "J87FDHKL3E", "--to", "Main MDM"],
        ),
        (
            "…that reassign resolves",
            vec!["reassign", "J87FDHKL3E", "--to", "Main MDM"],
        ),
        (
            "Importing the same order again changes nothing",
            vec!["import", &order_s],
        ),
    ];
    let run = Runner {
        ctx,
        ledger: &ledger_s,
    };
    run.steps(steps)?;

    // Step 5: enrollment, accounts, domains and service discovery.
    let steps: Vec<(&str, Vec<&str>)> = vec![
        (
            "Step 5: the order's assigned devices enroll by Automated Device Enrollment",
            vec!["enroll", "--order", "2026004201"],
        ),
        (
            "A device moved to another service keeps its old enrollment until erased: STALE",
            vec!["reassign", "F2KZ3N4G5HD3", "--to", "Lab MDM"],
        ),
        ("", vec!["device", "list", "--enrolled", "stale"]),
        (
            "Account-driven enrollment needs Managed Apple Accounts on a verified domain",
            vec!["domain", "add", "example.com"],
        ),
    ];
    run.steps(steps)?;
    // The demo publishes the record on a DNS responder of its own, on loopback, and verifies
    // the domain with a real DNS query to it.
    let token = {
        let l = crate::ledger::Ledger::open(&ledger, ctx.busy_timeout)?;
        crate::ledger::domains::find(l.conn(), "example.com")?
            .and_then(|d| d.token)
            .context("the demo domain has no token")?
    };
    let responder = crate::dns::Responder::start(vec![(
        "example.com".to_string(),
        crate::rules::domains::txt_record(&token),
    )])?;
    let nameserver = responder.addr().to_string();
    ctx.out.status(format!(
        "(a DNS responder on {nameserver} now publishes the TXT record for example.com)\n"
    ));
    let steps: Vec<(&str, Vec<&str>)> = vec![
        (
            "",
            vec![
                "domain",
                "verify",
                "example.com",
                "--nameserver",
                &nameserver,
            ],
        ),
        (
            "Accounts: Jo brings an iPhone of her own; the lab's account enrolls devices into Lab MDM",
            vec!["account", "add", "jo@example.com", "--name", "Jo Bloggs"],
        ),
        (
            "",
            vec![
                "account",
                "add",
                "lab@example.com",
                "--service",
                "Lab MDM",
                "--enrollment",
                "device",
            ],
        ),
        (
            "",
            vec![
                "mdm",
                "set",
                "Lab MDM",
                "--enrollment-url",
                "https://lab-mdm.example.com/enroll",
            ],
        ),
        ("", vec!["account", "list"]),
        (
            "Account-driven User Enrollment: an unknown iPhone arrives on the iPhone default, personal",
            vec![
                "enroll",
                "H4T3X9L2QW",
                "--method",
                "account-user",
                "--user",
                "jo@example.com",
                "--family",
                "iPhone",
            ],
        ),
        (
            "The organisation cannot release a personal device (this error is expected)",
            vec!["release", "H4T3X9L2QW", "--yes"],
        ),
        (
            "Account-driven Device Enrollment: the lab's Mac goes to the account's service",
            vec![
                "enroll",
                "C02DEMOMAC01",
                "--method",
                "account-device",
                "--user",
                "lab@example.com",
                "--family",
                "Mac",
            ],
        ),
        (
            "User-initiated (profile-based) enrollment of an iPad, on the service named",
            vec![
                "enroll",
                "DMPDEMOIPAD1",
                "--method",
                "user",
                "--family",
                "iPad",
                "--to",
                "Lab MDM",
            ],
        ),
        ("The enrollment funnel", vec!["report", "enrollment"]),
        (
            "The service discovery document example.com must serve for Jo's iPhone",
            vec![
                "domain",
                "discovery",
                "example.com",
                "--user",
                "jo@example.com",
                "--family",
                "iPhone",
            ],
        ),
    ];
    run.steps(steps)?;
    drop(responder);
    fetch_discovery(ctx, &ledger)?;
    sync_loop(ctx, &run, &dir, &ledger)?;
    let steps: Vec<(&str, Vec<&str>)> = vec![
        ("Where the fleet stands", vec!["report", "summary"]),
        ("One device", vec!["device", "show", "F2KZ3N4G5HD3"]),
        ("The activity log", vec!["activity", "list"]),
    ];
    run.steps(steps)?;
    if args.keep.is_some() {
        ctx.out.status(format!(
            "The demo ledger is kept at {ledger_s}; try `abmctl --ledger {ledger_s} device list`."
        ));
    }
    Ok(())
}

/// The sync loop against a sandbox run in this process: Apple's side is a copy of the demo
/// organisation; the demo sets the remote, pulls, assigns a device locally (queued), pushes it
/// (POST, poll, log, verify), and pulls a change made on Apple's side.
fn sync_loop(
    ctx: &Ctx,
    run: &Runner<'_>,
    dir: &std::path::Path,
    ledger: &std::path::Path,
) -> Result<()> {
    ctx.out.status(
        "== Sync: Apple Business's side is a sandbox served from this process; its \
         organisation starts as a copy of this one",
    );
    let apple = dir.join("apple-business.sqlite3");
    crate::ledger::Ledger::open(ledger, ctx.busy_timeout)?.copy_to(&apple)?;
    // The sandbox's own request log would interleave with the demo's narration.
    let quiet = crate::output::Output::new(
        crate::output::OutputFormat::Table,
        crate::output::ColorChoice::Never,
        true,
        0,
        true,
    );
    let server = crate::sandbox::InProcess::start(
        &apple,
        quiet,
        &ctx.actor,
        ctx.busy_timeout,
        std::time::Duration::from_millis(300),
    )?;
    let key = server.key_path.display().to_string();
    let apple_s = apple.display().to_string();
    ctx.out
        .status(format!("(the sandbox answers at {})\n", server.base_url));
    let steps: Vec<(&str, Vec<&str>)> = vec![
        (
            "Connect the ledger to the API account (the sandbox printed this line)",
            vec![
                "remote",
                "set",
                "--client-id",
                &server.client_id,
                "--key-id",
                &server.key_id,
                "--private-key",
                &key,
                "--base-url",
                &server.base_url,
            ],
        ),
        ("", vec!["remote", "test"]),
        (
            "The first sync: services, each one's devices, and every device, mirrored",
            vec!["sync"],
        ),
        (
            "With a remote set, a change is queued for Apple Business…",
            vec!["assign", "0T5ZLZYPTE", "--to", "Main MDM"],
        ),
        ("", vec!["device", "show", "0T5ZLZYPTE"]),
        (
            "…and sync sends it as an ASSIGN_DEVICES activity, waits for it, reads its log, \
             and verifies it",
            vec!["sync"],
        ),
    ];
    run.steps(steps)?;
    let apple_side = Runner {
        ctx,
        ledger: &apple_s,
    };
    apple_side.steps(vec![(
        "Meanwhile, in Apple Business (here: the sandbox's ledger), a Mac moves to Lab MDM",
        vec!["reassign", "J87FDHKL3E", "--to", "Lab MDM"],
    )])?;
    run.steps(vec![
        ("The next sync brings that change in", vec!["sync"]),
        ("", vec!["activity", "list", "--action", "sync"]),
        ("", vec!["report", "sync"]),
    ])?;
    server.stop()
}

/// Runs demo steps against the demo ledger, as the demo was asked to print (`-o`, `-q`).
struct Runner<'a> {
    ctx: &'a Ctx,
    ledger: &'a str,
}

impl Runner<'_> {
    /// Runs each step (a heading, the command line) through the real commands. A step whose
    /// heading says it is expected to fail shows its error the usual way and the demo goes on.
    fn steps(&self, steps: Vec<(&str, Vec<&str>)>) -> Result<()> {
        let format = match self.ctx.out.format {
            crate::output::OutputFormat::Table => "table",
            crate::output::OutputFormat::Wide => "wide",
            crate::output::OutputFormat::Json => "json",
            crate::output::OutputFormat::Jsonl => "jsonl",
            crate::output::OutputFormat::Csv => "csv",
        };
        for (what, argv) in steps {
            let expected_failure = what.contains("conflict") || what.contains("error is expected");
            if !what.is_empty() {
                self.ctx.out.status(format!("== {what}"));
            }
            self.ctx
                .out
                .status(format!("$ abmctl {}", shell_words(&argv)));
            let mut full = vec![
                "abmctl",
                "--ledger",
                self.ledger,
                "--color",
                "never",
                "-o",
                format,
            ];
            if self.ctx.out.quiet() {
                full.push("-q");
            }
            full.extend(argv);
            let cli = Cli::try_parse_from(&full).context("demo step did not parse")?;
            if let Err(e) = crate::run(cli) {
                if !expected_failure {
                    return Err(e);
                }
                crate::output::report_error(&e, false);
            }
            self.ctx.out.status("");
        }
        Ok(())
    }
}

/// Runs `discovery serve` on the demo ledger, on a free loopback port, and asks it once as
/// Jo's iPhone would, and once for a user it does not know (404: the device falls back to
/// Apple).
fn fetch_discovery(ctx: &Ctx, ledger: &std::path::Path) -> Result<()> {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    ctx.out
        .status("== The same document over HTTP, from `abmctl discovery serve`");
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    let addr = listener.local_addr()?;
    let config = crate::discovery::Config {
        ledger: ledger.to_path_buf(),
        busy_timeout: ctx.busy_timeout,
        out: ctx.out.clone(),
        started: (ctx.now, std::time::Instant::now()),
    };
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let server = std::thread::spawn(move || -> Result<()> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let shutdown = async move {
            while !flag.load(Ordering::Relaxed) {
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
        };
        runtime.block_on(crate::discovery::serve(listener, config, shutdown))
    });
    let path = crate::rules::discovery::WELL_KNOWN_PATH;
    let mut outcome = Ok(());
    for user in ["jo@example.com", "nobody@example.com"] {
        let query = format!("{path}?user-identifier={user}&model-family=iPhone");
        ctx.out.status(format!("$ curl 'http://{addr}{query}'"));
        match crate::discovery::get(addr, &query) {
            Ok((status, body)) => ctx.out.status(format!("HTTP {status} {}", body.trim_end())),
            Err(e) => {
                outcome = Err(e);
                break;
            }
        }
    }
    stop.store(true, Ordering::Relaxed);
    let served = server
        .join()
        .map_err(|_| anyhow::anyhow!("the demo's discovery server stopped unexpectedly"))?;
    ctx.out.status("");
    outcome.and(served)
}

fn shell_words(argv: &[&str]) -> String {
    argv.iter()
        .map(|a| {
            if a.contains(' ') {
                format!("\"{a}\"")
            } else {
                (*a).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
