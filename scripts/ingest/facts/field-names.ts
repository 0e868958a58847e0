/**
 * The names a field of an article goes by, wherever fields are named: YAML
 * front matter, a note's properties, a data file's columns or keys (CSV,
 * JSON, XML). Names compare without case, spaces, `_`, `-` or `/`
 * (`pub_date`, `pubDate`, `Pub Date` are one name).
 *
 * Two lists per role. `FIELD_NAMES` are the names front matter and notes are
 * read by, most telling first: the first name a file holds wins. A data
 * file's columns may go by more names (`DATA_NAMES`: a scraper's
 * `publish_time`, a corpus's `contenttitle`, a Chinese spreadsheet's `刊登日期`)
 * — names too loose for front matter, where `time`, `media` or `heading` say
 * something else (a reading time, a theme's cover image, a page's section);
 * a data file's column goes by them only where its values fit the role
 * (`facts/data-columns.ts`).
 *
 * @example
 *   roleOfName('publish_time') // → 'date' (a data file's)
 *   roleOfName('publish_time', 'frontmatter') // → undefined
 *   roleOfName('內文') // → 'text'
 */

export type FieldRole =
  | 'title'
  | 'subtitle'
  | 'kicker'
  | 'summary'
  | 'paper'
  | 'date'
  | 'page'
  | 'pageName'
  | 'order'
  | 'author'
  | 'text'
  | 'address'
  /** A note app's stamps and tags: the note's own, never the paper's facts (read as none, but they mark a block of properties). */
  | 'note';

/** The names front matter and a note's properties are read by, per role, most telling first. */
export const FIELD_NAMES: Record<FieldRole, readonly string[]> = {
  // (And the pinyin names an e-paper system's export gives its head fields, 方正's `yinti`/`zhuti`/`futi` for 引题/主题/副题:
  // a Hugo site built from it keeps them as a page's params.)
  title: ['title', 'headline', '标题', '標題', 'zhuti', 'zhubiaoti'],
  subtitle: ['subtitle', 'futi', 'fubiaoti'],
  kicker: ['kicker', 'overline', 'pretitle', 'yinti'],
  summary: [],
  // (Zotero's names, as its notes' templates write an item's fields: `publicationTitle`, `pages`.)
  paper: [
    'source',
    'paper',
    'publication',
    'newspaper',
    'masthead',
    'publicationTitle',
    '报纸',
    '報紙',
    '报名',
    '報名',
    '报刊',
    '報刊',
    '刊名',
    '来源',
    '來源',
    '出处',
    '出處',
  ],
  date: [
    'date',
    'published',
    'pubDate',
    'publishDate',
    'publish_date',
    '日期',
    '出版日期',
    '发表日期',
    '發表日期',
    '发布日期',
    '發佈日期',
    '刊发日期',
    '刊發日期',
    '见报日期',
    '見報日期',
    // (WeChat's name for a post's time of publication, as its exporters write it: read last, after any other date.)
    'create_time',
  ],
  /** A page as a number or a label; a CMS's custom field (`print_page`, WordPress to Jekyll); the names a user gives a note's property. */
  page: ['page', 'pageNumber', 'print_page', 'pages', '版次', '版面', '版号', '版號', '版', 'banci'],
  pageName: ['banming'],
  order: ['order', 'article', 'position'],
  author: ['author', 'byline', 'authors', '作者', 'zuozhe'],
  text: [],
  address: ['url', 'link', 'source_url', 'original_url', 'canonical', '原文链接', '链接'],
  note: ['created', 'updated', 'modified', 'last edited', 'tags', 'tag', 'source url', 'clipped', '标签', '標籤', '创建时间', '創建時間'],
};

/**
 * The fields a text-extraction tool keeps a page's site name in (trafilatura's `sitename`, Readability's `siteName`,
 * newspaper's `meta_site_name`, a page's `og:site_name`): the paper's, unless it names a portal (`read-data.ts`).
 */
export const SITE_NAME_FIELDS = ['sitename', 'site_name', 'meta_site_name', 'og:site_name'] as const;

