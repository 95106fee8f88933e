//! Recognise binary formats by their signature ("magic number"), so a user who drops a photo
//! or a PDF is told what it is rather than shown mojibake.
//!
//! Only signatures that cannot begin a real text are checked here; text-like bytes with stray
//! control characters are caught after decoding (see [`super::decode`]).

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// A zip package: maybe a Word document, maybe just an archive.
    Zip,
    /// A binary format that is never a report; the text says what it looks like
    /// ("a PNG image"), for the user.
    Binary(&'static str),
}

/// Signatures at offset 0, with what they look like to a user.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"\xFD7zXZ\x00", "an xz archive"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"Rar!\x1A\x07", "a RAR archive"),
    (b"\x7FELF", "a program (ELF executable)"),
    (b"\xFE\xED\xFA\xCE", "a program (Mach-O executable)"),
    (b"\xFE\xED\xFA\xCF", "a program (Mach-O executable)"),
    (b"\xCE\xFA\xED\xFE", "a program (Mach-O executable)"),
    (b"\xCF\xFA\xED\xFE", "a program (Mach-O executable)"),
    (b"\xCA\xFE\xBA\xBE", "a program (Mach-O or Java class file)"),
    (b"\x00asm", "a WebAssembly module"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "an old-style Office file (.doc, .xls or .ppt); save it as .docx or text",
    ),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3\x02", "an MP3 audio file"),
    (b"ID3\x03", "an MP3 audio file"),
    (b"ID3\x04", "an MP3 audio file"),
    (b"\x1A\x45\xDF\xA3", "a Matroska or WebM video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
];

/// Recognise a binary format from the first bytes, or `None` when nothing matches (the
/// bytes may still turn out not to be text when decoded).
pub fn sniff(bytes: &[u8]) -> Option<Sniffed> {
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"PK\x05\x06")
        || bytes.starts_with(b"PK\x07\x08")
    {
        return Some(Sniffed::Zip);
    }
    if let Some((_, looks_like)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(Sniffed::Binary(looks_like));
    }
    if bytes.starts_with(b"RIFF") && bytes.len() >= 12 {
        return Some(Sniffed::Binary(match &bytes[8..12] {
            b"WEBP" => "a WebP image",
            b"WAVE" => "a WAV audio file",
            b"AVI " => "an AVI video",
            _ => "a RIFF media file",
        }));
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some(Sniffed::Binary(match &bytes[8..12] {
            b"heic" | b"heix" | b"mif1" | b"msf1" => "a HEIC image",
            b"avif" | b"avis" => "an AVIF image",
            _ => "an MP4 or QuickTime video",
        }));
    }
    // "MZ" can begin a line of text; a Windows program also has NUL bytes in its header.
    if bytes.starts_with(b"MZ") && bytes.len() >= 64 && bytes[..64].contains(&0) {
        return Some(Sniffed::Binary("a Windows program (.exe or .dll)"));
    }
    // bzip2: "BZh", a block-size digit, then the block magic (π in BCD).
    if bytes.len() >= 10
        && bytes.starts_with(b"BZh")
        && bytes[3].is_ascii_digit()
        && &bytes[4..10] == b"\x31\x41\x59\x26\x53\x59"
    {
        return Some(Sniffed::Binary("a bzip2 archive"));
    }
    None
}

/// True when decoded text is a web page rather than plain text that mentions a tag.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|tag| head.contains(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_starts_like_a_signature_is_not_binary() {
        assert_eq!(sniff(b"MZ Holdings said on Monday"), None);
        assert_eq!(sniff(b"BZh is not a word"), None);
        assert_eq!(sniff(b"RIFF"), None);
        assert_eq!(sniff(b"PK said"), None);
    }

    #[test]
    fn signatures_name_the_format() {
        assert_eq!(
            sniff(b"RIFF\x10\x00\x00\x00WEBPVP8 "),
            Some(Sniffed::Binary("a WebP image"))
        );
        assert_eq!(
            sniff(b"%PDF-1.7\n"),
            Some(Sniffed::Binary("a PDF document"))
        );
        assert_eq!(sniff(b"PK\x03\x04rest"), Some(Sniffed::Zip));
    }
}
