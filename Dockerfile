# summit-bot: the Discord bot, its CLI and the shared REST proxy in one image.
#   docker build -t summit-bot .
#   docker run --env-file .env -v summit-index:/data/index -v summit-corpus:/data/corpus summit-bot
#     (-v summit-feedback:/data/feedback keeps the feedback database)
# The index, the corpus and the feedback database are volumes (on first use the index and the
# corpus are filled from the bundled ones). The default command is `start`; `ingest`, `doctor`,
# `proxy`, `serve --host 0.0.0.0` (the archive site, with -p 8080:8080), … run the same way (see compose.yaml).

# ---- build: native addons (hnswlib-node, better-sqlite3: python3, make, g++ are in the full node image) and TypeScript
FROM node:20.19-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
# `npm ci` runs the prepare script, which compiles src/ to dist/. The image's npm 10 does not
# read package.json's allowScripts, so onnxruntime-node's CUDA download is switched off here.
ENV ONNXRUNTIME_NODE_INSTALL=skip
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: no compilers, no dev dependencies, not root
FROM node:20.19-bookworm-slim
ENV NODE_ENV=production \
    SUMMIT_INDEX_DIR=/data/index \
    SUMMIT_CORPUS_DIR=/data/corpus \
    SUMMIT_MODEL_CACHE_DIR=/data/models \
    FEEDBACK_DB_PATH=/data/feedback/feedback.sqlite \
    HEALTH_PORT=8081 \
    HEALTH_HOST=127.0.0.1
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY data ./data
# The archive site's stylesheet, dashboard script and icon (`serve`; Chart.js comes from node_modules).
COPY static ./static
# The bundled articles and their index, copied into the volumes on first use; the index's
# manifest names its corpus relative to itself (../corpus), so the two stay side by side.
COPY --chown=node:node corpus /data/corpus
COPY --chown=node:node embeddings /data/index
RUN mkdir -p /data/models /data/feedback && chown node:node /data/models /data/feedback
USER node
VOLUME ["/data/index", "/data/corpus", "/data/feedback"]
# Ready = every gateway shard of this process connected and an index loaded (GET /readyz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8081) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/summit-bot.js"]
CMD ["start"]
