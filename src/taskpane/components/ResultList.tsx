/** Findings grouped by file → sheet → table, with a severity filter. Clicking a finding selects its cell. */
import * as React from 'react';
import {
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Finding, SheetReport, TableReport } from '../../engine';
import { countSeverities, findingsOfSheet } from '../../engine/analyze';
import type { Strings } from '../i18n';
import { gradeLabel } from '../../engine/lang';

export interface ResultItem {
  id: string;
  /** File name (standalone) or workbook label (Excel). */
  label: string;
  sheets: SheetReport[] | null;
  error: string | null;
}

type Severity = Finding['severity'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  filters: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
  file: { display: 'flex', flexDirection: 'column', gap: '6px' },
  fileTitle: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  table: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  tableHead: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'baseline' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  finding: {
    width: '100%',
    textAlign: 'left',
    display: 'grid',
    gridTemplateColumns: 'auto auto 1fr',
    columnGap: '6px',
    alignItems: 'start',
    background: 'transparent',
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '4px',
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, border: `1px solid ${tokens.colorBrandStroke1}` },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    gridColumn: '3',
  },
  message: { gridColumn: '3', gridRow: '1' },
  empty: { color: tokens.colorPaletteGreenForeground1 },
  detail: {
    margin: '0 4px 4px 28px',
    padding: '4px 8px',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '12px',
  },
  hiddenChip: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
});

/** The row of a table a finding's cell stands in: an indicator, or the budget row (for the detail of a finding). */
function rowOf(
  t: TableReport,
  cell: string,
): { label: string; values: Array<[keyof Strings['detail'], string]> } | null {
  const row = (a: string | null | undefined) => (a ? Number(/\d+$/.exec(a)?.[0]) : NaN);
  const r = row(cell);
  const ind = t.indicators.find((i) => row(i.cell) === r || row(i.scoreCell) === r || row(i.noteCell) === r);
  const num = (n: number | null) => (n === null ? '—' : String(n));
  if (ind)
    return {
      label: ind.name,
      values: [
        ['target', ind.target || '—'],
        ['actual', ind.actual || '—'],
        ['weight', num(ind.weight)],
        ['entered', num(ind.enteredScore)],
        ['computed', num(ind.computedScore)],
      ],
    };
  const b = t.budget;
  if (b && (row(b.rateCell) === r || row(b.scoreCell) === r))
    return {
      label: '',
      values: [
        ['rate', b.rate === null ? '—' : `${Math.round(b.rate * 10000) / 100}%`],
        ['weight', num(b.weight)],
        ['entered', num(b.enteredScore)],
        ['computed', num(b.score)],
      ],
    };
  return null;
}

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export function allFindings(items: ResultItem[]): Finding[] {
  return items.flatMap((it) => (it.sheets ?? []).flatMap(findingsOfSheet));
}

function fmt(n: number | null, s: Strings, what: 'entered' | 'computed'): string {
  if (n === null) return what === 'entered' ? s.notEntered : s.notComputable;
  return String(n);
}

export interface ResultListProps {
  items: ResultItem[];
  s: Strings;
  onSelect?: (item: ResultItem, sheet: string, cell: string) => void;
  /** Buttons shown under a file's name (the standalone page's download). */
  actions?: (item: ResultItem) => React.ReactNode;
  /** Outside Excel there is no cell to go to: a finding opens its row's values instead. */
  detailOnSelect?: boolean;
  /** Show file names even for a single file (a file list already names it: false). */
  showFileNames?: boolean;
}

