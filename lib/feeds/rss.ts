/**
 * A small RSS 2.0 writer: enough for the news feed (and any other list that wants one), with XML
 * escaping that also drops the control characters XML 1.0 forbids, so no stored text can make the
 * feed unreadable.
 */

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except the surrogates and U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type RssItem = { title: string; link: string; description: string; pubDate: Date; category?: string; creator?: string | null };
export type RssChannel = { title: string; link: string; selfLink: string; description: string; language: string; items: RssItem[] };

const tag = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

export function renderRss(channel: RssChannel): string {
  const newest = channel.items.reduce<Date | null>((d, i) => (!d || i.pubDate > d ? i.pubDate : d), null);
  const items = channel.items.map((i) =>
    [
      '<item>',
      tag('title', i.title),
      tag('link', i.link),
      `<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
      tag('description', i.description),
      tag('pubDate', i.pubDate.toUTCString()),
      i.category ? tag('category', i.category) : '',
      i.creator ? tag('dc:creator', i.creator) : '',
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    tag('title', channel.title),
    tag('link', channel.link),
    `<atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    tag('description', channel.description),
    tag('language', channel.language),
    newest ? tag('lastBuildDate', newest.toUTCString()) : '',
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}
