//! The `api-json` format: a saved `GET /v1/orgDevices` response page
//! (`{"data":[{"type":"orgDevices","id":"SERIAL","attributes":{...}}, ...], "links":..., "meta":...}`)
//! or a JSON array of such pages.
//!
//! Unlike the tabular formats this one is read into memory whole: JSON has no record boundaries
//! a streaming reader could resync on, and saved API pages are small. Loading only checks the
//! document's shape and notes where each device resource lies (byte span and line); each resource
//! is decoded when it is asked for, so the memory held is the text plus a few words per device.
//!
//! This file owns JSON parsing, the mapping of attribute names (the attribute table's, with their
//! aliases) and line numbers for JSON values. It must NOT validate values and must NOT reject
//! unknown attributes (Apple adds attributes without versioning): any attribute may be absent or
//! null.

use std::fmt;
use std::io::Read;

use anyhow::Context;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::{FormatError, RawDevice, Source, clean, push_split};
use crate::model::attributes::{Attr, RawMut};

/// Where one item of a page's `data` array lies in the text.
struct Span {
    start: usize,
    end: usize,
    line: u64,
}

/// The device resources of a loaded document, decoded one at a time.
pub(super) struct JsonRows {
    text: String,
    spans: Vec<Span>,
    next: usize,
    /// A document-level problem found after the spans before it; returned last, then reading stops.
    tail: Option<FormatError>,
}

impl JsonRows {
    /// Reads the whole input and locates every device resource. Only I/O failures are errors
    /// here; problems with the document itself come out of [`JsonRows::next_record`], with their
    /// line, like every other format's.
    pub(super) fn load(mut source: Source) -> anyhow::Result<JsonRows> {
        let mut bytes = Vec::new();
        source
            .read_to_end(&mut bytes)
            .context("cannot read the input")?;
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let bad = err.utf8_error().valid_up_to();
                let line = 1 + count_newlines(err.as_bytes().get(..bad).unwrap_or_default());
                return Ok(JsonRows {
                    text: String::new(),
                    spans: Vec::new(),
                    next: 0,
                    tail: Some(FormatError {
                        line,
                        field: None,
                        message: "the JSON document is not valid UTF-8".into(),
                    }),
                });
            }
        };
        let (spans, tail) = locate(&text);
        Ok(JsonRows {
            text,
            spans,
            next: 0,
            tail,
        })
    }

    /// Next device. A resource whose own shape is wrong (e.g. `"imei": 5`) is an error for that
    /// record only and the following resources are still read; a document-level error (malformed
    /// JSON, not a page) is the last thing returned.
    pub(super) fn next_record(&mut self) -> Option<Result<RawDevice, FormatError>> {
        let Some(span) = self.spans.get(self.next) else {
            return self.tail.take().map(Err);
        };
        self.next += 1;
        let item = self.text.get(span.start..span.end).unwrap_or_default();
        Some(decode(item, span.line))
    }
}

/// Incremental newline counter: offsets are asked for in increasing order, so the whole
/// document is scanned once however many devices it holds.
struct LineCounter<'a> {
    text: &'a str,
    pos: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            pos: 0,
            line: 1,
        }
    }

    /// The 1-based line of `part`, a slice borrowed from the counter's text.
    fn line_of(&mut self, part: &str) -> u64 {
        let offset = offset_in(self.text, part);
        if offset < self.pos {
            // Not expected (serde yields values in document order); restarting keeps it correct.
            self.pos = 0;
            self.line = 1;
        }
        self.line += count_newlines(
            self.text
                .as_bytes()
                .get(self.pos..offset)
                .unwrap_or_default(),
        );
        self.pos = offset;
        self.line
    }
}

/// Byte offset of `part` inside `whole`. serde_json hands out `RawValue`s that borrow from the
/// text they were parsed from, so the pointer difference is the position in the file.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

#[derive(Deserialize)]
struct Page<'a> {
    #[serde(borrow, default)]
    data: Option<Vec<&'a RawValue>>,
}

/// Finds every device resource of the document; stops at the first document-level problem.
fn locate(text: &str) -> (Vec<Span>, Option<FormatError>) {
    let mut spans = Vec::new();
    let mut lines = LineCounter::new(text);
    let body = text.trim_start();
    if body.starts_with('[') {
        let pages: Vec<&RawValue> = match serde_json::from_str(text) {
            Ok(pages) => pages,
            Err(err) => return (spans, Some(json_error(&err, 1, "malformed JSON"))),
        };
        for page in pages {
            let line = lines.line_of(page.get());
            if let Err(err) = locate_page(page.get(), line, &mut lines, &mut spans) {
                return (spans, Some(err));
            }
        }
    } else if let Err(err) = locate_page(text, 1, &mut lines, &mut spans) {
        return (spans, Some(err));
    }
    (spans, None)
}

