import * as React from 'react';
import {
  FluentProvider,
  Text,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { strings, pickLang } from './i18n';
import type { HostInfo } from './host';
import { StandalonePane } from './components/StandalonePane';

const ExcelRoot = React.lazy(() => import(/* webpackChunkName: "excel" */ './components/ExcelRoot'));
const WpsRoot = React.lazy(() => import(/* webpackChunkName: "wps" */ './components/WpsRoot'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: '6px',
  },
  logo: { width: '24px', height: '24px' },
});

export function App({
  host,
  summary,
  officeUnreachable,
}: {
  host: HostInfo;
  summary?: string | null;
  officeUnreachable?: boolean;
}) {
  const styles = useStyles();
  const lang = pickLang(host.displayLanguage);
  const s = strings(lang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <Text as="h1" size={500} weight="semibold">
            {s.appTitle}
          </Text>
        </header>
        {officeUnreachable ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{s.officeUnreachable}</MessageBarBody>
          </MessageBar>
        ) : null}
        {summary ? (
          <>
            <Text>{summary}</Text>
            <Button appearance="primary" onClick={() => Office.context.ui.messageParent('close')}>
              OK
            </Button>
          </>
        ) : host.kind === 'wps' ? (
          <React.Suspense fallback={<Text>{s.working}</Text>}>
            <WpsRoot s={s} lang={lang} />
          </React.Suspense>
        ) : host.kind === 'excel' ? (
          <React.Suspense fallback={<Text>{s.working}</Text>}>
            <ExcelRoot s={s} lang={lang} />
          </React.Suspense>
        ) : (
          <StandalonePane s={s} lang={lang} />
        )}
      </main>
    </FluentProvider>
  );
}
