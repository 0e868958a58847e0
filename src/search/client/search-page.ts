/**
 * The search page: reads `?q=` and the filters from the URL and searches on
 * load, keeps the URL in step as the reader types, searches year shards
 * newest first. The index holds bigrams (search/bigrams.ts), so a Han part of
 * a query is answered exactly by Pagefind; parts that are not Han only (Latin
 * words, numbers, punctuation, spaces in quotes) get a superset that is
 * checked against each record's text before it is shown (query.ts).
 */
import { foldQuery } from './fold.ts';
import { filterValues, recordsByValue, shardModule, shards, type PagefindModule, type PagefindResultData, type PagefindSearch, type Shard } from './bundles.ts';
import { displayConverter, type Display } from './to-traditional.ts';
import type { MessageKey } from '../messages.ts';
import { BASE } from '../../utils/url.ts';
import { inRange, isBounded, shardsInRange, shardsOfYear, type DateRange } from './shard-selection.ts';
import { centredExcerpt } from './excerpt.ts';
import { decodeIndexText } from '../bigrams.ts';
import { matches, parseQuery, planPart, positiveParts, type ParsedQuery, type PartPlan } from './query.ts';

const PAGE_SIZE = 10;
const FACETS = ['paper', 'year', 'month', 'kind', 'outlet', 'respondent', 'topic'] as const;
type Facet = (typeof FACETS)[number];
type Sort = 'relevance' | 'date-desc' | 'date-asc';
/**
 * Newest first by default: it searches the newest year first and older years
 * only as the reader asks for more, so a first query downloads one year's index.
 * Relevance and oldest-first must search every year before ordering.
 */
const DEFAULT_SORT: Sort = 'date-desc';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const facetBox = document.querySelector<HTMLElement>('#search-facets')!;
const fromInput = document.querySelector<HTMLInputElement>('#search-from')!;
const toInput = document.querySelector<HTMLInputElement>('#search-to')!;
const scriptPrefix = document.documentElement.lang === 'zh-Hant' ? 'zh-hant/' : '';

interface State {
  query: string;
  parsed: ParsedQuery;
  /** Some part's answer is a superset, checked against the text. */
  verify: boolean;
  filters: Partial<Record<Facet, string>>;
  /** Days the results must lie in (`from`/`to` in the URL). */
  range: DateRange;
  sort: Sort;
  /** Shards not searched yet, newest first. */
  pending: Shard[];
  /**
   * Records found, not loaded yet: Pagefind's result objects themselves, not
   * only their `data` functions. When a result object is collected,
   * Pagefind's worker frees the record's data and `data()` answers `null`
   * (seen on a year, where a common character has thousands of results and
   * the page loads ten at a time).
   */
  candidates: Hit[];
  /** Next candidate to load. */
  cursor: number;
  shown: number;
  partial: number;
  /** One part, no exclusion, no date range: Pagefind's answer is the result list as it is. */
  single: boolean;
  /** Filter counts for the query, summed over the shards searched. */
  counts: Partial<Record<Facet, Record<string, number>>>;
  run: number;
}

let state: State | undefined;
/** The number of the latest search started: an older one that wakes up after an await stops there. */
let latestRun = 0;
let display: Display = { convert: (text) => text, load: () => Promise.resolve() };

/** A message in the page's script (converted with the page at build time), `{name}` filled in. */
function say(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = document.querySelector(`#search-messages [data-message="${key}"]`)?.textContent ?? '';
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => String(values[name] ?? whole));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

function readUrl(): { query: string; filters: State['filters']; range: DateRange; sort: Sort } {
  const params = new URLSearchParams(location.search);
  const filters: State['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  const sort = params.get('sort');
  const day = (name: string): string | undefined => (DAY.test(params.get(name) ?? '') ? params.get(name)! : undefined);
  return {
    query: params.get('q') ?? '',
    filters,
    range: { from: day('from'), to: day('to') },
    sort: sort === 'relevance' || sort === 'date-asc' ? sort : DEFAULT_SORT,
  };
}

function writeUrl(query: string, filters: State['filters'], range: DateRange, sort: Sort): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of FACETS) if (filters[facet]) params.set(facet, filters[facet]);
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  if (sort !== DEFAULT_SORT) params.set('sort', sort);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

/**
 * Where the reader was, kept in the history entry: how many results were
 * shown and how far down the page. Coming back to the page (Back after
 * opening a result, or a reload) searches again and shows as many, at the
 * same place, instead of the first page at the top.
 */
interface Place {
  shown: number;
  scroll: number;
}

function savePlace(): void {
  const place: Place = { shown: state?.shown ?? 0, scroll: Math.round(scrollY) };
  history.replaceState({ baoku: place }, '', location.href);
}