/// Records the spans of one page's `data` items. `page` is a slice of the counter's text that
/// starts on line `page_line`.
fn locate_page(
    page: &str,
    page_line: u64,
    lines: &mut LineCounter<'_>,
    spans: &mut Vec<Span>,
) -> Result<(), FormatError> {
    let not_a_page = |line| FormatError {
        line,
        field: None,
        message: "not an orgDevices response page (expected an object with a `data` array)".into(),
    };
    if !page.trim_start().starts_with('{') {
        // Syntax errors are still worth serde_json's exact message and position.
        return match serde_json::from_str::<&RawValue>(page) {
            Err(err) => Err(json_error(&err, page_line, "malformed JSON")),
            Ok(_) => Err(not_a_page(page_line)),
        };
    }
    let parsed: Page<'_> = serde_json::from_str(page).map_err(|err| {
        let context = if err.is_data() {
            "not an orgDevices response page"
        } else {
            "malformed JSON"
        };
        json_error(&err, page_line, context)
    })?;
    let Some(data) = parsed.data else {
        return Err(not_a_page(page_line));
    };
    for item in data {
        let start = offset_in(lines.text, item.get());
        spans.push(Span {
            start,
            end: start + item.get().len(),
            line: lines.line_of(item.get()),
        });
    }
    Ok(())
}

/// A serde_json error as a FormatError; `base_line` is the line the parsed slice starts on.
fn json_error(err: &serde_json::Error, base_line: u64, context: &str) -> FormatError {
    FormatError {
        line: base_line + (err.line().max(1) as u64 - 1),
        field: None,
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

#[derive(Deserialize)]
struct Resource<'a> {
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

/// Decodes one `data` item (`item` is its text, starting on `line`).
fn decode(item: &str, line: u64) -> Result<RawDevice, FormatError> {
    let shape_error = |field: Option<&str>, err: &serde_json::Error| FormatError {
        line: line + (err.line().max(1) as u64 - 1),
        field: field.map(str::to_owned),
        message: bare_message(err),
    };
    if !item.trim_start().starts_with('{') {
        return Err(FormatError {
            line,
            field: None,
            message: "expected a device resource object".into(),
        });
    }
    let resource: Resource<'_> =
        serde_json::from_str(item).map_err(|err| shape_error(None, &err))?;
    let attributes: Attributes<'_> = match resource.attributes {
        None => Attributes::default(),
        Some(raw) => {
            let raw_line = line + count_newlines(before(item, raw.get()));
            if !raw.get().starts_with('{') {
                return Err(FormatError {
                    line: raw_line,
                    field: Some("attributes".into()),
                    message: "expected an object".into(),
                });
            }
            serde_json::from_str(raw.get()).map_err(|err| FormatError {
                line: raw_line + (err.line().max(1) as u64 - 1),
                field: Some("attributes".into()),
                message: bare_message(&err),
            })?
        }
    };

    // Both helpers locate the value inside `item` so a type error names its own line.
    let value_error = |name: &str, raw: &RawValue, err: serde_json::Error| FormatError {
        line: line + count_newlines(before(item, raw.get())) + (err.line().max(1) as u64 - 1),
        field: Some(name.to_owned()),
        message: bare_message(&err),
    };
    let text = |name: &str, raw: Option<&RawValue>| -> Result<Option<String>, FormatError> {
        match raw {
            None => Ok(None),
            Some(raw) => serde_json::from_str::<Text>(raw.get())
                .map(|t| t.0)
                .map_err(|err| value_error(name, raw, err)),
        }
    };
    let list = |name: &str, raw: Option<&RawValue>| -> Result<Vec<String>, FormatError> {
        match raw {
            None => Ok(Vec::new()),
            Some(raw) => serde_json::from_str::<List>(raw.get())
                .map(|l| l.0)
                .map_err(|err| value_error(name, raw, err)),
        }
    };

    let mut device = RawDevice {
        line,
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
                if field.is_none() && attr == Attr::SerialNumber {
                    // The resource id *is* the serial number in Apple's API.
                    *field = text("id", resource.id)?;
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
    Ok(device)
}

/// The part of `whole` that precedes `part` (a slice of it).
fn before<'a>(whole: &'a str, part: &str) -> &'a [u8] {
    whole
        .as_bytes()
        .get(..offset_in(whole, part))
        .unwrap_or_default()
}

/// A scalar attribute as text. Numbers and booleans are accepted as their JSON spelling
/// (a hand-edited `"orderNumber": 12345` is still an order number); null and blank are None.
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
        Ok(clean(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// A multi-valued attribute (`imei`, `meid`, `ethernetMacAddress`): an array, but a bare string
/// is tolerated and split on `;` like a csv cell; blank entries are dropped.
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
        f.write_str("a string or an array of strings")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let mut out = Vec::new();
        push_split(&mut out, v);
        Ok(out)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string()])
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string()])
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Text(value)) = seq.next_element()? {
            out.extend(value);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::formats::{FileFormat, FormatError, RawDevice, read_all};

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
        "orderNumber": 12345,
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
  {"type": "orgDevices", "id": "BOTH", "attributes": {
    "serialNumber": " S1 ", "purchaseSourceId": "P-1", "purchaseSourceUid": "P-2"}}
]}"#;
        let (_, records) = read_all(input);
        let devices: Vec<RawDevice> = records.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(
            devices[0],
            RawDevice {
                line: 2,
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
        assert_eq!(records.len(), 1);
        let err = records[0].as_ref().unwrap_err();
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
            "invalid type: map, expected a string or an array of strings"
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
