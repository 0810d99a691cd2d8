/** The user's language, and the words every host shows for severities (one home for both). */
import type { Severity } from './checks/types';

export type Lang = 'zh' | 'en';

/** What a mark on a cell says: a finding's severity, or that selfeval wrote the value. */
export type MarkLook = 'error' | 'warning' | 'written';

export const SEVERITY_WORD: Record<Lang, Record<Severity | 'written', string>> = {
  zh: { error: '错误', warning: '警告', info: '提示', written: '已写入' },
  en: { error: 'Error', warning: 'Warning', info: 'Info', written: 'Written' },
};

/** The grade as the user reads it; the JSON report keeps the grade itself (优/良/中/差) as its stable value. */
const GRADE_EN: Record<string, string> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

export function gradeLabel(grade: string | null | undefined, lang: Lang): string {
  if (!grade) return '—';
  return lang === 'en' ? (GRADE_EN[grade] ?? grade) : grade;
}
