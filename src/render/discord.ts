/**
 * Every Discord message the bot sends is built in render/: answer cards (discord-answer.ts),
 * paste-ready citations, context, the article list and help (discord-cards.ts), the quote-check
 * card (discord-quotes.ts), on the shared pieces of discord-base.ts. The citation format is
 * citation.ts's; escaping and cutting text is text.ts's.
 */
export { citable, type Citable } from "./citation.js";
export { safeUrl } from "./safe-url.js";
export { embedLength, limitViolations, notice, renderQuote, type DiscordMessage, type Labels } from "./discord-base.js";
export { answerCard, refusal, shownMatchPercents, type AnswerCardOptions } from "./discord-answer.js";
export { citeMessage, contextCard, helpCard, sourcesCard } from "./discord-cards.js";
export { findSourcesCard } from "./discord-quotes.js";
export { questionOfCard } from "./discord-question.js";
