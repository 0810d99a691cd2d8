/**
 * Inside Excel: the pane over the Excel host, and the profile the workbook remembers — the one chosen here (kept in
 * the document's settings), else the one another host left in the workbook (the hidden name selfeval_profile).
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { Lang, Strings } from '../i18n';
import { ExcelPane } from './ExcelPane';
import { createExcelAdapter } from '../../hosts/excel';
import { isKnownProfile, startingProfile } from './ProfilePicker';

export default function ExcelRoot({ s, lang }: { s: Strings; lang: Lang }) {
  const host = React.useMemo(() => createExcelAdapter(), []);
  const [initial, setInitial] = React.useState<string | null>(() => {
    const saved = host.savedProfile();
    return isKnownProfile(saved) ? saved : null;
  });
  React.useEffect(() => {
    if (initial !== null) return;
    let live = true;
    void host.workbookProfile().then((p) => live && setInitial(startingProfile(p)));
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
