//! A lesson file's bytes as text, before the format is read: UTF-8 as it should be;
//! another encoding read as Windows-1252 (Latin-1 with typographic quotes) with a
//! warning; a binary file (a picture, a zip, UTF-16) refused at once, with one reason,
//! without reading further. Bounded: at most `MAX_BYTES` are looked at.

use crate::say::Say;
use std::borrow::Cow;

/// Longest lesson text read (bytes): a lecture is a few kilobytes.
pub const MAX_BYTES: usize = 256 * 1024;

/// How much of the start is looked at to tell a binary file from text.
const SNIFF: usize = 64 * 1024;

/// Windows-1252's bytes 0x80..=0x9F (undefined ones stay the C1 control they are in
/// Latin-1); every other byte is its Latin-1 character.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The text read from a file's bytes.
#[derive(Debug, PartialEq)]
pub struct Text<'a> {
    pub text: Cow<'a, str>,
    /// Bytes past `MAX_BYTES` were not read.
    pub cut: bool,
    /// Not UTF-8: the line of the first byte that is not, and the text was read as
    /// Windows-1252.
    pub not_utf8: Option<usize>,
}

/// The bytes as text, or why they are not a text file.
pub fn decode(bytes: &[u8]) -> Result<Text<'_>, Say> {
    let cut = bytes.len() > MAX_BYTES;
    let head = &bytes[..bytes.len().min(MAX_BYTES)];
    binary(head)?;
    match std::str::from_utf8(head) {
        Ok(s) => Ok(Text {
            text: Cow::Borrowed(s),
            cut,
            not_utf8: None,
        }),
        // Cut in the middle of a character at MAX_BYTES: the text before it is whole.
        Err(e) if cut && e.error_len().is_none() => Ok(Text {
            text: Cow::Borrowed(std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or("")),
            cut,
            not_utf8: None,
        }),
        Err(e) => {
            let line = 1 + head[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Ok(Text {
                text: Cow::Owned(head.iter().map(|&b| cp1252(b)).collect()),
                cut,
                not_utf8: Some(line),
            })
        }
    }
}

fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Refuses what is not text: UTF-16 (by its byte-order mark), a NUL byte, or more than
/// one control character in 50 among the first 64 KiB (text has tabs and line ends only).
fn binary(head: &[u8]) -> Result<(), Say> {
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        return Err(Say::new("lesson-error-utf16"));
    }
    let sniff = &head[..head.len().min(SNIFF)];
    if let Some(at) = sniff.iter().position(|&b| b == 0) {
        return Err(Say::new("lesson-error-nul").num("at", (at + 1) as f64));
    }
    let controls = sniff
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    if controls >= 4 && controls * 50 > sniff.len() {
        return Err(Say::new("lesson-error-controls")
            .num("count", controls as f64)
            .num("bytes", sniff.len() as f64));
    }
    Ok(())
}
