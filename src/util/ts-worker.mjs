// Worker threads start without the TypeScript loader the CLI registered:
// register it, then run the worker module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
