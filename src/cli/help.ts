// --help in Chinese with the English beside it, and an example for every command.
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法 Usage:',
  'Options:': '选项 Options:',
  'Commands:': '命令 Commands:',
  'Arguments:': '参数 Arguments:',
  'Global Options:': '全局选项 Global Options:',
};

export const helpTitle = (title: string): string => TITLES[title] ?? title;

export const EXAMPLES = {
  main: `
示例 Examples:
  complaints check 登记表.xlsx --as-of "2026-11-04 12:00"
  complaints report 登记表.xlsx --month 2026-10 --out 考核-2026-10.xlsx
  complaints demo
退出码 Exit codes: 0 完成 ok · 1 check 发现问题单元格或超期 check findings · 2 用法错误或无法读取 usage / unreadable input`,
  check: `
示例 Example:
  complaints check 登记表.xlsx --as-of "2026-11-04 12:00"      表格 table, 超期在前 overdue first
  complaints check 登记表.xlsx --json > check.json           JSON（联系方式已脱敏 contacts masked）
退出码 Exit: 0 无问题 · 1 有无法读取的单元格或已超期 bad cells or overdue · 2 无法读取 unreadable`,
  report: `
需要 --month 或 --quarter 恰好一个 (exactly one of --month / --quarter).
示例 Example:
  complaints report 登记表.xlsx --month 2026-10                 → reports/appraisal-2026-10.xlsx
  complaints report 登记表.xlsx --quarter 2026-Q4 --out Q4.xlsx
退出码 Exit: 0 已写出 written（无法读取的行列在 stderr listed on stderr）· 2 无法读取或用法错误 unreadable / usage`,
  demo: `
示例 Example:
  complaints demo --out demo-out      → demo-out/demo-register.xlsx, demo-out/appraisal-2026-10.xlsx`,
};
