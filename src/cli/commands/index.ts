import type { CliCommand } from "../command.js";
import { add } from "./add.js";
import { ask } from "./ask.js";
import { cite } from "./cite.js";
import { doctor } from "./doctor.js";
import { evaluate } from "./eval.js";
import { feeds } from "./feeds.js";
import { ingest } from "./ingest.js";
import { invite } from "./invite.js";
import { proxy } from "./proxy.js";
import { register } from "./register.js";
import { remove } from "./remove.js";
import { report } from "./report.js";
import { search } from "./search.js";
import { serve } from "./serve.js";
import { start } from "./start.js";
import { sync } from "./sync.js";

export const commands: readonly CliCommand[] = [
  ingest,
  add,
  remove,
  feeds,
  sync,
  ask,
  cite,
  search,
  evaluate,
  start,
  register,
  invite,
  doctor,
  proxy,
  report,
  serve,
];
