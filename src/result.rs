//! The result document every mutating command prints (SPEC §3), and the per-device outcomes
//! that go into the activity log.
//!
//! It only holds and counts; commands fill it, `ledger::activities` stores it, `output` prints it.

use serde::Serialize;

/// What happened to one device (or one input line) in a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The ledger changed for this device.
    Changed,
    /// Nothing to do: the device was already in the asked-for state.
    Unchanged,
    /// Refused: the reason is in the message.
    Failed,
    /// Left out by `--skip-invalid`.
    Skipped,
    /// Recorded locally and waiting for the next sync.
    Queued,
}

impl Outcome {
    /// The spelling used in the activity log and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Changed => "changed",
            Outcome::Unchanged => "unchanged",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
            Outcome::Queued => "queued",
        }
    }
}

/// One problem found in the input, named by serial or by line, and field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The device concerned, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// `file:line` when the problem is in a file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<String>,
    /// The field at fault, by its Apple attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What is wrong, and what would be right.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        if let Some(l) = &self.line {
            parts.push(l.clone());
        }
        if let Some(s) = &self.serial_number
            && self.line.is_none()
        {
            parts.push(s.clone());
        }
        if let Some(fl) = &self.field {
            parts.push(fl.clone());
        }
        if parts.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", parts.join(": "), self.message)
        }
    }
}

/// The result of a mutating command (SPEC §3).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CommandResult {
    /// The activity recorded, or null when nothing was recorded (refused).
    pub activity_id: Option<i64>,
    /// The action name, as in the activity log (`import`, `supplier.link`, …).
    pub action: String,
    /// True when the work was rolled back on purpose (`--dry-run`).
    pub dry_run: bool,
    /// Devices (or rows) the command was asked to act on.
    pub requested: u64,
    /// Devices changed.
    pub changed: u64,
    /// Devices already in the asked-for state.
    pub unchanged: u64,
    /// Changes waiting for the next sync.
    pub queued: u64,
    /// Devices or rows refused.
    pub failed: u64,
    /// Devices or rows left out by `--skip-invalid`.
    pub skipped: u64,
    /// Every problem found.
    pub problems: Vec<Problem>,
    /// Members a command adds to the contract's (sync: `pull`, `push`, `requests`, …).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
    /// Human summary for table mode (not part of the JSON contract).
    #[serde(skip)]
    pub summary: Vec<String>,
    /// Problems found but not listed in `problems` (a result lists a bounded number; the last
    /// entry then says how many more there were).
    #[serde(skip)]
    pub unlisted_problems: u64,
}

