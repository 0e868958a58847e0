/** `node scripts/bench/generate-cli.ts --issues N --out DIR [--seed S] [--start YYYY-MM-DD]`: the generator as a measured phase. */
import { parseArgs } from 'node:util';
import { loadCorpus } from './corpus.ts';
import { ArchiveGenerator } from './generate.ts';

const { values } = parseArgs({
  options: { issues: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, start: { type: 'string' } },
});
const corpus = await loadCorpus();
const result = await new ArchiveGenerator(corpus, Number(values.seed)).generate({
  issues: Number(values.issues ?? '30'),
  out: values.out ?? 'bench-raw',
  ...(values.start ? { start: values.start } : {}),
});
console.log(JSON.stringify({ ...result, corpus: corpus.source }));
