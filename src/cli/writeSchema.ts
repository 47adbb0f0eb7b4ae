// `npm run schema`: regenerates scenarios/scenario.schema.json after a change to the zod schema.
import { writeFile } from 'node:fs/promises';
import { SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../scenario/jsonSchema';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run schema\nWrites scenarios/scenario.schema.json from the zod schema in src/scenario/schema/.',
  );
} else {
  await writeFile(SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText());
  console.log(`wrote ${SCENARIO_JSON_SCHEMA_PATH}`);
}
