/**
 * The search page: reads `?q=` and the filters from the URL and searches on
 * load, keeps the URL in step as the reader types, searches year shards
 * newest first, and shows only results whose text really contains the query
 * (Pagefind drops a query term that matches nothing; we never show such a page).
 */
import { foldQuery, queryParts } from './fold.ts';
import { shardModule, shards, type PagefindResultData, type Shard } from './bundles.ts';
import { displayConverter, type Display } from './to-traditional.ts';
import { KIND_FILTER, type SearchKind } from '../kinds.ts';
import type { MessageKey } from '../messages.ts';
import { BASE } from '../../utils/url.ts';
import { addYearCount, shardsOfYear } from './shard-selection.ts';
import { safeExcerpt } from './excerpt.ts';

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
const scriptPrefix = document.documentElement.lang === 'zh-Hant' ? 'zh-hant/' : '';

interface Candidate {
  shard: string;
  score: number;
  load: () => Promise<PagefindResultData>;
}

interface State {
  query: string;
  parts: string[];
  filters: Partial<Record<Facet, string>>;
  sort: Sort;
  /** Shards not searched yet, newest first. */
  pending: Shard[];
  candidates: Candidate[];
  /** Next candidate to verify. */
  cursor: number;
  shown: number;
  partial: number;
  counts: Partial<Record<Facet, Record<string, number>>>;
  run: number;
}

let state: State | undefined;
let display: Display = { convert: (text) => text, load: () => Promise.resolve() };

/** A message in the page's script (converted with the page at build time), `{name}` filled in. */
function say(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = document.querySelector(`#search-messages [data-message="${key}"]`)?.textContent ?? '';
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => String(values[name] ?? whole));
}

function readUrl(): { query: string; filters: State['filters']; sort: Sort } {
  const params = new URLSearchParams(location.search);
  const filters: State['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  const sort = params.get('sort');
  return { query: params.get('q') ?? '', filters, sort: sort === 'relevance' || sort === 'date-asc' ? sort : DEFAULT_SORT };
}

function writeUrl(query: string, filters: State['filters'], sort: Sort): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of FACETS) if (filters[facet]) params.set(facet, filters[facet]);
  if (sort !== DEFAULT_SORT) params.set('sort', sort);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

function currentFilters(): State['filters'] {
  const filters: State['filters'] = {};
  for (const select of facetBox.querySelectorAll<HTMLSelectElement>('select[data-facet]')) {
    if (select.value) filters[select.dataset['facet'] as Facet] = select.value;
  }
  return filters;
}

async function start(query: string, filters: State['filters'], sort: Sort): Promise<void> {
  const folded = foldQuery(query);
  const run = (state?.run ?? 0) + 1;
  const all = await shards();
  // Bundles are listed newest first; oldest first reads them the other way round.
  const pending = sort === 'date-asc' ? shardsOfYear(all, filters.year).reverse() : shardsOfYear(all, filters.year);
  state = { query: folded, parts: queryParts(folded), filters, sort, pending, candidates: [], cursor: 0, shown: 0, partial: 0, counts: {}, run };
  list.replaceChildren();
  more.hidden = true;
  if (folded === '') {
    list.setAttribute('aria-busy', 'false');
    status.textContent = say('empty');
    renderFacets();
    return;
  }
  list.setAttribute('aria-busy', 'true');
  status.textContent = say('searching');
  await fill(run);
}

