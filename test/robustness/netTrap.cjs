// Preloaded with `node --require` into the language server or the CLI by the privacy tests: every way out
// of the machine (sockets, DNS, HTTP(S), HTTP/2, TLS, UDP, fetch) is recorded and then fails. The stdio pipes
// the LSP runs over are created by Node without connect(), so they keep working.
// Records go to stderr as lines starting with CLAUSULE-NET-TRAP, and to $CLAUSULE_NET_TRAP_LOG if set.
'use strict';
const fs = require('node:fs');

function record(what, detail) {
  let shown;
  try {
    shown = JSON.stringify(detail, (k, v) => (typeof v === 'function' ? '[function]' : v));
  } catch {
    shown = String(detail);
  }
  const line = `CLAUSULE-NET-TRAP ${what} ${shown ?? ''}\n`;
  try {
    fs.writeSync(2, line);
  } catch {}
  if (process.env.CLAUSULE_NET_TRAP_LOG) {
    try {
      fs.appendFileSync(process.env.CLAUSULE_NET_TRAP_LOG, line);
    } catch {}
  }
}

function trap(mod, name, label) {
  const original = mod[name];
  if (typeof original !== 'function') return;
  const replacement = function (...args) {
    record(label, args.slice(0, 2));
    throw new Error(`clausule privacy test: ${label} is not allowed`);
  };
  try {
    Object.defineProperty(mod, name, { value: replacement, configurable: true, writable: true });
  } catch {
    mod[name] = replacement;
  }
}

const net = require('node:net');
trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
const tls = require('node:tls');
trap(tls, 'connect', 'tls.connect');
const dns = require('node:dns');
for (const n of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
  trap(dns, n, `dns.${n}`);
  trap(dns.promises, n, `dns.promises.${n}`);
}
trap(dns.Resolver.prototype, 'resolve', 'dns.Resolver.resolve');
for (const m of ['http', 'https']) {
  const mod = require(`node:${m}`);
  trap(mod, 'request', `${m}.request`);
  trap(mod, 'get', `${m}.get`);
}
trap(require('node:http2'), 'connect', 'http2.connect');
trap(require('node:dgram'), 'createSocket', 'dgram.createSocket');
for (const g of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) {
  if (g in globalThis) {
    Object.defineProperty(globalThis, g, {
      configurable: true,
      writable: true,
      value: function (...args) {
        record(`globalThis.${g}`, args.slice(0, 1).map(String));
        throw new Error(`clausule privacy test: ${g} is not allowed`);
      },
    });
  }
}

// Self-test: proves that each trap records (the privacy test fails if these do not show up).
if (process.env.CLAUSULE_NET_TRAP_SELFTEST) {
  const attempts = [
    () => fetch('https://example.invalid/'),
    () => require('node:https').get('https://example.invalid/'),
    () => require('node:http').request({ host: 'example.invalid' }),
    () => require('node:dns').lookup('example.invalid', () => {}),
    () => require('node:net').connect(443, 'example.invalid'),
    () => new (require('node:net').Socket)().connect(443, 'example.invalid'),
    () => require('node:tls').connect(443, 'example.invalid'),
    () => require('node:dgram').createSocket('udp4'),
    () => require('node:http2').connect('https://example.invalid'),
  ];
  for (const a of attempts) {
    try {
      a();
    } catch {}
  }
}