function savedPlace(): Place | undefined {
  const saved: unknown = (history.state as { baoku?: unknown } | null)?.baoku;
  if (typeof saved !== 'object' || saved === null) return undefined;
  const { shown, scroll } = saved as Record<string, unknown>;
  return typeof shown === 'number' && typeof scroll === 'number' ? { shown, scroll } : undefined;
}

async function restore(place: Place): Promise<void> {
  // More pages of results, as many as were shown; a page that adds nothing (the end, or a failure) stops it.
  const current = state;
  while (current && current.shown < place.shown && !more.hidden) {
    const before = current.shown;
    await fill(current.run);
    // A new search (the reader typed) or a page that added nothing ends it.
    if (current.run !== latestRun || current.shown === before) break;
  }
  scrollTo(0, place.scroll);
}

function currentFilters(): State['filters'] {
  const filters: State['filters'] = {};
  for (const select of facetBox.querySelectorAll<HTMLSelectElement>('select[data-facet]')) {
    if (select.value) filters[select.dataset['facet'] as Facet] = select.value;
  }
  return filters;
}

/** The date range as the reader entered it; an empty end is open. */
function currentRange(): DateRange {
  return { from: fromInput.value || undefined, to: toInput.value || undefined };
}

async function start(query: string, filters: State['filters'], range: DateRange, sort: Sort): Promise<void> {
  const folded = foldQuery(query);
  // Taken before any await: two searches started close together never share a number.
  const run = ++latestRun;
  const parsed = parseQuery(folded);
  list.replaceChildren();
  more.hidden = true;
  if (!parsed.ok) {
    state = undefined;
    list.setAttribute('aria-busy', 'false');
    status.textContent = say(`invalid-${parsed.error}`);
    renderFacets();
    return;
  }
  list.setAttribute('aria-busy', 'true');
  let all: Shard[];
  try {
    all = await shards();
  } catch (error) {
    if (run !== latestRun) return;
    console.error(error);
    state = undefined;
    list.setAttribute('aria-busy', 'false');
    showRetry();
    status.textContent = say('failed', { query: display.convert(folded) });
    return;
  }
  if (run !== latestRun) return;
  // Bundles are listed newest first; oldest first reads them the other way round.
  // A bundle outside the year or the date range is not searched at all.
  const chosen = shardsInRange(shardsOfYear(all, filters.year), range);
  const pending = sort === 'date-asc' ? chosen.reverse() : chosen;
  const single = parsed.query.groups.length === 1 && parsed.query.groups[0]!.length === 1 && parsed.query.exclude.length === 0 && !isBounded(range);
  const verify = [...parsed.query.groups.flat(), ...parsed.query.exclude].some((part) => planPart(part).verify);
  state = {
    query: folded,
    parsed: parsed.query,
    verify,
    filters,
    range,
    sort,
    pending,
    candidates: [],
    cursor: 0,
    shown: 0,
    partial: 0,
    single,
    counts: {},
    run,
  };
  if (parsed.query.groups.length === 0) {
    list.setAttribute('aria-busy', 'false');
    status.textContent = say('empty');
    renderFacets();
    return;
  }
  list.setAttribute('aria-busy', 'true');
  status.textContent = say('searching');
  await fill(run);
}

/**
 * Search shards and load candidates until a page of results is shown or
 * nothing is left. A bundle or a result that cannot be loaded (network gone,
 * site republished meanwhile) ends the run with a message, never a page
 * left searching for ever; the reader can press the button to try again.
 */
async function fill(run: number): Promise<void> {
  const current = state;
  if (!current || current.run !== run) return;
  try {
    await fillPage(current);
  } catch (error) {
    if (current.run !== latestRun) return;
    failed(current, error);
  }
}

async function fillPage(current: State): Promise<void> {
  list.setAttribute('aria-busy', 'true');
  more.disabled = true;
  let added = 0;
  while (added < PAGE_SIZE) {
    if (current.cursor >= current.candidates.length) {
      if (current.pending.length === 0) break;
      await searchNext(current);
      if (current.run !== latestRun) return;
      // Relevance and oldest-first need every year before ordering; newest-first can show as it goes.
      if (current.sort !== 'date-desc') while (current.pending.length > 0) await searchNext(current);
      if (current.run !== latestRun) return;
      order(current);
      continue;
    }
    // The rest of the page's results are fetched at once, shown in order.
    const batch = current.candidates.slice(current.cursor, current.cursor + PAGE_SIZE - added);
    const loaded = await Promise.all(batch.map(loadRecord));
    if (current.run !== latestRun) return;
    current.cursor += batch.length;
    for (const data of loaded) {
      if (!current.verify || matches(`${recordText(data)}\n${data.meta['title'] ?? ''}`, current.parsed)) {
        list.append(resultItem(data, current));
        current.shown += 1;
        added += 1;
      } else {
        current.partial += 1;
      }
    }
  }
  report(current);
}

