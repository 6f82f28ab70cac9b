# Pinned versions for the real-editor tests (sourced by setup.sh; test/integration/runTest.mjs reads VSCODE_VERSION).
# code-server 4.100.x is the newest line that runs on Node 20; it embeds VS Code 1.100.3.
CODE_SERVER_VERSION=4.100.3
VSCODE_VERSION=1.100.3
PLAYWRIGHT_CORE_VERSION=1.65.1
# code-server 4.100.3 depends on @vscode/ripgrep 1.15.11, which fetches ripgrep v13.0.0-10 in its postinstall.
VSCODE_RIPGREP_VERSION=1.15.11
VSCODE_RIPGREP_ASSET_VERSION=v13.0.0-10
# apt packages come from Debian 12 (bookworm) and follow its security updates, so they are not pinned;
# tested with chromium 156.0.8078.79-1~deb12u1 and neovim 0.7.2-7 (setup.sh prints the versions it finds).
