//! The `api-json` format: a saved `GET /v1/orgDevices` response page
//! (`{"data":[{"type":"orgDevices","id":"SERIAL","attributes":{...}}, ...], "links":..., "meta":...}`)
//! or a JSON array of such pages.
//!
//! The document is streamed: a small scanner walks its outer structure (the array of pages, each
//! page's members, the `data` array) and hands over one device resource at a time, which serde
//! then decodes. Memory is one resource (at most [`RESOURCE_LIMIT`]), whatever the size of the
//! document: a dump of every device of an organisation, as one page or a thousand, reads like a
//! csv file. Each device is named by its line and its place in the document (`.data[17]`, or
//! `.[2].data[17]` in an array of pages), so that a problem in a minified dump, all on line 1,
//! still says where it is.
//!
//! This file owns JSON parsing, the mapping of attribute names (the attribute table's, with their
//! aliases), the types Apple's API gives them (strings, arrays of strings) and line numbers for
//! JSON values. It must NOT validate values and must NOT reject unknown attributes (Apple adds
//! attributes without versioning): any attribute may be absent or null.

use std::fmt;
use std::io::{self, BufRead, BufReader};

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::{FormatError, JsonPath, RawDevice, Source, clean, push_split};
use crate::model::attributes::{Attr, RawMut};

/// The most bytes one device resource (an item of a page's `data`), or one other member of a
/// page (`links`, `meta`), may take. A resource from Apple's API is one or two KiB.
pub const RESOURCE_LIMIT: usize = 1 << 20;

/// The `type` of a device resource in Apple's API.
const DEVICE_TYPE: &str = "orgDevices";

/// Where the reader is in the document's outer structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Before the document.
    Start,
    /// In an array of pages: before its first page, or after a page.
    Pages { first: bool },
    /// In a page object: before its first member, or after one.
    Page { first: bool, has_data: bool },
    /// In a page's `data` array: before its first item, or after one.
    Data { first: bool },
    /// After the document: only whitespace may follow.
    End,
    /// Done, or stopped at a document-level problem.
    Done,
}

/// The device resources of a document, read and decoded one at a time.
pub(super) struct JsonRows {
    scan: Scanner,
    at: At,
    /// Which page of an array of pages is being read (None: the document is one page).
    page: Option<u32>,
    /// The line the current page starts on.
    page_line: u64,
    /// The index in `data` of the next item.
    index: u32,
    /// The current item's text, reused.
    item: Vec<u8>,
}

impl JsonRows {
    /// Prepares to read `source`. Nothing is read yet: every problem, I/O included, comes out
    /// of [`JsonRows::next_record`] with its line, like every other format's.
    pub(super) fn load(source: Source) -> anyhow::Result<JsonRows> {
        Ok(JsonRows {
            scan: Scanner {
                input: BufReader::with_capacity(64 * 1024, source),
                line: 1,
            },
            at: At::Start,
            page: None,
            page_line: 1,
            index: 0,
            item: Vec::new(),
        })
    }

    /// Next device. A resource whose own shape is wrong (e.g. `"imei": 5`) is an error for that
    /// record only and the following resources are still read; a document-level error
    /// (malformed JSON, not a page, a resource over the limit) is the last thing returned.
    pub(super) fn next_record(&mut self) -> Option<Result<RawDevice, FormatError>> {
        match self.advance() {
            Ok(Some((line, path))) => {
                let decoded = match std::str::from_utf8(&self.item) {
                    Ok(item) => decode(item, line, path),
                    Err(err) => {
                        let valid = self.item.get(..err.valid_up_to()).unwrap_or_default();
                        Err(Stop::Problem(FormatError {
                            line: line + super::count_newlines(valid),
                            field: None,
                            path: Some(path),
                            message: "the JSON document is not valid UTF-8".into(),
                        }))
                    }
                };
                match decoded {
                    Ok(device) => Some(Ok(device)),
                    Err(Stop::Item(problem)) => Some(Err(problem)),
                    Err(Stop::Problem(problem)) => {
                        self.at = At::Done;
                        Some(Err(problem))
                    }
                }
            }
            Ok(None) => {
                self.at = At::Done;
                None
            }
            Err(problem) => {
                self.at = At::Done;
                Some(Err(problem))
            }
        }
    }

