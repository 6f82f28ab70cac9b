// The client's answer to a server that dies: restart, tell the user once, give up on a crash loop.
import * as assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restartPolicy';

describe('robustness: client restart policy after a server crash', () => {
  it('restarts and tells the user only the first time', () => {
    let now = 0;
    const p = new RestartPolicy(4, 180_000, () => now);
    assert.deepEqual(p.onClosed(), { restart: true, notify: 'restarting' });
    now += 200_000;
    assert.deepEqual(p.onClosed(), { restart: true, notify: undefined });
    now += 200_000;
    assert.deepEqual(p.onClosed(), { restart: true, notify: undefined });
  });

  it('gives up on a crash loop (more than 4 crashes in 3 minutes), says so once, and counts afresh after a manual restart', () => {
    let now = 0;
    const p = new RestartPolicy(4, 180_000, () => now);
    const decisions = Array.from({ length: 7 }, () => {
      now += 1000;
      return p.onClosed();
    });
    assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false, false, false]);
    assert.deepEqual(decisions.map((d) => d.notify), ['restarting', undefined, undefined, undefined, 'gaveUp', undefined, undefined]);
    p.reset();
    now += 1000;
    assert.deepEqual(p.onClosed(), { restart: true, notify: undefined });
  });

  it('crashes spread over time never exhaust the budget', () => {
    let now = 0;
    const p = new RestartPolicy(4, 180_000, () => now);
    for (let i = 0; i < 50; i++) {
      now += 60_000;
      assert.equal(p.onClosed().restart, true, `crash ${i}`);
    }
  });
});
