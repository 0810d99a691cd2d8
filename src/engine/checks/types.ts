/**
 * The shape every check module follows, as ESLint's rules and stylelint's: metadata with the check's messages (by
 * id, in Chinese and English), and a pure run function that reports where and what — a message id and its data.
 */
import { GridView } from '../grid';
import { At, TableModel } from '../model';
import { Profile } from '../profiles';
import { ScoredTable } from '../score';

export type Severity = 'error' | 'warning' | 'info';

export interface CheckMeta {
  /** Stable public code (domain §5). */
  code: string;
  severity: Severity;
  /** What the check catches, in Chinese. */
  description: string;
  /** Which cell the finding points at. */
  cell: string;
  /** Short English description. */
  descriptionEn: string;
  /**
   * The finding is about the value entered in its cell, and writing back the computed value answers it
   * (SCORE_MISMATCH, SCORE_MISSING, …): a written cell then shows the "written" fill rather than the finding's.
   */
  fixedByWriteBack?: boolean;
  /** The check's words, by message id: each turns the data run() reports into a sentence in either language. */
  messages: Record<string, AnyMessage>;
}

/** One message, in both languages, of the data `D` its check reports. */
export interface Message<D> {
  zh: (d: D) => string;
  en: (d: D) => string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each message types its own data (see msg and FindingOf)
export type AnyMessage = Message<any>;

/** Defines a message, its data's type written once. */
export function msg<D>(zh: (d: D) => string, en: (d: D) => string): Message<D> {
  return { zh, en };
}

/** A finding before it is given its code, severity, A1 address and words. */
export interface RawFinding {
  at: At;
  messageId: string;
  data: unknown;
}

/** What a check with messages M may report: a message id of M and that message's data. */
export type FindingOf<M extends Record<string, AnyMessage>> = {
  [K in keyof M & string]: { at: At; messageId: K; data: Parameters<M[K]['zh']>[0] };
}[keyof M & string];

export interface TableContext {
  scored: ScoredTable;
  table: TableModel;
  profile: Profile;
  view: GridView;
}

export interface SheetContext {
  view: GridView;
  tables: TableModel[];
}

export interface TableCheck {
  meta: CheckMeta;
  scope: 'table';
  run(ctx: TableContext): RawFinding[];
}

export interface SheetCheck {
  meta: CheckMeta;
  scope: 'sheet';
  run(ctx: SheetContext): RawFinding[];
}

export type Check = TableCheck | SheetCheck;

/** A table check whose reports are checked against its own messages. */
export function tableCheck<M extends Record<string, AnyMessage>>(c: {
  meta: Omit<CheckMeta, 'messages'> & { messages: M };
  run(ctx: TableContext): Array<FindingOf<M>>;
}): TableCheck {
  return { meta: c.meta, scope: 'table', run: c.run };
}

/** A sheet check whose reports are checked against its own messages. */
export function sheetCheck<M extends Record<string, AnyMessage>>(c: {
  meta: Omit<CheckMeta, 'messages'> & { messages: M };
  run(ctx: SheetContext): Array<FindingOf<M>>;
}): SheetCheck {
  return { meta: c.meta, scope: 'sheet', run: c.run };
}

/** The words of a reported finding, in the user's language (a language is a key of every message). */
export function messageOf(meta: CheckMeta, f: RawFinding, lang: keyof AnyMessage): string {
  const m = meta.messages[f.messageId];
  if (!m) throw new Error(`${meta.code}: no message "${f.messageId}"`);
  return m[lang](f.data);
}
