import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { importTemplate } from '@/lib/import/template';
import { getUnitChoices, scopeOf } from '@/lib/organizations/queries';

/**
 * GET /quan-tri/nhap-du-lieu/mau — the import template. Its list of communes holds today's units
 * within the user's scope, so a district officer's drop-down offers only their own.
 */
export async function GET(): Promise<Response> {
  const user = await requirePermission('import.run');
  const units = await getUnitChoices(scopeOf(user));
  // Districts and the province are not where organizations are registered any more.
  const communes = await prisma.administrativeUnit.findMany({ where: { id: { in: units.map((u) => u.id) }, level: 'COMMUNE' }, select: { id: true } });
  const communeIds = new Set(communes.map((c) => c.id));
  const labels = units.filter((u) => communeIds.has(u.id)).map((u) => u.label);
  const buffer = await importTemplate(labels.length > 0 ? labels : units.map((u) => u.label));
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="mau-nhap-to-chuc-${todayIsoInVietnam()}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
