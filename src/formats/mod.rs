//! Import-file readers: turn the bytes of a device file (csv, abm-export or api-json) into
//! [`RawDevice`] records, each tagged with the 1-based line it starts on, so that later errors can
//! say `file:line: field: reason`.
//!
//! This module owns format detection (BOM, leading whitespace, first byte, header row), the
//! [`Reader`] the rest of abmctl codes against, and the shared record/error types. It must NOT
//! validate values (serials, IMEIs, dates, enums are the validator's job) and must NOT hold a
//! whole file in memory: every format is streamed, a row (or a JSON device resource) at a time,
//! and every row, cell and resource is read within a bound ([`row_guard::ROW_LIMIT`],
//! [`CELL_LIMIT`], [`api_json::RESOURCE_LIMIT`]), so that an endless or huge input is refused
//! at the bound, naming its line, in bounded memory.

mod abm_export;
pub mod accounts;
mod api_json;
pub use api_json::decode_resource;
pub mod certificate;
mod csv;
pub mod export;
#[cfg(test)]
mod properties;
mod row_guard;
pub mod serials;
mod table;

use std::fmt;
use std::io::{self, Read};
use std::str::FromStr;

use anyhow::{Context, bail};

/// One device row as read from a file; its fields follow the attribute table.
pub use crate::model::attributes::RawDevice;

/// The import formats abmctl reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// Comma-separated file whose header uses Apple's camelCase attribute names.
    Csv,
    /// The Apple Business Manager web-portal export (`SERIAL_NO`, `MODEL_NAME`, ...).
    AbmExport,
    /// A saved `GET /v1/orgDevices` response page, or a JSON array of such pages.
    ApiJson,
}

impl FileFormat {
    /// The name used on the command line and in messages (`csv`, `abm-export`, `api-json`).
    pub fn name(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::AbmExport => "abm-export",
            FileFormat::ApiJson => "api-json",
        }
    }
}

impl fmt::Display for FileFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for FileFormat {
    type Err = String;

    /// Parses the `--format` value; exact names only so that typos are not silently accepted.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "csv" => Ok(FileFormat::Csv),
            "abm-export" => Ok(FileFormat::AbmExport),
            "api-json" => Ok(FileFormat::ApiJson),
            other => Err(format!(
                "unknown format `{other}` (expected csv, abm-export or api-json)"
            )),
        }
    }
}

/// Where a device resource is in an api-json document, in jq's path syntax: `.data[17]`, or
/// `.[2].data[17]` for the third page of an array of pages (`jq '.[2].data[17]' dump.json`
/// shows it). A minified dump is all on line 1, so the line alone would not say which device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonPath {
    /// The page's index in an array of pages; None when the document is one page.
    pub page: Option<u32>,
    /// The resource's index in the page's `data`.
    pub index: u32,
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.page {
            Some(page) => write!(f, ".[{page}].data[{}]", self.index),
            None => write!(f, ".data[{}]", self.index),
        }
    }
}

/// Where a record is, as problems name it: `source:line`, then the JSON path if there is one
/// (`dump.json:1: .data[17]`).
pub fn place(source: &str, line: u64, path: Option<JsonPath>) -> String {
    match path {
        Some(path) => format!("{source}:{line}: {path}"),
        None => format!("{source}:{line}"),
    }
}

/// A structural problem (bad CSV quoting, wrong field count, malformed JSON, missing serial column): carries the line.
#[derive(Debug, Clone, PartialEq)]
pub struct FormatError {
    /// 1-based line of the record (or of the JSON value) the problem is in.
    pub line: u64,
    /// The column / attribute concerned, when the problem is confined to one.
    pub field: Option<String>,
    /// In api-json, the device resource concerned.
    pub path: Option<JsonPath>,
    /// What is wrong, for a human.
    pub message: String,
}

