//! Account lists for `account import`: a CSV whose header names `managedAppleAccount` and
//! `name`, and optionally `service` and `enrollment` (any order, any case; a UTF-8 BOM and CRLF
//! line ends accepted). It reads and tags each row with its line; the caller validates.

use std::io::Read;

use anyhow::{Result, bail};

/// The most an account file may hold: a list of people, never this long.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// One row as found, cells trimmed (empty cells are None).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountRow {
    /// 1-based line in the input.
    pub line: u64,
    /// The `managedAppleAccount` cell.
    pub id: Option<String>,
    /// The `name` cell.
    pub name: Option<String>,
    /// The `service` cell.
    pub service: Option<String>,
    /// The `enrollment` cell.
    pub enrollment: Option<String>,
}

/// Reads an account list from `input`, named `name` in errors. An unreadable file, one over
/// [`MAX_BYTES`], or a header without `managedAppleAccount` is an error; rows are returned
/// for the caller to check.
pub fn read(input: impl Read, name: &str) -> Result<Vec<AccountRow>> {
    let mut bytes = Vec::new();
    input.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_BYTES {
        bail!("{name}: too long (limit {MAX_BYTES} bytes)");
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| anyhow::anyhow!("{name}:1: {e}"))?
        .iter()
        .map(str::to_ascii_lowercase)
        .collect();
    let column = |key: &str| header.iter().position(|h| h == key);
    let Some(id_col) = column("managedappleaccount") else {
        bail!(
            "{name}:1: the header has no managedAppleAccount column (expected \
             managedAppleAccount,name[,service][,enrollment])"
        );
    };
    let (name_col, service_col, enrollment_col) =
        (column("name"), column("service"), column("enrollment"));
    // The line a record starting at a byte offset is on. (With CRLF line ends csv places a
    // record at the `\n` before it, and counts lines from there: count them here instead.)
    let line_at = |byte: u64| {
        let mut end = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        while text.get(end).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            end += 1;
        }
        1 + text[..end].iter().filter(|&&b| b == b'\n').count() as u64
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| line_at(p.byte()));
            anyhow::anyhow!("{name}:{line}: {e}")
        })?;
        let cell = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .filter(|c| !c.is_empty())
                .map(str::to_string)
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        rows.push(AccountRow {
            line: record.position().map_or(0, |p| line_at(p.byte())),
            id: cell(Some(id_col)),
            name: cell(name_col),
            service: cell(service_col),
            enrollment: cell(enrollment_col),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_columns_in_any_order_with_a_bom_and_crlf() -> Result<()> {
        let file = "\u{feff}Name,managedAppleAccount,Service\r\n\
                    Jo, jo@example.com ,Lab\r\n\r\n\
                    ,al@example.com,\r\n";
        let rows = read(file.as_bytes(), "f.csv")?;
        assert_eq!(
            rows,
            [
                AccountRow {
                    line: 2,
                    id: Some("jo@example.com".into()),
                    name: Some("Jo".into()),
                    service: Some("Lab".into()),
                    enrollment: None,
                },
                AccountRow {
                    line: 4,
                    id: Some("al@example.com".into()),
                    ..Default::default()
                },
            ]
        );
        Ok(())
    }

    #[test]
    fn a_header_without_the_account_column_is_refused() {
        let e = read("email,name\nx@y.com,X\n".as_bytes(), "f.csv").unwrap_err();
        assert!(
            e.to_string().starts_with("f.csv:1: the header has no"),
            "{e}"
        );
    }
}
