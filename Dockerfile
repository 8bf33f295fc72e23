# profile-assistant image: build with the full toolchain, then run the compiled app on a slim
# image as the non-root `node` user. Profiles live in /app/profiles (mount your own over it).

# ---- build: install everything, type-check and bundle to dist/app/, then drop dev dependencies ----
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# bin/ first: `npm ci` runs the prepare script (bin/compile-checkout.js), which skips without sources.
COPY bin ./bin
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY commands ./commands
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: the bundle, production node_modules (platform libraries), the launcher, the seed profiles ----
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PROFILES_DIR=/app/profiles \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# package.json carries "type": "module"; bin/ runs the bundle because src/ is not shipped.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/app ./dist/app
COPY bin ./bin
COPY profiles ./profiles
USER node
EXPOSE 3000
# The slim image has no curl: node's own fetch asks /healthz on the configured port.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself (graceful shutdown, exit 0).
CMD ["node", "bin/profile-assistant.js", "start"]
