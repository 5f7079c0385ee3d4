/**
 * Reassembles a long thread sent in parts (ProtocolMap.threadPart, then threadExtracted with its
 * `transfer`). Parts wait in memory for a short while; a transfer missing a part is refused as a
 * whole, so a half thread is never stored.
 */
import type { ThreadTransfer } from '../messaging/protocol';
import type { Post, Thread } from '../model';

/** Parts not claimed by a threadExtracted within this time are dropped (the tab went away). */
const PART_TTL_MS = 60_000;

interface Pending {
  parts: Post[][];
  at: number;
}

export class ThreadTransfers {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly now: () => number = Date.now) {}

  addPart(transfer: string, index: number, answers: Post[]): void {
    this.dropStale();
    const p = this.pending.get(transfer) ?? { parts: [], at: this.now() };
    p.parts[index] = answers;
    p.at = this.now();
    this.pending.set(transfer, p);
  }

  /** The whole thread: its answers are the parts, in order. Throws when a part is missing. */
  assemble(thread: Thread, transfer: ThreadTransfer): Thread {
    const p = this.pending.get(transfer.id);
    this.pending.delete(transfer.id);
    const parts = p?.parts ?? [];
    const missing = Array.from({ length: transfer.parts }, (_, i) => i).filter((i) => !parts[i]);
    if (missing.length > 0 || parts.length !== transfer.parts)
      throw new Error(`Threadwise: ${missing.length || 'some'} part(s) of the thread did not arrive`);
    return { ...thread, answers: [...thread.answers, ...parts.flat()] };
  }

  private dropStale(): void {
    const cutoff = this.now() - PART_TTL_MS;
    for (const [id, p] of this.pending) if (p.at < cutoff) this.pending.delete(id);
  }
}
