import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

// A cheap first gate: anonymous visitors to the workspace go to the sign-in page. The real
// checks (role, scope, active account) happen on the server in every page and action.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token) {
    const url = new URL('/dang-nhap', request.url);
    url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/quan-tri/:path*'] };
