/**
 * An EPUB's package (OCF, EPUB 2 and 3), as `formats/epub.ts` reads a book: the
 * package document its `META-INF/container.xml` names (the OPF), with the
 * book's metadata (`dc:title`, `dc:date`, `dc:publisher`, `dc:creator`,
 * `dc:language`, `dc:source`), its spine (the documents in reading order) and
 * its table of contents (EPUB 3's nav document, else EPUB 2's NCX), each entry
 * with the entries under it. Read with jszip and xmldom, as office packages
 * are (`formats/office-xml.ts`).
 *
 * @example
 *   await readEpubPackage(zip) // → { metadata: { title: '人民日报 [周五, 05 12月 2026]', … }, spine: [{ href: 'feed_0/index.html', … }], toc: [{ label: '第01版：要闻', children: […] }] }
 */
import type JSZip from 'jszip';
import { childElements, descendants, xmlPart } from './office-xml.ts';
import { collapse } from './html-layout.ts';

const DC = 'http://purl.org/dc/elements/1.1/';

export interface EpubMetadata {
  title?: string;
  /** The book's date as written (`2026-12-05T06:30:12+00:00`, `2026-12-05`): its publication event's where several are given. */
  date?: string;
  creator?: string;
  publisher?: string;
  language?: string;
  /** Where the book's text came from, when the package says (`dc:source`: an address, a paper's name). */
  source?: string;
  /** The tool that made the book, when the package names it (`<meta name="generator">`, calibre's `calibre:…` metadata). */
  generator?: string;
  /** The periodical the book is an issue of, when the package says (calibre's `calibre:publication_type`, `periodical:unknown:人民日报`). */
  periodical?: string;
}

/** A document of the spine, in reading order. */
export interface SpineDocument {
  /** Its path in the zip package. */
  href: string;
  mediaType: string;
  /** A document the spine marks `linear="no"` (a note, a pop-up): read after the others, as a reader shows it. */
  auxiliary: boolean;
}

/** An entry of the book's table of contents. */
export interface TocEntry {
  label: string;
  /** The document it points to, a path in the package (without `#fragment`); none for a heading that points nowhere. */
  href?: string;
  children: TocEntry[];
}

export interface EpubPackage {
  /** The package document's path (`OEBPS/content.opf`). */
  opf: string;
  metadata: EpubMetadata;
  spine: SpineDocument[];
  toc: TocEntry[];
}

/** Why a zip package is no EPUB one can read, or its package. */
export async function readEpubPackage(zip: JSZip): Promise<EpubPackage | { unreadable: string }> {
  const container = await xmlPart(zip, 'META-INF/container.xml');
  const named = container ? descendants(container, '*', 'rootfile').map((node) => node.getAttribute('full-path') ?? '') : [];
  // (A package written without its container, by a tool or by hand: its one package document.)
  const opfPath = named.find((name) => name !== '' && zip.file(name) !== null) ?? Object.keys(zip.files).find((name) => /\.opf$/iu.test(name));
  if (opfPath === undefined) return { unreadable: 'it has no package document (no `META-INF/container.xml` naming one, no `.opf` file)' };
  const opf = await xmlPart(zip, opfPath);
  if (!opf || opf.localName !== 'package') return { unreadable: `its package document \`${opfPath}\` is not an OPF package` };
  const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const manifest = new Map<string, { href: string; mediaType: string; properties: string }>();
  for (const item of descendants(opf, '*', 'item')) {
    const href = item.getAttribute('href');
    if (href === null) continue;
    manifest.set(item.getAttribute('id') ?? '', {
      href: resolveHref(base, href),
      mediaType: item.getAttribute('media-type') ?? '',
      properties: item.getAttribute('properties') ?? '',
    });
  }
  const spineElement = descendants(opf, '*', 'spine')[0];
  const spine: SpineDocument[] = [];
  for (const itemref of spineElement ? childElements(spineElement, 'itemref') : []) {
    const item = manifest.get(itemref.getAttribute('idref') ?? '');
    if (!item) continue;
    spine.push({ href: item.href, mediaType: item.mediaType, auxiliary: itemref.getAttribute('linear') === 'no' });
  }
  const nav = [...manifest.values()].find((item) => item.properties.split(/\s+/u).includes('nav'));
  const ncx = manifest.get(spineElement?.getAttribute('toc') ?? '') ?? [...manifest.values()].find((item) => item.mediaType === 'application/x-dtbncx+xml');
  // (A book may carry both: EPUB 3's nav document, and the NCX kept for older readers; the nav is read, the NCX when it gives none.)
  const navEntries = nav ? await navToc(zip, nav.href) : [];
  const toc = navEntries.length > 0 ? navEntries : ncx ? await ncxToc(zip, ncx.href) : [];
  return { opf: opfPath, metadata: metadataOf(opf), spine, toc };
}

