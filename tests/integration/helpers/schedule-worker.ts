/**
 * A second (and third) "app process" for the scheduler concurrency test: runs the scheduler pass
 * in a tight loop against DATABASE_URL from START_AT (epoch ms) until STOP_AT, as a server's loop
 * would, and prints how many articles this process published. Run with `node --import tsx`.
 */
import { runArticleSchedule } from '../../../lib/articles/scheduler';
import { createPrismaClient } from '../../../lib/db';

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const startAt = Number(process.env.START_AT);
const stopAt = Number(process.env.STOP_AT);
let published = 0;
let passes = 0;
while (Date.now() < startAt) await new Promise((r) => setTimeout(r, 5));
while (Date.now() < stopAt) {
  try {
    const result = await runArticleSchedule(db);
    published += result.published.length;
    passes++;
  } catch (error) {
    // As the server's loop does: a failed pass is logged and the next one tries again.
    console.error(error);
  }
  await new Promise((r) => setTimeout(r, 25));
}
await db.$disconnect();
console.log(JSON.stringify({ pid: process.pid, published, passes }));
