//! Serial-number lists for `assign`, `reassign`, `unassign` and `release --file`: one serial a
//! line, or a CSV whose header has a `serialNumber` (or ABM's `SERIAL_NO`) column, as Apple
//! Business's own upload takes a CSV of serial numbers.
//!
//! It reads and tags each serial with its line; it does not validate (the caller does).

use std::io::{BufRead, BufReader, Read};

use anyhow::{Context as _, Result};

/// One serial as found, with its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedSerial {
    /// The text of the cell or line, trimmed.
    pub value: String,
    /// 1-based line in the input.
    pub line: u64,
}

/// The longest line read: a serial list's lines are short; a longer one (or an endless input
/// such as `/dev/zero`) is refused instead of filling memory.
pub const MAX_LINE: usize = 64 * 1024;

/// Reads a serial list from `input`, named `name` in problems. Blank lines and lines starting
/// with `#` are skipped; a UTF-8 BOM and CRLF line ends are accepted.
pub fn read(input: impl Read, name: &str) -> Result<Vec<ListedSerial>> {
    let mut reader = BufReader::new(input);
    let mut bytes = Vec::new();
    let mut out = Vec::new();
    let mut column: Option<usize> = None;
    let mut first = true;
    let mut csv_header_seen = false;
    for number in 1u64.. {
        bytes.clear();
        let limit = MAX_LINE as u64 + 1;
        if (&mut reader).take(limit).read_until(b'\n', &mut bytes)? == 0 {
            break;
        }
        if bytes.len() > MAX_LINE && bytes.last() != Some(&b'\n') {
            anyhow::bail!("{name}:{number}: too long (limit {MAX_LINE} bytes)");
        }
        let line = std::str::from_utf8(&bytes)
            .with_context(|| format!("{name}:{number}: not valid UTF-8 text"))?;
        let line = line.strip_suffix('\n').unwrap_or(line);
        let mut text = line.trim_end_matches('\r');
        if first {
            text = text.strip_prefix('\u{feff}').unwrap_or(text);
        }
        let text = text.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if first {
            first = false;
            // A header row names the serial column; a bare list starts with a serial.
            let cells = split_csv(text);
            if let Some(i) = cells.iter().position(|c| {
                c.eq_ignore_ascii_case("serialNumber") || c.eq_ignore_ascii_case("SERIAL_NO")
            }) {
                column = Some(i);
                csv_header_seen = true;
                continue;
            }
        }
        let value = match column {
            Some(i) => split_csv(text).into_iter().nth(i).unwrap_or_default(),
            None => text.to_string(),
        };
        if csv_header_seen && value.is_empty() {
            continue;
        }
        out.push(ListedSerial {
            value,
            line: number,
        });
    }
    Ok(out)
}

/// Splits one CSV line into trimmed cells (quotes honoured; serial lists have no multi-line
/// cells).
fn split_csv(line: &str) -> Vec<String> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    match reader.records().next() {
        Some(Ok(record)) => record.iter().map(|c| c.trim().to_string()).collect(),
        _ => vec![line.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(input: &str) -> Vec<(String, u64)> {
        read(input.as_bytes(), "list.txt")
            .unwrap()
            .into_iter()
            .map(|s| (s.value, s.line))
            .collect()
    }

    #[test]
    fn a_bare_list_keeps_lines_and_skips_blanks_and_comments() {
        let got = values("\u{feff}C02ABC123\r\n\r\n# note\n  f2kz3n4g5hd3 \n");
        assert_eq!(
            got,
            vec![
                ("C02ABC123".to_string(), 1),
                ("f2kz3n4g5hd3".to_string(), 4)
            ]
        );
    }

    #[test]
    fn a_csv_reads_the_serial_column_by_name() {
        let got = values("orderNumber,serialNumber\n1,AAA111BBB\n2,\"CCC222DDD\"\n");
        assert_eq!(
            got,
            vec![("AAA111BBB".to_string(), 2), ("CCC222DDD".to_string(), 3)]
        );
        let got = values("SERIAL_NO,MDM_SERVER\nAAA111BBB,X\n");
        assert_eq!(got, vec![("AAA111BBB".to_string(), 2)]);
    }
}
