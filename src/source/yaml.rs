//! YAML text → JSON value, with the position of every value and key.
//!
//! Built on saphyr-parser's event stream rather than a serde deserializer:
//! one pass gives both the JSON value the schema validator needs and the
//! positions every finding needs. The loader uses an explicit stack (no
//! recursion), so hostile input cannot overflow the call stack, and it bounds
//! what YAML lets a small file become:
//! - nesting deeper than [`MAX_DEPTH`] is an error;
//! - more than [`MAX_VALUES`] values in all, counting every alias at its full
//!   expanded size *before* it is copied, is an error ("billion laughs");
//! - duplicate keys, non-text keys, a second document and unknown tags are errors.
//!
//! Scalars are resolved by the YAML 1.2 core schema: `yes`/`no` are text, a
//! date such as `2026-01-08` is text (the plan types parse it as a date).

use crate::config::Lang;
use crate::i18n::{Catalogue, Message};
use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span, Tag};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use super::Pos;
use super::pointer::{escape, unescape};

/// Deepest nesting of lists and mappings a plan may use.
pub const MAX_DEPTH: usize = 64;
/// Most values one document may hold, aliases counted at their expanded size.
pub const MAX_VALUES: usize = 100_000;

/// A parsed YAML document: its JSON value and a tree of positions of the same shape.
#[derive(Debug)]
pub struct Document {
    pub value: Value,
    pub tree: Node,
}

/// Where a value stands in the source, and where its children stand.
#[derive(Clone, Debug)]
pub struct Node {
    pub pos: Pos,
    pub kind: NodeKind,
}

#[derive(Clone, Debug)]
pub enum NodeKind {
    Scalar,
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// One key of a mapping: the key's own position and its value's node. The
/// key's text is in the JSON value; entries are in the same order as its keys.
#[derive(Clone, Debug)]
pub struct Entry {
    pub key_pos: Pos,
    pub value: Node,
}

/// The text is not a YAML document sip can read: where, and what is wrong
/// in plain words (a catalogue message, `yaml-…`), the parser's own wording
/// kept only as a detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: Message,
}

impl YamlError {
    /// The message in a language.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        catalogue.message(&self.message)
    }
}

impl fmt::Display for YamlError {
    /// In English, with the position in front.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.pos,
            self.say(Catalogue::built_in(Lang::En))
        )
    }
}

impl Document {
    /// The position of the value at a JSON pointer. Where the pointer leads
    /// past the document (a missing key), the position of the deepest value
    /// that exists: the mapping that lacks the key.
    pub fn locate(&self, pointer: &str) -> Pos {
        self.walk(pointer).0.pos
    }

    /// The position of the key the pointer's last segment names, for findings
    /// about the key itself (an unknown key). Falls back to [`Self::locate`].
    pub fn locate_key(&self, pointer: &str) -> Pos {
        match self.walk(pointer) {
            (_, Some(key_pos)) => key_pos,
            (node, None) => node.pos,
        }
    }

    /// The JSON pointer of the last value, in document order, that starts on
    /// or before `line`: where a finding about a line of text belongs.
    pub fn pointer_at(&self, line: u32) -> String {
        let mut best = String::new();
        let mut stack: Vec<(&Node, &Value, String)> =
            vec![(&self.tree, &self.value, String::new())];
        while let Some((node, value, pointer)) = stack.pop() {
            if node.pos.line > line {
                continue;
            }
            match (&node.kind, value) {
                (NodeKind::Map(entries), Value::Object(map)) => {
                    for ((key, child), entry) in map.iter().zip(entries).rev() {
                        stack.push((&entry.value, child, format!("{pointer}/{}", escape(key))));
                    }
                }
                (NodeKind::Seq(items), Value::Array(values)) => {
                    for (i, (item, child)) in items.iter().zip(values).enumerate().rev() {
                        stack.push((item, child, format!("{pointer}/{i}")));
                    }
                }
                _ => {}
            }
            best = pointer;
        }
        best
    }

