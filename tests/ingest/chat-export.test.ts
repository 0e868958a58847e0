/** A chat app's export of a channel (Telegram Desktop's HTML and JSON): a message a post, the channel's name the paper's. */
import { describe, expect, it } from 'vitest';
import { chatExportPosts, isChatExport } from '../../scripts/ingest/formats/chat-export.ts';
import { readJsonRecords } from '../../scripts/ingest/formats/json-records.ts';
import { ingestFiles } from '../support/ingest-files.ts';

const message = (id: number, stamp: string, html: string): string =>
  `<div class="message default clearfix" id="message${id}"><div class="body"><div class="pull_right date details" title="${stamp}">06:10</div><div class="from_name">南江快讯</div><div class="text">${html}</div></div></div>`;

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head><body><div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">南江快讯</div></div></div><div class="page_body chat_page"><div class="history"><div class="message service" id="message-1"><div class="body details">2 September 2024</div></div>${message(2, '02.09.2024 06:10:00 UTC+08:00', '<strong>运河新桥通车</strong><br><br>运河新桥今天上午正式通车，附近市民纷纷前来观看，两岸往来更加便利。<br><br>（记者 王芳）')}${message(3, '01.09.2024 23:50:00 UTC+08:00', '<strong>春播进度过半</strong><br><br>全县春播已完成计划的一半，早稻育秧全部采用机械化。')}</div></div></div></body></html>`;

