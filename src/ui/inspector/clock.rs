//! The browser's clock and time zone, which the core deliberately does not have.

use wasm_bindgen::JsValue;

/// Seconds since 1970.
pub fn now() -> i64 {
    (js_sys::Date::now() / 1000.0).floor() as i64
}

/// A NumericDate in the user's own time zone and locale, with the zone named.
pub fn local(seconds: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(seconds as f64 * 1000.0));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"long".into());
    String::from(date.to_locale_string("default", &options))
}