    fn walk(&self, pointer: &str) -> (&Node, Option<Pos>) {
        let mut node = &self.tree;
        let mut value = &self.value;
        let mut key_pos = None;
        for segment in pointer.split('/').skip(1) {
            let segment = unescape(segment);
            let next = match (&node.kind, value) {
                (NodeKind::Map(entries), Value::Object(map)) => map
                    .iter()
                    .position(|(k, _)| *k == segment)
                    .and_then(|i| Some((entries.get(i)?, map.get(segment.as_ref())?)))
                    .map(|(e, v)| (&e.value, v, Some(e.key_pos))),
                (NodeKind::Seq(items), Value::Array(values)) => segment
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| Some((items.get(i)?, values.get(i)?)))
                    .map(|(n, v)| (n, v, None)),
                _ => None,
            };
            match next {
                Some((child, child_value, pos)) => {
                    node = child;
                    value = child_value;
                    key_pos = pos;
                }
                None => return (node, None),
            }
        }
        (node, key_pos)
    }
}

/// A finished value on its way up the stack: the JSON value, its node, and
/// how many values it holds (for the alias budget).
struct Built {
    value: Value,
    node: Node,
    size: usize,
}

enum Frame {
    Seq {
        anchor: usize,
        pos: Pos,
        values: Vec<Value>,
        nodes: Vec<Node>,
        size: usize,
    },
    Map {
        anchor: usize,
        pos: Pos,
        map: Map<String, Value>,
        entries: Vec<Entry>,
        key: Option<(String, Pos)>,
        size: usize,
    },
}

/// Parses one YAML document whose root is a mapping, with the position of
/// every value.
pub fn parse(text: &str) -> Result<Document, YamlError> {
    Loader {
        positions: true,
        ..Loader::default()
    }
    .run(text)
}

/// Parses like [`parse`], with the same bounds and errors, but builds only the
/// value: for commands that read plans without reporting on their lines.
pub fn parse_value(text: &str) -> Result<Value, YamlError> {
    Loader::default().run(text).map(|doc| doc.value)
}

#[derive(Default)]
struct Loader {
    /// Build the tree of positions (off: only the value).
    positions: bool,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Built>,
    values: usize,
    root: Option<Built>,
    documents: usize,
}

fn pos_of(span: &Span) -> Pos {
    Pos::new(span.start.line(), span.start.col() + 1)
}

/// A parser error in plain words: what usually causes it, by the parser's
/// wording and the line it stopped at; the parser's text as a detail.
fn scan_error(err: &ScanError, text: &str) -> YamlError {
    let info = err.info();
    let pos = Pos::new(err.marker().line(), err.marker().col() + 1);
    let line = text
        .lines()
        .nth(pos.line.saturating_sub(1) as usize)
        .unwrap_or_default();
    let above = pos
        .line
        .checked_sub(2)
        .and_then(|i| text.lines().nth(i as usize))
        .unwrap_or_default();
    let indent = |l: &str| {
        l.chars()
            .take_while(|c| c.is_whitespace())
            .collect::<String>()
    };
    let id = if indent(line).contains('\t') || indent(above).contains('\t') || info.contains("tab")
    {
        "yaml-tab"
    } else if info.contains("quoted scalar")
        || info.contains("unexpected end of stream") && (line.contains('"') || line.contains('\''))
    {
        "yaml-unclosed-quote"
    } else if info.contains("mapping values are not allowed") {
        "yaml-colon-in-value"
    } else if info.contains("expect ':'")
        || info.contains("expected ':'")
        || info.contains("could not find expected ':'")
    {
        "yaml-missing-colon"
    } else if info.contains("did not find expected")
        || info.contains("while parsing a block")
        || info.contains("indentation")
    {
        "yaml-indentation"
    } else if info.contains("flow") || unclosed_bracket(text, pos.line) {
        "yaml-brackets"
    } else {
        "yaml-syntax"
    };
    YamlError {
        pos,
        message: Message::new(id).arg("detail", info.to_owned()),
    }
}

/// Whether one of the few lines up to `line` opens a `[` or `{` it does
/// not close (a flow list or mapping left open).
fn unclosed_bracket(text: &str, line: u32) -> bool {
    let end = line as usize;
    let start = end.saturating_sub(5);
    text.lines().skip(start).take(end - start).any(|l| {
        let l = l.split(" #").next().unwrap_or_default();
        l.matches('[').count() > l.matches(']').count()
            || l.matches('{').count() > l.matches('}').count()
    })
}

