//! `--format xlsx` of `list`, `due` and `stats`: a workbook written
//! atomically to `-o FILE` or into a pipe, never onto a plan or a terminal,
//! identity numbers redacted. tests/xlsx/roundtrip.py (CI) reads the
//! workbooks back with openpyxl, cell for cell against the JSON output.

use std::io::Read;

use super::support::Test;

/// A file of the workbook (a zip archive), as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn repository() -> Test {
    Test::new().plan(
        "2026-0042.sip.yaml",
        &[("Tolvan Tolvansson", "Åsa Öberg-Tolvansson (19121212-1212)")],
    )
}

#[test]
fn list_writes_a_workbook_with_dates_as_dates_and_no_identity_number() {
    let test = repository().args(&["list", "--format", "xlsx", "-o", "planer.xlsx"]);
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains("planer.xlsx"), "{}", out.stderr);
    let bytes = std::fs::read(test.path().join("planer.xlsx")).unwrap();
    let strings = part(&bytes, "xl/sharedStrings.xml");
    assert!(
        strings.contains("Åsa Öberg-Tolvansson ([personnummer])"),
        "{strings}"
    );
    assert!(!strings.contains("1212-1212"), "{strings}");
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    // Frozen header, autofilter over header and the one row, widths set.
    assert!(
        sheet.contains(r#"<pane ySplit="1" topLeftCell="A2""#),
        "{sheet}"
    );
    assert!(sheet.contains(r#"<autoFilter ref="A1:J2"/>"#), "{sheet}");
    assert!(sheet.contains("<cols>"), "{sheet}");
    // next_follow_up (column I) is a number with a date format, not text.
    let follow_up = sheet.split(r#"<c r="I2""#).nth(1).unwrap();
    assert!(
        follow_up.starts_with(r#" s="2"><v>46093</v>"#),
        "{follow_up}"
    );
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("yyyy-mm-dd"), "{styles}");
    let workbook = part(&bytes, "xl/workbook.xml");
    assert!(workbook.contains(r#"name="plans""#), "{workbook}");
}

#[test]
fn into_a_pipe_the_workbook_goes_to_stdout() {
    let test = repository();
    let out = assert_cmd::Command::cargo_bin("sip")
        .unwrap()
        .current_dir(test.path())
        .args(["due", "--as-of", "2026-03-20", "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(&out.stdout[..2], b"PK");
    let sheet = part(&out.stdout, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<autoFilter"), "{sheet}");
}

#[test]
fn stats_writes_a_workbook() {
    let test = repository().args(&["stats", "--format", "xlsx", "-o", "s.xlsx"]);
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let bytes = std::fs::read(test.path().join("s.xlsx")).unwrap();
    let strings = part(&bytes, "xl/sharedStrings.xml");
    assert!(
        strings.contains("measure") && strings.contains("S1"),
        "{strings}"
    );
}

#[test]
fn output_needs_xlsx_and_never_replaces_a_plan() {
    let out = repository()
        .args(&["list", "--format", "csv", "-o", "x.csv"])
        .run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--format xlsx"), "{}", out.stderr);

    let test = repository().args(&["due", "--format", "xlsx", "-o", "plans/2026-0042.sip.yaml"]);
    let before = std::fs::read(test.path().join("plans/2026-0042.sip.yaml")).unwrap();
    let out = test.run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("plan file"), "{}", out.stderr);
    let after = std::fs::read(test.path().join("plans/2026-0042.sip.yaml")).unwrap();
    assert_eq!(before, after);

    let out = repository()
        .args(&["list", "--format", "xlsx", "-o", "19121212-1212.xlsx"])
        .run();
    assert_eq!(out.code, 2);
    assert!(!out.stderr.contains("1212-1212"), "{}", out.stderr);
}

/// `-o` onto a device, a pipe or a folder is refused: the atomic rename
/// would replace it with a regular file (as root, even `/dev/null`). A FIFO
/// in the test's own folder stands in for the device.
#[cfg(unix)]
#[test]
fn output_is_never_written_over_what_is_not_a_file() {
    let test = repository();
    let fifo = test.path().join("pipe.xlsx");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::fs::create_dir(test.path().join("folder.xlsx")).unwrap();
    for (command, target) in [
        ("list", "pipe.xlsx"),
        ("due", "folder.xlsx"),
        ("stats", "pipe.xlsx"),
    ] {
        let out = Test::at(test.path())
            .args(&[command, "--format", "xlsx", "-o", target])
            .run();
        assert_eq!(out.code, 2, "{command} -o {target}: {}", out.stderr);
        assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(test.path().join("folder.xlsx").is_dir());
}
