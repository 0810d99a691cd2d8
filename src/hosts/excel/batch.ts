/**
 * Requests within Excel on the web's 5 MB (resource limits, docs/addin.md): operations are sent in chunks, and a
 * chunk refused for its size is sent again in halves. A request over the limit is refused whole, so nothing of it
 * ran; an answer over the limit fails after the request ran, which is harmless for loads.
 */
import { codeOf } from './errors';

const tooBig = (e: unknown): boolean =>
  /^(RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded)$/.test(codeOf(e));

/**
 * Loads something for each item, `per` items a sync; `head` (loads of their own, like protection) rides with the first
 * sync that succeeds; `read` takes each item's loaded proxies after its sync.
 */
export async function loadInSyncs<T, H>(
  ctx: Excel.RequestContext,
  items: T[],
  per: number,
  load: (item: T) => H,
  read: (item: T, loaded: H) => void,
  head: () => () => void = () => () => undefined,
): Promise<void> {
  const done: { head: (() => void) | null } = { head: null };
  const send = async (chunk: T[]): Promise<void> => {
    const pendingHead = done.head ? null : head();
    const loaded = chunk.map((it) => load(it));
    try {
      await ctx.sync();
    } catch (e) {
      if (!tooBig(e) || chunk.length < 2) throw e;
      const half = Math.ceil(chunk.length / 2);
      await send(chunk.slice(0, half));
      await send(chunk.slice(half));
      return;
    }
    if (pendingHead) done.head = pendingHead;
    chunk.forEach((it, i) => read(it, loaded[i]));
  };
  for (let i = 0; i < items.length || (i === 0 && !done.head); i += Math.max(1, per))
    await send(items.slice(i, i + per));
  done.head?.();
}

/** Runs queued operations, syncing every `perSync` cell operations; a chunk refused for its size goes in halves. */
export async function flush(
  ctx: Excel.RequestContext,
  ops: Array<() => void>,
  cellOps: number,
  perSync: number,
): Promise<void> {
  const per = cellOps > perSync ? Math.max(1, Math.ceil(ops.length / Math.ceil(cellOps / perSync))) : ops.length;
  const send = async (chunk: Array<() => void>): Promise<void> => {
    for (const op of chunk) op();
    try {
      await ctx.sync();
    } catch (e) {
      if (codeOf(e) !== 'RequestPayloadSizeLimitExceeded' || chunk.length < 2) throw e;
      const half = Math.ceil(chunk.length / 2);
      await send(chunk.slice(0, half));
      await send(chunk.slice(half));
    }
  };
  for (let i = 0; i < ops.length; i += per) await send(ops.slice(i, i + per));
}
