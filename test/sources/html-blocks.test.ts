import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { blocksOf, SOURCE_ATTR, type BlockElement } from "../../src/sources/html-blocks.js";
import { extractHtml } from "../../src/sources/html-extract.js";

const BODY = [
  "The six governments agreed on Tuesday to run a single customs declaration for rail freight, officials said after the closing session in the conference hall.",
  "Freight trains now wait more than a day at the busiest crossings, and traders say the paperwork, not the track, is what slows the corridor down most of the year.",
  "Diplomats from Kazakhstan, which handles most transit traffic, said the real test would be whether the border queues actually shrink by next spring.",
  "The ministers will meet again in the autumn to check the first figures from the pilot crossings before extending the scheme to the southern routes.",
];

const paragraphs = (html: string) =>
  extractHtml(html, "https://gov.example/a")
    .blocks.filter((b) => b.kind === "paragraph")
    .map((b) => b.text);

describe("paragraphs split as the page shows them", () => {
  it("splits the paragraphs of an HTML 4 page whose body sits in a layout table cell, upper-case tags and spacers", () => {
    const cell = BODY.map((t) => `<P align="justify">${t}</P>\n<P>&nbsp;</P>`).join("\n");
    const html = `<HTML><HEAD><TITLE>Customs pact</TITLE></HEAD><BODY><TABLE width="980"><TR><TD width="200"><TABLE><TR><TD><A href="/">Home</A></TD></TR><TR><TD><A href="/news/">News</A></TD></TR></TABLE></TD><TD><TABLE><TR><TD><FONT size="4"><B>Customs pact</B></FONT></TD></TR><TR><TD class="news-text">${cell}</TD></TR></TABLE></TD></TR></TABLE></BODY></HTML>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("splits text runs separated by two line breaks, and keeps a single line break inside its paragraph", () => {
    const [a, b, c, d] = BODY;
    const html = `<!doctype html><html><head><title>Customs pact</title></head><body><div class="story">${a}<br><br>${b}<br>${c}<br> <br>${d}</div></body></html>`;
    expect(paragraphs(html)).toEqual([a, `${b} ${c}`, d]);
  });

  it("splits a definition list into its terms and descriptions (an interview's questions and answers)", () => {
    const qa = [
      "Q: When will the first customs pilot start at the Khorgos crossing?",
      "The first pilot starts in March at Khorgos, and the other crossings follow within the year if the queues shrink as the ministers hope.",
      "Q: Who pays for the new scanners at the crossings?",
      "The six governments share the cost, with China paying for the scanners at its own side of every crossing, officials said.",
    ];
    const dl = `<dl><dt>${qa[0]}</dt><dd>${qa[1]}</dd><dt>${qa[2]}</dt><dd>${qa[3]}</dd></dl>`;
    const html = `<html><body><article><h1>Customs pact</h1>${BODY.map((t) => `<p>${t}</p>`).join("")}${dl}</article></body></html>`;
    expect(paragraphs(html)).toEqual([...BODY, ...qa]);
  });

  it("still leaves out a definition list of the event's details over the body", () => {
    const details = `<dl class="event-details"><dt>Date</dt><dd>1 July 2026</dd><dt>Venue</dt><dd>Online and in Brussels</dd></dl>`;
    const html = `<html><body><article><h1>Customs pact</h1>${details}${BODY.map((t) => `<p>${t}</p>`).join("")}</article></body></html>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("still leaves out a data table inside the article", () => {
    const html = `<!doctype html><html><head><title>Customs pact</title></head><body><article>${BODY.slice(0, 2)
      .map((t) => `<p>${t}</p>`)
      .join("")}<table><tr><th>Crossing</th><th>Hours</th></tr><tr><td>Khorgos</td><td>31</td></tr></table>${BODY.slice(
      2,
    )
      .map((t) => `<p>${t}</p>`)
      .join("")}</article></body></html>`;
    expect(paragraphs(html)).toEqual(BODY);
  });
});

describe("where a block of loose text came from", () => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const blocksFrom = (inner: string) => {
    const root = document.createElement("div");
    root.setAttribute(SOURCE_ATTR, "1");
    root.innerHTML = inner;
    const { blocks, source } = blocksOf(root as unknown as BlockElement, "");
    return blocks.map((b) => [b.text, source.get(b)?.n]);
  };

  it("names the one element a line of loose text came from (a site header's links), not the container around it", () => {
    const header = `<header ${SOURCE_ATTR}="5"><a ${SOURCE_ATTR}="6" href="/">STEPPE</a><nav ${SOURCE_ATTR}="7"><a href="/e">Episodes</a></nav></header>`;
    expect(blocksFrom(`${header}<p ${SOURCE_ATTR}="9">${BODY[0]}</p>`)).toEqual([
      ["STEPPEEpisodes", 5],
      [BODY[0], 9],
    ]);
  });

  it("names the container when the line mixes its own text with an element's", () => {
    expect(blocksFrom(`Loose words and <b ${SOURCE_ATTR}="2">bold ones</b>`)).toEqual([
      ["Loose words and bold ones", 1],
    ]);
  });
});
