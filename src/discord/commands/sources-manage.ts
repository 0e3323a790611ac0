/**
 * `/sources add:<url>` and `/sources remove:<doc id>`: changing what the bot quotes, for members
 * with Manage Server or the role SUMMIT_SOURCES_ROLE_ID names. The work (fetch, extract, write,
 * rebuild, reload) is src/sources/'s; this file checks who asks, shows progress on a deferred
 * reply and logs every change with who made it.
 */
import { PermissionFlagsBits, type ChatInputCommandInteraction, type GuildMemberRoleManager } from "discord.js";
import { notice } from "../../render/discord.js";
import { addedCopies, sourceAddedCard } from "../../render/discord-source-card.js";
import { quotedInsteadText } from "../../render/copies.js";
import { removedTitleText } from "../../render/removed-article.js";
import { escapeInlineCode, inline } from "../../render/text.js";
import { citationHint, quotedInstead, quotedParagraphs } from "../../engine/index.js";
import { editOptions, replyOptions } from "../respond.js";
import type { BotContext } from "../types.js";

/** Manage Server, or the configured role; never in DMs (a change applies to every server the bot serves). */
export function maySourcesChange(interaction: ChatInputCommandInteraction, roleId: string | undefined): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!roleId) return false;
  const roles = interaction.member.roles;
  return Array.isArray(roles) ? roles.includes(roleId) : (roles as GuildMemberRoleManager).cache.has(roleId);
}

const who = (interaction: ChatInputCommandInteraction) => ({
  userId: interaction.user.id,
  user: interaction.user.username,
  guildId: interaction.guildId ?? undefined,
});

/** Why this change is not made (said privately; `log` when it is a refusal to log), or undefined when it may be. */
function refusalOf(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  change: { add?: string; remove?: string },
  ja: boolean,
): { text: string; log?: string } | undefined {
  if (!ctx.sources)
    return {
      text: ja
        ? "このボットでは記事の追加・削除は有効になっていません。"
        : "Adding and removing articles is not enabled on this bot.",
    };
  // One change per command: both at once would do one and drop the other without a word.
  if (change.add && change.remove)
    return {
      text: ja
        ? "`add`（追加）か `remove`（削除）のどちらか一方を指定してください。"
        : "Give either `add` or `remove`, not both.",
    };
  // A change applies to every server the bot serves, so it is made from a server, where permissions say who may.
  if (!interaction.inGuild())
    return {
      text: ja
        ? "記事の追加・削除はサーバー内でのみできます（「サーバー管理」権限か、設定されたロールが必要です）。"
        : "Articles are added and removed from a server, not in direct messages (with the Manage Server permission or the role set for it).",
      log: "sources change refused: not in a server",
    };
  if (!maySourcesChange(interaction, ctx.sources.managerRoleId))
    return {
      text: ja
        ? "記事の追加・削除には「サーバー管理」権限か、設定されたロールが必要です。"
        : "Adding or removing articles needs the Manage Server permission or the role set for it.",
      log: "sources change refused: no permission",
    };
  return undefined;
}