function metadataOf(opf: Element): EpubMetadata {
  const metadata: EpubMetadata = {};
  const first = (name: string): string | undefined => {
    for (const node of descendants(opf, DC, name)) {
      const text = node.textContent.trim();
      if (text !== '') return text;
    }
    return undefined;
  };
  const put = (key: keyof EpubMetadata, value: string | undefined): void => {
    if (value !== undefined) metadata[key] = value;
  };
  put('title', first('title'));
  // (EPUB 2 may date several events, `opf:event="publication"`, `"modification"`: the publication's is the book's.)
  const dates = descendants(opf, DC, 'date');
  const published = dates.find((node) => /publication/iu.test(node.getAttribute('opf:event') ?? node.getAttribute('event') ?? ''));
  put('date', ((published ?? dates[0])?.textContent ?? '').trim() || undefined);
  put('creator', first('creator'));
  put('publisher', first('publisher'));
  put('language', first('language'));
  put('source', first('source'));
  const metas = descendants(opf, '*', 'meta');
  const generator = metas.find((node) => /^generator$/iu.test(node.getAttribute('name') ?? ''))?.getAttribute('content') ?? undefined;
  put('generator', generator ?? (metas.some((node) => /^calibre:/u.test(node.getAttribute('name') ?? '')) ? 'calibre' : undefined));
  const publication = metas.find((node) => node.getAttribute('name') === 'calibre:publication_type')?.getAttribute('content') ?? '';
  put('periodical', /^periodical:[^:]*:(.+)$/u.exec(publication)?.[1]?.trim() || undefined);
  return metadata;
}

/** EPUB 3's table of contents: the nav document's `<nav epub:type="toc">` (its first `<nav>` where none says so), list in list. */
async function navToc(zip: JSZip, href: string): Promise<TocEntry[]> {
  const root = await xmlPart(zip, href);
  if (!root) return [];
  const navs = descendants(root, '*', 'nav');
  const nav =
    navs.find((node) => /\btoc\b/u.test(node.getAttribute('epub:type') ?? node.getAttributeNS('http://www.idpf.org/2007/ops', 'type') ?? '')) ?? navs[0];
  const list = nav ? descendants(nav, '*', 'ol')[0] : undefined;
  const base = href.includes('/') ? href.slice(0, href.lastIndexOf('/') + 1) : '';
  const entries = (ol: Element): TocEntry[] =>
    childElements(ol, 'li').map((li) => {
      const link = childElements(li, 'a')[0] ?? childElements(li, 'span')[0];
      const target = link?.getAttribute('href');
      const sublist = childElements(li, 'ol')[0];
      return {
        label: collapse(link?.textContent ?? ''),
        ...(target ? { href: resolveHref(base, target) } : {}),
        children: sublist ? entries(sublist) : [],
      };
    });
  return list ? entries(list) : [];
}

/** EPUB 2's table of contents: the NCX's `navMap`, `navPoint` in `navPoint`. */
async function ncxToc(zip: JSZip, href: string): Promise<TocEntry[]> {
  const root = await xmlPart(zip, href);
  const map = root ? descendants(root, '*', 'navMap')[0] : undefined;
  if (!map) return [];
  const base = href.includes('/') ? href.slice(0, href.lastIndexOf('/') + 1) : '';
  // (calibre puts an article's summary and author under its entry as entries of their own, `class="calibre-meta-description"`:
  // no entries of the book.)
  const entries = (parent: Element): TocEntry[] =>
    childElements(parent, 'navPoint')
      .filter((point) => !/^calibre-meta/u.test(point.getAttribute('class') ?? ''))
      .map((point) => {
        const label = childElements(point, 'navLabel')[0];
        const text = label ? childElements(label, 'text')[0] : undefined;
        const target = childElements(point, 'content')[0]?.getAttribute('src');
        return { label: collapse(text?.textContent ?? ''), ...(target ? { href: resolveHref(base, target) } : {}), children: entries(point) };
      });
  return entries(map);
}

/** A reference in a package document resolved against the document's folder: a path in the zip, its `#fragment` and query dropped. */
export function resolveHref(base: string, href: string): string {
  const clean = decodeURIComponentSafe(href.replace(/[#?].*$/u, ''));
  const parts = (clean.startsWith('/') ? clean.slice(1) : base + clean).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
