# shellcheck shell=bash
# Installs only what is missing, then returns. Sourced by scripts/serve.sh and scripts/test.sh;
# safe to run again and again. Versions and traps: see README "Toolchain".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRUNK_VERSION=0.21.14
export TRUNK_SKIP_VERSION_CHECK=true
export PATH="$HOME/.cargo/bin:$ROOT/e2e/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=
apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

ensure_rust() {
  command -v cargo >/dev/null && command -v rustup >/dev/null ||
    die "Rust is missing: install it with rustup (https://rustup.rs), then run this again."
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -qF "trunk $TRUNK_VERSION"; then return; fi
  step "Installing Trunk $TRUNK_VERSION (about 5 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local version
  version=$(wasm_bindgen_version)
  [ -n "$version" ] || die "Cargo.lock names no wasm-bindgen version"
  grep -qF "wasm_bindgen = \"$version\"" "$ROOT/Trunk.toml" ||
    die "Trunk.toml must pin wasm_bindgen = \"$version\", the version in Cargo.lock"
  if wasm-bindgen --version 2>/dev/null | grep -qF "wasm-bindgen $version" &&
    command -v wasm-bindgen-test-runner >/dev/null; then
    return
  fi
  step "Installing wasm-bindgen-cli $version (also brings wasm-bindgen-test-runner)"
  # The registry mirror can lack a crate version the CLI's lockfile names; then resolve afresh.
  cargo install wasm-bindgen-cli --version "$version" --locked ||
    cargo install wasm-bindgen-cli --version "$version"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  step "Installing Debian's chromium and chromium-driver"
  apt_install chromium chromium-driver
}

ensure_node() {
  if command -v node >/dev/null && command -v npm >/dev/null; then return; fi
  step "Installing Node.js and npm"
  apt_install nodejs npm
}

# npm ci wipes node_modules, so run it only when the lockfile changed since the last install.
# It also brings wasm-opt (npm binaryen@132), which Trunk needs for release builds.
ensure_node_packages() {
  ensure_node
  local stamp="$ROOT/e2e/node_modules/.dealscope-installed-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/e2e/package-lock.json"; then return; fi
  step "Installing the e2e node packages (npm ci)"
  (cd "$ROOT/e2e" && npm ci --no-audit --no-fund)
  cp "$ROOT/e2e/package-lock.json" "$stamp"
}

# Everything the build needs (serve.sh): Rust target, Trunk, wasm-bindgen, wasm-opt.
ensure_build_tools() {
  ensure_rust
  ensure_node_packages
  ensure_wasm_bindgen
  ensure_trunk
}
