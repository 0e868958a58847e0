/**
 * An X (Twitter) account's archive — "Download an archive of your data": `data/tweets.js` (older archives `tweet.js`,
 * large ones `tweets-part1.js` …), each a script assigning a JSON list (`window.YTD.tweets.part0 = [{"tweet": {…}}, …]`),
 * and `data/account.js` with the account's display name (the outlet's, `西岭日报`). Read into a JSON view, a story a
 * record: a thread the account wrote (each tweet replying to its own last, or numbered `1/3`, `2/3` …) is one story, its
 * tweets in order, their counters left out; a tweet's moment (`created_at`, `Mon Sep 02 07:10:00 +0000 2024`, in UTC)
 * its date, counted in the paper's time zone; its address its `url`. Retweets (`RT @…`) and replies to other accounts
 * are no story of the outlet's: counted, not read.
 *
 * @example
 *   tweetStories('window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "created_at": "Mon Sep 02 07:10:00 +0000 2024", "full_text": "【标题】正文"}}]', { name: '西岭日报' })
 *   // → { view: '[\n{"date":"2024-09-02T07:10:00Z","source":"西岭日报","text":"【标题】正文","url":…}\n]\n', stories: 1, … }
 */
import path from 'node:path';
import { isTitleLine } from '../rules/title-line.ts';

/** The archive's files of the account's own tweets, by their names. */
const TWEETS_FILE = /^(?:tweets?|note-tweet)(?:-part\d+)?\.js$/iu;
/** The archive's file of the account itself. */
const ACCOUNT_FILE = /^account\.js$/iu;

export function isTweetsFile(name: string): boolean {
  return TWEETS_FILE.test(path.basename(name));
}

/** The account file beside an archive's tweets file, by name among its siblings. */
export function accountFileBeside(name: string, siblings: readonly string[]): string | undefined {
  return isTweetsFile(name) ? siblings.find((sibling) => ACCOUNT_FILE.test(sibling)) : undefined;
}

/** The JSON an archive's script assigns (`window.YTD.tweets.part0 = […]`); none when the file is no such script. */
function assigned(text: string): unknown {
  const match = /^\s*window\.YTD\.[\w.]+\s*=\s*/u.exec(text);
  if (!match) return undefined;
  try {
    return JSON.parse(text.slice(match[0].length).replace(/;\s*$/u, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** The account's display name, user name and id from an archive's `account.js`. */
export function accountOf(text: string): { name?: string; username?: string; id?: string } {
  const list = assigned(text);
  const account = Array.isArray(list) ? (list[0] as { account?: Record<string, unknown> } | undefined)?.account : undefined;
  const field = (key: string): string | undefined => (typeof account?.[key] === 'string' ? account[key] : undefined);
  const name = field('accountDisplayName');
  const username = field('username');
  const id = field('accountId');
  return { ...(name ? { name } : {}), ...(username ? { username } : {}), ...(id ? { id } : {}) };
}

interface Tweet {
  id: string;
  created: Date;
  text: string;
  replyTo?: string;
  replyToUser?: string;
  counter?: { index: number; of: number };
}

/** A thread's counter at a tweet's end, before its tags and links: ` 2/3`, ` (2/3)`, `【2/3】 #西岭 https://t.co/…`. */
const COUNTER = /\s*[（(【[]?\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*[）)】\]]?((?:\s+(?:#[^\s#]+|https?:\/\/\S+))*)\s*$/u;

export interface TweetStories {
  /** The stories as a JSON list, a story a line: what the data reader reads. */
  view: string;
  tweets: number;
  stories: number;
  retweets: number;
  replies: number;
}

/** An archive's tweets as stories in a JSON view; or why the file cannot be read. */
export function tweetStories(text: string, account: { name?: string; username?: string; id?: string }): TweetStories | { unreadable: string } {
  const list = assigned(text);
  if (!Array.isArray(list)) return { unreadable: 'no `window.YTD.… = [ … ]` list of tweets in it' };
  const tweets: Tweet[] = [];
  let retweets = 0;
  let replies = 0;
  for (const entry of list) {
    const tweet = (entry as { tweet?: Record<string, unknown> } | null)?.tweet;
    const string = (key: string): string | undefined => (typeof tweet?.[key] === 'string' ? tweet[key] : undefined);
    const id = string('id_str') ?? string('id');
    const full = string('full_text') ?? string('text');
    const created = new Date(string('created_at') ?? '');
    if (id === undefined || full === undefined || Number.isNaN(created.getTime())) continue;
    if (/^RT @\w+:/u.test(full)) {
      retweets += 1;
      continue;
    }
    const replyTo = string('in_reply_to_status_id_str');
    const replyToUser = string('in_reply_to_user_id_str');
    const replyToName = string('in_reply_to_screen_name');
    const own = (replyToUser !== undefined && replyToUser === account.id) || (replyToName !== undefined && replyToName === account.username);
    const reply = replyTo !== undefined || replyToUser !== undefined || replyToName !== undefined;
    if (reply && !own && (account.id !== undefined || account.username !== undefined)) {
      replies += 1;
      continue;
    }
    const counter = COUNTER.exec(full);
    const index = Number(counter?.[1]);
    const of = Number(counter?.[2]);
    tweets.push({
      id,
      created,
      // (The counter left out; the tags and links after it kept, as posted.)
      text: counter && index >= 1 && index <= of && of >= 2 ? full.slice(0, counter.index) + (counter[3] ?? '') : full,
      ...(replyTo === undefined ? {} : { replyTo }),
      ...(replyToUser === undefined ? {} : { replyToUser }),
      ...(counter && index >= 1 && index <= of && of >= 2 ? { counter: { index, of } } : {}),
    });
  }
  // Oldest first (an archive lists the newest first): ids grow with time.
  tweets.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  const stories: Tweet[][] = [];
  const storyOf = new Map<string, Tweet[]>();
  for (const tweet of tweets) {
    // A thread: a reply to the account's own tweet, or the next of a numbered thread (`2/3` after `1/3`).
    const parent = tweet.replyTo !== undefined ? storyOf.get(tweet.replyTo) : undefined;
    const last = stories.at(-1);
    const numbered =
      tweet.counter !== undefined &&
      tweet.counter.index > 1 &&
      last?.at(-1)?.counter?.of === tweet.counter.of &&
      last.at(-1)?.counter?.index === tweet.counter.index - 1
        ? last
        : undefined;
    const story = parent ?? numbered;
    if (story) story.push(tweet);
    else stories.push([tweet]);
    storyOf.set(tweet.id, story ?? stories.at(-1)!);
  }
  const records = stories.map((story) => {
    const first = story[0]!;
    const text = story.map((tweet) => tweet.text.trim()).join('\n\n');
    // (A post's headline in brackets before its text, as outlets head a story in a post: `【习近平会见马里总统】9月2日上午，…`.)
    const head = /^【([^【】\n]{4,60})】/u.exec(text);
    const title = head && isTitleLine(head[1]!) ? head[1]! : undefined;
    return {
      date: first.created.toISOString().replace(/\.\d{3}Z$/u, 'Z'),
      ...(account.name === undefined ? {} : { source: account.name }),
      ...(title === undefined ? {} : { title }),
      text: title === undefined ? text : text.slice(head![0].length),
      ...(account.username === undefined ? {} : { url: `https://x.com/${account.username}/status/${first.id}` }),
    };
  });
  return {
    view: `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`,
    tweets: tweets.length,
    stories: stories.length,
    retweets,
    replies,
  };
}
