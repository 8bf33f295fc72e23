// The parse worker (a worker thread of parseInWorkers and the reload parse pool): says 'ready' once the
// parser has loaded, then parses each batch of files it is sent and sends the results back, in order.
import { parentPort } from 'node:worker_threads';
import { parseProfile } from '../parse-profile.js';
import { type ParseBatch, WORKER_READY } from './parse-in-workers.js';

parentPort?.on('message', ({ files, maxBytes }: ParseBatch) => {
  parentPort?.postMessage(files.map((file) => parseProfile(file.bytes, file.name, { maxBytes })));
});
// Static imports load before this line runs: a worker whose parser cannot load never says it.
parentPort?.postMessage(WORKER_READY);
