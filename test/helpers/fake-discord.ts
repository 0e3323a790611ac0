/**
 * A small fake Discord on 127.0.0.1: the REST API routes the bot uses and a WebSocket gateway
 * (HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME with replay). The real
 * discord.js client talks to it (`rest.api` → `apiBase`; the gateway URL comes from
 * `GET /gateway/bot`), so tests drive the bot as Discord would and read what it sends back.
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { SnowflakeUtil } from "discord.js";
import { WebSocket, WebSocketServer } from "ws";
import { invalidFormBody, messageProblems, threadProblems } from "./discord-limits.js";

export interface RecordedRequest {
  readonly method: string;
  /** Path after `/api/v10`, with segments URL-decoded (`@original` arrives as `%40original`). */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage["headers"];
  readonly body: any;
  /** performance.now() when the request arrived. */
  readonly at: number;
  readonly status: number;
  /** What the fake answered (the created message, for example). */
  readonly response?: any;
}

export interface Injected {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly global_name?: string | null;
  readonly discriminator: string;
  readonly avatar: null;
  readonly bot?: boolean;
}

/** What the bot sent in answer to one interaction, in order. */
export interface InteractionEvent {
  readonly kind: "callback" | "edit" | "followup" | "delete";
  /** Callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete). */
  readonly type?: number;
  readonly data: any;
  readonly at: number;
}

export interface Reply {
  /** The message (or autocomplete choices) the user finally sees. */
  readonly data: any;
  readonly ephemeral: boolean;
  readonly deferred: boolean;
  readonly events: readonly InteractionEvent[];
  /** performance.now() of the INTERACTION_CREATE dispatch and of the final message. */
  readonly sentAt: number;
  readonly repliedAt: number;
}

export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  readonly sentAt: number;
}

interface Session {
  readonly id: string;
  readonly shard: number;
  seq: number;
  readonly events: Array<{ s: number; t: string; d: unknown }>;
  socket?: WebSocket;
}

const snowflake = () => SnowflakeUtil.generate().toString();
const EPHEMERAL = 64;
/** An ephemeral message is its recipient's alone: Discord never lists it in the channel or lets anyone fetch it. */
const ephemeral = (m: any): boolean => Boolean((m?.flags ?? 0) & EPHEMERAL);

export function user(username: string, id = snowflake()): FakeUser {
  return { id, username, global_name: username, discriminator: "0", avatar: null };
}

/** The id of the guild's "editors" role (no permissions of its own). */
export const EDITORS_ROLE_ID = "123456789012345678";

/** The invoking member's permissions (a decimal bit set, as Discord sends it) and role ids, where a test needs other than the default. */
export interface MemberOverride {
  readonly permissions?: string;
  readonly roles?: readonly string[];
}

export class FakeDiscord extends EventEmitter {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly botUser: FakeUser;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, { handle: InteractionHandle; events: InteractionEvent[] }>();
  identifies = 0;
  resumes = 0;
  readonly registered = new Map<string, unknown[]>();
  /** Threads the bot opened, by id (Discord gives a thread started on a message that message's id). */
  readonly threads = new Map<string, { id: string; parent_id: string; name: string }>();
  /** The threads as Discord sends them (GUILD_CREATE lists the active ones, as after a restart). */
  readonly #threadObjects = new Map<string, Record<string, unknown>>();
  /** Every message posted (users' and the bot's), by id: what GET …/messages reads back. */
  readonly #messages = new Map<string, any>();
  /** The message an interaction's response became (`@original`), by interaction token. */
  readonly #originals = new Map<string, string>();
  /** Interactions whose response is ephemeral (deferred with the flag: the edit that fills it in carries none), by token. */
  readonly #ephemeralOriginals = new Set<string>();
  /** The channel an interaction came from, by token. */
  readonly #interactionChannels = new Map<string, string>();
  /** DM channel ids, per user id. */
  readonly #dmChannels = new Map<string, string>();
  /** Permissions of the guild's @everyone role (the bot has no other role), as Discord sends them. */
  everyonePermissions = "1024";

