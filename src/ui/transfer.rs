//! Files in and out of the browser, with no network: downloads (text, SVG, PNG rendered from
//! SVG), reading a chosen or dropped file, and the compression that share links use.
//!
//! The byte-level work (DEFLATE, drawing an SVG onto a canvas) is the browser's own, reached
//! through a few lines of JavaScript, so none of it adds to the WebAssembly download. Reading
//! and inflating are capped at [`MAX_DOCUMENT_BYTES`], so a hostile file or link cannot make
//! the page hold more than that.

use crate::domain::document::schema::MAX_DOCUMENT_BYTES;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

#[wasm_bindgen(inline_js = r#"
export async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
export async function inflate(bytes, max) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) { await reader.cancel(); throw new Error('too large'); }
    parts.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(parts).arrayBuffer());
}
export async function estimate() {
  if (!navigator.storage || !navigator.storage.estimate) return null;
  const e = await navigator.storage.estimate();
  return [e.usage || 0, e.quota || 0];
}
export async function copyText(text) {
  await navigator.clipboard.writeText(text);
}
export function svgToPng(svg, scale) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(img.naturalWidth * scale);
      canvas.height = Math.ceil(img.naturalHeight * scale);
      const g = canvas.getContext('2d');
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.scale(scale, scale);
      g.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no png'))), 'image/png');
    };
    img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('bad svg')); };
    img.src = url;
  });
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn deflate(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn inflate(bytes: &[u8], max: f64) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = svgToPng)]
    async fn svg_to_png(svg: &str, scale: f64) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = estimate)]
    async fn js_estimate() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = copyText)]
    async fn js_copy_text(text: &str) -> Result<JsValue, JsValue>;
}

/// What the browser says this site uses and may use, in bytes (`navigator.storage.estimate`,
/// which covers all of a site's storage); `None` where the browser does not say.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let pair: js_sys::Array = js_estimate().await.ok()?.dyn_into().ok()?;
    Some((pair.get(0).as_f64()?, pair.get(1).as_f64()?))
}

/// Puts `text` on the clipboard; false when the browser refused (no permission, no focus).
pub async fn copy_text(text: &str) -> bool {
    js_copy_text(text).await.is_ok()
}

/// Compresses `text` with raw DEFLATE; `None` when the browser cannot.
pub async fn compress(text: &str) -> Option<Vec<u8>> {
    let bytes = deflate(text).await.ok()?;
    Some(bytes.dyn_into::<js_sys::Uint8Array>().ok()?.to_vec())
}

/// Inflates raw DEFLATE `bytes` into UTF-8 text of at most [`MAX_DOCUMENT_BYTES`]; `None`
/// when the data is damaged, not UTF-8, or larger.
pub async fn decompress(bytes: &[u8]) -> Option<String> {
    inflate(bytes, MAX_DOCUMENT_BYTES as f64)
        .await
        .ok()?
        .as_string()
}

/// The file name of a plan's download: its name in safe characters, and the date.
pub fn file_name(name: &str, extension: &str) -> String {
    let mut base: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    while base.contains("--") {
        base = base.replace("--", "-");
    }
    let base = base.trim_matches('-');
    let base = if base.is_empty() { "plan" } else { base };
    let day = crate::domain::core::date::Date::from_millis(crate::state::now().0);
    format!(
        "waymark-{}-{day}.{extension}",
        base.chars().take(60).collect::<String>()
    )
}

/// Offers `text` as a file named `filename`. Returns false when the browser refused.
pub fn download_text(filename: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options)
        .ok()
        .is_some_and(|blob| download_blob(filename, &blob))
}

/// Offers `blob` as a file named `filename`: an object URL, a click on a temporary link, then
/// the URL is released.
pub fn download_blob(filename: &str, blob: &Blob) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
    if let Some(anchor) = &anchor {
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    let _ = Url::revoke_object_url(&url);
    anchor.is_some()
}

/// Downloads `svg` as a PNG drawn at `scale` times its size, on white.
pub async fn download_png(filename: &str, svg: &str, scale: f64) -> bool {
    match svg_to_png(svg, scale).await {
        Ok(blob) => blob
            .dyn_into::<Blob>()
            .is_ok_and(|blob| download_blob(filename, &blob)),
        Err(_) => false,
    }
}

/// Why a file could not be read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ReadError {
    /// Larger than [`MAX_DOCUMENT_BYTES`]; not read at all.
    TooLarge(f64),
    /// The browser could not read it, or it is not UTF-8 text.
    Unreadable,
}

/// Reads a chosen or dropped file as text, refusing it unread when it is too large.
pub async fn read_file(file: web_sys::File) -> Result<String, ReadError> {
    if file.size() > MAX_DOCUMENT_BYTES as f64 {
        return Err(ReadError::TooLarge(file.size()));
    }
    gloo::file::futures::read_as_text(&gloo::file::File::from(file))
        .await
        .map_err(|_| ReadError::Unreadable)
}
