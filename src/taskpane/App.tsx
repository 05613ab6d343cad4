// The task pane. For now it introduces the add-in and lists the workbook functions it registers;
// the complaint-register tools come in the next version.
import { Body1, Caption1, Subtitle2, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { CustomFunctionInfo } from '../functions/args';

export interface CalendarInfo {
  name: string;
  /** The years its 放假 / 调休 table covers; outside them only weekends are days off. */
  years?: readonly [number, number];
}

export interface Props {
  /** Office's host name ("Excel"), or null when the page is opened outside Office. */
  host: string | null;
  /** The namespace functions are called with in a sheet (=COMPLAINTS.WORKDAY(…)). */
  namespace: string;
  functions: readonly CustomFunctionInfo[];
  /** The built-in calendars a function's `calendar` argument can name. */
  calendars: readonly CalendarInfo[];
  defaultCalendar: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: 'break-word',
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

function describeCalendar(c: CalendarInfo, defaultCalendar: string): string {
  const tag = c.name === defaultCalendar ? '（默认 default）' : '';
  const what = c.years ? `${c.years[0]}–${c.years[1]} 年放假与调休` : '仅周末 weekends only';
  return `"${c.name}"${tag}：${what}`;
}

export function App({ host, namespace, functions, calendars, defaultCalendar }: Props) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">投诉登记表</Title2>
      <Body1>登记、分级与时限工具将在下一版本提供。The register tools arrive in the next version.</Body1>

      <Subtitle2 as="h2">可用的函数 Functions</Subtitle2>
      <ul className={styles.list}>
        {functions.map((f) => (
          <li key={f.id} className={styles.item}>
            <code className={styles.formula}>={namespace}.{f.signature}</code>
            <Caption1>{f.description}</Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.note}>
        calendar: {calendars.map((c) => describeCalendar(c, defaultCalendar)).join('；')}
      </Caption1>

      <Caption1 className={styles.note}>
        {host ? `已在 ${host} 中加载。Loaded in ${host}.` : '未在 Office 中打开：函数需在 Excel 中加载本加载项后可用。Opened outside Office: load the add-in in Excel to use the functions.'}
      </Caption1>
    </main>
  );
}