describe("a chat app's export", () => {
  it('is told by its page of messages, each a post with its moment; its service lines are none', () => {
    expect(isChatExport(PAGE)).toBe(true);
    expect(isChatExport('<html><body><div class="message">留言</div></body></html>')).toBe(false);
    const { channel, posts, service } = chatExportPosts(PAGE);
    expect([channel, posts.map((post) => post.name), service]).toEqual(['南江快讯', ['message2.html', 'message3.html'], 1]);
    expect(posts[0]!.html).toContain('<meta name="date" content="2024-09-02T06:10:00+08:00">');
    expect(posts[0]!.html).toContain('<strong>运河新桥通车</strong>');
  });

  it('ingests each message as an article of the channel, dated by its own moment (HTML export)', async () => {
    const { sections, messages } = await ingestFiles({ 'ChatExport_2024-09-03/messages.html': PAGE });
    expect(sections).toHaveLength(2);
    expect(
      sections.map((section) => [/^paper: "(.*)"$/mu.exec(section)?.[1], /^date: "(.*)"$/mu.exec(section)?.[1], /^title: "(.*)"$/mu.exec(section)?.[1]]),
    ).toEqual([
      ['南江快讯', '2024-09-01', '春播进度过半'],
      ['南江快讯', '2024-09-02', '运河新桥通车'],
    ]);
    expect(
      messages.some((said) => said.startsWith("not-ingested Read as a chat app's export of a channel (`南江快讯`, its name the paper's): 2 messages")),
    ).toBe(true);
  });

  it('reads a text written as runs as one text; a list of paragraphs as objects stays a list', () => {
    const runs = readJsonRecords(
      '[{"date": "2024-09-02", "text": [{"type": "bold", "text": "标题"}, "\\n\\n正文。", {"type": "hashtag", "text": "#时政"}]}]',
      false,
    );
    const cell = runs.records[0]!.cells.find((one) => one.key === 'text')!;
    expect(cell.pieces.map((piece) => piece.value)).toEqual(['标题\n\n正文。#时政']);
    // (Each character where the file has it: `正` after the run's markup.)
    const source = '[{"date": "2024-09-02", "text": [{"type": "bold", "text": "标题"}, "\\n\\n正文。", {"type": "hashtag", "text": "#时政"}]}]';
    const piece = cell.pieces[0]!;
    const at = piece.value.indexOf('正');
    let offset = piece.start + at;
    for (const shift of piece.shifts) if (shift.at <= at) offset += shift.extra;
    expect(source[offset]).toBe('正');
    const list = readJsonRecords(
      '[{"title": "甲", "blocks": [{"type": "paragraph", "text": "第一段第一段第一段第一段第一段第一段第一段第一段第一段第一段第一段第一段第一段第一段"}, {"type": "paragraph", "text": "第二段"}]}]',
      false,
    );
    expect(list.records.map((record) => record.cells.map((one) => one.key))).toEqual([
      ['type', 'text', 'title'],
      ['type', 'text', 'title'],
    ]);
  });

  it("reads a group's chat, many people talking, as the page it is; a channel's name cleaned of what follows it", async () => {
    const group = PAGE.replace(
      '<div class="from_name">南江快讯</div><div class="text"><strong>春播',
      '<div class="from_name">王芳</div><div class="text"><strong>春播',
    );
    expect(chatExportPosts(group)).toEqual({ posts: [], service: 0, group: true });
    const named = await ingestFiles({
      'ChatExport_2024-09-03/messages.html': PAGE.replace('<div class="text bold">南江快讯</div>', '<div class="text bold">南江日报 | 官方频道</div>'),
    });
    expect(named.sections.map((section) => /^paper: "(.*)"$/mu.exec(section)?.[1])).toEqual(['南江日报', '南江日报']);
  });

  it("leaves out a whole account's private chats and a poll's answers, and reads a text of blocks a block a line", () => {
    const account = readJsonRecords(
      JSON.stringify({
        chats: {
          list: [
            {
              name: '王芳',
              type: 'personal_chat',
              id: 2,
              messages: [{ id: 1, type: 'message', date: '2024-09-02T10:00:00', text: '今晚的稿子我改好了，你看一下再发，明天见报。' }],
            },
            {
              name: '南江快讯',
              type: 'public_channel',
              id: 3,
              messages: [
                {
                  id: 5,
                  type: 'message',
                  date: '2024-09-02T10:00:00',
                  text: '',
                  poll: {
                    question: '您最关心哪项民生工程？',
                    answers: [
                      { text: '老旧小区改造', voters: 129 },
                      { text: '学校扩建', voters: 101 },
                    ],
                  },
                },
                { id: 6, type: 'message', date: '2024-09-02T11:00:00', text: '南江大桥今日正式通车，市民纷纷前来观看，两岸往来从此更加便利。' },
              ],
            },
          ],
        },
      }),
      false,
    );
    expect(account.records.map((record) => record.cells.find((cell) => cell.key === 'text')?.pieces[0]?.value)).toEqual([
      '南江大桥今日正式通车，市民纷纷前来观看，两岸往来从此更加便利。',
    ]);
    expect([account.collection, account.collectionFrom]).toEqual(['南江快讯', 'channel']);
    expect([...account.leftOut.keys()]).toContain('chat (personal_chat)');
    const blocks = readJsonRecords(
      '[{"title": "甲", "content": ["第一段正文。", {"type": "subtitle", "text": "小标题"}, "第二段正文。", {"type": "image", "src": "1.jpg"}]}]',
      false,
    );
    expect(blocks.records[0]!.cells.find((cell) => cell.key === 'content')!.pieces.map((piece) => piece.value)).toEqual([
      '第一段正文。',
      '小标题',
      '第二段正文。',
    ]);
  });

  it("ingests Telegram's JSON export: the channel's name the paper's, service messages and the text's second copy left out, a photo's height no page", async () => {
    const result = {
      name: '南江快讯',
      type: 'public_channel',
      id: 1,
      messages: [
        { id: 1, type: 'service', date: '2024-09-01T09:00:00', actor: '南江快讯', action: 'create_channel', title: '南江快讯', text: '', text_entities: [] },
        {
          id: 2,
          type: 'message',
          date: '2024-09-02T06:10:00',
          photo: 'photos/photo_1.jpg',
          width: 1280,
          height: 853,
          text: [
            { type: 'bold', text: '运河新桥通车' },
            '\n\n运河新桥今天上午正式通车，附近市民纷纷前来观看，两岸往来更加便利。\n\n',
            { type: 'hashtag', text: '#时政' },
          ],
          text_entities: [
            { type: 'bold', text: '运河新桥通车' },
            { type: 'plain', text: '\n\n运河新桥今天上午正式通车，附近市民纷纷前来观看，两岸往来更加便利。\n\n' },
            { type: 'hashtag', text: '#时政' },
          ],
        },
      ],
    };
    const { sections, messages } = await ingestFiles({ 'ChatExport_2024-09-03/result.json': JSON.stringify(result, null, 1) });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/paper: "南江快讯"[\s\S]*date: "2024-09-02"[\s\S]*page: 1\n[\s\S]*title: "运河新桥通车"/u);
    expect(sections[0]).not.toContain('text_entities');
    const said = messages.find((one) => one.startsWith("data-file Read as a chat app's export of a channel (JSON)"))!;
    expect(said).toContain('`type` service');
    expect(said).toContain("the paper of 1 article(s) is the channel's name, `南江快讯`");
  });
});
