/** selfeval's own sheets, and how a sheet name is written in a formula or an Office.js address: one home for both. */
export const RESULT_SHEET = '校验结果';
export const BACKUP_SHEET = '_selfeval_backup';
/**
 * The hidden defined name in which a workbook keeps the profile chosen in the pane (`="hunan"`): the WPS host writes
 * it, the .xlsx host reads it and keeps it through a fix.
 */
export const PROFILE_NAME = 'selfeval_profile';
/** Never checked as tables. */
export const OWN_SHEETS: readonly string[] = [RESULT_SHEET, BACKUP_SHEET];

/** A sheet name quoted for a reference ("It's" → 'It''s'), as Excel, LibreOffice and Office.js read it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
