/** The task pane's entry: inside Excel the checker for this workbook; anywhere else a file checker. */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DECIDE_MS, OFFICE_MS, HostInfo, detectHost } from './host';

const params = new URLSearchParams(window.location.search);
const summary = params.get('summary');
const el = document.getElementById('root');

// boot.js has already put up "please update Office" on Internet Explorer and Edge Legacy webviews.
if (el && !(window as unknown as { __selfevalUnsupported?: boolean }).__selfevalUnsupported) {
  const root = createRoot(el);
  // The manifest opens the pane as taskpane.html?host=excel: there, Office is given time to answer, and an
  // office.js that cannot load is said (elsewhere the page is simply a file checker).
  const inOffice = params.get('host') === 'excel' || summary !== null;
  const show = (host: HostInfo) =>
    root.render(
      <App
        host={host}
        summary={summary}
        officeUnreachable={inOffice && host.kind === 'standalone' && !!host.officeJsFailed}
      />,
    );
  const decideMs = inOffice ? OFFICE_MS : DECIDE_MS;
  void detectHost(window as never, { decideMs, onLate: show }).then(show);
}
