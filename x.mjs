import { readSpreadsheet } from './scripts/ingest/formats/spreadsheet.ts';
import { readWorkbook } from './scripts/ingest/formats/workbook.ts';
import fs from 'node:fs';
for (const f of process.argv.slice(2)) {
  const b = fs.readFileSync(f);
  const a = await readSpreadsheet(b), c = readWorkbook(b);
  const cells = (w) => w.sheets.map(s => [s.name, s.rows.map(r => [r.number, r.cells.map(x => [x.column, x.text.value, x.link ?? false])])]);
  const A = JSON.stringify(cells(a)), C = JSON.stringify(cells(c));
  if (A === C) { console.log('same', f); continue; }
  console.log('DIFF', f);
  const la = a.text.split('\n'), lc = c.text.split('\n');
  for (let i = 0; i < Math.max(la.length, lc.length); i++) if (la[i] !== lc[i]) { console.log('  own:', JSON.stringify(la[i])?.slice(0,200)); console.log('  sjs:', JSON.stringify(lc[i])?.slice(0,200)); }
}
