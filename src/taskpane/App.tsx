// The task pane: a home card and four pages over a WorkbookBackend (Excel, or an .xlsx picked in
// a browser). Components never touch Office; index.tsx chooses the backend. A page's messages are
// its own: they clear when the user moves to another page.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import {
  Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Tab, TabList, Title3, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Policy } from '../core/policy/types';
import { parseDateTime } from '../core/register/cells';
import { wallClockNow } from '../core/now';
import type { Stamp } from '../core/time';
import { DEFAULT_PRESET, preset } from '../core/policy/presets';
import type { WorkbookBackend } from '../workbook/backend';
import { Lang, WORDS } from './i18n';
import { Notice, useOp } from './ops';
import { HomePage } from './pages/HomePage';
import { lazyPage } from './pages/lazy';

// The pane opens on the home card; the other pages (and the Fluent components only they use: the
// dialog, selects, switches) load when first opened, which keeps the first paint in its budget.
const pages = {
  register: lazyPage(() => import(/* webpackChunkName: "page-register" */ './pages/RegisterPage').then((m) => m.RegisterPage)),
  policy: lazyPage(() => import(/* webpackChunkName: "page-policy" */ './pages/PolicyPage').then((m) => m.PolicyPage)),
  check: lazyPage(() => import(/* webpackChunkName: "page-check" */ './pages/CheckPage').then((m) => m.CheckPage)),
  monthly: lazyPage(() => import(/* webpackChunkName: "page-monthly" */ './pages/MonthlyPage').then((m) => m.MonthlyPage)),
};
const RegisterPage = pages.register.Page;
const PolicyPage = pages.policy.Page;
const CheckPage = pages.check.Page;
const MonthlyPage = pages.monthly.Page;

/** Every page's code, fetched in the background once the pane has painted (and by specs before they render). */
export const preloadPages = (): Promise<void> => Promise.all(Object.values(pages).map((p) => p.preload())).then(() => undefined);

export type PageKey = 'home' | 'register' | 'policy' | 'check' | 'monthly';

export interface Props {
  /** The open workbook in Excel; undefined outside Excel until the user picks a file. */
  backend?: WorkbookBackend;
  /** Outside Excel: opens a picked file or the demo register. */
  /**
   * In Excel: the Office backend while its code is still arriving. The pane paints first and takes
   * the workbook once it is there (its chunk is not part of the first paint).
   */
  connect?: Promise<WorkbookBackend>;
  openFile?: (file: File) => Promise<WorkbookBackend>;
  /** May load its code on demand (the file backend and exceljs are not part of the first paint). */
  openDemo?: () => WorkbookBackend | Promise<WorkbookBackend>;
  initialLang: Lang;
  initialPage?: PageKey;
  /** The period the monthly page starts with (default: last month). */
  initialPeriod?: string;
  /** The as-of time the home card and the queue start with ("YYYY-MM-DD HH:mm"; default: now). */
  initialAsOf?: string;
  /** Shown when the pane opens: why it is not working on the open workbook, say. */
  startupNotice?: Notice;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  progress: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  grow: { flexGrow: 1 },
  hidden: { display: 'none' },
  tabs: { flexWrap: 'wrap' },
});

const clone = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