    /// Walks the outer structure up to the next device resource and reads it into `item`;
    /// returns its line and place, or None at the end of the document.
    fn advance(&mut self) -> Result<Option<(u64, JsonPath)>, FormatError> {
        loop {
            let Some(byte) = self.scan.skip_whitespace().map_err(|e| self.io(e))? else {
                return match self.at {
                    At::End | At::Done => Ok(None),
                    _ => Err(self.malformed("unexpected end of input")),
                };
            };
            match self.at {
                At::Done => return Ok(None),
                At::Start => match byte {
                    b'[' => {
                        self.scan.bump();
                        self.at = At::Pages { first: true };
                    }
                    b'{' => self.open_page()?,
                    _ => {
                        // JSON, but not a page; or not JSON at all (a csv forced as api-json).
                        let line = self.scan.line;
                        self.read_value(line, 4 * 1024, "value")?;
                        return Err(match serde_json::from_slice::<de::IgnoredAny>(&self.item) {
                            Ok(_) => self.not_a_page(),
                            Err(err) => json_error(&err, line, "malformed JSON"),
                        });
                    }
                },
                At::Pages { first } => match byte {
                    b']' => {
                        self.scan.bump();
                        self.at = At::End;
                    }
                    b',' if !first => {
                        self.scan.bump();
                        match self.scan.skip_whitespace().map_err(|e| self.io(e))? {
                            Some(b'{') => self.open_page()?,
                            Some(_) => return Err(self.not_a_page()),
                            None => return Err(self.malformed("unexpected end of input")),
                        }
                    }
                    b'{' if first => self.open_page()?,
                    _ if first => return Err(self.not_a_page()),
                    _ => return Err(self.malformed("expected `,` or `]` after a page")),
                },
                At::Page { first, has_data } => match byte {
                    b'}' => {
                        self.scan.bump();
                        if !has_data {
                            return Err(FormatError {
                                line: self.page_line,
                                ..self.not_a_page()
                            });
                        }
                        self.at = match self.page {
                            Some(_) => At::Pages { first: false },
                            None => At::End,
                        };
                    }
                    b',' if !first => {
                        self.scan.bump();
                        self.at = At::Page {
                            first: true,
                            has_data,
                        };
                        if self.scan.skip_whitespace().map_err(|e| self.io(e))? != Some(b'"') {
                            return Err(self.malformed("expected a member name after `,`"));
                        }
                    }
                    b'"' if first => self.member(has_data)?,
                    _ => return Err(self.malformed("expected `,` or `}` in a page")),
                },
                At::Data { first } => match byte {
                    b']' => {
                        self.scan.bump();
                        self.at = At::Page {
                            first: false,
                            has_data: true,
                        };
                    }
                    b',' if !first => {
                        self.scan.bump();
                        if matches!(
                            self.scan.skip_whitespace().map_err(|e| self.io(e))?,
                            Some(b']') | None
                        ) {
                            return Err(self.malformed("expected a device resource after `,`"));
                        }
                        return self.item().map(Some);
                    }
                    _ if first => return self.item().map(Some),
                    _ => return Err(self.malformed("expected `,` or `]` after a device resource")),
                },
                At::End => return Err(self.malformed("trailing characters after the document")),
            }
        }
    }

    /// At a `{` that opens a page.
    fn open_page(&mut self) -> Result<(), FormatError> {
        self.page = match (self.at, self.page) {
            (At::Start, _) => None,
            (_, None) => Some(0),
            (_, Some(n)) => Some(n.saturating_add(1)),
        };
        self.page_line = self.scan.line;
        self.index = 0;
        self.scan.bump();
        self.at = At::Page {
            first: true,
            has_data: false,
        };
        Ok(())
    }

    /// At the `"` of a member name of a page: reads the member, entering `data` or checking and
    /// skipping any other.
    fn member(&mut self, has_data: bool) -> Result<(), FormatError> {
        let line = self.scan.line;
        self.read_value(line, 4 * 1024, "member name")?;
        let name: String = serde_json::from_slice(&self.item)
            .map_err(|err| json_error(&err, line, "malformed JSON"))?;
        match self.scan.skip_whitespace().map_err(|e| self.io(e))? {
            Some(b':') => self.scan.bump(),
            _ => return Err(self.malformed("expected `:` after a member name")),
        }
        let value = self.scan.skip_whitespace().map_err(|e| self.io(e))?;
        if name == "data" {
            if has_data {
                return Err(self.malformed("duplicate member `data`"));
            }
            if value != Some(b'[') {
                return Err(FormatError {
                    line: self.scan.line,
                    field: Some("data".into()),
                    path: None,
                    message: "not an orgDevices response page: `data` is not an array".into(),
                });
            }
            self.scan.bump();
            self.at = At::Data { first: true };
            return Ok(());
        }
        let line = self.scan.line;
        self.read_value(line, RESOURCE_LIMIT, "page member")?;
        serde_json::from_slice::<de::IgnoredAny>(&self.item)
            .map_err(|err| json_error(&err, line, "malformed JSON"))?;
        self.at = At::Page {
            first: false,
            has_data,
        };
        Ok(())
    }

