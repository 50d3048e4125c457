import { documentTypeLabels } from '@/lib/format/labels';
import type { DocumentType } from '@/lib/generated/prisma/enums';

/**
 * RSS 2.0 of new documents (/van-ban/rss.xml). Every text goes through escapeXml; dates are RFC 822
 * as RSS requires. Pure, so it can be tested without a server.
 */

export type FeedItem = {
  slug: string;
  number: string;
  type: DocumentType;
  issuedOn: Date;
  abstract: string;
  issuingBody: { name: string };
};

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped; the five markup characters are escaped.
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The public origin used in absolute links: SITE_URL, else NEXTAUTH_URL, else localhost. */
export function publicOrigin(): string {
  const raw = process.env.SITE_URL ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000';
  try {
    return new URL(raw).origin;
  } catch {
    return 'http://localhost:3000';
  }
}

export function buildDocumentsRss(items: FeedItem[], options: { origin: string; siteName: string; builtAt?: Date }): string {
  const { origin, siteName } = options;
  const link = `${origin}/van-ban`;
  const entries = items.map((d) => {
    const url = `${origin}/van-ban/${d.slug}`;
    const title = `${documentTypeLabels[d.type]} số ${d.number}`;
    return [
      '    <item>',
      `      <title>${escapeXml(title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <description>${escapeXml(`${d.abstract} (${d.issuingBody.name})`)}</description>`,
      `      <category>${escapeXml(documentTypeLabels[d.type])}</category>`,
      `      <pubDate>${d.issuedOn.toUTCString()}</pubDate>`,
      '    </item>',
    ].join('\n');
  });
  const lastBuild = items[0]?.issuedOn ?? options.builtAt ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(`Văn bản mới – ${siteName}`)}</title>`,
    `    <link>${escapeXml(link)}</link>`,
    `    <atom:link href="${escapeXml(`${origin}/van-ban/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(`Văn bản Trung ương, địa phương và của ${siteName} mới ban hành.`)}</description>`,
    '    <language>vi</language>',
    `    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
