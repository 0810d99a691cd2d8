#!/usr/bin/env node
/** selfeval — the command line (domain §7): check, fix and restore, wired to commander. */
import { Command, CommanderError, Option } from 'commander';
import { AUTO_PROFILE, PROFILES } from '../engine';
import { inflateRawSync } from 'zlib';
import { setInflateRaw, setXlsReader } from '../hosts/xlsx';
import { readXlsIsolated } from '../hosts/xls/node';
import { ExitError, Io, explain } from './common';
import { pipeSafe } from './stdio';
import { HELP, langOf, localizeHelp } from './help';
import { runCheck } from './commands/check';
import { runFix } from './commands/fix';
import { runRestore } from './commands/restore';

export type { JsonFile, JsonReport } from './common';

export async function main(argv: string[], io: Io): Promise<number> {
  setXlsReader(readXlsIsolated); // legacy .xls/.et through SheetJS in a vm context (src/hosts/xls)
  // The profile a workbook keeps is read from xl/workbook.xml alone (a small entry), not by a second zip parse.
  setInflateRaw((d) => inflateRawSync(d, { maxOutputLength: 16 * 1024 * 1024 }));
  const program = new Command();
  const useColor = io.isTTY && !process.env.NO_COLOR;
  const lang = langOf(argv);
  const h = HELP[lang];
  let code = 0;
  program
    .name('selfeval')
    .description(h.description)
    .version('0.1.0', '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(localizeHelp(s, lang)), writeErr: (s) => io.err(localizeHelp(s, lang)) })
    .showHelpAfterError(h.afterError)
    // Defaults and choices are said in the option's own words (commander would add them in English).
    .configureHelp({ optionDescription: (opt) => opt.description });
  const profileOpt = () =>
    new Option('--profile <name>', h.profile(Object.keys(PROFILES).join(' | '))).default(AUTO_PROFILE);
  const langOpt = () => new Option('--lang <lang>', h.lang).choices(['zh', 'en']).default('zh');
  const sub = (name: string, description: string) =>
    program.command(name).description(description).helpOption('-h, --help', h.help);
  /** The options every command ends with: the profile (for those that score), the language, --debug. */
  const common = (cmd: Command, scores: boolean): Command =>
    (scores ? cmd.addOption(profileOpt()) : cmd).addOption(langOpt()).option('--debug', h.debug);
  common(
    sub('check', h.check)
      .argument('<paths...>', h.paths)
      .option('--json', h.json)
      .option('--summary <file>', h.summary),
    true,
  ).action(async (paths: string[], o) => {
    code = await runCheck(paths, { ...o, color: useColor && !o.json }, io);
  });
  common(
    sub('fix', h.fix)
      .argument('<paths...>', h.paths)
      .option('-o, --output <out>', h.output)
      .option('--in-place', h.inPlace)
      .option('--overwrite-formulas', h.overwrite),
    true,
  ).action(async (paths: string[], o) => {
    code = await runFix(paths, { ...o, color: useColor }, io);
  });
  common(
    sub('restore', h.restore).argument('<paths...>', h.restorePaths).option('-o, --output <out>', h.restoreOut),
    false,
  ).action(async (paths: string[], o) => {
    code = await runRestore(paths, { ...o, color: useColor }, io);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return 2;
    }
    if (e instanceof ExitError) {
      io.err(e.message + '\n');
      return e.code;
    }
    io.err(explain(e, 'zh', argv.includes('--debug')) + '\n');
    return 2;
  }
}

if (require.main === module) {
  const io: Io = {
    out: pipeSafe(process.stdout),
    err: pipeSafe(process.stderr),
    isTTY: !!process.stdout.isTTY && !!process.stderr.isTTY,
  };
  main(process.argv.slice(2), io).then(
    (c) => {
      process.exitCode = c;
    },
    (e) => {
      io.err('内部错误：' + (e instanceof Error ? e.message : String(e)) + '\n');
      process.exitCode = 2;
    },
  );
}