  #server!: Server;
  #wss!: WebSocketServer;
  #port = 0;
  #sessions = new Map<string, Session>();
  #current?: Session;
  #failures: Array<{ match: (r: { method: string; path: string }) => boolean; response: Injected; times: number }> = [];

  readonly shardCount: number;

  private constructor(token: string, shardCount: number) {
    super();
    this.shardCount = shardCount;
    this.setMaxListeners(0);
    this.token = token;
    this.botUser = { ...user("summit-bot"), bot: true };
  }

  static async start(options: { token?: string; shards?: number } = {}): Promise<FakeDiscord> {
    const token = options.token ?? `${Buffer.from("1234567890").toString("base64url")}.fake.${"x".repeat(27)}`;
    const fake = new FakeDiscord(token, options.shards ?? 1);
    await fake.#listen();
    return fake;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** The next `times` requests matching `match` get `response` instead of the normal one. */
  fail(match: (r: { method: string; path: string }) => boolean, response: Injected, times = 1): void {
    this.#failures.push({ match, response, times });
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // -------------------------------------------------------------------------------------------
  // Gateway

  /**
   * Sends a dispatch event on the latest session (or the given shard's); queued for replay
   * while disconnected.
   */
  dispatch(t: string, d: unknown, shard?: number): number {
    const session =
      shard === undefined ? this.#current : [...this.#sessions.values()].reverse().find((s) => s.shard === shard);
    if (!session) throw new Error("no gateway session: is the bot logged in?");
    const s = ++session.seq;
    session.events.push({ s, t, d });
    if (session.events.length > 1000) session.events.shift();
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify({ op: 0, t, s, d }));
    return s;
  }

  /** Closes the gateway connection with `code` (4000: unknown error, which clients resume after). */
  drop(code = 4000): void {
    const socket = this.#current?.socket;
    if (this.#current) this.#current.socket = undefined;
    socket?.close(code, "fake drop");
  }

  get connected(): boolean {
    return this.#current?.socket?.readyState === WebSocket.OPEN;
  }

  #onSocket(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on("message", (raw) => {
      const msg = JSON.parse(raw.toString()) as { op: number; d: any };
      if (msg.op === 1) socket.send(JSON.stringify({ op: 11 }));
      else if (msg.op === 2) this.#identify(socket, msg.d);
      else if (msg.op === 6) this.#resume(socket, msg.d);
    });
  }

  /** Shard ids that have identified. */
  get shards(): number[] {
    return [...new Set([...this.#sessions.values()].map((s) => s.shard))].sort();
  }

  #identify(socket: WebSocket, d: { token: string; shard?: [number, number] }): void {
    if (d.token.replace(/^Bot /, "") !== this.token) {
      socket.close(4004, "Authentication failed");
      return;
    }
    this.identifies++;
    const shard = d.shard ?? [0, 1];
    const session: Session = { id: randomBytes(16).toString("hex"), shard: shard[0], seq: 0, events: [], socket };
    this.#sessions.set(session.id, session);
    this.#current = session;
    this.dispatch("READY", {
      v: 10,
      user: this.botUser,
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.#port}/resume`,
      shard,
      application: { id: this.applicationId, flags: 0 },
    });
    this.dispatch("GUILD_CREATE", this.#guild());
    this.emit("identify", session.id);
  }

  #resume(socket: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    const session = this.#sessions.get(d.session_id);
    if (!session || d.token.replace(/^Bot /, "") !== this.token) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.resumes++;
    session.socket = socket;
    this.#current = session;
    for (const e of session.events) if (e.s > d.seq) socket.send(JSON.stringify({ op: 0, t: e.t, s: e.s, d: e.d }));
    this.dispatch("RESUMED", {});
    this.emit("resume", session.id);
  }

  #guild() {
    const now = new Date().toISOString();
    return {
      id: this.guildId,
      name: "Summit Study Group",
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      large: false,
      member_count: 3,
      joined_at: now,
      preferred_locale: "en-US",
      features: [],
      roles: [
        {
          id: this.guildId,
          name: "@everyone",
          permissions: this.everyonePermissions,
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        // A role without permissions, for features a configured role unlocks (SUMMIT_SOURCES_ROLE_ID).
        {
          id: EDITORS_ROLE_ID,
          name: "editors",
          permissions: "0",
          position: 1,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: [
        {
          id: this.channelId,
          type: 0,
          name: "general",
          guild_id: this.guildId,
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          topic: null,
          last_message_id: null,
        },
      ],
      threads: [...this.#threadObjects.values()],
      members: [],
      presences: [],
      voice_states: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // -------------------------------------------------------------------------------------------
  // Interactions and messages

  /** A message object as the API returns it. */
  message(content: string, author: FakeUser, extra: Record<string, unknown> = {}) {
    return {
      id: snowflake(),
      channel_id: this.channelId,
      guild_id: this.guildId,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...extra,
    };
  }

  /** An interaction from a DM with the bot, as Discord sends one: `user` instead of `member`, no guild. */
  private interactInDm(type: number, data: Record<string, unknown>, who: FakeUser, locale?: string): InteractionHandle {
    const id = snowflake();
    const token = `itok_${randomBytes(24).toString("base64url")}`;
    const handle = { id, token, sentAt: performance.now() };
    this.interactions.set(token, { handle, events: [] });
    let channelId = this.#dmChannels.get(who.id);
    if (!channelId) this.#dmChannels.set(who.id, (channelId = snowflake()));
    this.#interactionChannels.set(token, channelId);
    this.dispatch("INTERACTION_CREATE", {
      id,
      token,
      type,
      version: 1,
      application_id: this.applicationId,
      channel_id: channelId,
      channel: { id: channelId, type: 1 },
      user: who,
      app_permissions: "2248473465835073",
      locale: locale ?? "en-US",
      entitlements: [],
      authorizing_integration_owners: {},
      context: 1,
      data,
    });
    return handle;
  }

  /** Dispatches INTERACTION_CREATE with the fields discord.js needs. */
  interact(
    type: number,
    data: Record<string, unknown>,
    options: {
      locale?: string;
      user?: FakeUser;
      message?: unknown;
      shard?: number;
      member?: MemberOverride;
      channelId?: string;
      dm?: boolean;
    } = {},
  ): InteractionHandle {
    const who = options.user ?? user("asker");
    if (options.dm) return this.interactInDm(type, data, who, options.locale);
    const id = snowflake();
    const token = `itok_${randomBytes(24).toString("base64url")}`;
    const handle = { id, token, sentAt: performance.now() };
    this.interactions.set(token, { handle, events: [] });
    const channelId = options.channelId ?? this.channelId;
    this.#interactionChannels.set(token, channelId);
    const thread = this.#threadObjects.get(channelId);
    this.dispatch(
      "INTERACTION_CREATE",
      {
        id,
        token,
        type,
        version: 1,
        application_id: this.applicationId,
        guild_id: this.guildId,
        channel_id: channelId,
        channel: thread ?? { id: this.channelId, type: 0, guild_id: this.guildId, name: "general" },
        member: {
          user: who,
          roles: options.member?.roles ?? [],
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
          permissions: options.member?.permissions ?? "2248473465835073",
        },
        app_permissions: "2248473465835073",
        locale: options.locale ?? "en-US",
        guild_locale: "en-US",
        entitlements: [],
        authorizing_integration_owners: {},
        context: 0,
        data,
        ...(options.message ? { message: options.message } : {}),
      },
      options.shard,
    );
    return handle;
  }

  slash(
    name: string,
    options: Record<string, string | boolean | number> = {},
    opts: {
      locale?: string;
      user?: FakeUser;
      shard?: number;
      member?: MemberOverride;
      channelId?: string;
      /** Used in a DM with the bot: no server, no member, no permissions. */
      dm?: boolean;
    } = {},
  ): InteractionHandle {
    const list = Object.entries(options).map(([k, value]) => ({
      name: k,
      type: typeof value === "boolean" ? 5 : typeof value === "number" ? 4 : 3,
      value,
    }));
    return this.interact(2, { id: snowflake(), name, type: 1, options: list }, opts);
  }

  autocomplete(name: string, focused: string, value: string, opts: { locale?: string } = {}): InteractionHandle {
    return this.interact(
      4,
      { id: snowflake(), name, type: 1, options: [{ name: focused, type: 3, value, focused: true }] },
      opts,
    );
  }

  messageCommand(
    name: string,
    target: ReturnType<FakeDiscord["message"]>,
    opts: { locale?: string; user?: FakeUser } = {},
  ): InteractionHandle {
    return this.interact(
      2,
      { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
      opts,
    );
  }

  button(customId: string, onMessage: unknown, opts: { locale?: string; user?: FakeUser } = {}): InteractionHandle {
    return this.interact(3, { custom_id: customId, component_type: 2 }, { ...opts, message: onMessage });
  }

  /**
   * Posts a user's message in the guild channel, or in `channelId` (a thread), as a reply to
   * `replyTo` when given (MESSAGE_CREATE). As for a bot without the privileged message-content
   * intent, the content arrives only when the message mentions the bot — in its text, or as the
   * ping of a reply to the bot (`ping: false` switches that off, as users can); otherwise empty.
   */
  post(
    content: string,
    author: FakeUser = user("poster"),
    options: { channelId?: string; replyTo?: any; ping?: boolean; shard?: number } = {},
  ) {
    const inText = content.includes(`<@${this.botUser.id}>`) || content.includes(`<@!${this.botUser.id}>`);
    const replyPing =
      Boolean(options.replyTo) && options.ping !== false && options.replyTo.author?.id === this.botUser.id;
    const mentions = inText || replyPing ? [this.botUser] : [];
    const channelId = options.channelId ?? this.channelId;
    const reply = options.replyTo
      ? {
          type: 19,
          message_reference: {
            type: 0,
            message_id: options.replyTo.id,
            channel_id: options.replyTo.channel_id ?? channelId,
            guild_id: this.guildId,
          },
          referenced_message: options.replyTo,
        }
      : {};
    const message = this.message(mentions.length ? content : "", author, {
      channel_id: channelId,
      channel_type: this.threads.has(channelId) ? 11 : 0,
      mentions,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      ...reply,
    });
    this.#messages.set(message.id, message);
    this.dispatch("MESSAGE_CREATE", message, options.shard);
    return { ...message, sentAt: performance.now() };
  }

  /** A user's direct message to the bot (MESSAGE_CREATE without a guild; DMs carry their content). */
  dm(content: string, author: FakeUser, options: { replyTo?: any } = {}) {
    let channelId = this.#dmChannels.get(author.id);
    if (!channelId) {
      channelId = snowflake();
      this.#dmChannels.set(author.id, channelId);
    }
    const mentions = options.replyTo?.author?.id === this.botUser.id ? [this.botUser] : [];
    const reply = options.replyTo
      ? {
          type: 19,
          message_reference: { type: 0, message_id: options.replyTo.id, channel_id: channelId },
          referenced_message: options.replyTo,
        }
      : {};
    // Discord names the channel type on MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
    const { guild_id: _guild, ...message } = this.message(content, author, {
      channel_id: channelId,
      channel_type: 1,
      mentions,
      ...reply,
    });
    this.#messages.set(message.id, message);
    this.dispatch("MESSAGE_CREATE", message);
    return { ...message, sentAt: performance.now() };
  }

  /** The message objects the bot created (replies, channel posts, interaction responses), in order. */
  get botMessages(): any[] {
    return this.requests
      .filter((r) => r.response?.author?.id === this.botUser.id && r.response?.id)
      .map((r) => r.response);
  }

  /** Resolves with what the user finally sees for an interaction. */
  reply(handle: InteractionHandle, timeoutMs = 15_000): Promise<Reply> {
    return this.#waitFor(() => this.#final(handle), timeoutMs, `reply to interaction ${handle.id}`);
  }

  /** Resolves with the bot's message replying to `messageId`. */
  messageReply(messageId: string, timeoutMs = 15_000): Promise<RecordedRequest> {
    return this.#waitFor(
      () =>
        this.requests.find(
          (r) =>
            r.method === "POST" &&
            /^\/channels\/\d+\/messages$/.test(r.path) &&
            r.body?.message_reference?.message_id === messageId,
        ),
      timeoutMs,
      `reply to message ${messageId}`,
    );
  }

  /** Resolves with the first recorded request matching `pred` (already arrived or future). */
  request(pred: (r: RecordedRequest) => boolean, timeoutMs = 15_000): Promise<RecordedRequest> {
    return this.#waitFor(() => this.requests.find(pred), timeoutMs, "request");
  }

  #final(handle: InteractionHandle): Reply | undefined {
    const events = this.interactions.get(handle.token)?.events ?? [];
    const first = events[0];
    if (!first || first.kind !== "callback") return undefined;
    const done = (e: InteractionEvent, ephemeral: boolean, deferred: boolean): Reply => ({
      data: e.data,
      ephemeral,
      deferred,
      events: [...events],
      sentAt: handle.sentAt,
      repliedAt: e.at,
    });
    if (first.type === 4 || first.type === 7) return done(first, Boolean((first.data?.flags ?? 0) & EPHEMERAL), false);
    if (first.type === 8) return done(first, true, false);
    if (first.type === 5 || first.type === 6) {
      const next = events.slice(1).find((e) => e.kind === "edit" || e.kind === "followup");
      if (!next) return undefined;
      const ephemeral =
        next.kind === "followup"
          ? Boolean((next.data?.flags ?? 0) & EPHEMERAL)
          : Boolean((first.data?.flags ?? 0) & EPHEMERAL);
      return done(next, ephemeral, true);
    }
    return undefined;
  }

  #waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = probe();
        if (v !== undefined) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off("request", check);
      };
      this.on("request", check);
    });
  }

  // -------------------------------------------------------------------------------------------
  // REST

  async #listen(): Promise<void> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on("upgrade", (req, socket, head) => {
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onSocket(ws));
    });
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", () => resolve()));
    this.#port = (this.#server.address() as AddressInfo).port;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname
      .replace(/^\/api\/v\d+/, "")
      .split("/")
      .map((s) => decodeURIComponent(s))
      .join("/");
    const method = req.method ?? "GET";
    let body: any = undefined;
    if (raw && (req.headers["content-type"] ?? "").includes("json")) body = JSON.parse(raw);
    else if (raw) body = raw;

    const injected = this.#failures.find((f) => f.times > 0 && f.match({ method, path }));
    let status: number;
    let payload: unknown;
    let headers: Record<string, string> = {};
    if (injected) {
      injected.times--;
      ({ status } = injected.response);
      payload = injected.response.body ?? { message: "injected failure", code: 0 };
      headers = injected.response.headers ?? {};
    } else {
      [status, payload] = this.#route(
        method,
        path,
        req.headers.authorization,
        body,
        url.searchParams.get("with_response") === "true",
        url.searchParams,
      );
    }
    const record: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      at: performance.now(),
      status,
      response: payload,
    };
    this.requests.push(record);
    this.#recordInteraction(record);
    if (status === 204) {
      // No content-type: a JSON content-type with an empty body breaks the client.
      res.writeHead(204, headers);
      res.end();
    } else {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    }
    this.emit("request", record);
  }

  #recordInteraction(r: RecordedRequest): void {
    if (r.status >= 300) return;
    let m = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path);
    if (m) {
      this.interactions.get(m[1]!)?.events.push({ kind: "callback", type: r.body?.type, data: r.body?.data, at: r.at });
      return;
    }
    m = /^\/webhooks\/\d+\/([^/]+)(\/messages\/[^/]+)?$/.exec(r.path);
    if (m) {
      const kind =
        r.method === "PATCH" ? "edit" : r.method === "DELETE" ? "delete" : r.method === "POST" ? "followup" : undefined;
      if (kind) this.interactions.get(m[1]!)?.events.push({ kind, data: r.body, at: r.at });
    }
  }

  #route(
    method: string,
    path: string,
    auth: string | undefined,
    body: any,
    withResponse = false,
    query = new URLSearchParams(),
  ): [number, unknown] {
    const authorized = auth === `Bot ${this.token}`;
    const isWebhook = path.startsWith("/webhooks/") || path.startsWith("/interactions/");
    if (!isWebhook && !authorized) return [401, { message: "401: Unauthorized", code: 0 }];
    const botMessage = (b: any, extra: Record<string, unknown> = {}) => {
      const created = this.message(b?.content ?? "", this.botUser, {
        embeds: b?.embeds ?? [],
        components: b?.components ?? [],
        flags: b?.flags ?? 0,
        application_id: this.applicationId,
        webhook_id: this.applicationId,
        ...extra,
      });
      this.#messages.set(created.id, created);
      return created;
    };
    // Discord refuses what breaks its limits with 400 Invalid Form Body; so does the fake.
    const refused = (b: any, edit = false) => {
      const problems = messageProblems(b, { edit });
      return problems.length ? invalidFormBody(problems) : undefined;
    };
    const tokenOf = (p: string) => /^\/(?:webhooks\/\d+|interactions\/\d+)\/([^/]+)/.exec(p)?.[1] ?? "";
    const interactionChannel = (p: string) => this.#interactionChannels.get(tokenOf(p)) ?? this.channelId;
    let m: RegExpExecArray | null;
    if (method === "GET" && path === "/gateway/bot") {
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.shardCount,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      ];
    }
    if (method === "GET" && path === "/gateway") return [200, { url: this.gatewayUrl }];
    if (method === "GET" && path === "/users/@me") return [200, this.botUser];
    if (method === "GET" && path === "/applications/@me")
      return [200, { id: this.applicationId, name: "summit-bot", flags: 0, bot: this.botUser }];
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      // with_response=true: the callback answers with the interaction and the message it created.
      const type = body?.type;
      if ((type === 4 || type === 5) && (body?.data?.flags ?? 0) & EPHEMERAL)
        this.#ephemeralOriginals.add(tokenOf(path));
      if (type === 4 || type === 7) {
        const bad = refused(body?.data, type === 7);
        if (bad) return bad;
      }
      if (type === 8 && (body?.data?.choices?.length ?? 0) > 25)
        return invalidFormBody([`data.choices: must be 25 or fewer in length (${body.data.choices.length})`]);
      const created =
        type === 4 || type === 7 ? botMessage(body?.data, { channel_id: interactionChannel(path) }) : undefined;
      if (created && type === 4) this.#originals.set(tokenOf(path), created.id);
      if (!withResponse) return [204, undefined];
      return [
        200,
        {
          interaction: {
            id: path.split("/")[2],
            type: 3,
            activity_instance_id: null,
            response_message_id: created?.id ?? null,
            response_message_loading: type === 5,
            response_message_ephemeral: Boolean((body?.data?.flags ?? 0) & EPHEMERAL),
          },
          ...(created ? { resource: { type, message: created } } : {}),
        },
      ];
    }
    if (method === "POST" && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      const badName = threadProblems(body);
      if (badName.length) return invalidFormBody(badName);
      const thread = {
        id: m[2]!,
        type: 11,
        guild_id: this.guildId,
        parent_id: m[1]!,
        owner_id: this.botUser.id,
        name: body?.name ?? "thread",
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        flags: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: body?.auto_archive_duration ?? 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
          create_timestamp: new Date().toISOString(),
        },
        total_message_sent: 0,
      };
      this.threads.set(thread.id, { id: thread.id, parent_id: thread.parent_id, name: thread.name });
      this.#threadObjects.set(thread.id, thread);
      // Discord tells the gateway too; discord.js caches the thread from either.
      queueMicrotask(() => this.dispatch("THREAD_CREATE", { ...thread, newly_created: true }));
      return [201, thread];
    }
    if ((m = /^\/webhooks\/\d+\/[^/]+\/messages\/([^/]+)$/.exec(path))) {
      if (method === "DELETE") return [204, undefined];
      const bad = refused(body, true);
      if (bad) return bad;
      // Editing `@original` keeps the message's id, as Discord does: a thread opened on it is found by it.
      const token = tokenOf(path);
      const id = m[1] === "@original" ? (this.#originals.get(token) ?? snowflake()) : m[1]!;
      if (m[1] === "@original") this.#originals.set(token, id);
      const flags = (body?.flags ?? 0) | (m[1] === "@original" && this.#ephemeralOriginals.has(token) ? EPHEMERAL : 0);
      return [200, botMessage(body, { id, channel_id: interactionChannel(path), flags })];
    }
    if (method === "POST" && /^\/webhooks\/\d+\/[^/]+$/.test(path))
      return refused(body) ?? [200, botMessage(body, { channel_id: interactionChannel(path) })];
    if (method === "POST" && /^\/channels\/\d+\/typing$/.test(path)) return [204, undefined];
    if (method === "GET" && (m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
      const found = this.#messages.get(m[2]!);
      return found && found.channel_id === m[1] && !ephemeral(found)
        ? [200, found]
        : [404, { message: "Unknown Message", code: 10008 }];
    }
    if (method === "GET" && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const before = query.get("before");
      const limit = Math.min(100, Number(query.get("limit") ?? 50) || 50);
      const inChannel = [...this.#messages.values()]
        .filter((x) => x.channel_id === m![1] && !ephemeral(x) && (!before || BigInt(x.id) < BigInt(before)))
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
        .slice(0, limit);
      return [200, inChannel];
    }
    if (method === "POST" && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const bad = refused(body);
      if (bad) return bad;
      const dm = [...this.#dmChannels.values()].includes(m[1]!);
      const { guild_id: _guild, ...posted } = botMessage(body, {
        channel_id: m[1],
        message_reference: body?.message_reference,
        referenced_message: null,
      });
      const sent = dm ? posted : { ...posted, guild_id: this.guildId };
      this.#messages.set(sent.id, sent);
      return [200, sent];
    }
    if (method === "GET" && (m = /^\/guilds\/(\d+)(\/members\/(\d+))?$/.exec(path))) {
      if (m[1] !== this.guildId) return [404, { message: "Unknown Guild", code: 10004 }];
      if (!m[3]) return [200, this.#guild()];
      if (m[3] !== this.botUser.id) return [404, { message: "Unknown Member", code: 10007 }];
      return [
        200,
        { user: this.botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      ];
    }
    if (method === "GET" && (m = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(path))) {
      return [200, this.registered.get(m[3] ? `guild:${m[3]}` : "global") ?? []];
    }
    if (method === "PUT" && (m = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const scope = m[3] ? `guild:${m[3]}` : "global";
      const list = (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: m![1], version: snowflake() }));
      this.registered.set(scope, list);
      return [200, list];
    }
    return [404, { message: `404: Not Found (${method} ${path})`, code: 0 }];
  }
}
