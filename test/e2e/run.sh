#!/usr/bin/env bash
# The real-editor stage (`npm run test:e2e`): installs the tools (setup.sh), packages clausule.vsix, then
#   1. Neovim headless as an independent LSP client of `node dist/server.js --stdio`
#   2. the extension-host suite (test/integration) in code-server, on the installed .vsix
#   3. the same suite on the development path (the repository folder as extensionDevelopmentPath)
#   4. the browser smoke test in Chromium, with screenshots
# Every step runs under `timeout`; all processes listen on 127.0.0.1 and keep their files in the work
# folder; code-server process groups left behind by an interrupted run are killed on exit.
# Exit code: 0 when every step passed; the summary names each step that failed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export CLAUSULE_E2E_WORK=${CLAUSULE_E2E_WORK:-$ROOT/test/e2e/work}
WORK=$CLAUSULE_E2E_WORK
SHOTS=${CLAUSULE_E2E_SHOTS:-$WORK/shots}
mkdir -p "$WORK/tmp" "$WORK/pgids"
export TMPDIR="$WORK/tmp"

cleanup() {
  local f
  for f in "$WORK"/pgids/*; do
    [ -e "$f" ] || continue
    kill -TERM -- "-$(cat "$f")" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

T0=$(date +%s)
declare -a FAILED=() TIMES=()
# run NAME SECONDS CMD...: a bounded step; a failure is recorded and the remaining test steps still run.
run() {
  local name=$1 limit=$2; shift 2
  local t=$(date +%s) rc=0
  echo "=== e2e: $name"
  timeout --kill-after=10 "$limit" "$@" || rc=$?
  TIMES+=("$name: $(( $(date +%s) - t ))s")
  if [ $rc -ne 0 ]; then
    [ $rc -eq 124 ] && echo "=== e2e: $name TIMED OUT after ${limit}s" || echo "=== e2e: $name FAILED (exit $rc)"
    FAILED+=("$name")
  fi
  return 0
}
# must NAME SECONDS CMD...: a step the others depend on; its failure ends the stage.
must() {
  run "$@"
  if [ ${#FAILED[@]} -gt 0 ]; then
    echo "real-editor stage FAILED: '${FAILED[*]}' did not complete, so the editor tests cannot run." >&2
    exit 1
  fi
}

must "setup (tools)" 1500 bash test/e2e/setup.sh
must "package clausule.vsix" 300 npm run --silent package
must "build integration suite" 120 node test/integration/build.mjs
NVIM_DIR="$WORK/run-nvim"; rm -rf "$NVIM_DIR"; mkdir -p "$NVIM_DIR"
run "neovim LSP client" 120 env XDG_CONFIG_HOME="$NVIM_DIR/config" XDG_DATA_HOME="$NVIM_DIR/data" \
  XDG_CACHE_HOME="$NVIM_DIR/cache" XDG_STATE_HOME="$NVIM_DIR/state" TMPDIR="$NVIM_DIR" \
  CLAUSULE_SERVER="$ROOT/dist/server.js" CLAUSULE_DRAFT="$ROOT/test/e2e/workspace/gebreken.av" \
  nvim --headless --clean -c "luafile $ROOT/test/e2e/nvim/lsp_check.lua"
run "integration: installed .vsix" 420 node test/e2e/it.js --route vsix
run "integration: development path" 420 node test/e2e/it.js --route dev
run "browser smoke test" 420 node test/e2e/smoke.js --shots "$SHOTS"

echo "=== e2e timings: ${TIMES[*]/%/;} total $(( $(date +%s) - T0 ))s"
if [ ${#FAILED[@]} -gt 0 ]; then
  printf 'real-editor stage FAILED: %s\n' "${FAILED[@]}" >&2
  echo "logs and failure screenshots: $WORK/run-*/" >&2
  exit 1
fi
echo "real-editor stage passed; screenshots in $SHOTS"
