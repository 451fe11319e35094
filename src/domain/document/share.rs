//! Sharing a plan without a server: the plan travels in the link itself.
//!
//! The link is `<page>#/share?p=<data>`, where `<data>` is the plan's envelope (the same JSON
//! a file export holds), compressed by the browser (raw DEFLATE) and written in base64url. The
//! part after `#` never leaves the browser: no server sees the plan. Opening the link goes
//! through the same checks as importing a file (`domain::document::import`), and a link that does not
//! decode says so; it never changes anything by itself.
//!
//! Links are kept short enough to paste into an e-mail or a chat ([`MAX_LINK_DATA`]); a larger
//! plan is refused with a suggestion to send the file instead. Decompression is capped at
//! `schema::MAX_DOCUMENT_BYTES`, so a small hostile link cannot expand into a huge document.

/// The most characters of data a share link carries.
pub const MAX_LINK_DATA: usize = 16_000;
/// What comes before the data in the fragment.
pub const FRAGMENT_PREFIX: &str = "#/share?p=";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a link cannot be made or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The plan compresses to more than [`MAX_LINK_DATA`] characters.
    TooLarge {
        /// How many characters it would take.
        chars: usize,
    },
    /// The link's data is not base64url, or is cut short.
    Damaged,
}

impl ShareError {
    /// The Fluent message id explaining the error.
    pub fn i18n_key(self) -> &'static str {
        match self {
            ShareError::TooLarge { .. } => "share-too-large",
            ShareError::Damaged => "share-damaged",
        }
    }
}

/// Writes `bytes` in base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
        }
    }
    out
}

/// Reads base64url (padding and surrounding whitespace tolerated).
pub fn decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.trim().trim_end_matches('=');
    if text.len() % 4 == 1 {
        return Err(ShareError::Damaged);
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return Err(ShareError::Damaged),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// The fragment of a share link for `compressed` (the envelope, deflated), or why there is
/// none.
pub fn fragment(compressed: &[u8]) -> Result<String, ShareError> {
    let data = encode(compressed);
    if data.len() > MAX_LINK_DATA {
        return Err(ShareError::TooLarge { chars: data.len() });
    }
    Ok(format!("{FRAGMENT_PREFIX}{data}"))
}

/// The data of a share link's fragment (`#/share?p=…`, with or without other query
/// parameters), decoded; `None` when the fragment holds no plan.
pub fn data_of(fragment: &str) -> Option<Result<Vec<u8>, ShareError>> {
    let query = fragment.split_once('?')?.1;
    let data = query.split('&').find_map(|kv| kv.strip_prefix("p="))?;
    if data.len() > MAX_LINK_DATA {
        return Some(Err(ShareError::TooLarge { chars: data.len() }));
    }
    Some(decode(data))
}
