/** An X (Twitter) archive (`formats/tweets.ts`): the account's tweets as stories, a thread one, its name their paper. */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountOf, isTweetsFile, tweetStories } from '../../scripts/ingest/formats/tweets.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { resolveSettings } from '../../src/archive/settings.ts';

const tweet = (id: string, created: string, text: string, more: Record<string, string> = {}): object => ({
  tweet: { id_str: id, created_at: created, full_text: text, lang: 'zh', entities: { hashtags: [], urls: [] }, ...more },
});
const script = (name: string, list: object[]): string => `window.YTD.${name}.part0 = ${JSON.stringify(list, null, 2)}`;
const ACCOUNT = script('account', [{ account: { username: 'xiling_daily', accountId: '1478', accountDisplayName: '西岭日报' } }]);
const TWEETS = script('tweets', [
  tweet('1830000000000000003', 'Mon Sep 02 07:10:00 +0000 2024', '习近平指出，中国是第一个同科摩罗建交的国家。 2/2 #西岭'),
  tweet('1830000000000000002', 'Mon Sep 02 07:09:00 +0000 2024', '【习近平会见科摩罗总统】9月2日上午，国家主席习近平会见科摩罗总统阿扎利。 1/2'),
  tweet('1830000000000000005', 'Mon Sep 02 16:30:00 +0000 2024', '全县春播已完成计划的一半，早稻育秧全部采用机械化。'),
  tweet('1830000000000000006', 'Mon Sep 02 16:40:00 +0000 2024', '早稻秧苗长势良好。', {
    in_reply_to_status_id_str: '1830000000000000005',
    in_reply_to_user_id_str: '1478',
  }),
  tweet('1830000000000000007', 'Mon Sep 02 16:50:00 +0000 2024', '@reader_zh 感谢关注，报名方式请见官网。', { in_reply_to_screen_name: 'reader_zh' }),
  tweet('1830000000000000008', 'Mon Sep 02 16:55:00 +0000 2024', 'RT @xinhua: 新华社消息……'),
]);

describe("an X archive's tweets", () => {
  it('are told by their file names; the account by its file', () => {
    expect(['tweets.js', 'tweet.js', 'tweets-part1.js'].map(isTweetsFile)).toEqual([true, true, true]);
    expect(['like.js', 'account.js', 'main.1c2b3a.js', 'tweets.json'].map(isTweetsFile)).toEqual([false, false, false, false]);
    expect(accountOf(ACCOUNT)).toEqual({ name: '西岭日报', username: 'xiling_daily', id: '1478' });
  });

  it("are stories, a thread one (numbered, or each tweet replying to the account's own), oldest first; retweets and replies to others counted", () => {
    const read = tweetStories(TWEETS, accountOf(ACCOUNT));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect([read.tweets, read.stories, read.retweets, read.replies]).toEqual([4, 2, 1, 1]);
    expect(JSON.parse(read.view)).toEqual([
      {
        date: '2024-09-02T07:09:00Z',
        source: '西岭日报',
        title: '习近平会见科摩罗总统',
        text: '9月2日上午，国家主席习近平会见科摩罗总统阿扎利。\n\n习近平指出，中国是第一个同科摩罗建交的国家。 #西岭',
        url: 'https://x.com/xiling_daily/status/1830000000000000002',
      },
      {
        date: '2024-09-02T16:30:00Z',
        source: '西岭日报',
        text: '全县春播已完成计划的一半，早稻育秧全部采用机械化。\n\n早稻秧苗长势良好。',
        url: 'https://x.com/xiling_daily/status/1830000000000000005',
      },
    ]);
    expect(tweetStories('var x = 1;', {})).toHaveProperty('unreadable');
  });

  it("are ingested from the archive's folder, each story dated in the paper's time zone, its account's name the paper; its other files named", async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'baoku-tweets-'));
    try {
      const data = path.join(root, 'in', 'twitter-2024-09-20-abc', 'data');
      await mkdir(data, { recursive: true });
      await writeFile(path.join(data, 'tweets.js'), TWEETS);
      await writeFile(path.join(data, 'account.js'), ACCOUNT);
      await writeFile(path.join(data, 'like.js'), script('like', []));
      await writeFile(path.join(data, 'manifest.js'), 'window.__THAR_CONFIG = {}');
      const summary = await ingest({ inputs: [path.join(root, 'in')], out: path.join(root, 'out'), settings: resolveSettings({}, {}), say: () => {} });
      const names = await readdir(path.join(root, 'out', 'sections'), { recursive: true });
      const sections = await Promise.all(
        names.filter((name) => name.endsWith('.md')).map((name) => readFile(path.join(root, 'out', 'sections', name), 'utf8')),
      );
      // (16:30 in UTC is the next day in Shanghai.)
      expect(
        sections
          .map((section) => [/^paper: "(.*)"$/mu.exec(section)?.[1], /^date: "(.*)"$/mu.exec(section)?.[1], /^title: "(.*)"$/mu.exec(section)?.[1] ?? null])
          .sort(),
      ).toEqual([
        ['西岭日报', '2024-09-02', '习近平会见科摩罗总统'],
        ['西岭日报', '2024-09-03', null],
      ]);
      expect(summary.leftOut.map((entry) => [path.basename(entry.relative), entry.reason]).sort()).toEqual([
        ['account.js', 'account'],
        ['like.js', 'archive-data'],
        ['manifest.js', 'archive-data'],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