/** Search the next shard; one that fails stays first in line, so trying again searches it. */
async function searchNext(current: State): Promise<void> {
  const shard = current.pending[0]!;
  // Relevance and oldest-first search every bundle: the next one is loaded while this one is (a bundle's object waits for the
  // hub's files before its own, client/bundles.ts). Newest-first loads an older bundle only when the reader asks for it.
  const next = current.sort === 'date-desc' ? undefined : current.pending[1];
  if (next) void shardModule(next.key);
  await searchShard(current, shard);
  current.pending.shift();
}

function failed(current: State, error: unknown): void {
  console.error(error);
  list.setAttribute('aria-busy', 'false');
  showRetry();
  status.textContent = say('failed', { query: display.convert(current.query) });
}

function showRetry(): void {
  more.disabled = false;
  more.hidden = false;
  more.textContent = say('retry');
}

const texts = new WeakMap<PagefindResultData, string>();
/** A record's text, decoded from the bigram index. */
function recordText(data: PagefindResultData): string {
  let text = texts.get(data);
  if (text === undefined) {
    text = decodeIndexText(data.content);
    texts.set(data, text);
  }
  return text;
}

type Hit = PagefindSearch['results'][number];

/** A record's data; a record Pagefind no longer has is an error (the search ends with a message), never a crash. */
async function loadRecord(hit: Hit): Promise<PagefindResultData> {
  const data = (await hit.data()) as PagefindResultData | null;
  if (data === null) throw new Error(`Pagefind returned no data for record ${hit.id}`);
  return data;
}

async function searchShard(current: State, shard: Shard): Promise<void> {
  const [module] = await Promise.all([shardModule(shard.key), display.load(shard.key)]);
  const filters: Record<string, string> = { ...current.filters };
  const sort = current.sort === 'relevance' ? undefined : { date: current.sort === 'date-desc' ? ('desc' as const) : ('asc' as const) };
  const options = { filters, ...(sort ? { sort } : {}) };
  const { groups, exclude } = current.parsed;
  const answers = new Map<string, Promise<PagefindSearch | null>>();
  const ask = (plan: PartPlan): Promise<PagefindSearch | null> => {
    let answer = answers.get(plan.term);
    if (!answer) {
      const { preload } = plan;
      answer = preload === undefined ? module.search(plan.term, options) : module.preload(preload).then(() => module.search(plan.term, options));
      answers.set(plan.term, answer);
    }
    return answer;
  };
  const idsOf = async (part: string): Promise<Map<string, Hit>> => new Map(((await ask(planPart(part)))?.results ?? []).map((hit) => [hit.id, hit]));
  if (current.single) {
    // One part: Pagefind's answer is the result list, its filter counts are the counts (once the bundle's filters are loaded).
    await filterValues(shard.key, module);
    const response = await ask(planPart(groups[0]![0]!));
    if (!response) return;
    addCounts(current, response.filters);
    current.candidates.push(...response.results);
    return;
  }
  // Several parts: sets of records, combined here. Excluded parts with a superset answer are checked on the text instead.
  const found = new Map<string, Hit>();
  for (const group of groups) {
    const sets = await Promise.all(group.map(idsOf));
    for (const [id, hit] of sets[0]!) if (sets.every((set) => set.has(id))) found.set(id, hit);
  }
  for (const part of exclude.filter((part) => !planPart(part).verify)) for (const id of (await idsOf(part)).keys()) found.delete(id);
  if (isBounded(current.range)) {
    // The days of the bundle in the range: records of other days are left out.
    const days = await recordsByValue(shard.key, module, 'date');
    const kept = new Set([...days].flatMap(([day, ids]) => (inRange(day, current.range) ? [...ids] : [])));
    for (const id of [...found.keys()]) if (!kept.has(id)) found.delete(id);
  }
  const ranked = sort ? await dateOrder(module, options) : undefined;
  const hits = [...found.values()];
  // Counted here: the records found, by the values each has. Parts checked on the text are counted before the check (an upper bound, as the status says).
  const counts: Record<string, Record<string, number>> = {};
  for (const facet of FACETS) {
    counts[facet] = {};
    for (const [value, ids] of await recordsByValue(shard.key, module, facet)) counts[facet][value] = hits.filter((hit) => ids.has(hit.id)).length;
  }
  addCounts(current, counts);
  if (ranked) hits.sort((a, b) => (ranked.get(a.id) ?? 0) - (ranked.get(b.id) ?? 0));
  current.candidates.push(...hits);
}

function addCounts(current: State, found: Record<string, Record<string, number>>): void {
  for (const [facet, values] of Object.entries(found)) {
    const counts = (current.counts[facet as Facet] ??= {});
    for (const [value, count] of Object.entries(values)) if (count > 0) counts[value] = (counts[value] ?? 0) + count;
  }
}

