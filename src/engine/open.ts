import { resolve } from "node:path";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { Config } from "../config.js";
import { builtByEmbedder, createEmbedder, EMBEDDERS } from "../embed/registry.js";
import { embedderMismatchFix } from "../embed/model-id.js";
import { entrance } from "./entrance.js";
import type { Engine, EngineCore } from "./types.js";
import { SummitError } from "../errors.js";
import { assertFresh } from "../index/storage/freshness.js";
import { lookupOf } from "./lookup.js";
import { corpusDirOf, corrupt, readIndex, type IndexData } from "../index/storage/store.js";
import type { RevisionHistory } from "../index/storage/revisions-file.js";
import type { Groups } from "../index/copies/group-copies.js";
import { checkQuotes } from "../quotes/check.js";
import { quoteCorpus } from "../quotes/corpus-index.js";
import { Retriever } from "../search/retriever.js";
import { type QueryPlanner } from "../search/plan.js";
import { type RetrieverTuning } from "../search/tuning.js";
import { crossLingualPlanner, type ArchiveLanguages } from "../translate/planner.js";
import type { Vocabulary } from "../index/vocabulary.js";
import { openVocabulary } from "../index/vocabulary-file.js";
import { loadDictionary, type Dictionary } from "../translate/dictionary.js";
import { ReverseDictionary } from "../translate/reverse.js";
import { decodeReverseFile, type ReverseFile } from "../translate/reverse-file.js";
import { EnglishSounds } from "../translate/english-sounds.js";
import { englishTermsOf, holdsEnglish } from "../index/languages.js";
import type { KeywordIndex } from "../index/keyword/keyword-index.js";
import { type ByteSource, FormatError } from "../index/storage/binary.js";
import { warmUp, type WarmUpReport } from "./warm-up.js";
import { corpusWords, englishQuestions, japaneseQuestions } from "./warm-up-questions.js";

export type { Engine } from "./types.js";

export interface OpenOptions {
  readonly indexDir?: string;
  /** Skip the corpus freshness check (benchmarks over a copied index). */
  readonly skipFreshness?: boolean;
  readonly tuning?: Partial<RetrieverTuning>;
  readonly planner?: QueryPlanner;
  /**
   * Unpack all the lazily loaded data (dictionary blocks) and run the warm-up (engine/warm-up.ts,
   * within `config.warmUp`) before returning, for long-running processes and latency
   * measurements; a one-shot `ask` skips it and pays only for what it uses.
   */
  readonly warm?: boolean;
}

/** The translation vocabulary stored in the index (computed at ingest), its pair positions left in the file. */
function vocabularyOf(indexDir: string, file: ByteSource): Vocabulary {
  try {
    return openVocabulary(file);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    throw corrupt(indexDir, `vocabulary.bin: ${err.message}`);
  }
}

/** An engine core opened in this thread, with the paragraphs and articles its lookups serve. */
export interface OpenedCore {
  readonly core: EngineCore;
  readonly passages: readonly Passage[];
  readonly documents: readonly DocumentMeta[];
  /** Older texts of changed and removed paragraphs, by article (the lookups of cited ids). */
  readonly revisions: RevisionHistory;
  /** Near-copy paragraph groups (the lookups of cited ids name the other outlets). */
  readonly copies: Groups;
  /** What the start-up warm-up did (with `warm`). */
  readonly warmUp?: WarmUpReport;
}

/**
 * Loads the index and the embedder it was built with, and returns the engine the surfaces share.
 * Refuses an index that is missing, damaged, stale, or built by a different embedder.
 */
export async function openEngine(config: Config, options: OpenOptions = {}): Promise<Engine> {
  const { core, passages, documents, revisions, copies } = await openCore(config, options);
  return entrance(core, lookupOf(passages, documents, revisions, copies), {
    ...(config.web.publicUrl ? { publicUrl: config.web.publicUrl } : {}),
  });
}

/** The index's reverse.bin, decoded (its bytes are not kept), or INDEX_CORRUPT. */
function reverseFileOf(indexDir: string, data: IndexData): ReverseFile {
  try {
    return decodeReverseFile(data.readReverse());
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    throw corrupt(indexDir, `reverse.bin: ${err.message}`);
  }
}

/**
 * The archive's languages as the planner needs them: whether it holds English paragraphs, and
 * the dictionary read Japanese → English for their words: the table ingest wrote (reverse.bin)
 * when it was read from this dictionary, else built when a Japanese question first needs it
 * (~2 s at 100k mixed: every dictionary entry read and filtered by the archive's English words).
 */