export function App({ backend: initialBackend, connect, openFile, openDemo, initialLang, initialPage, initialPeriod, initialAsOf, startupNotice }: Props) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const w = WORDS[lang];
  const [page, setPageState] = useState<PageKey>(initialPage ?? 'home');
  const [backend, setBackend] = useState<WorkbookBackend | undefined>(initialBackend);
  const [policy, setPolicy] = useState<Policy>(() => clone(preset(DEFAULT_PRESET)!));
  const [policyLoaded, setPolicyLoaded] = useState(false);
  /** The policy the workbook's 投诉政策 sheet holds, as last read or saved; undefined when it has none. */
  const [baseline, setBaseline] = useState<Policy | undefined>();
  const op = useOp({ ...w.op, cancelled: w.cancelled, working: w.working }, lang === 'zh' ? 'zh-CN' : 'en-US');
  const setPage = (p: PageKey) => {
    if (p !== page) op.setNotice(undefined);
    setPageState(p);
  };
  const asOf = (): Stamp => {
    const t = initialAsOf ? parseDateTime(initialAsOf) : undefined;
    return t?.ok && t.value !== undefined ? t.value : wallClockNow();
  };
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let live = true;
    connect?.then(
      (b) => live && setBackend(b),
      (e: unknown) => live && op.setNotice({ intent: 'error', text: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [connect]);
  useEffect(() => {
    // After the first paint: the other pages are ready before the user picks a tab (a failure shows when the tab is opened).
    const t = setTimeout(() => preloadPages().catch(() => undefined), 0);
    return () => clearTimeout(t);
  }, []);
  const { setNotice } = op;
  useEffect(() => {
    if (startupNotice) setNotice(startupNotice);
  }, [startupNotice, setNotice]);
  // The audit trail runs while the pane is open (Excel raises change events to a loaded add-in only).
  // A workbook without a set-up register has nothing to watch; an Office error here must not keep
  // the pane from opening, and the register pages report Office errors when they are used.
  useEffect(() => {
    backend?.watchChanges?.().catch(() => undefined);
  }, [backend]);

  /** The policy to set up with: the edited one once the user opened the policy page, else the workbook's. */
  const currentPolicy = useCallback(async (): Promise<Policy> => {
    if (policyLoaded || !backend) return policy;
    const r = await backend.readPolicy();
    return r.policy ?? policy;
  }, [backend, policy, policyLoaded]);

  const choose = (b: WorkbookBackend) => {
    setBackend(b);
    setPolicyLoaded(false);
    setBaseline(undefined);
    op.setNotice({ intent: 'success', text: b.label });
  };

  return (
    <main className={s.root} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className={s.top}>
        <Title3 as="h1">{w.title}</Title3>
        <Button size="small" appearance="subtle" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={lang === 'zh' ? 'Switch to English' : '切换到中文'}>
          {w.langSwitch}
        </Button>
      </div>

      {(openFile || openDemo) && (
        <div className={s.row}>
          <Caption1>{w.outside}</Caption1>
          <input
            ref={fileInput}
            className={s.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={w.pickFile}
            data-testid="file-input"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f && openFile) void op.run(async () => choose(await openFile(f)));
            }}
          />
          {openFile && <Button onClick={() => fileInput.current?.click()}>{w.pickFile}</Button>}
          {openDemo && <Button onClick={() => op.run(async () => choose(await openDemo()))}>{w.loadDemo}</Button>}
          {backend && <Caption1>{backend.label}</Caption1>}
        </div>
      )}

      <TabList size="small" className={s.tabs} selectedValue={page} onTabSelect={(_, d) => setPage(d.value as PageKey)}>
        <Tab value="home">{w.tabHome}</Tab>
        <Tab value="register">{w.tabRegister}</Tab>
        <Tab value="policy">{w.tabPolicy}</Tab>
        <Tab value="check">{w.tabCheck}</Tab>
        <Tab value="monthly">{w.tabMonthly}</Tab>
      </TabList>

      {op.busy && (
        <div role="status" aria-live="polite">
          <Caption1 data-testid="progress-label">{op.label}</Caption1>
          <div className={s.progress}>
            <ProgressBar className={s.grow} value={op.fraction} aria-label={op.label} />
            <Button size="small" onClick={op.cancel} disabled={!op.cancellable}>
              {w.cancel}
            </Button>
          </div>
        </div>
      )}
      {op.notice && (
        <MessageBar intent={op.notice.intent} role={op.notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {op.notice.intent === 'error' ? `${w.error}: ` : ''}
            {op.notice.text}
          </MessageBarBody>
        </MessageBar>
      )}

      <Suspense fallback={<Caption1 role="status">{w.working}</Caption1>}>
      {!backend ? (
        <Caption1 role="status">{connect ? w.connecting : w.noWorkbook}</Caption1>
      ) : page === 'home' ? (
        <HomePage backend={backend} op={op} w={w} lang={lang} asOf={asOf} go={setPage} setUp={async (ctx) => backend.setUpNew(await currentPolicy(), ctx)} />
      ) : page === 'register' ? (
        <RegisterPage backend={backend} op={op} w={w} lang={lang} policy={currentPolicy} />
      ) : page === 'policy' ? (
        <PolicyPage
          backend={backend}
          op={op}
          w={w}
          lang={lang}
          policy={policy}
          setPolicy={(p) => {
            setPolicy(p);
            setPolicyLoaded(true);
          }}
          baseline={baseline}
          loaded={policyLoaded}
          onLoad={(r) => {
            if (r.policy) setPolicy(clone(r.policy));
            setBaseline(r.source === 'sheet' && r.policy ? clone(r.policy) : undefined);
            setPolicyLoaded(true);
          }}
          onSaved={setBaseline}
        />
      ) : page === 'check' ? (
        <CheckPage backend={backend} op={op} w={w} lang={lang} initialAsOf={initialAsOf} />
      ) : (
        <MonthlyPage backend={backend} op={op} w={w} initialPeriod={initialPeriod} />
      )}
      </Suspense>
    </main>
  );
}