    /// At the first byte of a `data` item: reads it into `item`.
    fn item(&mut self) -> Result<(u64, JsonPath), FormatError> {
        let line = self.scan.line;
        let path = JsonPath {
            page: self.page,
            index: self.index,
        };
        self.index = self.index.saturating_add(1);
        self.at = At::Data { first: false };
        self.read_value(line, RESOURCE_LIMIT, "device resource")
            .map_err(|problem| FormatError {
                path: Some(path),
                ..problem
            })?;
        Ok((line, path))
    }

    /// Reads one JSON value, which starts on `line`, into `item`.
    fn read_value(&mut self, line: u64, limit: usize, what: &str) -> Result<(), FormatError> {
        self.item.clear();
        match self.scan.value(&mut self.item, limit) {
            Ok(()) => Ok(()),
            Err(Scanned::TooLong) => Err(FormatError {
                line,
                field: None,
                path: None,
                message: format!("too long (limit {} per {what})", super::size(limit as u64)),
            }),
            Err(Scanned::Ended) => Err(self.malformed("unexpected end of input")),
            Err(Scanned::Io(err)) => Err(self.io(err)),
        }
    }

    fn malformed(&self, what: &str) -> FormatError {
        FormatError {
            line: self.scan.line,
            field: None,
            path: None,
            message: format!("malformed JSON: {what}"),
        }
    }

    fn not_a_page(&self) -> FormatError {
        FormatError {
            line: self.scan.line,
            field: None,
            path: None,
            message: "not an orgDevices response page (expected an object with a `data` array)"
                .into(),
        }
    }

    fn io(&self, err: io::Error) -> FormatError {
        FormatError {
            line: self.scan.line,
            field: None,
            path: None,
            message: format!("cannot read the input: {err}"),
        }
    }
}

/// How reading one value failed.
enum Scanned {
    /// Over the limit.
    TooLong,
    /// The input ended inside it.
    Ended,
    /// The input could not be read.
    Io(io::Error),
}

/// The bytes of the document with the line they are on.
struct Scanner {
    input: BufReader<Source>,
    /// The line of the next byte.
    line: u64,
}

impl Scanner {
    /// The buffered bytes, refilled when empty (retrying an interrupted read); empty at the end.
    fn buffer(&mut self) -> io::Result<&[u8]> {
        loop {
            match self.input.fill_buf() {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
                Ok(_) => break,
            }
        }
        // Buffered now: this does not read again.
        self.input.fill_buf()
    }

    /// Skips whitespace; the next byte, not consumed, or None at the end.
    fn skip_whitespace(&mut self) -> io::Result<Option<u8>> {
        loop {
            let buf = self.buffer()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let blank = buf
                .iter()
                .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                .unwrap_or(buf.len());
            let lines = super::count_newlines(buf.get(..blank).unwrap_or_default());
            let found = buf.get(blank).copied();
            self.line += lines;
            self.input.consume(blank);
            if let Some(byte) = found {
                return Ok(Some(byte));
            }
        }
    }

    /// Consumes the next byte (never a line end: only structural bytes are bumped).
    fn bump(&mut self) {
        self.input.consume(1);
    }

    /// Reads one JSON value, starting at the next byte (not whitespace), into `out`: a string,
    /// an object or array (to its matching bracket, strings skipped), or a scalar (up to the
    /// next delimiter). Only the extent is found here; serde checks the syntax.
    fn value(&mut self, out: &mut Vec<u8>, limit: usize) -> Result<(), Scanned> {
        let mut depth = 0u64;
        let mut in_string = false;
        let mut escaped = false;
        let mut started = false;
        let mut scalar = false;
        loop {
            let buf = self.buffer().map_err(Scanned::Io)?;
            if buf.is_empty() {
                // A scalar may end with the input; anything else is cut off.
                return if scalar { Ok(()) } else { Err(Scanned::Ended) };
            }
            let mut end = None;
            for (i, &b) in buf.iter().enumerate() {
                if !started {
                    started = true;
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth = 1,
                        _ => scalar = true,
                    }
                    continue;
                }
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if b == b'\\' {
                        escaped = true;
                    } else if b == b'"' {
                        in_string = false;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                } else if scalar {
                    if matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        end = Some(i);
                        break;
                    }
                } else {
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(i + 1);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            let take = end.unwrap_or(buf.len());
            let taken = buf.get(..take).unwrap_or_default();
            if out.len() + taken.len() > limit {
                return Err(Scanned::TooLong);
            }
            out.extend_from_slice(taken);
            self.line += super::count_newlines(taken);
            self.input.consume(take);
            if end.is_some() {
                return Ok(());
            }
        }
    }
}

/// How decoding a resource failed.
enum Stop {
    /// The resource is wrong; the next one can be read.
    Item(FormatError),
    /// The document is: reading stops.
    Problem(FormatError),
}

