// The parse worker (a worker thread of parseInWorkers): parses each batch of files it is sent and sends
// the results back, in the batch's order.
import { parentPort } from 'node:worker_threads';
import { parseProfile } from '../parse-profile.js';
import type { ParseBatch } from './parse-in-workers.js';

parentPort?.on('message', ({ files, maxBytes }: ParseBatch) => {
  parentPort?.postMessage(files.map((file) => parseProfile(file.bytes, file.name, { maxBytes })));
});
