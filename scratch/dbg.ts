import { readFile } from 'node:fs/promises';
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await getDocument({ data: new Uint8Array(await readFile(process.argv[2]!)), cMapUrl: 'node_modules/pdfjs-dist/cmaps/', cMapPacked: true, verbosity: 0 }).promise;
const c = await (await doc.getPage(1)).getTextContent();
for (const item of c.items) if ('str' in item && item.str !== '') console.log(JSON.stringify(item.str), item.transform[4].toFixed(1), item.transform[5].toFixed(1), item.width.toFixed(1), item.transform[0].toFixed(1));