/// A serde_json error as a FormatError; `base_line` is the line the parsed slice starts on.
fn json_error(err: &serde_json::Error, base_line: u64, context: &str) -> FormatError {
    FormatError {
        line: base_line + (err.line().max(1) as u64 - 1),
        field: None,
        path: None,
        message: format!("{context}: {}", bare_message(err)),
    }
}

/// serde_json's message without its " at line L column C" suffix: the line is reported
/// separately, and relative to the slice it would be misleading anyway.
fn bare_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&suffix) {
        Some(bare) => bare.to_owned(),
        None => text,
    }
}

/// A device resource's members, each kept raw at first so that a wrongly typed one is reported
/// with its own name and line.
#[derive(Deserialize)]
struct Resource<'a> {
    #[serde(borrow, default, rename = "type")]
    kind: Option<&'a RawValue>,
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    attributes: Option<&'a RawValue>,
}

/// The `attributes` object of a device resource, each attribute's value kept raw at first so
/// that a wrongly typed one can be reported with its own name and line. Keys are the attribute
/// table's Apple names; any other key is skipped.
struct Attributes<'a> {
    /// By [`Attr`].
    values: [Option<&'a RawValue>; Attr::COUNT],
    /// Values under an alias (`purchaseSourceUid`), used when the attribute's own name gives
    /// nothing. Kept apart so that a document carrying both is not a "duplicate field" error.
    aliases: [Option<(&'static str, &'a RawValue)>; Attr::COUNT],
}

impl Default for Attributes<'_> {
    fn default() -> Self {
        Attributes {
            values: [None; Attr::COUNT],
            aliases: [None; Attr::COUNT],
        }
    }
}

/// A key of the `attributes` object.
enum Key {
    /// Apple's name for an attribute.
    Name(Attr),
    /// An alias of an attribute's name.
    Alias(Attr, &'static str),
    /// Anything else: Apple adds attributes without versioning.
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an attribute name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        if let Some(attr) = Attr::from_apple(v) {
            return Ok(Key::Name(attr));
        }
        let alias = Attr::ALL.into_iter().find_map(|attr| {
            let alias = attr.def().aliases.iter().find(|alias| **alias == v)?;
            Some(Key::Alias(attr, alias))
        });
        Ok(alias.unwrap_or(Key::Other))
    }
}

impl<'de> Deserialize<'de> for Attributes<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(AttributesVisitor)
    }
}

struct AttributesVisitor;

impl<'de> Visitor<'de> for AttributesVisitor {
    type Value = Attributes<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of device attributes")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Attributes<'de>, A::Error> {
        let mut attributes = Attributes::default();
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Name(attr) => {
                    let slot = &mut attributes.values[attr as usize];
                    if slot.is_some() {
                        return Err(de::Error::duplicate_field(attr.apple_name()));
                    }
                    *slot = Some(map.next_value()?);
                }
                Key::Alias(attr, alias) => {
                    let slot = &mut attributes.aliases[attr as usize];
                    if slot.is_some() {
                        return Err(de::Error::duplicate_field(alias));
                    }
                    *slot = Some((alias, map.next_value()?));
                }
                Key::Other => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        Ok(attributes)
    }
}

/// Decodes one device resource of a page read from the API (`sync`'s pull), as an api-json
/// import decodes it: the same attribute names and aliases, bare strings for lists, and the id
/// that must be the serial number. `index` is its place in the page's `data`.
pub fn decode_resource(item: &str, index: u32) -> Result<RawDevice, FormatError> {
    let path = JsonPath { page: None, index };
    decode(item.trim(), 1, path).map_err(|stop| match stop {
        Stop::Item(e) | Stop::Problem(e) => e,
    })
}

