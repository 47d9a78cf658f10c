//! The only DNS I/O in abmctl: the TXT query of `domain verify` (hickory-resolver, run in a
//! current-thread tokio runtime: it has no blocking API), and a small authoritative responder
//! that `demo` runs on loopback so that its `domain verify` makes a real query.
//!
//! The query goes to the system resolver (`/etc/resolv.conf`) or to the nameserver given
//! (`--nameserver IP[:PORT]`), over UDP with TCP when the answer is truncated. Whether the
//! answer verifies a domain is `rules::domains`' to judge; nothing here touches the ledger.

use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Result;
use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::{Resolver, TokioResolver};

use crate::error::TemporaryError;

/// How long one query waits for an answer, and how many times it is tried.
const TIMEOUT: Duration = Duration::from_secs(3);
const ATTEMPTS: usize = 2;

/// Parses `--nameserver`: an IP address, optionally with a port (`192.0.2.1:5353`,
/// `[2001:db8::1]:5353`); the port defaults to 53.
pub fn parse_nameserver(s: &str) -> Result<SocketAddr, String> {
    let t = s.trim();
    if let Ok(addr) = t.parse::<SocketAddr>() {
        return Ok(addr);
    }
    t.parse::<IpAddr>()
        .map(|ip| SocketAddr::new(ip, 53))
        .map_err(|_| format!("`{t}` is not an IP address or IP:PORT"))
}

/// The TXT records at `name` (an FQDN), each as its strings joined (DNS splits long records
/// into 255-byte strings). A name that does not exist, or has no TXT record, gives none.
/// A resolver that cannot be reached or fails (timeout, refused, SERVFAIL) is a
/// [`TemporaryError`] (exit 4): the record may be there, only the question went unanswered.
pub fn txt(name: &str, nameserver: Option<SocketAddr>) -> Result<Vec<String>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let resolver = resolver(nameserver)?;
    let fqdn = format!("{}.", name.trim_end_matches('.'));
    let server = match nameserver {
        Some(addr) => format!("the nameserver {addr}"),
        None => "the system resolver".to_string(),
    };
    match runtime.block_on(resolver.txt_lookup(fqdn.as_str())) {
        Ok(lookup) => Ok(lookup
            .answers()
            .iter()
            .filter_map(|record| match &record.data {
                RData::TXT(txt) => Some(
                    txt.txt_data
                        .iter()
                        .map(|part| String::from_utf8_lossy(part).into_owned())
                        .collect::<String>(),
                ),
                _ => None,
            })
            .collect()),
        Err(e) if e.is_no_records_found() || e.is_nx_domain() => Ok(Vec::new()),
        Err(e) => Err(anyhow::Error::new(TemporaryError(format!(
            "the TXT query for {name} to {server} failed: {e}"
        )))),
    }
}

fn resolver(nameserver: Option<SocketAddr>) -> Result<TokioResolver> {
    let mut builder = match nameserver {
        Some(addr) => {
            let mut udp = ConnectionConfig::udp();
            udp.port = addr.port();
            let mut tcp = ConnectionConfig::tcp();
            tcp.port = addr.port();
            let server = NameServerConfig::new(addr.ip(), true, vec![udp, tcp]);
            Resolver::builder_with_config(
                ResolverConfig::from_name_servers(vec![server]),
                TokioRuntimeProvider::default(),
            )
        }
        None => Resolver::builder_tokio().map_err(|e| {
            anyhow::Error::new(TemporaryError(format!(
                "cannot read the system's resolver configuration: {e}"
            )))
        })?,
    };
    let options = builder.options_mut();
    options.timeout = TIMEOUT;
    options.attempts = ATTEMPTS;
    // A verification wants today's answer, not one cached from a minute ago.
    options.cache_size = 0;
    Ok(builder.build()?)
}