export async function changeSources(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  change: { add?: string; remove?: string },
): Promise<void> {
  const ja = ctx.labels(interaction.locale).lang === "ja";
  const refused = refusalOf(interaction, ctx, change, ja);
  if (refused) {
    if (refused.log)
      ctx.log.info(
        { event: "sources_refused", ...who(interaction), add: change.add, remove: change.remove },
        refused.log,
      );
    await interaction.reply(replyOptions(notice(refused.text), true));
    return;
  }
  const sources = ctx.sources!;
  await interaction.deferReply();
  // Edits in order: a progress line still in flight must not land after (and over) the result.
  let edits: Promise<unknown> = Promise.resolve();
  // A line the member already sees is not sent again (each edit is a call against Discord's rate limit).
  let shown: string | undefined;
  const progress = (text: string) => {
    if (text === shown) return;
    shown = text;
    edits = edits.then(() => interaction.editReply(editOptions(notice(text)))).catch(() => undefined);
  };
  const finish = async (m: Parameters<typeof editOptions>[0]) => {
    await edits;
    await interaction.editReply(editOptions(m));
  };
  if (change.add) {
    const url = change.add.trim();
    progress(ja ? `取得しています: ${inline(url, 200)}` : `Fetching ${inline(url, 200)}…`);
    try {
      const result = await sources.manager.add(url, (m) =>
        progress(
          m.startsWith("updating")
            ? ja
              ? "索引を更新しています…"
              : "Updating the index…"
            : ja
              ? `取得しています: ${inline(url, 200)}`
              : `Fetching ${inline(url, 200)}…`,
        ),
      );
      const outcome = result.outcomes[0]!;
      if (outcome.status === "failed" || !outcome.article || !outcome.docId) {
        ctx.log.warn(
          { event: "source_add_failed", ...who(interaction), url, reason: outcome.reason },
          "sources add failed",
        );
        // The progress line named the URL already: the reason is said without it.
        const reason = (outcome.reason ?? "").replace(`${url}: `, "");
        await finish(notice(`${ja ? "追加できませんでした" : "Not added"}: ${inline(reason, 1500)}`));
        return;
      }
      // The engine has reloaded by now: the other articles of a copy group are named from it.
      const copies = addedCopies(outcome.docId, result.index?.copies ?? [], (id) => ctx.engines.current.document(id));
      ctx.log.info(
        {
          event: "source_added",
          ...who(interaction),
          url,
          docId: outcome.docId,
          status: outcome.status,
          paragraphs: outcome.article.blocks.filter((b) => b.kind === "paragraph").length,
          ...(copies.earlier.length ? { copyOf: copies.earlier.map((c) => c.docId) } : {}),
        },
        `source ${outcome.status} by ${interaction.user.username}: ${outcome.docId}`,
      );
      await finish(
        sourceAddedCard(outcome.docId, outcome.status, outcome.article, ja, {
          copies,
          ...(outcome.changes ? { changes: outcome.changes } : {}),
        }),
      );
    } catch (err) {
      ctx.log.error({ event: "source_add_failed", ...who(interaction), url, err }, "sources add failed");
      await finish(
        notice(
          `${ja ? "追加できませんでした（記事と索引は元のままです）" : "Not added (articles and index unchanged)"}: ${inline((err as Error).message, 1500)}`,
        ),
      );
    }
    return;
  }
  const docId = change.remove!.trim();
  progress(ja ? `削除しています: \`${escapeInlineCode(docId)}\`` : `Removing \`${escapeInlineCode(docId)}\`…`);
  const engine = ctx.engines.current;
  // Named in the reply, so the member sees which article went, not only its id.
  const title = engine.document(docId)?.title;
  try {
    // Which of its paragraphs answers quoted for a story other outlets carry: after the removal, another outlet's copy is.
    const quoted = quotedParagraphs(engine, docId);
    const { removed } = await sources.manager.remove(docId);
    // The engine has reloaded by now: it names the copies of the removed paragraphs that are still there.
    const instead = quotedInstead(ctx.engines.current, quoted);
    ctx.log.info(
      {
        event: "source_removed",
        ...who(interaction),
        docId: removed.docId,
        url: removed.url,
        ...(instead.length ? { quotedInstead: instead.map((c) => c.docId) } : {}),
      },
      `source removed by ${interaction.user.username}: ${removed.docId}`,
    );
    // Each outlet as "also published by" names it, by article: `Tashkent Times, 2025-06-19 (en-news-edited)`.
    const moved = quotedInsteadText(instead, ja ? "ja" : "en", (outlets) => inline(outlets, 600));
    const named = removedTitleText(title, ja ? "ja" : "en", (t) => inline(t, 200));
    await finish(
      notice(
        ja
          ? `記事 \`${escapeInlineCode(removed.docId)}\`${named}を削除しました。${moved}`
          : `Removed the article \`${escapeInlineCode(removed.docId)}\`${named}.${moved ? ` ${moved}` : ""}`,
      ),
    );
  } catch (err) {
    ctx.log.warn({ event: "source_remove_failed", ...who(interaction), docId, err }, "sources remove failed");
    await finish(
      notice(
        title
          ? `${ja ? "削除できませんでした" : "Not removed"}: ${inline((err as Error).message, 1500)}`
          : unknownArticle(engine, docId, ja),
      ),
    );
  }
}

/** An id no article has: said in the member's language, with the nearest id as /cite gives it (engine/citation-hint.ts). */
function unknownArticle(engine: Parameters<typeof citationHint>[0], docId: string, ja: boolean): string {
  const hint = citationHint(engine, docId);
  const guess = hint?.kind === "guess" ? `\`${escapeInlineCode(hint.id)}\`` : undefined;
  const id = `\`${escapeInlineCode(inline(docId, 100))}\``;
  return ja
    ? `削除できませんでした: id が ${id} の記事はありません。${guess ? `${guess} のことですか？` : ""}`
    : `Not removed: no article has the id ${id}.${guess ? ` Did you mean ${guess}?` : ""}`;
}
