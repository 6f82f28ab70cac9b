#!/usr/bin/env bash
# Installs what the real-editor tests need, at pinned versions, into test/e2e/work/ (gitignored):
#   apt:  chromium (browser for the UI smoke test), neovim (second LSP client), ripgrep (seed for
#         code-server's install), libkrb5-dev + pkg-config (code-server's native `kerberos` module), fonts.
#   npm:  code-server (VS Code in the browser, with a real Node extension host) and playwright-core,
#         each in its own folder under work/tools, never in the project's package.json.
# Idempotent: a step whose result is already there is skipped. Every step runs under `timeout`.
# A step that cannot be done stops the script with a message naming the tool and the reason.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${CLAUSULE_E2E_WORK:-$ROOT/test/e2e/work}
# shellcheck source=versions.sh
. "$ROOT/test/e2e/versions.sh"

APT_PACKAGES=(chromium neovim ripgrep libkrb5-dev pkg-config fonts-liberation ca-certificates make g++ python3)

T0=$(date +%s)
step() { echo "[e2e setup +$(( $(date +%s) - T0 ))s] $*"; }
die() { echo "[e2e setup] FAILED: $*" >&2; exit 1; }

mkdir -p "$WORK/tmp" "$WORK/tools" "$WORK/xdg/config" "$WORK/xdg/data" "$WORK/xdg/cache" "$WORK/logs"
# Nothing the tools write at install time lands outside the work folder (besides npm's own cache).
export TMPDIR="$WORK/tmp" XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data" XDG_CACHE_HOME="$WORK/xdg/cache"

# --- Node: code-server 4.100.x runs on Node 20 only -------------------------------------------------
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || die "node: not found on PATH"
[ "$node_major" = 20 ] || die "node: code-server $CODE_SERVER_VERSION needs Node 20, found $(node --version)"

# --- apt packages -------------------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  step "apt: all present (${APT_PACKAGES[*]})"
else
  step "apt: installing ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "apt: not root and no sudo, cannot install ${missing[*]}"
    SUDO=(sudo -n)
  fi
  timeout 300 "${SUDO[@]}" apt-get update -qq > "$WORK/logs/apt-update.log" 2>&1 \
    || { rc=$?; tail -20 "$WORK/logs/apt-update.log" >&2; die "apt: 'apt-get update' failed (exit $rc$([ $rc = 124 ] && echo ', timed out')), so ${missing[*]} cannot be installed"; }
  timeout 900 "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    > "$WORK/logs/apt-install.log" 2>&1 \
    || { rc=$?; tail -30 "$WORK/logs/apt-install.log" >&2; die "apt: installing ${missing[*]} failed (exit $rc$([ $rc = 124 ] && echo ', timed out')); log: $WORK/logs/apt-install.log"; }
fi
for bin in chromium nvim rg; do command -v "$bin" >/dev/null || die "apt: '$bin' is still not on PATH after installing its package"; done
step "chromium: $(timeout 30 chromium --version 2>/dev/null | head -1 || echo '?'); $(nvim --version | head -1)"

# --- ripgrep seed ---------------------------------------------------------------------------------------
# code-server depends on @vscode/ripgrep, whose postinstall downloads rg from GitHub (not reachable here).
# It first looks in $TMPDIR/vscode-ripgrep-cache-<version>/<asset>: seed that with Debian's rg.
case "$(uname -m)" in
  x86_64) RG_TRIPLE=x86_64-unknown-linux-musl ;;
  aarch64) RG_TRIPLE=aarch64-unknown-linux-musl ;;
  *) die "ripgrep seed: no known @vscode/ripgrep asset for architecture $(uname -m)" ;;
esac
RG_CACHE="$WORK/tmp/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
RG_ASSET="$RG_CACHE/ripgrep-$VSCODE_RIPGREP_ASSET_VERSION-$RG_TRIPLE.tar.gz"
if [ -s "$RG_ASSET" ]; then
  step "ripgrep seed: present"
else
  mkdir -p "$RG_CACHE" "$WORK/tmp/rgpack"
  cp "$(command -v rg)" "$WORK/tmp/rgpack/rg"
  timeout 60 tar czf "$RG_ASSET" -C "$WORK/tmp/rgpack" rg || die "ripgrep seed: could not write $RG_ASSET"
  step "ripgrep seed: $RG_ASSET"
fi

# --- npm tools, each in its own folder ------------------------------------------------------------------
# $1 folder name, $2 package, $3 version, $4 timeout (s), $5.. names whose install scripts may run.
# npm 11 reviews install scripts through package.json `allowScripts`; the ones listed are needed
# (native modules and code-server's own postinstall).
npm_tool() {
  local name=$1 dir="$WORK/tools/$1" pkg=$2 version=$3 limit=$4; shift 4
  local marker="$dir/.installed-$pkg@$version"
  if [ -f "$marker" ] && [ -f "$dir/node_modules/$pkg/package.json" ]; then
    step "$pkg@$version: present"
    return
  fi
  step "$pkg@$version: installing (log: $WORK/logs/$name-install.log)"
  rm -rf "$dir"; mkdir -p "$dir"
  (cd "$dir" && node -e '
    const [name, ...allow] = process.argv.slice(1);
    require("fs").writeFileSync("package.json", JSON.stringify({ name: "clausule-e2e-" + name, private: true,
      description: "Tool for the real-editor tests, installed by test/e2e/setup.sh",
      allowScripts: Object.fromEntries(allow.map((n) => [n, true])) }, null, 2) + "\n");' "$name" "$@") \
    || die "$pkg: cannot write $dir/package.json"
  local nodedir=()
  [ -f /usr/include/node/node_version.h ] && nodedir=(npm_config_nodedir=/usr)
  # npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it (npm 11 dropped the flag).
  # npm_config_yes: node-pty's install runs `npx node-gyp`, which a `yes=false` in ~/.npmrc would cancel.
  local rc=0
  (cd "$dir" && timeout "$limit" env npm_config_yes=true npm_config_unsafe_perm=true "${nodedir[@]}" \
      npm install --no-audit --no-fund --save-exact --foreground-scripts "$pkg@$version") \
    > "$WORK/logs/$name-install.log" 2>&1 || rc=$?
  if [ $rc -ne 0 ]; then
    tail -40 "$WORK/logs/$name-install.log" >&2
    local why
    why=$(grep -m1 -E '^npm error (code|network)|gyp ERR! stack Error|fatal error' "$WORK/logs/$name-install.log" || true)
    [ $rc -eq 124 ] && why="timed out after ${limit}s"
    die "$pkg@$version: npm install failed (exit $rc${why:+: $why}); log: $WORK/logs/$name-install.log"
  fi
  touch "$marker"
}

npm_tool code-server code-server "$CODE_SERVER_VERSION" 900 \
  code-server argon2 kerberos node-pty @vscode/ripgrep @parcel/watcher @vscode/spdlog @vscode/sqlite3 \
  @vscode/deviceid native-watchdog @vscode/native-watchdog native-keymap @vscode/policy-watcher esbuild
CODE_SERVER="$WORK/tools/code-server/node_modules/.bin/code-server"
# (the first run also logs that it wrote a default config, inside XDG_CONFIG_HOME)
got=$(timeout 60 "$CODE_SERVER" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -1) \
  || die "code-server: installed but '$CODE_SERVER --version' fails"
case "$got" in "$CODE_SERVER_VERSION "*) ;; *) die "code-server: expected $CODE_SERVER_VERSION, got '$got'" ;; esac
step "code-server: $got"

npm_tool playwright playwright-core "$PLAYWRIGHT_CORE_VERSION" 300
step "done"
