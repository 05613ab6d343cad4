// The workbook functions without Office: the pure argument handling in src/functions/args.ts, the
// thin wrappers in src/functions/functions.ts (with a stand-in CustomFunctions global), and the
// metadata the build derives from their JSDoc tags.
import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import {
  ArgError,
  CUSTOM_FUNCTIONS,
  MAX_SERIAL,
  calendarName,
  dayFromSerial,
  holidayDays,
  networkdaysCount,
  resolveCalendar,
  serialFromDay,
  truncDays,
  workdaySerial,
} from '../src/functions/args';
import { networkdays, workday } from '../src/functions/functions';
import { builtinCalendar } from '../src/core/calendar/builtin';
import { setFunctionsLang } from '../src/functions/lang';
import { dayOf, parseIsoDay } from '../src/core/time';
import { FakeCfError, installCustomFunctions, withoutErrorClass } from './helpers/custom-functions-fake';

/** Excel's serial for an ISO date, computed independently of the code under test (UTC ms / day + 25569). */
const serial = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569;

function argError(f: () => unknown): ArgError {
  try {
    f();
  } catch (e) {
    if (e instanceof ArgError) return e;
    throw e;
  }
  throw new Error('expected an ArgError');
}

describe('date serials', () => {
  test('known Excel serials', () => {
    expect(serial('1970-01-01')).toBe(25569);
    expect(serial('2026-01-01')).toBe(46023);
    expect(serial('2026-09-30')).toBe(46295);
    expect(serial('9999-12-31')).toBe(MAX_SERIAL);
  });

  test('serial = day + 25569, both ways', () => {
    expect(dayFromSerial(25569)).toBe(0);
    expect(serialFromDay(0)).toBe(25569);
    expect(dayFromSerial(46295)).toBe(parseIsoDay('2026-09-30'));
    expect(serialFromDay(dayOf(2026, 10, 15))).toBe(serial('2026-10-15'));
    for (const s of [1, 60, 61, 45658, 46023, MAX_SERIAL]) expect(serialFromDay(dayFromSerial(s))).toBe(s);
  });

  test('the time of day is dropped (INT)', () => {
    expect(dayFromSerial(46295.999)).toBe(dayFromSerial(46295));
    expect(dayFromSerial(46295.5)).toBe(dayFromSerial(46295));
    expect(dayFromSerial(0.25)).toBe(dayFromSerial(0));
  });

  test('out of range is #NUM!, not a number is #VALUE!', () => {
    expect(argError(() => dayFromSerial(-1)).code).toBe('invalidNumber');
    expect(argError(() => dayFromSerial(MAX_SERIAL + 1)).code).toBe('invalidNumber');
    expect(argError(() => serialFromDay(MAX_SERIAL)).code).toBe('invalidNumber');
    expect(argError(() => serialFromDay(-25570)).code).toBe('invalidNumber');
    expect(argError(() => dayFromSerial(Number.NaN)).code).toBe('invalidValue');
    expect(argError(() => dayFromSerial('2026-09-30')).code).toBe('invalidValue');
    expect(argError(() => dayFromSerial(null)).code).toBe('invalidValue');
    expect(argError(() => dayFromSerial(Infinity)).code).toBe('invalidValue');
  });
});

describe('days argument', () => {
  test('truncated toward zero, as Excel does', () => {
    expect(truncDays(7)).toBe(7);
    expect(truncDays(7.9)).toBe(7);
    expect(truncDays(-7.9)).toBe(-7);
    expect(Object.is(truncDays(-0.5), 0)).toBe(true);
    expect(argError(() => truncDays('3')).code).toBe('invalidValue');
  });
});

describe('holidays range', () => {
  const d = (iso: string) => parseIsoDay(iso) as number;

  test('omitted means none', () => {
    expect(holidayDays(undefined)).toEqual([]);
    expect(holidayDays(null)).toEqual([]);
    expect(holidayDays('')).toEqual([]);
    expect(holidayDays([])).toEqual([]);
  });

  test('a matrix is flattened row by row, empty cells skipped, times of day dropped', () => {
    const range = [
      [serial('2026-10-12'), ''],
      [null, serial('2026-10-13') + 0.75],
      ['', ''],
      [undefined, serial('2026-12-31')],
    ];
    expect(holidayDays(range)).toEqual([d('2026-10-12'), d('2026-10-13'), d('2026-12-31')]);
  });

  test('a lone value or a flat list is accepted', () => {
    expect(holidayDays(serial('2026-10-12'))).toEqual([d('2026-10-12')]);
    expect(holidayDays([serial('2026-10-12'), '', serial('2026-10-13')])).toEqual([d('2026-10-12'), d('2026-10-13')]);
  });

  test('a cell that is not a date is an error', () => {
    expect(argError(() => holidayDays([[serial('2026-10-12')], ['国庆']])).code).toBe('invalidValue');
    expect(argError(() => holidayDays([[-3]])).code).toBe('invalidNumber');
  });
});

