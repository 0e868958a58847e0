/**
 * The names a field of an article goes by, wherever fields are named: YAML
 * front matter, a note's properties, a data file's columns or keys (CSV,
 * JSON). One list per role, in Simplified and Traditional Chinese and in the
 * English of CMSs and scrapers; names compare without case, spaces, `_`
 * and `-` (`pub_date`, `pubDate`, `Pub Date` are one name).
 *
 * @example
 *   roleOfName('publish_time') // → 'date'
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

export const FIELD_NAMES: Record<FieldRole, readonly string[]> = {
  title: [
    'title',
    'headline',
    'heading',
    '标题',
    '標題',
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
  subtitle: ['subtitle', 'sub_title', 'subheadline', 'deck', '副题', '副題', '副标题', '副標題'],
  kicker: ['kicker', 'overline', 'pretitle', 'pre_title', 'intro_title', 'supertitle', '引题', '引題', '肩题', '肩題', '眉题', '眉題'],
  summary: ['summary', 'abstract', 'description', 'digest', 'excerpt', '摘要', '提要', '导语', '導語', '内容提要', '內容提要'],
  paper: [
    'source',
    'paper',
    'publication',
    'newspaper',
    'masthead',
    'media',
    'media_name',
    'paper_name',
    'newspaper_name',
    'source_name',
    '报纸',
    '報紙',
    '报名',
    '報名',
    '报刊',
    '報刊',
    '刊名',
    '报纸名称',
    '報紙名稱',
    '报刊名称',
    '報刊名稱',
    '媒体',
    '媒體',
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
    'publish_time',
    'pub_time',
    'pubtime',
    'release_date',
    'issue_date',
    'news_date',
    'datetime',
    'time',
    '日期',
    '出版日期',
    '发表日期',
    '發表日期',
    '发布日期',
    '發佈日期',
    '發布日期',
    '发布时间',
    '發佈時間',
    '發布時間',
    '出版时间',
    '出版時間',
    '刊发日期',
    '刊發日期',
    '见报日期',
    '見報日期',
    '报纸日期',
    '報紙日期',
    '时间',
    '時間',
  ],
  /** A page as a number or a label; a CMS's custom field (`print_page`, WordPress to Jekyll); the names a user gives a note's property. */
  page: ['page', 'pageNumber', 'page_no', 'page_num', 'print_page', '版次', '版面', '版号', '版號', '版', '版面号', '版面號', 'layout'],
  /** The page's own name (`要闻`), beside its number. */
  pageName: ['page_name', 'layout_name', 'section_page', '版名', '版面名称', '版面名稱', '版面名'],
  order: ['order', 'article', 'position', 'article_no', 'seq_on_page', '篇次', '顺序', '順序'],
  author: ['author', 'byline', 'authors', 'writer', 'reporter', '作者', '记者', '記者', '作者/记者', '撰稿'],
  text: [
    'content',
    'text',
    'body',
    'article_text',
    'fulltext',
    'full_text',
    'content_text',
    'html',
    'content_html',
    'paragraphs',
    '段落',
    '正文',
    '内容',
    '內容',
    '內文',
    '全文',
    '文本',
    '新闻内容',
    '新聞內容',
    '文章内容',
    '文章內容',
    '原文',
  ],
  address: ['url', 'link', 'source_url', 'original_url', 'canonical', 'href', '原文链接', '原文鏈接', '链接', '鏈接', '网址', '網址'],
  note: ['created', 'updated', 'modified', 'last edited', 'tags', 'tag', 'source url', 'clipped', '标签', '標籤', '创建时间', '創建時間'],
};

/** A name as it compares: lower-case, without spaces, `_`, `-` or `/`. */
export function normalName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/]+/gu, '');
}

const ROLES = new Map<string, FieldRole>();
for (const [role, names] of Object.entries(FIELD_NAMES) as Array<[FieldRole, readonly string[]]>) {
  for (const name of names) if (!ROLES.has(normalName(name))) ROLES.set(normalName(name), role);
}

/** The role a field's name gives it, if it is a name of one. */
export function roleOfName(name: string): FieldRole | undefined {
  return ROLES.get(normalName(name));
}