/// A tiny authoritative DNS responder on a loopback UDP port, answering TXT questions for the
/// names it holds (NXDOMAIN for any other): what `demo` publishes its verification record
/// with. It serves until dropped.
pub struct Responder {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Responder {
    /// Starts a responder on 127.0.0.1 at a free port, holding `records` (name, TXT text).
    pub fn start(records: Vec<(String, String)>) -> Result<Responder> {
        let socket = UdpSocket::bind(("127.0.0.1", 0))?;
        socket.set_read_timeout(Some(Duration::from_millis(100)))?;
        let addr = socket.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let records: Vec<(String, String)> = records
            .into_iter()
            .map(|(n, t)| (n.trim_end_matches('.').to_ascii_lowercase(), t))
            .collect();
        let thread = std::thread::spawn(move || {
            let mut buf = [0u8; 512];
            while !flag.load(Ordering::Relaxed) {
                let Ok((n, peer)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                if let Some(reply) = buf.get(..n).and_then(|q| answer(q, &records)) {
                    let _ = socket.send_to(&reply, peer);
                }
            }
        });
        Ok(Responder {
            addr,
            stop,
            thread: Some(thread),
        })
    }

    /// Where it listens (`--nameserver` takes it as it is).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Responder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The reply to one query (RFC 1035 §4): the question echoed, and the TXT records of its name
/// when it asks for TXT (type 16) of a name held; NXDOMAIN when the name is not held. None for
/// a packet that is not a one-question query.
fn answer(query: &[u8], records: &[(String, String)]) -> Option<Vec<u8>> {
    let header = query.get(..12)?;
    if header[2] & 0x80 != 0 || u16::from_be_bytes([header[4], header[5]]) != 1 {
        return None;
    }
    // The question: labels, then type and class.
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = usize::from(*query.get(at)?);
        at += 1;
        if len == 0 {
            break;
        }
        if len > 63 {
            return None;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_ascii_lowercase());
        at += len;
    }
    let question = query.get(12..at + 4)?;
    let qtype = u16::from_be_bytes([*query.get(at)?, *query.get(at + 1)?]);
    let name = labels.join(".");
    let held: Vec<&str> = records
        .iter()
        .filter(|(n, _)| *n == name)
        .map(|(_, t)| t.as_str())
        .collect();
    let answers: Vec<&str> = if qtype == 16 {
        held.clone()
    } else {
        Vec::new()
    };
    let mut reply = Vec::with_capacity(512);
    reply.extend_from_slice(&header[..2]);
    // QR, AA, the query's RD; RCODE 3 (NXDOMAIN) for a name not held.
    reply.push(0x84 | (header[2] & 0x01));
    reply.push(if held.is_empty() { 0x03 } else { 0x00 });
    reply.extend_from_slice(&[0, 1]);
    reply.extend_from_slice(&(answers.len() as u16).to_be_bytes());
    reply.extend_from_slice(&[0, 0, 0, 0]);
    reply.extend_from_slice(question);
    for text in answers {
        // A pointer to the question's name, TXT, IN, a TTL of 60, then the strings.
        reply.extend_from_slice(&[0xC0, 12, 0, 16, 0, 1, 0, 0, 0, 60]);
        let strings: Vec<&[u8]> = text.as_bytes().chunks(255).collect();
        let rdlength: usize = strings.iter().map(|s| s.len() + 1).sum();
        reply.extend_from_slice(&(rdlength as u16).to_be_bytes());
        for s in strings {
            reply.push(s.len() as u8);
            reply.extend_from_slice(s);
        }
    }
    Some(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nameservers_take_an_ip_and_an_optional_port() {
        assert_eq!(
            parse_nameserver("127.0.0.1"),
            Ok("127.0.0.1:53".parse().unwrap())
        );
        assert_eq!(
            parse_nameserver(" 127.0.0.1:5353 "),
            Ok("127.0.0.1:5353".parse().unwrap())
        );
        assert_eq!(
            parse_nameserver("[::1]:5353"),
            Ok("[::1]:5353".parse().unwrap())
        );
        assert_eq!(parse_nameserver("::1"), Ok("[::1]:53".parse().unwrap()));
        assert!(parse_nameserver("ns1.example.com").is_err());
    }

    /// The real resolver against the demo's responder on loopback: the record it holds, none
    /// for a name it does not hold (NXDOMAIN), and a long record split and joined again.
    #[test]
    fn the_resolver_reads_the_responders_records() -> Result<()> {
        let long = format!("apple-domain-verification={}", "x".repeat(300));
        let responder = Responder::start(vec![
            ("example.com".into(), "apple-domain-verification=abc".into()),
            ("example.com".into(), "v=spf1 -all".into()),
            ("long.example.com.".into(), long.clone()),
        ])?;
        let ns = Some(responder.addr());
        let mut found = txt("Example.com", ns)?;
        found.sort();
        assert_eq!(found, ["apple-domain-verification=abc", "v=spf1 -all"]);
        assert_eq!(txt("other.example.com", ns)?, Vec::<String>::new());
        assert_eq!(txt("long.example.com", ns)?, [long]);
        Ok(())
    }
}
