/** Bundles office-fake.ts for the browser (no eval: the pane's CSP must hold for it too). */
import * as path from 'path';
import webpack from 'webpack';

export function buildOfficeFake(outDir: string): Promise<string> {
  const root = path.resolve(__dirname, '../..');
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'none',
        devtool: false,
        target: 'web',
        entry: path.join(__dirname, 'office-fake.ts'),
        output: { path: outDir, filename: 'office-fake.js' },
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
        else resolve(path.join(outDir, 'office-fake.js'));
      },
    );
  });
}
