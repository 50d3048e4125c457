import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for request headers, as documented by AWS ("Create a signed AWS API
 * request"): canonical request → string to sign → HMAC chain of date, region, service. Small and
 * dependency-free on purpose: the S3-compatible backend (lib/storage/s3.ts) needs four calls, not
 * an SDK. Checked against AWS's published test vectors (tests/unit/sigv4.test.ts).
 */

export type SigV4Request = {
  method: string;
  url: URL;
  /** Headers to sign; `host` is taken from the URL when absent. Names in any case. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body ("UNSIGNED-PAYLOAD" is also accepted by S3). */
  payloadHash: string;
};

export type SigV4Credentials = { accessKeyId: string; secretAccessKey: string; region: string; service: string };

export type SigV4Result = { authorization: string; canonicalRequest: string; stringToSign: string; signature: string; signedHeaders: string };

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** RFC 3986 unreserved characters stay, everything else is %XX (upper case), as SigV4 requires. */
export function uriEncode(value: string, keepSlash = false): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function canonicalPath(url: URL, service: string): string {
  const path = url.pathname || '/';
  // S3 signs the path as sent (each segment encoded once); other services normalise and encode twice.
  if (service === 's3') return path;
  return path
    .split('/')
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join('/');
}

function canonicalQuery(url: URL): string {
  const pairs = [...url.searchParams.entries()].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** "20150830T123600Z" and "20150830" for a moment. */
export function amzDates(now: Date): { amzDate: string; dateStamp: string } {
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return { amzDate, dateStamp: amzDate.slice(0, 8) };
}

/**
 * Signs a request whose headers already include `x-amz-date` (and, for S3, `x-amz-content-sha256`).
 * Returns the Authorization header value and the intermediate strings (for tests and debugging).
 */
export function signV4(request: SigV4Request, credentials: SigV4Credentials): SigV4Result {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(request.headers)) headers.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
  if (!headers.has('host')) headers.set('host', request.url.host);
  const amzDate = headers.get('x-amz-date');
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate)) throw new Error('x-amz-date header (YYYYMMDDTHHMMSSZ) is required');
  const dateStamp = amzDate.slice(0, 8);

  const names = [...headers.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((n) => `${n}:${headers.get(n)}\n`).join('');
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(request.url, credentials.service),
    canonicalQuery(request.url),
    canonicalHeaders,
    signedHeaders,
    request.payloadHash,
  ].join('\n');

  const scope = `${dateStamp}/${credentials.region}/${credentials.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const kDate = hmac(`AWS4${credentials.secretAccessKey}`, dateStamp);
  const kRegion = hmac(kDate, credentials.region);
  const kService = hmac(kRegion, credentials.service);
  const kSigning = hmac(kService, 'aws4_request');
  const signature = createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    canonicalRequest,
    stringToSign,
    signature,
    signedHeaders,
  };
}
