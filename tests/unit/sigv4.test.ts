import { describe, expect, it } from 'vitest';

import { createStorage, LocalStorage } from '@/lib/storage';
import { S3Storage } from '@/lib/storage/s3';
import { sha256Hex, signV4 } from '@/lib/storage/sigv4';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
// The credentials of AWS's Signature Version 4 test suite.
const SUITE = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 'service' };

describe('AWS Signature Version 4', () => {
  it('matches the test suite\'s "get-vanilla" example', () => {
    const r = signV4(
      { method: 'GET', url: new URL('https://example.amazonaws.com/'), headers: { Host: 'example.amazonaws.com', 'X-Amz-Date': '20150830T123600Z' }, payloadHash: EMPTY_SHA256 },
      SUITE,
    );
    expect(r.canonicalRequest).toBe(['GET', '/', '', 'host:example.amazonaws.com', 'x-amz-date:20150830T123600Z', '', 'host;x-amz-date', EMPTY_SHA256].join('\n'));
    expect(r.stringToSign).toBe(
      ['AWS4-HMAC-SHA256', '20150830T123600Z', '20150830/us-east-1/service/aws4_request', 'bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63'].join('\n'),
    );
    expect(r.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('sorts the query as in "get-vanilla-query-order-key-case"', () => {
    const r = signV4(
      {
        method: 'GET',
        url: new URL('https://example.amazonaws.com/?Param2=value2&Param1=value1'),
        headers: { host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z' },
        payloadHash: EMPTY_SHA256,
      },
      SUITE,
    );
    expect(r.signature).toBe('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
  });

  it('matches the S3 documentation\'s GetObject example (range header, content hash, service s3)', () => {
    const r = signV4(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_SHA256, 'x-amz-date': '20130524T000000Z' },
        payloadHash: EMPTY_SHA256,
      },
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 's3' },
    );
    expect(r.signedHeaders).toBe('host;range;x-amz-content-sha256;x-amz-date');
    expect(r.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });

  it('changes the signature when anything signed changes', () => {
    const base = { method: 'GET', url: new URL('https://example.amazonaws.com/'), headers: { 'x-amz-date': '20150830T123600Z' }, payloadHash: EMPTY_SHA256 };
    const a = signV4(base, SUITE).signature;
    expect(signV4({ ...base, url: new URL('https://example.amazonaws.com/x') }, SUITE).signature).not.toBe(a);
    expect(signV4({ ...base, payloadHash: sha256Hex('x') }, SUITE).signature).not.toBe(a);
    expect(signV4(base, { ...SUITE, secretAccessKey: 'other' }).signature).not.toBe(a);
  });
});

describe('S3 storage over fetch', () => {
  const config = { endpoint: 'http://127.0.0.1:9000/', bucket: 'cong-thong-tin', region: 'us-east-1', accessKeyId: 'minio', secretAccessKey: 'minio-secret' };
  const key = `ab/cd/${'ab'.repeat(32)}.pdf`;

  function recorder(status = 200, body = '') {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchImpl = (async (url: URL | string, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      return new Response(status === 204 ? null : body, { status });
    }) as typeof fetch;
    return { calls, fetchImpl };
  }

  it('puts an object path-style with a signature that verifies over the body hash', async () => {
    const { calls, fetchImpl } = recorder();
    const bytes = new TextEncoder().encode('%PDF-1.7 nội dung');
    await new S3Storage(config, fetchImpl).put(key, bytes, 'application/pdf');
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0];
    expect(url).toBe(`http://127.0.0.1:9000/cong-thong-tin/${key}`);
    expect(init.method).toBe('PUT');
    const headers = init.headers as Record<string, string>;
    expect(headers['x-amz-content-sha256']).toBe(sha256Hex(bytes));
    expect(headers['content-type']).toBe('application/pdf');
    // Recompute what a server would: the same request signed with the same secret.
    const expected = signV4(
      { method: 'PUT', url: new URL(url), headers: { 'content-type': 'application/pdf', 'x-amz-content-sha256': sha256Hex(bytes), 'x-amz-date': headers['x-amz-date'] }, payloadHash: sha256Hex(bytes) },
      { ...config, service: 's3' },
    );
    expect(headers.authorization).toBe(expected.authorization);
    expect(headers.authorization).toContain('/us-east-1/s3/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,');
  });

  it('reads 404 as missing and other failures as errors', async () => {
    expect(await new S3Storage(config, recorder(404).fetchImpl).get(key)).toBeNull();
    expect(await new S3Storage(config, recorder(404).fetchImpl).exists(key)).toBe(false);
    expect(await new S3Storage(config, recorder(200).fetchImpl).exists(key)).toBe(true);
    await expect(new S3Storage(config, recorder(403).fetchImpl).get(key)).rejects.toThrow(/HTTP 403/);
    await expect(new S3Storage(config, recorder(204).fetchImpl).delete(key)).resolves.toBeUndefined();
  });

  it('is chosen by configuration, the local folder otherwise', () => {
    expect(createStorage({})).toBeInstanceOf(LocalStorage);
    expect(createStorage({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 's' })).toBeInstanceOf(S3Storage);
    expect(() => createStorage({ S3_BUCKET: 'b' })).toThrow(/S3_ENDPOINT/);
  });
});
