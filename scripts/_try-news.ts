import { createPrismaClient } from '@/lib/db';
import { seedNews } from '@/prisma/seed/news';
import { createRng } from '@/prisma/seed/random';
const db = createPrismaClient(process.env.DATABASE_URL!);
const t = performance.now();
const counts = await db.$transaction(async (tx) => seedNews(tx as never, createRng().fork('news'), { editorId: 2 }), { timeout: 600000 });
console.log(counts, Math.round(performance.now() - t), 'ms');
await db.$disconnect();
