import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatNumber, formatPercent } from '@/lib/format/number';
import { isValidOn, todayDate } from '@/lib/units/dates';
import { unitLabel, unitLevelLabels } from '@/lib/units/labels';
import { getUnitDetail } from '@/lib/units/queries';

import { CloseUnitForm, RenameUnitForm } from './unit-forms';

export const metadata = { title: 'Đơn vị hành chính' };

type Props = { params: Promise<{ id: string }> };

function Panel({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id={id} className="mb-4 text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const share = (value: { toString(): string } | null) => (value == null ? '' : ` (${formatPercent(Number(value.toString()), { ratio: true, fractionDigits: 2 })})`);

export default async function UnitPage({ params }: Props) {
  await requirePermission('unit.manage');
  const { id: idText } = await params;
  if (!/^\d{1,9}$/.test(idText)) notFound();
  const unit = await getUnitDetail(Number(idText));
  if (!unit) notFound();
  const label = unitLabel(unit);
  const validToday = isValidOn(unit, todayDate());
  const { organizations, users, openChildren } = unit.counts;
  const blockers = [
    organizations ? `${formatNumber(organizations)} tổ chức đang hoạt động` : null,
    users ? `${formatNumber(users)} người dùng` : null,
    openChildren ? `${formatNumber(openChildren)} đơn vị trực thuộc chưa đóng` : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/don-vi', label: 'Đơn vị hành chính' }, { label }]} />
      <PageTitle>{label}</PageTitle>
      <p className="-mt-3 mb-4">
        <Link href={`/quan-tri/nhat-ky?doi-tuong=AdministrativeUnit&ma=${unit.id}`} className="text-brand-800 underline">
          Nhật ký thay đổi đơn vị này
        </Link>
      </p>
      <dl className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-600">Mã, cấp</dt>
          <dd className="mt-1">
            {unit.code} · {unitLevelLabels[unit.level]}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Thời gian hiệu lực</dt>
          <dd className="mt-1">
            {unit.validTo ? `${formatDate(unit.validFrom)} – ${formatDate(unit.validTo)}` : `Từ ${formatDate(unit.validFrom)}`}{' '}
            {validToday ? <Badge tone="brand">Đang hiệu lực</Badge> : <Badge tone="muted">Không hiệu lực hôm nay</Badge>}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Thuộc</dt>
          <dd className="mt-1">
            {unit.parent ? (
              <Link href={`/quan-tri/don-vi/${unit.parent.id}`} className="text-brand-800 underline">
                {unitLabel(unit.parent)}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Đang gắn với</dt>
          <dd className="mt-1">
            {formatNumber(organizations)} tổ chức · {formatNumber(users)} người dùng
          </dd>
        </div>
        {unit.predecessors.length > 0 ? (
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-600">Hình thành từ</dt>
            <dd className="mt-1">
              <ul>
                {unit.predecessors.map((p) => (
                  <li key={p.id}>
                    <Link href={`/quan-tri/don-vi/${p.predecessor.id}`} className="text-brand-800 underline">
                      {unitLabel(p.predecessor)}
                    </Link>
                    {share(p.share)} – từ {formatDate(p.effectiveOn)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {unit.successors.length > 0 ? (
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-600">Sáp nhập vào</dt>
            <dd className="mt-1">
              <ul>
                {unit.successors.map((s) => (
                  <li key={s.id}>
                    <Link href={`/quan-tri/don-vi/${s.successor.id}`} className="text-brand-800 underline">
                      {unitLabel(s.successor)}
                    </Link>
                    {share(s.share)} – từ {formatDate(s.effectiveOn)}
                    {s.note ? <span className="block text-sm text-slate-600">{s.note}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>

      <div className="grid gap-6 xl:grid-cols-2">
        <Panel title="Đổi tên" id="doi-ten">
          <p className="mb-4 text-slate-700">Dùng khi đơn vị đổi tên mà không sáp nhập. Lịch sử và số liệu vẫn gắn với đơn vị này.</p>
          <RenameUnitForm unitId={unit.id} name={unit.name} type={unit.type} level={unit.level} />
        </Panel>
        {unit.validTo == null ? (
          <div className="space-y-6">
            <Panel title="Sáp nhập" id="sap-nhap">
              <p className="mb-4 text-slate-700">Ghi nhận đơn vị này (cùng các đơn vị khác) sáp nhập vào một đơn vị mới từ một ngày.</p>
              <ButtonLink href={`/quan-tri/don-vi/sap-nhap?tu=${unit.id}`} variant="secondary">
                Ghi nhận sáp nhập đơn vị này
              </ButtonLink>
            </Panel>
            <Panel title="Đóng đơn vị" id="dong">
              <CloseUnitForm unitId={unit.id} label={label} blockers={blockers || null} />
            </Panel>
          </div>
        ) : null}
      </div>
    </>
  );
}
