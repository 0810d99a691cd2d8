/** WPS failures as messages that say what to do, in Chinese and English. */
import { UserError } from '../../engine/errors';
import type { EtApplication, EtWorkbook } from './et';

/** A failure the user can act on (no workbook open, a protected sheet, …). */
export class WpsUserError extends UserError {}

/** The workbook the user is looking at now: the pane serves every open workbook, so it is asked on every action. */
export function activeBook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book)
    throw new WpsUserError(
      '没有打开的工作簿：请先在 WPS 表格中打开要校验的自评表，再点击按钮。',
      'No workbook is open: open the self-evaluation table in WPS Spreadsheets, then try again.',
    );
  return book;
}

export function lockedMessage(what: 'sheets' | 'structure', sheets: string[], action: 'write' | 'undo'): WpsUserError {
  const again = action === 'write' ? '再写回得分' : '再撤销写回';
  const againEn = action === 'write' ? 'write back again' : 'undo again';
  if (what === 'sheets')
    return new WpsUserError(
      `工作表“${sheets.join('”“')}”受保护，未做任何修改：请先撤销工作表保护（审阅 → 撤销工作表保护），${again}。`,
      `Sheet(s) ${sheets.join(', ')} are protected; nothing was changed. Unprotect them (Review → Unprotect Sheet) and ${againEn}.`,
    );
  return new WpsUserError(
    `工作簿结构受保护，无法添加或删除selfeval的工作表，未做任何修改：请先撤销“保护工作簿”（审阅 → 保护工作簿），${again}。`,
    `The workbook structure is protected, so selfeval's sheets cannot be added or removed; nothing was changed. Unprotect the workbook (Review → Protect Workbook) and ${againEn}.`,
  );
}

/** Any failure as a message: ours as they are, WPS's own with what to try (never a stack trace). */
export function explainWpsError(e: unknown): UserError {
  if (e instanceof UserError) return e;
  const detail = String((e as { message?: unknown })?.message ?? e ?? '').slice(0, 200);
  return new WpsUserError(
    `WPS 表格未能完成操作${detail ? `（${detail}）` : ''}：请确认没有正在编辑的单元格（按 Enter 或 Esc 结束编辑）后重试；如已写回一部分，可点击“撤销写回”恢复原样。`,
    `WPS Spreadsheets could not complete the action${detail ? ` (${detail})` : ''}: finish editing any cell (Enter or Esc) and try again; if part was written, Undo puts everything back.`,
  );
}
