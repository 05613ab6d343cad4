// A strict fake of Excel's JavaScript API for the adapter's specs: it refuses what Excel refuses
// (rules and their documentation in ./excel-rules.ts). As in Office.js, everything queued between two
// context.sync() calls is one request: it runs at sync, in order, and fails as a whole when it is
// too big; a property is readable only after load + sync; objects resolve when the request runs.
// It replaces the permissive fake built on office-addin-mock, which accepted all of this silently.
import { CellValue } from '../../src/core/register/cells';
import {
  API_SETS, BUILTIN_FUNCTIONS, DESKTOP_LIMITS, Limits, MAX_PROPERTY_CHARS, OfficeError, WEB_LIMITS, calledFunctions, coerceValue,
  declaredExcelApi, qualifiedReferences, sheetNameProblem, structuredColumns, versionAbove,
} from './excel-rules';

export interface Rect { r0: number; c0: number; r1: number; c1: number }
export interface StrictSheet {
  id: string;
  name: string;
  cells: CellValue[][];
  /** "r,c" → the formula of that cell, as Excel stores it (invariant names). */
  formulas: Map<string, string>;
  formats: (Rect & { format: string })[];
  props: Map<string, string>;
  merges: Rect[];
  protected: boolean;
  deleted?: boolean;
  /** Worksheet.visibility (ExcelApi 1.1): Visible unless set. */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}
export interface StrictTable extends Rect { name: string; sheetId: string; columns: string[]; filtered: boolean }
export interface Write { sheet: string; address: string; kind: 'values' | 'formulas' | 'formulasLocal' | 'numberFormat'; cells: number; value: unknown }
export interface RequestLog { requestBytes: number; responseBytes: number; ops: number }
export interface StrictOptions {
  platform?: 'web' | 'desktop';
  /** The user's Excel language: which functions metadata names the custom functions. */
  locale?: 'en-US' | 'zh-CN';
  /** Custom function names as registered for the locale, without the namespace (from the metadata). */
  functions?: readonly string[];
  namespace?: string;
  /** The ExcelApi set the host supports; default: what manifest.xml declares (the add-in's minimum). */
  excelApi?: string;
  /** The workbook's date system (File > Options > Advanced: "Use 1904 date system"). */
  date1904?: boolean;
}

/* eslint-disable @typescript-eslint/no-this-alias -- the client-object classes below are declared inside the fake's methods and need the fake (x), not themselves */
const colNum = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => {
  let s = '';
  for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const serial = (d: Date) => d.getTime() / 86400000 + 25569;
const inRect = (r: Rect, row: number, col: number) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
const overlap = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x ?? null), 'utf8');

/** "'Sheet'!A1:C3" → its sheet (unquoted) and 0-based corners. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const bang = address.lastIndexOf('!');
  const sheet = bang < 0 ? undefined : address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const [p, q = p] = address.slice(bang + 1).split(':');
  const cell = (x: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x);
    if (!m) throw new OfficeError('InvalidArgument', `The argument is invalid or missing: address ${address}`);
    return [Number(m[2]) - 1, colNum(m[1]) - 1];
  };
  const [r0, c0] = cell(p);
  const [r1, c1] = cell(q);
  return { sheet, rect: { r0, c0, r1, c1 } };
}
export const a1Of = (r: Rect) => `${colLetters(r.c0)}${r.r0 + 1}:${colLetters(r.c1)}${r.r1 + 1}`;

type Op = { api: string; bytes: number; run: () => void };

/**
 * Proxy over a client object: reading a loadable property needs load + sync ("PropertyNotLoaded":
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load ),
 * setting one queues it; every member touched is checked against API_SETS.
 */
class Client {
  loaded = new Map<string, unknown>();
  constructor(
    protected readonly x: StrictExcel,
    readonly cls: string,
  ) {}
  protected read(prop: string): unknown {
    this.x.use(`${this.cls}.${prop}`);
    if (!this.loaded.has(prop)) {
      throw new OfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, `${this.cls}.${prop}`);
    }
    return this.loaded.get(prop);
  }
  /** Queues loading of props; `snapshot` gives their values when the request runs. */
  protected queueLoad(props: string | string[] | undefined, snapshot: () => Record<string, unknown>): void {
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.x.queue(`${this.cls}.load`, 20, () => {
      const s = snapshot();
      for (const n of names.length ? names : Object.keys(s)) {
        const top = n.split('/')[0];
        const v = s[top];
        // Collections travel as their items' loaded properties, not as the client objects.
        this.x.respond(Array.isArray(v) && v[0] instanceof Client ? v.map((c: Client) => Object.fromEntries(c.loaded)) : v);
        this.loaded.set(top, s[top]);
      }
    });
  }
}

/** Sub-objects reached through a property (format.font, chart.title, conditionalFormat.custom.rule …). */
const OBJECT_PROPS: Readonly<Record<string, string>> = {
  font: 'RangeFont', fill: 'RangeFill', format: 'RangeFormat', rule: 'ConditionalFormatRule', title: 'ChartTitle', legend: 'ChartLegend',
  custom: 'CustomConditionalFormat', dataBar: 'DataBarConditionalFormat', cellValue: 'CellValueConditionalFormat',
};

/** A nested object of setters (format.font, chart.title …): writes are queued, reads refused. */
function setterBag(x: StrictExcel, cls: string, onSet?: (path: string, v: unknown) => void): Record<string, unknown> {
  const kids = new Map<string, unknown>();
  return new Proxy({} as Record<string, unknown>, {
    get(_t, k) {
      if (typeof k !== 'string') return undefined;
      x.use(`${cls}.${k}`);
      if (k in OBJECT_PROPS) {
        if (!kids.has(k)) kids.set(k, setterBag(x, OBJECT_PROPS[k], (p, v) => onSet?.(`${k}.${p}`, v)));
        return kids.get(k);
      }
      throw new OfficeError('PropertyNotLoaded', `The property '${k}' is not available.`, `${cls}.${k}`);
    },
    set(_t, k, v) {
      x.use(`${cls}.${String(k)}`);
      x.queue(`${cls}.${String(k)}`, bytes(v) + 20, () => onSet?.(String(k), v));
      return true;
    },
  });
}

