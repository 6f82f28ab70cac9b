#!/usr/bin/env bash
# `npm run screenshots`: regenerates the README screenshots (images/screenshots/*.png) with the browser
# smoke test, against a freshly packaged clausule.vsix.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export CLAUSULE_E2E_WORK=${CLAUSULE_E2E_WORK:-$ROOT/test/e2e/work}
mkdir -p "$CLAUSULE_E2E_WORK/tmp"
export TMPDIR="$CLAUSULE_E2E_WORK/tmp"
timeout 1500 bash test/e2e/setup.sh
timeout 300 npm run --silent package
timeout 420 node test/e2e/smoke.js --shots "$ROOT/images/screenshots"
ls -l "$ROOT"/images/screenshots/*.png
