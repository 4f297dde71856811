//! Entry point of the reference page (costs, revocation, glossary): a WebAssembly module of its
//! own, so the calculators and the glossary never weigh on the guide's first visit.

#[cfg(target_arch = "wasm32")]
fn main() {
    authpick::ui::reference::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The reference page runs in the browser: build it with `cargo xtask dist`.");
}
