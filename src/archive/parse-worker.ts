/** A parsing thread: gets a share of the jobs, sends each outcome back as it is ready. */
import { parentPort, workerData } from 'node:worker_threads';
import { OutletRegistry, builtInOutlets, type Outlet } from '../outlets/registry.ts';
import { parseJob, type ParseJob } from './parse-files.ts';

const registry = new OutletRegistry([...builtInOutlets(), ...(workerData as { userOutlets: Outlet[] }).userOutlets]);

parentPort!.once('message', (jobs: ParseJob[]) => {
  for (const job of jobs) parentPort!.postMessage({ outcome: parseJob(job, registry) });
  parentPort!.postMessage({ done: true });
});
