// Builds the Excel add-in into dist/web/ (dist/ itself holds the CLI's tsc output):
//   functions.js + functions.json  custom functions and their metadata (from the JSDoc tags)
//   functions.zh-cn.json           the same metadata with Chinese descriptions and parameter names (src/core/functions/table.json)
//   taskpane.html + taskpane.js    the task pane, which is also the shared runtime page, so it loads
//                                  the functions chunk as well
//   office-js/                     office.js and the host files it loads, from @microsoft/office-js
//                                  (dev builds only; a deployment build loads it from Microsoft's CDN)
//   core-worker.js                 the core worker the pane starts for check and generate (src/worker)
//   file-worker.js                 the file worker: browser mode's exceljs work (set-up, policy, ids, downloads; src/export)
//   manifest.xml, assets/          the add-in-only XML manifest and its icons
// A deployment build, `npm run build -- --env url=https://example.org/addin`, writes that URL into
// every URL of the manifest and points the task pane at office.js on the CDN (scripts/deploy-urls.cjs).
// `webpack serve` serves dist/web on https://localhost:3000 with the office-addin-dev-certs
// certificates from ~/.office-addin-dev-certs, generating them if missing (falls back to http).
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { LocalizedFunctionsMetadataPlugin } = require('./scripts/localize-functions.cjs');
const { deploymentBase, manifestFor, htmlWithCdnOfficeJs } = require('./scripts/deploy-urls.cjs');
const { FirstPaintPlugin } = require('./scripts/first-paint.cjs');

/** Points the emitted task pane page at office.js on Microsoft's CDN (deployment builds). */
class CdnOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('CdnOfficeJsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('CdnOfficeJsPlugin', (data) => {
        data.html = htmlWithCdnOfficeJs(data.html);
        return data;
      });
    });
  }
}

const ROOT = __dirname;
const OUT = path.join(ROOT, 'dist', 'web');
const PORT = 3000;
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const CERT_FILES = {
  ca: path.join(CERT_DIR, 'ca.crt'),
  cert: path.join(CERT_DIR, 'localhost.crt'),
  key: path.join(CERT_DIR, 'localhost.key'),
};

const haveCertFiles = () => Object.values(CERT_FILES).every((f) => fs.existsSync(f));

/**
 * https options for the dev server, read straight from the office-addin-dev-certs files. When they
 * are missing they are generated offline with office-addin-dev-certs' generateCertificates (which
 * does not install the CA: that needs admin rights, see the message below). Undefined means http.
 */
