/** A failure the user can act on: a Chinese message (the Error's message) and its English version. */
export class UserError extends Error {
  readonly en: string;
  constructor(zh: string, en: string) {
    super(zh);
    this.name = 'UserError';
    this.en = en;
  }
}
