/** Inside Excel: check the active or every sheet, write scores back, undo; click a finding to go to its cell. */
import * as React from 'react';
import {
  Button,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { SheetAnalysis } from '../../engine';
import type { Lang, Strings } from '../i18n';
import { ResultItem, ResultList } from './ResultList';
import { ProfilePicker } from './ProfilePicker';
import type { WorkbookHost } from '../../hosts/workbook-host';

const useStyles = makeStyles({
  actions: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

export interface ExcelPaneProps {
  s: Strings;
  lang: Lang;
  /** The spreadsheet program the pane runs in (Excel; WPS later). */
  host: WorkbookHost;
  initialProfile: string;
  /** Which program the pane runs in, for what the messages name (Excel by default). */
  program?: 'excel' | 'wps';
  /** Each new value (from the WPS ribbon's 快速校验本表) checks the active sheet. */
  checkRequest?: number;
  onProfileChange?: (name: string) => void;
}

type Note = { intent: 'success' | 'error' | 'info'; title?: string; text: string } | null;
type Held = Array<{ sheet: string; cell: string; reason: string }>;

export function ExcelPane({
  s,
  lang,
  host,
  initialProfile,
  onProfileChange,
  program = 'excel',
  checkRequest = 0,
}: ExcelPaneProps) {
  const styles = useStyles();
  const [profile, setProfile] = React.useState(initialProfile);
  const [scope, setScope] = React.useState<'active' | 'all'>('all');
  const [busy, setBusy] = React.useState(false);
  const [note, setNote] = React.useState<Note>(null);
  const [items, setItems] = React.useState<ResultItem[]>([]);
  const [overwriteFormulas, setOverwriteFormulas] = React.useState(false);
  const [held, setHeld] = React.useState<Held>([]);

  const show = (analyses: SheetAnalysis[]) =>
    setItems([{ id: 'workbook', label: '', sheets: analyses.map((a) => a.report), error: null }]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setNote(null);
    setHeld([]);
    try {
      await fn();
    } catch (e) {
      const err = host.explain(e);
      setNote({ intent: 'error', title: s.cannotCheck, text: `${lang === 'en' ? err.en : err.message} ${s.whatToDo}` });
    } finally {
      setBusy(false);
    }
  };

  const check = (which: 'active' | 'all') =>
    act(async () => {
      setScope(which);
      show(await host.check(which, { profile, lang }));
    });

  React.useEffect(() => {
    if (checkRequest > 0) void check('active');
    // Only a new request checks; `check` is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checkRequest]);

  return (
    <>
      <Text size={200}>{s.excelIntro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void check('active')}>
          {s.checkActive}
        </Button>
        <Button disabled={busy} onClick={() => void check('all')}>
          {s.checkAll}
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const r = await host.writeBack(scope, { profile, lang, overwriteFormulas });
              show(r.after);
              setNote({
                intent: 'success',
                text: s.written(r.written, r.marked, r.skippedFormulas, r.heldBack, program),
              });
              setHeld(r.plan.held.map((h) => ({ sheet: h.sheet, cell: h.cell, reason: h.reason })));
            })
          }
        >
          {s.writeBack}
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const r = await host.undo();
              setNote({
                intent: r.hadBackup ? 'success' : 'info',
                text: r.hadBackup ? s.restored(r.restored, r.kept.length) : s.nothingToUndo,
              });
              if (items.length) show(await host.check(scope, { profile, lang }));
            })
          }
        >
          {s.undo}
        </Button>
      </div>
      <div className={styles.row}>
        <ProfilePicker
          value={profile}
          disabled={busy}
          s={s}
          onChange={(v) => {
            setProfile(v);
            onProfileChange?.(v);
          }}
        />
        <Checkbox
          label={s.overwriteFormulas}
          checked={overwriteFormulas}
          onChange={(_e, d) => setOverwriteFormulas(!!d.checked)}
        />
      </div>
      {busy ? <Spinner size="tiny" label={s.working} /> : null}
      {note ? (
        <MessageBar intent={note.intent}>
          <MessageBarBody>
            {note.title ? <MessageBarTitle>{note.title}</MessageBarTitle> : null}
            {note.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {held.length ? (
        <MessageBar intent="warning" layout="multiline" data-testid="held-back">
          <MessageBarBody>
            <MessageBarTitle>{s.heldTitle}</MessageBarTitle>
            <ul>
              {held.map((h) => (
                <li key={h.sheet + '!' + h.cell}>
                  <Link
                    onClick={() =>
                      void host.select(h.sheet, h.cell).catch(() => setNote({ intent: 'error', text: s.selectFailed }))
                    }
                  >
                    {h.sheet}!{h.cell}
                  </Link>
                  {' — '}
                  {h.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ResultList
        items={items}
        s={s}
        onSelect={(_item, sheet, cell) =>
          void host.select(sheet, cell).catch(() => setNote({ intent: 'error', text: s.selectFailed }))
        }
      />
    </>
  );
}
