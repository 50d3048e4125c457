import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { cache } from 'react';

import { AllianceBadge, KindBadge, OcopStars, StatusBadge } from '@/components/site/directory/org-badges';
import { Section } from '@/components/ui/card';
import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getOrganizationProfile, getOrganizationSlug, type OrganizationProfile } from '@/lib/directory/queries';
import { formatDate, isoDate } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { formatMoney, formatNumber } from '@/lib/format/number';
import { ALLIANCE_MEMBERSHIP_LABELS, ORG_KIND_LABELS, ORG_STATUS_LABELS, SECTOR_GROUP_LABELS, SECTOR_LABELS } from '@/lib/organizations/sectors';
import { findSlugAlias } from '@/lib/slugs/alias';

type Props = { params: Promise<{ slug: string }> };

/** Slugs are lowercase words without diacritics joined by hyphens; anything else is not a profile. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (slug: string) => slug.length <= 200 && SLUG.test(slug);

const loadProfile = cache(async (slug: string) => (isSlug(slug) ? getOrganizationProfile(slug) : null));

// Rendered on first request, then served from the page cache until one of its tags expires.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await loadProfile((await params).slug);
  if (!org) return {};
  const place = org.todayUnits[0] ? `, ${org.todayUnits[0]}` : '';
  return {
    title: org.name,
    description: `${ORG_KIND_LABELS[org.kind]} – ${SECTOR_LABELS[org.sector]}${place}. ${ORG_STATUS_LABELS[org.status]}.`,
  };
}

export default async function OrganizationPage({ params }: Props) {
  const { slug } = await params;
  if (!isSlug(slug)) notFound();
  // The profile shows organization data, linked articles and report figures: expired by any of them.
  if (!(await cachedUnder(cacheTags.organizations, cacheTags.organization(slug), cacheTags.articles, cacheTags.stats))) return null;
  const org = await loadProfile(slug);
  if (!org) {
    const id = await findSlugAlias('ORGANIZATION', slug);
    const current = id === null ? null : await getOrganizationSlug(id);
    if (current && current !== slug) permanentRedirect(`/hop-tac-xa/${current}`);
    notFound();
  }

  return (
    <article className="mx-auto max-w-4xl">
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { href: '/hop-tac-xa', label: 'Danh bạ hợp tác xã' }, { label: org.name }]} />
      <header>
        <h1 className="text-3xl font-bold text-slate-900">{org.name}</h1>
        {org.shortName && org.shortName !== org.name ? <p className="mt-1 text-lg text-slate-700">{org.shortName}</p> : null}
        <p className="mt-3 flex flex-wrap items-center gap-2">
          <KindBadge kind={org.kind} />
          <StatusBadge status={org.status} />
          <AllianceBadge membership={org.allianceMembership} />
        </p>
      </header>

      <div className="mt-8 space-y-6">
        <Section title="Thông tin chung" headingId="thong-tin-chung">
          <dl>
            <Row label="Loại hình">{ORG_KIND_LABELS[org.kind]}</Row>
            <Row label="Ngành, lĩnh vực">
              {SECTOR_LABELS[org.sector]} <span className="text-slate-600">({SECTOR_GROUP_LABELS[org.sectorGroup].toLowerCase()})</span>
            </Row>
            {org.registrationNumber ? <Row label="Mã số đăng ký">{org.registrationNumber}</Row> : null}
            <Row label="Địa bàn hiện nay">{org.todayUnits.length > 0 ? org.todayUnits.join('; ') : notSet}</Row>
            {org.formerDistricts.length > 0 ? (
              <Row label="Trước 01/7/2025">
                {org.formerDistricts.map((d) => d.label).join('; ')}
                <span className="block text-sm text-slate-600">Đơn vị hành chính cấp huyện trước khi sắp xếp, dùng khi tra cứu hồ sơ, số liệu cũ.</span>
              </Row>
            ) : null}
            <Row label="Địa chỉ">{org.address ?? notSet}</Row>
            <Row label="Ngày thành lập">{org.establishedOn ? <time dateTime={isoDate(org.establishedOn)}>{formatDate(org.establishedOn)}</time> : notSet}</Row>
            <Row label="Tình trạng">{ORG_STATUS_LABELS[org.status]}</Row>
            <Row label="Thành viên Liên minh HTX tỉnh">
              {ALLIANCE_MEMBERSHIP_LABELS[org.allianceMembership]}
              {org.allianceMembership !== 'NONE' && org.allianceJoinedOn ? (
                <>
                  {' '}
                  từ <time dateTime={isoDate(org.allianceJoinedOn)}>{formatDate(org.allianceJoinedOn)}</time>
                </>
              ) : null}
            </Row>
            {org.website ? (
              <Row label="Trang thông tin">
                <a href={org.website} className="text-brand-800 underline" rel="nofollow noopener">
                  {org.website.replace(/^https?:\/\//, '')}
                </a>
              </Row>
            ) : null}
            {org.successor ? (
              <Row label="Tổ chức kế tục">
                <Link href={`/hop-tac-xa/${org.successor.slug}`} className="text-brand-800 underline">
                  {org.successor.name}
                </Link>
              </Row>
            ) : null}
            {org.predecessors.length > 0 ? (
              <Row label="Hình thành từ">
                {org.predecessors.map((p, i) => (
                  <span key={p.slug}>
                    {i > 0 ? '; ' : null}
                    <Link href={`/hop-tac-xa/${p.slug}`} className="text-brand-800 underline">
                      {p.name}
                    </Link>
                  </span>
                ))}
              </Row>
            ) : null}
          </dl>
          {org.description ? <p className="mt-4 text-slate-800">{org.description}</p> : null}
        </Section>

        <Section title="Sản phẩm, dịch vụ" headingId="san-pham">
          <p>{org.mainProducts ?? <span className="text-slate-600">Chưa cập nhật sản phẩm, dịch vụ chính.</span>}</p>
          <h3 className="mt-5 text-lg font-semibold">Sản phẩm OCOP</h3>
          {org.ocopProducts.length > 0 ? (
            <ul className="mt-2 space-y-2">
              {org.ocopProducts.map((p) => (
                <li key={`${p.name}-${p.certifiedYear}`} className="flex flex-wrap items-baseline gap-x-3">
                  <span className="font-medium">{p.name}</span>
                  <OcopStars stars={p.stars} prefix="" />
                  <span className="text-sm text-slate-600">công nhận năm {p.certifiedYear}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-600">Chưa có sản phẩm được công nhận OCOP.</p>
          )}
          <h3 className="mt-5 text-lg font-semibold">Chứng nhận và mô hình</h3>
          <Certifications org={org} />
        </Section>

        <Section title="Số liệu công khai" headingId="so-lieu">
          {org.figures ? (
            <>
              <dl className="grid gap-4 sm:grid-cols-2">
                <Figure label={org.kind === 'GROUP' ? 'Số tổ viên' : 'Số thành viên'} value={formatNumber(org.figures.members)} />
                {org.kind === 'GROUP' ? (
                  <Figure label="Vốn góp" value={formatMoney(org.figures.contributedCapital)} />
                ) : (
                  <Figure label="Vốn điều lệ" value={formatMoney(org.figures.charterCapital)} />
                )}
              </dl>
              <p className="mt-3 text-sm text-slate-600">
                Theo báo cáo {formatPeriod(org.figures.period.kind, org.figures.period.year)} đã được Liên minh duyệt (số liệu đến ngày{' '}
                <time dateTime={isoDate(org.figures.period.endsOn)}>{formatDate(org.figures.period.endsOn)}</time>).
              </p>
            </>
          ) : (
            <p className="text-slate-600">Chưa có báo cáo định kỳ được duyệt.</p>
          )}
        </Section>

        <Section title="Quá trình hoạt động" headingId="qua-trinh">
          {org.statusChanges.length > 0 ? (
            <ol className="space-y-4 border-l-2 border-brand-200 pl-5">
              {org.statusChanges.map((s, i) => (
                <li key={i}>
                  <p className="font-semibold">
                    <time dateTime={isoDate(s.effectiveOn)}>{formatDate(s.effectiveOn)}</time>: {ORG_STATUS_LABELS[s.status]}
                  </p>
                  {s.reason || s.decisionNumber ? (
                    <p className="text-slate-700">
                      {s.reason}
                      {s.reason && s.decisionNumber ? ' – ' : null}
                      {s.decisionNumber ? `Quyết định số ${s.decisionNumber}` : null}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-slate-600">Chưa có thông tin về quá trình hoạt động.</p>
          )}
        </Section>

        {org.articles.length > 0 ? (
          <Section title="Tin bài liên quan" headingId="tin-bai">
            <ul className="space-y-3">
              {org.articles.map((a) => (
                <li key={a.slug}>
                  <Link href={`/tin-tuc/${a.slug}`} className="font-medium text-slate-900 hover:text-brand-800 hover:underline">
                    {a.title}
                  </Link>
                  {a.publishedAt ? (
                    <span className="ml-2 text-sm text-slate-600">
                      <time dateTime={isoDate(a.publishedAt)}>{formatDate(a.publishedAt)}</time>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
      <p className="mt-8 text-sm text-slate-600">
        Thông tin do Liên minh Hợp tác xã tỉnh tổng hợp. Phát hiện thông tin chưa đúng, xin{' '}
        <Link href="/y-kien" className="text-brand-800 underline">
          gửi ý kiến
        </Link>
        .
      </p>
    </article>
  );
}

const notSet = <span className="text-slate-600">Chưa cập nhật</span>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-100 py-3 first:pt-0 last:border-b-0 last:pb-0 sm:grid-cols-[15rem_1fr]">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md bg-slate-50 px-4 py-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-2xl font-bold text-brand-800 tabular-nums">{value}</dd>
    </div>
  );
}

function Certifications({ org }: { org: OrganizationProfile }) {
  const items = [
    org.hasVietGap ? 'Chứng nhận VietGAP' : null,
    org.hasGlobalGap ? 'Chứng nhận GlobalGAP' : null,
    org.hasValueChainLink ? 'Liên kết theo chuỗi giá trị' : null,
    org.isNewModel ? 'Mô hình hợp tác xã kiểu mới hiệu quả' : null,
  ].filter((x): x is string => x !== null);
  if (items.length === 0) return <p className="mt-2 text-slate-600">Chưa có thông tin chứng nhận.</p>;
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {items.map((c) => (
        <li key={c} className="rounded-md bg-brand-50 px-3 py-1 font-medium text-brand-900 ring-1 ring-brand-200 ring-inset">
          {c}
        </li>
      ))}
    </ul>
  );
}