/** More names a data file's columns and keys go by, per role (after `FIELD_NAMES`, which they also go by). */
export const DATA_NAMES: Record<FieldRole, readonly string[]> = {
  title: [
    'heading',
    'contenttitle',
    'doctitle',
    'news_title',
    'article_title',
    '题名',
    '題名',
    '篇名',
    '题目',
    '題目',
    '文章标题',
    '文章標題',
    '新闻标题',
    '新聞標題',
    '主标题',
    '主標題',
  ],
  subtitle: ['sub_title', 'subheadline', 'deck', '副题', '副題', '副标题', '副標題'],
  kicker: ['pretitle', 'pre_title', 'intro_title', 'lead_title', 'supertitle', '引题', '引題', '肩题', '肩題', '眉题', '眉題'],
  summary: ['summary', 'abstract', 'description', 'digest', 'excerpt', '摘要', '提要', '导语', '導語', '内容提要', '內容提要'],
  paper: [
    'media',
    'media_name',
    'paper_name',
    'newspaper_name',
    'source_name',
    ...SITE_NAME_FIELDS,
    '报纸名称',
    '報紙名稱',
    '报刊名称',
    '報刊名稱',
    '报刊名',
    '報刊名',
    '刊物',
    '发表刊物',
    '發表刊物',
    '媒体',
    '媒體',
    // (A clipping list's: the outlet an article ran in.)
    '媒体名称',
    '媒體名稱',
    '刊发媒体',
    '刊發媒體',
    '见报媒体',
    '見報媒體',
  ],
  date: [
    'publish_time',
    'pub_time',
    'pubtime',
    'release_date',
    'issue_date',
    'news_date',
    'datetime',
    'time',
    '发布时间',
    '發佈時間',
    '發布時間',
    '出版时间',
    '出版時間',
    '刊登日期',
    '刊出日期',
    '见报时间',
    '見報時間',
    '报纸日期',
    '報紙日期',
    '时间',
    '時間',
  ],
  page: ['page_no', 'page_num', 'pageNo', '版面号', '版面號', 'layout'],
  pageName: ['page_name', 'layout_name', 'section_page', '版名', '版面名称', '版面名稱', '版面名'],
  order: ['article_no', 'seq_on_page', '篇次', '顺序', '順序'],
  // (`dc:creator`, as RSS and WordPress's export name a post's author.)
  author: ['writer', 'reporter', 'creator', 'dc:creator', '记者', '記者', '作者/记者', '撰稿'],
  text: [
    'content',
    // (RSS's full text, as feeds and WordPress's export write it.)
    'content:encoded',
    'contents',
    'text',
    'body',
    'article_text',
    'article_content',
    'article_body',
    'news_content',
    'maintext',
    'fulltext',
    'full_text',
    'content_text',
    'html',
    'content_html',
    'paragraphs',
    '段落',
    '正文',
    '正文内容',
    '正文內容',
    '内容',
    '內容',
    '內文',
    '全文',
    '文本',
    '新闻内容',
    '新聞內容',
    '新闻正文',
    '文章内容',
    '文章內容',
    '文章正文',
    '原文',
  ],
  address: ['href', '原文鏈接', '鏈接', '网址', '網址'],
  note: [],
};

/** A name as it compares: lower-case, without spaces, `_`, `-` or `/`. */
export function normalName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/]+/gu, '');
}

/** Each name's role and rank (its place among the names of its role: front matter's first), by normal name. */
const ROLES = new Map<string, { role: FieldRole; rank: number; frontmatter: boolean }>();
for (const [lists, frontmatter] of [
  [FIELD_NAMES, true],
  [DATA_NAMES, false],
] as const) {
  for (const [role, names] of Object.entries(lists) as Array<[FieldRole, readonly string[]]>) {
    names.forEach((name, index) => {
      const key = normalName(name);
      if (!ROLES.has(key)) ROLES.set(key, { role, rank: (frontmatter ? 0 : 100) + index, frontmatter });
    });
  }
}

/** The role a field's name gives it, if it is a name of one: any name in a data file, only `FIELD_NAMES` in front matter. */
export function roleOfName(name: string, scope: 'data' | 'frontmatter' = 'data'): FieldRole | undefined {
  const found = ROLES.get(normalName(name));
  return found && (scope === 'data' || found.frontmatter) ? found.role : undefined;
}

/** How telling a name is for its role (lower first): front matter's names before a data file's, each list in its order. */
export function nameRank(name: string): number {
  return ROLES.get(normalName(name))?.rank ?? Number.POSITIVE_INFINITY;
}
