/**
 * A cell's value as the spreadsheet shows it (its number format applied), for notes that say what a cell held
 * before selfeval wrote into it ("原值 9 → 写入 8.5"). Number formats are applied by numfmt, a maintained
 * implementation of Excel's format codes; a code it cannot read falls back to the plain number.
 */
import { format as formatNumber } from 'numfmt';
import type { Cell } from './grid';
import type { Lang } from './lang';

const BLANK: Record<Lang, string> = { zh: '（空）', en: '(blank)' };

/** A number under a format code ("0.00%" → 95.00%); General where there is none. */
export function showNumber(v: number, numFmt: string | undefined): string {
  const code = numFmt && numFmt.trim() !== '' ? numFmt : 'General';
  try {
    return formatNumber(code, v).trim() || String(v);
  } catch {
    return String(v);
  }
}

/** What a user saw in the cell: the formatted value, (blank), or the formula with what it showed. */
export function shownValue(cell: Cell | undefined, lang: Lang): string {
  const plain = shownPlain(cell, lang);
  if (!cell?.formula) return plain;
  return lang === 'en' ? `formula =${cell.formula} (shows ${plain})` : `公式 =${cell.formula}（显示 ${plain}）`;
}

function shownPlain(cell: Cell | undefined, lang: Lang): string {
  const v = cell?.value;
  if (!v || v.t === 'empty') return BLANK[lang];
  switch (v.t) {
    case 'number':
      return showNumber(v.v, cell.numFmt);
    case 'boolean':
      return v.v ? 'TRUE' : 'FALSE';
    case 'text':
      return v.v.trim() === '' ? BLANK[lang] : v.v;
    default:
      return String(v.v);
  }
}
