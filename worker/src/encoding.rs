//! Content codings of served bytes (RFC 9110 §8.4.1): Brotli and gzip, at
//! the qualities chosen for bodies compressed while someone waits — the
//! worker's stored aggregates and feeds (compressed once per write, on the
//! freshness path) and the API's dynamic responses (compressed per request).
//!
//! Pure functions over bytes: no I/O beyond memory, no clock.
use std::io::Write;

/// Brotli's quality. Measured on the 200 × 20 global aggregate (87 KiB of
/// JSON, BENCHMARKS.md): 5 gives most of the size of 9–11 at a fraction of
/// the time, which a worker recomputing under load cannot spare.
pub const BROTLI_QUALITY: u32 = 5;

/// Brotli's window (log2 of bytes): 4 MiB, beyond the largest aggregate.
const BROTLI_WINDOW: u32 = 22;

/// gzip's level (zlib's default).
pub const GZIP_LEVEL: u32 = 6;

/// Bodies smaller than this are sent (and stored) without a coding: the
/// coding's own framing and the CPU would cost more than the bytes saved.
pub const MIN_BYTES: usize = 1024;

/// A content coding the service sends, by its registered name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    /// Both, in the order preferred at equal quality values.
    pub const ALL: [Coding; 2] = [Coding::Brotli, Coding::Gzip];

    /// The name in `Accept-Encoding` and `Content-Encoding`.
    pub fn as_str(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }

    /// What an ETag of this coding's representation ends with
    /// (`"<tag>-br"`, `"<tag>-gz"`).
    pub fn tag_suffix(self) -> &'static str {
        match self {
            Coding::Brotli => "-br",
            Coding::Gzip => "-gz",
        }
    }

    /// `bytes` in this coding.
    pub fn encode(self, bytes: &[u8]) -> Vec<u8> {
        match self {
            Coding::Brotli => brotli(bytes),
            Coding::Gzip => gzip(bytes),
        }
    }
}

/// `bytes` in `coding`, when they are worth compressing ([`MIN_BYTES`]):
/// the forms the worker stores beside a body.
pub fn stored_form(coding: Coding, bytes: &[u8]) -> Option<Vec<u8>> {
    (bytes.len() >= MIN_BYTES).then(|| coding.encode(bytes))
}

/// `bytes` compressed with Brotli at [`BROTLI_QUALITY`].
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let params = ::brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY as i32,
        lgwin: BROTLI_WINDOW as i32,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 4 + 64);
    let mut input = bytes;
    // Reading from a slice and writing to a vector cannot fail.
    ::brotli::BrotliCompress(&mut input, &mut out, &params).expect("compressing in memory");
    out
}

/// `bytes` compressed with gzip at [`GZIP_LEVEL`].
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let out = Vec::with_capacity(bytes.len() / 3 + 64);
    let mut encoder = flate2::write::GzEncoder::new(out, flate2::Compression::new(GZIP_LEVEL));
    // Writing to a vector cannot fail.
    encoder.write_all(bytes).expect("compressing in memory");
    encoder.finish().expect("compressing in memory")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn sample() -> Vec<u8> {
        let row = r#"{"slug":"liberia-igf","name":"Liberia IGF","participants":{"total":240}},"#;
        row.repeat(200).into_bytes()
    }

    #[test]
    fn brotli_round_trips_and_shrinks_repetitive_json() {
        let plain = sample();
        let coded = brotli(&plain);
        assert!(coded.len() * 10 < plain.len(), "{}", coded.len());
        let mut back = Vec::new();
        ::brotli::Decompressor::new(coded.as_slice(), 4096)
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, plain);
    }

    #[test]
    fn gzip_round_trips_and_shrinks_repetitive_json() {
        let plain = sample();
        let coded = Coding::Gzip.encode(&plain);
        assert!(coded.len() * 10 < plain.len(), "{}", coded.len());
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(coded.as_slice())
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, plain);
    }

    #[test]
    fn small_bodies_are_stored_without_a_coding() {
        assert_eq!(stored_form(Coding::Brotli, &[b'a'; MIN_BYTES - 1]), None);
        assert!(stored_form(Coding::Gzip, &[b'a'; MIN_BYTES]).is_some());
    }

    #[test]
    fn empty_bodies_encode_to_valid_streams() {
        for coding in Coding::ALL {
            assert!(!coding.encode(b"").is_empty(), "{coding:?}");
        }
    }
}
