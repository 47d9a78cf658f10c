//! Help text (issue #7, item 9): every command's own options come first and the global ones
//! under their own heading, every command has examples, `--ledger` is never shown as required,
//! and the maintainers' `generate-assets` appears in no help and no completion script.

use crate::common::*;

/// Every visible command path (`["mdm", "default", "set"]`, …), read from the `Commands:`
/// sections of `--help`, depth first, the root (`[]`) included.
fn command_paths(env: &TestEnv) -> Vec<Vec<String>> {
    fn walk(env: &TestEnv, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        let mut args = path.clone();
        args.push("--help".to_string());
        let help = env.ok(&args).stdout;
        let subs: Vec<String> = help
            .lines()
            .skip_while(|l| *l != "Commands:")
            .skip(1)
            .take_while(|l| !l.is_empty())
            // A command line is `  NAME  what it does`; a wrapped description starts deeper.
            .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
            .filter_map(|l| l.split_whitespace().next())
            .filter(|name| *name != "help")
            .map(str::to_string)
            .collect();
        out.push(path.clone());
        for sub in subs {
            let mut next = path.clone();
            next.push(sub);
            walk(env, next, out);
        }
    }
    let mut out = Vec::new();
    walk(env, Vec::new(), &mut out);
    out
}

/// Every command's `--help` (long and short) lists the global options under "Global options:",
/// after the command's own options and not among them, and ends with at least one example.
#[test]
fn every_command_has_global_options_apart_and_examples() {
    let env = TestEnv::empty();
    let paths = command_paths(&env);
    assert!(paths.len() > 30, "too few commands found: {paths:?}");
    assert!(paths.contains(&vec!["mdm".into(), "default".into(), "set".into()]));
    let mut missing = Vec::new();
    for path in &paths {
        for flag in ["--help", "-h"] {
            let mut args = path.clone();
            args.push(flag.to_string());
            let help = env.ok(&args).stdout;
            let name = format!("abmctl {} {flag}", path.join(" "));
            let Some((own, global)) = help.split_once("\nGlobal options:\n") else {
                missing.push(format!("{name}: no `Global options:` heading"));
                continue;
            };
            for option in ["--ledger <PATH>", "--org <NAME>", "--output", "--no-input"] {
                if own.contains(option) || !global.contains(option) {
                    missing.push(format!("{name}: {option} is not under Global options"));
                }
            }
            if !global.contains("\nExample:\n  abmctl") && !global.contains("\nExamples:\n  abmctl")
            {
                missing.push(format!("{name}: no example"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// `device add --help` lists its own options in one block, with no global one among them
/// (the report of issue #7: `--family, --ledger, --model, -o, --color, …`).
#[test]
fn device_add_help_keeps_its_own_options_together() {
    let env = TestEnv::empty();
    let help = env.ok(&["device", "add", "-h"]).stdout;
    let options: Vec<&str> = help
        .lines()
        .skip_while(|l| *l != "Options:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().find(|w| w.starts_with("--")))
        .collect();
    assert_eq!(
        options,
        [
            "--family",
            "--model",
            "--product-type",
            "--capacity",
            "--device-color",
            "--part-number",
            "--imei",
            "--meid",
            "--eid",
            "--wifi-mac",
            "--bluetooth-mac",
            "--ethernet-mac",
            "--dry-run",
            "--help",
            "--version"
        ],
        "{help}"
    );
}

/// `--ledger` is optional: its usage never shows it as required, with `ABMCTL_LEDGER` set (as
/// in every test) or not.
#[test]
fn ledger_is_never_shown_as_required() {
    let env = TestEnv::empty();
    for unset in [false, true] {
        for args in [
            &["device", "add", "--help"][..],
            &["import", "-h"],
            &["--help"],
        ] {
            let mut run = env.cmd(args);
            if unset {
                run = run.env_remove("ABMCTL_LEDGER");
            }
            let out = run.output();
            assert_eq!(out.status, 0, "{out}");
            let usage = out
                .stdout
                .lines()
                .find(|l| l.starts_with("Usage:"))
                .unwrap_or_default();
            assert!(usage.contains("[OPTIONS]"), "{usage}");
            assert!(!usage.contains("--ledger"), "{args:?}: {usage}");
        }
    }
    // A usage error's usage line neither.
    let out = env.run(&["device", "add"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(!out.stderr.contains("--ledger"), "{out}");
}

/// `generate-assets` is for maintainers: no help, completion script or man page offers it,
/// `help generate-assets` doesn't know it, yet `abmctl generate-assets --help` still runs.
#[test]
fn generate_assets_is_hidden() {
    let env = TestEnv::empty();
    assert!(!env.ok(&["--help"]).stdout.contains("generate"));
    assert!(!env.ok(&["-h"]).stdout.contains("generate"));
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = env.ok(&["completions", shell]).stdout;
        assert!(
            !script.contains("generate"),
            "{shell} offers generate-assets"
        );
    }
    let out = env.run(&["help", "generate-assets"]);
    assert_eq!(out.status, 2, "{out}");
    let out = env.ok(&["generate-assets", "--help"]);
    assert!(
        out.stdout.contains("Usage: abmctl generate-assets"),
        "{out}"
    );
    let out = env.run(&["generate-assets", "--bogus"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.starts_with("abmctl: error: "), "{out}");
}
