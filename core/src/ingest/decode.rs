//! Bytes → text in the encoding the file was written in.
//!
//! A byte-order mark decides first (UTF-8, UTF-16LE, UTF-16BE); then UTF-16 without a mark is
//! recognised by its pattern of zero bytes; then valid UTF-8 is taken as UTF-8; anything else
//! (with the `readers` feature) is read in the charset a web page declares, or guessed by
//! `chardetng` (the detector Firefox uses), and decoded by `encoding_rs`, which reads Latin-1
//! files as windows-1252, as browsers do.

use super::IngestError;

/// Decoded text and the name of the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without byte-order mark, control characters replaced (see [`clean_controls`]).
    pub text: String,
    /// The encoding's name as `encoding_rs` spells it: "UTF-8", "UTF-16LE", "windows-1252"…
    pub encoding: &'static str,
}

/// Decode a file's bytes, refusing those that are not text.
///
/// Without the `readers` feature, bytes in neither UTF-8 nor UTF-16 are
/// [`IngestError::NeedsReader`].
///
/// ```
/// use corroborate_core::ingest::decode::decode;
/// let latin1 = b"R\xE9union \xE0 l'\xC9lys\xE9e.";
/// # #[cfg(feature = "readers")] {
/// let decoded = decode(latin1).unwrap();
/// assert_eq!(decoded.text, "Réunion à l'Élysée.");
/// assert_eq!(decoded.encoding, "windows-1252");
/// # }
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, IngestError> {
    let (text, encoding) = match unicode(bytes) {
        Some(decoded) => decoded,
        None => legacy::decode(bytes)?,
    };
    Ok(Decoded {
        text: clean_controls(&text)?,
        encoding,
    })
}