impl fmt::Display for FormatError {
    /// `line N: field: message` — the caller prefixes the file name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        if let Some(path) = self.path {
            write!(f, "{path}: ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for FormatError {}

impl FormatError {
    /// `source:line: field: message`, as problems in files are reported.
    pub fn at(&self, source: &str) -> String {
        let place = place(source, self.line, self.path);
        match &self.field {
            Some(field) => format!("{place}: {field}: {}", self.message),
            None => format!("{place}: {}", self.message),
        }
    }
}

/// A streaming reader of device records from one input, whatever its format.
///
/// Also an [`Iterator`] over the same items as [`Reader::next_record`]. Every format is read a
/// record at a time in bounded memory.
pub struct Reader {
    format: FileFormat,
    unknown_columns: Vec<String>,
    rows: Rows,
}

/// Boxed so that `Reader` stays small: the csv reader carries its own parse tables and buffer.
enum Rows {
    Table(Box<table::TableRows>),
    Json(api_json::JsonRows),
}

/// Input as handed to the format readers: the bytes consumed while sniffing, then the rest.
type Source = io::Chain<io::Cursor<Vec<u8>>, Box<dyn Read + Send>>;

impl Reader {
    /// Detects the format (unless `forced` is Some) from the first bytes / header and prepares to read.
    /// `input` is a file or stdin. Errors (anyhow) for: empty input, undetectable format, a header with
    /// no serial column, invalid UTF-8 in the header.
    pub fn new(
        mut input: Box<dyn Read + Send>,
        forced: Option<FileFormat>,
    ) -> anyhow::Result<Reader> {
        let (prefix, first) = sniff(&mut input).context("cannot read the input")?;
        let Some(first) = first else {
            bail!("the input is empty");
        };
        let source: Source = io::Cursor::new(prefix).chain(input);

        let json = match forced {
            Some(format) => format == FileFormat::ApiJson,
            None => first == b'{' || first == b'[',
        };
        if json {
            return Ok(Reader {
                format: FileFormat::ApiJson,
                unknown_columns: Vec::new(),
                rows: Rows::Json(api_json::JsonRows::load(source)?),
            });
        }

        let (tokens, header) = table::read_header(source)?;
        let format = match forced {
            Some(format) => format,
            None => detect_table(&header.names)?,
        };
        let (serial_column, column): (&str, fn(&str) -> table::Column) = match format {
            FileFormat::AbmExport => (abm_export::SERIAL_COLUMN, abm_export::column),
            // ApiJson never gets here (handled above); it shares the arm only to keep the match total.
            FileFormat::Csv | FileFormat::ApiJson => (csv::SERIAL_COLUMN, csv::column),
        };
        let mapping = table::Mapping::new(&header, column);
        if !mapping.has_serial() {
            return Err(anyhow::Error::new(FormatError {
                line: header.line,
                field: None,
                path: None,
                message: format!(
                    "the header has no `{serial_column}` column, which the {format} format \
                     requires"
                ),
            }));
        }
        let unknown_columns = mapping.unknown_columns().to_vec();
        let rows = table::TableRows::new(tokens, header, mapping);
        Ok(Reader {
            format,
            unknown_columns,
            rows: Rows::Table(Box::new(rows)),
        })
    }

    /// The format being read (detected or forced).
    pub fn format(&self) -> FileFormat {
        self.format
    }

    /// Header columns that were not recognised (ignored). The caller prints them as warnings.
    pub fn unknown_columns(&self) -> &[String] {
        &self.unknown_columns
    }

    /// Next record, or None at the end. A FormatError is per-record: reading can continue after it
    /// (for CSV: the next row; for JSON: stop after returning it).
    ///
    /// In detail: csv/abm-export go on with the next row after a bad row and stop only after an
    /// I/O error or a row over the limit. api-json stops after a document-level error (malformed
    /// JSON, invalid UTF-8, a value that is not an orgDevices page, a resource over the limit);
    /// a single resource whose own shape is wrong (e.g. `"imei": 5`) is reported with its line,
    /// place and field, and the next resource follows.
    pub fn next_record(&mut self) -> Option<Result<RawDevice, FormatError>> {
        match &mut self.rows {
            Rows::Table(rows) => rows.next_record(),
            Rows::Json(rows) => rows.next_record(),
        }
    }
}

impl Iterator for Reader {
    type Item = Result<RawDevice, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_record()
    }
}

/// Reads a whole file that must not exceed `limit` bytes, refusing a larger one (or an endless
/// one such as `/dev/zero`) without reading past the limit.
pub fn read_bounded(path: &std::path::Path, limit: u64) -> anyhow::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        bail!("{}: too long (limit {limit} bytes)", path.display());
    }
    Ok(bytes)
}