describe('calendar argument', () => {
  test('blank is china; names are case- and space-insensitive', () => {
    expect(calendarName(undefined)).toBe('china');
    expect(calendarName(null)).toBe('china');
    expect(calendarName('')).toBe('china');
    expect(calendarName('  ')).toBe('china');
    expect(calendarName('China')).toBe('china');
    expect(calendarName(' WEEKENDS ')).toBe('weekends');
  });

  test('unknown names are #VALUE! with the known names in the message', () => {
    const e = argError(() => calendarName('moon'));
    expect(e.code).toBe('invalidValue');
    expect(e.message).toContain('"china"');
    expect(e.message).toContain('"weekends"');
    expect(argError(() => calendarName('toString')).code).toBe('invalidValue');
    expect(argError(() => calendarName(3)).code).toBe('invalidValue');
  });

  test('without holidays the shared built-in calendar is used; with them a cached compiled copy', () => {
    expect(resolveCalendar('china')).toBe(builtinCalendar('china'));
    const days = [dayOf(2026, 10, 12)];
    const a = resolveCalendar('china', days);
    expect(a).not.toBe(builtinCalendar('china'));
    expect(resolveCalendar('China', [...days, ...days])).toBe(a);
  });
});

describe('WORKDAY', () => {
  test('china 调休: 7 working days after 2026-09-30 is 2026-10-15 (10-10 is a make-up Saturday)', () => {
    expect(workdaySerial(serial('2026-09-30'), 7)).toBe(serial('2026-10-15'));
    expect(workdaySerial(serial('2026-09-30'), 7, null, null)).toBe(serial('2026-10-15'));
    expect(workdaySerial(serial('2026-09-30'), 7, undefined, 'china')).toBe(serial('2026-10-15'));
    expect(workdaySerial(46295, 7)).toBe(46310);
  });

  test('the weekends calendar ignores the notices', () => {
    expect(workdaySerial(serial('2026-09-30'), 7, null, 'weekends')).toBe(serial('2026-10-09'));
  });

  test('start and days are truncated', () => {
    expect(workdaySerial(serial('2026-09-30') + 0.99, 7.99)).toBe(serial('2026-10-15'));
    expect(workdaySerial(serial('2026-10-15') + 0.5, -7.99)).toBe(serial('2026-09-30'));
    expect(workdaySerial(serial('2026-10-03'), 0.5)).toBe(serial('2026-10-03'));
  });

  test('backwards', () => {
    expect(workdaySerial(serial('2026-10-15'), -7)).toBe(serial('2026-09-30'));
    expect(workdaySerial(serial('2026-10-08'), -1)).toBe(serial('2026-09-30'));
  });

  test('holidays are extra days off, even on a 调休 working day', () => {
    expect(workdaySerial(serial('2026-09-30'), 7, [[serial('2026-10-10')], ['']])).toBe(serial('2026-10-16'));
    expect(workdaySerial(serial('2026-09-30'), 7, [[serial('2026-10-05'), null]], 'weekends')).toBe(serial('2026-10-12'));
    // A holiday on a day that is already off changes nothing.
    expect(workdaySerial(serial('2026-09-30'), 7, [[serial('2026-10-11'), serial('2026-10-02')]])).toBe(serial('2026-10-15'));
  });

  test('errors', () => {
    expect(argError(() => workdaySerial(serial('2026-09-30'), 7, null, 'lunar')).code).toBe('invalidValue');
    expect(argError(() => workdaySerial(-1, 7)).code).toBe('invalidNumber');
    expect(argError(() => workdaySerial(MAX_SERIAL - 1, 10)).code).toBe('invalidNumber');
  });
});

describe('NETWORKDAYS', () => {
  test('October 2026: 22 weekdays; in China 5 of them are 国庆节 and 10-10 is worked', () => {
    expect(networkdaysCount(serial('2026-10-01'), serial('2026-10-31'), null, 'weekends')).toBe(22);
    expect(networkdaysCount(serial('2026-10-01'), serial('2026-10-31'))).toBe(18);
    expect(networkdaysCount(serial('2026-10-31'), serial('2026-10-01'))).toBe(-18);
  });

  test('both ends counted, times dropped, holidays from a range', () => {
    expect(networkdaysCount(serial('2026-10-08'), serial('2026-10-08') + 0.9)).toBe(1);
    expect(networkdaysCount(serial('2026-10-03'), serial('2026-10-03'))).toBe(0);
    expect(networkdaysCount(serial('2026-10-01'), serial('2026-10-31'), [[serial('2026-10-12'), ''], [serial('2026-10-13'), '']])).toBe(16);
  });
});