fn error<T>(pos: Pos, message: Message) -> Result<T, YamlError> {
    Err(YamlError { pos, message })
}

/// The first control character YAML does not allow in a file (C0 but tab,
/// line feed and carriage return; DEL; C1 but NEL), with where it stands.
fn raw_control(text: &str) -> Option<(Pos, u32)> {
    let bad =
        |c: char| (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}')) || c == '\u{7f}';
    // Most files have none: a byte scan finds that fast.
    let suspicious = text
        .bytes()
        .any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f || b == 0xc2);
    if !suspicious {
        return None;
    }
    let (offset, c) = text.char_indices().find(|(_, c)| bad(*c))?;
    Some((Pos::at_offset(text, offset), u32::from(c)))
}

/// The first line of an unresolved merge conflict (`<<<<<<<`, `=======`,
/// `>>>>>>>` at the start of a line), if the text has one.
fn conflict_marker(text: &str) -> Option<Pos> {
    if !text.contains("<<<<<<<") && !text.contains(">>>>>>>") {
        return None;
    }
    text.lines().enumerate().find_map(|(i, line)| {
        let marker = line.starts_with("<<<<<<<")
            || line.starts_with(">>>>>>>")
            || line.starts_with("|||||||")
            || line.trim_end() == "=======";
        marker.then(|| Pos::new(i + 1, 1))
    })
}

