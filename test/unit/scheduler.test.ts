// The background's fair scheduler, with fake tasks and a fake clock: time moves only when a task step "costs"
// some or the scheduler sleeps, and every turn it gives the event loop is recorded, so the order of work and the
// wait of a message that arrives mid-analysis are exact (no wall clock).
import { describe, expect, it } from 'vitest';
import { FairScheduler, type Clock, type JobSpec } from '../../src/background/scheduler';

class FakeLoop {
  time = 0;
  turns = 0;
  /** What ran, in order: "name:step" for task steps, "turn" for every turn given to the event loop. */
  readonly trace: string[] = [];
  /** What happens in the event loop at a given turn (a request or a message arriving between slices). */
  private readonly hooks = new Map<number, () => void>();
  /** Messages waiting; each is answered at the next turn, as the browser would dispatch it. */
  private inbox: Array<() => void> = [];

  readonly clock: Clock = { now: () => this.time };

  yieldTurn = async (): Promise<void> => {
    this.turns++;
    this.trace.push('turn');
    this.hooks.get(this.turns)?.();
    const inbox = this.inbox;
    this.inbox = [];
    for (const answer of inbox) answer();
  };

  /** Runs `fn` in the event loop's n-th turn. */
  atTurn(n: number, fn: () => void): void {
    this.hooks.set(n, fn);
  }

  /** A message (e.g. the popup's results/get) arriving now; resolves with the fake time it was answered. */
  message(): Promise<number> {
    return new Promise((resolve) => this.inbox.push(() => resolve(this.time)));
  }

  /** A job of `steps` steps of `cost` ms each, logging each step; returns its name when done. */
  task(tabId: number, name: string, steps: number, cost: number, visible = false, key = '0'): JobSpec<string> {
    const run = function* (loop: FakeLoop) {
      for (let i = 0; i < steps; i++) {
        loop.time += cost;
        loop.trace.push(`${name}:${i}`);
        yield;
      }
      return name;
    };
    return { tabId, key, visible, start: () => run(this) };
  }
}

function setup(sliceMs = 10, churn = { windowMs: 1000, repeats: 2 }) {
  const loop = new FakeLoop();
  const scheduler = new FairScheduler({ clock: loop.clock, yieldTurn: loop.yieldTurn, sliceMs, churn });
  return { loop, scheduler };
}