/// Decodes one `data` item: `item` is its text, starting on `line`, at `path`.
fn decode(item: &str, line: u64, path: JsonPath) -> Result<RawDevice, Stop> {
    // serde's syntax errors mean the document is malformed (stop); its type errors mean this
    // resource is wrong (go on with the next).
    let fail = |field: Option<&str>, line: u64, err: &serde_json::Error| {
        let problem = FormatError {
            line: line + (err.line().max(1) as u64 - 1),
            field: field.map(str::to_owned),
            path: Some(path),
            message: bare_message(err),
        };
        match err.classify() {
            serde_json::error::Category::Data => Stop::Item(problem),
            _ => Stop::Problem(FormatError {
                message: format!("malformed JSON: {}", problem.message),
                ..problem
            }),
        }
    };
    let wrong = |field: &str, line: u64, message: String| {
        Stop::Item(FormatError {
            line,
            field: Some(field.to_owned()),
            path: Some(path),
            message,
        })
    };
    let line_of = |raw: &RawValue| line + super::count_newlines(before(item, raw.get()));
    if !item.starts_with('{') {
        // Still check that it is JSON at all.
        serde_json::from_str::<de::IgnoredAny>(item).map_err(|err| fail(None, line, &err))?;
        return Err(Stop::Item(FormatError {
            line,
            field: None,
            path: Some(path),
            message: "expected a device resource object".into(),
        }));
    }
    let resource: Resource<'_> =
        serde_json::from_str(item).map_err(|err| fail(None, line, &err))?;
    let text = |name: &str, raw: Option<&RawValue>| -> Result<Option<String>, Stop> {
        match raw {
            None => Ok(None),
            Some(raw) => serde_json::from_str::<Text>(raw.get())
                .map(|t| t.0)
                .map_err(|err| fail(Some(name), line_of(raw), &err)),
        }
    };
    let list = |name: &str, raw: Option<&RawValue>| -> Result<Vec<String>, Stop> {
        match raw {
            None => Ok(Vec::new()),
            Some(raw) => serde_json::from_str::<List>(raw.get())
                .map(|l| l.0)
                .map_err(|err| fail(Some(name), line_of(raw), &err)),
        }
    };
    if let Some(raw) = resource.kind {
        match text("type", Some(raw))? {
            Some(kind) if kind != DEVICE_TYPE => {
                let message = format!(
                    "`{}` is not a device resource (expected `{DEVICE_TYPE}`)",
                    crate::model::echo(&kind)
                );
                return Err(wrong("type", line_of(raw), message));
            }
            _ => {}
        }
    }
    let attributes: Attributes<'_> = match resource.attributes {
        None => Attributes::default(),
        Some(raw) => {
            if !raw.get().starts_with('{') {
                let message = "expected an object".to_string();
                return Err(wrong("attributes", line_of(raw), message));
            }
            serde_json::from_str(raw.get())
                .map_err(|err| fail(Some("attributes"), line_of(raw), &err))?
        }
    };

    let mut device = RawDevice {
        line,
        path: Some(path),
        ..RawDevice::default()
    };
    for attr in Attr::ALL {
        let name = attr.apple_name();
        let value = attributes.values[attr as usize];
        let alias = attributes.aliases[attr as usize];
        match device.cell_mut(attr) {
            RawMut::One(field) => {
                *field = text(name, value)?;
                if let (true, Some((alias, value))) = (field.is_none(), alias) {
                    *field = text(alias, Some(value))?;
                }
            }
            RawMut::Many(values) => {
                *values = list(name, value)?;
                if let (true, Some((alias, value))) = (values.is_empty(), alias) {
                    *values = list(alias, Some(value))?;
                }
            }
        }
    }
    // The resource id *is* the serial number in Apple's API: it stands in for a missing one,
    // and one that differs means the resource is not what it says.
    if let Some(raw) = resource.id
        && let Some(id) = text("id", Some(raw))?
    {
        match &device.serial_number {
            None => device.serial_number = Some(id),
            Some(serial) if !serial.eq_ignore_ascii_case(&id) => {
                let message = format!(
                    "`{}` differs from the serialNumber `{}` (a device's id is its serial \
                         number)",
                    crate::model::echo(&id),
                    crate::model::echo(serial)
                );
                return Err(wrong("id", line_of(raw), message));
            }
            Some(_) => {}
        }
    }
    Ok(device)
}

/// Byte offset of `part` inside `whole`. serde_json hands out `RawValue`s that borrow from the
/// text they were parsed from, so the pointer difference is the position in the resource.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

/// The part of `whole` that precedes `part` (a slice of it).
fn before<'a>(whole: &'a str, part: &str) -> &'a [u8] {
    whole
        .as_bytes()
        .get(..offset_in(whole, part))
        .unwrap_or_default()
}

