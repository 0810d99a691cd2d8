/** Debian's Chromium for the browser tests (playwright-core drives it), and the flags every test launches it with. */
import { execSync } from 'child_process';

export function findChromium(): string | null {
  try {
    const p = execSync('command -v chromium || command -v chromium-browser', {
      encoding: 'utf8',
      shell: '/bin/sh',
    }).trim();
    return p || null;
  } catch {
    return null;
  }
}

/** No sandbox (containers), no GPU, and nothing that talks to the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
