//! The hostile-input corpus (`tests/hostile/`, issue 8 item 12): every case of
//! `tests/hostile/expect.tsv` runs the binary against a baseline ledger and must end with the
//! expected exit code — never a panic (101), a signal or a hang — print the expected message
//! naming where the problem is, keep stderr bounded and free of raw control bytes, and leave the
//! ledger exactly as it was when the input is refused (exit 1 or 2).

#![cfg(unix)]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// One line of `expect.tsv`.
#[derive(Debug)]
struct Case {
    /// The corpus file, or `-` for none.
    file: String,
    /// The arguments: `{}` is the file's path, `{@}` its content as one argument, `<{}` the
    /// file on stdin.
    args: String,
    exit: i32,
    /// A text the output must contain; `{}` is the file's path.
    pattern: String,
    what: String,
}

fn cases() -> Vec<Case> {
    let manifest = corpus_dir().join("expect.tsv");
    let text = std::fs::read_to_string(&manifest).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 5, "expect.tsv: not 5 columns: {line:?}");
            Case {
                file: cols[0].to_string(),
                args: cols[1].to_string(),
                exit: cols[2].parse().expect("exit code"),
                pattern: cols[3].to_string(),
                what: cols[4].to_string(),
            }
        })
        .collect()
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// Longest stderr a case may print: the first 50 problems of a file, each cut, fit easily.
const MAX_STDERR: usize = 32 * 1024;

/// A case taking longer than this is a hang.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A ledger with a supplier, a service and two devices, and a private copy of the corpus.
struct Baseline {
    env: TestEnv,
    ledger: Vec<u8>,
    dump: String,
    dir: PathBuf,
}

impl Baseline {
    fn new() -> Baseline {
        let env = TestEnv::new();
        env.ok(&["-q", "supplier", "link", "--customer-number", "12345"]);
        env.ok(&["-q", "mdm", "link", "Main"]);
        env.write(
            "seed.csv",
            "serialNumber,productFamily,purchaseSourceType,purchaseSourceId\n\
             C02T00000001,Mac,APPLE,12345\nC02T00000002,iPad,APPLE,12345\n",
        );
        env.ok(&["-q", "import", "seed.csv"]);
        // Everything in the main file, so that a copy of it is the whole ledger.
        let conn = rusqlite::Connection::open(env.ledger_path()).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        drop(conn);
        let ledger = std::fs::read(env.ledger_path()).unwrap();
        let dump = env.dump();
        let dir = env.root().join("corpus");
        std::fs::create_dir(&dir).unwrap();
        for entry in std::fs::read_dir(corpus_dir()).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
        Baseline {
            env,
            ledger,
            dump,
            dir,
        }
    }

    /// Puts the baseline ledger back.
    fn restore(&self) {
        let path = self.env.ledger_path();
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut side = path.clone().into_os_string();
            side.push(suffix);
            let _ = std::fs::remove_file(side);
        }
        std::fs::write(&path, &self.ledger).unwrap();
    }

    /// Runs one case; returns what is wrong with it, if anything.
    fn run(&self, case: &Case) -> Result<(), String> {
        self.restore();
        let path = self.dir.join(&case.file);
        let before = (case.file != "-").then(|| std::fs::read(&path).unwrap());
        let mut args: Vec<OsString> = Vec::new();
        let mut stdin = Stdio::null();
        for token in case.args.split(' ') {
            match token {
                "<{}" => stdin = Stdio::from(std::fs::File::open(&path).unwrap()),
                "{@}" => args.push(OsString::from_vec(before.clone().unwrap_or_default())),
                other => args.push(other.replace("{}", &case.file).into()),
            }
        }
        let mut command: Command = self.env.command(&args);
        let mut child = command
            .current_dir(&self.dir)
            .stdin(stdin)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read both pipes while waiting, so that a chatty case cannot block on a full pipe.
        let mut out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let out = std::thread::spawn(move || {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut out, &mut buf).map(|_| buf)
        });
        let err = std::thread::spawn(move || {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut err, &mut buf).map(|_| buf)
        });
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no answer after {TIMEOUT:?}: a hang"));
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let stdout = out.join().unwrap().unwrap();
        let stderr = err.join().unwrap().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        );
        let Some(code) = status.code() else {
            return Err(format!("killed by a signal ({status}):\n{text}"));
        };
        if code == 101 {
            return Err(format!("panicked:\n{text}"));
        }
        if code != case.exit {
            return Err(format!("exit {code}, expected {}:\n{text}", case.exit));
        }
        let pattern = case.pattern.replace("{}", &case.file);
        if !text.contains(&pattern) {
            return Err(format!("no `{pattern}` in the output:\n{text}"));
        }
        if stderr.len() > MAX_STDERR {
            return Err(format!("{} bytes of stderr", stderr.len()));
        }
        for (name, bytes) in [("stdout", &stdout), ("stderr", &stderr)] {
            let raw = String::from_utf8_lossy(bytes)
                .chars()
                .find(|c| c.is_control() && !matches!(c, '\n' | '\t'));
            if let Some(c) = raw {
                return Err(format!("a raw control character {c:?} on {name}:\n{text}"));
            }
        }
        if matches!(code, 1 | 2) {
            let dump = self.env.dump();
            if dump != self.dump {
                return Err(format!("refused, but the ledger changed:\n{text}"));
            }
            if let Some(before) = &before
                && std::fs::read(&path).unwrap() != *before
            {
                return Err("refused, but the input file changed".to_string());
            }
        }
        Ok(())
    }
}

/// Every case of the corpus behaves as `expect.tsv` says. The cases are shared between a few
/// threads, each with its own baseline ledger and copy of the corpus.
#[test]
fn hostile_inputs_are_refused_cleanly_and_named() {
    let cases = cases();
    assert!(cases.len() >= 150, "the corpus has {} cases", cases.len());
    let files = std::fs::read_dir(corpus_dir()).unwrap().count();
    assert!(files >= 150, "the corpus has {files} files");
    let threads = 3;
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|k| {
                let cases = &cases;
                scope.spawn(move || {
                    let baseline = Baseline::new();
                    cases
                        .iter()
                        .skip(k)
                        .step_by(threads)
                        .filter_map(|case| {
                            baseline.run(case).err().map(|why| {
                                format!("{} `{}` ({}): {why}", case.file, case.args, case.what)
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// Every file of the corpus is used by a case, and every case's file exists and is small: the
/// corpus stays a list of small, known inputs (big and endless ones are made at test time).
#[test]
fn the_corpus_and_its_manifest_agree() {
    let cases = cases();
    let mut total = 0;
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        let size = entry.metadata().unwrap().len();
        total += size;
        if name == "expect.tsv" || name == "README.md" {
            continue;
        }
        assert!(
            size <= 16 * 1024,
            "{name} is {size} bytes: keep corpus files small"
        );
        {
            assert!(
                cases.iter().any(|c| c.file == name),
                "{name} is in tests/hostile but no case uses it"
            );
        }
    }
    assert!(total < 512 * 1024, "the corpus is {total} bytes");
    for case in &cases {
        assert!(
            case.file == "-" || corpus_dir().join(&case.file).is_file(),
            "{}: no such corpus file",
            case.file
        );
    }
}
