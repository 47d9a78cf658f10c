//! Property tests of the import readers (issue 8 item 13): arbitrary bytes, and bytes biased
//! towards each format's structure (quotes, commas, line ends, brackets), go into every format's
//! reader, which must neither panic nor produce unbounded output: at most one record per input
//! byte (plus one), line numbers within the input's lines and never going back, messages of
//! bounded length.
//!
//! `PROPTEST_CASES` sets the cases per property (256 by default, which keeps `cargo test`
//! quick); the README of `tests/hostile/` says how the long runs were made and what they found.

use std::io::Cursor;

use proptest::prelude::*;

use super::{FileFormat, Reader};

/// The longest message a record's problem may carry: a fixed text and echoed values, which are
/// cut at 64 characters.
const MAX_MESSAGE: usize = 1024;

/// Lines in `bytes` as the readers count them: LF, CRLF and a lone CR each end one.
fn lines(bytes: &[u8]) -> u64 {
    let mut n = 1;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// Reads `bytes` as `format` (None: detected) to the end and checks the invariants.
fn check(bytes: &[u8], format: Option<FileFormat>) -> Result<(), TestCaseError> {
    let reader = match Reader::new(Box::new(Cursor::new(bytes.to_vec())), format) {
        Ok(reader) => reader,
        Err(err) => {
            prop_assert!(err.to_string().len() <= MAX_MESSAGE, "{err}");
            return Ok(());
        }
    };
    let total = lines(bytes);
    let mut records = 0usize;
    let mut last_line = 0;
    for record in reader {
        records += 1;
        prop_assert!(records <= bytes.len() + 1, "more records than bytes");
        let line = match &record {
            Ok(device) => device.line,
            Err(problem) => {
                prop_assert!(problem.message.len() <= MAX_MESSAGE, "{problem}");
                problem.line
            }
        };
        prop_assert!((1..=total).contains(&line), "line {line} of {total}");
        // api-json problems may point inside a resource, ahead of the next one's start.
        if format != Some(FileFormat::ApiJson) && record.is_ok() {
            prop_assert!(line >= last_line, "line {line} after {last_line}");
            last_line = line;
        }
    }
    Ok(())
}

/// Bytes drawn mostly from `alphabet`, sometimes anything.
fn biased(alphabet: &'static [u8], max: usize) -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        8 => prop::sample::select(alphabet),
        1 => any::<u8>(),
    ];
    prop::collection::vec(byte, 0..max)
}

const CSV_BYTES: &[u8] = b",,,\"\"\"\r\r\n\n\n ;aZ09\xEF\xBB\xBF\x00\t";
const JSON_BYTES: &[u8] = b"{}[]{}[],,::\"\"\"\\ \n\r\tadi0129.-eE+ntrufls";

proptest! {
    #[test]
    fn any_bytes_in_any_format(
        bytes in prop::collection::vec(any::<u8>(), 0..4096),
        format in prop::sample::select(vec![
            None,
            Some(FileFormat::Csv),
            Some(FileFormat::AbmExport),
            Some(FileFormat::ApiJson),
        ]),
    ) {
        check(&bytes, format)?;
    }

    #[test]
    fn csv_like_bytes_after_a_header(tail in biased(CSV_BYTES, 2048), abm in any::<bool>()) {
        let mut bytes = if abm {
            b"SERIAL_NO,MODEL_NAME,IMEI,PURCHASE_SOURCE\n".to_vec()
        } else {
            b"serialNumber,deviceModel,imei,purchaseSourceId\n".to_vec()
        };
        bytes.extend_from_slice(&tail);
        check(&bytes, None)?;
    }

    #[test]
    fn json_like_bytes_in_a_page(tail in biased(JSON_BYTES, 2048), pages in any::<bool>()) {
        let mut bytes = if pages {
            b"[{\"data\":[{\"id\":\"A\",\"attributes\":{\"imei\":[".to_vec()
        } else {
            b"{\"data\":[{\"type\":\"orgDevices\",\"attributes\":{\"serialNumber\":".to_vec()
        };
        bytes.extend_from_slice(&tail);
        check(&bytes, Some(FileFormat::ApiJson))?;
    }
}
