// The JSON Schema that editors use for autocompletion, generated from the zod schema so the two never drift apart.
import * as z from 'zod/mini';
import { scenarioSchema } from './schema/scenario';

export const SCENARIO_JSON_SCHEMA_PATH = 'scenarios/scenario.schema.json';

/** The committed file's exact text: `io: 'input'` because authors write the input, where defaults are optional. */
export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Ceasefire Summit scenario' }, null, 2)}\n`;
}
