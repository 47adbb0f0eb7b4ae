// `npm run validate -- <files…>`: prints `ok <file>` for each valid scenario and one line per error otherwise.
// Exit code 0 only when every file is valid, so scripts and CI can rely on it.
import { formatScenarioError } from '../scenario/loadScenario';
import { readScenarioFile } from '../scenario/readScenarioFile';

const usage = `Usage: npm run validate -- <scenario files…>

Checks scenario files (YAML or JSON) against the scenario format and its cross-references.
Prints "ok <file>" for each valid file, or one line per error: file:line:column field.path: what is wrong.
A file's first 50 errors are listed in file order, then one line counts the rest ("… and N more problems").
Exits with 0 when every file is valid, 1 otherwise, 2 when no file was given.`;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const files = args.filter((arg) => arg !== '--');
  if (files.length === 0) {
    console.error(usage);
    return 2;
  }
  let allValid = true;
  for (const file of files) {
    const result = await readScenarioFile(file);
    if (result.ok) console.log(`ok ${file}`);
    else {
      allValid = false;
      for (const error of result.errors) console.error(formatScenarioError(error));
    }
  }
  return allValid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
