//! Entry point of the browser app; natively there is nothing to run (the core is a library).

#[cfg(target_arch = "wasm32")]
fn main() {
    authpick::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Authpick runs in the browser: build it with `cargo xtask dist`.");
}
