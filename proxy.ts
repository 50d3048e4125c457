import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

import { FRONT_CACHE_HEADER, isPerRequestList, listRewritePath } from '@/lib/cache/query-routes';

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse('Yêu cầu không hợp lệ', { status: 400 });
  }

  if (pathname.startsWith('/quan-tri')) {
    // A cheap first gate: anonymous visitors to the workspace go to the sign-in page. The real
    // checks (role, scope, active account) happen on the server in every page and action.
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const url = new URL('/dang-nhap', request.url);
      url.searchParams.set('callbackUrl', pathname + request.nextUrl.search);
      return NextResponse.redirect(url);
    }
    return NextResponse.next();
  }

  // Public lists with a query string are served from a route per canonical query.
  const target = listRewritePath(pathname, searchParams);
  if (target) {
    const headers = isPerRequestList(pathname) ? { [FRONT_CACHE_HEADER]: 'list' } : undefined;
    return NextResponse.rewrite(new URL(target, request.url), { headers });
  }
  return NextResponse.next();
}

// The list paths join the matcher once their pages serve the bo-loc routes.
export const config = {
  matcher: ['/quan-tri/:path*', '/(.*%.*)', '/tin-tuc', '/tin-tuc/chuyen-muc/:path*', '/van-ban', '/hop-tac-xa', '/tim-kiem', '/y-kien/tra-cuu', '/lich-cong-tac'],
};