/// A scalar attribute: a string, as Apple's API gives every attribute, or null. A number or a
/// boolean is a type error: read as text it would lose what a string keeps (the leading zeros
/// of a Customer Number, the digits of a long IMEI). Blank is None.
struct Text(Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor).map(Text)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v.len() > super::CELL_LIMIT {
            return Err(E::custom(super::cell_too_long()));
        }
        Ok(clean(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// A multi-valued attribute (`imei`, `meid`, `ethernetMacAddress`): an array of strings, but a
/// bare string is tolerated and split on `;` like a csv cell; blank entries are dropped.
struct List(Vec<String>);

impl<'de> Deserialize<'de> for List {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ListVisitor).map(List)
    }
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of strings")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v.len() > super::CELL_LIMIT {
            return Err(E::custom(super::cell_too_long()));
        }
        let mut out = Vec::new();
        push_split(&mut out, v);
        Ok(out)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        let mut len = 0;
        while let Some(Text(value)) = seq.next_element()? {
            len += value.as_ref().map_or(0, String::len);
            if len > super::CELL_LIMIT {
                return Err(de::Error::custom(super::cell_too_long()));
            }
            out.extend(value);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::RESOURCE_LIMIT;
    use crate::formats::{FileFormat, FormatError, JsonPath, RawDevice, Reader, read_all};
    use std::io::Read;

    fn path(page: Option<u32>, index: u32) -> Option<JsonPath> {
        Some(JsonPath { page, index })
    }

    #[test]
    fn devices_are_named_by_their_place_in_the_document() {
        let input =
            r#"[{"data":[{"id":"A"},{"id":"B"}],"links":{}},{"meta":{},"data":[{"id":"C"}]}]"#;
        let (_, records) = read_all(input);
        let seen: Vec<(u64, Option<JsonPath>)> = records
            .into_iter()
            .map(|r| r.unwrap())
            .map(|d| (d.line, d.path))
            .collect();
        assert_eq!(
            seen,
            [
                (1, path(Some(0), 0)),
                (1, path(Some(0), 1)),
                (1, path(Some(1), 0))
            ]
        );
        assert_eq!(path(Some(1), 0).unwrap().to_string(), ".[1].data[0]");
        assert_eq!(path(None, 17).unwrap().to_string(), ".data[17]");
    }

    #[test]
    fn apple_types_only_numbers_and_other_resources_are_problems() {
        let input = r#"{"data": [
  {"type": "orgDevices", "id": "S1", "attributes": {"serialNumber": 12345678}},
  {"type": "orgDevices", "id": "S2", "attributes": {"imei": [351234567890123]}},
  {"type": "orgDevices", "id": "S3", "attributes": {"purchaseSourceId": 12345}},
  {"type": "mdmServers", "id": "S4", "attributes": {"serverName": "x"}},
  {"type": "orgDevices", "id": "S5", "attributes": {"serialNumber": "S6"}},
  {"type": "orgDevices", "id": "S7", "attributes": {"serialNumber": "s7", "addedToOrgDateTime": "2024-01-02T03:04:05Z"}}
]}"#;
        let (_, records) = read_all(input);
        let problems: Vec<(u64, Option<JsonPath>, Option<String>, String)> = records
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(|e| (e.line, e.path, e.field.clone(), e.message.clone()))
            .collect();
        let expect = |line, index, field: &str, message: &str| {
            (
                line,
                path(None, index),
                Some(field.to_owned()),
                message.to_owned(),
            )
        };
        assert_eq!(
            problems,
            [
                expect(
                    2,
                    0,
                    "serialNumber",
                    "invalid type: integer `12345678`, expected a string"
                ),
                expect(
                    3,
                    1,
                    "imei",
                    "invalid type: integer `351234567890123`, expected a string"
                ),
                expect(
                    4,
                    2,
                    "purchaseSourceId",
                    "invalid type: integer `12345`, expected a string"
                ),
                expect(
                    5,
                    3,
                    "type",
                    "`mdmServers` is not a device resource (expected `orgDevices`)"
                ),
                expect(
                    6,
                    4,
                    "id",
                    "`S5` differs from the serialNumber `S6` (a device's id is its serial number)"
                ),
            ]
        );
        // The last one is fine (the id matches in any case), and its added date is read.
        let last = records.last().unwrap().as_ref().unwrap();
        assert_eq!(
            last.added_to_org_date_time.as_deref(),
            Some("2024-01-02T03:04:05Z")
        );
    }

    /// An endless or huge input, read as the import reads it.
    fn read_source(input: impl Read + Send + 'static) -> Vec<Result<RawDevice, FormatError>> {
        let reader = Reader::new(Box::new(input), Some(FileFormat::ApiJson)).unwrap();
        reader.collect()
    }

    #[test]
    fn a_resource_over_the_limit_stops_the_document_in_bounded_memory() {
        let head = std::io::Cursor::new(b"{\"data\": [{\"id\": \"A\"},\n {\"id\": \"".to_vec());
        let records = read_source(head.chain(std::io::repeat(b'x')));
        assert_eq!(records.len(), 2);
        let err = records[1].as_ref().unwrap_err();
        assert_eq!((err.line, err.path), (2, path(None, 1)));
        assert_eq!(err.message, "too long (limit 1 MiB per device resource)");
        // A page member other than `data` is bounded too.
        let head = std::io::Cursor::new(b"{\"links\": \"".to_vec());
        let records = read_source(head.chain(std::io::repeat(b'x')));
        assert_eq!(records.len(), 1);
        assert!(
            records[0]
                .as_ref()
                .unwrap_err()
                .message
                .starts_with("too long")
        );
        let _ = RESOURCE_LIMIT;
    }

    #[test]
    fn many_small_pages_stream() {
        // 20,000 pages of 10 devices: read one resource at a time.
        let mut input = String::from("[");
        for page in 0..20_000 {
            if page > 0 {
                input.push_str(",\n");
            }
            input.push_str("{\"data\":[");
            for i in 0..10 {
                if i > 0 {
                    input.push(',');
                }
                input.push_str(&format!("{{\"id\":\"S{page}x{i}\"}}"));
            }
            input.push_str("]}");
        }
        input.push(']');
        let (_, records) = read_all(&input);
        assert_eq!(records.len(), 200_000);
        let last = records.last().unwrap().as_ref().unwrap();
        assert_eq!((last.line, last.path), (20_000, path(Some(19_999), 9)));
    }

    #[test]
    fn structure_errors_stop_the_document_where_they_are() {
        for (input, line, start) in [
            (
                "{\"data\": [{\"id\": \"A\"}]} x",
                1,
                "malformed JSON: trailing characters",
            ),
            (
                "{\"data\": [{\"id\": \"A\"},]}",
                1,
                "malformed JSON: expected a device",
            ),
            (
                "{\"data\": [],}",
                1,
                "malformed JSON: expected a member name",
            ),
            (
                "{\"data\": [], \"data\": []}",
                1,
                "malformed JSON: duplicate member `data`",
            ),
            (
                "{\"data\": {}}",
                1,
                "not an orgDevices response page: `data` is not an array",
            ),
            (
                "{\"data\": [\n{\"id\": \"A\"}",
                2,
                "malformed JSON: unexpected end of input",
            ),
            (
                "[{\"data\": []}\n{\"data\": []}]",
                2,
                "malformed JSON: expected `,` or `]`",
            ),
            ("{\"links\": {]}, \"data\": []}", 1, "malformed JSON: "),
            ("{\"data\": [{\"id\": tru}]}", 1, "malformed JSON: "),
            ("\"just a string\"", 1, "not an orgDevices response page"),
        ] {
            let records = read_source(std::io::Cursor::new(input.as_bytes().to_vec()));
            let err = records.last().unwrap().as_ref().unwrap_err();
            assert_eq!(err.line, line, "{input}: {err}");
            assert!(err.message.starts_with(start), "{input}: {err}");
        }
    }

    #[test]
    fn single_page_with_line_numbers() {
        let input = r#"{
  "data": [
    {
      "type": "orgDevices",
      "id": "C02AAA",
      "attributes": {
        "serialNumber": "C02AAA",
        "deviceModel": "MacBook Air",
        "imei": ["35 111", " 35222 "],
        "meid": [],
        "ethernetMacAddress": null,
        "purchaseSourceType": "APPLE",
        "purchaseSourceId": "0012345",
        "orderNumber": "12345",
        "status": "ASSIGNED",
        "someFutureAttribute": {"nested": [1, 2, 3]}
      }
    },
    {"type": "orgDevices", "id": "C02BBB", "attributes": {"serialNumber": "C02BBB", "color": null}}
  ],
  "links": {"self": "https://example.invalid/v1/orgDevices"},
  "meta": {"paging": {"limit": 100}}
}"#;
        let (reader, records) = read_all(input);
        assert_eq!(reader.format(), FileFormat::ApiJson);
        assert!(reader.unknown_columns().is_empty());
        let devices: Vec<RawDevice> = records.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(
            devices,
            vec![
                RawDevice {
                    line: 3,
                    path: Some(JsonPath {
                        page: None,
                        index: 0,
                    }),
                    serial_number: Some("C02AAA".into()),
                    device_model: Some("MacBook Air".into()),
                    imei: vec!["35 111".into(), "35222".into()],
                    purchase_source_type: Some("APPLE".into()),
                    purchase_source_id: Some("0012345".into()),
                    order_number: Some("12345".into()),
                    status: Some("ASSIGNED".into()),
                    ..RawDevice::default()
                },
                RawDevice {
                    line: 19,
                    path: Some(JsonPath {
                        page: None,
                        index: 1,
                    }),
                    serial_number: Some("C02BBB".into()),
                    ..RawDevice::default()
                },
            ]
        );
    }

    #[test]
    fn array_of_pages_with_line_numbers() {
        let input = "[\r\n  {\"data\": [\r\n    {\"id\": \"A\"},\r\n    {\"id\": \"B\"}]},\r\n  {\"data\": []},\r\n  {\"data\": [\r\n\r\n    {\"id\": \"C\"}\r\n  ]}\r\n]\r\n";
        let (_, records) = read_all(input);
        let seen: Vec<(u64, String)> = records
            .into_iter()
            .map(|r| r.unwrap())
            .map(|d| (d.line, d.serial_number.unwrap()))
            .collect();
        assert_eq!(
            seen,
            vec![(3, "A".into()), (4, "B".into()), (8, "C".into())]
        );
    }

    #[test]
    fn tolerant_attribute_shapes() {
        let input = r#"{"data": [
  {"type": "orgDevices", "id": "FROMID", "attributes": {
    "imei": "351;352 ; ", "meid": "A1", "ethernetMacAddress": ["aa:01", null, " "],
    "purchaseSourceUid": "R-9", "serialNumber": null, "productFamily": "  "}},
  {"type": "orgDevices", "id": "NOATTRS"},
  {"type": "orgDevices", "id": "s1", "attributes": {
    "serialNumber": " S1 ", "purchaseSourceId": "P-1", "purchaseSourceUid": "P-2"}}
]}"#;
        let (_, records) = read_all(input);
        let devices: Vec<RawDevice> = records.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(
            devices[0],
            RawDevice {
                line: 2,
                path: Some(JsonPath {
                    page: None,
                    index: 0,
                }),
                serial_number: Some("FROMID".into()),
                imei: vec!["351".into(), "352".into()],
                meid: vec!["A1".into()],
                ethernet_mac_address: vec!["aa:01".into()],
                purchase_source_id: Some("R-9".into()),
                ..RawDevice::default()
            }
        );
        assert_eq!(devices[1].serial_number.as_deref(), Some("NOATTRS"));
        assert_eq!(devices[1].line, 5);
        assert_eq!(devices[2].serial_number.as_deref(), Some("S1"));
        assert_eq!(devices[2].purchase_source_id.as_deref(), Some("P-1"));
    }

    #[test]
    fn malformed_json_is_one_error_with_its_line() {
        let input = "{\"data\": [\n  {\"id\": \"A\"},\n  {\"id\": \"B\",}\n]}\n";
        let (_, records) = read_all(input);
        // The document is streamed: the device before the error comes out first, then the
        // error, then nothing.
        assert_eq!(records.len(), 2);
        assert!(records[0].is_ok());
        let err = records[1].as_ref().unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.starts_with("malformed JSON: "), "{err}");
        assert!(!err.message.contains(" at line "), "{err}");

        let (_, records) = read_all("[{\"data\": []},\n\n{\"data\": [}]");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].as_ref().unwrap_err().line, 3);
    }

    #[test]
    fn document_that_is_not_a_page_is_an_error() {
        let (_, records) = read_all("{\"devices\": []}");
        assert_eq!(
            records,
            vec![Err(FormatError {
                line: 1,
                field: None,
                path: None,
                message: "not an orgDevices response page (expected an object with a `data` \
                          array)"
                    .into(),
            })]
        );
        let (_, records) = read_all("{\n\"data\": {\"id\": \"A\"}}");
        assert_eq!(records.len(), 1);
        let err = records[0].as_ref().unwrap_err();
        assert_eq!(err.line, 2);
        assert!(
            err.message.starts_with("not an orgDevices response page"),
            "{err}"
        );
        // The first page's devices still come out before the bad second page.
        let (_, records) = read_all("[{\"data\": [{\"id\": \"A\"}]},\n 7]");
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[0].as_ref().unwrap().serial_number.as_deref(),
            Some("A")
        );
        assert_eq!(records[1].as_ref().unwrap_err().line, 2);
    }

    #[test]
    fn wrongly_typed_attribute_is_a_record_error_and_reading_continues() {
        let input = "{\"data\": [\n  {\"id\": \"A\", \"attributes\": {\n    \"color\": \"Red\",\n    \"imei\": {\"x\": 1}}},\n  5,\n  {\"id\": \"C\"}\n]}";
        let (_, records) = read_all(input);
        assert_eq!(records.len(), 3);
        let err = records[0].as_ref().unwrap_err();
        assert_eq!((err.line, err.field.as_deref()), (4, Some("imei")));
        assert_eq!(
            err.message,
            "invalid type: map, expected an array of strings"
        );
        let err = records[1].as_ref().unwrap_err();
        assert_eq!((err.line, err.field.as_deref()), (5, None));
        assert_eq!(
            records[2].as_ref().unwrap().serial_number.as_deref(),
            Some("C")
        );
    }

    #[test]
    fn invalid_utf8_is_one_error_with_its_line() {
        let input = b"{\"data\": [\n{\"id\": \"\xFF\"}]}".to_vec();
        let reader =
            crate::formats::Reader::new(Box::new(std::io::Cursor::new(input)), None).unwrap();
        let records: Vec<_> = reader.collect();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].as_ref().unwrap_err().line, 2);
    }
}
