/**
 * Interface strings in Japanese and English. Replies follow the user's Discord locale: `ja`
 * gets Japanese, every other locale English. Quoted article text is never translated.
 */
import type { Labels } from "../render/discord.js";
import { articleDay } from "../util/article-day.js";

/**
 * Where a label names a command it holds a token, filled per message with what the reader can
 * use: a clickable command mention (`</ask:id>`) once the command ids are known, else the name in
 * the reader's language (`/質問` for ja). Private-use characters, so no echoed text can forge one.
 */
const cmd = (name: string) => `\uE000${name}\uE001`;
const TOKEN = /\uE000([\w-]+)\uE001/g;

/** How a command is named to a reader: `mention` where Discord renders markdown, `plain` in field names. */
export interface CommandNames {
  readonly mention: (name: string) => string;
  readonly plain: (name: string) => string;
}

const fill = (text: string, ref: (name: string) => string) => text.replace(TOKEN, (_, name: string) => ref(name));

/** The labels with every command token filled. */
function withCommands(labels: Labels, names: CommandNames): Labels {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value === "string") out[key] = fill(value, names.mention);
    else if (typeof value === "function")
      out[key] = (...args: unknown[]) => fill((value as (...a: unknown[]) => string)(...args), names.mention);
    else if (key === "helpCommands")
      out[key] = (value as Labels["helpCommands"]).map(
        ([name, text]) => [fill(name, names.plain), fill(text, names.mention)] as const,
      );
    else out[key] = value;
  }
  return out as unknown as Labels;
}

const en: Labels = {
  lang: "en",
  question: "Q:",
  more: "More",
  context: (n) => `Context [${n}]`,
  contextTitle: (id) => `Around ${id}`,
  alsoIn: "Also in",
  glosses: "English glosses of matched terms (not source text)",
  related: "The articles don't say this directly — the closest passages (not an answer):",
  strength: (percent) => `match ${percent}%`,
  refusal: (q) =>
    `The articles don't answer that: nothing in them is close enough to “${q}”. Try other words, or see what they cover with ${cmd("sources")}.`,
  sourcesTitle: (n) => `Articles (${n})`,
  sourcesMore: (n) => `…and ${n} more.`,
  paragraphs: (n) => `${n} ¶`,
  helpTitle: "summit-bot — quotes from the China–Central Asia summit articles",
  helpIntro:
    "Every answer quotes article paragraphs word for word, with a citation (`doc#n` = paragraph n of article doc). Nothing is paraphrased or generated.",
  helpCommands: [
    [
      `${cmd("ask")} question:<text> [article] [public] [thread]`,
      "Answer card with the best quotes, the answering sentence in bold, each cited with its date and link. Private unless `public:true`; `thread:true` (the default with `public:true`) opens a thread on the answer where follow-up questions keep the context. Buttons: **Previous/Next** (page k of n), **Context** (paragraphs around a quote), **Post publicly**, 👍/👎 and **Wrong citation** (seen by the people running the bot).",
    ],
    [
      `${cmd("cite")} query:<text>  ·  ${cmd("cite")} id:<doc#n>`,
      "One passage with a one-line citation, posted publicly, ready to paste into a discussion.",
    ],
    [
      "Apps → Find sources (on any message)",
      "Treats the message as a claim: finds the passages that support or discuss it, and checks every quotation in it — verbatim, altered (with the differences) or not found.",
    ],
    [cmd("sources"), "The articles the bot knows: title, source, date, paragraphs."],
    [
      "@summit-bot <question>",
      "Mention the bot with a question and it replies with an answer card. Reply to one of its answers (keep the reply ping on), mention it in a thread it opened, or DM it, and your follow-up is read with the earlier questions: 「それはいつ？」 works.",
    ],
  ],
  claim: "Claim:",
  quoteCheckTitle: "Quote check",
  verbatim: "Verbatim",
  altered: "Altered",
  notFound: "Not found in the articles",
  inMessage: "Message",
  inSource: "Source",
  match: (p) => `${p}% match`,
  notFoundHint: "No paragraph contains this text or anything close to it.",
  limitedHint:
    "This quotation is too long to compare with every paragraph in full; no close match was found within the limit. Quote a shorter passage to check it.",
  translationHint: `The articles are in Japanese; a translated quote cannot be checked word for word. Ask ${cmd("ask")} to find the passage.`,
  pastedQuote: "pasted text",
  originalPage: "Original page",
  supportTitle: "Passages that support or discuss it:",
  noSupport: "No passage in the articles supports or discusses this.",
  noText: "That message has no text to look up.",
  error: "Sorry — something went wrong while answering. It has been logged; please try again.",
  rateLimited: (s) => `You're asking quickly — please wait ${s} s and try again.`,
  shuttingDown: "The bot is restarting; please try again in a moment.",
  expired: `These buttons have expired. Ask again with ${cmd("ask")}.`,
  unknownPassage: (id, hint) =>
    hint && "from" in hint
      ? `No paragraph \`${id}\`: this article's paragraphs run from \`${hint.from}\` to \`${hint.to}\`.`
      : hint
        ? `No paragraph \`${id}\`: no article by that name — did you mean \`${hint.guess}\`?`
        : `No paragraph \`${id}\`. Ids look like \`doc#3\`; see ${cmd("sources")} for the article ids.`,
  unknownArticle: (id) => `No article \`${id}\`; see ${cmd("sources")}.`,
  mentionHelp: `Mention me with a question, e.g. \`@summit-bot 首脳会議はどこで開かれた？\`, or use ${cmd("ask")}.`,
  previous: "Previous",
  next: "Next",
  pageOf: (k, n) => `page ${k} of ${n}`,
  postPublicly: "Post publicly",
  alreadyPosted: "This answer is already posted in the channel.",
  threadNeedsPublic: `The answer stays private, so no thread was opened: a thread hangs off a public answer. Ask again with \`public: True\` for one.`,
  threadFailed:
    "I couldn't open a thread on the answer here (the bot may lack the Create Public Threads permission). Reply to the answer to ask a follow-up.",
  helpful: "👍",
  notHelpful: "👎",
  wrongCitation: "Wrong citation",
  feedbackThanks: "Thanks — noted. The people running the bot see this in their report.",
  feedbackOff: "Feedback is not being recorded right now; the answer itself is unaffected.",
  followUp: "(continuing from the earlier questions here)",
  eventDate: (d) => `event ${articleDay(d)}`,
  publishedDate: (d) => `published ${articleDay(d)}`,
  editorialTitle: "(title by the editors)",
};