/// UTF-8 byte-order mark, which Excel writes at the start of "CSV UTF-8" files.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads just enough of `input` to see its first meaningful byte (after a BOM and whitespace).
///
/// Returns the bytes read, BOM removed, so they can be replayed in front of the rest of the input;
/// the whitespace is kept because leading blank lines still count for csv line numbers.
fn sniff(input: &mut Box<dyn Read + Send>) -> io::Result<(Vec<u8>, Option<u8>)> {
    let mut prefix = Vec::new();
    let mut chunk = [0u8; 8 * 1024];
    let mut eof = false;
    loop {
        // Only judge the BOM once 3 bytes are in (or the input ended), since it can arrive split.
        if prefix.len() >= BOM.len() || eof {
            if prefix.starts_with(BOM) {
                prefix.drain(..BOM.len());
            }
            break;
        }
        eof = read_some(input, &mut chunk, &mut prefix)?;
    }
    loop {
        if let Some(&byte) = prefix.iter().find(|b| !b.is_ascii_whitespace()) {
            return Ok((prefix, Some(byte)));
        }
        if eof {
            return Ok((prefix, None));
        }
        if prefix.len() >= SNIFF_LIMIT {
            // Endless blank input (`yes ''`) must not be held here: past the bound it is read as
            // a table, which streams blank lines in bounded memory (and a JSON document this
            // indented needs `--format api-json`).
            return Ok((prefix, Some(b'\n')));
        }
        eof = read_some(input, &mut chunk, &mut prefix)?;
    }
}

/// How much leading whitespace detection reads before it stops looking for the first byte.
const SNIFF_LIMIT: usize = 64 * 1024;

