//! The inspector's Web Worker: verifies signatures, searches for well-known secrets and signs
//! tokens (`authpick_crypto::service`) for the page, which starts it once the page is usable.
//! Keeping the cryptography here keeps the page's module small, and a long search off the
//! page's thread. This file is only the glue between the browser's messages and `respond`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use authpick_core::token::service::messages::READY;
    use authpick_crypto::service::respond;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replier = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        // The page only sends text; anything else is answered as unreadable.
        let text = event.data().as_string().unwrap_or_default();
        let clock = || replier.performance().map_or(0.0, |p| p.now());
        let reply = respond(&text, clock);
        let _ = replier.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The crypto worker runs in the browser: build it with `cargo xtask dist`.");
}
