# Shared set-up for scripts/serve, scripts/build and scripts/test (sourced, not run).
#
# Every step checks first and installs only what is missing or at the wrong version, so a second
# run, or CI on a machine that already has the tools, spends no time on installs.

# The repository root, whatever directory the script was started from.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Trunk builds and serves the page. Pinned so every machine bundles the page the same way.
TRUNK_VERSION="0.21.14"

# Binaries installed by `cargo install` and by npm must be found by Trunk, which looks on PATH.
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

# Prints a step heading, so a long log shows where time goes.
step() {
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}

# Prints the version Cargo.lock pins for a package (the first match), or nothing.
locked_version() {
  awk -v name="$1" '
    $0 == "name = \"" name "\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "$ROOT/Cargo.lock"
}

# The Rust side of the page: the wasm32 target, Trunk, and the wasm-bindgen CLI that must match the
# wasm-bindgen crate version in Cargo.lock exactly (Trunk refuses a mismatch in offline mode).
ensure_wasm_toolchain() {
  step "Rust toolchain for the page"
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "wasm32-unknown-unknown target: present"
  else
    rustup target add wasm32-unknown-unknown
  fi

  local have_trunk
  have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have_trunk" = "$TRUNK_VERSION" ]; then
    echo "trunk $TRUNK_VERSION: present"
  else
    echo "trunk ${have_trunk:-missing}, need $TRUNK_VERSION: installing (this takes several minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  local want_bindgen have_bindgen
  want_bindgen="$(locked_version wasm-bindgen)"
  if [ -z "$want_bindgen" ]; then
    echo "error: Cargo.lock names no wasm-bindgen version" >&2
    return 1
  fi
  have_bindgen="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have_bindgen" = "$want_bindgen" ]; then
    echo "wasm-bindgen-cli $want_bindgen: present"
  else
    echo "wasm-bindgen-cli ${have_bindgen:-missing}, need $want_bindgen: installing"
    # Not --locked: the CLI's own lockfile pins dependency versions that no longer build on
    # current Rust; its exact version is what must match.
    cargo install wasm-bindgen-cli --version "$want_bindgen"
  fi
}

# npm packages from package-lock.json: binaryen (wasm-opt for release builds, found on PATH by
# Trunk) and playwright-core (the browser tests). `npm ci` runs only when the lockfile changed
# since the last install, recorded by its hash inside node_modules.
ensure_node_packages() {
  step "npm packages"
  local want have stamp="$ROOT/node_modules/.corroborate-lock.sha256"
  want="$(sha256sum "$ROOT/package-lock.json" | awk '{print $1}')"
  have="$(cat "$stamp" 2>/dev/null || true)"
  if [ "$want" = "$have" ] && [ -d "$ROOT/node_modules" ]; then
    echo "node_modules matches package-lock.json: present"
  else
    npm ci --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}
