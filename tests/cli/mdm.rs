//! `abmctl mdm link | list | show | rename | set | unlink | token` (SPEC §1.3, Step 2): names,
//! certificates, enrollment URLs, release permission and server-token expiry.

use crate::common::*;

/// The service `mdm show NAME -o json` prints.
fn show(env: &TestEnv, name: &str) -> Service {
    env.json(&["mdm", "show", name])
}

/// A linked service without options: release allowed, a token issued now that expires a
/// year later, no certificate or URL.
#[test]
fn link_defaults() {
    let env = TestEnv::new();
    let out = env.run(&["mdm", "link", "Main MDM"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Linked device management service Main MDM; its server token expires 2027-11-27T12:00:00Z.
        [exit status: 0]
        ");
    assert_eq!(
        show(&env, "main mdm"),
        Service {
            server_name: "Main MDM".to_string(),
            device_count: 0,
            enable_mdm_disown_flag: true,
            token_issued_date_time: NOW.to_string(),
            token_expires_date_time: "2027-11-27T12:00:00Z".to_string(),
            token_days_left: 365,
            certificate_subject: None,
            certificate_expires_date_time: None,
            enrollment_url: None,
            created_date_time: NOW.to_string(),
        }
    );
}

/// `mdm link -o json` prints the result document, counting the service it linked
/// (requested 1, changed 1), as its activity does.
#[test]
fn link_json_result() {
    let env = TestEnv::new();
    let result: ResultDoc = env.json(&["mdm", "link", "Main"]);
    assert_eq!(result, ok_result("mdm.link", 1, 1, 1));
    let activities: Vec<Activity> = env.json(&["activity", "list"]);
    assert_eq!(
        activities
            .iter()
            .map(|a| (a.id, a.requested, a.changed))
            .collect::<Vec<_>>(),
        [(1, 1, 1)]
    );
}

/// `--no-release` and `--enrollment-url` are recorded; http is accepted for loopback only.
#[test]
fn link_with_options() {
    let env = TestEnv::new();
    env.ok(&[
        "mdm",
        "link",
        "Lab",
        "--no-release",
        "--enrollment-url",
        "https://mdm.example.com/enroll",
    ]);
    let lab = show(&env, "LAB");
    assert!(!lab.enable_mdm_disown_flag);
    assert_eq!(
        lab.enrollment_url.as_deref(),
        Some("https://mdm.example.com/enroll")
    );
    env.ok(&[
        "mdm",
        "link",
        "Local",
        "--enrollment-url",
        "http://localhost:8080/enroll",
    ]);
    let out = env.run(&[
        "mdm",
        "link",
        "Plain",
        "--enrollment-url",
        "http://mdm.example.com/enroll",
    ]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: --enrollment-url `http://mdm.example.com/enroll` must use https
        [exit status: 1]
        ");
}

/// `Unassigned` and `Reassigned` are Apple's reserved names, in any case: refused (exit 1)
/// with a hint, and nothing is linked.
#[test]
fn reserved_names_are_refused() {
    let env = TestEnv::new();
    let out = env.run(&["mdm", "link", "Unassigned"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: `Unassigned` is reserved by Apple Business and cannot name a service
        hint: choose another name, for example a building or team name
        [exit status: 1]
        ");
    let out = env.run(&["mdm", "link", " reassigned "]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: `reassigned` is reserved by Apple Business and cannot name a service
        hint: choose another name, for example a building or team name
        [exit status: 1]
        ");
    let services: Vec<Service> = env.json(&["mdm", "list"]);
    assert!(services.is_empty(), "{services:?}");
    assert_eq!(env.activity_count(), 0);
}

/// Names are unique regardless of case: a second `main mdm` is refused and nothing changes.
#[test]
fn duplicate_names_are_refused_case_insensitively() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main MDM"]);
    let before = env.dump();
    let out = env.run(&["mdm", "link", "MAIN mdm"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: a service called `Main MDM` is already linked (names are unique regardless of case)
        [exit status: 1]
        ");
    assert_eq!(env.dump(), before);
}

/// A PEM certificate is accepted and its subject and expiry are shown.
#[test]
fn pem_certificate_is_accepted() {
    let env = TestEnv::new();
    let pem = env.write("mdm-public.pem", CERT_PEM);
    env.ok(&["mdm", "link", "Main", "--certificate", s(&pem)]);
    let main = show(&env, "Main");
    assert_eq!(main.certificate_subject.as_deref(), Some(CERT_SUBJECT));
    assert_eq!(
        main.certificate_expires_date_time.as_deref(),
        Some(CERT_NOT_AFTER)
    );
}

/// A PEM certificate saved with a UTF-8 byte-order mark or CRLF line ends (Windows editors)
/// is still a PEM certificate.
#[test]
fn pem_certificate_with_bom_is_accepted() {
    let env = TestEnv::new();
    let crlf = CERT_PEM.replace('\n', "\r\n");
    let crlf = env.write("crlf.pem", &crlf);
    env.ok(&["mdm", "link", "Crlf", "--certificate", s(&crlf)]);
    let bom = env.write("bom.pem", format!("\u{FEFF}{CERT_PEM}"));
    let out = env.run(&["mdm", "link", "Bom", "--certificate", s(&bom)]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(
        show(&env, "Bom").certificate_subject.as_deref(),
        Some(CERT_SUBJECT)
    );
}

/// The same certificate in DER form is accepted too, and reads the same.
#[test]
fn der_certificate_is_accepted() {
    let env = TestEnv::new();
    let der = env.write("mdm-public.der", cert_der());
    env.ok(&["mdm", "link", "Main", "--certificate", s(&der)]);
    let main = show(&env, "Main");
    assert_eq!(main.certificate_subject.as_deref(), Some(CERT_SUBJECT));
    assert_eq!(
        main.certificate_expires_date_time.as_deref(),
        Some(CERT_NOT_AFTER)
    );
    assert_eq!(
        env.sql("SELECT length(certificate_der) FROM services"),
        [["389"]]
    );
}

/// A text file that is not a certificate is refused (exit 1) with a message naming the file;
/// nothing is linked.
#[test]
fn text_file_as_certificate_is_refused() {
    let env = TestEnv::new();
    env.write("notes.txt", "this is not a certificate\n");
    let out = env.run(&["mdm", "link", "Main", "--certificate", "notes.txt"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: notes.txt: not a PEM certificate (Parsing Error: MissingHeader); expected a .pem or .der X.509 public-key certificate
        [exit status: 1]
        ");
    assert!(!env.ledger_path().exists() || env.activity_count() == 0);
}

/// Binary junk is refused as "not an X.509 certificate", naming the file.
#[test]
fn binary_junk_as_certificate_is_refused() {
    let env = TestEnv::new();
    let mut junk = cert_der();
    junk.truncate(100);
    env.write("broken.der", junk);
    let out = env.run(&["mdm", "link", "Main", "--certificate", "broken.der"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .starts_with("abmctl: error: broken.der: not an X.509 certificate"),
        "{out}"
    );
}

/// A missing certificate file is refused naming it.
#[test]
fn missing_certificate_file_is_refused() {
    let env = TestEnv::new();
    let out = env.run(&["mdm", "link", "Main", "--certificate", "nowhere.pem"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: cannot read the certificate nowhere.pem
          caused by: No such file or directory (os error 2)
        [exit status: 1]
        ");
}

/// `mdm list` as JSON and as a table (sorted by name, case-insensitively).
#[test]
fn list_formats() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "zeta"]);
    env.ok(&[
        "mdm",
        "link",
        "Alpha",
        "--enrollment-url",
        "https://a.example.com/enroll",
    ]);
    let services: Vec<Service> = env.json(&["mdm", "list"]);
    let names: Vec<&str> = services.iter().map(|s| s.server_name.as_str()).collect();
    assert_eq!(names, ["Alpha", "zeta"]);
    let out = env.run(&["mdm", "list"]);
    insta::assert_snapshot!(out, @r"
        SERVICE  DEVICES  TOKEN EXPIRES         DAYS LEFT  ENROLLMENT URL
        Alpha    0        2027-11-27T12:00:00Z  365        https://a.example.com/enroll
        zeta     0        2027-11-27T12:00:00Z  365
        ----- stderr -----
        [exit status: 0]
        ");
}

/// `mdm list` with no services: `[]`, a hint on stderr in a table, exit 0.
#[test]
fn list_empty() {
    let env = TestEnv::new();
    let out = env.run(&["mdm", "list", "-o", "json"]);
    insta::assert_snapshot!(out, @r"
        []
        ----- stderr -----
        No device management services are linked. Link one with `abmctl mdm link`.
        [exit status: 0]
        ");
    let out = env.run(&["mdm", "list"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        No device management services are linked. Link one with `abmctl mdm link`.
        [exit status: 0]
        ");
}

/// `mdm show` of an unknown service fails (exit 1) with a hint.
#[test]
fn show_unknown_service() {
    let env = TestEnv::new();
    let out = env.run(&["mdm", "show", "Nope"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: no device management service is called `Nope`
        hint: no service is linked yet; link one with `abmctl mdm link NAME`
        [exit status: 1]
        ");
}

/// `mdm rename` renames (the old name is gone, the new one shows, any case), refuses a taken
/// or reserved name, and is a no-op for the same name.
#[test]
fn rename() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main MDM"]);
    env.ok(&["mdm", "link", "Lab"]);
    let out = env.run(&["mdm", "rename", "main mdm", "HQ MDM"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Renamed service Main MDM to HQ MDM.
        [exit status: 0]
        ");
    assert_eq!(show(&env, "hq mdm").server_name, "HQ MDM");
    assert_eq!(env.run(&["mdm", "show", "Main MDM"]).status, 1);

    let before = env.dump();
    let out = env.run(&["mdm", "rename", "HQ MDM", "LAB"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: a service called `Lab` is already linked (names are unique regardless of case)
        [exit status: 1]
        ");
    let out = env.run(&["mdm", "rename", "HQ MDM", "Unassigned"]);
    assert_eq!(out.status, 1, "{out}");
    let out = env.run(&["mdm", "rename", "Nope", "Other"]);
    assert_eq!(out.status, 1, "{out}");
    let out = env.run(&["mdm", "rename", "hq mdm", "HQ MDM"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        The service is already called HQ MDM; nothing to do.
        [exit status: 0]
        ");
    assert_eq!(env.dump(), before);

    // A change of case only is a rename.
    env.ok(&["mdm", "rename", "lab", "LAB"]);
    assert_eq!(show(&env, "lab").server_name, "LAB");
}

/// `mdm set` changes the certificate, the enrollment URL and the release permission; with
/// nothing to set it is a usage error.
#[test]
fn set() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let pem = env.write("new.pem", CERT_PEM);
    let out = env.run(&[
        "mdm",
        "set",
        "main",
        "--certificate",
        s(&pem),
        "--enrollment-url",
        "https://mdm.example.com/enroll",
        "--release",
        "off",
    ]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Updated the certificate, enrollment URL, release permission (off) of Main.
        [exit status: 0]
        ");
    let main = show(&env, "Main");
    assert_eq!(main.certificate_subject.as_deref(), Some(CERT_SUBJECT));
    assert_eq!(
        main.enrollment_url.as_deref(),
        Some("https://mdm.example.com/enroll")
    );
    assert!(!main.enable_mdm_disown_flag);

    env.ok(&[
        "mdm",
        "set",
        "Main",
        "--no-enrollment-url",
        "--release",
        "on",
    ]);
    let main = show(&env, "Main");
    assert_eq!(main.enrollment_url, None);
    assert!(main.enable_mdm_disown_flag);

    let before = env.dump();
    let out = env.run(&["mdm", "set", "Main"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: nothing to set: give --certificate, --enrollment-url, --no-enrollment-url or --release
        [exit status: 2]
        ");
    let out = env.run(&["mdm", "set", "Main", "--release", "maybe"]);
    assert_eq!(out.status, 2, "{out}");
    let out = env.run(&[
        "mdm",
        "set",
        "Main",
        "--enrollment-url",
        "https://x.example.com",
        "--no-enrollment-url",
    ]);
    assert_eq!(out.status, 2, "{out}");
    let out = env.run(&["mdm", "set", "Nope", "--release", "on"]);
    assert_eq!(out.status, 1, "{out}");
    assert_eq!(env.dump(), before);
}

/// `mdm unlink` removes a service with no devices; unlinking it again fails with a hint.
#[test]
fn unlink() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    env.ok(&["mdm", "link", "Lab"]);
    let out = env.run(&["mdm", "unlink", "LAB"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Unlinked device management service Lab.
        [exit status: 0]
        ");
    let names: Vec<String> = env
        .json::<Vec<Service>, _>(&["mdm", "list"])
        .into_iter()
        .map(|s| s.server_name)
        .collect();
    assert_eq!(names, ["Main"]);
    let out = env.run(&["mdm", "unlink", "Lab"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: no device management service is called `Lab`
        hint: the linked services are Main (see `abmctl mdm list`)
        [exit status: 1]
        ");
}

/// A token issued on 2026-01-15 expires on 2027-01-15 (one year); days left count from now.
#[test]
fn token_expires_one_year_after_issue() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let out = env.run(&["mdm", "token", "Main", "--issued", "2026-01-15"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        warning: the new token expires 2027-01-15T00:00:00Z, before the current one (2027-11-27T12:00:00Z): check --issued
        Recorded a new server token for Main: it expires 2027-01-15T00:00:00Z (48 days left).
        [exit status: 0]
        ");
    let main = show(&env, "main");
    assert_eq!(main.token_issued_date_time, "2026-01-15T00:00:00Z");
    assert_eq!(main.token_expires_date_time, "2027-01-15T00:00:00Z");
    // 2026-11-27T12:00Z → 2027-01-15T00:00Z is 48.5 days: 48 whole days.
    assert_eq!(main.token_days_left, 48);
    // Days left follow the clock.
    let later: Service = env
        .cmd(&["mdm", "show", "Main", "-o", "json"])
        .at("2027-01-14T00:00:00Z")
        .output()
        .json();
    assert_eq!(later.token_days_left, 1);
}

/// A leap day: a token issued on 2024-02-29 expires on 2025-02-28 (calendar year, clamped).
/// The command must succeed: a refused one would leave the link's own token (expiring
/// 2025-03-01) in place, so the whole service is checked, issue date included.
#[test]
fn token_issued_on_a_leap_day() {
    let env = TestEnv::new();
    let at = "2024-03-01T00:00:00Z";
    let out = env.cmd(&["mdm", "link", "Main"]).at(at).output();
    assert_eq!(out.status, 0, "{out}");
    let out = env
        .cmd(&["mdm", "token", "Main", "--issued", "2024-02-29T10:00:00Z"])
        .at(at)
        .output();
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        warning: the new token expires 2025-02-28T10:00:00Z, before the current one (2025-03-01T00:00:00Z): check --issued
        Recorded a new server token for Main: it expires 2025-02-28T10:00:00Z (364 days left).
        [exit status: 0]
        ");
    let main: Service = env
        .cmd(&["mdm", "show", "main", "-o", "json"])
        .at(at)
        .output()
        .json();
    assert_eq!(
        main,
        Service {
            server_name: "Main".to_string(),
            device_count: 0,
            enable_mdm_disown_flag: true,
            token_issued_date_time: "2024-02-29T10:00:00Z".to_string(),
            token_expires_date_time: "2025-02-28T10:00:00Z".to_string(),
            // 2024-03-01T00:00Z → 2025-02-28T10:00Z is 364 days and 10 hours.
            token_days_left: 364,
            certificate_subject: None,
            certificate_expires_date_time: None,
            enrollment_url: None,
            created_date_time: at.to_string(),
        }
    );
}

/// A token issued 2027-03-01 expires 2028-03-01: one calendar year, not 365 days (which would
/// land on 2028-02-29, 2028 being a leap year).
#[test]
fn token_expiry_is_one_calendar_year_across_a_leap_day() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let out = env
        .cmd(&["mdm", "token", "Main", "--issued", "2027-03-01"])
        .at("2027-03-02T00:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let main = show(&env, "Main");
    assert_eq!(
        (
            main.token_issued_date_time.as_str(),
            main.token_expires_date_time.as_str()
        ),
        ("2027-03-01T00:00:00Z", "2028-03-01T00:00:00Z")
    );
}

/// `mdm token` without `--issued` records a token issued now; a future date or a bad date is
/// refused; an unknown service fails.
#[test]
fn token_defaults_and_refusals() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    env.ok(&["mdm", "token", "Main", "--issued", "2026-01-15"]);
    env.ok(&["mdm", "token", "Main"]);
    assert_eq!(
        show(&env, "Main").token_expires_date_time,
        "2027-11-27T12:00:00Z"
    );
    let before = env.dump();
    let out = env.run(&["mdm", "token", "Main", "--issued", "2027-01-01"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: --issued: 2027-01-01T00:00:00Z is in the future
        [exit status: 1]
        ");
    let out = env.run(&["mdm", "token", "Main", "--issued", "last tuesday"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: --issued: `last tuesday` is not a valid timestamp: expected RFC 3339 (e.g. 2025-04-30T22:05:14Z) or YYYY-MM-DD
        [exit status: 2]
        ");
    let out = env.run(&["mdm", "token", "Nope"]);
    assert_eq!(out.status, 1, "{out}");
    assert_eq!(env.dump(), before);
}

/// `mdm list` warns on stderr about a token that expires within 30 days (30 included) or has
/// expired, and not otherwise; the data on stdout is the same either way.
#[test]
fn list_warns_about_expiring_tokens() {
    let env = TestEnv::new();
    for name in ["Expired", "In22", "In30", "In31"] {
        env.ok(&["mdm", "link", name]);
    }
    // Now is 2026-11-27T12:00Z.
    env.ok(&["mdm", "token", "Expired", "--issued", "2025-11-01"]);
    env.ok(&["mdm", "token", "In22", "--issued", "2025-12-20"]);
    env.ok(&["mdm", "token", "In30", "--issued", "2025-12-28"]);
    env.ok(&["mdm", "token", "In31", "--issued", "2025-12-29"]);
    let out = env.run(&["mdm", "list", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
        serverName,deviceCount,enableMdmDisownFlag,tokenIssuedDateTime,tokenExpiresDateTime,tokenDaysLeft,certificateSubject,certificateExpiresDateTime,enrollmentUrl,createdDateTime
        Expired,0,true,2025-11-01T00:00:00Z,2026-11-01T00:00:00Z,-27,,,,2026-11-27T12:00:00Z
        In22,0,true,2025-12-20T00:00:00Z,2026-12-20T00:00:00Z,22,,,,2026-11-27T12:00:00Z
        In30,0,true,2025-12-28T00:00:00Z,2026-12-28T00:00:00Z,30,,,,2026-11-27T12:00:00Z
        In31,0,true,2025-12-29T00:00:00Z,2026-12-29T00:00:00Z,31,,,,2026-11-27T12:00:00Z
        ----- stderr -----
        warning: the server token of Expired expired on 2026-11-01T00:00:00Z; record a new one with `abmctl mdm token`
        warning: the server token of In22 expires in 22 days
        warning: the server token of In30 expires in 30 days
        [exit status: 0]
        ");
    // -q silences warnings but not the data.
    let quiet = env.run(&["-q", "mdm", "list", "-o", "csv"]);
    assert_eq!(quiet.stderr, "");
    assert_eq!(quiet.stdout, out.stdout);
}

/// No warning when every token has more than 30 days left.
#[test]
fn list_does_not_warn_about_fresh_tokens() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let out = env.run(&["mdm", "list", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stderr, "");
}

/// A token recorded with an --issued date that makes it expire before the current token is
/// accepted (the admin may be correcting a mistake) but warned about, naming both expiries;
/// the result counts the change.
#[test]
fn a_token_that_shortens_the_current_one_is_warned_about() {
    let env = TestEnv::new();
    env.cmd(&["mdm", "link", "Main"])
        .at("2026-06-01T00:00:00Z")
        .output();
    let out = env
        .cmd(&[
            "-o",
            "json",
            "mdm",
            "token",
            "Main",
            "--issued",
            "2026-01-01",
        ])
        .at("2026-06-02T00:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    assert!(
        out.stderr.contains(
            "the new token expires 2027-01-01T00:00:00Z, before the current one \
             (2027-06-01T00:00:00Z): check --issued"
        ),
        "{out}"
    );
    let result: ResultDoc = out.json();
    assert_eq!((result.requested, result.changed), (1, 1));
    let out = env
        .cmd(&["mdm", "token", "Main"])
        .at("2026-06-03T00:00:00Z")
        .output();
    assert!(!out.stderr.contains("check --issued"), "{out}");
}

/// An expired certificate and a token that had expired before it was recorded are accepted
/// (Apple Business takes them) but warned about; a certificate file that never ends
/// (`/dev/zero`) is refused at a bound instead of filling memory.
#[test]
fn expired_certificates_and_tokens_are_warned_about_and_endless_files_refused() {
    let env = TestEnv::new();
    let cert = env.write("mdm.pem", CERT_PEM);
    let out = env
        .cmd(&["mdm", "link", "Main", "--certificate", s(&cert)])
        .at("2037-01-01T00:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    assert!(
        out.stderr.contains(&format!(
            "warning: the certificate expired on {CERT_NOT_AFTER}"
        )),
        "{out}"
    );
    let out = env
        .cmd(&["mdm", "token", "Main", "--issued", "1970-01-01"])
        .at("2037-01-02T00:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    assert!(
        out.stderr
            .contains("expired on 1971-01-01T00:00:00Z already: check --issued"),
        "{out}"
    );
    if std::path::Path::new("/dev/zero").exists() {
        let out = env.run(&["mdm", "link", "Lab", "--certificate", "/dev/zero"]);
        assert_eq!(out.status, 1, "{out}");
        assert!(
            out.stderr.contains("too long (limit 1048576 bytes)"),
            "{out}"
        );
    }
}
