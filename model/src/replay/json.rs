//! A small JSON reader for one line of a recording. The web app does not carry a full JSON
//! library for this (it would grow the first download), and a recording's lines are small
//! flat objects, so this reads exactly JSON (RFC 8259) into a [`Value`], with errors that
//! say where and what was expected. Nesting is limited so that noise such as `[[[[…` ends
//! in an error, not a stack overflow.

use crate::say::Say;
use std::fmt;

/// A JSON value. Objects keep their keys in order (a line has a dozen keys: a linear
/// search is faster than a map here).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value under `key` if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// What sort of value this is, for messages ("found a string"): a word of
    /// `model.ftl` (`recording-error-value-string`).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "recording-error-value-null",
            Value::Bool(_) => "recording-error-value-bool",
            Value::Number(_) => "recording-error-value-number",
            Value::String(_) => "recording-error-value-string",
            Value::Array(_) => "recording-error-value-list",
            Value::Object(_) => "recording-error-value-object",
        }
    }
}

/// Where the text stopped being JSON: a 1-based column (in characters) and what was
/// expected there and found instead (`recording-error-json`, in any language).
#[derive(Clone, Debug, PartialEq)]
pub struct JsonError {
    pub column: usize,
    pub message: Say,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

/// Deeper nesting than this is not a recording.
const MAX_DEPTH: usize = 16;

/// Reads one JSON value that fills `text` (surrounding white space allowed).
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let v = r.value(0)?;
    r.skip_ws();
    if r.at < r.bytes.len() {
        return Err(r.error("recording-error-json-end-of-value"));
    }
    Ok(v)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    /// `expected`: a `recording-error-json-…` word of `model.ftl`.
    fn error(&self, expected: &'static str) -> JsonError {
        let found = match self.text[self.at.min(self.text.len())..].chars().next() {
            None => Say::new("recording-error-json-found-end"),
            Some(c) if c.is_control() => Say::new("recording-error-json-found-control")
                .quote("code", format!("{:04X}", c as u32)),
            Some(c) => Say::new("recording-error-json-found-char").quote("char", c),
        };
        // Columns count characters; `at` is always on a character boundary.
        let column = self.text[..self.at.min(self.text.len())].chars().count() + 1;
        JsonError {
            column,
            message: Say::new("recording-error-json")
                .word("expected", expected)
                .say("found", found),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8, expected: &'static str) -> Result<(), JsonError> {
        self.skip_ws();
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(expected))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.skip_ws();
        match self.peek() {
            Some(b'{') if depth < MAX_DEPTH => self.object(depth + 1),
            Some(b'[') if depth < MAX_DEPTH => self.array(depth + 1),
            Some(b'{' | b'[') => Err(self.error("recording-error-json-too-deep")),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("recording-error-json-any-value")),
        }
    }

    fn word(&mut self, word: &str, v: Value) -> Result<Value, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(v)
        } else {
            Err(self.error("recording-error-json-value"))
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.at += 1;
        let mut fields = Vec::with_capacity(20);
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("recording-error-json-key"));
            }
            let key = self.string()?;
            self.eat(b':', "recording-error-json-colon")?;
            let v = self.value(depth)?;
            fields.push((key, v));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err(self.error("recording-error-json-object-comma")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("recording-error-json-list-comma")),
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                _ => return Err(self.error("recording-error-json-quote")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, JsonError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let hi = self.hex4()?;
                if (0xD800..0xDC00).contains(&hi) && self.bytes[self.at..].starts_with(b"\\u") {
                    self.at += 2;
                    let lo = self.hex4()?;
                    let code = 0x10000 + ((hi - 0xD800) << 10) + lo.wrapping_sub(0xDC00);
                    return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
                }
                return Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'));
            }
            _ => return Err(self.error("recording-error-json-escape")),
        };
        self.at += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        match digits {
            Some(v) => {
                self.at += 4;
                Ok(v)
            }
            None => Err(self.error("recording-error-json-hex")),
        }
    }

    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let digits = |r: &mut Self| {
            let s = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at > s
        };
        let int_start = self.at;
        if !digits(self) {
            return Err(self.error("recording-error-json-digit"));
        }
        // Most fields are whole numbers: read them without the float parser (exact up to
        // 15 digits, as the float parser would be).
        if !matches!(self.peek(), Some(b'.' | b'e' | b'E')) && self.at - int_start <= 15 {
            let v = self.bytes[int_start..self.at]
                .iter()
                .fold(0u64, |acc, d| acc * 10 + u64::from(d - b'0')) as f64;
            return Ok(Value::Number(if start == int_start { v } else { -v }));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("recording-error-json-fraction"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("recording-error-json-exponent"));
            }
        }
        // The grammar above only lets through what Rust's float parser reads.
        let n = crate::units::decimal(&self.text[start..self.at]).unwrap_or(f64::NAN);
        if n.is_finite() {
            Ok(Value::Number(n))
        } else {
            self.at = start;
            Err(self.error("recording-error-json-float"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_sample_line() {
        let v = parse(r#"{"kind": "sample", "rel": -0.5, "ram.total": 403185664, "caps": ["a"], "x": null, "ok": true}"#)
            .unwrap();
        assert_eq!(v.get("kind").and_then(Value::as_str), Some("sample"));
        assert_eq!(v.get("rel").and_then(Value::as_f64), Some(-0.5));
        assert_eq!(
            v.get("ram.total").and_then(Value::as_f64),
            Some(403185664.0)
        );
        assert_eq!(
            v.get("caps"),
            Some(&Value::Array(vec![Value::String("a".into())]))
        );
        assert_eq!(v.get("x"), Some(&Value::Null));
        assert_eq!(v.get("ok"), Some(&Value::Bool(true)));
    }

    #[test]
    fn strings_unescape() {
        let v = parse(r#""a\"b\\c\u00e9\ud83d\ude00\n""#).unwrap();
        assert_eq!(v, Value::String("a\"b\\cé😀\n".into()));
    }

    #[test]
    fn errors_name_the_column_and_what_was_expected() {
        let e = parse(r#"{"status": "active", "total-time": 1"#).unwrap_err();
        assert_eq!(e.column, 37);
        assert!(e.to_string().contains("expected ',' or '}'"), "{e}");
        assert!(e.to_string().contains("cut short"), "{e}");
        let e = parse(r#"{"a": tru}"#).unwrap_err();
        assert_eq!(e.column, 7, "{e}");
        let e = parse("{\"a\": 1} x").unwrap_err();
        assert!(e.to_string().contains("end of the line"), "{e}");
        let e = parse("{'a': 1}").unwrap_err();
        assert!(e.to_string().contains("double quotes"), "{e}");
        assert!(parse("1e999").is_err());
        assert!(parse("01x").is_err());
        assert!(parse("-").is_err());
        assert!(parse("\"\\x\"").is_err());
        assert!(parse("\"abc").is_err());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        let e = parse(&deep).unwrap_err();
        assert!(e.to_string().contains("nesting"), "{e}");
    }

    #[test]
    fn columns_count_characters() {
        let e = parse("{\"é\": x}").unwrap_err();
        assert_eq!(e.column, 7);
    }
}
