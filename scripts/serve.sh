#!/usr/bin/env bash
# Builds Dealscope and serves it on http://127.0.0.1:8080/ with the default scenario,
# rebuilding on every change. Installs whatever is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
cd "$ROOT"
step "Serving Dealscope at http://127.0.0.1:8080/ (Ctrl-C stops)"
exec trunk serve --offline --address 127.0.0.1 --port 8080
