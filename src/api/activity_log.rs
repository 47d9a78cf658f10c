//! The per-device CSV log behind an activity's `downloadUrl` (§6.2). Apple does not document
//! its columns; this project's contract is `serial_number,operation_status,operation_substatus`
//! (issue 10), written by the sandbox and read by the sync client.

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};

/// One device's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogLine {
    /// The serial number as sent.
    pub serial_number: String,
    /// `SUCCESS` or `FAILED`.
    pub operation_status: String,
    /// Why, in a word (`COMPLETED`, `DEVICE_NOT_FOUND`, …) or a sentence.
    pub operation_substatus: String,
}

/// The log's text, with its header line.
pub fn write(lines: &[LogLine]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for line in lines {
        w.serialize(line)?;
    }
    if lines.is_empty() {
        w.write_record(["serial_number", "operation_status", "operation_substatus"])?;
    }
    let bytes = w.into_inner().context("cannot write the activity log")?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads a log.
pub fn read(text: &str) -> Result<Vec<LogLine>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.deserialize()
        .map(|l| l.context("not an activity log line"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written and read back; the header names the three columns.
    #[test]
    fn round_trips() {
        let lines = vec![LogLine {
            serial_number: "C02X".into(),
            operation_status: "FAILED".into(),
            operation_substatus: "DEVICE_NOT_FOUND, or so".into(),
        }];
        let text = write(&lines).unwrap();
        assert!(text.starts_with("serial_number,operation_status,operation_substatus\n"));
        assert_eq!(read(&text).unwrap(), lines);
        assert_eq!(read(&write(&[]).unwrap()).unwrap(), vec![]);
    }
}
