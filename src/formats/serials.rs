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
/// with `#` are skipped; a UTF-8 BOM is accepted, and lines may end with LF, CRLF or a lone CR
/// (Excel's "CSV (Macintosh)").
pub fn read(input: impl Read, name: &str) -> Result<Vec<ListedSerial>> {
    let mut reader = BufReader::new(input);
    let mut bytes = Vec::new();
    let mut out = Vec::new();
    let mut column: Option<usize> = None;
    let mut first = true;
    let mut csv_header_seen = false;
    let mut after_cr = false;
    for number in 1u64.. {
        match next_line(&mut reader, &mut bytes, &mut after_cr)? {
            Line::End => break,
            Line::TooLong => anyhow::bail!("{name}:{number}: too long (limit {MAX_LINE} bytes)"),
            Line::Read => {}
        }
        let mut text = std::str::from_utf8(&bytes)
            .with_context(|| format!("{name}:{number}: not valid UTF-8 text"))?;
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

/// What [`next_line`] found.
enum Line {
    /// A line, now in the buffer without its line end.
    Read,
    /// A line longer than [`MAX_LINE`]: reading stops there.
    TooLong,
    /// The end of the input.
    End,
}

/// Reads the next line into `line`, without its line end: LF, CRLF or a lone CR. `after_cr`
/// carries a CR that ended the previous line, whose LF (if it is a CRLF) may not be read yet.
fn next_line(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    after_cr: &mut bool,
) -> std::io::Result<Line> {
    line.clear();
    let mut started = false;
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(if started { Line::Read } else { Line::End });
        }
        if std::mem::take(after_cr) && buf.first() == Some(&b'\n') {
            reader.consume(1);
            continue;
        }
        started = true;
        let end = memchr::memchr2(b'\n', b'\r', buf);
        let take = end.unwrap_or(buf.len());
        if line.len() + take > MAX_LINE {
            return Ok(Line::TooLong);
        }
        line.extend_from_slice(buf.get(..take).unwrap_or_default());
        *after_cr = end.is_some_and(|k| buf.get(k) == Some(&b'\r'));
        reader.consume(take + usize::from(end.is_some()));
        if end.is_some() {
            return Ok(Line::Read);
        }
    }
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
    fn cr_only_and_mixed_line_ends_are_line_ends() {
        let got = values("A1234567\rB1234567\r\rC1234567\r\nD1234567\nE1234567");
        let lines: Vec<u64> = got.iter().map(|(_, line)| *line).collect();
        assert_eq!(lines, [1, 2, 4, 5, 6]);
        // A CRLF split over two reads is one line end.
        let input = std::io::Cursor::new(b"A1234567\r".to_vec()).chain(&b"\nB1234567\n"[..]);
        let reader = BufReader::with_capacity(1, input);
        let got = read(reader, "x").unwrap();
        assert_eq!(got.iter().map(|s| s.line).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn a_line_over_the_limit_is_refused() {
        let long = "C".repeat(MAX_LINE + 1);
        let err = read(long.as_bytes(), "x").unwrap_err();
        assert_eq!(err.to_string(), "x:1: too long (limit 65536 bytes)");
        let exact = "C".repeat(MAX_LINE) + "\n";
        assert_eq!(read(exact.as_bytes(), "x").unwrap().len(), 1);
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
