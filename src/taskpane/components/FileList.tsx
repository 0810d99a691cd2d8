/**
 * A reviewer's batch: one compact row per file (status, counts, 总分, grade) that opens to its findings. Only the
 * open files render their findings, so 200 files × 10 tables stay responsive.
 */
import * as React from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { gradeLabel } from '../../engine/lang';
import { countSeverities } from '../../engine/analyze';
import { ResultItem, ResultList, allFindings } from './ResultList';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  row: {
    width: '100%',
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: '8px',
    rowGap: '2px',
    alignItems: 'center',
    textAlign: 'left',
    padding: '6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  meta: { gridColumn: '2', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  open: { padding: '6px 0 10px 12px', display: 'flex', flexDirection: 'column', gap: '6px' },
});

type Status = keyof Strings['status'];

function statusOf(item: ResultItem): Status {
  if (item.error) return 'unread';
  const f = allFindings([item]);
  return f.some((x) => x.severity === 'error')
    ? 'errors'
    : f.some((x) => x.severity === 'warning')
      ? 'warnings'
      : 'clean';
}

const COLOR: Record<Status, 'danger' | 'warning' | 'success'> = {
  unread: 'danger',
  errors: 'danger',
  warnings: 'warning',
  clean: 'success',
};

export interface FileListProps {
  items: ResultItem[];
  s: Strings;
  actions?: (item: ResultItem) => React.ReactNode;
}

const Row = React.memo(function Row({
  item,
  s,
  open,
  onToggle,
  actions,
}: {
  item: ResultItem;
  s: Strings;
  open: boolean;
  onToggle: (id: string) => void;
  actions?: FileListProps['actions'];
}) {
  const styles = useStyles();
  const status = statusOf(item);
  const findings = allFindings([item]);
  const tables = (item.sheets ?? []).flatMap((sh) => sh.tables);
  const { error: errors, warning: warnings } = countSeverities(findings);
  const total =
    tables.length === 1
      ? s.computedTotal(
          tables[0].total.computedScore === null ? s.notComputable : String(tables[0].total.computedScore),
          gradeLabel(tables[0].total.grade, s.lang),
        )
      : s.tablesCount(tables.length);
  return (
    <li data-file-row={item.label} data-status={status}>
      <button type="button" className={styles.row} aria-expanded={open} onClick={() => onToggle(item.id)}>
        <Badge appearance="filled" color={COLOR[status]} size="small">
          {s.status[status]}
        </Badge>
        <span className={styles.name}>{item.label}</span>
        <span className={styles.meta}>
          {item.error ? item.error : `${s.errors} ${errors} · ${s.warnings} ${warnings} · ${total}`}
        </span>
      </button>
      {open ? (
        <div className={styles.open}>
          {actions ? actions(item) : null}
          <ResultList items={[item]} s={s} detailOnSelect showFileNames={false} />
        </div>
      ) : null}
    </li>
  );
});

export function FileList({ items, s, actions }: FileListProps) {
  const styles = useStyles();
  const [open, setOpen] = React.useState<ReadonlySet<string>>(new Set());
  const toggle = React.useCallback(
    (id: string) =>
      setOpen((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  return (
    <ul className={styles.list} data-testid="file-list">
      {items.map((it) => (
        <Row key={it.id} item={it} s={s} open={open.has(it.id)} onToggle={toggle} actions={actions} />
      ))}
    </ul>
  );
}
