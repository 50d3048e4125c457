import { migrate } from '../lib/database/migrate';
import { openDatabase } from './lib/database';

// npm run db:migrate — applies pending SQL migrations to DATABASE_URL, or to the embedded database.
const db = await openDatabase().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
try {
  const result = await migrate(db.url, { log: (line) => console.log(line) });
  console.log(
    `${db.description}: ${result.applied.length} migration(s) applied, ${result.alreadyApplied} already up to date.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.embedded?.stop();
}
