/** A broadcast's subtitles (`formats/captions.ts`): titles shown on screen as heads, speech as paragraphs, overlays kept as printed. */
import { describe, expect, it } from 'vitest';
import { captionFormat, captionsInData, captionsInText, readCaptions } from '../../scripts/ingest/formats/captions.ts';
import { timedScript } from '../../scripts/ingest/formats/time-stamps.ts';
import { isTitleLine } from '../../scripts/ingest/rules/title-line.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

type Read = ReturnType<typeof readCaptions>;

/** The view's lines with their hints, as `[text, hint]`. */
function viewOf(read: Read): Array<[string, object]> {
  if ('unreadable' in read) throw new Error(read.unreadable);
  return (read.lines ?? []).map((line) => [line.text, line.hint ?? {}]);
}

/** A SubRip file of `[start, end, text]` cues, times in seconds. */
function srt(cues: Array<[number, number, string]>): string {
  const stamp = (seconds: number): string =>
    `00:00:${String(Math.floor(seconds)).padStart(2, '0')},${String(Math.round((seconds % 1) * 1000)).padStart(3, '0')}`;
  return cues.map(([start, end, text], index) => `${index + 1}\r\n${stamp(start)} --> ${stamp(end)}\r\n${text.replaceAll('\n', '\r\n')}\r\n`).join('\r\n');
}

