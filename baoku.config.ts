/**
 * Baoku's configuration: every option, its default and what it does are in
 * README.md ("Configuration"). An empty object builds the sample archive.
 * Environment variables override a few options at build time (same table).
 */
import { defineConfig } from './src/archive/config.ts';

export default defineConfig({});
