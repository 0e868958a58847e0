/** The benchmark table, printed and written as JSON. */
import type { Measurement } from './measure.ts';

export interface Row extends Omit<Measurement, 'log'> {
  note?: string;
}

export function table(rows: Row[]): string {
  const header = ['phase', 'wall s', 'cpu s', 'peak RSS MB', 'note'];
  const lines = rows.map((row) => [row.phase, row.wall.toFixed(1), Number.isNaN(row.cpu) ? '–' : row.cpu.toFixed(1), row.peakRssMb.toFixed(0), row.note ?? '']);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
