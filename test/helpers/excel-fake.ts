// A fake Excel workbook for the adapter's tests, built from office-addin-mock objects: reads
// (names, used ranges, custom properties) must be loaded and synced before use, as in Office.js,
// and every context.sync is counted. Writes are recorded with their address, so tests can check
// that no cell of the user's register was written.
import { OfficeMockObject } from 'office-addin-mock';
import { CellValue } from '../../src/core/register/cells';

export interface Write {
  sheet: string;
  address: string;
  kind: 'values' | 'formulas' | 'numberFormat';
  /** Array writes: the number of cells; a single value applied to a whole range: 1. */
  cells: number;
  value: unknown;
}

interface Sheet {
  name: string;
  cells: CellValue[][];
  props: Map<string, string>;
  tables: string[];
  deleted?: boolean;
}

const serial = (d: Date) => d.getTime() / 86400000 + 25569;
const colNum = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** "A1:C3" → 0-based [r0, c0, r1, c1]. */
export function parseAddress(address: string): [number, number, number, number] {
  const a = address.replace(/^.*!/, '');
  const [p, q = p] = a.split(':');
  const cell = (x: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x);
    if (!m) throw new Error(`bad address ${address}`);
    return [Number(m[2]) - 1, colNum(m[1]) - 1];
  };
  const [r0, c0] = cell(p);
  const [r1, c1] = cell(q);
  return [r0, c0, r1, c1];
}

export class FakeExcel {
  sheets: Sheet[] = [];
  active = '';
  syncs = 0;
  writes: Write[] = [];
  charts: { sheet: string; title?: string }[] = [];
  conditionalFormats: { sheet: string; address: string; type: string }[] = [];
  validations: { sheet: string; address: string; source?: string }[] = [];
  tablesAdded: { sheet: string; address: string; name?: string }[] = [];
  suspended = 0;
  private mocks: OfficeMockObject[] = [];

