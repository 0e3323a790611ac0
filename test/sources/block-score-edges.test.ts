/**
 * The furniture score on the kinds of block held-out7 showed it kept or lost (round eight): a bio
 * of the writer at the article's edge, a cookie notice wherever the page puts it, a machine
 * transcript's notice, a standfirst that restates the body, and a transcript whose turns each
 * sit in a wrapper of their own with a speaker label — each with a body paragraph that looks a
 * little like it and stays.
 */
import { describe, expect, it } from "vitest";
import { BODY, BODY_JA, paragraphs, ps } from "../helpers/article-page.js";

const HEAD = `<h1>Six governments agree one customs declaration for rail freight</h1>`;

describe("a bio of the writer at the article's edge", () => {
  it("drops a bio line after the body in an author wrapper (a name, then 'is a contributing editor')", () => {
    const bio =
      "Hannah Fischer is a contributing editor at The Caravan Review and writes about trade and transport in Central Asia. She was based in Almaty for a German business weekly before.";
    const html = `<article>${HEAD}<div class="post-body">${ps(BODY)}</div><div class="post-author"><p>${bio}</p></div></article>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("drops a Japanese byline in brackets (〜記者) under the body", () => {
    expect(paragraphs(`<article>${ps([...BODY_JA, "（北村翔太記者）"])}</article>`, "ja")).toEqual(BODY_JA);
  });

  it("keeps a body paragraph that introduces a correspondent in prose, inside the body", () => {
    const prose =
      "Dana Abenova is a freight correspondent for a Kazakh business daily, and she has counted the queues at the crossing every week since 2023.";
    const body = [BODY[0]!, BODY[1]!, prose, ...BODY.slice(2)];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });
});

describe("a cookie notice, not only in a banner", () => {
  const cookie =
    "朝陽新聞デジタルは、サービス向上と広告配信のためにCookieを利用しています。詳しくはCookieポリシーをご覧ください。";

  it("drops a Japanese cookie notice in a generated-class box before the article", () => {
    const box = `<div class="css-1rs8kzj"><div class="css-q4w0xk"><p class="css-1i2u9mz">${cookie}</p><button>同意する</button></div></div>`;
    expect(paragraphs(`${box}<article><div class="css-9z">${ps(BODY_JA)}</div></article>`, "ja")).toEqual(BODY_JA);
  });

  it("drops a cookie notice in a box of its own inside the article's container", () => {
    const notice = "By continuing to read you agree to our cookie policy and to personalised advertising.";
    const box = `<div class="x7"><p>${notice}</p><button>Accept</button></div>`;
    expect(paragraphs(`<article>${box}${ps(BODY)}</article>`)).toEqual(BODY);
  });

  it("keeps body paragraphs about cookies and a regulator's fine for them", () => {
    const prose = [
      "The regulator fined the booking site because its use of cookies to track travellers across borders broke the new data law, officials said.",
      "Kazakh privacy groups said most sites still ask visitors to accept cookies without saying who receives the data afterwards.",
    ];
    const body = [BODY[0]!, ...prose, ...BODY.slice(1)];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });
});

/** A transcript's turns as an Astro-like page serves them: each in its own wrapper with a timestamp button. */
const TURNS = [
  "AIDA NURLANOVA: Welcome to the programme. This week we are looking back at the summit and at what the new railway means for the region's farmers.",
  "TIMUR RAKHIMOV: Thank you, Aida. It's good to be back.",
  "AIDA NURLANOVA: Let's start with the railway. The line was talked about for almost thirty years, so is it really happening this time, in your view?",
  "TIMUR RAKHIMOV: It is happening, but slowly. The tunnels in the mountains are the hard part, and the money for them was only agreed at this summit.",
  "AIDA NURLANOVA: Last question. Can the region say no?",
  "TIMUR RAKHIMOV: On single projects, yes, and it does. But as a region the five countries still negotiate one by one, and that is their real weakness.",
  "AIDA NURLANOVA: Timur Rakhimov, thank you very much.",
];
const turns = (texts: readonly string[]) =>
  texts
    .map((t, i) => {
      const [speaker, ...rest] = t.split(": ");
      return `<div class="turn"><button class="ts">0${i}:00</button><p><strong class="speaker">${speaker}:</strong> ${rest.join(": ")}</p></div>`;
    })
    .join("");

describe("a transcript's turns and its page furniture", () => {
  it("keeps every turn, short ones and the closing thanks included, though each sits in a wrapper of its own", () => {
    expect(paragraphs(`<main>${HEAD}<section class="transcript">${turns(TURNS)}</section></main>`)).toEqual(TURNS);
  });

  it("drops the automatic-transcription notice over the turns", () => {
    const note = `<p class="transcript-note"><em>This transcript was produced with automatic speech recognition and checked by our team. It may contain errors; please check the audio before quoting.</em></p>`;
    expect(paragraphs(`<main>${HEAD}<section><h2>Transcript</h2>${note}${turns(TURNS)}</section></main>`)).toEqual(
      TURNS,
    );
  });

  it("keeps a body paragraph that mentions a transcript in prose", () => {
    const prose =
      "The ministry later published a transcript of the talks, which shows the two presidents spent most of the hour on the railway and on water.";
    const body = [BODY[0]!, prose, ...BODY.slice(1)];
    expect(paragraphs(`<article>${ps(body)}</article>`)).toEqual(body);
  });
});

describe("a standfirst that restates the body", () => {
  it("drops an episode summary in the headline's wrapper, though it is a sentence of prose", () => {
    const summary =
      "After the summit, Aida Nurlanova asks Timur Rakhimov whether the railway is really happening, why the money for the tunnels matters and whether the region can say no.";
    const html = `<main><div class="episode-hero">${HEAD}<p class="episode-summary">${summary}</p></div><section>${turns(TURNS)}</section></main>`;
    expect(paragraphs(html)).toEqual(TURNS);
  });

  it("drops a lead set in bold above the body that says again what the body tells", () => {
    const lead = `<div class="news-detail__lead"><b>Single customs declaration for rail freight to cut the wait at the busiest border crossings</b></div>`;
    const meta = `<div class="news-detail__meta"><span>17 June 2026, 14:42</span></div>`;
    const html = `<div class="page-container"><div class="col-main"><div class="news-detail">${HEAD}${meta}${lead}<div class="news-detail__text">${ps(BODY)}</div></div></div></div>`;
    expect(paragraphs(html)).toEqual(BODY);
  });

  it("keeps a short first body paragraph before the body's run that brings words of its own", () => {
    const opening = "It took nine years of talks to get here.";
    const html = `<div class="news-detail">${HEAD}<div class="news-detail__text">${ps([opening, ...BODY])}</div></div>`;
    expect(paragraphs(html)).toEqual([opening, ...BODY]);
  });
});