impl Loader {
    fn run(mut self, text: &str) -> Result<Document, YamlError> {
        if let Some(pos) = conflict_marker(text) {
            return error(pos, Message::new("yaml-conflict"));
        }
        if !text.contains('\n') && text.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
            return error(Pos::START, Message::new("yaml-odd-line-breaks"));
        }
        if let Some((pos, code)) = raw_control(text) {
            return error(
                pos,
                Message::new("yaml-control").arg("code", format!("U+{code:04X}")),
            );
        }
        let mut parser = Parser::new_from_str(text);
        while let Some(event) = parser.next_event() {
            let (event, span) = event.map_err(|e| scan_error(&e, text))?;
            let pos = pos_of(&span);
            match event {
                Event::DocumentStart(_) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return error(pos, Message::new("yaml-second-document"));
                    }
                }
                Event::Scalar(text, style, anchor, tag) => {
                    if self.expects_key() {
                        self.take_key(text.into_owned(), pos)?;
                    } else {
                        let value = resolve(text, style, tag.as_deref(), pos)?;
                        self.count(1, pos)?;
                        let built = Built {
                            value,
                            node: Node {
                                pos,
                                kind: NodeKind::Scalar,
                            },
                            size: 1,
                        };
                        self.finish(anchor, built)?;
                    }
                }
                Event::SequenceStart(anchor, _) => {
                    self.open(pos)?;
                    self.stack.push(Frame::Seq {
                        anchor,
                        pos,
                        values: Vec::new(),
                        nodes: Vec::new(),
                        size: 1,
                    });
                }
                Event::MappingStart(anchor, _) => {
                    self.open(pos)?;
                    self.stack.push(Frame::Map {
                        anchor,
                        pos,
                        map: Map::new(),
                        entries: Vec::new(),
                        key: None,
                        size: 1,
                    });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let (anchor, built) = match self.stack.pop() {
                        Some(Frame::Seq {
                            anchor,
                            pos,
                            values,
                            nodes,
                            size,
                        }) => (
                            anchor,
                            Built {
                                value: Value::Array(values),
                                node: Node {
                                    pos,
                                    kind: NodeKind::Seq(nodes),
                                },
                                size,
                            },
                        ),
                        Some(Frame::Map {
                            anchor,
                            pos,
                            map,
                            entries,
                            size,
                            ..
                        }) => (
                            anchor,
                            Built {
                                value: Value::Object(map),
                                node: Node {
                                    pos,
                                    kind: NodeKind::Map(entries),
                                },
                                size,
                            },
                        ),
                        None => return error(pos, Message::new("yaml-unbalanced")),
                    };
                    self.finish(anchor, built)?;
                }
                Event::Alias(id) => {
                    if self.expects_key() {
                        return error(pos, Message::new("yaml-alias-key"));
                    }
                    let Some(size) = self.anchors.get(&id).map(|t| t.size) else {
                        return error(pos, Message::new("yaml-unknown-alias"));
                    };
                    // Count before copying: a "billion laughs" file fails here
                    // without ever allocating its expansion.
                    self.count(size, pos)?;
                    let target = &self.anchors[&id];
                    let built = Built {
                        value: target.value.clone(),
                        node: relocate(&target.node, pos),
                        size,
                    };
                    self.finish(0, built)?;
                }
                Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
            }
        }
        match self.root {
            Some(Built {
                value: value @ Value::Object(_),
                node,
                ..
            }) => Ok(Document { value, tree: node }),
            Some(Built { node, .. }) => error(node.pos, Message::new("yaml-not-mapping")),
            None if text.contains(['\u{85}', '\u{2028}', '\u{2029}']) => {
                error(Pos::START, Message::new("yaml-odd-line-breaks"))
            }
            None if !text.trim().is_empty() => {
                error(Pos::START, Message::new("yaml-only-comments"))
            }
            None => error(Pos::START, Message::new("yaml-empty")),
        }
    }

    fn expects_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    fn take_key(&mut self, key: String, pos: Pos) -> Result<(), YamlError> {
        if let Some(Frame::Map {
            map,
            entries,
            key: slot,
            ..
        }) = self.stack.last_mut()
        {
            // `contains_key` is a hash lookup: a mapping of many keys stays
            // linear; the first key's place is looked for only on a duplicate.
            if map.contains_key(&key)
                && let Some(index) = map.keys().position(|k| *k == key)
            {
                // Without positions (a value-only parse) the first key's line is unknown.
                let message = match entries.get(index) {
                    Some(e) => Message::new("yaml-duplicate-key-at")
                        .arg("key", key.as_str())
                        .arg("line", e.key_pos.line),
                    None => Message::new("yaml-duplicate-key").arg("key", key.as_str()),
                };
                return error(pos, message);
            }
            *slot = Some((key, pos));
        }
        Ok(())
    }

    fn open(&mut self, pos: Pos) -> Result<(), YamlError> {
        if self.expects_key() {
            return error(pos, Message::new("yaml-collection-key"));
        }
        if self.stack.len() >= MAX_DEPTH {
            return error(pos, Message::new("yaml-too-deep").arg("limit", MAX_DEPTH));
        }
        self.count(1, pos)
    }

    fn count(&mut self, n: usize, pos: Pos) -> Result<(), YamlError> {
        self.values = self.values.saturating_add(n);
        if self.values > MAX_VALUES {
            return error(pos, Message::new("yaml-too-many").arg("limit", MAX_VALUES));
        }
        Ok(())
    }

    fn finish(&mut self, anchor: usize, built: Built) -> Result<(), YamlError> {
        if anchor != 0 {
            let copy = Built {
                value: built.value.clone(),
                node: built.node.clone(),
                size: built.size,
            };
            self.anchors.insert(anchor, copy);
        }
        match self.stack.last_mut() {
            Some(Frame::Seq {
                values,
                nodes,
                size,
                ..
            }) => {
                *size += built.size;
                values.push(built.value);
                if self.positions {
                    nodes.push(built.node);
                }
            }
            Some(Frame::Map {
                map,
                entries,
                key,
                size,
                ..
            }) => {
                let Some((key, key_pos)) = key.take() else {
                    return error(built.node.pos, Message::new("yaml-key-not-text"));
                };
                *size += built.size;
                map.insert(key, built.value);
                if self.positions {
                    entries.push(Entry {
                        key_pos,
                        value: built.node,
                    });
                }
            }
            None => self.root = Some(built),
        }
        Ok(())
    }
}

/// An alias's copy of a node is reported where the alias stands.
fn relocate(node: &Node, pos: Pos) -> Node {
    let mut copy = node.clone();
    copy.pos = pos;
    copy
}

