import { detectHost } from './host';
import { pickLang } from './i18n';

describe('host detection', () => {
  it('is standalone without office.js', async () => {
    expect(await detectHost({ navigator: { language: 'en-US' } })).toEqual({ kind: 'standalone', displayLanguage: 'en-US' });
  });
  it('is standalone when office.js loads outside Office', async () => {
    const Office = { onReady: async () => ({ host: null }), HostType: { Excel: 'Excel' } };
    expect((await detectHost({ Office, navigator: { language: 'zh-CN' } })).kind).toBe('standalone');
  });
  it('is standalone when Office never answers', async () => {
    const Office = { onReady: () => new Promise<{ host: string | null }>(() => undefined), HostType: { Excel: 'Excel' } };
    expect((await detectHost({ Office }, 20)).kind).toBe('standalone');
  });
  it('is Excel inside Excel, with Office’s display language', async () => {
    const Office = { onReady: async () => ({ host: 'Excel' }), HostType: { Excel: 'Excel' }, context: { displayLanguage: 'en-GB' } };
    expect(await detectHost({ Office, navigator: { language: 'zh-CN' } })).toEqual({ kind: 'excel', displayLanguage: 'en-GB' });
  });
  it('speaks Chinese unless the language is another', () => {
    expect(pickLang('zh-TW')).toBe('zh');
    expect(pickLang('')).toBe('zh');
    expect(pickLang('en-US')).toBe('en');
    expect(pickLang('fr-FR')).toBe('en');
  });
});