const ja: Labels = {
  lang: "ja",
  question: "質問:",
  more: "さらに表示",
  context: (n) => `前後の段落 [${n}]`,
  contextTitle: (id) => `${id} の前後`,
  alsoIn: "同じ内容",
  glosses: "一致した語の英訳（原文ではありません）",
  related: "記事にはこの答えが直接書かれていません。近い箇所を示します（回答ではありません）:",
  strength: (percent) => `一致度 ${percent}%`,
  refusal: (q) =>
    `記事には「${q}」に答える記述が見つかりませんでした。言い換えるか、${cmd("sources")} で記事の一覧をご覧ください。`,
  sourcesTitle: (n) => `記事一覧（${n}件）`,
  sourcesMore: (n) => `…ほか${n}件`,
  paragraphs: (n) => `${n}段落`,
  helpTitle: "summit-bot — 中国・中央アジア首脳会議の記事から引用で答えます",
  helpIntro:
    "回答はすべて記事の段落をそのまま引用し、出典を付けます（`doc#n` は記事 doc の第 n 段落）。要約や生成はしません。",
  helpCommands: [
    [
      `${cmd("ask")} 質問文:<質問> [記事] [公開] [スレッド]`,
      "最適な引用と出典（日付・リンク付き）の回答カード。答えの文は太字。`公開:True` 以外は本人だけに表示。`スレッド:True`（公開時の既定）で回答にスレッドを作り、そこでの続けての質問は前の質問を踏まえて答えます。ボタン: **前へ/次へ**（k / n ページ）、**前後の段落**、**チャンネルに公開**、👍/👎、**出典が違う**（運営者に届きます）。",
    ],
    [
      `${cmd("cite")} 語句:<語句>  ・  ${cmd("cite")} id:<doc#n>`,
      "段落を1つ、1行の出典付きで公開投稿します。議論にそのまま貼れます。",
    ],
    [
      "アプリ → 出典を探す（任意のメッセージ）",
      "メッセージを主張とみなし、裏付ける・論じる段落を探します。引用があれば、原文どおり・改変（差分を表示）・見つからない、を判定します。",
    ],
    [cmd("sources"), "記事の一覧（タイトル、出典、日付、段落数）。"],
    [
      "@summit-bot <質問>",
      "ボットにメンションして質問すると、回答カードで返信します。回答への返信（返信の通知はオンのまま）、ボットが作ったスレッドでのメンション、DM では、前の質問を踏まえて答えます（「それはいつ？」など）。",
    ],
  ],
  claim: "主張:",
  quoteCheckTitle: "引用チェック",
  verbatim: "原文どおり",
  altered: "改変あり",
  notFound: "記事に見つかりません",
  inMessage: "投稿",
  inSource: "原文",
  match: (p) => `一致率 ${p}%`,
  notFoundHint: "この文やそれに近い文を含む段落はありません。",
  limitedHint:
    "引用が長すぎて全段落とは照合しきれず、上限内では近い段落が見つかりませんでした。短く区切って引用すると照合できます。",
  translationHint: `記事は日本語です。翻訳された引用は原文と照合できません。${cmd("ask")} で該当段落を探してください。`,
  pastedQuote: "貼り付けた文",
  originalPage: "元の記事",
  supportTitle: "裏付ける・論じる段落:",
  noSupport: "記事にはこの主張を裏付ける・論じる段落がありません。",
  noText: "このメッセージには調べられる文字がありません。",
  error: "申し訳ありません。回答中にエラーが発生しました。記録しましたので、もう一度お試しください。",
  rateLimited: (s) => `質問が続いています。${s} 秒ほど待ってからもう一度お試しください。`,
  shuttingDown: "ボットを再起動しています。少し待ってからお試しください。",
  expired: `このボタンの有効期限が切れました。${cmd("ask")} でもう一度質問してください。`,
  unknownPassage: (id, hint) =>
    hint && "from" in hint
      ? `段落 \`${id}\` はありません。この記事の段落は \`${hint.from}\` から \`${hint.to}\` までです。`
      : hint
        ? `段落 \`${id}\` はありません。その名前の記事はありません。\`${hint.guess}\` のことですか？`
        : `段落 \`${id}\` はありません。id は \`doc#3\` の形式です。記事の id は ${cmd("sources")} で確認できます。`,
  unknownArticle: (id) => `記事 \`${id}\` はありません。${cmd("sources")} をご覧ください。`,
  mentionHelp: `質問を添えてメンションしてください（例: \`@summit-bot 首脳会議はどこで開かれた？\`）。${cmd("ask")} も使えます。`,
  previous: "前へ",
  next: "次へ",
  pageOf: (k, n) => `${k} / ${n} ページ`,
  postPublicly: "チャンネルに公開",
  alreadyPosted: "この回答はすでにチャンネルに公開されています。",
  threadNeedsPublic:
    "回答は自分だけに表示されるため、スレッドは作りませんでした（スレッドは公開の回答に付きます）。スレッドが必要なら \`公開: True\` を付けて質問してください。",
  threadFailed:
    "この回答にスレッドを作れませんでした（ボットに「公開スレッドの作成」権限がない可能性があります）。続けて質問するには回答に返信してください。",
  helpful: "👍",
  notHelpful: "👎",
  wrongCitation: "出典が違う",
  feedbackThanks: "ありがとうございます。記録しました（運営者のレポートに表示されます）。",
  feedbackOff: "現在フィードバックは記録されていません（回答には影響ありません）。",
  followUp: "（これまでの質問を踏まえて検索しました）",
  eventDate: (d) => `日付 ${articleDay(d)}`,
  publishedDate: (d) => `掲載 ${articleDay(d)}`,
  editorialTitle: "（編集部による題）",
};

const PLAIN: CommandNames = { mention: (name) => `/${name}`, plain: (name) => `/${name}` };

/**
 * Labels for a Discord locale (`ja`, `en-US`, …) or a detected question language, naming
 * commands with `names` (by default `/name`, as typed).
 */
export function labelsFor(locale: string | undefined | null, names: CommandNames = PLAIN): Labels {
  return withCommands(locale?.toLowerCase().startsWith("ja") ? ja : en, names);
}

export const LABELS = { ja: withCommands(ja, PLAIN), en: withCommands(en, PLAIN) } as const;
