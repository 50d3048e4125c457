import type { ObjectStorage } from './index';
import { amzDates, sha256Hex, signV4, uriEncode } from './sigv4';

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, the Vietnamese clouds' S3 endpoints) over
 * fetch, with path-style addresses (`<endpoint>/<bucket>/<key>`), which every implementation
 * accepts. Selected by configuration (lib/storage/index.ts: S3_BUCKET set).
 */
export type S3Config = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

export class S3Storage implements ObjectStorage {
  constructor(
    private readonly config: S3Config,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private urlOf(key: string): URL {
    const base = this.config.endpoint.replace(/\/+$/, '');
    return new URL(`${base}/${uriEncode(this.config.bucket)}/${uriEncode(key, true)}`);
  }

  /** A signed request; the body's hash is signed too (S3 checks it against what arrives). */
  private async send(method: 'GET' | 'PUT' | 'HEAD' | 'DELETE', key: string, body?: Uint8Array, contentType?: string): Promise<Response> {
    const url = this.urlOf(key);
    const { amzDate } = amzDates(new Date());
    const headers: Record<string, string> = {
      host: url.host,
      'x-amz-date': amzDate,
      'x-amz-content-sha256': sha256Hex(body ?? new Uint8Array()),
    };
    if (contentType) headers['content-type'] = contentType;
    const { authorization } = signV4(
      { method, url, headers, payloadHash: headers['x-amz-content-sha256'] },
      { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey, region: this.config.region, service: 's3' },
    );
    const { host: _host, ...sent } = headers;
    return this.fetchImpl(url, { method, headers: { ...sent, authorization }, body: body ? Buffer.from(body) : undefined });
  }

  async put(key: string, bytes: Uint8Array, contentType?: string): Promise<void> {
    const res = await this.send('PUT', key, bytes, contentType ?? 'application/octet-stream');
    if (!res.ok) throw new Error(`S3 PUT ${key}: HTTP ${res.status} ${await res.text()}`);
  }

  async get(key: string): Promise<Buffer | null> {
    const res = await this.send('GET', key);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 GET ${key}: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async exists(key: string): Promise<boolean> {
    const res = await this.send('HEAD', key);
    if (res.status === 404) return false;
    if (!res.ok) throw new Error(`S3 HEAD ${key}: HTTP ${res.status}`);
    return true;
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    // S3 answers 204 whether or not the object existed.
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key}: HTTP ${res.status}`);
  }
}
