/**
 * A question typed into Discord as the engine should search it: without Discord's mention
 * syntax. A mention is an address, not words of the question — `<@id>` (a user, the bot
 * included; `<@!id>` is its older nickname form), `<@&id>` (a role), `<#id>` (a channel),
 * `@everyone` and `@here` — and searched as words it turned a follow-up such as
 * "@here 次はいつ？" into a refusal. Replies still escape mentions wherever they echo text
 * (render/text.ts neutralizeMentions); this only cleans what is asked.
 */

/** Every mention form Discord turns into a ping or a chip (`@here` as a word: not inside press@here.example). */
const MENTIONS = /<@[!&]?\d+>|<#\d+>|(?<![\w.+-])@(?:everyone|here)(?![\w-]|\.\w)/g;

/** `content` without mentions, white space collapsed; empty when it held nothing else. */
export function questionText(content: string): string {
  return content.replace(MENTIONS, " ").replace(/\s+/g, " ").trim();
}

/** True when `content` mentions the user `id` (`<@id>` or `<@!id>`). */
export function mentionsUser(content: string, id: string): boolean {
  return new RegExp(`<@!?${id}>`).test(content);
}