export class StrictExcel {
  readonly platform: 'web' | 'desktop';
  readonly limits: Limits;
  readonly locale: 'en-US' | 'zh-CN';
  readonly namespace: string;
  readonly excelApi: string;
  readonly date1904: boolean;
  functions: Set<string>;
  sheets: StrictSheet[] = [];
  tables: StrictTable[] = [];
  active = '';
  syncs = 0;
  suspended = 0;
  calculations: string[] = [];
  writes: Write[] = [];
  /** Handlers added with Worksheet.onChanged.add, to fire in specs. */
  changedHandlers: ((ev: unknown) => Promise<unknown>)[] = [];
  requests: RequestLog[] = [];
  apisUsed = new Set<string>();
  charts: { sheet: string }[] = [];
  conditionalFormats: { sheet: string; address: string; type: string; formula?: string }[] = [];
  validations: { sheet: string; address: string; source?: string }[] = [];
  tablesAdded: { sheet: string; address: string; name?: string }[] = [];
  private pending: Op[] = [];
  private pendingError: OfficeError | undefined;
  private responseBytes = 0;
  private nextId = 1;

  constructor(o: StrictOptions = {}) {
    this.platform = o.platform ?? 'web';
    this.limits = this.platform === 'web' ? WEB_LIMITS : DESKTOP_LIMITS;
    this.locale = o.locale ?? 'en-US';
    this.namespace = o.namespace ?? 'COMPLAINTS';
    this.excelApi = o.excelApi ?? declaredExcelApi();
    this.date1904 = o.date1904 ?? false;
    this.functions = new Set((o.functions ?? ['TIER', 'DUE', 'STATUS', 'WORKDAY', 'NETWORKDAYS']).map((f) => f.toUpperCase()));
  }

  // ---- the workbook as the test sets it up -----------------------------------------------------