/// Bytes in UTF-8 or UTF-16, decoded (a malformed sequence becomes U+FFFD, as in browsers);
/// `None` when they are in neither.
fn unicode(bytes: &[u8]) -> Option<(String, &'static str)> {
    // A byte-order mark decides.
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Some((String::from_utf8_lossy(rest).into_owned(), "UTF-8"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Some((utf16(rest, Endian::Little), "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Some((utf16(rest, Endian::Big), "UTF-16BE"));
    }
    // Before UTF-8: ASCII in UTF-16 is valid UTF-8 too, with a NUL after every letter.
    if let Some(endian) = utf16_without_bom(bytes) {
        let name = match endian {
            Endian::Little => "UTF-16LE",
            Endian::Big => "UTF-16BE",
        };
        return Some((utf16(bytes, endian), name));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some((text.to_string(), "UTF-8")),
        // Cut off inside the last character (a truncated download): still UTF-8, and the
        // partial character becomes U+FFFD rather than the whole file turning to mojibake.
        Err(error) if error.error_len().is_none() && bytes.len() - error.valid_up_to() < 4 => {
            Some((String::from_utf8_lossy(bytes).into_owned(), "UTF-8"))
        }
        Err(_) => None,
    }
}

/// Byte order of UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

/// UTF-16 code units → text; an unpaired surrogate or an odd last byte becomes U+FFFD.
fn utf16(bytes: &[u8], endian: Endian) -> String {
    let units = bytes.chunks_exact(2).map(|pair| match endian {
        Endian::Little => u16::from_le_bytes([pair[0], pair[1]]),
        Endian::Big => u16::from_be_bytes([pair[0], pair[1]]),
    });
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// UTF-16 without a byte-order mark: Latin-script text has a zero in every other byte
/// (the high byte of each ASCII character), and none in the other position.
fn utf16_without_bom(bytes: &[u8]) -> Option<Endian> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    // 40%: even a text full of accented or Cyrillic letters in Latin-1 has most of its
    // characters in ASCII (spaces, digits, punctuation).
    if odd * 10 >= pairs * 4 && even == 0 {
        Some(Endian::Little)
    } else if even * 10 >= pairs * 4 && odd == 0 {
        Some(Endian::Big)
    } else {
        None
    }
}

/// Text in a legacy encoding: read in the charset a web page declares, or guessed by
/// `chardetng` (the detector Firefox uses), and decoded by `encoding_rs`, which reads Latin-1
/// files as windows-1252, as browsers do.
#[cfg(feature = "readers")]
mod legacy {
    use super::IngestError;
    use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
    use encoding_rs::Encoding;

    /// Decode bytes that are neither UTF-8 nor UTF-16.
    pub(super) fn decode(bytes: &[u8]) -> Result<(String, &'static str), IngestError> {
        let encoding = declared_charset(bytes).unwrap_or_else(|| {
            let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
            detector.feed(detection_sample(bytes), true);
            detector.guess(None, Utf8Detection::Allow)
        });
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        Ok((text.into_owned(), encoding.name()))
    }

    /// Bytes enough to guess an encoding: `chardetng` reads about a megabyte a second, and a
    /// few hundred kilobytes of a text settle the guess. Cut at a line break, so no multi-byte
    /// character is split at the end.
    fn detection_sample(bytes: &[u8]) -> &[u8] {
        const SAMPLE_BYTES: usize = 256 * 1024;
        if bytes.len() <= SAMPLE_BYTES {
            return bytes;
        }
        let sample = &bytes[..SAMPLE_BYTES];
        match sample.iter().rposition(|&b| b == b'\n') {
            Some(line_end) if line_end > 0 => &sample[..=line_end],
            _ => sample,
        }
    }

    /// The encoding a web page declares in its first kilobyte (`<meta charset="windows-1252">`
    /// or `content="text/html; charset=…"`), when it is one that can have written these bytes.
    fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
        let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
        let at = head.windows(8).position(|w| w == b"charset=")? + 8;
        let label: Vec<u8> = head[at..]
            .iter()
            .skip_while(|&&b| b == b'"' || b == b'\'')
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
            .copied()
            .collect();
        // A page declaring UTF-16 was not written in UTF-16 if we can read the declaration.
        Encoding::for_label(&label).filter(|e| e.is_ascii_compatible())
    }
}

/// Without the `readers` feature, legacy encodings are left to the separately built reader.
#[cfg(not(feature = "readers"))]
mod legacy {
    use super::IngestError;

    /// Say that these bytes need the full reader.
    pub(super) fn decode(_bytes: &[u8]) -> Result<(String, &'static str), IngestError> {
        Err(IngestError::NeedsReader {
            what: "text in a legacy encoding (not UTF-8 or UTF-16)",
        })
    }
}

/// Refuse text with binary control characters; tidy the harmless ones.
///
/// A NUL, or more than one control character in a hundred, means the bytes are not text (or
/// not in the encoding guessed). A few stray ones (a form feed between pages, the DOS
/// end-of-file mark) are common in real text files: form and line feeds become line breaks,
/// the rest spaces, so no word is glued to its neighbour.
pub fn clean_controls(text: &str) -> Result<String, IngestError> {
    let is_stray = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    let strays = text.chars().filter(|&c| is_stray(c)).count();
    if strays == 0 {
        return Ok(text.to_string());
    }
    let characters = text.chars().count();
    if text.contains('\0') || strays * 100 > characters {
        return Err(IngestError::Binary {
            looks_like: "a binary file (it holds control characters that text does not)".into(),
        });
    }
    Ok(text
        .chars()
        .map(|c| match c {
            '\u{0B}' | '\u{0C}' | '\u{85}' => '\n',
            c if is_stray(c) => ' ',
            c => c,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_without_bom_is_recognised_by_its_zero_bytes() {
        let little: Vec<u8> = "Paris, Monday."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let big: Vec<u8> = "Paris, Monday."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode(&little).unwrap().encoding, "UTF-16LE");
        assert_eq!(decode(&big).unwrap().text, "Paris, Monday.");
    }

    #[cfg(feature = "readers")]
    #[test]
    fn a_declared_charset_is_used_when_the_bytes_are_not_utf8() {
        let page = b"<meta charset=\"iso-8859-2\"><p>\xA3\xF3d\xBC</p>";
        let decoded = decode(page).unwrap();
        assert_eq!(decoded.encoding, "ISO-8859-2");
        assert!(decoded.text.contains("Łódź"), "{}", decoded.text);
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        let mut bytes = "Élysée".as_bytes().to_vec();
        bytes.extend_from_slice(&"é".as_bytes()[..1]);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text, "Élysée\u{FFFD}");
    }

    #[test]
    fn stray_controls_are_tidied_but_many_are_refused() {
        let text = format!("Page one.\u{0C}Page two.{}", " word".repeat(30));
        assert!(clean_controls(&text)
            .unwrap()
            .starts_with("Page one.\nPage two."));
        assert!(clean_controls("a\u{1}b\u{2}c\u{3}").is_err());
        assert!(clean_controls("a long enough text with a NUL\0 in it").is_err());
    }
}
