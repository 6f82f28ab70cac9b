-- Neovim as a second, independent LSP client of the bundled server (node dist/server.js --stdio).
-- Written for Debian's Neovim 0.7.2 (vim.lsp.start_client + buf_attach_client; newer versions have these too).
-- Usage: nvim --headless --clean -c 'luafile test/e2e/nvim/lsp_check.lua'
-- Env: CLAUSULE_SERVER (path to dist/server.js), CLAUSULE_DRAFT (a draft with a getal-woord defect and a
-- citation of artikel 7:408 lid 1 BW). Prints what it saw; exits 0 when every check passed, 1 otherwise.
local server = os.getenv('CLAUSULE_SERVER') or 'dist/server.js'
local file = os.getenv('CLAUSULE_DRAFT') or 'test/e2e/workspace/gebreken.av'
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg)
  out('FAIL: ' .. msg .. ' (the server\'s stderr is in ' .. vim.lsp.get_log_path() .. ')')
  vim.cmd('cquit! 1')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'voorwaarden'

local client_id = vim.lsp.start_client({
  name = 'clausule',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  init_options = { diagnostics = { debounceMs = 0 } },
})
if not client_id then fail('start_client returned nil') end
vim.lsp.buf_attach_client(bufnr, client_id)

-- 1. Diagnostics pushed with textDocument/publishDiagnostics: the getal-woord defect, at its exact place.
local function find(pattern)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local c = l:find(pattern, 1, true)
    if c then return i - 1, c - 1 end
  end
end
if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then fail('no diagnostics within 15 s') end
local want_line, want_col = find('dertig (14)')
if not want_line then fail('the draft has no "dertig (14)"') end
local found = false
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  out(string.format('DIAGNOSTIC %d:%d-%d:%d severity=%d code=%s source=%s %s', d.lnum, d.col, d.end_lnum, d.end_col,
    d.severity, tostring(code), tostring(d.source), d.message))
  if code == 'getal-woord' and d.lnum == want_line and d.col == want_col and d.end_col == want_col + 11
    and d.severity == vim.diagnostic.severity.ERROR then
    found = true
  end
end
if not found then fail(string.format('no getal-woord error at %d:%d-%d:%d', want_line, want_col, want_line, want_col + 11)) end

-- 2. Hover on the BW citation: the official text of lid 1 and the link.
local hl, hc = find('artikel 7:408 lid 1 BW')
if not hl then fail('the draft has no "artikel 7:408 lid 1 BW"') end
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = hl, character = hc + 10 } }
local res, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
if not res then fail('hover request failed: ' .. tostring(err)) end
local text
for _, r in pairs(res) do
  if r.error then fail('hover error: ' .. vim.inspect(r.error)) end
  if r.result and r.result.contents then
    local c = r.result.contents
    text = type(c) == 'table' and (c.value or vim.inspect(c)) or tostring(c)
  end
end
if not text then fail('no hover on the citation: ' .. vim.inspect(res)) end
out('HOVER ' .. text:gsub('\n', ' | '):sub(1, 300))
if not text:find('De opdrachtgever kan te allen tijde de overeenkomst opzeggen.', 1, true) then fail('hover lacks the text of 7:408 lid 1 BW') end
if not text:find('wetten.overheid.nl', 1, true) then fail('hover lacks the link to wetten.overheid.nl') end

-- 3. A malformed request gets an error answer and the server lives on.
local bad = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 5000)
local alive = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
if not alive or not next(alive) then fail('server did not answer after a malformed request: ' .. vim.inspect(bad)) end

out('PASS')
vim.lsp.stop_client(client_id)
vim.wait(500)
vim.cmd('qall!')
