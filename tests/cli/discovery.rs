//! Step 5: service discovery — `domain discovery` prints the document, `discovery serve`
//! answers it over HTTP from the ledger (404 when nothing applies), and stops on Ctrl-C.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};

use crate::common::*;

/// Services A (https URL, the iPhone default) and B (no URL); example.com verified; jo@
/// routes to nothing of her own, dev@ to A with Device Enrollment, lab@ to B.
fn org() -> (TestEnv, DnsResponder) {
    let env = TestEnv::new();
    env.ok(&[
        "mdm",
        "link",
        "A",
        "--enrollment-url",
        "https://a.example.com/enroll",
    ]);
    env.ok(&["mdm", "link", "B"]);
    env.ok(&["mdm", "default", "set", "iPhone", "A"]);
    let dns = verified_domain(&env, "example.com");
    env.ok(&["account", "add", "jo@example.com"]);
    env.ok(&[
        "account",
        "add",
        "dev@example.com",
        "--service",
        "A",
        "--enrollment",
        "device",
    ]);
    env.ok(&["account", "add", "lab@example.com", "--service", "B"]);
    (env, dns)
}

fn doc(version: &str) -> DiscoveryDoc {
    DiscoveryDoc {
        servers: vec![DiscoveryServer {
            version: version.to_string(),
            base_url: "https://a.example.com/enroll".to_string(),
        }],
    }
}

/// The document has Apple's shape: exactly the bytes a server sends in table mode, the same
/// document with `-o json`.
#[test]
fn domain_discovery_prints_the_document() {
    let (env, _dns) = org();
    let out = env.ok(&[
        "domain",
        "discovery",
        "example.com",
        "--user",
        "jo@example.com",
        "--family",
        "iPhone",
    ]);
    assert_eq!(
        out.stdout,
        "{\"Servers\":[{\"Version\":\"mdm-byod\",\"BaseURL\":\"https://a.example.com/enroll\"}]}\n"
    );
    let json: DiscoveryDoc =
        env.json(&["domain", "discovery", "example.com", "--family", "iphone"]);
    assert_eq!(json, doc("mdm-byod"));
    let dev: DiscoveryDoc = env.json(&[
        "domain",
        "discovery",
        "example.com",
        "--user",
        "dev@example.com",
    ]);
    assert_eq!(dev, doc("mdm-adde"));
    for (args, why) in [
        (
            vec!["--user", "nobody@example.com", "--family", "iPhone"],
            "not a Managed Apple Account",
        ),
        (
            vec!["--user", "lab@example.com", "--family", "iPhone"],
            "B has no enrollment URL",
        ),
        (vec!["--family", "Mac"], "Mac has no default service"),
    ] {
        let mut full = vec!["domain", "discovery", "example.com"];
        full.extend(args);
        let out = env.run(&full);
        assert_eq!((out.status, out.stdout.as_str()), (1, ""), "{out}");
        assert!(out.stderr.contains(why), "{out}");
    }
    let out = env.run(&["domain", "discovery", "other.com", "--family", "iPhone"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("not a verified domain"), "{out}");
}

/// A running `discovery serve` and the address it printed.
struct Server {
    child: Child,
    addr: String,
    log: BufReader<std::process::ChildStderr>,
}

impl Server {
    fn start(env: &TestEnv) -> Server {
        let mut cmd = env.command(&["discovery", "serve", "--listen", "127.0.0.1:0"]);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("cannot run abmctl discovery serve");
        let mut log = BufReader::new(child.stderr.take().expect("stderr is piped"));
        let mut line = String::new();
        log.read_line(&mut line).expect("read the first line");
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        Server { child, addr, log }
    }

    /// GET `path` over HTTP/1.1: the status and the body.
    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = std::net::TcpStream::connect(&self.addr).expect("connect");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("read");
        let (head, body) = response.split_once("\r\n\r\n").expect("a response");
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|c| c.parse().ok())
            .expect("a status");
        (status, body.to_string())
    }

    /// The next log line.
    fn log_line(&mut self) -> String {
        let mut line = String::new();
        self.log.read_line(&mut line).expect("read a log line");
        line
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const PATH: &str = "/.well-known/com.apple.remotemanagement";

/// `discovery serve` answers from the ledger on every request: the document for a known user,
/// 404 for an unknown one, an unverified domain or no service; a change to the ledger shows at
/// once; one log line per request; Ctrl-C stops it with exit 130.
#[test]
fn discovery_serve_answers_from_the_ledger() {
    let (env, _dns) = org();
    let mut server = Server::start(&env);
    let (status, body) = server.get(&format!(
        "{PATH}?user-identifier=jo%40example.com&model-family=iPhone"
    ));
    assert_eq!(status, 200, "{body}");
    let got: DiscoveryDoc = serde_json::from_str(&body).expect("JSON");
    assert_eq!(got, doc("mdm-byod"));
    let line = server.log_line();
    assert!(
        line.contains("user-identifier=jo@example.com model-family=iPhone: 200 (A)"),
        "{line}"
    );

    let (status, body) = server.get(&format!(
        "{PATH}?user-identifier=dev@example.com&model-family=RealityDevice"
    ));
    assert_eq!(
        (status, serde_json::from_str::<DiscoveryDoc>(&body).ok()),
        (200, Some(doc("mdm-adde")))
    );
    server.log_line();

    for query in [
        "user-identifier=nobody@example.com&model-family=iPhone",
        "user-identifier=jo@other.com&model-family=iPhone",
        "user-identifier=jo@example.com&model-family=Mac",
        "user-identifier=lab@example.com&model-family=iPhone",
        "model-family=iPhone",
    ] {
        let (status, body) = server.get(&format!("{PATH}?{query}"));
        assert_eq!((status, body.as_str()), (404, "Not Found\n"), "{query}");
        let line = server.log_line();
        assert!(line.contains(": 404 ("), "{line}");
    }
    assert_eq!(server.get("/other").0, 404);

    // The ledger changes while it runs: the next request sees it (a writer is not held up).
    env.ok(&["mdm", "default", "set", "Mac", "A"]);
    let (status, _) = server.get(&format!(
        "{PATH}?user-identifier=jo@example.com&model-family=Mac"
    ));
    assert_eq!(status, 200);
    server.log_line();

    let pid = server.child.id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = server.child.wait().expect("wait");
    assert_eq!(status.code(), Some(130));
}

/// A missing ledger is refused before anything listens; a port in use is an error.
#[test]
fn discovery_serve_refuses_what_it_cannot_serve() {
    let (env, _dns) = org();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = taken.local_addr().expect("addr").to_string();
    let out = env.run(&["discovery", "serve", "--listen", &addr]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("cannot listen on"), "{out}");
    let out = env.run(&["discovery", "serve", "--listen", "nowhere"]);
    assert_eq!(out.status, 2, "{out}");
}
