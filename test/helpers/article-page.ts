/**
 * A small article page for the extractor's block tests: a body of four English (or three
 * Japanese) paragraphs, a page around any body HTML (a menu before it, a footer after), and the
 * paragraphs extractHtml takes from it.
 */
import { extractHtml } from "../../src/sources/html-extract.js";

export const BODY = [
  "The six governments agreed on Tuesday to run a single customs declaration for rail freight, officials said after the closing session in the conference hall.",
  "Freight trains now wait more than a day at the busiest crossings, and traders say the paperwork, not the track, is what slows the corridor down most of the year.",
  "Diplomats from Kazakhstan, which handles most transit traffic, said the real test would be whether the border queues actually shrink by next spring.",
  "The ministers will meet again in the autumn to check the first figures from the pilot crossings before extending the scheme to the southern routes.",
];
export const BODY_JA = [
  "中国と中央アジア5か国の首脳は、鉄道貨物の通関手続きを一本化することで合意し、国境での待ち時間を大幅に短縮することを目指すと表明した。",
  "合意文書によると、最初の対象はホルゴスとアラシャンコウの二つの国境で、2027年末までに新しい手続きに移行する予定だという。",
  "カザフスタン側の代表団は、現在は貨物列車が平均で30時間以上待たされているとして、手続きの簡素化に強い期待を示した。",
];

export const page = (body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><title>Customs pact</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}<footer><a href="/privacy">Privacy</a></footer></body></html>`;
export const ps = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join("\n");
export const paragraphs = (html: string, lang = "en") =>
  extractHtml(page(html, lang), "https://news.example/a")
    .blocks.filter((b) => b.kind === "paragraph")
    .map((b) => b.text);
