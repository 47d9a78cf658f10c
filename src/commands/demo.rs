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
        ("Where the fleet stands", vec!["report", "summary"]),
        ("One device", vec!["device", "show", "F2KZ3N4G5HD3"]),
        ("The activity log", vec!["activity", "list"]),
    ];
    // The steps print as the demo was asked to (`-o`, `-q`).
    let format = match ctx.out.format {
        crate::output::OutputFormat::Table => "table",
        crate::output::OutputFormat::Wide => "wide",
        crate::output::OutputFormat::Json => "json",
        crate::output::OutputFormat::Jsonl => "jsonl",
        crate::output::OutputFormat::Csv => "csv",
    };
    for (what, argv) in steps {
        let expected_failure = what.contains("conflict");
        if !what.is_empty() {
            ctx.out.status(format!("== {what}"));
        }
        ctx.out.status(format!("$ abmctl {}", shell_words(&argv)));
        let mut full = vec![
            "abmctl", "--ledger", &ledger_s, "--color", "never", "-o", format,
        ];
        if ctx.out.quiet() {
            full.push("-q");
        }
        full.extend(argv);
        let cli = Cli::try_parse_from(&full).context("demo step did not parse")?;
        // One step fails on purpose (the conflict): show its error the usual way and go on.
        if let Err(e) = crate::run(cli) {
            if !expected_failure {
                return Err(e);
            }
            crate::output::report_error(&e, false);
        }
        ctx.out.status("");
    }
    if args.keep.is_some() {
        ctx.out.status(format!(
            "The demo ledger is kept at {ledger_s}; try `abmctl --ledger {ledger_s} device list`."
        ));
    }
    Ok(())
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
