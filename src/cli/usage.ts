// Commander's usage errors as one line from the catalogue: which option or argument, and the
// closest valid option when one was mistyped (commander's own "Did you mean" suggestion).
import { CommanderError } from 'commander';
import { m } from './lang';

const COMMANDS = ['check', 'report', 'demo'];

/** The line to print, or undefined when the whole overview is the answer (no command at all). */
export function commanderMessage(e: CommanderError, args: readonly string[]): string | undefined {
  const command = args.find((a) => COMMANDS.includes(a)) ?? '';
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const suggestion = /Did you mean (\S+?)\?/.exec(e.message)?.[1];
  switch (e.code) {
    case 'commander.unknownOption':
      return m('err.unknownOption', { option: quoted, command: command || '', hint: suggestion ? m('err.didYouMean', { option: suggestion }) : '' }).replace('complaints  --help', 'complaints --help');
    case 'commander.unknownCommand':
      return m('err.unknownCommand', { name: quoted, hint: suggestion ? m('err.didYouMean', { option: suggestion }) : '' });
    case 'commander.missingArgument':
      return m('err.missingArgument', { name: `<${quoted}>`, command });
    case 'commander.optionMissingArgument':
      return m('err.missingValue', { option: quoted });
    case 'commander.excessArguments':
      return m('err.excessArguments', { args: args.filter((a) => !a.startsWith('-')).slice(2).join(' ') || e.message });
    case 'commander.help':
    case 'commander.executeSubCommandAsync':
      return undefined;
    default:
      return e.message.replace(/^error:\s*/, '').split('\n')[0];
  }
}