async function devServerHttps() {
  if (!haveCertFiles()) {
    if (fs.existsSync(CERT_FILES.ca)) {
      console.warn(
        `[dev-server] ${CERT_FILES.ca} exists but the localhost certificate or key is missing; ` +
          `office-addin-dev-certs will not regenerate over an existing CA. Run "npx office-addin-dev-certs uninstall" ` +
          `(or delete ${CERT_DIR}) and start again.`,
      );
    } else {
      try {
        const { generateCertificates } = require('office-addin-dev-certs');
        await generateCertificates(CERT_FILES.ca, CERT_FILES.cert, CERT_FILES.key);
        console.log(
          `[dev-server] Generated development certificates in ${CERT_DIR}. Office only trusts them once the CA is ` +
            `installed: run "npx office-addin-dev-certs install" (asks for admin rights), or trust ${CERT_FILES.ca} ` +
            `in your browser / OS by hand.`,
        );
      } catch (e) {
        console.warn(`[dev-server] Could not generate development certificates: ${e instanceof Error ? e.message : e}`);
      }
    }
  }
  if (!haveCertFiles()) return undefined;
  try {
    const options = {
      ca: fs.readFileSync(CERT_FILES.ca),
      cert: fs.readFileSync(CERT_FILES.cert),
      key: fs.readFileSync(CERT_FILES.key),
    };
    // office-addin-dev-certs issues 30-day certificates; an expired one still serves, but Office refuses it.
    const validTo = new Date(new crypto.X509Certificate(options.cert).validTo);
    if (validTo.getTime() < Date.now()) {
      console.warn(`[dev-server] ${CERT_FILES.cert} expired on ${validTo.toISOString().slice(0, 10)}: renew it with "npx office-addin-dev-certs install".`);
    }
    return options;
  } catch (e) {
    console.warn(`[dev-server] Could not read the certificates in ${CERT_DIR}: ${e instanceof Error ? e.message : e}`);
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  // A deployment: the manifest's URLs and office.js's origin change; localhost stays for dev only.
  const deployTo = env.url ? deploymentBase(env.url) : undefined;
  const officeJsCopy = {
    // office.js loads its host-specific scripts (excel-web-16.00.js, …), locale strings
    // (zh-cn/office_strings.js, …) and telemetry/webauth helpers from its own folder, so the
    // whole dist folder goes along, minus the debug builds (only office.debug.js loads those),
    // IntelliSense files and typings. Already minified: skip Terser, which would take minutes on 30 MB.
    from: '**/*',
    context: OFFICE_JS_DIR,
    to: 'office-js',
    globOptions: {
      ignore: ['**/*.debug.js', '**/*-vsdoc.js', '**/*.d.ts'],
    },
    info: { minimized: true },
  };
  const https = serving ? await devServerHttps() : undefined;
  if (serving && !https) {
    console.warn(
      `\n[dev-server] *** No certificates: serving over plain http://localhost:${PORT}. ***\n` +
        `[dev-server] Office requires https, so the manifest's https://localhost:${PORT}/ URLs will not load until\n` +
        `[dev-server] certificates exist in ${CERT_DIR} (npx office-addin-dev-certs install).\n`,
    );
  }

  return {
    context: ROOT,
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      // The entry hands the wrappers of src/functions/functions.ts (the metadata plugin's input) their policy provider.
      functions: './src/excel/functions-entry.ts',
      // The pane loads after the functions on the same page (the shared runtime) and reuses their modules
      // (the core, the calendar) instead of carrying a second copy; functions.js itself stays whole.
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
      // The core worker (src/worker): its own file, started by the pane when an operation begins, not part of the first paint.
      'core-worker': './src/worker/core.worker.ts',
      // The file worker (src/export/file.worker.ts): browser mode's exceljs work (set-up, policy, ids, downloads), never on the page.
      'file-worker': './src/export/file.worker.ts',
    },
    output: {
      path: OUT,
      filename: '[name].js',
      // Chunks split off by import() (exceljs, the file backend, the worker): loaded when an action needs them.
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          // The pure layers have no side effects (lint forbids Office, Node and globals there): what a
          // page does not use of them is dropped, so the core that only the worker needs stays out of the first paint.
          test: /[\\/]src[\\/](core|workbook|worker)[\\/].*\.ts$/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: 'tsconfig.json',
              // ES modules out of ts-loader so webpack can tree-shake Fluent UI (tsconfig says commonjs for Node).
              compilerOptions: { module: 'esnext' },
            },
          },
        },
      ],
    },
    performance: {
      // The task pane bundles React + Fluent UI; it is served locally, so size hints are noise.
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: './src/functions/functions.ts',
        output: 'functions.json',
      }),
      // functions.zh-cn.json: Chinese function names for zh-CN Excel (manifest: <bt:Override Locale="zh-CN">).
      new LocalizedFunctionsMetadataPlugin({ source: 'functions.json', output: 'functions.zh-cn.json', locale: 'zh-CN' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: this page runs the custom functions too, so it loads both chunks.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            ...(deployTo ? { transform: (content) => manifestFor(content.toString(), deployTo) } : {}),
          },
          { from: 'assets', to: 'assets' },
          ...(deployTo ? [] : [officeJsCopy]),
        ],
      }),
      ...(deployTo ? [new CdnOfficeJsPlugin()] : []),
      // Prints the first paint's size (the JS taskpane.html loads before any action) and writes dist/web/first-paint.json.
      ...(production && !serving ? [new FirstPaintPlugin()] : []),
    ],
    devServer: {
      port: PORT,
      // Everything is served from the in-memory compilation (office.js and assets are copied into it).
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
