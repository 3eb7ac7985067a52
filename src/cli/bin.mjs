#!/usr/bin/env node
// Entry point for `dateline`: load TypeScript sources through tsx, then run the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
