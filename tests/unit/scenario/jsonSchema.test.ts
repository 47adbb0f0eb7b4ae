// The editor schema must match the zod schema it is generated from, and the authoring guide must cover every field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../../../src/scenario/jsonSchema';

describe('scenarios/scenario.schema.json', () => {
  it('is current with the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(SCENARIO_JSON_SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('has every field documented in the authoring guide', () => {
    const guide = readFileSync('scenarios/README.md', 'utf8');
    const names = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const properties = (node as { properties?: Record<string, unknown> }).properties;
        if (properties) Object.keys(properties).forEach((name) => names.add(name));
        Object.values(node).forEach(collect);
      }
    };
    collect(JSON.parse(scenarioJsonSchemaText()));
    const undocumented = [...names].filter((name) => !guide.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
