# One image for the gateway and every subgraph; the service's command picks which one runs.
# Build: docker build -t plie-hub .   Run: see docker-compose.yml.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
# The web console's static files, served by the gateway under /console/.
RUN npm run build -w @plie-hub/web

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# pg_dump / pg_restore for `npm run backup` and `npm run restore` (same major version as the postgres:15 service).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client-15 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=deps --chown=node:node /app /app
COPY --chown=node:node tsconfig.json ./
USER node
# Liveness of whichever service the container runs (compose and Kubernetes set their own readiness probes).
ENV HEALTHCHECK_URL=http://127.0.0.1:4000/healthcheck
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD ["node", "-e", "fetch(process.env.HEALTHCHECK_URL).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Overridden per service; the default is the gateway.
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
