/** Databases (`formats/database.ts`): SQL dumps parsed table by table, SQLite read, a CMS's bodies joined to its heads, all ingested as rows. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { databaseSheets, isSqlDump, isSqlite, sqlDumpTables, sqliteTables } from '../../scripts/ingest/formats/database.ts';
import { ingestFiles } from '../support/ingest-files.ts';

const DEDE = [
  '-- MySQL dump 10.13',
  'SET NAMES utf8mb4;',
  'CREATE TABLE `dede_archives` (',
  "  `id` mediumint(8) unsigned NOT NULL DEFAULT '0',",
  "  `arcrank` smallint(6) NOT NULL DEFAULT '0',",
  "  `ismake` smallint(6) NOT NULL DEFAULT '0',",
  "  `click` mediumint(8) unsigned NOT NULL DEFAULT '0',",
  "  `title` char(60) NOT NULL DEFAULT '',",
  "  `writer` char(20) NOT NULL DEFAULT '',",
  "  `pubdate` int(10) unsigned NOT NULL DEFAULT '0',",
  '  PRIMARY KEY (`id`),',
  '  KEY `sortrank` (`arcrank`,`click`)',
  ') ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;',
  "INSERT INTO `dede_archives` VALUES (1,0,1,158,'运河新桥通车','王芳',1725228600),(2,-2,-1,3,'撤下的稿件','李明',1725228600),(3,0,1,12,'春播进度过半','周强',1725228600);",
  'CREATE TABLE `dede_addonarticle` (',
  "  `aid` mediumint(8) unsigned NOT NULL DEFAULT '0',",
  '  `body` mediumtext,',
  '  PRIMARY KEY (`aid`)',
  ') ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;',
  "INSERT INTO `dede_addonarticle` VALUES (1,'<p>运河新桥今天上午通车，市民纷纷前来观看。</p>\\r\\n<p>大桥全长八百米，双向六车道，两岸居民往来更加便利。</p>'),(2,'<p>这篇稿件已撤下，放在回收站里，原文仍然保留在数据库中。</p>'),(3,'<p>全县春播已完成计划的一半，早稻育秧全部采用机械化，农户说今年的秧苗长势很好。</p>');",
  'CREATE TABLE `dede_arctype` (`id` smallint(5), `typename` char(30));',
  "INSERT INTO `dede_arctype` VALUES (1,'要闻'),(2,'本地');",
].join('\n');

describe('SQL dumps', () => {
  it('are told by their statements, SQLite by its first bytes', () => {
    expect(isSqlDump(DEDE)).toBe(true);
    expect(isSqlDump('运河新桥通车\n\n本报讯 今天上午……')).toBe(false);
    expect(isSqlite(Buffer.from('SQLite format 3\u0000rest'))).toBe(true);
    expect(isSqlite(Buffer.from('-- MySQL dump'))).toBe(false);
  });

  it("read each table's columns and rows: many rows a statement, escapes and doubled quotes, NULL, an INSERT's own list of columns", () => {
    const tables = sqlDumpTables(
      [
        'CREATE TABLE "news" (id INTEGER PRIMARY KEY, title TEXT, body TEXT, note TEXT);',
        "INSERT INTO \"news\" VALUES(1,'他说''好''','第一段\\n第二段',NULL);",
        "INSERT INTO `news` (`title`, `id`) VALUES ('只有标题', 2);",
      ].join('\n'),
    );
    expect(tables).toEqual([
      {
        name: 'news',
        columns: ['id', 'title', 'body', 'note'],
        rows: [
          ['1', "他说'好'", '第一段\n第二段', null],
          ['2', '只有标题', null, null],
        ],
      },
    ]);
  });

  it('join a table of bodies to the table of heads by the key column that names it, one body a head; a few orphans named, not a table of comments', () => {
    const joined = databaseSheets(sqlDumpTables(DEDE), 'sql');
    expect(joined.sheets.map((sheet) => sheet.name)).toEqual(['dede_archives + dede_addonarticle', 'dede_arctype']);
    expect(joined.joined).toEqual(['`dede_addonarticle` joined to `dede_archives` by `aid` = `id`']);
    // (A body whose head was deleted: the others joined, it named.)
    const orphan = databaseSheets(sqlDumpTables(DEDE.replace("VALUES (1,'<p>运河", "VALUES (9,'<p>运河")), 'sql');
    expect(orphan.joined).toEqual([
      '`dede_addonarticle` joined to `dede_archives` by `aid` = `id` (1 of its rows refer to no row of `dede_archives`: not read)',
    ]);
    // (Bodies of other heads: the tables stand apart.)
    const apart = databaseSheets(sqlDumpTables(DEDE.replace(/\((\d),'<p>/gu, "(7$1,'<p>")), 'sql');
    expect(apart.joined).toEqual([]);
    // (The bodies' own id first, the head's id after it: joined by the column named for the head.)
    const news = sqlDumpTables(
      [
        'CREATE TABLE news (id INTEGER, title TEXT, pub_date TEXT);',
        "INSERT INTO news VALUES (1,'临川区部署春耕生产','2024-03-05'),(2,'农村人居环境整治','2024-03-05');",
        'CREATE TABLE news_content (content_id INTEGER, news_id INTEGER, body TEXT);',
        "INSERT INTO news_content VALUES (1,2,'全区农村人居环境整治今年完成三百个村庄，村容村貌明显改善，群众满意度提高。'),(2,1,'全区春耕生产部署会今天召开，要求抓好种子化肥供应，确保不误农时。');",
        'CREATE TABLE comments (id INTEGER, news_id INTEGER, nickname TEXT, content TEXT);',
        "INSERT INTO comments VALUES (1,1,'网友甲','春耕要抓紧，今年的天气很好，希望丰收，农民朋友辛苦了。'),(2,1,'网友乙','种子供应很重要，希望价格稳定，农资市场要加强监管。');",
      ].join('\n'),
    );
    const sheets = databaseSheets(news, 'sql');
    expect(sheets.joined).toEqual(['`news_content` joined to `news` by `news_id` = `id`']);
    const first = sheets.sheets[0]!.rows[1]!.cells.map((cell) => cell.text.value);
    expect(first.slice(0, 2)).toEqual(['1', '临川区部署春耕生产']);
    expect(first).toContain('全区春耕生产部署会今天召开，要求抓好种子化肥供应，确保不误农时。');
    // (Readers' comments, several to an article, are no table of bodies: not joined.)
    expect(sheets.sheets.map((sheet) => sheet.name)).toContain('comments');
  });

  it("read what SQLite's, MySQL's and PostgreSQL's dumps write: replace() and char() for line breaks, a binary string, COPY rows", () => {
    const sqlite = sqlDumpTables("CREATE TABLE t(id INTEGER, body TEXT);\nINSERT INTO t VALUES(1,replace('第一段，1,234.5亿元\\n第二段','\\n',char(10)));");
    expect(sqlite[0]!.rows).toEqual([['1', '第一段，1,234.5亿元\n第二段']]);
    // (A backslash is text in SQLite's strings.)
    expect(sqlDumpTables("CREATE TABLE t(id INTEGER, path TEXT);\nINSERT INTO t VALUES(1,'C:\\新闻');")[0]!.rows).toEqual([['1', 'C:\\新闻']]);
    const mysql = sqlDumpTables("-- MySQL dump 10.13\nINSERT INTO `t` VALUES (1,_binary 'a,b)c','正文'),(2,0x0102,'另一篇');");
    expect(mysql[0]!.rows).toEqual([
      ['1', null, '正文'],
      ['2', null, '另一篇'],
    ]);
    const pg = sqlDumpTables('COPY public.news (id, title, body) FROM stdin;\n1\t运河新桥通车\t第一段\\n第二段\n2\t春播\t\\N\n\\.\n');
    expect(pg).toEqual([
      {
        name: 'news',
        columns: ['id', 'title', 'body'],
        rows: [
          ['1', '运河新桥通车', '第一段\n第二段'],
          ['2', '春播', null],
        ],
      },
    ]);
  });

  it('are ingested a row an article: dated by the Unix time in the paper’s time zone, the bin’s rows and a table of categories left out, said', async () => {
    const { messages, sections } = await ingestFiles({ '青溪县报/backup/qxxb_20240902.sql': DEDE });
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/date: "2024-09-02"[\s\S]*page: 1\n[\s\S]*title: "运河新桥通车"[\s\S]*byline: "王芳"/u);
    expect(sections[0]).toContain('大桥全长八百米');
    const said = messages.find((message) => message.includes('Read as an SQL dump'))!;
    expect(said).toContain('`dede_addonarticle` joined to `dede_archives` by `aid` = `id`');
    expect(said).toContain('`arcrank` -2 (in the bin)');
    expect(said).toContain('sheet `dede_arctype` holds no articles');
  });
});

describe('files named as databases', () => {
  it("that are no database are named with a warning; a dump with no rows, too; a table of titles and dates is a catalogue's articles", async () => {
    const { messages, sections } = await ingestFiles({
      'store/articles.db': '{"_id":"a1","title":"NeDB 的一行"}\n',
      'store/empty.sql': '-- MySQL dump 10.13\nCREATE TABLE `news` (`id` int, `title` varchar(60));\n',
      'store/catalogue.sql':
        "CREATE TABLE idx (id INTEGER, title TEXT, pub_date TEXT, page TEXT);\nINSERT INTO idx VALUES (1,'临川区第1项民生工程顺利完工','2024-03-01','1'),(2,'临川区第2项民生工程顺利完工','2024-03-02','2');",
    });
    expect(messages.filter((message) => message.startsWith('not-ingested Not ingested: the file is neither an SQLite database nor an SQL dump'))).toHaveLength(
      1,
    );
    expect(messages.filter((message) => message.startsWith('not-ingested Not ingested: the SQL dump holds no table of rows'))).toHaveLength(1);
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual(['临川区第1项民生工程顺利完工', '临川区第2项民生工程顺利完工']);
  });
});

describe('SQLite databases', () => {
  it("are read table by table, a scraper's row an article; a damaged one is named with the fix", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'baoku-sqlite-test-'));
    try {
      const file = path.join(folder, 'news.db');
      const database = new DatabaseSync(file);
      database.exec('CREATE TABLE article (id INTEGER PRIMARY KEY, paper TEXT, pub_date TEXT, page TEXT, title TEXT, content TEXT, crawl_time TEXT)');
      const insert = database.prepare('INSERT INTO article (paper, pub_date, page, title, content, crawl_time) VALUES (?, ?, ?, ?, ?, ?)');
      insert.run('临川晚报', '2024-09-02', '第02版', '运河新桥通车', '运河新桥今天上午通车，市民纷纷前来观看。\n大桥全长八百米。', '2024-09-03 10:00:00');
      database.close();
      const bytes = await readFile(file);
      const tables = await sqliteTables(bytes);
      if ('unreadable' in tables) throw new Error(tables.unreadable);
      expect(tables.map((table) => [table.name, table.columns, table.rows.length])).toEqual([
        ['article', ['id', 'paper', 'pub_date', 'page', 'title', 'content', 'crawl_time'], 1],
      ]);
      const { messages, sections } = await ingestFiles({ 'scraper/news.db': bytes, 'scraper/broken.sqlite': bytes.subarray(0, 200) });
      // (A database still open in write-ahead-log mode, copied with its log: the rows in the log are read too.)
      const open = new DatabaseSync(path.join(folder, 'open.db'));
      open.exec('PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;');
      open.exec('CREATE TABLE article (pub_date TEXT, title TEXT, content TEXT)');
      open.prepare('INSERT INTO article VALUES (?, ?, ?)').run('2024-09-02', '春播进度过半', '全县春播已完成计划的一半，早稻育秧全部采用机械化。');
      const logged = await ingestFiles({
        'wal/news.db': await readFile(path.join(folder, 'open.db')),
        'wal/news.db-wal': await readFile(path.join(folder, 'open.db-wal')),
      });
      open.close();
      expect(logged.sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual(['春播进度过半']);
      expect(sections).toHaveLength(1);
      expect(sections[0]).toMatch(/paper: "临川晚报"[\s\S]*date: "2024-09-02"[\s\S]*page: 2\n[\s\S]*title: "运河新桥通车"/u);
      expect(messages.some((message) => message.startsWith('unreadable') || message.includes('The database cannot be read'))).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
