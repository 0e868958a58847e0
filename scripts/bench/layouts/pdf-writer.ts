/**
 * A minimal PDF writer for test data: text in Adobe's standard Chinese font, not embedded (`STSong-Light` through the
 * `UniGB-UCS2-H` character map, or `-V` for vertical writing), as older typesetting systems write it; every character
 * a full em wide. Each run is placed where it is given (`y` up from the page's foot); PDF.js reads such files through
 * the character maps it ships. Used by the `pdf-pages` layout family and the PDF tests.
 *
 * @example
 *   writePdf([{ height: 842, runs: [{ x: 60, y: 780, size: 22, text: '全县早稻播种过半' }] }]) // → the file's bytes
 */

/** One run of text on a page: a line set from its start (`chars`: a character at a time, as Founder's systems place them). */
export interface PdfRun {
  x: number;
  y: number;
  size: number;
  text: string;
  /** Set a character at a time, each placed on its own. */
  chars?: boolean;
  /** In the vertical font, a column from `y` downward. */
  down?: boolean;
}

export interface PdfPage {
  /** The page's height in points (its width is A4's, 595). */
  height?: number;
  runs: readonly PdfRun[];
}

/** A UTF-16 code unit as four hex digits (the character maps are UCS-2: characters of the Basic Multilingual Plane). */
function hex(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) out += text.charCodeAt(index).toString(16).padStart(4, '0');
  return out;
}

export function writePdf(pages: readonly PdfPage[]): Uint8Array {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, index) => `${6 + index * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-V /DescendantFonts [4 0 R] >>',
  ];
  for (const page of pages) {
    const stream = page.runs
      .flatMap((run) => (run.chars === true ? Array.from(run.text, (char, index) => ({ ...run, x: run.x + index * run.size, text: char })) : [run]))
      .map((run) => `BT /${run.down === true ? 'F2' : 'F1'} ${run.size} Tf 1 0 0 1 ${run.x} ${run.y} Tm <${hex(run.text)}> Tj ET`)
      .join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${page.height ?? 842}] /Resources << /Font << /F1 3 0 R /F2 5 0 R >> >> /Contents ${objects.length + 2} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(out, 'latin1');
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
