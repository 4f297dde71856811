//! Entry point of the token tools' page (two tokens compared): a WebAssembly module of its own,
//! so the token checks it needs weigh neither on the guide's nor on the reference page's first
//! visit, and the inspector's, already at its budget, does not grow.

#[cfg(target_arch = "wasm32")]
fn main() {
    authpick::ui::tools::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The token tools run in the browser: build them with `cargo xtask dist`.");
}
