/**
 * Office errors as messages that say what to do. Codes are those of the Excel JavaScript API
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling): not localized,
 * stable; Office's own message is not meant for users.
 */
import { UserError } from '../../engine/errors';

/** A failure the user can act on (protected sheet, cell being edited, …). */
export class ExcelUserError extends UserError {}

export function codeOf(e: unknown): string {
  return String((e as { code?: unknown })?.code ?? '');
}

/** Too much for one request or answer: read again in smaller blocks. */
export function isSizeError(e: unknown): boolean {
  return /^(RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded|RangeExceedsLimit|PayloadTooLarge)$/.test(
    codeOf(e),
  );
}

/** Failures of the whole request, not of one part of it: retrying a smaller part cannot help. */
export function isGlobalError(e: unknown): boolean {
  return /^(InvalidOperationInCellEditMode|InactiveWorkbook|RequestAborted|ServiceNotAvailable|Unauthenticated|MemoryLimitReached|AccessDenied)$/.test(
    codeOf(e),
  );
}

const MESSAGES: Record<string, [string, string]> = {
  InvalidOperationInCellEditMode: [
    'Excel 正处于单元格编辑状态：请先按 Enter 或 Esc 结束编辑，再点击按钮。',
    'Excel is in cell-edit mode: press Enter or Esc, then try again.',
  ],
  AccessDenied: [
    '工作表或工作簿受保护，或工作簿为只读，无法写入：请撤销保护（审阅 → 撤销工作表保护 / 保护工作簿）或另存一份后重试。',
    'The sheet or workbook is protected, or the workbook is read-only: unprotect it (Review → Unprotect) or save a copy, then try again.',
  ],
  InsertDeleteConflict: [
    '工作表结构受保护或与筛选、表格冲突，无法添加或删除工作表：请撤销“保护工作簿”后重试。',
    'The workbook structure is protected or in conflict: unprotect the workbook (Review → Protect Workbook) and try again.',
  ],
  RequestPayloadSizeLimitExceeded: [
    '一次写入的数据超过了 Excel 网页版的 5MB 限制：请分别校验、写回各工作表。',
    'The write exceeds the 5 MB limit of Excel on the web: check and write back one sheet at a time.',
  ],
  ResponsePayloadSizeLimitExceeded: [
    '工作表数据超过了 Excel 网页版一次读取的 5MB 限制，分块读取仍未成功：请删除工作表中无用的行列后重试，或只校验当前工作表。',
    'The sheet is larger than Excel on the web can answer (5 MB) even in blocks: delete unused rows and columns, or check one sheet.',
  ],
  RangeExceedsLimit: [
    '工作表的已用区域超过了 Excel 一次读取的 500 万个单元格，分块读取仍未成功：请删除表格下方或右侧无用的行列后重试。',
    'The used range exceeds the 5,000,000 cells Excel reads at once, even in blocks: delete unused rows and columns below or right of the table.',
  ],
  ItemNotFound: [
    '找不到要处理的工作表或单元格（可能已改名或删除）：请重新校验。',
    'A sheet or cell was not found (renamed or deleted?): check again.',
  ],
  ItemAlreadyExists: [
    '工作簿中已有同名工作表：请重新校验后再写回。',
    'A sheet of that name already exists: check again, then write back.',
  ],
  InactiveWorkbook: [
    '打开了多个工作簿，本工作簿已不在前台：请点击本工作簿的任一单元格后重试。',
    'Several workbooks are open and this one lost focus: click a cell of this workbook and try again.',
  ],
  MemoryLimitReached: [
    'Excel 内存不足：请关闭其他工作簿后重试，或只校验当前工作表。',
    'Excel ran out of memory: close other workbooks, or check one sheet.',
  ],
  InvalidOperation: [
    'Excel 拒绝了此操作（工作簿可能受保护、为只读或处于共享查看模式）：请确认可以编辑后重试。',
    'Excel refused the operation (the workbook may be protected, read-only or view-only): make sure it can be edited and try again.',
  ],
  GeneralException: [
    'Excel 暂时无法完成操作：请保存工作簿后重试。',
    'Excel could not complete the operation: save the workbook and try again.',
  ],
  RequestAborted: [
    '请求被 Excel 中止：请保存工作簿后重试。',
    'Excel aborted the request: save the workbook and try again.',
  ],
  ServiceNotAvailable: ['Excel 服务暂不可用：请稍后重试。', 'The Excel service is not available: try again later.'],
};
MESSAGES.PayloadTooLarge = MESSAGES.RequestPayloadSizeLimitExceeded;

/** Turns an Office.js error into a message that says what to do. */
export function explainOfficeError(e: unknown): ExcelUserError {
  if (e instanceof UserError) return e instanceof ExcelUserError ? e : new ExcelUserError(e.message, e.en);
  const code = codeOf(e);
  const known = MESSAGES[code];
  if (known) return new ExcelUserError(known[0], known[1]);
  const msg = e instanceof Error ? e.message : String(e);
  return new ExcelUserError(
    `Excel 返回错误${code ? `（${code}）` : ''}：${msg.slice(0, 200)}。请保存工作簿后重试。`,
    `Excel reported an error${code ? ` (${code})` : ''}: ${msg.slice(0, 200)}. Save the workbook and try again.`,
  );
}