/// Resolves a scalar by the YAML 1.2 core schema.
fn resolve(
    text: Cow<'_, str>,
    style: ScalarStyle,
    tag: Option<&Tag>,
    pos: Pos,
) -> Result<Value, YamlError> {
    if let Some(tag) = tag {
        let core = tag.is_yaml_core_schema() || tag.handle == "!!";
        return match (core, tag.suffix.as_str()) {
            (true, "str") => Ok(Value::String(text.into_owned())),
            (true, "null" | "bool" | "int" | "float") => Ok(resolve_plain(text)),
            _ => error(pos, Message::new("yaml-tag").arg("tag", tag.to_string())),
        };
    }
    if style != ScalarStyle::Plain {
        return Ok(Value::String(text.into_owned()));
    }
    Ok(resolve_plain(text))
}

fn resolve_plain(text: Cow<'_, str>) -> Value {
    match text.as_ref() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(n) = parse_int(&text) {
        return Value::Number(n);
    }
    if is_float(&text)
        && let Some(n) = text.parse::<f64>().ok().and_then(Number::from_f64)
    {
        return Value::Number(n);
    }
    Value::String(text.into_owned())
}

fn parse_int(text: &str) -> Option<Number> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'-' => (-1, &text[1..]),
        b'+' => (1, &text[1..]),
        _ => (1, text),
    };
    let (radix, digits) = if let Some(rest) = digits.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = digits.strip_prefix("0o") {
        (8, rest)
    } else {
        (10, digits)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = i128::from_str_radix(digits, radix).ok()?;
    let value = sign * magnitude;
    if let Ok(v) = i64::try_from(value) {
        Some(Number::from(v))
    } else if let Ok(v) = u64::try_from(value) {
        Some(Number::from(v))
    } else {
        None
    }
}

