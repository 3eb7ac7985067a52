/** A parsing thread: gets batches of numbered jobs, sends each outcome back as it is ready. */
import { parentPort, workerData } from 'node:worker_threads';
import { OutletRegistry, builtInOutlets, type Outlet } from '../outlets/registry.ts';
import { parseJob, type FromParser, type ToParser } from './parse-files.ts';

const registry = new OutletRegistry([...builtInOutlets(), ...(workerData as { userOutlets: Outlet[] }).userOutlets]);
const send = (message: FromParser) => parentPort!.postMessage(message);

parentPort!.on('message', (message: ToParser) => {
  if ('end' in message) return send({ done: true });
  for (const { index, job } of message.jobs) send({ index, outcome: parseJob(job, registry) });
});
