/** Tesseract's output: hOCR pages (`formats/hocr.ts`) and text with a space between Chinese characters (`rules/ocr-spacing.ts`). */
import { describe, expect, it } from 'vitest';
import { isHocr, readHocr } from '../../scripts/ingest/formats/hocr.ts';
import { ocrSpaced, withoutOcrSpaces } from '../../scripts/ingest/rules/ocr-spacing.ts';

const line = (words: string[], top: number, size: number): string =>
  `<span class='ocr_line' title="bbox 100 ${top} 900 ${top + size}; baseline 0 -10; x_size ${size}">${words
    .map((word, index) => `<span class='ocrx_word' title='bbox ${100 + index * 60} ${top} ${150 + index * 60} ${top + size}'>${word}</span>`)
    .join(' ')}</span>`;
const par = (lines: string[]): string => `<div class='ocr_carea'><p class='ocr_par'>${lines.join('\n')}</p></div>`;
const page = (body: string): string =>
  `<html><head><meta name='ocr-system' content='tesseract 5.3.0'/></head><body><div class='ocr_page' title='bbox 0 0 2480 3508'>${body}</div></body></html>`;

describe('OCR text with a space between Chinese characters', () => {
  it('is told by most neighbouring Chinese characters standing apart, over a whole file', () => {
    const spaced = [
      '本 报 讯 （ 记 者 王 芳 ） 十 四 届 全 国 人 大',
      '习 近 平 、 李 强 、 王 沪 宁 、 蔡 奇 出 席 会 议 。',
      '各 地 举 行 活 动 庆 祝 “ 三 八 ” 国 际 劳 动 妇 女 节',
      '在 北 京 ， 首 都 各 界 妇 女 代 表 齐 聚 一 堂',
    ];
    expect(ocrSpaced(spaced)).toBe(true);
    // Ordinary text, with a letter-spaced head or two phrases apart, is not.
    expect(ocrSpaced(['社　论', '奋进新征程 建功新时代', '本报讯（记者王芳）十四届全国人大二次会议8日上午在北京人民大会堂举行第二次全体会议。'])).toBe(false);
    // Too little text to judge.
    expect(ocrSpaced(['人 民 日 报'])).toBe(false);
    // A list of names, two or three characters each, apart by spaces (or padded with full-width ones): the paper's own spacing.
    const names = [
      '王建国 李秀英 张伟 刘洋 陈静 杨帆 赵磊 黄丽 周杰 吴敏',
      '徐涛 孙丽 马超 朱琳 胡军 郭芳 何勇 高峰 林娜 罗斌',
      '郑爽 梁晨 谢婷 宋佳 唐亮 韩雪 冯刚 曹阳 彭博 曾静',
    ];
    expect(ocrSpaced(names)).toBe(false);
    expect(ocrSpaced(['王建国　李秀英　张　伟　刘　洋　陈静怡　杨　帆', '赵志磊　黄　丽　周振杰　吴　敏　徐海涛　孙　丽', ...names])).toBe(false);
  });

  it('is read without the spaces between Chinese characters and marks, between a number and its unit; Latin words stay apart', () => {
    expect(withoutOcrSpaces('2024 年 3 月 8 日 星 期 五')).toBe('2024年3月8日星期五');
    expect(withoutOcrSpaces('本 报讯（ 记 者 王 芳） 第 2 版')).toBe('本报讯（记者王芳）第2版');
    expect(withoutOcrSpaces('习 近 平 同 Wang Fang 会 见')).toBe('习近平同 Wang Fang 会见');
    // A running head's page number before the paper's name stays apart (a number after Chinese is joined, as `第 2 版` is).
    expect(withoutOcrSpaces('2 沅 水 日 报 2024 年')).toBe('2 沅水日报2024年');
    expect(withoutOcrSpaces('G 20 峰 会')).toBe('G 20 峰会');
  });
});

describe('hOCR pages', () => {
  it('knows an hOCR page by its classes', () => {
    expect(isHocr(page(par([line(['正文'], 0, 40)])))).toBe(true);
    expect(isHocr('<html><body><p class="ocr">正文</p></body></html>')).toBe(false);
    expect(readHocr('<html><body><p>正文</p></body></html>')).toEqual({ unreadable: 'no page (`class="ocr_page"`) in it' });
  });

  it('reads a paragraph a line, its words without OCR spaces, heads by size, a date line and a page label apart', () => {
    const read = readHocr(
      page(
        par([line(['2024', '年', '3', '月', '9', '日', '星', '期六'], 100, 40), line(['第', '2', '版', '综合'], 150, 40)]) +
          par([line(['江城', '新区', '首批', '人才', '公寓', '交付'], 300, 80)]) +
          par([
            line(['本报讯', '（', '记者', '任宇', '）', '8', '日', '，', '江城'], 400, 40),
            line(['新区', '首批', '人才', '公寓', '交付', '使用', '。'], 450, 40),
          ]) +
          par([line(['人才', '公寓', '配有', '食堂', '。'], 600, 40)]),
      ),
    );
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.lines?.map((found) => [found.text, found.hint?.heading])).toEqual([
      ['2024年3月9日星期六', undefined],
      ['第2版综合', undefined],
      ['江城新区首批人才公寓交付', 1],
      ['本报讯（记者任宇）8日，江城新区首批人才公寓交付使用。', undefined],
      ['人才公寓配有食堂。', undefined],
    ]);
  });
});
