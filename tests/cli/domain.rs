//! Step 5: domains (added, verified by a real DNS TXT query to a responder on loopback,
//! expired, removed, set) and Managed Apple Accounts (add, import, list, remove).

use crate::common::*;

fn domains(env: &TestEnv) -> Vec<DomainDoc> {
    env.json(&["domain", "list"])
}

fn domain(env: &TestEnv, name: &str) -> DomainDoc {
    domains(env)
        .into_iter()
        .find(|d| d.domain == name)
        .unwrap_or_else(|| panic!("no domain {name}"))
}

/// Every organisation has a reserved domain, verified, that cannot be removed.
#[test]
fn the_reserved_domain_comes_with_the_organisation() {
    let env = TestEnv::new();
    env.ok(&["org", "set", "--name", "Better Bag Ltd."]);
    let list = domains(&env);
    assert_eq!(list.len(), 1, "{list:?}");
    let reserved = &list[0];
    // Made when the ledger was created, from the name it had then; renaming keeps it.
    assert_eq!(reserved.domain, "myorganization.appleaccount.com");
    assert_eq!(
        (
            reserved.status.as_str(),
            reserved.reserved,
            reserved.alternate_discovery
        ),
        ("VERIFIED", true, true)
    );
    let out = env.run(&["domain", "remove", "myorganization.appleaccount.com"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("reserved domain"), "{out}");
    let out = env.run(&["domain", "add", "acme.appleaccount.com"]);
    assert_eq!(out.status, 1, "{out}");
    let out = env.run(&["domain", "add", "not a domain"]);
    assert_eq!(out.status, 2, "{out}");
}

/// `domain add` issues the TXT record and a 14-day deadline; `domain verify` queries the
/// nameserver for real: without the record it stays pending (exit 1, saying what it found),
/// with it the domain is verified.
#[test]
fn a_domain_is_verified_by_its_txt_record() {
    let env = TestEnv::new();
    env.ok(&["org", "show"]);
    let (status, doc) = assert_dry_run_matches_real(&env, &["domain", "add", "Example.COM"]);
    assert_eq!((status, doc.changed), (0, 1));
    let d = domain(&env, "example.com");
    assert_eq!(d.status, "PENDING");
    assert_eq!(d.verify_by.as_deref(), Some("2026-12-11T12:00:00Z"));
    let record = d.txt_record.clone().unwrap();
    assert!(record.starts_with("apple-domain-verification="), "{record}");
    // Adding it again changes nothing and prints the same record.
    let again = env.run(&["domain", "add", "example.com"]);
    assert!(again.stderr.contains(&record), "{again}");
    assert_eq!(domain(&env, "example.com"), d);

    let wrong = DnsResponder::start(
        &[
            ("example.com", "apple-domain-verification=stale"),
            ("example.com", "v=spf1 -all"),
        ],
        false,
    );
    let before = env.dump();
    let out = env.run(&[
        "domain",
        "verify",
        "example.com",
        "--nameserver",
        &wrong.addr(),
        "-o",
        "json",
    ]);
    assert_eq!(out.status, 1, "{out}");
    let doc: ResultDoc = out.json();
    assert_eq!(doc.problems.len(), 1);
    assert!(
        doc.problems[0]
            .message
            .contains("found `apple-domain-verification=stale` but not"),
        "{doc:?}"
    );
    assert_eq!(env.dump(), before);
    assert_eq!(domain(&env, "example.com").status, "PENDING");
    let nothing = DnsResponder::start(&[], false);
    let out = env.run(&[
        "domain",
        "verify",
        "example.com",
        "--nameserver",
        &nothing.addr(),
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("no TXT record was found"), "{out}");

    let dns = DnsResponder::start(&[("example.com", record.as_str())], false);
    let (status, doc) = assert_dry_run_matches_real(
        &env,
        &[
            "domain",
            "verify",
            "example.com",
            "--nameserver",
            &dns.addr(),
        ],
    );
    assert_eq!((status, doc.changed), (0, 1));
    let d = domain(&env, "example.com");
    assert_eq!(
        (d.status.as_str(), d.verified_date_time.as_deref()),
        ("VERIFIED", Some(NOW))
    );
    // Verified stays verified: no query, nothing to do.
    let again: ResultDoc = env.json(&[
        "domain",
        "verify",
        "example.com",
        "--nameserver",
        &silent_nameserver(),
    ]);
    assert_eq!((again.changed, again.unchanged), (0, 1));
}

/// A truncated UDP answer makes the resolver ask again over TCP.
#[test]
fn verification_falls_back_to_tcp_on_truncation() {
    let env = TestEnv::new();
    env.ok(&["domain", "add", "example.com"]);
    let record = domain(&env, "example.com").txt_record.unwrap();
    let dns = DnsResponder::start(&[("example.com", record.as_str())], true);
    env.ok(&[
        "domain",
        "verify",
        "example.com",
        "--nameserver",
        &dns.addr(),
    ]);
    assert_eq!(domain(&env, "example.com").status, "VERIFIED");
    let tcp = dns.tcp_queries.load(std::sync::atomic::Ordering::Relaxed);
    assert!(tcp >= 1, "no query came over TCP");
}

/// A nameserver that does not answer is temporary (exit 4): nothing changes.
#[test]
fn an_unreachable_nameserver_exits_4() {
    let env = TestEnv::new();
    env.ok(&["domain", "add", "example.com"]);
    let before = env.dump();
    let out = env.run(&[
        "domain",
        "verify",
        "example.com",
        "--nameserver",
        &silent_nameserver(),
    ]);
    assert_eq!(out.status, 4, "{out}");
    assert!(
        out.stderr.contains("the TXT query for example.com"),
        "{out}"
    );
    assert_eq!(env.dump(), before);
    let out = env.run(&[
        "domain",
        "verify",
        "example.com",
        "--nameserver",
        "ns.example.com",
    ]);
    assert_eq!(out.status, 2, "{out}");
}

/// Not verified within 14 days, a domain expires: verify is refused, adding it again issues a
/// new token.
#[test]
fn an_unverified_domain_expires_after_14_days() {
    let env = TestEnv::new();
    env.ok(&["domain", "add", "example.com"]);
    let first = domain(&env, "example.com").txt_record.unwrap();
    let day15 = "2026-12-12T12:00:00Z";
    let list = env
        .cmd(&["domain", "list", "-o", "json"])
        .at(day15)
        .output();
    let list: Vec<DomainDoc> = list.json();
    assert_eq!(list[1].status, "EXPIRED");
    let dns = DnsResponder::start(&[("example.com", first.as_str())], false);
    let out = env
        .cmd(&[
            "domain",
            "verify",
            "example.com",
            "--nameserver",
            &dns.addr(),
        ])
        .at(day15)
        .output();
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains("was not verified within 14 days"),
        "{out}"
    );
    let out = env
        .cmd(&["domain", "add", "example.com"])
        .at(day15)
        .output();
    assert_eq!(out.status, 0, "{out}");
    let list = env
        .cmd(&["domain", "list", "-o", "json"])
        .at(day15)
        .output();
    let list: Vec<DomainDoc> = list.json();
    assert_eq!(list[1].status, "PENDING");
    assert_ne!(list[1].txt_record.as_deref(), Some(first.as_str()));
    assert_eq!(list[1].verify_by.as_deref(), Some("2026-12-26T12:00:00Z"));
}

/// Accounts need a verified domain; adding one again changes only what differs; a domain
/// with accounts cannot be removed; `domain set --alternate-discovery` needs it verified.
#[test]
fn accounts_live_on_verified_domains() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Lab"]);
    env.ok(&["domain", "add", "pending.example.com"]);
    let out = env.run(&[
        "domain",
        "set",
        "pending.example.com",
        "--alternate-discovery",
        "on",
    ]);
    assert_eq!(out.status, 1, "{out}");
    let _dns = verified_domain(&env, "example.com");
    let (status, doc) = assert_dry_run_matches_real(
        &env,
        &[
            "account",
            "add",
            "Jo@Example.com",
            "--name",
            "Jo",
            "--service",
            "lab",
        ],
    );
    assert_eq!((status, doc.changed), (0, 1));
    let accounts: Vec<AccountDoc> = env.json(&["account", "list"]);
    assert_eq!(
        accounts,
        [AccountDoc {
            managed_apple_account: "jo@example.com".into(),
            name: Some("Jo".into()),
            domain: "example.com".into(),
            server_name: Some("Lab".into()),
            enrollment: "user".into(),
            personal_devices: 0,
            created_date_time: NOW.into(),
        }]
    );
    let same: ResultDoc = env.json(&["account", "add", "jo@example.com"]);
    assert_eq!((same.changed, same.unchanged), (0, 1));
    let changed: ResultDoc =
        env.json(&["account", "add", "jo@example.com", "--enrollment", "device"]);
    assert_eq!(changed.changed, 1);
    let out = env.run(&["account", "add", "al@pending.example.com"]);
    assert_eq!(out.status, 1, "{out}");
    let out = env.run(&["account", "add", "al@elsewhere.com"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains("not a domain of the organisation"),
        "{out}"
    );

    let out = env.run(&["domain", "remove", "example.com"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains("used by 1 Managed Apple Account"),
        "{out}"
    );
    let (status, _) = assert_dry_run_matches_real(
        &env,
        &[
            "domain",
            "set",
            "example.com",
            "--alternate-discovery",
            "on",
        ],
    );
    assert_eq!(status, 0);
    assert!(domain(&env, "example.com").alternate_discovery);
    let (status, _) = assert_dry_run_matches_real(&env, &["account", "remove", "jo@example.com"]);
    assert_eq!(status, 0);
    let (status, _) = assert_dry_run_matches_real(&env, &["domain", "remove", "example.com"]);
    assert_eq!(status, 0);
    assert!(domains(&env).iter().all(|d| d.domain != "example.com"));
}

/// `account import` adds many accounts all or nothing, every problem as file:line: field.
#[test]
fn account_import_is_all_or_nothing() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Lab"]);
    let _dns = verified_domain(&env, "example.com");
    let bad = env.write(
        "bad.csv",
        "managedAppleAccount,name,service\n\
         jo@example.com,Jo,Lab\n\
         no-at-sign,X,\n\
         al@example.com,Al,Nowhere\n\
         JO@example.com,Jo again,\n\
         ed@unknown.org,Ed,\n",
    );
    let before = env.dump();
    let out = env.run(&["account", "import", s(&bad), "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let doc: ResultDoc = out.json();
    let problems: Vec<String> = doc
        .problems
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p.line.as_deref().unwrap_or("-"),
                p.field.as_deref().unwrap_or("-")
            )
        })
        .collect();
    let file = "[TEMP]/bad.csv";
    assert_eq!(
        problems,
        [
            format!("{file}:3 managedAppleAccount"),
            format!("{file}:4 service"),
            format!("{file}:5 managedAppleAccount"),
            format!("{file}:6 managedAppleAccount"),
        ]
    );
    assert_eq!(env.dump(), before);

    let good = "\u{feff}managedAppleAccount,name,service,enrollment\r\n\
                jo@example.com,Jo,Lab,\r\n\
                al@example.com,Al,,device\r\n";
    let out = env
        .cmd(&["account", "import", "-", "-o", "json"])
        .stdin(good)
        .output();
    assert_eq!(out.status, 0, "{out}");
    let doc: ResultDoc = out.json();
    assert_eq!((doc.requested, doc.changed), (2, 2));
    let again = env
        .cmd(&["account", "import", "-", "-o", "json"])
        .stdin(good)
        .output();
    let again: ResultDoc = again.json();
    assert_eq!((again.changed, again.unchanged), (0, 2));
    let accounts: Vec<AccountDoc> = env.json(&["account", "list"]);
    let brief: Vec<String> = accounts
        .iter()
        .map(|a| {
            format!(
                "{} {} {}",
                a.managed_apple_account,
                a.server_name.as_deref().unwrap_or("-"),
                a.enrollment
            )
        })
        .collect();
    assert_eq!(
        brief,
        ["al@example.com - device", "jo@example.com Lab user"]
    );
}
