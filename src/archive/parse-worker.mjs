// Worker threads start without the TypeScript loader the CLI registered.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