/** Search shards and verify candidates until a page of results is shown or nothing is left. */
async function fill(run: number): Promise<void> {
  const current = state;
  if (!current || current.run !== run) return;
  list.setAttribute('aria-busy', 'true');
  more.disabled = true;
  let added = 0;
  while (added < PAGE_SIZE) {
    if (current.cursor >= current.candidates.length) {
      const shard = current.pending.shift();
      if (!shard) break;
      await searchShard(current, shard);
      if (current.run !== state?.run) return;
      // Relevance and oldest-first need every year before ordering; newest-first can show as it goes.
      if (current.sort !== 'date-desc') while (current.pending.length > 0) await searchShard(current, current.pending.shift()!);
      order(current);
      continue;
    }
    const candidate = current.candidates[current.cursor++]!;
    const data = await candidate.load();
    if (current.run !== state?.run) return;
    if (current.parts.every((part) => data.content.includes(part) || (data.meta['title'] ?? '').includes(part))) {
      list.append(resultItem(data, current.query));
      current.shown += 1;
      added += 1;
    } else {
      current.partial += 1;
    }
  }
  report(current);
}

async function searchShard(current: State, shard: Shard): Promise<void> {
  const [module] = await Promise.all([shardModule(shard.key), display.load(shard.key)]);
  const filters = Object.fromEntries(Object.entries(current.filters).filter(([facet]) => facet !== 'year'));
  const sort = current.sort === 'relevance' ? undefined : { date: current.sort === 'date-desc' ? ('desc' as const) : ('asc' as const) };
  const response = await module.search(current.query, { filters, ...(sort ? { sort } : {}) });
  if (!response) return;
  for (const [facet, values] of Object.entries(response.filters)) {
    const counts = (current.counts[facet as Facet] ??= {});
    for (const [value, count] of Object.entries(values)) counts[value] = (counts[value] ?? 0) + count;
  }
  current.counts.year = addYearCount(current.counts.year ?? {}, shard.key, response.results.length);
  current.candidates.push(...response.results.map((result) => ({ shard: shard.key, score: result.score, load: result.data })));
}

function order(current: State): void {
  if (current.sort !== 'relevance') return;
  const rest = current.candidates.slice(current.cursor).sort((a, b) => b.score - a.score);
  current.candidates.splice(current.cursor, rest.length, ...rest);
}

function report(current: State): void {
  list.setAttribute('aria-busy', 'false');
  more.disabled = false;
  const remaining = current.candidates.length - current.cursor + current.pending.length;
  more.hidden = remaining === 0;
  more.textContent = current.cursor < current.candidates.length ? say('more') : say('earlier', { year: current.pending[0]?.key ?? '' });
  const query = display.convert(current.query);
  if (current.shown === 0 && remaining === 0) {
    status.textContent = current.partial > 0 ? say('partial', { query, count: current.partial }) : say('none', { query });
  } else {
    status.textContent = say(remaining > 0 ? 'foundMore' : 'found', { query, count: current.shown });
  }
  renderFacets();
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = `${BASE}${scriptPrefix}${data.meta['path'] ?? ''}?hl=${encodeURIComponent(query)}`;
  link.textContent = display.convert(data.meta['title'] ?? data.url);
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const facts = [data.meta['paper'], data.meta['date'], KIND_FILTER[data.meta['kind'] as SearchKind], data.meta['outlet'], data.meta['respondent']];
  meta.textContent = display.convert(facts.filter(Boolean).join(' · '));
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...safeExcerpt(data.excerpt, data.content, (text) => display.convert(text)));
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

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const filters = currentFilters();
    const sort = sortSelect.value as Sort;
    writeUrl(input.value.trim(), filters, sort);
    void start(input.value, filters, sort);
  }, 300);
}

async function main(): Promise<void> {
  display = await displayConverter();
  document.querySelector('#search-app')?.removeAttribute('hidden');
  const { query, filters, sort } = readUrl();
  input.value = query;
  sortSelect.value = sort;
  input.addEventListener('input', schedule);
  sortSelect.addEventListener('change', schedule);
  facetBox.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const current = currentFilters();
    writeUrl(input.value.trim(), current, sortSelect.value as Sort);
    void start(input.value, current, sortSelect.value as Sort);
  });
  more.addEventListener('click', () => {
    if (state) void fill(state.run);
  });
  await start(query, filters, sort);
}

void main();
