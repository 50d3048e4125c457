import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { S3Storage } from '@/lib/storage/s3';

// The S3 backend against an S3-compatible server whose signature check is AWS's own signer
// (botocore), not ours: helpers/s3-server.py. CI installs Debian's python3-botocore (.ci/run).

const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;
const credentials = { region: 'ap-southeast-1', accessKeyId: 'PORTALTESTKEY', secretAccessKey: 'bí-mật/portal+test=' };
let server: ChildProcess | null = null;
let endpoint = '';

beforeAll(async () => {
  if (!hasBotocore) {
    // In CI its absence is a failure, not a pass.
    if (process.env.CI) throw new Error('python3-botocore is not installed');
    return;
  }
  server = spawn('python3', [path.join(__dirname, 'helpers', 's3-server.py'), credentials.region, credentials.accessKeyId, credentials.secretAccessKey], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server!.stdout! }).once('line', resolve);
    server!.once('exit', (code) => reject(new Error(`s3-server.py exited with ${code}`)));
  });
  endpoint = `http://127.0.0.1:${port}`;
});

function notInstalled(): void {
  console.info('python3-botocore not installed: the S3 check against botocore was not run (CI installs it).');
}

afterAll(() => {
  server?.kill();
});

describe('S3Storage against an S3-compatible server checking signatures with botocore', () => {
  it('puts, reads, checks and deletes objects, with their content type', async () => {
    if (!server) return notInstalled();
    const s3 = new S3Storage({ endpoint, bucket: 'portal-media', ...credentials });
    const key = 'media/2026/12/anh bìa (1).webp';
    const bytes = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4]);
    expect(await s3.exists(key)).toBe(false);
    expect(await s3.get(key)).toBeNull();

    await s3.put(key, bytes, 'image/webp');
    expect(await s3.exists(key)).toBe(true);
    expect(new Uint8Array((await s3.get(key))!)).toEqual(bytes);
    const raw = await fetch(`${endpoint}/portal-media/${key.split('/').map(encodeURIComponent).join('/')}`);
    expect(raw.status).toBe(403); // unsigned: refused, so the checks above were signed and verified

    await s3.put('documents/empty.pdf', new Uint8Array(), 'application/pdf');
    expect(await s3.exists('documents/empty.pdf')).toBe(true);

    await s3.delete(key);
    expect(await s3.exists(key)).toBe(false);
    await s3.delete(key); // deleting what is gone is not an error, as S3 answers
  });

  it('fails loudly when the secret is wrong, rather than storing nothing silently', async () => {
    if (!server) return notInstalled();
    const s3 = new S3Storage({ endpoint, bucket: 'portal-media', ...credentials, secretAccessKey: 'sai' });
    await expect(s3.put('media/x.txt', new Uint8Array([1]), 'text/plain')).rejects.toThrow(/S3 PUT media\/x\.txt: HTTP 403/);
    await expect(s3.exists('media/x.txt')).rejects.toThrow(/HTTP 403/);
  });
});
