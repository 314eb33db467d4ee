#!/usr/bin/env bash
# Trunk post-build hook (release builds only), with the native `dealscope` tool:
# - the page in Ukrainian and in Russian, `uk.html` and `ru.html`, made from the staged index.html
#   before it is filled: their title, share tags, summary without JavaScript and opening view
#   (`dealscope prerender --lang`);
# - the page as it opens, prerendered into the staged index.html, so it is painted before the
#   app's script runs (`dealscope prerender`);
# - the share images in `cards/`, `cards/uk/` and `cards/ru/` (one for the page as it opens, one
#   per proposal, and cards.json with their text equivalents; `dealscope cards`).
# Debug builds (`trunk serve`) skip it.
set -euo pipefail
if [ "${TRUNK_PROFILE:-}" != "release" ]; then
  exit 0
fi
: "${TRUNK_STAGING_DIR:?run me as a Trunk hook}"
for lang in uk ru; do
  cargo run -q --locked --bin dealscope -- prerender --lang "$lang" --into "$TRUNK_STAGING_DIR/index.html"
done
cargo run -q --locked --bin dealscope -- prerender --into "$TRUNK_STAGING_DIR/index.html"
cargo run -q --locked --bin dealscope -- cards --out "$TRUNK_STAGING_DIR/cards"
for lang in uk ru; do
  cargo run -q --locked --bin dealscope -- cards --lang "$lang" --out "$TRUNK_STAGING_DIR/cards/$lang"
done