fn is_float(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok = match frac {
        Some(f) => digits(int) && digits(f) && !(int.is_empty() && f.is_empty()),
        None => !int.is_empty() && digits(int),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(err: &YamlError) -> String {
        err.say(Catalogue::built_in(Lang::En))
    }
    use serde_json::json;

    #[test]
    fn builds_value_and_positions() {
        let doc = parse("sip: 1\nid: \"2026-0042\"\nlead:\n  principal: region\nneeds:\n  - { id: B1, text: x }\n").unwrap();
        assert_eq!(
            doc.value,
            json!({"sip": 1, "id": "2026-0042", "lead": {"principal": "region"},
                   "needs": [{"id": "B1", "text": "x"}]})
        );
        assert_eq!(doc.locate("/id"), Pos::new(2, 5));
        assert_eq!(doc.locate("/lead/principal"), Pos::new(4, 14));
        assert_eq!(doc.locate_key("/lead/principal"), Pos::new(4, 3));
        assert_eq!(doc.locate("/needs/0/text"), Pos::new(6, 21));
        // A missing key points at the mapping that lacks it.
        assert_eq!(doc.locate("/lead/organisation"), doc.locate("/lead"));
    }

    #[test]
    fn value_only_parse_agrees_and_keeps_the_bounds() {
        let text = "a: [1, {b: x}]\nc: &r [y]\nd: *r\n";
        assert_eq!(parse_value(text).unwrap(), parse(text).unwrap().value);
        let err = parse_value("a: 1\na: 2\n").unwrap_err();
        assert_eq!(
            (err.pos, en(&err).as_str()),
            (Pos::new(2, 1), "duplicate key `a`; remove one of them")
        );
        let deep = format!("a: {}{}\n", "[".repeat(70), "]".repeat(70));
        assert!(
            parse_value(&deep)
                .unwrap_err()
                .to_string()
                .contains("nesting deeper than 64")
        );
    }

    #[test]
    fn pointer_at_a_line_is_the_last_value_started_by_then() {
        let doc = parse("a: 1\nb:\n  c: 2\n  # note\n  d: [x, y]\ne: 3\n").unwrap();
        assert_eq!(doc.pointer_at(1), "/a");
        assert_eq!(doc.pointer_at(3), "/b/c");
        assert_eq!(doc.pointer_at(4), "/b/c");
        assert_eq!(doc.pointer_at(5), "/b/d/1");
        assert_eq!(doc.pointer_at(6), "/e");
    }

    #[test]
    fn resolves_core_schema_scalars() {
        let doc = parse(
            "a: 2026-01-08\nb: yes\nc: ~\nd: 010-123 45 67\ne: '1'\nf: 1.5\ng: 0x1f\nh: true\ni: .5\nj: 1e3\n",
        )
        .unwrap();
        assert_eq!(
            doc.value,
            json!({"a": "2026-01-08", "b": "yes", "c": null, "d": "010-123 45 67",
                   "e": "1", "f": 1.5, "g": 31, "h": true, "i": 0.5, "j": 1000.0})
        );
    }

    #[test]
    fn rejects_duplicate_keys_at_the_second() {
        let err = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(err.pos, Pos::new(3, 1));
        assert!(
            err.to_string()
                .contains("duplicate key `a` (first at line 1)")
        );
    }

    #[test]
    fn rejects_second_document_and_non_mapping_and_empty() {
        assert!(
            parse("a: 1\n---\nb: 2\n")
                .unwrap_err()
                .to_string()
                .contains("second YAML document")
        );
        assert!(
            parse("- a\n- b\n")
                .unwrap_err()
                .to_string()
                .contains("not a mapping")
        );
        assert!(
            parse("# only a comment\n")
                .unwrap_err()
                .to_string()
                .contains("only comments")
        );
        assert!(parse("").unwrap_err().to_string().contains("empty"));
    }

    #[test]
    fn bounds_alias_expansion_before_copying() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let err = parse(&text).unwrap_err();
        assert!(err.to_string().contains("more than 100000 values"), "{err}");
    }

    #[test]
    fn counts_each_value_once() {
        // The root mapping, a list with 3 scalars, a mapping with 1 scalar: 7 values.
        let text = "a: [1, 2, 3]\nb: {c: 4}\n";
        let exact = Loader {
            values: MAX_VALUES - 7,
            ..Loader::default()
        };
        assert!(exact.run(text).is_ok(), "7 values fit exactly");
        let over = Loader {
            values: MAX_VALUES - 6,
            ..Loader::default()
        };
        assert!(over.run(text).is_err(), "the 7th value is over budget");
    }

    #[test]
    fn aliases_expand_and_point_at_the_alias() {
        let doc = parse("base: &c { name: Ann }\nother: *c\n").unwrap();
        assert_eq!(doc.value["other"], json!({"name": "Ann"}));
        assert_eq!(doc.locate("/other"), Pos::new(2, 8));
        assert_eq!(doc.locate("/other/name"), Pos::new(1, 18));
    }

    #[test]
    fn bounds_nesting_depth_without_recursion() {
        let deep = format!("a: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
        // The scanner's own limit or ours: either way an error, never a stack overflow.
        let err = parse(&deep).unwrap_err();
        assert!(
            err.to_string().contains("nesting deeper than 64")
                || err.to_string().contains("recursion limit"),
            "{err}"
        );
        let shallow = format!("a: {}{}\n", "[".repeat(70), "]".repeat(70));
        assert!(
            parse(&shallow)
                .unwrap_err()
                .to_string()
                .contains("nesting deeper than 64")
        );
        let mut block = String::from("a:\n");
        for i in 0..200 {
            block.push_str(&" ".repeat(i + 1));
            block.push_str("k:\n");
        }
        assert!(
            parse(&block)
                .unwrap_err()
                .to_string()
                .contains("nesting deeper")
        );
    }

    #[test]
    fn syntax_errors_carry_position() {
        let err = parse("a: 1\nb: [1, 2\n").unwrap_err();
        assert!(err.pos.line >= 2, "{err}");
        let err = parse("a: 1\n  b: 2\n").unwrap_err();
        assert_eq!(err.pos.line, 2, "{err}");
    }

    #[test]
    fn unknown_tags_are_errors() {
        assert!(
            parse("a: !secret x\n")
                .unwrap_err()
                .to_string()
                .contains("unsupported YAML tag")
        );
        assert_eq!(parse("a: !!str 12\n").unwrap().value, json!({"a": "12"}));
    }

    #[test]
    fn pointer_segments_are_unescaped() {
        let doc = parse("\"a/b\": 1\n\"c~d\": 2\n").unwrap();
        assert_eq!(doc.locate("/a~1b"), Pos::new(1, 8));
        assert_eq!(doc.locate("/c~0d"), Pos::new(2, 8));
    }
}
