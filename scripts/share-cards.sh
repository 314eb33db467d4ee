#!/usr/bin/env bash
# Trunk post-build hook (release builds only): renders the share images into the staging folder,
# `cards/` (one for the page as it opens, one per proposal, and cards.json with their text
# equivalents), with the native `dealscope cards`. Debug builds (`trunk serve`) skip it.
set -euo pipefail
if [ "${TRUNK_PROFILE:-}" != "release" ]; then
  exit 0
fi
: "${TRUNK_STAGING_DIR:?run me as a Trunk hook}"
cargo run -q --locked --bin dealscope -- cards --out "$TRUNK_STAGING_DIR/cards"