export function ResultList({
  items,
  s,
  onSelect,
  actions,
  detailOnSelect,
  showFileNames,
}: ResultListProps): React.ReactElement | null {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [selected, setSelected] = React.useState<string | null>(null);
  if (items.length === 0) return null;
  const total = countSeverities(allFindings(items));

  const renderFinding = (item: ResultItem, sheet: string, t: TableReport, f: Finding, k: number) => {
    const key = `${item.id}|${sheet}|${f.cell}|${f.code}|${k}`;
    const open = detailOnSelect && selected === key;
    const detail = open ? rowOf(t, f.cell) : null;
    return (
      <li key={key}>
        <button
          type="button"
          className={mergeClasses(styles.finding, selected === key && styles.selected)}
          aria-pressed={detailOnSelect ? undefined : selected === key}
          aria-expanded={detailOnSelect ? open : undefined}
          data-code={f.code}
          data-cell={f.cell}
          data-severity={f.severity}
          onClick={() => {
            setSelected(detailOnSelect && selected === key ? null : key);
            onSelect?.(item, sheet, f.cell);
          }}
        >
          <Badge appearance="filled" color={COLOR[f.severity]} size="small">
            {s.severity[f.severity]}
          </Badge>
          <span className={styles.cell}>{f.cell}</span>
          <span className={styles.message}>{f.message}</span>
          <span />
          <span />
          <span className={styles.code}>{f.code}</span>
        </button>
        {open ? (
          <div className={styles.detail} data-detail={f.cell} role="note">
            {detail ? (
              <>
                {detail.label ? <span>{detail.label}</span> : null}
                {detail.values.map(([k2, v]) => (
                  <span key={k2}>
                    {s.detail[k2]} {v}
                  </span>
                ))}
              </>
            ) : (
              <span>{s.detailNone(sheet, f.cell)}</span>
            )}
          </div>
        ) : null}
      </li>
    );
  };

  const renderTable = (item: ResultItem, sheet: SheetReport, t: TableReport, k: number) => {
    const c = countSeverities(t.findings);
    const visible = t.findings.filter((f) => shown[f.severity]);
    return (
      <section key={k} className={styles.table} aria-label={t.title || s.untitled} data-table={t.range}>
        <div className={styles.tableHead}>
          <Text weight="semibold">{t.title || s.untitled}</Text>
          <span className={styles.meta}>
            {t.kind === 'department' ? s.department : s.project} · {s.sheet} “{sheet.name}” {t.range}
          </span>
        </div>
        <div className={styles.tableHead}>
          <Text size={200} data-total-computed={t.total.computedScore ?? ''}>
            {s.total(fmt(t.total.enteredScore, s, 'entered'), fmt(t.total.computedScore, s, 'computed'))} · {s.grade}{' '}
            {gradeLabel(t.total.grade, s.lang)}
          </Text>
          <span className={styles.meta}>
            {s.errors} {c.error} · {s.warnings} {c.warning} · {s.infos} {c.info}
          </span>
        </div>
        {t.profile && (
          <span className={styles.meta} data-profile={t.profile}>
            {s.tableProfile(t.profile, t.profileReason)}
          </span>
        )}
        {t.findings.length === 0 ? (
          <Text className={styles.empty}>{s.noFindings}</Text>
        ) : (
          <ul className={styles.list}>{visible.map((f, i) => renderFinding(item, sheet.name, t, f, i))}</ul>
        )}
      </section>
    );
  };

  return (
    <div className={styles.root}>
      <div className={styles.filters} role="group" aria-label={s.filter}>
        {(['error', 'warning', 'info'] as Severity[]).map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={shown[sev]}
            data-filter={sev}
            data-shown={shown[sev]}
            title={shown[sev] ? s.chipShown(s.severity[sev]) : s.chipHidden(s.severity[sev])}
            onClick={() => setShown({ ...shown, [sev]: !shown[sev] })}
          >
            <span className={shown[sev] ? undefined : styles.hiddenChip}>
              {shown[sev] ? '✓ ' : ''}
              {s.severity[sev]} {total[sev]}
            </span>
          </ToggleButton>
        ))}
      </div>
      {items.map((item) => (
        <div key={item.id} className={styles.file} data-file={item.label}>
          {(showFileNames ?? true) && (items.length > 1 || item.error) ? (
            <Text className={styles.fileTitle}>{item.label}</Text>
          ) : null}
          {actions ? actions(item) : null}
          {item.error ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{s.cannotCheck}</MessageBarTitle>
                {item.error}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {(item.sheets ?? []).every((sh) => sh.tables.length === 0) && !item.error ? <Text>{s.noTables}</Text> : null}
          {(item.sheets ?? []).map((sh) => sh.tables.map((t, k) => renderTable(item, sh, t, k)))}
        </div>
      ))}
    </div>
  );
}