/// One `read` into `prefix`; true at end of input. Retries on EINTR like `read_exact` does.
fn read_some(
    input: &mut Box<dyn Read + Send>,
    chunk: &mut [u8],
    prefix: &mut Vec<u8>,
) -> io::Result<bool> {
    loop {
        match input.read(chunk) {
            Ok(0) => return Ok(true),
            Ok(n) => {
                prefix.extend_from_slice(chunk.get(..n).unwrap_or_default());
                return Ok(false);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Picks csv or abm-export from the header names; `SERIAL_NO` wins because only the portal export
/// uses it, while `serialNumber` could in principle appear as an extra column anywhere.
fn detect_table(names: &[String]) -> anyhow::Result<FileFormat> {
    let has = |wanted: &str| names.iter().any(|n| n.trim().eq_ignore_ascii_case(wanted));
    if has(abm_export::SERIAL_COLUMN) {
        Ok(FileFormat::AbmExport)
    } else if has(csv::SERIAL_COLUMN) {
        Ok(FileFormat::Csv)
    } else {
        bail!(
            "cannot detect the import format: the header has neither `serialNumber` (csv) nor \
             `SERIAL_NO` (abm-export), and the file is not JSON; use --format"
        )
    }
}

/// Counts `\n` in 255-byte blocks with a `u8` tally, which the compiler vectorises well.
fn count_newlines(bytes: &[u8]) -> u64 {
    bytes
        .chunks(255)
        .map(|block| u64::from(block.iter().map(|&b| u8::from(b == b'\n')).sum::<u8>()))
        .sum()
}

/// The longest value of one attribute, in bytes: Apple's attributes are tens of characters, a
/// list of them (IMEIs, Ethernet MACs) a few times that. A longer cell is not data abmctl would
/// want in the ledger.
pub const CELL_LIMIT: usize = 4 * 1024;

/// The problem of a value over [`CELL_LIMIT`].
fn cell_too_long() -> String {
    format!("too long (limit {} per value)", size(CELL_LIMIT as u64))
}

/// A limit in bytes as people write it: `64 KiB`, `1 MiB`.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// Trims a cell and maps blank to None, so every reader treats empty values alike.
fn clean(value: &str) -> Option<String> {
    let value = trim(value);
    (!value.is_empty()).then(|| value.to_owned())
}

/// `str::trim`, but paying for the Unicode-aware version only when the ASCII-trimmed value starts
/// or ends with a non-ASCII byte (e.g. a NO-BREAK SPACE pasted from a spreadsheet): this runs
/// for every cell of every row.
fn trim(value: &str) -> &str {
    let value = value.trim_ascii();
    let bytes = value.as_bytes();
    if bytes.first().is_some_and(|b| !b.is_ascii()) || bytes.last().is_some_and(|b| !b.is_ascii()) {
        value.trim()
    } else {
        value
    }
}

/// Appends the `;`-separated values of a multi-valued cell, trimmed, skipping empty pieces
/// (a trailing `;` or `a;;b` is common in hand-edited files).
fn push_split(out: &mut Vec<String>, value: &str) {
    out.extend(
        value
            .split(';')
            .map(trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned),
    );
}

/// Opens `input` with detection and reads it to the end; shared by the per-format tests.
#[cfg(test)]
fn read_all(input: &str) -> (Reader, Vec<Result<RawDevice, FormatError>>) {
    let mut reader = Reader::new(Box::new(io::Cursor::new(input.as_bytes().to_vec())), None)
        .expect("test input should open");
    let records = reader.by_ref().collect();
    (reader, records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn open(bytes: &[u8], forced: Option<FileFormat>) -> anyhow::Result<Reader> {
        Reader::new(Box::new(Cursor::new(bytes.to_vec())), forced)
    }

    fn all(reader: Reader) -> Vec<Result<RawDevice, FormatError>> {
        reader.collect()
    }

    #[test]
    fn detects_csv_with_bom_and_crlf() {
        let input = b"\xEF\xBB\xBFserialNumber,color\r\nC02AAA,Silver\r\nC02BBB,\r\n";
        let reader = open(input, None).unwrap();
        assert_eq!(reader.format(), FileFormat::Csv);
        let rows = all(reader);
        assert_eq!(
            rows,
            vec![
                Ok(RawDevice {
                    line: 2,
                    serial_number: Some("C02AAA".into()),
                    color: Some("Silver".into()),
                    ..RawDevice::default()
                }),
                Ok(RawDevice {
                    line: 3,
                    serial_number: Some("C02BBB".into()),
                    ..RawDevice::default()
                }),
            ]
        );
    }

    #[test]
    fn detects_abm_export_with_bom_and_crlf() {
        let input = b"\xEF\xBB\xBF\r\nSERIAL_NO,MODEL_NAME\r\nF9XYZ,iPad Air\r\n";
        let reader = open(input, None).unwrap();
        assert_eq!(reader.format(), FileFormat::AbmExport);
        let rows = all(reader);
        assert_eq!(rows.len(), 1);
        let device = rows[0].as_ref().unwrap();
        assert_eq!(device.line, 3);
        assert_eq!(device.serial_number.as_deref(), Some("F9XYZ"));
        assert_eq!(device.device_model.as_deref(), Some("iPad Air"));
    }

    #[test]
    fn detects_api_json_after_bom_and_whitespace() {
        let input = b"\xEF\xBB\xBF \r\n\t{\"data\":[{\"id\":\"S1\"}]}";
        let reader = open(input, None).unwrap();
        assert_eq!(reader.format(), FileFormat::ApiJson);
        let rows = all(reader);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].as_ref().unwrap().line, 2);
        let input = b"[{\"data\":[]}]";
        assert_eq!(open(input, None).unwrap().format(), FileFormat::ApiJson);
    }

    #[test]
    fn abm_header_wins_when_both_serial_names_appear() {
        let reader = open(b"serialNumber,serial_no\nA,B\n", None).unwrap();
        assert_eq!(reader.format(), FileFormat::AbmExport);
        assert_eq!(reader.unknown_columns(), ["serialNumber"]);
    }

    #[test]
    fn undetectable_format_is_an_error() {
        let err = open(b"name,colour\nx,y\n", None).err().unwrap();
        assert_eq!(
            err.to_string(),
            "cannot detect the import format: the header has neither `serialNumber` (csv) nor \
             `SERIAL_NO` (abm-export), and the file is not JSON; use --format"
        );
    }

    #[test]
    fn empty_input_is_an_error() {
        for input in [&b""[..], b"\xEF\xBB\xBF", b" \r\n\r\n\t"] {
            let err = open(input, None).err().unwrap();
            assert_eq!(err.to_string(), "the input is empty");
        }
    }

    #[test]
    fn forced_format_without_its_serial_column_is_an_error() {
        let err = open(b"\nSERIAL_NO,COLOR\nA,B\n", Some(FileFormat::Csv))
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "line 2: the header has no `serialNumber` column, which the csv format requires"
        );
        let err = open(b"serialNumber\nA\n", Some(FileFormat::AbmExport))
            .err()
            .unwrap();
        assert!(err.to_string().contains("`SERIAL_NO`"), "{err}");
    }

    #[test]
    fn forced_format_overrides_detection() {
        // A csv file whose first byte happens to be `[` still reads as csv when forced.
        let reader = open(b"[serialNumber],serialNumber\nx,A\n", Some(FileFormat::Csv)).unwrap();
        assert_eq!(reader.format(), FileFormat::Csv);
        assert_eq!(reader.unknown_columns(), ["[serialNumber]"]);
        let rows = all(reader);
        assert_eq!(
            rows[0].as_ref().unwrap().serial_number.as_deref(),
            Some("A")
        );

        // Forcing api-json on a csv file gives one FormatError and nothing else.
        let rows = all(open(b"serialNumber\nA\n", Some(FileFormat::ApiJson)).unwrap());
        assert_eq!(rows.len(), 1);
        let err = rows[0].as_ref().unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.starts_with("malformed JSON"), "{err}");
    }

    #[test]
    fn header_with_invalid_utf8_is_an_error() {
        let err = open(b"serialNumber,col\xFF\nA,B\n", None).err().unwrap();
        assert!(err.to_string().contains("not valid UTF-8"), "{err}");
    }

    /// Hands out its data a few bytes per `read`, as a pipe may.
    struct Trickle {
        data: Vec<u8>,
        pos: usize,
        step: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let end = (self.pos + self.step).min(self.data.len());
            let n = (end - self.pos).min(buf.len());
            buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
            self.pos += n;
            Ok(n)
        }
    }

    #[test]
    fn bom_and_whitespace_split_across_reads_are_handled() {
        for step in 1..4 {
            let data = b"\xEF\xBB\xBF\n\n  serialNumber\nA\n".to_vec();
            let reader = Reader::new(Box::new(Trickle { data, pos: 0, step }), None).unwrap();
            assert_eq!(reader.format(), FileFormat::Csv);
            let rows = all(reader);
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0].as_ref().unwrap().line, 4);
        }
        // Bytes that merely start like a BOM are kept.
        let data = b"\xEFserialNumber\nA\n".to_vec();
        let err = Reader::new(
            Box::new(Trickle {
                data,
                pos: 0,
                step: 1,
            }),
            None,
        )
        .err()
        .unwrap();
        assert!(err.to_string().contains("not valid UTF-8"), "{err}");
    }

    #[test]
    fn format_names_round_trip() {
        for format in [FileFormat::Csv, FileFormat::AbmExport, FileFormat::ApiJson] {
            assert_eq!(format.to_string().parse::<FileFormat>(), Ok(format));
        }
        assert_eq!(FileFormat::AbmExport.to_string(), "abm-export");
        assert!("CSV".parse::<FileFormat>().is_err());
    }

    #[test]
    fn format_error_display() {
        let err = FormatError {
            line: 7,
            field: Some("imei".into()),
            path: None,
            message: "bad".into(),
        };
        assert_eq!(err.to_string(), "line 7: imei: bad");
        let err = FormatError { field: None, ..err };
        assert_eq!(err.to_string(), "line 7: bad");
    }

    /// Generates a csv file row by row, never holding more than one row.
    struct Generated {
        rows: u64,
        next: u64,
        buf: Vec<u8>,
        pos: usize,
    }

    impl Read for Generated {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.pos == self.buf.len() {
                self.buf.clear();
                self.pos = 0;
                if self.next == 0 {
                    self.buf.extend_from_slice(
                        b"serialNumber,deviceModel,imei,orderNumber,purchaseSourceType\r\n",
                    );
                } else if self.next <= self.rows {
                    let n = self.next;
                    self.buf.extend_from_slice(
                        format!("SN{n:010},iPhone 15,35{n:013};35{n:013},ORD{n},APPLE\r\n")
                            .as_bytes(),
                    );
                } else {
                    return Ok(0);
                }
                self.next += 1;
            }
            let n = (self.buf.len() - self.pos).min(out.len());
            out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
            self.pos += n;
            Ok(n)
        }
    }

    #[test]
    fn streams_200k_generated_rows() {
        let rows = 200_000;
        let input = Generated {
            rows,
            next: 0,
            buf: Vec::new(),
            pos: 0,
        };
        let mut reader = Reader::new(Box::new(input), None).unwrap();
        let mut count = 0u64;
        while let Some(record) = reader.next_record() {
            let device = record.unwrap();
            count += 1;
            // Line numbers must keep pace with the generator: header is line 1.
            assert_eq!(device.line, count + 1);
            assert_eq!(device.imei.len(), 2);
        }
        assert_eq!(count, rows);
    }
}
