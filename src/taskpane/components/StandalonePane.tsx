/** Outside Office: choose or drop .xlsx files, see the findings per file, download fixed copies. */
import * as React from 'react';
import { Button, ProgressBar, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Strings, Lang } from '../i18n';
import { ResultItem, ResultList } from './ResultList';
import { ProfilePicker } from './ProfilePicker';
import { AUTO_PROFILE } from '../../engine/profiles/choose';
import { checkFile, checkedName, download, fixFile, summaryWorkbook, zipFixed } from '../standalone';
import { FileList as BatchList } from './FileList';

/** Up to this many files, all are shown open; more make a compact list of files that open one by one. */
const OPEN_ALL = 3;

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '16px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    alignItems: 'center',
    textAlign: 'center',
  },
  dragging: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

interface Loaded extends ResultItem {
  bytes: Uint8Array;
  dropped: string[];
  legacy: boolean;
}

export function StandalonePane({ s, lang }: { s: Strings; lang: Lang }) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [items, setItems] = React.useState<Loaded[]>([]);
  const [profile, setProfile] = React.useState<string>(AUTO_PROFILE);
  const [progress, setProgress] = React.useState<{ i: number; n: number; name: string } | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [zipping, setZipping] = React.useState<{ i: number; n: number } | null>(null);

  const run = async (files: File[], prof = profile) => {
    setItems([]); // a new batch replaces the previous one
    const out: Loaded[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      setProgress({ i: i + 1, n: files.length, name: f.name });
      const bytes = new Uint8Array(await f.arrayBuffer());
      const r = await checkFile(bytes, { profile: prof, lang });
      out.push({ id: `${i}:${f.name}`, label: f.name, bytes, ...r });
    }
    setProgress(null);
    setItems(out);
  };

  const recheck = async (prof: string) => {
    setProfile(prof);
    if (items.length === 0) return;
    const out: Loaded[] = [];
    for (let i = 0; i < items.length; i++) {
      setProgress({ i: i + 1, n: items.length, name: items[i].label });
      out.push({ ...items[i], ...(await checkFile(items[i].bytes, { profile: prof, lang })) });
    }
    setProgress(null);
    setItems(out);
  };

  const actions = React.useCallback(
    (item: ResultItem) => {
      const it = item as Loaded;
      if (!it.sheets) return null;
      return (
        <div className={styles.row}>
          <Button
            size="small"
            data-download={it.label}
            disabled={busy !== null}
            onClick={async () => {
              setBusy(it.id);
              try {
                download(await fixFile(it.bytes, { profile, lang }), checkedName(it.label));
              } finally {
                setBusy(null);
              }
            }}
          >
            {busy === it.id ? s.downloading : `${s.download}：${checkedName(it.label)}`}
          </Button>
          {it.legacy ? <span className={styles.hint}>{s.legacyCopy}</span> : null}
          {it.dropped.length ? <span className={styles.hint}>{s.droppedParts(it.dropped)}</span> : null}
        </div>
      );
    },
    [busy, profile, lang, s, styles],
  );

  const onFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    void run(Array.from(list));
  };

  return (
    <>
      <Text size={200}>{s.standaloneIntro}</Text>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dragging)}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles(e.dataTransfer.files);
        }}
      >
        <Text>{s.dropHere}</Text>
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={!!progress}>
          {s.chooseFiles}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          data-testid="file-input"
          onChange={(e) => {
            onFiles(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <span className={styles.hint}>{s.dropHint}</span>
      </div>
      <div className={styles.row}>
        <ProfilePicker value={profile} onChange={(v) => void recheck(v)} s={s} disabled={!!progress} />
      </div>
      {progress ? (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress.i / progress.n} />
          <Text size={200}>{s.checking(progress.i, progress.n, progress.name)}</Text>
        </div>
      ) : null}
      {items.length > 1 ? (
        <div className={styles.row} data-testid="batch">
          <Text size={200}>
            {s.batch(
              items.length,
              items.reduce((n, it) => n + (it.sheets ?? []).reduce((k, sh) => k + sh.tables.length, 0), 0),
            )}
          </Text>
          <Button
            size="small"
            data-testid="download-summary"
            onClick={async () =>
              download(await summaryWorkbook(items, lang), lang === 'en' ? 'summary.xlsx' : '汇总表.xlsx')
            }
          >
            {s.downloadSummary}
          </Button>
          <Button
            size="small"
            data-testid="download-all"
            disabled={zipping !== null}
            onClick={async () => {
              setZipping({ i: 0, n: items.length });
              try {
                const zip = await zipFixed(items, { profile, lang }, (i, n) => setZipping({ i, n }));
                download(zip, lang === 'en' ? 'fixed-copies.zip' : '修正副本.zip', 'application/zip');
              } finally {
                setZipping(null);
              }
            }}
          >
            {zipping ? s.zipping(zipping.i, zipping.n) : s.downloadAll}
          </Button>
        </div>
      ) : null}
      {items.length > OPEN_ALL ? (
        <BatchList items={items} s={s} actions={actions} />
      ) : (
        <ResultList items={items} s={s} actions={actions} detailOnSelect />
      )}
    </>
  );
}
