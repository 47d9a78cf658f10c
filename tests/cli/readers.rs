//! The import readers on input that is malformed, huge or endless (issue 8): a broken row is a
//! problem at the line where it breaks, and nothing is imported (all-or-nothing, exit 1;
//! `--skip-invalid` skips it); every line, cell and JSON document is read within a bound.

use crate::common::*;

/// The header of the issue's example: six columns.
const SIX: &str =
    "serialNumber,productFamily,deviceModel,orderNumber,purchaseSourceType,purchaseSourceId";

/// A ledger that knows the supplier of the example rows.
fn env_with_supplier() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "1234567"]);
    env
}

/// An unterminated quote that meets a later quote merges two rows into one with the right
/// field count: the csv crate alone imports one device whose model holds line 3 and drops the
/// other. It is a problem at line 2, where the quoted cell began, in both tabular formats;
/// nothing is imported, and `--skip-invalid` skips the merged row and says which lines it held.
#[test]
fn an_unterminated_quote_never_merges_rows() {
    let csv = format!(
        "{SIX}\nAAAA111111,Mac,\"MacBook,O1,APPLE,1234567\nBBBB222222,Mac,\"Mac mini\",O2,APPLE,1234567\nCCCC333333,Mac,iMac,O3,APPLE,1234567\n"
    );
    let export = "SERIAL_NO,PRODUCT_FAMILY,MODEL_NAME,ORDER_NUMBER,PURCHASE_SOURCE\n\
                  AAAA111111,Mac,\"MacBook,O1,Apple (1234567)\n\
                  BBBB222222,Mac,\"Mac mini\",O2,Apple (1234567)\n\
                  CCCC333333,Mac,iMac,O3,Apple (1234567)\n";
    for (name, text) in [("order.csv", csv.as_str()), ("export.csv", export)] {
        let env = env_with_supplier();
        env.write(name, text);
        let before = env.dump();
        let out = env.run(&["import", name]);
        assert_eq!(out.status, 1, "{out}");
        assert!(
            out.stderr.contains(&format!(
                "{name}:2: unbalanced quotes: the quoted cell that starts on this line ends on line 3"
            )),
            "{out}"
        );
        assert!(
            out.stderr.contains("lines 2-3 were read as one row"),
            "{out}"
        );
        assert_eq!(
            env.dump(),
            before,
            "{name}: a refused import changed the ledger"
        );

        let out = env.run(&["import", "--skip-invalid", name, "-o", "json"]);
        assert_eq!(out.status, 3, "{out}");
        let result: ResultDoc = out.json();
        assert_eq!((result.changed, result.skipped), (1, 1), "{out}");
        assert_eq!(result.problems.len(), 1, "{out}");
        assert_eq!(
            result.problems[0].line.as_deref(),
            Some(&*format!("{name}:2"))
        );
        let serials: Vec<Vec<String>> = env.sql("SELECT serial_number FROM devices");
        assert_eq!(serials, [["CCCC333333"]]);
    }
}