describe('custom function wrappers', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installCustomFunctions();
  });
  afterAll(() => restore());

  function thrown(f: () => unknown): FakeCfError {
    try {
      f();
    } catch (e) {
      if (e instanceof FakeCfError) return e;
      throw e;
    }
    throw new Error('expected a CustomFunctions.Error');
  }

  test('serials in, serials out', () => {
    expect(workday(serial('2026-09-30'), 7)).toBe(serial('2026-10-15'));
    expect(networkdays(serial('2026-10-01'), serial('2026-10-31'))).toBe(18);
    expect(networkdays(serial('2026-10-01'), serial('2026-10-31'), [[serial('2026-10-12')]], 'weekends')).toBe(21);
  });

  test('an unknown calendar is #VALUE! with a message', () => {
    const e = thrown(() => workday(serial('2026-09-30'), 7, undefined, 'lunar'));
    expect(e.code).toBe('#VALUE!');
    // In Excel's display language (src/functions/lang.ts): Chinese by default, English in an English Excel.
    expect(e.message).toMatch(/未知日历 "lunar"：请用 "china" \/ "weekends"/);
    setFunctionsLang('en-US');
    try {
      expect(thrown(() => workday(serial('2026-09-30'), 7, undefined, 'lunar')).message).toMatch(/unknown calendar "lunar": use "china" \/ "weekends"/);
    } finally {
      setFunctionsLang('zh-CN');
    }
    expect(thrown(() => networkdays(serial('2026-10-01'), serial('2026-10-31'), undefined, 'x')).code).toBe('#VALUE!');
  });

  test('a date out of range is #NUM! (Excel takes no custom message with #NUM!)', () => {
    expect(thrown(() => workday(-5, 1)).code).toBe('#NUM!');
    expect(thrown(() => workday(-5, 1)).message).toBeUndefined();
    expect(thrown(() => networkdays(1, MAX_SERIAL + 10)).code).toBe('#NUM!');
  });

  test('on a CustomFunctionsRuntime 1.1 host (no CustomFunctions.Error) a plain Error still fails the cell', async () => {
    await withoutErrorClass(() => expect(() => workday(serial('2026-09-30'), 7, undefined, 'lunar')).toThrow(/未知日历/));
  });
});

describe('metadata (functions.json) from the JSDoc tags', () => {
  test('ids, parameters and the catalogue the task pane shows', async () => {
    const file = path.join(__dirname, '..', 'src', 'functions', 'functions.ts');
    const result = await generateCustomFunctionsMetadata([file], false);
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson) as {
      functions: Array<{ id: string; name: string; parameters: Array<{ name: string; type: string; optional?: boolean; dimensionality?: string }>; result: { type: string } }>;
    };
    const byId = new Map(meta.functions.map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual(['DUE', 'NETWORKDAYS', 'STATUS', 'TIER', 'WORKDAY']);
    expect([...byId.keys()].sort()).toEqual(CUSTOM_FUNCTIONS.map((f) => f.id).sort());

    const params = (id: string) =>
      byId.get(id)!.parameters.map((p) => [p.name, p.type, p.dimensionality ?? 'scalar', Boolean(p.optional)]);
    expect(params('WORKDAY')).toEqual([
      ['start', 'number', 'scalar', false],
      ['days', 'number', 'scalar', false],
      ['holidays', 'number', 'matrix', true],
      ['calendar', 'string', 'scalar', true],
    ]);
    expect(params('NETWORKDAYS')).toEqual([
      ['start', 'number', 'scalar', false],
      ['end', 'number', 'scalar', false],
      ['holidays', 'number', 'matrix', true],
      ['calendar', 'string', 'scalar', true],
    ]);
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      // TIER, DUE and STATUS: test/functions.tier-due-status.spec.ts.
      if (f.id === 'WORKDAY' || f.id === 'NETWORKDAYS') expect(f.result.type).toBe('number');
      const shown = CUSTOM_FUNCTIONS.find((c) => c.id === f.id)!;
      const optional = (p: { name: string; optional?: boolean }) => (p.optional ? `[${p.name}]` : p.name);
      expect(shown.signature).toBe(`${f.id}(${f.parameters.map(optional).join(', ')})`);
    }
    // The wrappers the plugin associates with these ids.
    expect(result.associate.map((a) => [a.id, a.functionName]).sort()).toEqual([
      ['DUE', 'due'],
      ['NETWORKDAYS', 'networkdays'],
      ['STATUS', 'status'],
      ['TIER', 'tier'],
      ['WORKDAY', 'workday'],
    ]);
  });
});
