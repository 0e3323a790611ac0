/**
 * A local file added again whose article was written before `add` recorded which file an article
 * came from (`source_file`): found by the name `add` gave it — the id the file's name makes —,
 * when that article names no URL and no file, and is this file's article by its title and text.
 * A same-named article that is not (another text, or one written by hand) is never overwritten:
 * the file is added beside it, and the line says why.
 */
import { parseDocument } from "../corpus/parse.js";
import { readCorpusFile } from "../corpus/load.js";
import { collapseSpace, paragraphTexts, type Article } from "./article.js";
import { containment, NEAR_COPY_SHARE, shingleSample } from "./near-copy.js";

/** A corpus article as the catalogue lists it (corpus-writer.ts CorpusDocument). */
interface Listed {
  readonly docId: string;
  readonly file: string;
  readonly url?: string;
  readonly sourceFile?: string;
}

/** The corpus folder and its articles by id (corpus-writer.ts CorpusCatalogue). */
interface Catalogue {
  readonly dir: string;
  readonly byId: ReadonlyMap<string, Listed>;
}

/**
 * Share of the file's sampled shingles that must be in the article when the titles agree: an
 * edited statement keeps most of its text (one paragraph of two rewritten still leaves about
 * half); two different texts under one title share next to none. With another title, the text
 * alone must be a near-copy (NEAR_COPY_SHARE).
 */
const SAME_TITLE_SHARE = 0.5;

export type UnrecordedMatch =
  { readonly kind: "same"; readonly doc: Listed } | { readonly kind: "other"; readonly doc: Listed };

/**
 * The article named `idBase` that carries no URL and no `source_file`: `same` when it is this
 * file's by title and text (to be updated), `other` when it is not (left alone); undefined when
 * there is none.
 */
export function unrecordedFileArticle(
  catalogue: Catalogue,
  idBase: string,
  article: Article,
): UnrecordedMatch | undefined {
  const doc = catalogue.byId.get(idBase);
  // Only a markdown article `add` could have written: a hand-placed .txt is never rewritten as markdown.
  if (!doc || doc.url || doc.sourceFile || !doc.file.endsWith(".md")) return undefined;
  let title: string;
  let texts: string[];
  try {
    const parsed = parseDocument(doc.file, readCorpusFile(catalogue.dir, doc.file));
    title = parsed.meta.title;
    texts = parsed.passages.map((p) => p.text);
  } catch {
    return { kind: "other", doc };
  }
  const share = containment(shingleSample(paragraphTexts(article)), shingleSample(texts));
  const sameTitle = collapseSpace(title) === collapseSpace(article.title);
  return (sameTitle && share >= SAME_TITLE_SHARE) || share >= NEAR_COPY_SHARE
    ? { kind: "same", doc }
    : { kind: "other", doc };
}

/** What the line of such an input says (after its status and changes). */
export function unrecordedNote(match: UnrecordedMatch, sourceFile: string): string {
  return match.kind === "same"
    ? `${match.doc.docId} was added from a file of this name before add recorded which file; its title and text match, so it is updated, now recorded as ${sourceFile}`
    : `${match.doc.docId} has this file's name but no record of the file it came from (added before add recorded files, or written by hand) and another title or text: kept as it is — remove it if this replaces it`;
}
