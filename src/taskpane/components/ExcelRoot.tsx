/**
 * Inside Excel: the pane over the Excel host, and the profile the workbook remembers — the one chosen here (kept in
 * the document's settings), else the one another host left in the workbook (the hidden name selfeval_profile).
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { Lang, Strings } from '../i18n';
import { ExcelPane } from './ExcelPane';
import { createExcelAdapter } from '../../hosts/excel';
import { PROFILES } from '../../engine/profiles';
import { AUTO_PROFILE } from '../../engine/profiles/choose';

const known = (p: string | null): p is string => !!p && (!!PROFILES[p] || p === AUTO_PROFILE);

export default function ExcelRoot({ s, lang }: { s: Strings; lang: Lang }) {
  const host = React.useMemo(() => createExcelAdapter(), []);
  const saved = host.savedProfile();
  const [initial, setInitial] = React.useState<string | null>(known(saved) ? saved : null);
  React.useEffect(() => {
    if (initial !== null) return;
    let live = true;
    void host.workbookProfile().then((p) => live && setInitial(known(p) ? p : AUTO_PROFILE));
    return () => {
      live = false;
    };
  }, [host, initial]);
  if (initial === null) return <Spinner size="tiny" label={s.working} />;
  return (
    <ExcelPane
      s={s}
      lang={lang}
      host={host}
      initialProfile={initial}
      onProfileChange={(p) => void host.saveProfile(p)}
    />
  );
}