  addSheet(name: string, rows: CellValue[][] = []): StrictSheet {
    const s: StrictSheet = {
      id: `{S${this.nextId++}}`, name, cells: rows.map((r) => r.map((v) => (v instanceof Date ? serial(v) : v))), formulas: new Map(), formats: [],
      props: new Map(), merges: [], protected: false,
    };
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }
  sheet(name: string): StrictSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }
  /** A table the user made (its columns are the header cells, exactly as typed). */
  addTable(sheet: string, address: string, name: string, filtered = false): StrictTable {
    const s = this.sheet(sheet)!;
    return this.makeTable(s, parseAddress(address).rect, name, filtered);
  }
  /**
   * What was set on a table's own ranges (a column's data body, the data body) and follows the table
   * as it grows: calculated-column formulas fill the new rows, and number formats, data validation
   * and conditional formats extend over them ("Excel tables … automatically expand formatting and
   * formulas": https://support.microsoft.com/en-us/office/overview-of-excel-tables-7ab0bb7d-3a9e-4b56-a3c9-6c94334e492c ).
   */
  private bindings: { table: StrictTable; rect: Rect; extend: (rows: Rect) => void }[] = [];
  bind(table: StrictTable, rect: Rect, extend: (rows: Rect) => void): void {
    this.bindings.push({ table, rect, extend });
  }
  /** The user types `rows` more rows right below a table: it grows over them, as Excel's AutoExpansion does. */
  growTable(name: string, rows: number): void {
    const t = this.tables.find((x) => x.name === name);
    if (!t) throw new Error(`no table ${name}`);
    const from = t.r1 + 1;
    t.r1 += rows;
    for (const b of this.bindings) {
      if (b.table !== t) continue;
      b.extend({ r0: from, c0: b.rect.c0, r1: t.r1, c1: b.rect.c1 });
    }
  }
  value(sheet: string, row: number, col: number): CellValue {
    return this.sheet(sheet)?.cells[row]?.[col] ?? null;
  }
  formula(sheet: string, row: number, col: number): string | undefined {
    return this.sheet(sheet)?.formulas.get(`${row},${col}`);
  }

  /**
   * Installs Office.context.requirements.isSetSupported answering for this host's ExcelApi set (the
   * runtime check an add-in makes before an API above its declared set); returns the restore.
   */
  installOffice(): () => void {
    const g = globalThis as { Office?: unknown };
    const saved = g.Office;
    g.Office = { context: { requirements: { isSetSupported: (name: string, v: string) => name === 'ExcelApi' && !versionAbove(v, this.excelApi) } } };
    return () => {
      g.Office = saved;
    };
  }

  // ---- the request pipeline ---------------------------------------------------------------------

  /** Records the use of an API member; one above the declared set fails the request (ApiNotFound). */
  use(api: string): void {
    this.apisUsed.add(api);
    const v = API_SETS[api];
    if (v === undefined) this.pendingError ??= new OfficeError('ApiNotFound', `${api} is not in the fake's requirement-set table (test/helpers/excel-rules.ts API_SETS)`, api);
    else if (versionAbove(v, this.excelApi)) this.pendingError ??= new OfficeError('ApiNotFound', `The API you are trying to use could not be found: ${api} needs ExcelApi ${v}, the add-in declares ${this.excelApi}`, api);
  }
  queue(api: string, size: number, run: () => void): void {
    this.pending.push({ api, bytes: size, run });
  }
  respond(v: unknown): void {
    this.responseBytes += bytes(v);
  }

  context(): Excel.RequestContext {
    const ctx = {
      workbook: this.workbook(),
      sync: async () => this.sync(),
      trackedObjects: { add: () => undefined, remove: () => undefined },
    };
    return ctx as unknown as Excel.RequestContext;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const ops = this.pending;
    this.pending = [];
    const apiError = this.pendingError;
    this.pendingError = undefined;
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.responseBytes = 0;
    const log: RequestLog = { requestBytes, responseBytes: 0, ops: ops.length };
    this.requests.push(log);
    if (apiError) throw apiError;
    if (this.limits.requestBytes !== undefined && requestBytes > this.limits.requestBytes) {
      throw new OfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`, ops[0]?.api);
    }
    for (const op of ops) op.run();
    log.responseBytes = this.responseBytes;
    if (this.limits.responseBytes !== undefined && this.responseBytes > this.limits.responseBytes) {
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.responseBytes} bytes).`);
    }
  }

  // ---- object model ----------------------------------------------------------------------------

  private workbook() {
    this.use('Workbook.worksheets');
    const x = this;
    const ws = x.worksheets();
    const tables = x.tableCollection(undefined);
    const app = x.application();
    const wb = new (class extends Client {
      get worksheets() { return ws; }
      get tables() { x.use('Workbook.tables'); return tables; }
      get application() { x.use('Workbook.application'); return app; }
      get use1904DateSystem() { return this.read('use1904DateSystem'); }
      load(props?: string) { this.queueLoad(props, () => ({ use1904DateSystem: x.date1904 })); }
    })(this, 'Workbook');
    return wb;
  }

  private application() {
    return {
      suspendApiCalculationUntilNextSync: () => { this.use('Application.suspendApiCalculationUntilNextSync'); this.queue('suspend', 10, () => void this.suspended++); },
      suspendScreenUpdatingUntilNextSync: () => { this.use('Application.suspendScreenUpdatingUntilNextSync'); this.queue('suspend', 10, () => undefined); },
      calculate: (type: string) => { this.use('Application.calculate'); this.queue('calculate', 20, () => void this.calculations.push(`application:${type}`)); },
    };
  }

  private live(): StrictSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  private worksheets() {
    const x = this;
    return new (class extends Client {
      load(props?: string) { this.queueLoad(props, () => ({ items: x.live().map((s) => x.worksheet(() => s, true)) })); }
      get items() { return this.read('items'); }
      getActiveWorksheet() { x.use('WorksheetCollection.getActiveWorksheet'); return x.worksheet(() => x.sheet(x.active)); }
      getItem(key: string) { x.use('WorksheetCollection.getItem'); return x.worksheet(() => x.find(key)); }
      getItemOrNullObject(key: string) { x.use('WorksheetCollection.getItemOrNullObject'); return x.worksheet(() => x.find(key) ?? null); }
      add(name: string) {
        x.use('WorksheetCollection.add');
        let made: StrictSheet | undefined;
        x.queue('WorksheetCollection.add', bytes(name) + 20, () => {
          const p = sheetNameProblem(name);
          if (p) throw new OfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${p}`, 'WorksheetCollection.add');
          if (x.sheet(name)) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`, 'WorksheetCollection.add');
          made = x.addSheet(name);
        });
        return x.worksheet(() => made);
      }
      get onAdded() { x.use('WorksheetCollection.onAdded'); return { add: () => undefined }; }
      get onDeleted() { x.use('WorksheetCollection.onDeleted'); return { add: () => undefined }; }
    })(this, 'WorksheetCollection');
  }

  private find(key: string): StrictSheet | undefined {
    return this.live().find((s) => s.id === key) ?? this.sheet(key);
  }

  /** A worksheet resolved when the request runs; `get` returns null for a null object, undefined when missing. */
  worksheet(get: () => StrictSheet | null | undefined, preloaded = false) {
    const x = this;
    let cached: StrictSheet | null | undefined;
    let resolved = false;
    const sheet = (): StrictSheet => {
      if (!resolved) {
        cached = get();
        resolved = true;
      }
      if (!cached) throw new OfficeError('ItemNotFound', 'The requested resource doesn\'t exist.', 'Worksheet');
      return cached;
    };
    const writable = (api: string) => {
      const s = sheet();
      // "protected worksheet … the operation is denied": https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection
      if (s.protected) throw new OfficeError('AccessDenied', `The sheet ${s.name} is protected: ${api} is refused.`, api);
      return s;
    };
    const ws = new (class extends Client {
      get name() { return this.read('name'); }
      set name(v: unknown) {
        x.use('Worksheet.name');
        x.queue('Worksheet.name', bytes(v) + 20, () => {
          const p = sheetNameProblem(String(v));
          if (p) throw new OfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${p}`, 'Worksheet.name');
          const s = sheet();
          if (x.sheet(String(v)) && x.sheet(String(v)) !== s) throw new OfficeError('ItemAlreadyExists', `A sheet named ${String(v)} already exists.`, 'Worksheet.name');
          if (x.active === s.name) x.active = String(v);
          s.name = String(v);
        });
      }
      get id() { return this.read('id'); }
      get isNullObject() {
        if (!this.loaded.has('$resolved')) throw new OfficeError('PropertyNotLoaded', 'isNullObject is known after context.sync()', 'Worksheet.isNullObject');
        return cached === null || cached === undefined;
      }
      load(props?: string) {
        this.queueLoad(props, () => {
          if (!resolved) { cached = get(); resolved = true; }
          if (cached === null) return {}; // a null object loads nothing
          sheet();
          return { name: cached!.name, id: cached!.id };
        });
      }
      getUsedRangeOrNullObject(valuesOnly?: boolean) { x.use('Worksheet.getUsedRangeOrNullObject'); return x.range(() => x.usedRect(sheet(), Boolean(valuesOnly)), sheet, writable); }
      getRangeByIndexes(r: number, c: number, rows: number, cols: number) { x.use('Worksheet.getRangeByIndexes'); return x.range(() => ({ r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 }), sheet, writable); }
      getRange(address?: string) { x.use('Worksheet.getRange'); return x.range(() => (address ? parseAddress(address).rect : { r0: 0, c0: 0, r1: 1048575, c1: 16383 }), sheet, writable); }
      private kids = new Map<string, unknown>();
      private kid<T>(k: string, make: () => T): T {
        if (!this.kids.has(k)) this.kids.set(k, make());
        return this.kids.get(k) as T;
      }
      get tables() { x.use('Worksheet.tables'); return this.kid('tables', () => x.tableCollection(sheet, writable)); }
      get customProperties() {
        x.use('Worksheet.customProperties');
        return this.kid('customProperties', () => ({
          getItemOrNullObject: (key: string) => {
            x.use('WorksheetCustomPropertyCollection.getItemOrNullObject');
            return x.property(() => sheet().props, key);
          },
          add: (key: string, value: string) => {
            x.use('WorksheetCustomPropertyCollection.add');
            x.queue('WorksheetCustomPropertyCollection.add', bytes([key, value]) + 20, () => {
              if (key.length > MAX_PROPERTY_CHARS) throw new OfficeError('InvalidArgument', 'A custom property key is limited to 255 characters.', 'WorksheetCustomPropertyCollection.add');
              const v = String(value);
              sheet().props.set(key, x.platform === 'web' ? v : v.slice(0, MAX_PROPERTY_CHARS));
            });
          },
        }));
      }
      get charts() {
        x.use('Worksheet.charts');
        return {
          add: (_type: string, source: unknown) => {
            x.use('ChartCollection.add');
            x.queue('ChartCollection.add', 40, () => void x.charts.push({ sheet: writable('ChartCollection.add').name }));
            void source;
            const chart = setterBag(x, 'Chart') as Record<string, unknown>;
            return new Proxy(chart, {
              get(t, k) {
                if (k === 'setPosition') return () => { x.use('Chart.setPosition'); x.queue('Chart.setPosition', 30, () => undefined); };
                if (k === 'series') { x.use('Chart.series'); return { getItemAt: () => ({ setXAxisValues: () => { x.use('ChartSeries.setXAxisValues'); x.queue('ChartSeries.setXAxisValues', 30, () => undefined); } }) }; }
                return Reflect.get(t, k);
              },
            });
          },
        };
      }
      get freezePanes() { x.use('Worksheet.freezePanes'); return { freezeRows: (n: number) => { x.use('WorksheetFreezePanes.freezeRows'); x.queue('freezeRows', 20, () => void n); } }; }
      get onChanged() { x.use('Worksheet.onChanged'); return { add: (h: (ev: unknown) => Promise<unknown>) => void x.changedHandlers.push(h) }; }
      // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member:
      // Visible, Hidden or VeryHidden; as in Excel, the last visible sheet of a workbook cannot be hidden.
      set visibility(v: unknown) {
        x.use('Worksheet.visibility');
        x.queue('Worksheet.visibility', 20, () => {
          const s = sheet();
          if (!['Visible', 'Hidden', 'VeryHidden'].includes(String(v))) throw new OfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: visibility "${String(v)}"`, 'Worksheet.visibility');
          const visible = x.live().filter((o) => (o.visibility ?? 'Visible') === 'Visible');
          if (v !== 'Visible' && visible.length === 1 && visible[0] === s) throw new OfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.visibility');
          s.visibility = v as StrictSheet['visibility'];
        });
      }
      activate() { x.use('Worksheet.activate'); x.queue('Worksheet.activate', 20, () => void (x.active = sheet().name)); }
      delete() { x.use('Worksheet.delete'); x.queue('Worksheet.delete', 20, () => void (sheet().deleted = true)); }
    })(this, 'Worksheet');
    // Null objects and names become known when the request runs.
    this.queue('Worksheet.resolve', 0, () => {
      if (!resolved) { cached = get(); resolved = true; }
      ws.loaded.set('$resolved', true);
    });
    if (preloaded) {
      const s = get();
      if (s) { ws.loaded.set('name', s.name); ws.loaded.set('id', s.id); ws.loaded.set('$resolved', true); cached = s; resolved = true; }
    }
    return ws;
  }

  private property(props: () => Map<string, string>, key: string) {
    const x = this;
    let found: boolean | undefined;
    const p = new (class extends Client {
      get value() { return this.read('value'); }
      get isNullObject() {
        if (found === undefined) throw new OfficeError('PropertyNotLoaded', 'isNullObject is known after context.sync()', 'WorksheetCustomProperty');
        return !found;
      }
      load(what?: string) { this.queueLoad(what, () => ({ value: props().get(key) ?? '' })); }
    })(this, 'WorksheetCustomProperty');
    this.queue('WorksheetCustomProperty.resolve', 0, () => void (found = [...props().keys()].some((k) => k.toLowerCase() === key.toLowerCase())));
    void x;
    return p;
  }

  usedRect(s: StrictSheet, valuesOnly: boolean): Rect | null {
    let r0 = -1, r1 = -1, c0 = Infinity, c1 = -1;
    const note = (i: number, j: number) => {
      if (r0 < 0 || i < r0) r0 = i;
      r1 = Math.max(r1, i);
      c0 = Math.min(c0, j);
      c1 = Math.max(c1, j);
    };
    s.cells.forEach((row, i) => row?.forEach((v, j) => { if (v !== null && v !== undefined && v !== '') note(i, j); }));
    for (const k of s.formulas.keys()) { const [i, j] = k.split(',').map(Number); note(i, j); }
    if (!valuesOnly) for (const f of s.formats) if (f.r1 < 1048575) { note(f.r0, f.c0); note(f.r1, f.c1); }
    return r0 < 0 ? null : { r0, c0, r1, c1 };
  }

  private tableCollection(sheet: (() => StrictSheet) | undefined, writable?: (api: string) => StrictSheet) {
    const x = this;
    return new (class extends Client {
      load(props?: string) {
        this.queueLoad(props, () => ({ items: x.tables.filter((t) => !sheet || t.sheetId === sheet().id).map((t) => x.tableObject(() => t, true)) }));
      }
      get items() { return this.read('items'); }
      getItem(name: string) {
        x.use('TableCollection.getItem');
        return x.tableObject(() => {
          const t = x.tables.find((tt) => tt.name.toLowerCase() === name.toLowerCase());
          if (!t) throw new OfficeError('ItemNotFound', `The table ${name} doesn't exist.`, 'TableCollection.getItem');
          return t;
        });
      }
      add(address: string, hasHeaders: boolean) {
        x.use('TableCollection.add');
        let made: StrictTable | undefined;
        x.queue('TableCollection.add', bytes(address) + 20, () => {
          const a = parseAddress(address);
          const s = a.sheet !== undefined ? x.sheet(a.sheet) : sheet?.();
          if (!s) throw new OfficeError('ItemNotFound', `No sheet for ${address}`, 'TableCollection.add');
          if (s.protected) throw new OfficeError('AccessDenied', `The sheet ${s.name} is protected.`, 'TableCollection.add');
          if (!hasHeaders) throw new OfficeError('InvalidArgument', 'this fake models tables with headers only', 'TableCollection.add');
          made = x.makeTable(s, a.rect, `Table${x.tables.length + 1}`, false);
          x.tablesAdded.push({ sheet: s.name, address, name: undefined });
        });
        void writable;
        return x.tableObject(() => made!);
      }
    })(this, 'TableCollection');
  }

  /**
   * A table over a range: refused over merged cells or another table ("A table can't overlap with
   * another table, a PivotTable report, query results, merged cells, or an XML Map." —
   * MergedRangeConflict, https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling#error-codes ).
   * Column names are the header cells as typed; a blank header becomes ColumnN and a repeated one
   * gets a number, so names are unique (https://support.microsoft.com/en-us/office/rename-an-excel-table-column-… ).
   */
  private makeTable(s: StrictSheet, rect: Rect, name: string, filtered: boolean): StrictTable {
    if (s.merges.some((m) => overlap(m, rect)) || this.tables.some((t) => t.sheetId === s.id && overlap(t, rect))) {
      throw new OfficeError('MergedRangeConflict', "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.", 'TableCollection.add');
    }
    const seen = new Set<string>();
    const columns: string[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = s.cells[rect.r0]?.[c];
      let n = v === null || v === undefined || v === '' ? `Column${c - rect.c0 + 1}` : String(v);
      for (let i = 2; seen.has(n.toLowerCase()); i++) n = `${String(v ?? 'Column')}${i}`;
      seen.add(n.toLowerCase());
      columns.push(n);
      (s.cells[rect.r0] ??= [])[c] = n;
    }
    const t: StrictTable = { ...rect, name, sheetId: s.id, columns, filtered };
    this.tables.push(t);
    return t;
  }

  private tableObject(get: () => StrictTable, preloaded = false) {
    const x = this;
    const t = new (class extends Client {
      get name() { return this.read('name'); }
      set name(v: unknown) {
        x.use('Table.name');
        x.queue('Table.name', bytes(v) + 20, () => {
          const n = String(v);
          // Table names: letters, digits, _ and ., no spaces, unique in the workbook.
          if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(n)) throw new OfficeError('InvalidArgument', `invalid table name ${n}`, 'Table.name');
          if (x.tables.some((o) => o !== get() && o.name.toLowerCase() === n.toLowerCase())) throw new OfficeError('ItemAlreadyExists', `A table named ${n} already exists.`, 'Table.name');
          x.tablesAdded.filter((a) => a.name === undefined || a.name === get().name).forEach((a) => (a.name = n));
          get().name = n;
        });
      }
      set style(v: unknown) { x.use('Table.style'); x.queue('Table.style', bytes(v) + 20, () => undefined); }
      get columns() {
        x.use('Table.columns');
        /** A table column whose index is known when the request runs: its data body. */
        const column = (index: () => number) => ({
          getDataBodyRange: () => {
            x.use('TableColumn.getDataBodyRange');
            const sheetOf = () => x.find(get().sheetId)!;
            return x.range(() => { const tb = get(); const i = index(); return { r0: tb.r0 + 1, c0: tb.c0 + i, r1: tb.r1, c1: tb.c0 + i }; }, sheetOf, (api) => {
              const s = sheetOf();
              if (s.protected) throw new OfficeError('AccessDenied', `The sheet ${s.name} is protected.`, api);
              return s;
            }, get);
          },
        });
        return {
          getItem: (name: string) => {
            x.use('TableColumnCollection.getItem');
            return column(() => {
              const tb = get();
              // Column names match exactly (spaces included); case does not matter, as in Excel.
              const i = tb.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
              if (i < 0) throw new OfficeError('ItemNotFound', `Table ${tb.name} has no column named "${name}" (columns: ${tb.columns.join(' | ')})`, 'TableColumnCollection.getItem');
              return i;
            });
          },
          getItemAt: (i: number) => {
            x.use('TableColumnCollection.getItemAt');
            return column(() => i);
          },
          add: (index: number | undefined, values: unknown, name?: string) => {
            x.use('TableColumnCollection.add');
            x.queue('TableColumnCollection.add', bytes([index, values, name]) + 20, () => {
              const tb = get();
              const s = x.find(tb.sheetId)!;
              if (s.protected) throw new OfficeError('AccessDenied', `The sheet ${s.name} is protected.`, 'TableColumnCollection.add');
              const n = name ?? `Column${tb.columns.length + 1}`;
              if (tb.columns.some((c) => c.toLowerCase() === n.toLowerCase())) throw new OfficeError('InvalidArgument', `The table already has a column named ${n}.`, 'TableColumnCollection.add');
              tb.c1++;
              tb.columns.push(n);
              (s.cells[tb.r0] ??= [])[tb.c1] = n;
              x.writes.push({ sheet: s.name, address: `table ${tb.name} + ${n}`, kind: 'values', cells: 1, value: n });
            });
          },
        };
      }
      load(props?: string) { this.queueLoad(props, () => ({ name: get().name })); }
      /**
       * "Resize the table to the new range. The new range must overlap with the original table range
       * and the headers (or the top of the table) must be in the same row." — Table.resize,
       * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
       * The columns it takes in are named by their header cells, as a new table's are; it may not
       * overlap another table or merged cells, as TableCollection.add may not.
       */
      resize(address: string) {
        x.use('Table.resize');
        x.queue('Table.resize', bytes(address) + 20, () => {
          const tb = get();
          const s = x.find(tb.sheetId)!;
          if (s.protected) throw new OfficeError('AccessDenied', `The sheet ${s.name} is protected.`, 'Table.resize');
          const a = parseAddress(address).rect;
          if (a.r0 !== tb.r0 || !overlap(a, tb)) throw new OfficeError('InvalidArgument', `The new range ${address} must overlap table ${tb.name} and keep its header row.`, 'Table.resize');
          if (s.merges.some((m) => overlap(m, a)) || x.tables.some((t) => t !== tb && t.sheetId === s.id && overlap(t, a))) {
            throw new OfficeError('MergedRangeConflict', "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.", 'Table.resize');
          }
          const seen = new Set<string>();
          const columns: string[] = [];
          for (let c = a.c0; c <= a.c1; c++) {
            const kept = c >= tb.c0 && c <= tb.c1 ? tb.columns[c - tb.c0] : undefined;
            const v = s.cells[a.r0]?.[c];
            let n = kept ?? (v === null || v === undefined || v === '' ? `Column${c - a.c0 + 1}` : String(v));
            for (let i = 2; seen.has(n.toLowerCase()); i++) n = `${String(v ?? 'Column')}${i}`;
            seen.add(n.toLowerCase());
            columns.push(n);
            (s.cells[a.r0] ??= [])[c] = n;
          }
          Object.assign(tb, a, { columns });
        });
      }
      getDataBodyRange() {
        x.use('Table.getDataBodyRange');
        const sheetOf = () => x.find(get().sheetId)!;
        return x.range(() => { const tb = get(); return { r0: tb.r0 + 1, c0: tb.c0, r1: tb.r1, c1: tb.c1 }; }, sheetOf, () => sheetOf(), get);
      }
      getRange() {
        x.use('Table.getRange');
        const sheetOf = () => x.find(get().sheetId)!;
        return x.range(() => { const tb = get(); return { r0: tb.r0, c0: tb.c0, r1: tb.r1, c1: tb.c1 }; }, sheetOf, (api) => {
          const s = sheetOf();
          if (s.protected) throw new OfficeError('AccessDenied', `The sheet ${s.name} is protected.`, api);
          return s;
        });
      }
      get autoFilter() {
        x.use('Table.autoFilter');
        return new (class extends Client {
          get isDataFiltered() { return this.read('isDataFiltered'); }
          load(props?: string) { this.queueLoad(props, () => ({ isDataFiltered: get().filtered })); }
        })(x, 'AutoFilter');
      }
    })(this, 'Table');
    if (preloaded) t.loaded.set('name', get().name);
    return t;
  }

  private range(rectOf: () => Rect | null, sheet: () => StrictSheet, writable: (api: string) => StrictSheet, bound?: () => StrictTable) {
    const x = this;
    let cached: Rect | null | undefined;
    const rect = (): Rect | null => (cached === undefined ? (cached = rectOf()) : cached);
    const must = (): Rect => {
      const r = rect();
      if (!r) throw new OfficeError('ItemNotFound', 'The range is a null object.', 'Range');
      return r;
    };
    const cellsOf = (r: Rect) => (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
    const limitCells = (r: Rect, api: string) => {
      if (cellsOf(r) > x.limits.rangeCells) throw new OfficeError('RangeExceedsLimit', `The cell count in the range has exceeded the maximum supported number (${cellsOf(r)} cells).`, api);
    };
    const fmtAt = (s: StrictSheet, row: number, col: number): string | undefined => {
      for (let i = s.formats.length - 1; i >= 0; i--) if (inRect(s.formats[i], row, col)) return s.formats[i].format;
      return undefined;
    };
    const grid = (r: Rect, v: unknown, api: string): unknown[][] => {
      if (!Array.isArray(v)) return Array.from({ length: r.r1 - r.r0 + 1 }, () => new Array(r.c1 - r.c0 + 1).fill(v));
      const m = v as unknown[][];
      if (m.length !== r.r1 - r.r0 + 1 || m.some((row) => !Array.isArray(row) || row.length !== r.c1 - r.c0 + 1)) {
        throw new OfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${a1Of(r)}).`, api);
      }
      return m;
    };
    const setFormula = (s: StrictSheet, row: number, col: number, f: string, local: boolean, tables: StrictTable[]) => {
      const table = tables.length === 1 && inRect(tables[0], row, col) ? tables[0] : tables.find((t) => inRect(t, row, col));
      for (const name of x.parsed(f).columns) {
        if (!table || !table.columns.includes(name)) {
          throw new OfficeError('InvalidArgument', `The formula ${f} refers to a table column [${name}] that ${table ? `table ${table.name} does not have (columns: ${table.columns.join(' | ')})` : 'is outside any table'}.`, local ? 'Range.formulasLocal' : 'Range.formulas');
        }
      }
      const qualified = qualifiedReferences(f);
      for (const q of qualified) {
        const named = x.tables.find((t) => t.name.toLowerCase() === q.table.toLowerCase());
        if (!named || (q.column !== undefined && !named.columns.includes(q.column))) {
          throw new OfficeError('InvalidArgument', `The formula ${f} refers to ${named ? `a column [${q.column}] table ${named.name} does not have (columns: ${named.columns.join(' | ')})` : `a table ${q.table} that does not exist`}.`, local ? 'Range.formulasLocal' : 'Range.formulas');
        }
      }
      // formulasLocal names functions as the user's locale does; the add-in keeps custom-function
      // names identical in every locale, so both land on the same registered names.
      void local;
      s.formulas.set(`${row},${col}`, f);
      (s.cells[row] ??= [])[col] = x.parsed(f).known ? (x.spillBlocked(s, row, col, f, table) ?? 0) : '#NAME?';
    };
    const write = (kind: Write['kind'], v: unknown) => {
      x.use(`Range.${kind}`);
      x.queue(`Range.${kind}`, bytes(v) + 40, () => {
        const r = must();
        const s = writable(`Range.${kind}`);
        limitCells(r, `Range.${kind}`);
        const g = grid(r, v, `Range.${kind}`);
        x.writes.push({ sheet: s.name, address: a1Of(r), kind, cells: Array.isArray(v) ? cellsOf(r) : 1, value: v });
        if (bound && !Array.isArray(v)) x.bind(bound(), r, (rows) => write0(kind, v, rows));
        if (kind === 'numberFormat') {
          if (!Array.isArray(v)) s.formats.push({ ...r, format: String(v) });
          else g.forEach((row, i) => row.forEach((f, j) => s.formats.push({ r0: r.r0 + i, r1: r.r0 + i, c0: r.c0 + j, c1: r.c0 + j, format: String(f) })));
          return;
        }
        // Only the formats over this range matter (a report sheet gathers many "@" rectangles).
        const over = s.formats.filter((f) => overlap(f, r));
        const byCol = new Map<number, StrictSheet>();
        const local = (cc: number) => {
          let l = byCol.get(cc);
          if (!l) byCol.set(cc, (l = { ...s, formats: over.filter((f) => f.c0 <= cc && f.c1 >= cc) }));
          return l;
        };
        const tables = x.tables.filter((t) => t.sheetId === s.id && overlap(t, r));
        g.forEach((row, i) => row.forEach((val, j) => {
          const rr = r.r0 + i;
          const cc = r.c0 + j;
          if (kind === 'values') {
            const c = coerceValue(val, fmtAt(local(cc), rr, cc) === '@');
            if (c.kind === 'formula') return setFormula(s, rr, cc, c.formula, false, tables);
            s.formulas.delete(`${rr},${cc}`);
            (s.cells[rr] ??= [])[cc] = c.value as CellValue;
          } else if (typeof val === 'string' && val.startsWith('=')) setFormula(s, rr, cc, val, kind === 'formulasLocal', tables);
          else {
            s.formulas.delete(`${rr},${cc}`);
            (s.cells[rr] ??= [])[cc] = coerceValue(val, fmtAt(local(cc), rr, cc) === '@').kind === 'value' ? (coerceValue(val, false) as { value: CellValue }).value : (val as CellValue);
          }
        }));
      });
    };
    /** A single value (a calculated column's formula, a number format) applied to more rows of a table. */
    const write0 = (kind: Write['kind'], v: unknown, rows: Rect) => {
      const s = sheet();
      if (kind === 'numberFormat') return void s.formats.push({ ...rows, format: String(v) });
      const tables = x.tables.filter((t) => t.sheetId === s.id && overlap(t, rows));
      for (let rr = rows.r0; rr <= rows.r1; rr++) for (let cc = rows.c0; cc <= rows.c1; cc++) {
        if (typeof v === 'string' && v.startsWith('=')) setFormula(s, rr, cc, v, false, tables);
      }
    };
    const loadable = ['values', 'formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'address'];
    const r = new (class extends Client {
      get isNullObject() {
        if (cached === undefined) throw new OfficeError('PropertyNotLoaded', 'isNullObject is known after context.sync()', 'Range.isNullObject');
        return cached === null;
      }
      get values() { return this.read('values'); }
      set values(v: unknown) { write('values', v); }
      get formulas() { return this.read('formulas'); }
      set formulas(v: unknown) { write('formulas', v); }
      set formulasLocal(v: unknown) { write('formulasLocal', v); }
      get numberFormat() { return this.read('numberFormat'); }
      set numberFormat(v: unknown) { write('numberFormat', v); }
      get rowIndex() { return this.read('rowIndex'); }
      get columnIndex() { return this.read('columnIndex'); }
      get rowCount() { return this.read('rowCount'); }
      get columnCount() { return this.read('columnCount'); }
      load(props?: string | string[]) {
        const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
        for (const n of names) if (!loadable.includes(n)) throw new OfficeError('InvalidArgument', `Range has no property ${n}`, 'Range.load');
        this.queueLoad(names, () => {
          const rr = rect();
          if (!rr) return {};
          const s = sheet();
          const needsCells = names.some((n) => n === 'values' || n === 'formulas' || n === 'numberFormat');
          if (needsCells) limitCells(rr, 'Range.load');
          const out: Record<string, unknown> = { rowIndex: rr.r0, columnIndex: rr.c0, rowCount: rr.r1 - rr.r0 + 1, columnCount: rr.c1 - rr.c0 + 1, address: `${s.name}!${a1Of(rr)}` };
          const rows = rr.r1 - rr.r0 + 1;
          const cols = rr.c1 - rr.c0 + 1;
          if (names.includes('values')) out.values = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => s.cells[rr.r0 + i]?.[rr.c0 + j] ?? ''));
          if (names.includes('formulas')) out.formulas = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => s.formulas.get(`${rr.r0 + i},${rr.c0 + j}`) ?? s.cells[rr.r0 + i]?.[rr.c0 + j] ?? ''));
          if (names.includes('numberFormat')) out.numberFormat = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => fmtAt(s, rr.r0 + i, rr.c0 + j) ?? 'General'));
          return out;
        });
      }
      get format() {
        x.use('Range.format');
        return setterBag(x, 'RangeFormat', () => void writable('Range.format'));
      }
      getEntireColumn() {
        x.use('Range.getEntireColumn');
        return { format: setterBag(x, 'RangeFormat') };
      }
      getBoundingRect(other: { __rect?: () => Rect | null }) {
        x.use('Range.getBoundingRect');
        return x.range(() => {
          const a = must();
          const b = other.__rect?.() ?? a;
          return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
        }, sheet, writable);
      }
      get __rect() { return rect; }
      get dataValidation() {
        x.use('Range.dataValidation');
        return {
          clear: () => { x.use('DataValidation.clear'); x.queue('DataValidation.clear', 20, () => void writable('DataValidation.clear')); },
          set rule(v: { list?: { source: string } }) {
            x.use('DataValidation.rule');
            x.queue('DataValidation.rule', bytes(v) + 20, () => {
              const entry = { sheet: writable('DataValidation.rule').name, address: a1Of(must()), source: v.list?.source };
              x.validations.push(entry);
              if (bound) x.bind(bound(), must(), (rows) => void (entry.address = a1Of({ ...must(), r1: rows.r1 })));
            });
          },
          set errorAlert(v: unknown) { x.use('DataValidation.errorAlert'); x.queue('DataValidation.errorAlert', bytes(v) + 20, () => undefined); },
        };
      }
      get conditionalFormats() {
        x.use('Range.conditionalFormats');
        return {
          add: (type: string) => {
            x.use('ConditionalFormatCollection.add');
            const entry: { sheet: string; address: string; type: string; formula?: string } = { sheet: '', address: '', type };
            x.queue('ConditionalFormatCollection.add', 40, () => {
              entry.sheet = writable('ConditionalFormatCollection.add').name;
              entry.address = a1Of(must());
              x.conditionalFormats.push(entry);
              if (bound) x.bind(bound(), must(), (rows) => void (entry.address = a1Of({ ...must(), r1: rows.r1 })));
            });
            return setterBag(x, 'ConditionalFormat', (path, v) => {
              if (path.endsWith('rule.formula') || path.endsWith('rule.formula1')) entry.formula = String(v);
            });
          },
        };
      }
      clear() { x.use('Range.clear'); x.queue('Range.clear', 20, () => {
        const rr = must();
        const s = writable('Range.clear');
        for (let i = rr.r0; i <= Math.min(rr.r1, s.cells.length - 1); i++) for (let j = rr.c0; j <= Math.min(rr.c1, (s.cells[i]?.length ?? 0) - 1); j++) s.cells[i][j] = null;
        for (const k of [...s.formulas.keys()]) { const [i, j] = k.split(',').map(Number); if (inRect(rr, i, j)) s.formulas.delete(k); }
      }); }
      getRow(i: number) {
        x.use('Range.getRow');
        return x.range(() => { const a = must(); return { r0: a.r0 + i, c0: a.c0, r1: a.r0 + i, c1: a.c1 }; }, sheet, writable);
      }
      calculate() { x.use('Range.calculate'); x.queue('Range.calculate', 20, () => void x.calculations.push(`${sheet().name}!${a1Of(must())}`)); }
      select() { x.use('Range.select'); x.queue('Range.select', 20, () => void must()); }
    })(this, 'Range');
    this.queue('Range.resolve', 0, () => void rect());
    return r;
  }

  private parsedFormulas = new Map<string, { columns: string[]; known: boolean }>();
  /** A formula's structured-reference columns and whether Excel knows all its functions (cached: a column repeats one formula). */
  parsed(formula: string): { columns: string[]; known: boolean } {
    let p = this.parsedFormulas.get(formula);
    if (!p) {
      p = { columns: structuredColumns(formula), known: this.knows(formula) };
      this.parsedFormulas.set(formula, p);
    }
    return p;
  }

  /**
   * '#SPILL!' when a formula that returns one value per row (a custom function given whole table
   * columns) cannot spill, else undefined. "Spilled array formulas are not supported in Excel tables
   * themselves, so you should place them in the grid outside of the Table" —
   * https://support.office.com/article/205c6b06-03ba-4151-89a1-87a7eb36e531 (Dynamic array formulas
   * and spilled array behavior); and a spill range must be empty ("Spill range isn't blank",
   * https://support.microsoft.com/en-us/office/how-to-correct-a-spill-error-ffe0f555-b479-4a17-a6e2-ef9cc9ad4023).
   */
  spillBlocked(s: StrictSheet, row: number, col: number, formula: string, inTable: StrictTable | undefined): '#SPILL!' | undefined {
    const source = qualifiedReferences(formula).find((q) => q.column !== undefined);
    if (!source || !calledFunctions(formula).some((fn) => fn.startsWith(`${this.namespace}.`))) return undefined;
    if (inTable) return '#SPILL!';
    const t = this.tables.find((x) => x.name.toLowerCase() === source.table.toLowerCase())!;
    for (let r = row + 1; r < row + (t.r1 - t.r0); r++) {
      const v = s.cells[r]?.[col];
      if ((v !== null && v !== undefined && v !== '') || s.formulas.has(`${r},${col}`)) return '#SPILL!';
    }
    return undefined;
  }

  /** True when every function a formula calls is one Excel knows in this locale (else the cell shows #NAME?). */
  knows(formula: string): boolean {
    return calledFunctions(formula).every((f) => BUILTIN_FUNCTIONS.has(f) || (f.startsWith(`${this.namespace}.`) && this.functions.has(f.slice(this.namespace.length + 1))));
  }
}
