// `npm run generate` (first half): writes schema/schema.graphql from the type-graphql classes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildJisrSchema, printJisrSchema } from '../src/schema/build-schema';

async function main(): Promise<void> {
  const file = path.join(__dirname, '..', 'schema', 'schema.graphql');
  writeFileSync(file, printJisrSchema(await buildJisrSchema()));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