  addSheet(name: string, rows: CellValue[][] = []): Sheet {
    const s: Sheet = { name, cells: rows.map((r) => r.map((v) => (v instanceof Date ? serial(v) : v))), props: new Map(), tables: [] };
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name && !s.deleted);
  }

  private track<T extends OfficeMockObject>(m: T): T {
    this.mocks.push(m);
    return m;
  }

  context(): Excel.RequestContext {
    const ctx = {
      workbook: {
        worksheets: this.worksheets(),
        tables: { load: () => undefined, get items() { return [] as { name: string }[]; } },
        application: {
          suspendApiCalculationUntilNextSync: () => void this.suspended++,
          suspendScreenUpdatingUntilNextSync: () => undefined,
        },
      },
      sync: async () => {
        this.syncs++;
        for (const m of this.mocks) await m.sync();
      },
    };
    return ctx as unknown as Excel.RequestContext;
  }

  private worksheets() {
    const live = () => this.sheets.filter((s) => !s.deleted);
    let loaded: OfficeMockObject[] = [];
    return {
      load: () => {
        loaded = live().map((s) => {
          const w = this.worksheet(s);
          (w as unknown as OfficeMockObject).load('name');
          return w as unknown as OfficeMockObject;
        });
      },
      get items() {
        return loaded;
      },
      getActiveWorksheet: () => this.worksheet(this.sheet(this.active)!),
      getItem: (name: string) => {
        const s = this.sheet(name);
        if (!s) throw new Error(`ItemNotFound: ${name}`);
        return this.worksheet(s);
      },
      getItemOrNullObject: (name: string) => {
        const s = this.sheet(name);
        if (s) return Object.assign(this.worksheet(s), { isNullObject: false });
        return Object.assign(this.track(new OfficeMockObject({ name: '' })), { isNullObject: true });
      },
      add: (name: string) => this.worksheet(this.addSheet(name)),
    };
  }

  private worksheet(s: Sheet) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters and setters below need the fake, not themselves
    const fake = this;
    const w = this.track(new OfficeMockObject({ name: s.name }));
    Object.assign(w, {
      getUsedRangeOrNullObject: () => this.usedRange(s),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => this.readRange(s, r, c, rows, cols),
      getRange: (address?: string) => this.writeRange(s, address ?? 'A1:XFD1048576'),
      tables: {
        load: () => undefined,
        get items() {
          return s.tables.map((name) => ({ name }));
        },
        add: (address: string) => {
          const t = { name: `Table${fake.tablesAdded.length + 1}`, style: '' };
          fake.tablesAdded.push({ sheet: s.name, address, name: undefined });
          s.tables.push(t.name);
          return new Proxy(t, { set: (o, k, v) => ((fake.tablesAdded[fake.tablesAdded.length - 1] as Record<string, unknown>)[k as string] = v, ((o as Record<string, unknown>)[k as string] = v), true) });
        },
        getItem: (name: string) => ({ name, columns: { add: (_i: unknown, _v: unknown, header: string) => fake.writes.push({ sheet: s.name, address: `table ${name} + ${header}`, kind: 'values', cells: 1, value: header }) } }),
      },
      customProperties: {
        getItemOrNullObject: (key: string) => {
          const m = this.track(new OfficeMockObject({ value: s.props.get(key) ?? '' }));
          return Object.assign(m, { isNullObject: !s.props.has(key) });
        },
        add: (key: string, value: string) => void s.props.set(key, value),
      },
      charts: {
        add: () => {
          const chart = { series: { getItemAt: () => ({ setXAxisValues: () => undefined }) }, title: { text: '' }, legend: { visible: true }, setPosition: () => undefined, width: 0, height: 0 };
          this.charts.push({ sheet: s.name });
          return chart;
        },
      },
      freezePanes: { freezeRows: () => undefined },
      activate: () => void (this.active = s.name),
      delete: () => void (s.deleted = true),
    });
    // Renaming: office-addin-mock's sync writes the loaded name back; only a different name is a rename.
    const created = s.name;
    Object.defineProperty(w, 'name', {
      get: () => s.name,
      set: (v: string) => {
        if (v !== created) s.name = v;
      },
    });
    return w;
  }

  private readRange(s: Sheet, r: number, c: number, rows: number, cols: number) {
    const values = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => s.cells[r + i]?.[c + j] ?? ''));
    const m = this.track(new OfficeMockObject({ values, rowIndex: r, columnIndex: c, rowCount: rows, columnCount: cols }));
    return Object.assign(m, { isNullObject: false });
  }

  private usedRange(s: Sheet) {
    let r0 = -1;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    s.cells.forEach((row, i) =>
      row?.forEach((v, j) => {
        if (v === null || v === undefined || v === '') return;
        if (r0 < 0) r0 = i;
        r1 = i;
        c0 = Math.min(c0, j);
        c1 = Math.max(c1, j);
      }),
    );
    if (r0 < 0) return Object.assign(this.track(new OfficeMockObject({ values: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 })), { isNullObject: true });
    return this.readRange(s, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }

  private writeRange(s: Sheet, address: string) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters and setters below need the fake, not themselves
    const fake = this;
    const record = (kind: Write['kind'], value: unknown) => {
      const [r0, c0, r1, c1] = parseAddress(address);
      const cells = Array.isArray(value) ? (value as unknown[][]).reduce((n, r) => n + r.length, 0) : 1;
      if (Array.isArray(value) && ((value as unknown[][]).length !== r1 - r0 + 1 || (value as unknown[][])[0].length !== c1 - c0 + 1)) {
        throw new Error(`InvalidArgument: ${kind} of ${(value as unknown[][]).length}x${(value as unknown[][])[0].length} for ${address}`);
      }
      fake.writes.push({ sheet: s.name, address, kind, cells, value });
      if (kind === 'values' && Array.isArray(value)) {
        (value as CellValue[][]).forEach((row, i) => {
          s.cells[r0 + i] ??= [];
          row.forEach((v, j) => (s.cells[r0 + i][c0 + j] = v));
        });
      }
    };
    const format = () => ({ font: {}, fill: {}, columnWidth: 0 });
    return {
      set values(v: unknown) {
        record('values', v);
      },
      set formulas(v: unknown) {
        record('formulas', v);
      },
      set numberFormat(v: unknown) {
        record('numberFormat', v);
      },
      format: format(),
      getEntireColumn: () => ({ format: format() }),
      dataValidation: {
        clear: () => undefined,
        set rule(r: { list?: { source: string } }) {
          fake.validations.push({ sheet: s.name, address, source: r.list?.source });
        },
        errorAlert: {},
      },
      conditionalFormats: {
        add: (type: string) => {
          fake.conditionalFormats.push({ sheet: s.name, address, type });
          return { custom: { rule: {}, format: { fill: {}, font: {} } }, dataBar: {}, cellValue: { rule: {}, format: { fill: {}, font: {} } } };
        },
      },
      clear: () => {
        if (address.startsWith('A1:XFD')) s.cells = [];
      },
      select: () => undefined,
    };
  }
}