impl CommandResult {
    /// Columns of `-o csv` for a result.
    pub const CSV_HEADERS: &'static [&'static str] = &[
        "activityId",
        "action",
        "dryRun",
        "requested",
        "changed",
        "unchanged",
        "queued",
        "failed",
        "skipped",
        "problems",
    ];

    /// A result for `action` with all counts at zero.
    pub fn new(action: &str, dry_run: bool) -> Self {
        CommandResult {
            action: action.to_string(),
            dry_run,
            ..Default::default()
        }
    }

    /// Counts one outcome.
    pub fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Changed => self.changed += 1,
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Failed => self.failed += 1,
            Outcome::Skipped => self.skipped += 1,
            Outcome::Queued => self.queued += 1,
        }
    }

    /// Every problem found, listed or not.
    pub fn problems_found(&self) -> u64 {
        let marker = u64::from(self.unlisted_problems > 0);
        self.problems.len() as u64 - marker + self.unlisted_problems
    }

    /// The exit code this result calls for: 1 when refused, 3 when partly applied.
    pub fn exit(&self) -> crate::error::Exit {
        use crate::error::Exit;
        let applied = self.changed + self.unchanged + self.queued;
        if (self.failed > 0 || self.skipped > 0) && applied == 0 {
            // Nothing was applied: refused, even when `--skip-invalid` skipped everything.
            Exit::Failure
        } else if self.failed > 0 || self.skipped > 0 {
            Exit::Partial
        } else {
            Exit::Success
        }
    }

    /// The human sentences for table mode. A dry run's are phrased as what would happen
    /// ("Would assign 3 devices to A (dry run: nothing was changed).").
    pub fn sentences(&self) -> Vec<String> {
        if !self.dry_run {
            return self.summary.clone();
        }
        let mut lines: Vec<String> = self.summary.iter().map(|s| would(s)).collect();
        match lines.first_mut() {
            Some(first) => {
                let stem = first.strip_suffix('.').unwrap_or(first).to_string();
                *first = format!("{stem} (dry run: nothing was changed).");
            }
            None => lines.push("Dry run: nothing was changed.".to_string()),
        }
        lines
    }

    /// The CSV cells matching `CSV_HEADERS`; problems are joined by ` | `.
    pub fn csv_cells(&self) -> Vec<String> {
        vec![
            self.activity_id.map(|i| i.to_string()).unwrap_or_default(),
            self.action.clone(),
            self.dry_run.to_string(),
            self.requested.to_string(),
            self.changed.to_string(),
            self.unchanged.to_string(),
            self.queued.to_string(),
            self.failed.to_string(),
            self.skipped.to_string(),
            self.problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" | "),
        ]
    }
}

/// "1 device" / "2 devices".
pub fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The verbs of result sentences, done and would-be: a dry run says what would happen.
const WOULD: [(&str, &str); 19] = [
    ("Assigned", "Would assign"),
    ("Reassigned", "Would reassign"),
    ("Unassigned", "Would unassign"),
    ("Released", "Would release"),
    ("Added", "Would add"),
    ("Linked", "Would link"),
    ("Unlinked", "Would unlink"),
    ("Imported", "Would import"),
    ("Recorded", "Would record"),
    ("Enrolled", "Would enroll"),
    ("Unenrolled", "Would unenroll"),
    ("Removed", "Would remove"),
    ("Verified", "Would verify"),
    ("Issued", "Would issue"),
    ("Set", "Would set"),
    ("Queued", "Would queue"),
    ("added", "add"),
    ("updated", "update"),
    ("skipped", "skip"),
];

/// `sentence` as a would-be: its leading verb, and those after a comma ("Added 2 devices,
/// updated 1 device" → "Would add 2 devices, update 1 device").
fn would(sentence: &str) -> String {
    sentence
        .split(", ")
        .enumerate()
        .map(|(i, part)| {
            let found = WOULD.iter().find(|(done, _)| {
                part.strip_prefix(done)
                    .is_some_and(|rest| rest.starts_with(' ') || rest.is_empty())
                    && (i == 0) == done.starts_with(char::is_uppercase)
            });
            match found {
                Some((done, then)) => format!("{then}{}", &part[done.len()..]),
                None => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dry_runs_say_what_would_happen() {
        let mut r = CommandResult::new("assign", true);
        r.summary = vec![
            "Assigned 3 devices to A.".to_string(),
            "1 device was already in that state.".to_string(),
        ];
        assert_eq!(
            r.sentences(),
            [
                "Would assign 3 devices to A (dry run: nothing was changed).",
                "1 device was already in that state."
            ]
        );
        assert_eq!(
            would("Added 2 devices (1 pending), updated 1 device, 2 unchanged."),
            "Would add 2 devices (1 pending), update 1 device, 2 unchanged."
        );
        assert_eq!(
            would("Released 4 devices from the organisation."),
            "Would release 4 devices from the organisation."
        );
        r.summary.clear();
        assert_eq!(r.sentences(), ["Dry run: nothing was changed."]);
        r.dry_run = false;
        r.summary = vec!["Assigned 1 device to A.".to_string()];
        assert_eq!(r.sentences(), ["Assigned 1 device to A."]);
    }
}
