/**
 * The README's configuration table, made from the schema: one row per
 * option with its default, its environment override and its description.
 */
import type { z } from 'astro/zod';
import { configSchema } from '../../src/archive/config.ts';
import { ENV_OVERRIDES } from '../../src/archive/settings.ts';

interface Row {
  option: string;
  default: string;
  env: string;
  description: string;
}

type Schema = z.ZodType & { _zod: { def: { type: string; innerType?: Schema; valueType?: Schema; shape?: Record<string, Schema> } } };

function unwrap(schema: Schema): Schema {
  const { def } = schema._zod;
  return (def.type === 'default' || def.type === 'prefault' || def.type === 'optional') && def.innerType ? unwrap(def.innerType) : schema;
}

function rows(schema: Schema, defaults: Record<string, unknown>, prefix = ''): Row[] {
  const shape = unwrap(schema)._zod.def.shape ?? {};
  return Object.entries(shape).flatMap(([key, field]) => {
    const option = prefix ? `${prefix}.${key}` : key;
    const inner = unwrap(field);
    if (inner._zod.def.type === 'object') return rows(inner, (defaults[key] ?? {}) as Record<string, unknown>, option);
    const { valueType } = inner._zod.def;
    const perKey = inner._zod.def.type === 'record' && valueType ? rows(valueType, {}, `${option}.<key>`) : [];
    const env = Object.entries(ENV_OVERRIDES).find(([, target]) => target === option)?.[0];
    const value = defaults[key];
    return [
      {
        option,
        default: value === undefined ? (option === 'shards.search' ? 'as `shards.parts`' : '—') : `\`${JSON.stringify(value)}\``,
        env: env ? `\`${env}\`` : '',
        description: field.description ?? inner.description ?? '',
      },
      ...perKey,
    ];
  });
}

export function configTable(): string {
  const lines = ['| option | default | environment | what it does |', '| --- | --- | --- | --- |'];
  for (const row of rows(configSchema, configSchema.parse({}))) {
    lines.push(`| \`${row.option}\` | ${row.default} | ${row.env} | ${row.description} |`);
  }
  return lines.join('\n');
}
