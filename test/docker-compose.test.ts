import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, SUBGRAPHS } from '@plie-hub/hub';
import { envPrefixOf } from '@plie-hub/storage';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  expose?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, unknown>;
}

const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };

describe('docker-compose.yml matches the process topology', () => {
  it('names exactly PostgreSQL, the registered subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'postgres', ...SUBGRAPHS.map((s) => s.name)].sort());
  });

  for (const subgraph of SUBGRAPHS) {
    it(`runs ${subgraph.name} from its folder, on its port, with its own database and a readiness check`, () => {
      const service = compose.services[subgraph.name]!;
      const prefix = envPrefixOf(subgraph.name);
      expect(service.command).toContain(`subgraphs/${subgraph.name}/src/index.ts`);
      expect(readFileSync(path.join(ROOT, 'subgraphs', subgraph.name, 'src', 'index.ts'), 'utf8')).toContain(`, ${subgraph.port})`);
      expect(service.environment?.[`${prefix}_PORT`]).toBe(String(subgraph.port));
      expect(service.environment?.[`${prefix}_DATABASE_URL`]).toMatch(new RegExp(`@postgres:5432/${subgraph.name.replace(/-/g, '_')}$`));
      expect(service.expose).toEqual([String(subgraph.port)]);
      expect(service.ports).toBeUndefined();
      expect(service.healthcheck?.test.join(' ')).toContain(`:${subgraph.port}/ready`);
      const gateway = compose.services.gateway!;
      expect(gateway.environment?.[`${prefix}_URL`]).toBe(`http://${subgraph.name}:${subgraph.port}/graphql`);
      expect(gateway.depends_on).toHaveProperty(subgraph.name);
    });
  }

  it('creates one database per subgraph', () => {
    const init = readFileSync(path.join(ROOT, 'docker', 'postgres-init.sql'), 'utf8');
    for (const subgraph of SUBGRAPHS) expect(init).toContain(`CREATE DATABASE ${subgraph.name.replace(/-/g, '_')};`);
  });

  it('publishes only the gateway', () => {
    expect(compose.services.gateway!.ports).toEqual(['4000:4000']);
    expect(compose.services.gateway!.healthcheck?.test.join(' ')).toContain('/readiness');
  });
});