describe('FairScheduler', () => {
  it('runs a long analysis in slices, with a turn of the event loop after each', async () => {
    const { loop, scheduler } = setup(10);
    const done = scheduler.submit(loop.task(1, 'big', 20, 4));
    expect(await done).toEqual({ done: true, value: 'big' });
    // 4 ms steps in 10 ms slices: three steps (12 ms) then a turn.
    expect(loop.trace.slice(0, 8)).toEqual(['big:0', 'big:1', 'big:2', 'turn', 'big:3', 'big:4', 'big:5', 'turn']);
    expect(loop.trace.filter((t) => t === 'turn').length).toBe(7);
  });

  it("answers a message that arrives mid-analysis within one slice (the popup's read never waits for the analysis)", async () => {
    const { loop, scheduler } = setup(10);
    const done = scheduler.submit(loop.task(1, 'big', 500, 3)); // 1.5 s of work
    let asked = 0;
    let answered: Promise<number> = Promise.resolve(-1);
    loop.atTurn(20, () => {
      loop.time += 2; // it arrives in the middle of the next slice, from the scheduler's point of view
      asked = loop.time;
      answered = loop.message();
    });
    expect(await done).toEqual({ done: true, value: 'big' });
    expect(loop.time).toBeGreaterThanOrEqual(1500);
    expect(await answered - asked).toBeLessThanOrEqual(10 + 3);
  });

  it("puts the visible tab's job before a hidden tab's long one, even when it arrives later", async () => {
    const { loop, scheduler } = setup(10);
    const big = scheduler.submit(loop.task(1, 'hidden', 300, 5));
    let asked = 0;
    let small: Promise<unknown> = Promise.resolve();
    loop.atTurn(5, () => { asked = loop.time; small = scheduler.submit(loop.task(2, 'visible', 4, 5, true)); });
    await big;
    expect(await small).toEqual({ done: true, value: 'visible' });
    // Right after the turn it arrived in: the visible job's four steps, then the hidden job goes on.
    const at = loop.trace.indexOf('visible:0');
    expect(loop.trace.slice(at - 1, at + 5)).toEqual(['turn', 'visible:0', 'visible:1', 'turn', 'visible:2', 'visible:3']);
    expect(loop.trace.filter((t) => t.startsWith('hidden')).length).toBe(300);
    expect(asked).toBeLessThan(300 * 5);
  });

  it('takes visibility from tab activation over the hint a job carried', async () => {
    const { loop, scheduler } = setup(10);
    scheduler.setVisible(1, false); // tab 1 said "visible" but is no longer the active tab
    const a = scheduler.submit(loop.task(1, 'a', 6, 5, true));
    const b = scheduler.submit(loop.task(2, 'b', 2, 5, false));
    scheduler.setVisible(2, true);
    await Promise.all([a, b]);
    expect(loop.trace.indexOf('b:1')).toBeLessThan(loop.trace.indexOf('a:0'));
  });

  it('gives hidden tabs turns in rotation: one slice each', async () => {
    const { loop, scheduler } = setup(10);
    const jobs = [scheduler.submit(loop.task(1, 'a', 6, 5)), scheduler.submit(loop.task(2, 'b', 6, 5)), scheduler.submit(loop.task(3, 'c', 6, 5))];
    await Promise.all(jobs);
    const order = loop.trace.filter((t) => t !== 'turn').map((t) => t[0]).join('');
    expect(order).toBe('aabbccaabbccaabbcc');
  });

  it("drops a tab's older request when a newer one for the same tab and key arrives (stale work), and its steps stop", async () => {
    const { loop, scheduler } = setup(10);
    const old = scheduler.submit(loop.task(1, 'old', 100, 5));
    let other: Promise<unknown> = Promise.resolve();
    let fresh: Promise<unknown> = Promise.resolve();
    loop.atTurn(3, () => {
      other = scheduler.submit(loop.task(1, 'frame', 2, 5, false, '7')); // another key: kept
      fresh = scheduler.submit(loop.task(1, 'new', 3, 5));
    });
    expect(await old).toEqual({ done: false, reason: 'superseded' });
    expect(await fresh).toEqual({ done: true, value: 'new' });
    expect(await other).toEqual({ done: true, value: 'frame' });
    expect(loop.trace.filter((t) => t.startsWith('old')).length).toBe(6); // three slices of two steps, then dropped
  });

  it('backs off a tab that keeps sending new work (it goes after calm tabs, even visible) and forgives it once quiet', async () => {
    const { loop, scheduler } = setup(10);
    for (let i = 0; i < 3; i++) {
      await scheduler.submit(loop.task(1, `churn${i}`, 1, 5, true));
      loop.time += 100; // the page changes again 100 ms after each answer
    }
    expect(scheduler.isChurning(1)).toBe(true);
    const churn = scheduler.submit(loop.task(1, 'churn-visible', 4, 5, true));
    const calm = scheduler.submit(loop.task(2, 'calm-hidden', 4, 5, false));
    const quiet = scheduler.submit(loop.task(3, 'calm-visible', 4, 5, true));
    await Promise.all([churn, calm, quiet]);
    // The calm visible tab first; then the backed-off visible tab and the calm hidden one share turns.
    const names = loop.trace.filter((t) => t !== 'turn' && !/^churn\d/.test(t)).map((t) => t.split(':')[0]);
    // (tab 2 first: tab 1 ran last, before it was backed off).
    expect(names).toEqual(['calm-visible', 'calm-visible', 'calm-visible', 'calm-visible', 'calm-hidden', 'calm-hidden',
      'churn-visible', 'churn-visible', 'calm-hidden', 'calm-hidden', 'churn-visible', 'churn-visible']);
    loop.time += 5000; // quiet
    expect(scheduler.isChurning(1)).toBe(false);
  });

  it('keeps a hidden churning tab behind a hidden calm one', async () => {
    const { loop, scheduler } = setup(10);
    for (let i = 0; i < 3; i++) await scheduler.submit(loop.task(1, `warm${i}`, 1, 5));
    const churn = scheduler.submit(loop.task(1, 'churn', 4, 5));
    const calm = scheduler.submit(loop.task(2, 'calm', 6, 5));
    await Promise.all([churn, calm]);
    expect(loop.trace.indexOf('calm:5')).toBeLessThan(loop.trace.indexOf('churn:0'));
  });

  it('drops a closed tab\'s jobs and keeps going; a job that throws rejects alone', async () => {
    const { loop, scheduler } = setup(10);
    const gone = scheduler.submit(loop.task(1, 'gone', 50, 5));
    const broken = scheduler.submit({ tabId: 2, key: '0', visible: false, *start() { loop.time += 1; yield; throw new Error('bad page'); } });
    const fine = scheduler.submit(loop.task(3, 'fine', 4, 5));
    scheduler.cancelTab(1);
    expect(await gone).toEqual({ done: false, reason: 'cancelled' });
    await expect(broken).rejects.toThrow('bad page');
    expect(await fine).toEqual({ done: true, value: 'fine' });
    expect(scheduler.size).toBe(0);
    expect(loop.trace.some((t) => t.startsWith('gone'))).toBe(false);
  });
});
