/** Bundles the browser tests' fakes; office-fake.ts (no eval: the pane's CSP must hold for it too). */
import * as path from 'path';
import webpack from 'webpack';

export function buildOfficeFake(outDir: string): Promise<string> {
  return buildFake(outDir, 'office-fake');
}

/** Bundles wps-fake.ts (the fake ET behind `window.wps`) the same way. */
export function buildWpsFake(outDir: string): Promise<string> {
  return buildFake(outDir, 'wps-fake');
}

function buildFake(outDir: string, name: string): Promise<string> {
  const root = path.resolve(__dirname, '../..');
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'none',
        devtool: false,
        target: 'web',
        entry: path.join(__dirname, `${name}.ts`),
        output: { path: outDir, filename: `${name}.js` },
        resolve: {
          extensions: ['.ts', '.js'],
          alias: { exceljs$: path.join(root, 'node_modules/exceljs/dist/exceljs.min.js') },
        },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: {
                loader: 'ts-loader',
                options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.web.json') },
              },
            },
          ],
          noParse: /exceljs\.min\.js$/,
        },
      },
      (err, stats) => {
        if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString('errors-only')));
        else resolve(path.join(outDir, `${name}.js`));
      },
    );
  });
}
