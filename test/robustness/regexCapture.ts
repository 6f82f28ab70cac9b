// Records every `new RegExp(...)` the server code constructs, with the stack of the call, so the linearity
// test can probe patterns built at run time (from data or templates). Must be imported before any server
// module: it replaces the global RegExp constructor with a wrapper that returns native RegExps.
const Native = RegExp;

export interface Captured {
  source: string;
  flags: string;
  stack: string;
}

export const captured: Captured[] = [];

function Capturing(pattern: string | RegExp, flags?: string): RegExp {
  const re = new Native(pattern, flags);
  captured.push({ source: re.source, flags: re.flags, stack: new Error().stack ?? '' });
  return re;
}
Object.setPrototypeOf(Capturing, Native);
Capturing.prototype = Native.prototype;
(globalThis as { RegExp: unknown }).RegExp = Capturing;

export const NativeRegExp = Native;

/** Puts the native constructor back (the probe's own patterns should not be recorded). */
export function stopCapturing(): void {
  (globalThis as { RegExp: unknown }).RegExp = Native;
}
