/**
 * The fake Discord as a stand-alone server on 127.0.0.1, for walking through the README's set-up
 * without a real Discord account:
 *
 *   npx tsx test/discord/serve-fake-discord.ts            # prints the .env lines to use
 *
 * It prints DISCORD_TOKEN, DISCORD_API_BASE, DISCORD_APPLICATION_ID and the one server's id; then
 * reports command registrations, and when a bot has connected (IDENTIFY) it asks `/ask` once
 * (the question can be given as arguments) and prints what the bot answered. Ctrl-C stops it.
 */
import { BOT_PERMISSIONS } from "../../src/discord/invite.js";
import { FakeDiscord } from "../helpers/fake-discord.js";

const question = process.argv.slice(2).join(" ") || "中国と中央アジアの貿易はどれだけ増えましたか？";
const fake = await FakeDiscord.start();
// The server's members may do what the invite URL grants, so `doctor --guild` passes as on a real,
// correctly invited server (the fake's default, a bare @everyone, is for the tests of a bad set-up).
fake.everyonePermissions = BOT_PERMISSIONS.bitfield.toString();
const out = (line: string) => process.stdout.write(`${line}\n`);

out("fake Discord listening; put these lines in .env:");
out(`DISCORD_TOKEN=${fake.token}`);
out(`DISCORD_API_BASE=${fake.apiBase}`);
out(`DISCORD_APPLICATION_ID=${fake.applicationId}`);
out(`# the fake's one server (use with register --guild): ${fake.guildId}`);

fake.on("request", (r: { method: string; path: string; status: number; body: unknown }) => {
  if (r.method === "PUT" && r.path.endsWith("/commands")) {
    const names = Array.isArray(r.body) ? r.body.map((c: { name: string }) => c.name) : [];
    out(
      `[fake] ${r.path.includes("/guilds/") ? "server" : "global"} commands set (${r.status}): ${names.join(", ") || "none"}`,
    );
  }
});

fake.on("identify", () => {
  out(`[fake] a bot connected (IDENTIFY); asking /ask question:${question}`);
  // Give the client a moment to finish its READY handling before the first interaction.
  setTimeout(() => {
    fake
      .reply(fake.slash("ask", { question }), 30_000)
      .then((reply) => {
        const embed = reply.data?.embeds?.[0];
        out(
          `[fake] the bot answered (${reply.deferred ? "deferred, " : ""}${reply.ephemeral ? "ephemeral" : "public"}):`,
        );
        out(String(embed?.description ?? reply.data?.content ?? JSON.stringify(reply.data)).slice(0, 600));
        if (embed?.footer?.text) out(`— ${embed.footer.text}`);
      })
      .catch((err: Error) => out(`[fake] no answer: ${err.message}`));
  }, 500);
});

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
