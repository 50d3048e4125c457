import { NextResponse } from 'next/server';

import { getMigrationStatus } from '@/lib/database/status';
import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and the test harness: database reachable, migrations applied. */
export async function GET() {
  try {
    const status = await getMigrationStatus(prisma);
    const ok = status.pending.length === 0 && status.failed.length === 0;
    return NextResponse.json(
      { status: ok ? 'ok' : 'migrations-pending', database: 'reachable', migrations: status },
      { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return NextResponse.json(
      { status: 'error', database: 'unreachable', error: message },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
