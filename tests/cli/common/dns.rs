//! A DNS responder for the tests, on 127.0.0.1 at a free port, UDP and TCP on the same port:
//! `domain verify --nameserver` queries it through abmctl's real resolver, so the query path is
//! tested, never bypassed. Written from RFC 1035 here (not shared with `src/dns.rs`'s demo
//! responder), so that a mistake in one cannot hide behind the same mistake in the other.
//!
//! It answers TXT questions for the names it holds and NXDOMAIN for others; with
//! `truncate_udp` every UDP answer is empty and flagged truncated (TC), so the client must ask
//! again over TCP.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A running responder; it stops when dropped.
pub struct DnsResponder {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    /// Queries answered over UDP and over TCP.
    pub udp_queries: Arc<AtomicUsize>,
    pub tcp_queries: Arc<AtomicUsize>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

type Records = Arc<Mutex<Vec<(String, String)>>>;

impl DnsResponder {
    /// Starts a responder holding `records` (name, TXT text).
    pub fn start(records: &[(&str, &str)], truncate_udp: bool) -> DnsResponder {
        let records: Records = Arc::new(Mutex::new(
            records
                .iter()
                .map(|(n, t)| (n.to_ascii_lowercase(), t.to_string()))
                .collect(),
        ));
        // UDP and TCP on one port: retry until a free UDP port is free for TCP too.
        let (udp, tcp) = (0..50)
            .find_map(|_| {
                let udp = UdpSocket::bind("127.0.0.1:0").ok()?;
                let port = udp.local_addr().ok()?.port();
                let tcp = TcpListener::bind(("127.0.0.1", port)).ok()?;
                Some((udp, tcp))
            })
            .expect("no free port for the DNS responder");
        let addr = udp.local_addr().expect("udp address");
        udp.set_read_timeout(Some(Duration::from_millis(50)))
            .expect("udp timeout");
        tcp.set_nonblocking(true).expect("tcp nonblocking");
        let stop = Arc::new(AtomicBool::new(false));
        let udp_queries = Arc::new(AtomicUsize::new(0));
        let tcp_queries = Arc::new(AtomicUsize::new(0));
        let mut threads = Vec::new();
        {
            let (stop, records, count) = (stop.clone(), records.clone(), udp_queries.clone());
            threads.push(std::thread::spawn(move || {
                let mut buf = [0u8; 1500];
                while !stop.load(Ordering::Relaxed) {
                    let Ok((n, peer)) = udp.recv_from(&mut buf) else {
                        continue;
                    };
                    count.fetch_add(1, Ordering::Relaxed);
                    let held = records.lock().unwrap().clone();
                    if let Some(reply) = reply(&buf[..n], &held, truncate_udp) {
                        let _ = udp.send_to(&reply, peer);
                    }
                }
            }));
        }
        {
            let (stop, records, count) = (stop.clone(), records.clone(), tcp_queries.clone());
            threads.push(std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Ok((mut stream, _)) = tcp.accept() else {
                        std::thread::sleep(Duration::from_millis(20));
                        continue;
                    };
                    let _ = stream.set_nonblocking(false);
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                    // Each message is preceded by its two-byte length (RFC 1035 §4.2.2).
                    loop {
                        let mut len = [0u8; 2];
                        if stream.read_exact(&mut len).is_err() {
                            break;
                        }
                        let mut query = vec![0u8; usize::from(u16::from_be_bytes(len))];
                        if stream.read_exact(&mut query).is_err() {
                            break;
                        }
                        count.fetch_add(1, Ordering::Relaxed);
                        let held = records.lock().unwrap().clone();
                        let Some(answer) = reply(&query, &held, false) else {
                            break;
                        };
                        let mut framed = (answer.len() as u16).to_be_bytes().to_vec();
                        framed.extend_from_slice(&answer);
                        if stream.write_all(&framed).is_err() {
                            break;
                        }
                    }
                }
            }));
        }
        DnsResponder {
            addr,
            stop,
            udp_queries,
            tcp_queries,
            threads,
        }
    }

    /// `IP:PORT`, as `--nameserver` takes it.
    pub fn addr(&self) -> String {
        self.addr.to_string()
    }
}

impl Drop for DnsResponder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// The answer to one query: NXDOMAIN for a name not held; its TXT records for a TXT question.
fn reply(query: &[u8], records: &[(String, String)], truncate: bool) -> Option<Vec<u8>> {
    if query.len() < 12 {
        return None;
    }
    let mut pos = 12;
    let mut labels = Vec::new();
    loop {
        let len = *query.get(pos)? as usize;
        pos += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(pos..pos + len)?).to_ascii_lowercase());
        pos += len;
    }
    let qtype = u16::from_be_bytes([*query.get(pos)?, *query.get(pos + 1)?]);
    let question_end = pos + 4;
    let name = labels.join(".");
    let texts: Vec<&str> = records
        .iter()
        .filter(|(n, _)| *n == name)
        .map(|(_, t)| t.as_str())
        .collect();
    let known = !texts.is_empty();
    let answers: Vec<&str> = if qtype == 16 && !truncate {
        texts
    } else {
        Vec::new()
    };
    let mut out = vec![query[0], query[1]];
    // Flags: response, authoritative, TC when truncating, RD copied; RCODE 3 when unknown.
    let tc = if truncate { 0x02 } else { 0 };
    out.push(0x84 | tc | (query[2] & 0x01));
    out.push(if known { 0 } else { 3 });
    out.extend_from_slice(&1u16.to_be_bytes());
    out.extend_from_slice(&(answers.len() as u16).to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(query.get(12..question_end)?);
    for text in answers {
        out.extend_from_slice(&[0xC0, 0x0C]); // the name, by pointer to the question
        out.extend_from_slice(&16u16.to_be_bytes()); // TXT
        out.extend_from_slice(&1u16.to_be_bytes()); // IN
        out.extend_from_slice(&300u32.to_be_bytes());
        let chunks: Vec<&[u8]> = text.as_bytes().chunks(255).collect();
        let rdlen: usize = chunks.iter().map(|c| c.len() + 1).sum();
        out.extend_from_slice(&(rdlen as u16).to_be_bytes());
        for c in chunks {
            out.push(c.len() as u8);
            out.extend_from_slice(c);
        }
    }
    Some(out)
}

/// An address where nothing answers DNS: a UDP port bound and let go again.
pub fn silent_nameserver() -> String {
    let socket = UdpSocket::bind("127.0.0.1:0").expect("bind");
    let addr = socket.local_addr().expect("address");
    drop(socket);
    addr.to_string()
}
