// Offline checks of manifest.xml (the online validator behind `npm run validate` is unreachable
// here). Every URL must be https and name a file the webpack build emits; which files those are is
// read from webpack.config.js itself (entries, HtmlWebpackPlugin, CustomFunctionsMetadataPlugin,
// CopyWebpackPlugin patterns), so this runs without building and cannot see a stale dist/web.
// The same checks run on the dev manifest and on the one a deployment build writes
// (`npm run build -- --env url=https://example.org/addin`, scripts/deploy-urls.cjs).
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FUNCTION_NAMESPACE } from '../src/functions/args';

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const requireDeploy = createRequire(__filename);
const deploy = requireDeploy('../scripts/deploy-urls.cjs') as {
  DEV_BASE: string;
  OFFICE_JS_CDN: string;
  deploymentBase: (raw: string) => string;
  manifestFor: (xml: string, base: string) => string;
  htmlWithCdnOfficeJs: (html: string) => string;
};
const DEPLOY_URL = 'https://example.org/addin';

type XNode = { [key: string]: unknown };

/** Every offline check, on one manifest text: the dev one (base https://localhost:3000/) or a deployment's. */
function manifestChecks(label: string, xml: string, BASE_URL: string, deployUrl?: string): void {

  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  }).parse(xml) as XNode;

  const list = (x: unknown): XNode[] => (x === undefined ? [] : Array.isArray(x) ? (x as XNode[]) : [x as XNode]);

  /** The single child element `name` of `node`; fails the test when it is missing or repeated. */
  function one(node: XNode, name: string): XNode {
    const found = list(node[name]);
    if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
    return found[0];
  }

  const attr = (node: XNode, name: string): string | undefined => node[`@_${name}`] as string | undefined;
  const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as XNode)['#text'] ?? '') : String(node ?? ''));

  /** Every element in the document with its path, depth first. */
  function elements(node: XNode, at = ''): Array<{ path: string; name: string; node: XNode }> {
    const out: Array<{ path: string; name: string; node: XNode }> = [];
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@_') || key === '#text' || key === '?xml') continue;
      for (const child of list(value)) {
        const el = typeof child === 'object' && child !== null ? child : ({ '#text': child } as XNode);
        out.push({ path: `${at}/${key}`, name: key, node: el });
        out.push(...elements(el, `${at}/${key}`));
      }
    }
    return out;
  }

  const app = one(parsed, 'OfficeApp');
  const all = elements(app, '/OfficeApp');
  const vo = one(app, 'VersionOverrides');
  const resources = one(vo, 'Resources');
  const workbookHost = list(one(vo, 'Hosts').Host).find((h) => attr(h, 'xsi:type') === 'Workbook');

  /** Resource id → the resource element, per kind. */
  const resourceKinds = {
    image: list(one(resources, 'bt:Images')['bt:Image']),
    url: list(one(resources, 'bt:Urls')['bt:Url']),
    short: list(one(resources, 'bt:ShortStrings')['bt:String']),
    long: list(one(resources, 'bt:LongStrings')['bt:String']),
  };
  const byId = new Map<string, { kind: keyof typeof resourceKinds; node: XNode }>();
  for (const [kind, nodes] of Object.entries(resourceKinds) as Array<[keyof typeof resourceKinds, XNode[]]>) {
    for (const node of nodes) byId.set(attr(node, 'id') ?? '', { kind, node });
  }

  function resolve(resid: string | undefined, kind: keyof typeof resourceKinds): XNode {
    const r = byId.get(resid ?? '');
    if (!r) throw new Error(`resid "${resid}" is not defined in <Resources>`);
    if (r.kind !== kind) throw new Error(`resid "${resid}" is a ${r.kind} resource, expected ${kind}`);
    return r.node;
  }

  /** A URL's file, relative to the build's base URL (a deployment base may have a path). */
  const relOf = (url: string): string => (url.startsWith(BASE_URL) ? decodeURI(url.slice(BASE_URL.length)) : `(not under ${BASE_URL}) ${url}`);
  const urlOf = (resid: string | undefined): string => attr(resolve(resid, 'url'), 'DefaultValue') ?? '';

  // ---- what the webpack build emits, read from its configuration ----

  interface WebpackLike {
    entry: Record<string, string>;
    output: { path: string; filename: string };
    plugins: object[];
  }
  interface CopyPattern {
    from: string;
    to?: string;
    context?: string;
  }

  const requireHere = createRequire(__filename);

  async function loadWebpackConfig(): Promise<WebpackLike> {
    const make = requireHere('../webpack.config.js') as (env: object, argv: object) => Promise<WebpackLike> | WebpackLike;
    return make(deployUrl ? { url: deployUrl } : {}, { mode: 'production' });
  }

  function filesUnder(dir: string): string[] {
    const out: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) out.push(...filesUnder(full).map((f) => `${entry.name}/${f}`));
      else out.push(entry.name);
    }
    return out;
  }

  /**
   * What a CopyWebpackPlugin pattern produces: [output-relative path, source file] pairs. A glob copies
   * every file under its context (ignore lists are not applied: enough to know what can be served).
   */
  function copied(p: CopyPattern): Array<[string, string]> {
    const context = path.resolve(ROOT, p.context ?? '.');
    const prefix = (p.to ?? '').replace(/\/$/, '');
    const under = (dir: string): Array<[string, string]> =>
      filesUnder(dir).map((rel) => [prefix ? `${prefix}/${rel}` : rel, path.join(dir, rel)]);
    if (/[*?{[]/.test(p.from)) return under(context);
    const from = path.resolve(context, p.from);
    if (!fs.existsSync(from)) return [];
    if (fs.statSync(from).isDirectory()) return under(from);
    return [[p.to ?? path.basename(from), from]];
  }

  interface Emitted {
    outDir: string;
    files: Set<string>;
    /** Emitted path → the source file it is copied from (for copied files). */
    sources: Map<string, string>;
    htmlPages: Array<{ filename: string; template: string; chunks: string[] }>;
    metadata: { input: string; output: string } | undefined;
    /** Localized metadata files (LocalizedFunctionsMetadataPlugin): made from `source` for `locale`. */
    localized: Array<{ source: string; output: string; locale: string }>;
    /** The plugins' class names. */
    plugins: string[];
  }

  async function emitted(): Promise<Emitted> {
    const config = await loadWebpackConfig();
    const files = new Set<string>();
    const sources = new Map<string, string>();
    for (const name of Object.keys(config.entry)) files.add(config.output.filename.replace('[name]', name));
    const htmlPages: Emitted['htmlPages'] = [];
    let metadata: Emitted['metadata'];
    const localized: Emitted['localized'] = [];
    for (const plugin of config.plugins) {
      const p = plugin as {
        userOptions?: { filename?: string; template?: string; chunks?: string[] };
        patterns?: Array<string | CopyPattern>;
        options?: { input?: string; output?: string };
        localized?: { source: string; output: string; locale: string };
      };
      if (p.localized) {
        localized.push(p.localized);
        files.add(p.localized.output);
      } else if (p.userOptions?.filename) {
        htmlPages.push({ filename: p.userOptions.filename, template: p.userOptions.template ?? '', chunks: p.userOptions.chunks ?? [] });
        files.add(p.userOptions.filename);
      } else if (p.patterns) {
        for (const raw of p.patterns) {
          const pattern = typeof raw === 'string' ? { from: raw } : raw;
          for (const [rel, source] of copied(pattern)) {
            files.add(rel);
            sources.set(rel, source);
          }
        }
      } else if (p.options?.input && p.options.output) {
        metadata = { input: p.options.input, output: p.options.output };
        files.add(p.options.output);
      }
    }
    return { outDir: config.output.path, files, sources, htmlPages, metadata, localized, plugins: config.plugins.map((p) => p.constructor.name) };
  }

  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(file: string): { width: number; height: number } {
    const b = fs.readFileSync(file);
    if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error(`${file} is not a PNG`);
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }

  // ---- tests ----

  describe(`manifest.xml (${label})`, () => {
    let build: Emitted;
    beforeAll(async () => {
      build = await emitted();
    });

    test('is well-formed XML, an add-in-only TaskPaneApp manifest for Excel workbooks', () => {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(attr(app, 'xmlns')).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
      expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
      expect(list(one(app, 'Hosts').Host).map((h) => attr(h, 'Name'))).toEqual(['Workbook']);
      expect(attr(vo, 'xsi:type')).toBe('VersionOverridesV1_0');
      expect(workbookHost).toBeDefined();
    });

    test('Id is a GUID, Version has 1 to 4 numeric parts, ProviderName is set', () => {
      expect(text(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(text(app.Version)).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
      expect(text(app.ProviderName).length).toBeGreaterThan(0);
    });

    test('Permissions is ReadWriteDocument', () => {
      expect(text(app.Permissions)).toBe('ReadWriteDocument');
    });

    test('requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.1', () => {
      const sets = list(one(one(app, 'Requirements'), 'Sets').Set);
      const versions = new Map(sets.map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]));
      expect(versions.get('SharedRuntime')).toBe('1.1');
      expect(versions.get('CustomFunctionsRuntime')).toBe('1.1');
    });

    test('DisplayName and Description have zh-CN overrides and fit their limits', () => {
      expect(text(app.DefaultLocale)).toBe('en-US');
      for (const [name, max] of [['DisplayName', 125], ['Description', 250]] as const) {
        const el = one(app, name);
        const overrides = list(el.Override);
        const zh = overrides.find((o) => attr(o, 'Locale') === 'zh-CN');
        expect(zh).toBeDefined();
        for (const v of [attr(el, 'DefaultValue'), ...overrides.map((o) => attr(o, 'Value'))]) {
          expect(v && v.length > 0 && v.length <= max).toBe(true);
        }
      }
      expect(attr(one(app, 'DisplayName'), 'DefaultValue')).toBe('投诉登记表 Complaint register');
    });

    test('every resid is defined and at most 32 characters; every resource id too', () => {
      const resids = all.map((e) => attr(e.node, 'resid')).filter((r): r is string => r !== undefined);
      expect(resids.length).toBeGreaterThan(10);
      for (const r of resids) {
        expect({ resid: r, defined: byId.has(r) }).toEqual({ resid: r, defined: true });
        expect(r.length).toBeLessThanOrEqual(32);
      }
      for (const id of byId.keys()) {
        expect(id.length).toBeGreaterThan(0);
        expect(id.length).toBeLessThanOrEqual(32);
      }
      // Ids are unique across kinds.
      const count = Object.values(resourceKinds).reduce((n, nodes) => n + nodes.length, 0);
      expect(byId.size).toBe(count);
    });

    test('every URL is https on the build\'s base URL and names a file the build emits; no localhost in a deployment', () => {
      if (deployUrl) expect(xml).not.toMatch(/localhost/);
      const urls: string[] = [];
      for (const e of all) {
        for (const [k, v] of Object.entries(e.node)) {
          if ((k.startsWith('@_') || k === '#text') && typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !k.startsWith('@_xmlns')) urls.push(v);
        }
      }
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) {
        expect(url.startsWith(BASE_URL)).toBe(true);
        const rel = relOf(url);
        expect({ url, emitted: build.files.has(rel) }).toEqual({ url, emitted: true });
        const source = build.sources.get(rel);
        if (source) expect({ url, sourceExists: fs.existsSync(source) }).toEqual({ url, sourceExists: true });
      }
    });

    test('the build goes to dist/web (dist/ holds the CLI build); office.js is served with a dev build, from the CDN in a deployment', () => {
      expect(path.relative(ROOT, build.outDir).split(path.sep)).toEqual(['dist', 'web']);
      const template = fs.readFileSync(path.resolve(ROOT, build.htmlPages[0].template), 'utf8');
      expect(template).toMatch(/<script[^>]+src="office-js\/office\.js"/);
      if (!deployUrl) {
        expect(build.files.has('office-js/office.js')).toBe(true);
        expect(template).not.toMatch(/appsforoffice\.microsoft\.com/);
      } else {
        expect([...build.files].some((f) => f.startsWith('office-js/'))).toBe(false);
        expect(build.plugins).toContain('CdnOfficeJsPlugin');
        const page = deploy.htmlWithCdnOfficeJs(template);
        expect(page).toContain(`<script type="text/javascript" src="${deploy.OFFICE_JS_CDN}"></script>`);
        expect(page).not.toMatch(/office-js\/office\.js/);
      }
    });

    test('custom functions: Script, Page, Metadata and Namespace resolve to the functions build', () => {
      const ext = list(one(workbookHost!, 'AllFormFactors').ExtensionPoint).find((x) => attr(x, 'xsi:type') === 'CustomFunctions');
      expect(ext).toBeDefined();
      const script = urlOf(attr(one(one(ext!, 'Script'), 'SourceLocation'), 'resid'));
      const page = urlOf(attr(one(one(ext!, 'Page'), 'SourceLocation'), 'resid'));
      const metadata = urlOf(attr(one(one(ext!, 'Metadata'), 'SourceLocation'), 'resid'));
      const ns = resolve(attr(one(ext!, 'Namespace'), 'resid'), 'short');

      expect(build.metadata).toBeDefined();
      expect(metadata).toBe(`${BASE_URL}${build.metadata!.output}`);
      // The script is the functions entry, the one the metadata plugin reads.
      expect(script).toBe(`${BASE_URL}functions.js`);
      expect(path.resolve(ROOT, build.metadata!.input)).toBe(path.resolve(ROOT, 'src/functions/functions.ts'));
      // The page is the task pane: in a shared runtime it must load the functions chunk too.
      const pageFile = relOf(page);
      const html = build.htmlPages.find((h) => h.filename === pageFile);
      expect(html).toBeDefined();
      expect(html!.chunks).toEqual(expect.arrayContaining(['functions', 'taskpane']));

      expect(attr(ns, 'DefaultValue')).toBe(FUNCTION_NAMESPACE);
      expect(FUNCTION_NAMESPACE).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    });

    test('custom functions metadata: a zh-CN override points at the localized functions.zh-cn.json the build emits', () => {
      const ext = list(one(workbookHost!, 'AllFormFactors').ExtensionPoint).find((x) => attr(x, 'xsi:type') === 'CustomFunctions')!;
      const node = resolve(attr(one(one(ext, 'Metadata'), 'SourceLocation'), 'resid'), 'url');
      const overrides = list(node['bt:Override']);
      expect(overrides.map((o) => attr(o, 'Locale'))).toEqual(['zh-CN']);
      const url = attr(overrides[0], 'Value') ?? '';
      expect(url.startsWith(BASE_URL)).toBe(true);
      const rel = relOf(url);
      expect(build.files.has(rel)).toBe(true);
      // It is the localized copy of the metadata file the default URL names, for that locale.
      const made = build.localized.find((l) => l.output === rel);
      expect(made).toBeDefined();
      expect(made!.source).toBe(build.metadata!.output);
      expect(made!.locale).toBe('zh-CN');
      expect(attr(node, 'DefaultValue')).toBe(`${BASE_URL}${made!.source}`);
    });

    test('shared runtime: one long-lived runtime that the functions page, FunctionFile and task pane all use', () => {
      const runtimes = list(one(workbookHost!, 'Runtimes').Runtime);
      expect(runtimes).toHaveLength(1);
      expect(attr(runtimes[0], 'lifetime')).toBe('long');
      const runtimeUrl = urlOf(attr(runtimes[0], 'resid'));
      expect(runtimeUrl).toBe(`${BASE_URL}taskpane.html`);

      const ext = list(one(workbookHost!, 'AllFormFactors').ExtensionPoint).find((x) => attr(x, 'xsi:type') === 'CustomFunctions')!;
      expect(urlOf(attr(one(one(ext, 'Page'), 'SourceLocation'), 'resid'))).toBe(runtimeUrl);

      const desktop = one(workbookHost!, 'DesktopFormFactor');
      expect(urlOf(attr(one(desktop, 'FunctionFile'), 'resid'))).toBe(runtimeUrl);
      const actions = all.filter((e) => e.name === 'Action' && attr(e.node, 'xsi:type') === 'ShowTaskpane');
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) expect(urlOf(attr(one(a.node, 'SourceLocation'), 'resid'))).toBe(runtimeUrl);
      expect(attr(one(app, 'DefaultSettings').SourceLocation as XNode, 'DefaultValue')).toBe(runtimeUrl);
    });

    test('ribbon: a 投诉登记 button on the Home tab that shows the task pane', () => {
      const desktop = one(workbookHost!, 'DesktopFormFactor');
      const surface = list(desktop.ExtensionPoint).find((x) => attr(x, 'xsi:type') === 'PrimaryCommandSurface');
      expect(surface).toBeDefined();
      const buttons = elements(surface!).filter((e) => e.name === 'Control' && attr(e.node, 'xsi:type') === 'Button');
      expect(buttons).toHaveLength(1);
      const label = resolve(attr(one(buttons[0].node, 'Label'), 'resid'), 'short');
      const zh = list(label['bt:Override']).find((o) => attr(o, 'Locale') === 'zh-CN');
      expect(attr(zh!, 'Value')).toBe('投诉登记');
      expect(attr(one(buttons[0].node, 'Action'), 'xsi:type')).toBe('ShowTaskpane');
    });

    test('icons are PNGs of the declared sizes, copied from assets/', () => {
      const checks: Array<{ url: string; size: number }> = [
        { url: attr(one(app, 'IconUrl'), 'DefaultValue') ?? '', size: 32 },
        { url: attr(one(app, 'HighResolutionIconUrl'), 'DefaultValue') ?? '', size: 64 },
      ];
      for (const e of all.filter((x) => x.name === 'bt:Image' && attr(x.node, 'size'))) {
        checks.push({ url: attr(resolve(attr(e.node, 'resid'), 'image'), 'DefaultValue') ?? '', size: Number(attr(e.node, 'size')) });
      }
      expect(new Set(checks.map((c) => c.size))).toEqual(new Set([16, 32, 64, 80]));
      for (const { url, size } of checks) {
        const rel = relOf(url);
        expect(rel).toMatch(/^assets\/.+\.png$/);
        const source = build.sources.get(rel);
        expect(source).toBeDefined();
        expect(path.relative(ROOT, source!).split(path.sep)[0]).toBe('assets');
        expect({ url, ...pngSize(source!) }).toEqual({ url, width: size, height: size });
      }
    });

    test('user-visible strings have zh-CN overrides and fit 125 / 250 characters; the namespace is not translated', () => {
      for (const [kind, max] of [['short', 125], ['long', 250]] as const) {
        for (const node of resourceKinds[kind]) {
          const id = attr(node, 'id')!;
          const overrides = list(node['bt:Override']);
          for (const v of [attr(node, 'DefaultValue'), ...overrides.map((o) => attr(o, 'Value'))]) {
            expect({ id, ok: Boolean(v) && v!.length <= max }).toEqual({ id, ok: true });
          }
          const nsResid = 'Functions.Namespace';
          if (id === nsResid) expect(overrides).toHaveLength(0);
          else expect({ id, zh: overrides.some((o) => attr(o, 'Locale') === 'zh-CN') }).toEqual({ id, zh: true });
        }
      }
    });
  });
}

manifestChecks('dev', fs.readFileSync(MANIFEST, 'utf8'), deploy.DEV_BASE);
manifestChecks(`deployment to ${DEPLOY_URL}`, deploy.manifestFor(fs.readFileSync(MANIFEST, 'utf8'), deploy.deploymentBase(DEPLOY_URL)), deploy.deploymentBase(DEPLOY_URL), DEPLOY_URL);

describe('deployment URL', () => {
  test.each([
    ['https://example.org/addin', 'https://example.org/addin/'],
    ['https://cdn.example.com/complaints/', 'https://cdn.example.com/complaints/'],
  ])('%s → %s', (raw, base) => expect(deploy.deploymentBase(raw)).toBe(base));
  test.each([['http://example.org/'], ['https://localhost:3000/'], ['example.org'], ['https://x.org/?a=1']])('%s is refused', (raw) => {
    expect(() => deploy.deploymentBase(raw)).toThrow();
  });
  test('a manifest URL that is not on the dev base stops the build', () => {
    expect(() => deploy.manifestFor('<a href="http://localhost:8080/x"/>', 'https://example.org/')).toThrow(/localhost/);
  });
});