/// A quote that is never closed would swallow the rest of the file into one cell; when the
/// field count happens to be right (the quote opens the last column) that was one device with
/// the following rows in its model. It is a problem at the line where the quote opened.
#[test]
fn a_quote_never_closed_is_a_problem_where_it_opened() {
    let env = env_with_supplier();
    env.write(
        "order.csv",
        format!(
            "{SIX}\nAAAA111111,Mac,Mac,O1,APPLE,1234567\nBBBB222222,Mac,Mac,O1,APPLE,\"1234567\nCCCC333333,Mac,Mac,O1,APPLE,1234567\n"
        ),
    );
    let out = env.run(&["import", "order.csv"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains(
            "order.csv:3: unterminated quote: the quoted cell that starts on this line is never \
             closed, so everything up to the end of the input (line 5) was read as one row"
        ),
        "{out}"
    );
    assert_eq!(env.device_count(), 0);
}

/// Quoting that is balanced is read as before: a quoted cell may hold commas, doubled quotes
/// and line breaks, and the rows after it keep their line numbers. A row whose field count is
/// wrong because of a quoted line break says which lines it spans.
#[test]
fn balanced_quoting_with_line_breaks_is_read() {
    let env = env_with_supplier();
    env.write(
        "order.csv",
        format!(
            "{SIX}\r\nAAAA111111,Mac,\"MacBook \"\"Air\"\",\r\n13-inch\",O1,APPLE,1234567\r\nBBBB222222,Mac,Mac,O1,APPLE,1234567\r\n"
        ),
    );
    let out = env.run(&["import", "order.csv"]);
    assert_eq!(out.status, 0, "{out}");
    let model = env.sql("SELECT device_model FROM devices WHERE serial_number = 'AAAA111111'");
    assert_eq!(model, [["MacBook \"Air\",\r\n13-inch"]]);

    env.write(
        "short.csv",
        format!("{SIX}\nDDDD444444,Mac,\"two\nlines\",O1\nEEEE555555,Mac,Mac,O1,APPLE,1234567\n"),
    );
    let out = env.run(&["import", "short.csv"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains(
            "short.csv:2: row has 4 fields but the header has 6 (a quoted cell with line breaks \
             makes lines 2-3 one row)"
        ),
        "{out}"
    );
}

/// Runs `abmctl args…` with `head` and then `len` bytes of `fill` streamed into its stdin from
/// a thread (a generator, not a file: the input is never held whole). abmctl may stop reading
/// long before the end; the writer then meets a closed pipe and stops.
fn import_streamed(env: &TestEnv, args: &[&str], head: &[u8], fill: u8, len: u64) -> (i32, String) {
    use std::io::Write as _;
    let mut child = env
        .command(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let head = head.to_vec();
    let writer = std::thread::spawn(move || {
        let block = vec![fill; 1 << 16];
        if stdin.write_all(&head).is_err() {
            return;
        }
        let mut left = len;
        while left > 0 {
            let n = left.min(block.len() as u64) as usize;
            if stdin.write_all(&block[..n]).is_err() {
                return;
            }
            left -= n as u64;
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        stderr.len() < 4096,
        "stderr is not bounded: {} bytes",
        stderr.len()
    );
    (out.status.code().unwrap_or(-1), stderr)
}

/// Endless input (`/dev/zero`, as a file and on stdin) is refused at the row bound, naming the
/// input and line 1, instead of aborting on memory; nothing changes.
#[test]
fn endless_input_is_refused_at_the_bound() {
    let env = TestEnv::new();
    let before = env.dump();
    if std::path::Path::new("/dev/zero").exists() {
        let out = env.run(&["import", "/dev/zero"]);
        assert_eq!(out.status, 1, "{out}");
        assert!(
            out.stderr
                .contains("/dev/zero:1: too long (limit 1 MiB per row)"),
            "{out}"
        );
        let zero = std::fs::File::open("/dev/zero").unwrap();
        let out = env.command(&["import", "-"]).stdin(zero).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("<stdin>:1: too long (limit 1 MiB per row)"),
            "{stderr}"
        );
    }
    assert_eq!(env.dump(), before);
}

/// A one-line file of 20 MB, and one of 200 MB streamed through stdin, in each format: the
/// line is refused at its bound (1 MiB a row or device resource), with the line (and the JSON
/// place) named; nothing changes. Memory stays bounded (`benches/memory.sh` measures it).
#[test]
fn huge_lines_are_refused_at_the_bound() {
    let env = env_with_supplier();
    let before = env.dump();
    let mut file = format!("{SIX}\nAAAA111111,Mac,").into_bytes();
    file.resize(file.len() + 20_000_000, b'x');
    env.write("line.csv", &file);
    let out = env.run(&["import", "line.csv"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("line.csv:2: too long (limit 1 MiB per row)"),
        "{out}"
    );

    let head = format!("{SIX}\nAAAA111111,Mac,");
    let (code, stderr) =
        import_streamed(&env, &["import", "-"], head.as_bytes(), b'x', 200_000_000);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("<stdin>:2: too long (limit 1 MiB per row)"),
        "{stderr}"
    );

    let head = b"SERIAL_NO,MODEL_NAME\n\n\"";
    let (code, stderr) = import_streamed(&env, &["import", "-"], head, b'x', 200_000_000);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "<stdin>:3: too long (limit 1 MiB per row): the quoted cell that starts on line 3 is \
             not closed"
        ),
        "{stderr}"
    );

    let head = b"{\"data\": [\n{\"id\": \"AAAA111111\"},\n{\"id\": \"";
    let (code, stderr) = import_streamed(&env, &["import", "-"], head, b'x', 200_000_000);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("<stdin>:3: .data[1]: too long (limit 1 MiB per device resource)"),
        "{stderr}"
    );
    // Whitespace is no record: 50 MB of it inside a document streams through to the end.
    let (code, stderr) = import_streamed(
        &env,
        &["import", "--format", "api-json", "-"],
        b"{\"data\": [",
        b' ',
        50_000_000,
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("<stdin>:1: malformed JSON: unexpected end of input"),
        "{stderr}"
    );
    assert_eq!(env.dump(), before);
}

/// A value longer than any attribute could be is refused at its own bound, naming its column.
#[test]
fn a_huge_cell_is_refused_naming_its_column() {
    let env = env_with_supplier();
    let model = "m".repeat(5000);
    env.write(
        "order.csv",
        format!("{SIX}\nAAAA111111,Mac,{model},O1,APPLE,1234567\n"),
    );
    let out = env.run(&["import", "order.csv"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("order.csv:2: deviceModel: too long (limit 4 KiB per value)"),
        "{out}"
    );
    env.write(
        "page.json",
        format!(
            "{{\"data\": [{{\"id\": \"AAAA111111\", \"attributes\": {{\"color\": \"{model}\"}}}}]}}"
        ),
    );
    let out = env.run(&["import", "page.json"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("page.json:1: .data[0]: color: too long (limit 4 KiB per value)"),
        "{out}"
    );
    assert_eq!(env.device_count(), 0);
}

/// Excel's "CSV (Macintosh)" ends lines with a lone CR: they are line ends, in both tabular
/// formats, with a BOM, a quoted line break, and line numbers counted as an editor does. (Read
/// as one long line, the file used to import nothing and exit 0 after a warning per cell.)
#[test]
fn cr_only_line_ends_are_line_ends() {
    let env = env_with_supplier();
    let csv = format!(
        "\u{FEFF}{SIX}\rAAAA111111,Mac,\"two\rlines\",O1,APPLE,1234567\rBBBB222222,Mac,Mac,O1,APPLE,1234567\r"
    );
    env.write("mac.csv", &csv);
    let out = env.run(&["import", "mac.csv", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(result.changed, 2, "{out}");
    let export = "SERIAL_NO,PRODUCT_FAMILY,ORDER_NUMBER,PURCHASE_SOURCE\r\rCCCC333333,Mac,O2,Apple (1234567)\rBAD!,Mac,O2,Apple (1234567)\r";
    env.write("mac-export.csv", export);
    let out = env.run(&["import", "mac-export.csv"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("mac-export.csv:4: serialNumber: `BAD!`"),
        "{out}"
    );
    assert_eq!(env.device_count(), 2);
}

/// Dates are RFC 3339 or `YYYY-MM-DD`, in files and in flags alike: the leniencies of the date
/// library (an offset of +25:00, a `[zone]` annotation, a space for the `T`, no seconds) are
/// refused, in a file as a problem naming line and field, in a flag as a usage error.
#[test]
fn dates_are_rfc3339_or_a_day_in_files_and_flags() {
    let env = env_with_supplier();
    env.ok(&["mdm", "link", "Main"]);
    let header = "serialNumber,productFamily,orderDateTime,purchaseSourceType,purchaseSourceId";
    env.write(
        "dates.csv",
        format!(
            "{header}\nAAAA111111,Mac,2026-01-01T00:00:00+25:00,APPLE,1234567\n\
             BBBB222222,Mac,2026-01-01T00:00:00+01:00[America/New_York],APPLE,1234567\n\
             CCCC333333,Mac,2026-01-01 00:00:00Z,APPLE,1234567\n\
             DDDD444444,Mac,2026-01-01,APPLE,1234567\n\
             EEEE555555,Mac,2026-01-01T00:00:00.25-05:00,APPLE,1234567\n"
        ),
    );
    let out = env.run(&["import", "dates.csv", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let lines: Vec<(Option<&str>, Option<&str>)> = result
        .problems
        .iter()
        .map(|p| (p.line.as_deref(), p.field.as_deref()))
        .collect();
    let field = Some("orderDateTime");
    assert_eq!(
        lines,
        [
            (Some("dates.csv:2"), field),
            (Some("dates.csv:3"), field),
            (Some("dates.csv:4"), field)
        ]
    );
    for bad in [
        "2026-01-01T00:00:00+25:00",
        "2026-01-01T00:00:00Z[UTC]",
        "2026-01-01T00:00Z",
    ] {
        let out = env.run(&["mdm", "token", "Main", "--issued", bad]);
        assert_eq!(out.status, 2, "{bad}: {out}");
        assert!(out.stderr.contains("is not a valid timestamp"), "{out}");
        let out = env.run(&["activity", "list", "--since", bad]);
        assert_eq!(out.status, 2, "{bad}: {out}");
    }
    env.ok(&["activity", "list", "--since", "2026-01-01t00:00:00z"]);
}

/// One api-json device resource.
fn resource(serial: &str, attributes: &str) -> String {
    format!(
        "{{\"type\":\"orgDevices\",\"id\":\"{serial}\",\"attributes\":{{\"serialNumber\":\"{serial}\",\
         \"productFamily\":\"Mac\",\"purchaseSourceType\":\"APPLE\",\"purchaseSourceId\":\"1234567\"{attributes}}}}}"
    )
}

/// api-json problems say where in the document they are — the line and the device's place,
/// `.data[17]` or `.[1].data[0]` — since a minified dump is all on line 1 (issue 7 item 16);
/// wrong types (a number for a string attribute, a resource of another type, an id that is
/// not the serial) are problems there (issue 8 item 9); nothing is imported.
#[test]
fn api_json_problems_name_the_device_in_the_document() {
    let env = env_with_supplier();
    let mut data: Vec<String> = (0..17).map(|i| resource(&serial(i), "")).collect();
    data.push(resource(
        &serial(17),
        &format!(",\"imei\":[\"{}\"]", bad_imei(1)),
    ));
    data.push(resource(
        &serial(18),
        ",\"eid\":89049032000000000000000000000164",
    ));
    data.push(resource(&serial(19), "").replace("\"orgDevices\"", "\"mdmServers\""));
    data.push(resource(&serial(20), "").replacen(&serial(20), "OTHERID123", 1));
    env.write("dump.json", format!("{{\"data\":[{}]}}", data.join(",")));
    let out = env.run(&["import", "dump.json"]);
    assert_eq!(out.status, 1, "{out}");
    for expected in [
        format!("dump.json:1: .data[17]: imei: `{}` fails the IMEI Luhn check", bad_imei(1)),
        "dump.json:1: .data[18]: eid: invalid type: floating point `8.9049032e+31`, expected a string".to_string(),
        "dump.json:1: .data[19]: type: `mdmServers` is not a device resource".to_string(),
        format!("dump.json:1: .data[20]: id: `OTHERID123` differs from the serialNumber `{}`", serial(20)),
    ] {
        assert!(out.stderr.contains(&expected), "{expected}\n{out}");
    }
    assert_eq!(env.device_count(), 0);

    // In an array of pages the page is named too; JSON output carries the place in `line`.
    env.write(
        "pages.json",
        format!(
            "[{{\"data\":[{}]}},\n{{\"data\":[{}]}}]",
            resource(&serial(30), ""),
            resource("BAD!", "")
        ),
    );
    let out = env.run(&["import", "pages.json", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(result.problems.len(), 1, "{out}");
    assert_eq!(
        result.problems[0].line.as_deref(),
        Some("pages.json:2: .[1].data[0]")
    );
    assert_eq!(result.problems[0].field.as_deref(), Some("serialNumber"));
}

/// `device list -o csv` imports again without a warning (issue 7 item 18): the import knows
/// every column the list prints — the attributes, and the enrollment and sync state, which it
/// leaves alone — and the re-import changes nothing.
#[test]
fn device_list_csv_imports_again_without_warnings() {
    let env = env_with_supplier();
    env.ok(&["mdm", "link", "Main"]);
    let mut dev = Dev::apple(serial(1), "iPhone");
    dev.source_id = "1234567".into();
    dev.imei = imei(1);
    let mut other = Dev::apple(serial(2), "Mac").model("MacBook, \"Air\"");
    other.source_id = "1234567".into();
    env.write("order.csv", order_csv(&[dev, other]));
    env.ok(&["import", "order.csv"]);
    env.ok(&["assign", &serial(1), "--to", "Main"]);
    let list = env.ok(&["device", "list", "-o", "csv"]).stdout;
    env.write("list.csv", &list);
    let before = env.dump();
    let out = env.run(&["import", "list.csv"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stderr, "2 unchanged.\n", "{out}");
    // Only the activity recording the re-import (all unchanged) is new.
    assert_eq!(env.dump_except_activity(5), before, "{out}");
}

/// A file with more bad rows than a result lists (10,000) keeps its memory bounded: the result
/// lists the first 10,000 problems and says how many more there are; the counts stay exact.
/// The same for warnings: the first 20 are printed, the rest counted.
#[test]
fn bad_rows_beyond_what_a_result_lists_are_counted_not_held() {
    let env = env_with_supplier();
    let mut text = format!("{SIX}\n");
    for i in 0..10_050 {
        text.push_str(&format!("BAD{i}!,Mac,Mac,O1,APPLE,1234567\n"));
    }
    env.write("bad.csv", &text);
    let out = env.run(&["import", "bad.csv", "-o", "json"]);
    assert_eq!(out.status, 1);
    let result: ResultDoc = out.json();
    assert_eq!(result.failed, 10_050);
    assert_eq!(result.problems.len(), 10_001);
    assert_eq!(
        result.problems[10_000].message,
        "… and 50 more problems, not listed: a result lists the first 10000"
    );
    assert_eq!(
        result.problems[9_999].line.as_deref(),
        Some("bad.csv:10001")
    );

    let mut text = format!("{SIX}\n");
    for i in 0..30 {
        text.push_str(&format!("ABC{i:05},Mac,Mac,O1,APPLE,1234567\n"));
    }
    env.write("short.csv", &text);
    let out = env.run(&["import", "short.csv"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stderr.matches("unusual length").count(), 20, "{out}");
    assert!(out.stderr.contains("… and 10 more warnings"), "{out}");
}
