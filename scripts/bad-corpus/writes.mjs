// Never lose what the user has: an --out that is an input (same path, a symlink, a hard link,
// another spelling of the path) is refused before anything is written; a folder or a missing
// folder is one line; a previous report is replaced whole. (SIGKILL at random points and two
// concurrent writers: test/cli.atomic-write.spec.ts.)
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoRows, writeRegister } from './_register.mjs';

export async function make(dir) {
  const reg = await writeRegister(join(dir, 'register.xlsx'), demoRows(30));
  const policy = join(dir, 'policy.json');
  writeFileSync(policy, JSON.stringify({ preset: 'severity' }));
  symlinkSync(reg, join(dir, 'link.xlsx'));
  linkSync(reg, join(dir, 'hard.xlsx'));
  mkdirSync(join(dir, 'a-folder.xlsx'));
  mkdirSync(join(dir, 'sub'));
  const previous = join(dir, 'previous.xlsx');
  writeFileSync(previous, 'the previous report');
  const inputs = [reg];
  const refuse = '^complaints: --out [^\\n]+ 指向输入文件 [^\\n]+：拒绝覆盖[^\\n]*\\n$';
  return [
    { name: '--out is the register itself', args: ['report', reg, '--month', '2026-08', '--out', reg], expectExit: 2, stderr: refuse, inputs },
    { name: '--out is the register by a relative path', args: ['report', reg, '--month', '2026-08', '--out', 'register.xlsx'], expectExit: 2, stderr: refuse, inputs },
    { name: '--out via ./sub/../', args: ['report', reg, '--month', '2026-08', '--out', 'sub/../register.xlsx'], expectExit: 2, stderr: refuse, inputs },
    { name: '--out is a symlink to the register', args: ['report', reg, '--month', '2026-08', '--out', 'link.xlsx'], expectExit: 2, stderr: refuse, inputs },
    { name: '--out is a hard link to the register', args: ['report', reg, '--month', '2026-08', '--out', 'hard.xlsx'], expectExit: 2, stderr: refuse, inputs },
    { name: '--out is the register given through a symlink', args: ['report', join(dir, 'link.xlsx'), '--month', '2026-08', '--out', reg], expectExit: 2, stderr: refuse, inputs },
    { name: '--out is a folder', args: ['report', reg, '--month', '2026-08', '--out', 'a-folder.xlsx'], expectExit: 2, stderr: '无法写入 a-folder\\.xlsx', inputs },
    { name: '--out in a folder that does not exist', args: ['report', reg, '--month', '2026-08', '--out', 'nowhere/r.xlsx'], expectExit: 2, stderr: '^complaints: 无法写入 nowhere/r\\.xlsx[^\\n]*\\n$', inputs },
    { name: 'a previous report is replaced by a complete one', args: ['report', reg, '--month', '2026-08', '--out', previous], expectExit: 0, stdout: '已写入', inputs },
    // The demo register is a register (made-up customers and their numbers): only its report is an output.
    { name: 'the demo writes atomically into its folder', args: ['demo', '--out', 'demo'], expectExit: 0, stdout: '已写入 demo/demo-register\\.xlsx', ownData: ['demo/demo-register.xlsx'] },
  ];
}
