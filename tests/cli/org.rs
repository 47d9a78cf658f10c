//! `abmctl org show | set` (SPEC §1.1), and where the ledger file is (SPEC §2: created by
//! `init`, owner-only permissions). `init` itself, `--org` and `org list` are in `init.rs`.

use crate::common::*;

/// A new ledger holds one organisation: a default name, a 16-hex-digit Organization ID, and
/// the creation time from the clock.
#[test]
fn org_show_json_has_name_id_and_creation_time() {
    let env = TestEnv::new();
    let org: Org = env.json(&["org", "show"]);
    assert_eq!(org.name, "My Organization");
    assert_eq!(org.created_date_time, NOW);
    assert_eq!(org.organization_id.len(), 16, "{org:?}");
    assert!(
        org.organization_id
            .chars()
            .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c)),
        "not upper-case hex: {org:?}"
    );
    // The id is generated once, not per run.
    let again: Org = env.json(&["org", "show"]);
    assert_eq!(again, org);
}

/// Two ledgers get two different Organization IDs.
#[test]
fn organization_ids_differ_between_ledgers() {
    let (a, b) = (TestEnv::new(), TestEnv::new());
    let a: Org = a.json(&["org", "show"]);
    let b: Org = b.json(&["org", "show"]);
    assert_ne!(a.organization_id, b.organization_id);
}

/// `org show` as a table: one row per field, the ledger file last.
#[test]
fn org_show_table() {
    let env = TestEnv::new();
    let org: Org = env.json(&["org", "show"]);
    let out = env
        .run(&["org", "show"])
        .replace(&org.organization_id, "[ORGANIZATIONID]");
    // The temp dir's path sets the table's width: squeeze the padding out.
    let squeeze = |text: &str| {
        let mut out = String::new();
        for c in text.chars() {
            if !(matches!(c, ' ' | '─') && out.ends_with(c)) {
                out.push(c);
            }
        }
        out
    };
    let out = CommandOutput {
        stdout: squeeze(&out.stdout),
        ..out
    };
    insta::assert_snapshot!(out, @r"
        name My Organization
        organizationId [ORGANIZATIONID]
        createdDateTime 2026-11-27T12:00:00Z
        reservedDomain myorganization.appleaccount.com
        ledgerPath [TEMP]/ledger.sqlite3
        ----- stderr -----
        [exit status: 0]
        ");
}

/// `org set --name` renames (trimmed), says so on stderr, records an activity, and `org show`
/// shows the new name; the id and creation date stay.
#[test]
fn org_set_renames() {
    let env = TestEnv::new();
    let before: Org = env.json(&["org", "show"]);
    let out = env.run(&["org", "set", "--name", "  Better Bag Ltd "]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Renamed the organisation from My Organization to Better Bag Ltd.
        [exit status: 0]
        ");
    let after: Org = env.json(&["org", "show"]);
    assert_eq!(
        after,
        Org {
            name: "Better Bag Ltd".to_string(),
            ..before
        }
    );
    let activities: Vec<Activity> = env.json(&["activity", "list", "--action", "org.set"]);
    assert_eq!(activities.len(), 1, "{activities:?}");
    assert_eq!(
        activities[0].parameters,
        serde_json::json!({ "name": "Better Bag Ltd" })
    );
}

/// Renaming the organisation to the name it already has is a no-op, like linking a linked
/// supplier or renaming a service to its own name: exit 0, it says so, no activity.
#[test]
fn org_set_same_name_is_a_no_op() {
    let env = TestEnv::new();
    env.ok(&["org", "set", "--name", "Acme"]);
    let before = env.dump();
    let out = env.run(&["org", "set", "--name", "Acme"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        The organisation is already called Acme; nothing to do.
        [exit status: 0]
        ");
    assert_eq!(env.dump(), before);
}

/// An empty name is a usage error and changes nothing.
#[test]
fn org_set_empty_name_is_refused() {
    let env = TestEnv::new();
    env.ok(&["org", "show"]);
    let before = env.dump();
    let out = env.run(&["org", "set", "--name", "   "]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: the organisation name cannot be empty or contain control characters
        [exit status: 2]
        ");
    assert_eq!(env.dump(), before);
}

/// `org set -o json` prints the result document of a mutating command, counting the rename
/// it made (requested 1, changed 1), as its activity does.
#[test]
fn org_set_json_result() {
    let env = TestEnv::new();
    let result: ResultDoc = env.json(&["org", "set", "--name", "Acme"]);
    assert_eq!(result, ok_result("org.set", 1, 1, 1));
    let activities: Vec<Activity> = env.json(&["activity", "list"]);
    assert_eq!(
        activities
            .iter()
            .map(|a| (a.id, a.requested, a.changed))
            .collect::<Vec<_>>(),
        [(1, 1, 1)]
    );
}

/// `init` creates the ledger and any missing folders owner-only: file 0600, folders 0700
/// (SPEC §2).
#[cfg(unix)]
#[test]
fn ledger_is_created_owner_only_in_new_folders() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::empty();
    let ledger = env.root().join("new/dir/l.sqlite3");
    env.ok(&["--ledger", s(&ledger), "init", "--name", "Acme"]);
    let mode = |p: &std::path::Path| {
        std::fs::metadata(p)
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(&ledger), 0o600, "ledger file");
    assert_eq!(mode(&env.root().join("new/dir")), 0o700, "ledger folder");
    assert_eq!(mode(&env.root().join("new")), 0o700, "parent folder");
    // --ledger wins over ABMCTL_LEDGER, which the harness also sets.
    assert!(!env.ledger_path().exists());
    let org: Org = env.json(&["--ledger", s(&ledger), "org", "show"]);
    assert_eq!(org.name, "Acme");
}

/// Without `--ledger` and `ABMCTL_LEDGER`, the ledger is in the platform data directory
/// under `$HOME` (`~/.local/share/abmctl/ledger.sqlite3` on Linux): `init` creates it there and
/// the next command uses it.
#[cfg(target_os = "linux")]
#[test]
fn default_ledger_is_in_the_platform_data_dir() {
    let env = TestEnv::empty();
    let home = |args: &[&str]| {
        env.cmd(args)
            .env_remove("ABMCTL_LEDGER")
            .env_remove("XDG_DATA_HOME")
            .output()
    };
    let out = home(&["init"]);
    assert_eq!(out.status, 0, "{out}");
    let out = home(&["org", "set", "--name", "Home"]);
    assert_eq!(out.status, 0, "{out}");
    assert!(
        env.root()
            .join(".local/share/abmctl/ledger.sqlite3")
            .exists()
    );
    assert!(!env.ledger_path().exists());
}
