/**
 * An engine worker thread: opens its own engine from the index (as the bot's thread would) and
 * answers requests one at a time, so retrieval and quote checking never hold up the thread that
 * talks to Discord.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openCore, type OpenedCore } from "./open.js";
import type { EngineCore } from "./types.js";
import { SummitError } from "../errors.js";
import { join } from "node:path";
import { FILES } from "../index/storage/files.js";
import type { ErrorData, LookupData, Reply, Request, WorkerData } from "./protocol.js";

const port = parentPort!;
const data = workerData as WorkerData;

function errorData(err: unknown): ErrorData {
  if (!(err instanceof Error)) return { name: "Error", message: String(err) };
  return {
    name: err.name,
    message: err.message,
    ...(err instanceof SummitError ? { code: err.code } : {}),
    ...(err.stack ? { stack: err.stack } : {}),
  };
}

const post = (reply: Reply) => port.postMessage(reply);

/**
 * The bot's thread reads the paragraphs it looks up from the file this engine read (a generation
 * folder's contents never change under its name); an engine without an index folder sends them.
 */
function passagesForLookups(core: EngineCore, passages: OpenedCore["passages"]): LookupData["passages"] {
  return core.index ? { path: join(core.index.dir, core.index.generation, FILES.passages) } : passages;
}

async function serve({ core, passages, documents, revisions, copies }: OpenedCore): Promise<void> {
  port.on("message", (request: Request) => {
    if (request.op === "close") {
      // Release what the engine holds (a neural model), then let the thread end.
      void core.close().finally(() => {
        post({ type: "result", id: request.id, value: undefined });
        port.close();
      });
      return;
    }
    const run = async () => {
      if (request.op === "ask") return core.ask(...(request.args as Parameters<EngineCore["ask"]>));
      // The bot's thread could not open the passages file (an ingest removed its generation meanwhile).
      if (request.op === "passages") return passages;
      if (request.op === "checkQuotes")
        return core.checkQuotes(...(request.args as Parameters<EngineCore["checkQuotes"]>));
      throw new Error(`engine worker: unknown operation ${JSON.stringify(request.op)}`);
    };
    run().then(
      (value) => post({ type: "result", id: request.id, value }),
      (err: unknown) => post({ type: "error", id: request.id, error: errorData(err) }),
    );
  });
  post({
    type: "ready",
    ...(data.lookups
      ? { lookups: { passages: passagesForLookups(core, passages), documents, revisions, copies } }
      : {}),
    ...(core.index ? { index: core.index } : {}),
  });
}

openCore(data.config, {
  ...(data.indexDir ? { indexDir: data.indexDir } : {}),
  ...(data.skipFreshness ? { skipFreshness: true } : {}),
  ...(data.tuning ? { tuning: data.tuning } : {}),
  ...(data.warm ? { warm: true } : {}),
}).then(serve, (err: unknown) => post({ type: "open_failed", error: errorData(err) }));
