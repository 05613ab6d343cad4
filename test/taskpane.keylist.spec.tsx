/**
 * @jest-environment jsdom
 */
// The queue of a 100,000-row register is about ten thousand entries: drawing them all held the page
// for seconds (the responsiveness check in test/browser/responsive.browser.mjs). Each group draws
// its first entries, the most urgent ones as the queue is sorted, and says how many it holds; a
// button below the list draws more; the arrow keys and End stay within what is drawn.
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { KeyList, KEYLIST_PAGE } from '../src/taskpane/pages/KeyList';
import { WORDS } from '../src/taskpane/i18n';
import { paneSpecSetup } from './helpers/pane-setup';

paneSpecSetup();

const entries = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function list(groups: { label: string; items: string[] }[], lang: 'zh' | 'en' = 'zh', pageSize?: number) {
  const picked: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <KeyList label="queue" testId="queue" groups={groups} render={(x) => <span>{x}</span>} onPick={(x) => picked.push(x)} empty={WORDS[lang].emptyGroup} more={WORDS[lang].showMore} pageSize={pageSize} />
    </FluentProvider>,
  );
  return picked;
}

const options = () => within(screen.getByTestId('queue')).queryAllByRole('option');

describe('a long list draws a page per group', () => {
  it(`draws the first ${KEYLIST_PAGE} of each group, says how many the group holds, and the button draws the next ${KEYLIST_PAGE}`, () => {
    list([{ label: '已超期', items: entries('o', 450) }, { label: '即将到期', items: entries('s', 10) }, { label: '正常', items: [] }]);
    expect(options()).toHaveLength(KEYLIST_PAGE + 10);
    expect(screen.getByText(`已超期 (${KEYLIST_PAGE} / 450)`)).toBeInTheDocument();
    expect(screen.getByText('即将到期 (10)')).toBeInTheDocument();
    expect(screen.getByText('正常 (0)')).toBeInTheDocument();
    expect(screen.getByText('o200')).toBeInTheDocument();
    expect(screen.queryByText('o201')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `显示更多（还有 ${450 - KEYLIST_PAGE} 件）` }));
    expect(options()).toHaveLength(2 * KEYLIST_PAGE + 10);
    fireEvent.click(screen.getByRole('button', { name: `显示更多（还有 ${450 - 2 * KEYLIST_PAGE} 件）` }));
    expect(options()).toHaveLength(460);
    expect(screen.getByText('已超期 (450)')).toBeInTheDocument();
    expect(screen.queryByTestId('queue-more')).toBeNull();
  });

  it('no button when every entry is drawn; the English text in the en view', () => {
    list([{ label: 'Overdue', items: entries('o', 5) }], 'en', 3);
    expect(options()).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Show more (2 not shown)' })).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('queue-more'));
    expect(options()).toHaveLength(5);
    expect(screen.queryByTestId('queue-more')).toBeNull();
  });

  it('End and Enter reach the last entry drawn, in the list order across groups', () => {
    const picked = list([{ label: 'a', items: entries('a', 5) }, { label: 'b', items: entries('b', 5) }], 'zh', 3);
    const box = screen.getByTestId('queue');
    fireEvent.keyDown(box, { key: 'End' });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Home' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: ' ' });
    expect(picked).toEqual(['b3', 'b1']);
    expect(box).toHaveAttribute('aria-activedescendant', options()[3].id);
  });
});
