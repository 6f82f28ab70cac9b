// Test support: what the heap holds after a full collection. Tests that measure retained memory compare two
// such figures in one process; V8 lets a running process expose its collector on request.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | undefined;

/** A full collection: what nothing reaches is gone (and its WeakRefs empty) after this. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * Bytes of live objects after two full collections (the second frees what the first found unreachable via
 * weak maps), without compiled code: the optimiser compiles more of the code as it runs, which is no data.
 */
export function retainedBytes(): number {
  collectGarbage();
  collectGarbage();
  let bytes = 0;
  for (const s of v8.getHeapSpaceStatistics()) if (!s.space_name.includes('code')) bytes += s.space_used_size;
  return bytes;
}
