# One image for the gateway and every subgraph; the service's command picks which one runs.
# Build: docker build -t plie-hub .   Run: see docker-compose.yml.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=node:node /app /app
COPY --chown=node:node tsconfig.json ./
USER node
# Overridden per service; the default is the gateway.
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
