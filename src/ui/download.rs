//! A file offered for download from text the page made, with no network request: a `data:`
//! address on a link the page clicks.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as the file `name` of type `mime` (with `charset=utf-8`).
pub fn save_file(name: &str, mime: &str, text: &str) {
    let href = format!(
        "data:{mime};charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    );
    let Ok(anchor) = document().create_element("a") else {
        return;
    };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    anchor.set_href(&href);
    anchor.set_download(name);
    anchor.click();
}
