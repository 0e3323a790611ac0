/**
 * One story from several outlets, for the tests of near-copies: the original (published first,
 * but last in file order), two outlets' copies (one dated, one undated with only `fetched`) and a
 * distinct story on the same summit, beside the engine fixture's articles so the story's words
 * are rare as in a real archive.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFixtureIndex, copyCorpus } from "./fixtures.js";

export const article = (front: Record<string, string>, paragraphs: readonly string[]) =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n")}\n---\n${paragraphs.join("\n\n")}\n`;

export const OPENING = "西安で開かれた中国・中央アジア首脳会議は二日間の日程を終え、閉幕した。";
export const FUND =
  "中国と中央アジア5カ国は、アムダリヤ川流域の水資源を管理する基金を設立することで合意した。基金の規模は12億ドルで、2026年から灌漑設備の改修に充てられる。各国の水資源相が年に一度集まり、配分を決める。";
export const FUND_EDITED =
  "中国と中央アジア５か国は、アムダリヤ川流域の水資源を管理するための基金を設立することで合意した。基金の規模は12億ドルで、2026年から灌漑設備の改修に充てられる。";
export const FUND_REWRITTEN =
  "中国と中央アジア5カ国がアムダリヤ川流域の水資源を管理する基金の設立で合意した。基金の規模は12億ドルで、2026年から灌漑設備の改修に充てられる。各国の水資源相が年に一度集まり配分を決める。関係者が明らかにした。";
export const RAILWAY =
  "中国と中央アジア5カ国の首脳は、中国・キルギス・ウズベキスタン鉄道の建設を急ぐことでも一致した。キルギス南部のジャララバード付近で最初のレールが敷かれ、2030年の開通を目指す。";

/** The original (published first, but last in file order), two outlets' copies, and a distinct story on the same summit. */
export const ARTICLES = {
  "z-steppe-daily.md": article({ title: "アムダリヤ基金で合意", source: "Steppe Daily", published: "2025-06-18" }, [
    OPENING,
    FUND,
    RAILWAY,
  ]),
  "a-caspian-wire.md": article({ title: "水資源基金、12億ドル", source: "Caspian Wire", published: "2025-06-19" }, [
    FUND_EDITED,
  ]),
  "b-silk-road-news.md": article(
    { title: "中央アジアと水の基金", source: "Silk Road News", fetched: "2025-06-20T08:00:00Z" },
    [FUND_REWRITTEN],
  ),
};
export const QUESTION = "アムダリヤ川の基金の規模はいくら？";

export async function indexOf(
  tmp: () => string,
  articles: Readonly<Record<string, string>>,
): Promise<{ corpus: string; index: string }> {
  // Beside the engine fixture's articles, so the story's words are rare in the corpus as in a real archive.
  const corpus = copyCorpus(tmp());
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(corpus, name), text);
  const index = tmp();
  await buildFixtureIndex(corpus, index);
  return { corpus, index };
}
