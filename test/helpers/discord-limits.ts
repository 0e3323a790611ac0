/**
 * What Discord refuses in a message payload, written from Discord's API documentation and not from
 * the bot's own limits (src/render/discord-base.ts), so the fake Discord catches a payload the bot
 * believes is fine: content 2,000; embeds 10, title 256, description 4,096, 25 fields of name 256
 * and value 1,024, footer 2,048, author 256, all embeds together 6,000; 5 action rows of 5
 * buttons, custom_id 1–100 and unique, label 80; a message with nothing in it. Discord counts
 * characters as code points. Each problem names the field as Discord's "Invalid Form Body" does.
 */
const chars = (s: unknown): number => (typeof s === "string" ? [...s].length : 0);

export function messageProblems(body: any, options: { edit?: boolean } = {}): string[] {
  const out: string[] = [];
  if (!body || typeof body !== "object") return ["body: expected a JSON object"];
  if (chars(body.content) > 2000) out.push(`content: must be 2000 or fewer in length (${chars(body.content)})`);
  const embeds: any[] = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > 10) out.push(`embeds: must be 10 or fewer in length (${embeds.length})`);
  let total = 0;
  embeds.forEach((e, i) => {
    const fields: any[] = Array.isArray(e.fields) ? e.fields : [];
    const limit = (path: string, value: unknown, max: number) => {
      if (chars(value) > max) out.push(`embeds.${i}.${path}: must be ${max} or fewer in length (${chars(value)})`);
      total += chars(value);
    };
    limit("title", e.title, 256);
    limit("description", e.description, 4096);
    limit("footer.text", e.footer?.text, 2048);
    limit("author.name", e.author?.name, 256);
    if (fields.length > 25) out.push(`embeds.${i}.fields: must be 25 or fewer in length (${fields.length})`);
    fields.forEach((f, k) => {
      if (!chars(f.name) || !chars(f.value)) out.push(`embeds.${i}.fields.${k}: name and value are required`);
      limit(`fields.${k}.name`, f.name, 256);
      limit(`fields.${k}.value`, f.value, 1024);
    });
  });
  if (total > 6000) out.push(`embeds: embed size exceeds maximum size of 6000 (${total})`);
  const rows: any[] = Array.isArray(body.components) ? body.components : [];
  if (rows.length > 5) out.push(`components: must be 5 or fewer in length (${rows.length})`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    const items: any[] = Array.isArray(row?.components) ? row.components : [];
    if (row?.type !== 1) out.push(`components.${r}.type: expected an action row (1)`);
    if (items.length < 1 || items.length > 5)
      out.push(`components.${r}.components: must be between 1 and 5 in length (${items.length})`);
    items.forEach((b, k) => {
      const at = `components.${r}.components.${k}`;
      if (b?.type !== 2) return;
      if (b.style === 5) {
        if (!b.url || b.custom_id) out.push(`${at}: a link button has a url and no custom_id`);
      } else {
        const n = chars(b.custom_id);
        if (n < 1 || n > 100) out.push(`${at}.custom_id: must be between 1 and 100 in length (${n})`);
        else if (ids.has(b.custom_id)) out.push(`${at}.custom_id: component custom id cannot be duplicated`);
        else ids.add(b.custom_id);
      }
      if (!b.label && !b.emoji) out.push(`${at}: a button needs a label or an emoji`);
      if (chars(b.label) > 80) out.push(`${at}.label: must be 80 or fewer in length (${chars(b.label)})`);
    });
  });
  const empty =
    !chars(body.content) &&
    embeds.length === 0 &&
    rows.length === 0 &&
    !(body.attachments?.length || body.sticker_ids?.length || body.poll);
  if (empty && !options.edit) out.push("Cannot send an empty message");
  return out;
}

/** What Discord refuses in a thread's creation (name 1–100). */
export function threadProblems(body: any): string[] {
  const n = chars(body?.name);
  return n < 1 || n > 100 ? [`name: must be between 1 and 100 in length (${n})`] : [];
}

/** The 400 Discord answers a refused payload with. */
export function invalidFormBody(problems: readonly string[]): [number, unknown] {
  const empty = problems.length === 1 && problems[0] === "Cannot send an empty message";
  return [
    400,
    empty
      ? { message: "Cannot send an empty message", code: 50006 }
      : { message: "Invalid Form Body", code: 50035, errors: problems },
  ];
}