describe('subtitle files', () => {
  it('are told by their extension', () => {
    expect(captionFormat('江城新闻_20240311.srt')).toBe('srt');
    expect(captionFormat('江城新闻 [id].zh-Hans.vtt')).toBe('vtt');
    expect(captionFormat('[江城台] 江城新闻.ASS')).toBe('ass');
    expect(captionFormat('旧字幕.ssa')).toBe('ass');
    expect(captionFormat('江城新闻_20240701.sbv')).toBe('sbv');
    expect(captionFormat('北坡新闻 2024-08-10.bcc')).toBe('bcc');
    expect(captionFormat('云港新闻.dfxp')).toBe('ttml');
    expect(captionFormat('江城新闻.txt')).toBeUndefined();
    // A data file's name holding subtitles by its content: Bilibili's JSON, TTML; not a data file of records.
    expect(captionsInData('BV1QMW1Pz7Bk_zh-CN.json', '{"font_size":0.4,"body":[{"from":0.5,"to":2.4,"location":2,"content":"各位观众"}]}')).toBe('bcc');
    expect(captionsInData('云港新闻.xml', '<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="zh">')).toBe('ttml');
    expect(captionsInData('records.json', '[{"title":"标题","body":"正文"}]')).toBeUndefined();
    expect(captionsInData('records.xml', '<records><tt>x</tt></records>')).toBeUndefined();
  });

  it('read a title shown at the top over the speech as a head, the speech joined into a paragraph, the opening as contents', () => {
    const read = readCaptions(
      srt([
        [0.5, 2, '各位观众，晚上好。'],
        [2.1, 4, '澧水大桥完成荷载试验'],
        [5, 10, '{\\an8}澧水大桥完成荷载试验'],
        [5, 7, '3月14日，澧水大桥'],
        [7.05, 9, '完成静载和动载试验，\n各项指标均达到设计要求。'],
      ]),
      'srt',
    );
    expect(viewOf(read)).toEqual([
      ['各位观众，晚上好。', { contents: true }],
      ['澧水大桥完成荷载试验', { contents: true }],
      ['澧水大桥完成荷载试验', { heading: 1 }],
      ['3月14日，澧水大桥完成静载和动载试验，各项指标均达到设计要求。', { opensParagraph: true }],
    ]);
  });

  it('read a cue moved to the top but shown alone as speech, and a sentence at the top as no title', () => {
    // (A subtitle moved up out of the way of text burned into the picture is still speech: it is shown over nothing.)
    const moved = readCaptions(
      srt([
        [0, 2, '{\\an8}片头'],
        [1, 3, '开场白，'],
        [3.05, 4, '说两句，'],
        [4.05, 5, '{\\an8}这是一句被移到上方的字幕，'],
        [5.05, 7, '接着说下去。'],
      ]),
      'srt',
    );
    expect(viewOf(moved)).toEqual([
      ['片头', { heading: 1 }],
      ['开场白，说两句，这是一句被移到上方的字幕，接着说下去。', { opensParagraph: true }],
    ]);
    const sentence = readCaptions(
      srt([
        [0, 3, '{\\an8}今天天气晴朗，气温回升。'],
        [0, 2, '各位观众，'],
        [2.1, 4, '晚上好。'],
      ]),
      'srt',
    );
    expect(viewOf(sentence)).toEqual([
      ['各位观众，晚上好。', { opensParagraph: true }],
      ['今天天气晴朗，气温回升。', { media: true }],
    ]);
  });

  it('put a byline shown as a lower third under its title, and keep any other overlay as printed after its paragraph', () => {
    const read = readCaptions(
      [
        'WEBVTT',
        '',
        'title-1',
        '00:00:01.000 --> 00:00:06.000 line:8%',
        '<c.title>把小茶叶做成大产业</c>',
        '',
        '00:00:01.000 --> 00:00:03.000 line:90%',
        '今年全县茶叶产量',
        '',
        '00:00:02.000 --> 00:00:05.000 line:75% position:5% align:start',
        '王建华　县农业农村局局长',
        '',
        '00:00:03.100 --> 00:00:05.000 line:90%',
        '预计达到三千吨。',
        '',
        '00:00:03.500 --> 00:00:05.500 line:75% position:5% align:start',
        '澧水台记者 周凯',
        '',
      ].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([
      ['把小茶叶做成大产业', { heading: 1 }],
      ['澧水台记者 周凯', {}],
      ['今年全县茶叶产量预计达到三千吨。', { opensParagraph: true }],
      ['王建华　县农业农村局局长', { media: true }],
    ]);
  });

  it('read a class or id named as a title only when it is short and no sentence', () => {
    const read = readCaptions(
      ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '<c.title>这一句很长，是制作者用标题样式打出的一整句话。</c>', ''].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([['这一句很长，是制作者用标题样式打出的一整句话。', { opensParagraph: true }]]);
  });

  it("label a speaker's turn where the file names more than one, and start a paragraph there or at a pause after a sentence", () => {
    const read = readCaptions(
      [
        'WEBVTT',
        '',
        'title-1',
        '00:00:00.000 --> 00:00:02.000 line:0',
        '访谈',
        '',
        '00:00:00.000 --> 00:00:02.000',
        '<v 记者>产量是多少？',
        '',
        '00:00:02.100 --> 00:00:04.000',
        '<v 王建华>三千吨，',
        '',
        '00:00:04.050 --> 00:00:05.000',
        '增长百分之十五。',
        '',
        '00:00:07.000 --> 00:00:09.000',
        '<v 王建华>人均增收两千元。',
        '',
      ].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([
      ['访谈', { heading: 1 }],
      ['记者：产量是多少？', { opensParagraph: true }],
      ['王建华：三千吨，增长百分之十五。', { opensParagraph: true }],
      ['人均增收两千元。', { opensParagraph: true }],
    ]);
  });

  it("take out VTT's and SubRip's markup, decode character references, and join words", () => {
    const read = readCaptions(
      [
        'WEBVTT',
        '',
        'NOTE 江城台 2024年3月14日',
        '',
        'STYLE',
        '::cue(.title) { color: yellow; }',
        '',
        '00:00:01.000 --> 00:00:03.000',
        '<i>“公司&amp;农户”</i><00:00:02.000>模式',
        '',
        '00:00:03.000 --> 00:00:05.000',
        '<font color="#ffff00">Made in</font>',
        'China',
        '',
      ].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([
      // (One line in Latin letters in a Chinese file is no translation: a file is bilingual when its lines are so throughout.)
      ['“公司&农户”模式Made in China', { opensParagraph: true }],
    ]);
    expect('unreadable' in read ? 0 : read.parts.comments).toBe(1);
  });

  it("read an ASS script's styles: a title style, a lower third's style, comments left out and counted", () => {
    const script = [
      '\ufeff[Script Info]',
      'Title: 澧水新闻 2024-03-16',
      'ScriptType: v4.00+',
      '',
      '[V4+ Styles]',
      'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
      'Style: Default,黑体,64,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,2,10,10,40,134',
      'Style: 标题,黑体,80,&H0000FFFF,&H000000FF,&H00000000,&H64000000,-1,0,0,0,100,100,0,0,1,3,1,8,10,10,60,134',
      'Style: 署名,黑体,52,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,1,120,10,200,134',
      '',
      '[Events]',
      'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: 0,0:00:01.00,0:00:05.00,标题,,0,0,0,,县城新建两座公园',
      'Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,3月16日 两座公园\\N同时开园',
      'Dialogue: 0,0:00:02.00,0:00:04.00,署名,,0,0,0,,{\\an1\\fad(200,200)}澧水台记者 李娜',
      'Comment: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,校对：此处时间轴待调',
      'Dialogue: 0,0:00:03.10,0:00:05.00,Default,,0,0,0,,市民可免费入园',
    ].join('\r\n');
    const read = readCaptions(script, 'ass');
    expect(viewOf(read)).toEqual([
      ['县城新建两座公园', { heading: 1 }],
      ['澧水台记者 李娜', {}],
      ['3月16日 两座公园同时开园市民可免费入园', { opensParagraph: true }],
    ]);
    expect('unreadable' in read ? 0 : read.parts.comments).toBe(1);
    // A style template, with no event: nothing to read, said as such.
    expect(readCaptions(script.split('\r\n').slice(0, 12).join('\r\n'), 'ass')).toMatchObject({ noText: 'empty' });
  });

  it('read a file that shows no title as paragraphs of speech, its overlays kept as printed', () => {
    const read = readCaptions(
      srt([
        [0, 2, '今天上午，东门大桥'],
        [2.1, 4, '完成维修。'],
        [2.5, 5, '{\\pos(192,980)}澧水台记者 周凯'],
        [6, 8, '维修历时三个月。'],
      ]),
      'srt',
    );
    expect(viewOf(read)).toEqual([
      ['今天上午，东门大桥完成维修。', { opensParagraph: true }],
      ['澧水台记者 周凯', { media: true }],
      ['维修历时三个月。', { opensParagraph: true }],
    ]);
  });

  it("keep a bilingual release's translation apart: a title's as its subtitle, the speech's as a paragraph of its own", () => {
    const read = readCaptions(
      srt([
        [0, 5, '{\\an8}澧水茶叶开采\nTea Picking Begins'],
        [0, 2, '全县春茶开采\nSpring tea picking began.'],
        [2.1, 4, '茶农抢抓晴好天气\nFarmers are busy.'],
      ]),
      'srt',
    );
    expect(viewOf(read)).toEqual([
      ['澧水茶叶开采', { heading: 1 }],
      ['Tea Picking Begins', {}],
      ['全县春茶开采茶农抢抓晴好天气', { opensParagraph: true }],
      ['Spring tea picking began. Farmers are busy.', { opensParagraph: true }],
    ]);
  });

  it("read a subtitling group's credits and notes as overlays, never titles, and a SubRip speaker's dash as a turn", () => {
    const read = readCaptions(
      srt([
        [0, 3, '{\\an8}本字幕由澧水字幕组制作'],
        [0, 2, '各位观众晚上好'],
        [2.1, 4, '今天播出一段采访'],
        [4.1, 6, '- 记者：桥面还会封闭吗？\n- 刘洋：不会了。'],
        [4.1, 6, '{\\an8}注：东门大桥建于1998年'],
      ]),
      'srt',
    );
    expect(viewOf(read)).toEqual([
      ['各位观众晚上好今天播出一段采访', { opensParagraph: true }],
      ['本字幕由澧水字幕组制作', { media: true }],
      ['记者：桥面还会封闭吗？', { opensParagraph: true }],
      ['刘洋：不会了。', { opensParagraph: true }],
      ['注：东门大桥建于1998年', { media: true }],
    ]);
  });

  it('read a rolling caption once, and keep a line said twice where captions do not roll', () => {
    const rolling = readCaptions(
      srt([
        [0, 2, '各位观众晚上好'],
        [2, 4, '各位观众晚上好\n今天召开动员会'],
        [4, 6, '今天召开动员会\n全县新建农田'],
        [6, 8, '全县新建农田\n五万亩'],
      ]),
      'srt',
    );
    expect(viewOf(rolling)).toEqual([['各位观众晚上好今天召开动员会全县新建农田五万亩', { opensParagraph: true }]]);
    const said = readCaptions(
      srt([
        [0, 2, '谢谢。'],
        [2, 4, '谢谢。'],
        [4, 6, '不客气。'],
      ]),
      'srt',
    );
    expect(viewOf(said)).toEqual([['谢谢。谢谢。不客气。', { opensParagraph: true }]]);
  });

  it('show a title first among cues shown at once, and a byline shown just before its title under it', () => {
    const read = readCaptions(
      srt([
        [0, 2, '第一条新闻的最后一句。'],
        [4, 6, '第二条新闻开头'],
        [3.8, 8, '{\\an1}澧水台记者 周凯'],
        [4, 9, '{\\an8}春季招聘会周末举行'],
        [6.1, 8, '有两百家企业参加。'],
      ]),
      'srt',
    );
    expect(viewOf(read)).toEqual([
      ['第一条新闻的最后一句。', { contents: true }],
      ['春季招聘会周末举行', { heading: 1 }],
      ['澧水台记者 周凯', {}],
      ['第二条新闻开头有两百家企业参加。', { opensParagraph: true }],
    ]);
  });

  it('keep a blank line inside a cue, text that opens no tag or reference, and speech shown in two places', () => {
    const blank = readCaptions(
      '1\n00:00:00,000 --> 00:00:02,000\n大桥\n\n完成维修。\n\n2\n00:00:02,100 --> 00:00:04,000\n车流量 < 平时，&notice R&amp;D\n',
      'srt',
    );
    expect(viewOf(blank)).toEqual([['大桥完成维修。车流量 < 平时，&notice R&D', { opensParagraph: true }]]);
    const alternating = readCaptions(
      [
        'WEBVTT',
        '',
        ...[0, 1, 2, 3, 4, 5].flatMap((n) => [`00:00:0${n}.000 --> 00:00:0${n + 1}.100 line:${n % 2 === 0 ? 85 : 80}%`, `第${n + 1}句，`, '']),
      ].join('\n'),
      'vtt',
    );
    expect(viewOf(alternating)).toEqual([['第1句，第2句，第3句，第4句，第5句，第6句，', { opensParagraph: true }]]);
  });

  it("name viewers' comments made into subtitles (danmaku) as no programme's text", () => {
    const comments = ['前排', '好看', '打卡', '来了', '支持'].map(
      (text, n) => `Dialogue: 2,0:00:0${n}.00,0:00:0${n + 4}.00,Danmaku,,0,0,0,,{\\move(560,${20 + 25 * n},-100,${20 + 25 * n})}${text}`,
    );
    const read = readCaptions(
      [
        '[Script Info]',
        'ScriptType: v4.00+',
        '',
        '[Events]',
        'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
        ...comments,
      ].join('\n'),
      'ass',
    );
    expect(read).toMatchObject({ noText: 'danmaku' });
  });

  it('name an ASS script whose events have no Format line as unreadable, saying so', () => {
    const read = readCaptions('[Script Info]\nScriptType: v4.00+\n\n[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,文字\n', 'ass');
    expect(read).toMatchObject({ unreadable: expect.stringContaining('no `Format:` line') as unknown });
  });

  it("read YouTube's SBV, Bilibili's JSON subtitles and TTML as the others: their titles by place, their speech joined", () => {
    expect(viewOf(readCaptions('0:00:00.500,0:00:02.400\n各位观众，\n晚上好。\n\n0:00:02.500,0:00:04.000\n今天举行招聘会。\n', 'sbv'))).toEqual([
      ['各位观众，晚上好。今天举行招聘会。', { opensParagraph: true }],
    ]);
    const bcc = readCaptions(
      JSON.stringify({
        body: [
          { from: 0.5, to: 2, location: 2, content: '各位观众，晚上好。' },
          { from: 3, to: 8, location: 8, content: '澧水老街完成改造' },
          { from: 3, to: 5.5, location: 2, content: '3月20日，澧水老街' },
          { from: 5.6, to: 8.2, location: 2, content: '完成改造。' },
        ],
      }),
      'bcc',
    );
    expect(viewOf(bcc)).toEqual([
      ['各位观众，晚上好。', { contents: true }],
      ['澧水老街完成改造', { heading: 1 }],
      ['3月20日，澧水老街完成改造。', { opensParagraph: true }],
    ]);
    const ttml = readCaptions(
      [
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:frameRate="25" ttp:tickRate="10">',
        '<head><layout><region xml:id="r1" tts:origin="10% 5%"/><region xml:id="r2" tts:origin="10% 80%"/></layout></head>',
        '<body region="r2"><div>',
        '<p begin="00:00:01:00" end="00:00:06:00" region="r1">全县春季植树启动</p>',
        '<p begin="00:00:01:00" end="00:00:03:12">今天，植树活动<br/>在城北启动，</p>',
        '<p begin="3.5s" end="6000ms">将栽种树苗<span>十万株</span>。</p>',
        '<p begin="61t" end="70t">（完）</p>',
        '</div></body></tt>',
      ].join('\n'),
      'ttml',
    );
    expect(viewOf(ttml)).toEqual([
      ['全县春季植树启动', { heading: 1 }],
      ['今天，植树活动在城北启动，将栽种树苗十万株。（完）', { opensParagraph: true }],
    ]);
    expect(readCaptions('<tt xmlns="http://www.w3.org/ns/ttml"><head/><body/></tt>', 'ttml')).toMatchObject({ noText: 'empty' });
  });

  it('tell subtitles saved as text by their content: cues, or lines stamped with times; not a page that prints a few times', () => {
    expect(captionsInText('1\n00:00:00,500 --> 00:00:02,400\n甲。\n\n2\n00:00:02,500 --> 00:00:05,000\n乙。\n\n3\n00:00:05,100 --> 00:00:07,000\n丙。\n')).toBe(
      'srt',
    );
    expect(captionsInText('WEBVTT\n\n00:01.000 --> 00:02.000\n甲\n')).toBe('vtt');
    expect(
      captionsInText('[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n'),
    ).toBe('ass');
    const stamped = '[00:00:00] 各位观众，晚上好。\n[00:00:02] 今天，\n[00:00:05] 油菜花盛开。\n[00:00:08] 游客很多。\n0:12\n当地推出赏花线路。\n';
    expect(captionsInText(stamped)).toBe('stamped');
    expect(viewOf(readCaptions(stamped, 'stamped'))).toEqual([['各位观众，晚上好。今天，油菜花盛开。游客很多。当地推出赏花线路。', { opensParagraph: true }]]);
    expect(captionsInText('今日电视\n06:00 朝闻天下\n08:30 今日说法\n12:00 新闻30分\n19:00 新闻联播\n19:38 焦点访谈\n22:00 晚间新闻\n')).toBeUndefined();
    expect(
      captionsInText(
        '运河晚报\n2024年3月8日\n会议日程\n08:00 开幕\n10:30 分组讨论\n14:00 闭幕\n本报记者 王芳\n本报讯 会议今天召开，为期一天，\n来自全市的代表参加。\n会议听取了报告。\n代表们进行了讨论。\n',
      ),
    ).toBeUndefined();
  });

  it('keep the stories of a short roundup apart, its titles a fifth of its cues', () => {
    const cues: Array<[number, number, string]> = [];
    for (const [n, title] of ['地铁三号线开通', '招聘会周末举行', '大桥完成检测'].entries()) {
      const at = n * 10;
      cues.push([at, at + 6, `{\\an8}${title}`], [at, at + 2, `第${n + 1}条第一句，`], [at + 2.1, at + 4, '第二句，'], [at + 4.1, at + 6, '第三句。']);
    }
    expect(viewOf(readCaptions(srt(cues), 'srt')).filter(([, hint]) => 'heading' in hint)).toHaveLength(3);
  });

  it("read a minus sign as text, not a speaker's dash; a file in English with one Chinese line as English; Latin words in Chinese speech as speech", () => {
    expect(
      viewOf(
        readCaptions(
          srt([
            [0, 2, '明天最低气温'],
            [2.1, 4, '-5℃到-2℃，'],
            [4.1, 6, '请注意保暖。'],
          ]),
          'srt',
        ),
      ),
    ).toEqual([['明天最低气温-5℃到-2℃，请注意保暖。', { opensParagraph: true }]]);
    expect(
      viewOf(
        readCaptions(
          srt([
            [0, 2, 'The metro line opens today.'],
            [2.1, 4, 'Residents said “很方便”.'],
            [4.1, 6, 'It has twenty stations.'],
          ]),
          'srt',
        ),
      ),
    ).toEqual([['The metro line opens today. Residents said “很方便”. It has twenty stations.', { opensParagraph: true }]]);
    expect(
      viewOf(
        readCaptions(
          srt([
            [0, 2, '苹果公司发布了'],
            [2.1, 4, 'iPhone 15 Pro Max，'],
            [4.1, 6, '售价九千九百九十九元。'],
          ]),
          'srt',
        ),
      ),
    ).toEqual([['苹果公司发布了iPhone 15 Pro Max，售价九千九百九十九元。', { opensParagraph: true }]]);
  });

  it('keep `字幕组` in the speech as speech', () => {
    expect(
      viewOf(
        readCaptions(
          srt([
            [0, 2, '警方查处了一个'],
            [2.1, 4, '网络盗版字幕组，'],
            [4.1, 6, '涉案视频仅供学习的说法不成立。'],
          ]),
          'srt',
        ),
      ),
    ).toEqual([['警方查处了一个网络盗版字幕组，涉案视频仅供学习的说法不成立。', { opensParagraph: true }]]);
  });

  it('read a VTT file whose first cue follows its signature line; a TTML paragraph timed by its spans or its division', () => {
    expect(viewOf(readCaptions('WEBVTT\n00:00:01.000 --> 00:00:02.000\n三号线开通。\n', 'vtt'))).toEqual([['三号线开通。', { opensParagraph: true }]]);
    const ttml = readCaptions(
      '<tt xmlns="http://www.w3.org/ns/ttml"><body><div begin="10s"><p begin="0s" end="2s">全长二十八公里，</p><p><span begin="2s" end="3s">沿线设站</span><span begin="3s" end="4s">二十二座。</span></p><p begin="4s" end="5s">Metro line\n    opens</p></div></body></tt>',
      'ttml',
    );
    expect(viewOf(ttml)).toEqual([['全长二十八公里，沿线设站二十二座。Metro line opens', { opensParagraph: true }]]);
  });

  it('take a JSON file as Bilibili subtitles only when its cues are timed by numbers; slide-in moves as no danmaku', () => {
    expect(captionsInData('读者来信.json', '{"body":[{"from":"读者 王芳","to":"编辑部","content":"建议增开夜班公交"}]}')).toBeUndefined();
    const slides = ['三号线开通，', '全长二十八公里，', '设站二十二座，', '早晚高峰', '四分钟一班。'].map(
      (text, n) => `Dialogue: 0,0:00:0${n}.00,0:00:0${n + 1}.00,Default,,0,0,0,,{\\move(940,1000,960,1000,0,200)}${text}`,
    );
    const read = readCaptions(
      ['[Script Info]', 'PlayResX: 1920', '', '[Events]', 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text', ...slides].join(
        '\n',
      ),
      'ass',
    );
    expect(viewOf(read)).toEqual([['三号线开通，全长二十八公里，设站二十二座，早晚高峰四分钟一班。', { opensParagraph: true }]]);
  });

  it("read a cue set apart by its colour that shows a story read out in the opening as that story's title; a word in colour as speech", () => {
    const read = readCaptions(
      srt([
        [0.5, 2.4, '今天节目的主要内容有：'],
        [2.5, 4.5, '县城新建三座公交站'],
        [8, 11, '<font color="#ffff00">县城新建三座公交站</font>'],
        [11.2, 14, '三座公交站今天启用，'],
        [14.1, 16, '票价<font color="#ffff00">两元</font>。'],
      ]),
      'srt',
    );
    expect(viewOf(read)).toEqual([
      ['今天节目的主要内容有：', { contents: true }],
      ['县城新建三座公交站', { contents: true }],
      ['县城新建三座公交站', { heading: 1 }],
      ['三座公交站今天启用，票价两元。', { opensParagraph: true }],
    ]);
    // (In the colour of its own but read out nowhere: no title, kept as printed.)
    const alone = readCaptions(
      srt([
        [0, 2, '今天上午，'],
        [2.1, 4, '三号线开通，'],
        [4.1, 6, '全长二十八公里。'],
        [1, 5, '<font color="#ffff00">地铁新线</font>'],
      ]),
      'srt',
    );
    expect(viewOf(alone)).toEqual([
      ['今天上午，三号线开通，全长二十八公里。', { opensParagraph: true }],
      ['地铁新线', { media: true }],
    ]);
  });

  it('name a file that is no subtitle file as unreadable', () => {
    expect(readCaptions('这不是字幕文件。', 'srt')).toHaveProperty('unreadable');
    expect(readCaptions('<html><body>网页</body></html>', 'vtt')).toHaveProperty('unreadable');
    expect(readCaptions('纯文本', 'ass')).toHaveProperty('unreadable');
  });
});

describe('timed scripts', () => {
  const script = [
    '燕坡广播电视台《燕坡会客厅》节目文稿',
    '播出日期：2024年6月20日　　编导：沈琪　　主持人：方圆',
    '',
    '社区食堂如何既“叫好”又“叫座”',
    '',
    '00:00:05　（片头）',
    '00:00:20　主持人：观众朋友们好，欢迎收看《燕坡会客厅》。今天我们请来了市民政局的孟处长。',
    '00:00:45　嘉宾：主持人好，观众朋友们好！',
    '00:00:52　（VCR：城东街道社区食堂午餐时段，老人排队打饭）',
    '00:02:10　主持人：目前全市一共有多少家社区食堂？',
    '00:02:25　嘉宾：截至5月底，全市已建成社区食堂和老年助餐点186个，每天服务老人1.2万人次。',
    '00:07:15　【字幕】全市社区食堂186个　日均服务1.2万人次',
    '00:07:18　社区食堂怎样办得长久',
    '00:07:20　主持人：饭菜的价格和质量怎么保障？',
    '00:07:38　嘉宾：每份套餐控制在12元左右，80岁以上老人每餐还有补贴。',
    '00:10:15　（片尾）',
    '',
  ].join('\n');

  it("reads a programme's directions in brackets as its text, never a head; a piece's own tag in brackets is no direction", () => {
    for (const direction of ['（片头）', '（VCR：城东街道社区食堂午餐时段）', '(掌声)', '【画外音】', '[音乐]']) expect(isTitleLine(direction)).toBe(false);
    for (const head of ['让古城“活”起来（记者手记）', '【视频新闻】运河新桥通车', '【视频】运河新桥今日通车', '片头曲创作者谈新作'])
      expect(isTitleLine(head)).toBe(true);
  });

  it('tell a script, a turn or a direction a stamp, from captions cut anywhere: read as text, not subtitles', () => {
    expect(timedScript(script.split('\n').filter((line) => line.trim() !== ''))).toBe(true);
    expect(captionsInText(script)).toBeUndefined();
    // (Captions cut mid-sentence open no turns; a programme listing's clock times neither.)
    const cues = ['[00:00:00] 各位观众，晚上好。', '[00:00:02] 今天，', '[00:00:05] 油菜花盛开。', '[00:00:08] 游客很多。', '[00:00:11] 当地推出赏花线路。'];
    expect(timedScript(cues)).toBe(false);
    expect(timedScript(['06:00 朝闻天下', '08:30 今日说法', '12:00 新闻30分', '19:00 新闻联播', '19:38 焦点访谈'])).toBe(false);
  });

  it('reads the head, the turns and the questions of a timed script, each stamp kept before its line, every line at its place', async () => {
    const { sections, messages } = await ingestFiles({ '燕坡会客厅_20240620_节目文稿.txt': script });
    expect(
      messages.some((message) => message.includes('Read as a timed script') && message.includes('its 11 stamped lines were read as paragraphs and turns')),
    ).toBe(true);
    expect(heads(sections, ['title', 'kind'])).toEqual([['社区食堂如何既“叫好”又“叫座”', 'qa']]);
    // (The stamps as printed, each before its line; the directions kept as printed, no head.)
    expect(sections[0]).toContain('00\\:00\\:05　（片头）');
    expect(sections[0]).toContain('00\\:07\\:15　【字幕】全市社区食堂186个');
    // (A stamped line that looks like a head is a line of the script, its stamp with it.)
    expect(sections[0]).toContain('00\\:07\\:18　社区食堂怎样办得长久');
    expect(sections[0]).toMatch(/:::question\{asker="主持人"\}\n00\\:02\\:10　主持人：目前全市一共有多少家社区食堂？/u);
  });

  it('keeps a tagged turn whole, its stamp before it: a guest or a caller in brackets is a speaker, not a run-in heading', async () => {
    const callIn = [
      '《政风行风热线》文字实录',
      '市交通运输局上线：暑期出行服务有哪些新举措',
      '播出时间：2024年6月13日　9:00—10:00',
      '',
      '[09:00:12] 【主持人 晓雨】各位听众朋友早上好，欢迎收听《政风行风热线》。',
      '[09:00:31] 【嘉宾 刘伟】主持人好，听众朋友们好！',
      '[09:04:16] 【听众 王先生】您好！我家住在城西开发区，每天早上坐28路公交车上班，经常等不到车。',
      '[09:04:58] 【嘉宾 刘伟】王先生您好，感谢您的反映。我们将加密早高峰的班次。',
      '[09:08:36] 【网友 “青柠”（节目微信留言）】请问暑期带孩子出游，网约车在高铁站接客的地点能不能设得近一些？',
      '[09:09:02] 【嘉宾 刘伟】这个问题我们也注意到了，正在和高铁站商量。',
      '',
    ].join('\n');
    const { sections } = await ingestFiles({ '2024-06-13.txt': callIn });
    expect(sections).toHaveLength(1);
    // (A radio news round's items run in under their names: each line kept whole with its stamp; a credit too, where it is kept.)
    const round = [
      '江城人民广播电台《早间新闻》文字稿',
      '2024年6月13日',
      '',
      '[07:00:05] 【春耕】全县春耕进度过半，早稻育秧全部采用机械化。',
      '[07:01:20] 【交通】城西开发区新增两条公交线路，下周一开通运营。',
      '[07:02:40] 【天气】今天白天多云转阵雨，气温二十二到二十九度。',
      '[07:03:50] 【民生】市民服务中心延长周末办事时间，方便上班族。',
      '[07:04:55] 【文旅】运河文化节本周六开幕，活动持续一周。',
      '[07:05:30] 责任编辑：张三',
      '',
    ].join('\n');
    const items = await ingestFiles({ '2024-06-13.txt': round });
    const all = items.sections.join('\n');
    for (const line of ['\\[07\\:00\\:05] 【春耕】全县春耕进度过半', '\\[07\\:04\\:55] 【文旅】运河文化节', '\\[07\\:05\\:30] 责任编辑：张三'])
      expect(all).toContain(line);
  });
});
