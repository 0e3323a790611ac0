/**
 * Reading aids a page sets into its text that are not the text a reader quotes: ruby readings
 * (<rt>, and the <rp> brackets shown where ruby is unsupported: 西安（せいあん） is 西安 in the
 * article) and note references (a superscript marker linking to a note further down the page,
 * "…margins.¹"), with the list of notes those references point at. Removed from the parsed page
 * before anything else reads it, so the page the blocks are judged by and the copy Readability
 * works on agree.
 */

interface AidElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<AidElement>;
  querySelector(selector: string): AidElement | null;
  remove(): void;
  readonly children: ArrayLike<AidElement>;
}

/** A note reference's marker: 1, [2], (3), *, †, ‡, a or ii — short, never a word of the text. */
const NOTE_MARKER = /^[[(（]?(\d{1,3}|[*†‡§]{1,3}|[a-z]|[ivx]{1,4})[\])）]?$/;

/** The id an in-page link names; a malformed escape (#%zz) is read as written, never thrown. */
function anchorId(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** In-page note ids the page's superscript references point at, each reference removed. */
function removeNoteReferences(root: AidElement): Set<string> {
  const targets = new Set<string>();
  for (const sup of Array.from(root.querySelectorAll("sup"))) {
    const link = sup.querySelector('a[href^="#"]');
    const marker = (sup.textContent ?? "").trim();
    if (!link || !NOTE_MARKER.test(marker)) continue;
    targets.add(anchorId(link.getAttribute("href") ?? ""));
    sup.remove();
  }
  return targets;
}

/** A list is the page's notes when every item is (or holds) the target of a note reference. */
function isNoteList(list: AidElement, targets: ReadonlySet<string>): boolean {
  const items = Array.from(list.children).filter((c) => c.tagName.toLowerCase() === "li");
  return (
    items.length > 0 &&
    items.every((li) => {
      const id = li.getAttribute("id") ?? li.querySelector("[id]")?.getAttribute("id");
      return id !== null && id !== undefined && targets.has(id);
    })
  );
}

/** Removes ruby readings, note references and the notes they point at from a parsed page. */
export function removeReadingAids(root: AidElement): void {
  for (const el of Array.from(root.querySelectorAll("rt, rp"))) el.remove();
  const targets = removeNoteReferences(root);
  if (!targets.size) return;
  for (const list of Array.from(root.querySelectorAll("ol, ul"))) if (isNoteList(list, targets)) list.remove();
}
