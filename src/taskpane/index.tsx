/** The task pane's entry: inside Excel the checker for this workbook; anywhere else a file checker. */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';

const summary = new URLSearchParams(window.location.search).get('summary');

detectHost().then((host) => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App host={host} summary={summary} />);
});
