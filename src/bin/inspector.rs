//! Entry point of the token inspector's page: a WebAssembly module of its own, so the
//! cryptography it needs never weighs on the guide's first visit.

#[cfg(target_arch = "wasm32")]
fn main() {
    authpick::ui::inspector::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The inspector runs in the browser: build it with `cargo xtask dist`.");
}
