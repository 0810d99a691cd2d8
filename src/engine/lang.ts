/** The user's language, and the words every host shows for severities (one home for both). */
import type { Severity } from './checks/types';

export type Lang = 'zh' | 'en';

/** What a mark on a cell says: a finding's severity, or that selfeval wrote the value. */
export type MarkLook = 'error' | 'warning' | 'written';

export const SEVERITY_WORD: Record<Lang, Record<Severity | 'written', string>> = {
  zh: { error: '错误', warning: '警告', info: '提示', written: '已写入' },
  en: { error: 'Error', warning: 'Warning', info: 'Info', written: 'Written' },
};
