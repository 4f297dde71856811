#!/usr/bin/env bash
# Installs whatever is missing to build Authpick, and skips what is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; `setup_build` for building, `setup_browser`
# for the end-to-end tests. Versions are pinned where the toolchain requires an exact match
# (see Trunk.toml and Cargo.lock); the reasons are in README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The exact Trunk version Trunk.toml requires (its one home).
TRUNK_VERSION="$(sed -n 's/^trunk-version = "=\(.*\)"$/\1/p' "$ROOT/Trunk.toml")"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "Installing Debian packages: $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    echo "Rust is not installed: install it with rustup (https://rustup.rs) and run this again." >&2
    exit 1
  fi
  # rust-toolchain.toml names the exact version. Where it is not installed under that name but
  # the stable toolchain is that version, name it so (our machines cannot download toolchains).
  local want
  want="$(sed -n 's/^channel = "\(.*\)"$/\1/p' "$ROOT/rust-toolchain.toml")"
  if ! rustup toolchain list | grep -q "^$want-"; then
    local stable
    stable="$(RUSTUP_TOOLCHAIN=stable rustc --print sysroot 2>/dev/null || true)"
    if [ -n "$stable" ] && [ "$(RUSTUP_TOOLCHAIN=stable rustc --version | awk '{print $2}')" = "$want" ]; then
      say "Naming the stable toolchain $want (rust-toolchain.toml)"
      rustup toolchain link "$want" "$stable"
    fi
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (takes about 9 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  # The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
  local want
  want="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' "$ROOT/Cargo.lock")"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "Installing wasm-bindgen-cli $want (takes about 5 minutes)"
    # Not --locked: the CLI's own lock file names a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  # Reinstall when package-lock.json changed since the last install.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
     [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing Node packages (wasm-opt, Playwright, axe-core)"
    (cd "$ROOT" && npm ci --no-fund --no-audit --loglevel=error)
  fi
}

setup_build() {
  ensure_rust
  ensure_node
  ensure_trunk
  ensure_wasm_bindgen
  # Trunk runs cargo offline; fetch the crates first.
  (cd "$ROOT" && cargo fetch --locked --quiet)
}

setup_browser() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium chromium-driver
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
}
