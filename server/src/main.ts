// Server entry: VS Code starts it over IPC (--node-ipc); other editors use `node server.js --stdio`.
import { startServer } from './lsp/server';

if (process.argv.includes('--version')) {
  process.stdout.write(`clausule-server ${SERVER_VERSION}\n`);
  process.exit(0);
}
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('Usage: node server.js --stdio   (Clausule language server; VS Code uses --node-ipc)\n');
  process.exit(2);
}
startServer();

declare const SERVER_VERSION: string;
