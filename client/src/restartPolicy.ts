// What the client does when the language server's connection closes unexpectedly: restart it, tell the user
// once per session, and stop restarting a server that keeps crashing (a crash loop would burn CPU and flood
// the user with notices). Pure logic, so it is tested without VS Code.

export interface CloseDecision {
  restart: boolean;
  /** Tell the user: the first time it restarts, and the one time it gives up. Otherwise stay quiet. */
  notify?: 'restarting' | 'gaveUp';
}

export class RestartPolicy {
  private crashes: number[] = [];
  private toldRestart = false;
  private toldGaveUp = false;

  /** At most `maxRestarts` restarts within `windowMs`; the next crash in that window stops the server. */
  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  onClosed(): CloseDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.windowMs);
    this.crashes.push(t);
    if (this.crashes.length > this.maxRestarts) {
      const notify = this.toldGaveUp ? undefined : 'gaveUp';
      this.toldGaveUp = true;
      return { restart: false, notify };
    }
    const notify = this.toldRestart ? undefined : 'restarting';
    this.toldRestart = true;
    return { restart: true, notify };
  }

  /** The user restarted the server by hand: count afresh. */
  reset(): void {
    this.crashes = [];
    this.toldGaveUp = false;
  }
}
