/**
 * Explanations attached to cells: notes through the worksheet's collection (ExcelApi 1.18; the documented key is
 * the cell's local address, or a Range), else threaded comments (ExcelApi 1.10; a string address must name the
 * sheet). A cell cannot hold both a note and a threaded comment, and a user may remove a note or comment at any
 * time: such changes run apart, each alone if together they fail, so that one cannot stop the others.
 */
import { Capabilities } from './capabilities';
import { qualified } from './convert';

type Op = () => void;

/** Changes that may fail one by one: each is a list of alternatives, tried in order until one succeeds. */
export class Deferred {
  private items: Op[][] = [];
  push(...alternatives: Op[]): void {
    this.items.push(alternatives);
  }
  get size(): number {
    return this.items.length;
  }
  /** Runs them; returns how many failed in every alternative. */
  async run(ctx: Excel.RequestContext): Promise<number> {
    const items = this.items;
    this.items = [];
    if (items.length === 0) return 0;
    for (const alts of items) alts[0]();
    try {
      await ctx.sync();
      return 0;
    } catch {
      // Office does not roll a failed batch back: what succeeded stays, and the alternatives cover it.
    }
    let failed = 0;
    for (const alts of items) {
      let ok = false;
      for (const op of alts) {
        op();
        try {
          await ctx.sync();
          ok = true;
          break;
        } catch {
          /* try the next alternative */
        }
      }
      if (!ok) failed++;
    }
    return failed;
  }
}

/** Queues loading whether a cell has a note (ExcelApi 1.18); read `isNullObject`/`content` after the sync. */
export function probeNote(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  sheet: string,
  cell: string,
): Excel.Note | null {
  if (!caps.notes) return null;
  const n = ctx.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(cell);
  n.load('content');
  return n;
}

/**
 * Sets (text) or removes (null) the explanation on a cell. With notes, `exists` says whether the cell has a note
 * now (from a probe; null when unknown) and `risky` puts the change apart (a sheet with threaded comments, where a
 * note may not be added). With comments, `exists` says whether selfeval's own comment is there.
 */
export function setExplanation(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  deferred: Deferred,
  sheet: string,
  cell: string,
  text: string | null,
  exists: boolean | null,
  risky: boolean,
): void {
  const ws = () => ctx.workbook.worksheets.getItem(sheet);
  if (caps.notes) {
    const update: Op = () => {
      const n = ws().notes.getItem(cell);
      if (text === null) n.delete();
      else n.content = text;
    };
    const add: Op = () => {
      if (text !== null) ws().notes.add(ws().getRange(cell), text);
    };
    if (exists === null || risky) {
      if (text === null) deferred.push(update);
      else deferred.push(exists === false ? add : update, exists === false ? update : add);
      return;
    }
    if (exists) update();
    else add();
    return;
  }
  if (!caps.comments) return;
  // Threaded comments (older Excel): never written over a comment of the user's (its text would be lost), so a
  // new one is only added, and fails alone where the user has one; `exists` says selfeval's own is there.
  const address = qualified(sheet, cell);
  const byCell = () => ctx.workbook.comments.getItemByCell(address);
  const addComment: Op = () => void ctx.workbook.comments.add(address, text ?? '');
  if (text === null) deferred.push(() => byCell().delete());
  else if (exists)
    deferred.push(() => {
      byCell().content = text;
    }, addComment);
  else deferred.push(addComment);
}
