import Link from 'next/link';
import type { ComponentProps } from 'react';

import { isRewrittenListHref } from '@/lib/cache/query-routes';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * A link that navigates with the client router, except to a public list with a query
 * ("/van-ban?pham-vi=trung-uong"): proxy.ts serves those from a route of their own that the client
 * router cannot follow (it would only change the address bar), so they get a plain <a> and a full
 * load, which the caches answer. Usable from server and client components.
 */
export function AppLink({ href, ...rest }: Props) {
  return isRewrittenListHref(href) ? <a href={href} {...rest} /> : <Link href={href} {...rest} />;
}
