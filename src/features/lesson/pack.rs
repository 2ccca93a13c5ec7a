//! A lesson carried by a link: `?lesson=~` + the text compressed with raw DEFLATE
//! (RFC 1951) and written in base64url without padding (RFC 4648 §5). The browser's own
//! `CompressionStream`/`DecompressionStream` do the DEFLATE, so no compressor is
//! shipped in the wasm; base64url is here, tested natively.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Longest packed lesson a link may carry (characters): browsers and servers cut URLs
/// somewhere past 8 KiB; a lecture's text compresses to a few KiB.
pub const MAX_PACKED: usize = 32 * 1024;

pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Reads base64url (padding and standard `+/` tolerated); `None` on any other character.
pub fn from_base64url(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.trim().trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Blob, ReadableStream, ReadableWritablePair, Response, WritableStream};

    /// `new CompressionStream("deflate-raw")` (or `DecompressionStream`) as a pipe pair.
    fn stream(class: &str) -> Result<ReadableWritablePair, JsValue> {
        let ctor: js_sys::Function =
            js_sys::Reflect::get(&js_sys::global(), &class.into())?.dyn_into()?;
        let s = js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&"deflate-raw".into()))?;
        let readable: ReadableStream = js_sys::Reflect::get(&s, &"readable".into())?.dyn_into()?;
        let writable: WritableStream = js_sys::Reflect::get(&s, &"writable".into())?.dyn_into()?;
        Ok(ReadableWritablePair::new(&readable, &writable))
    }

    fn through(bytes: &[u8], pair: ReadableWritablePair) -> Result<Response, JsValue> {
        let array = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let blob = Blob::new_with_u8_array_sequence(&array)?;
        Response::new_with_opt_readable_stream(Some(&blob.stream().pipe_through(&pair)))
    }

    /// A lesson's text packed for a link.
    pub async fn pack(text: &str) -> Result<String, String> {
        let run = async {
            let r = through(text.as_bytes(), stream("CompressionStream")?)?;
            let buf = JsFuture::from(r.array_buffer()?).await?;
            Ok::<_, JsValue>(js_sys::Uint8Array::new(&buf).to_vec())
        };
        run.await
            .map(|b| super::base64url(&b))
            .map_err(|_| "this browser cannot compress (CompressionStream)".to_string())
    }

    /// A packed lesson's text.
    pub async fn unpack(code: &str) -> Result<String, String> {
        if code.len() > super::MAX_PACKED {
            return Err(format!("longer than {} KiB", super::MAX_PACKED / 1024));
        }
        let bytes = super::from_base64url(code).ok_or("not base64url (A–Z, a–z, 0–9, - and _)")?;
        let run = async {
            let r = through(&bytes, stream("DecompressionStream")?)?;
            JsFuture::from(r.text()?).await
        };
        run.await
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| "not a lesson compressed with raw DEFLATE".to_string())
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{pack, unpack};

/// Off the browser there is no `DecompressionStream` (native builds of the app: tests).
#[cfg(not(target_arch = "wasm32"))]
pub async fn unpack(_code: &str) -> Result<String, String> {
    Err("unpacking needs a browser".into())
}

/// Off the browser there is no `CompressionStream` either.
#[cfg(not(target_arch = "wasm32"))]
pub async fn pack(_text: &str) -> Result<String, String> {
    Err("packing needs a browser".into())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rfc_4648_vectors() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(raw.as_bytes()), enc);
            assert_eq!(from_base64url(enc).as_deref(), Some(raw.as_bytes()));
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(from_base64url("+/8="), Some(vec![0xfb, 0xff]));
        assert_eq!(from_base64url("a b"), None);
    }

    proptest! {
        #[test]
        fn round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
        }

        #[test]
        fn any_text_decodes_without_panic(s in "\\PC*") {
            let _ = from_base64url(&s);
        }
    }
}