function archiveLanguages(dictionary: Dictionary, keyword: KeywordIndex, file: ReverseFile): ArchiveLanguages {
  let reverse: ReverseDictionary | undefined;
  let sounds: EnglishSounds | undefined;
  const stamp = dictionary.stamp;
  const fromFile = file.dictionary?.bytes === stamp.bytes && file.dictionary.crc32 === stamp.crc32;
  return {
    english: holdsEnglish(keyword),
    holds: (term) => keyword.has(term),
    sounds: () => (sounds ??= new EnglishSounds(englishTermsOf(keyword).words())),
    reverse: () => (reverse ??= new ReverseDictionary(fromFile ? file.table : dictionary, englishTermsOf(keyword))),
  };
}

/** The retrieval and quote-checking core of `openEngine` (an engine worker serves it to the bot's thread). */
export async function openCore(config: Config, options: OpenOptions = {}): Promise<OpenedCore> {
  const indexDir = resolve(options.indexDir ?? config.indexDir);
  const data = readIndex(indexDir);
  if (!options.skipFreshness) assertFresh(indexDir, data.manifest);
  const embedder = await createEmbedder(config, data.keyword);
  const built = data.manifest.embedder;
  if (!builtByEmbedder(built, embedder)) {
    await embedder.dispose();
    throw new SummitError(
      "INDEX_EMBEDDER_MISMATCH",
      `index at ${indexDir} was built with embedder ${built.id} (dims ${built.dims}); the configured embedder is ${embedder.id} (dims ${embedder.dims}) — ${embedderMismatchFix(built.id, `summit-bot ingest --corpus ${corpusDirOf(indexDir, data.manifest)} --index ${indexDir}`)}`,
    );
  }
  const documents = data.manifest.documents;
  // English questions are translated with the dictionary; a missing or damaged file stops start-up with a clear error.
  const dictionary = config.translate && !options.planner ? loadDictionary(config.dictPath) : undefined;
  // Unpacking runs on the thread pool, beside the warm-up questions below.
  const unpacking = dictionary && options.warm ? dictionary.warmUp() : undefined;
  unpacking?.catch(() => undefined);
  let vocabulary: Vocabulary | undefined;
  try {
    vocabulary = dictionary ? vocabularyOf(indexDir, data.vocabulary) : undefined;
  } finally {
    // Without translation nothing reads it again.
    if (!vocabulary) data.vocabulary.close();
  }
  const planner =
    options.planner ??
    (dictionary && vocabulary
      ? crossLingualPlanner(dictionary, vocabulary, {
          multilingualVectors: EMBEDDERS[config.embedder].multilingual,
          archive: archiveLanguages(dictionary, data.keyword, reverseFileOf(indexDir, data)),
        })
      : undefined);
  const retriever = new Retriever({
    passages: data.passages,
    documents,
    keyword: data.keyword,
    vectors: data.vectors,
    copies: data.copies,
    embedder,
    ...(planner ? { planner } : {}),
    ...(options.tuning ? { tuning: options.tuning } : {}),
  });
  let report: WarmUpReport | undefined;
  if (options.warm) {
    report = await warmUp(
      {
        ask: (q) => retriever.ask(q),
        prefill: (stop) => retriever.prefillCaches(stop),
        japanese: (count) => japaneseQuestions(data.passages, count),
        // English questions are made from dictionary words and names (most with translations the corpus holds) and its abbreviations.
        ...(dictionary && vocabulary
          ? { english: (count: number) => englishQuestions(corpusWords(dictionary, vocabulary), data.passages, count) }
          : {}),
      },
      config.warmUp,
    );
    // The warm-up's questions are not the users': their plans would fill most of the plan cache.
    retriever.forgetPlans();
    // Nothing depends on the warm-up, so an error in it ends it and is told, and the engine opens.
    if (report.failed !== undefined)
      console.warn(
        `summit-bot: the start-up warm-up stopped after ${report.asked} questions: ${report.failed} (answers are unaffected)`,
      );
    // Normally done by now (it runs beside the warm-up); blocks left to unpack would otherwise be
    // unpacked, and promoted by the GC, during the first questions.
    await unpacking;
  }
  const quotes = quoteCorpus(data.passages, data.quotes);
  const core: EngineCore = {
    ask: (question, askOptions) => retriever.ask(question, askOptions),
    checkQuotes: async (message: string) => checkQuotes(message, quotes),
    close: () => {
      data.quotes.postings.close();
      data.vocabulary.close();
      return embedder.dispose();
    },
    index: { dir: indexDir, generation: data.manifest.generation },
  };
  return {
    core,
    passages: data.passages,
    documents,
    revisions: data.revisions,
    copies: data.copies.groups,
    ...(report ? { warmUp: report } : {}),
  };
}