/** Every record of a bundle (under the filters) in date order: the order of a combined result list. */
async function dateOrder(module: PagefindModule, options: Parameters<PagefindModule['search']>[1]): Promise<Map<string, number>> {
  const all = await module.search(null, options);
  return new Map((all?.results ?? []).map((hit, index) => [hit.id, index]));
}

function order(current: State): void {
  if (current.sort !== 'relevance') return;
  const rest = current.candidates.slice(current.cursor).sort((a, b) => b.score - a.score);
  current.candidates.splice(current.cursor, rest.length, ...rest);
}

function report(current: State): void {
  savePlace();
  list.setAttribute('aria-busy', 'false');
  more.disabled = false;
  const remaining = current.candidates.length - current.cursor + current.pending.length;
  more.hidden = remaining === 0;
  more.textContent = current.cursor < current.candidates.length ? say('more') : say('earlier', { year: current.pending[0]?.key ?? '' });
  const query = display.convert(current.query);
  // Candidates not yet checked may still fail the check; without a check every candidate is a result.
  const total = current.shown + (current.candidates.length - current.cursor);
  if (current.shown === 0 && remaining === 0) {
    status.textContent = current.partial > 0 ? say('partial', { query, count: current.partial }) : say('none', { query });
  } else if (current.pending.length > 0) {
    status.textContent = say(current.verify ? 'foundChecking' : 'foundAtLeast', { query, count: current.verify ? current.shown : total, shown: current.shown });
  } else if (current.verify && total > current.shown) {
    status.textContent = say('foundAtMost', { query, count: total, shown: current.shown });
  } else {
    status.textContent = say('found', { query, count: total, shown: current.shown });
  }
  renderFacets();
}

function resultItem(data: PagefindResultData, current: State): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = `${BASE}${scriptPrefix}${data.meta['path'] ?? ''}?hl=${encodeURIComponent(positiveParts(current.parsed).join(' '))}`;
  link.textContent = display.convert(data.meta['title'] ?? data.url);
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const date = /(\d{4})\/(\d{2})\/(\d{2})\//u
    .exec(data.meta['path'] ?? '')
    ?.slice(1)
    .join('-');
  const facts = [data.filters['paper']?.[0], date, data.filters['kind']?.[0], data.filters['outlet']?.[0], data.filters['respondent']?.[0]];
  meta.textContent = display.convert(facts.filter(Boolean).join(' · '));
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...centredExcerpt(recordText(data), positiveParts(current.parsed), (text) => display.convert(text)));
  item.append(heading, meta, excerpt);
  return item;
}

function renderFacets(): void {
  const current = state;
  const selected = current?.filters ?? {};
  facetBox.replaceChildren(
    ...FACETS.map((facet) => {
      const label = document.createElement('label');
      label.textContent = say(facet);
      const select = document.createElement('select');
      select.dataset['facet'] = facet;
      const counts = current?.counts[facet] ?? {};
      const values = new Set([...Object.keys(counts), ...(selected[facet] ? [selected[facet]] : [])]);
      select.append(new Option(say('all'), ''));
      for (const value of [...values].sort().reverse()) {
        const count = counts[value];
        const option = new Option(`${display.convert(value)}${count === undefined ? '' : `（${count}）`}`, value);
        option.selected = selected[facet] === value;
        select.append(option);
      }
      label.append(select);
      return label;
    }),
  );
}

/** Search for what the form holds, with the address in step. */
function searchAsEntered(): void {
  const filters = currentFilters();
  const range = currentRange();
  const sort = sortSelect.value as Sort;
  writeUrl(input.value.trim(), filters, range, sort);
  void start(input.value, filters, range, sort);
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(searchAsEntered, 300);
}

async function main(): Promise<void> {
  display = await displayConverter();
  document.querySelector('#search-app')?.removeAttribute('hidden');
  const { query, filters, range, sort } = readUrl();
  input.value = query;
  fromInput.value = range.from ?? '';
  toInput.value = range.to ?? '';
  sortSelect.value = sort;
  input.addEventListener('input', schedule);
  sortSelect.addEventListener('change', schedule);
  facetBox.addEventListener('change', schedule);
  fromInput.addEventListener('change', schedule);
  toInput.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    searchAsEntered();
  });
  // The page puts the reader back itself (restore), once the results are there.
  history.scrollRestoration = 'manual';
  addEventListener('pagehide', savePlace);
  more.addEventListener('click', () => {
    // Without a search under way the button is "try again" after the bundle list failed to load.
    if (state) void fill(state.run);
    else searchAsEntered();
  });
  const place = savedPlace();
  await start(query, filters, range, sort);
  if (place) await restore(place);
}

void main();
