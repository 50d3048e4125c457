import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { S3Storage } from './s3';

/**
 * Where uploaded and generated files (images, attachments) keep their bytes. One small interface:
 * a local folder by default, S3-compatible object storage when S3_BUCKET is configured
 * (lib/storage/s3.ts); nothing else in the app touches the file system for media.
 *
 * Keys are content addresses ("ab/cd/abcdef….pdf"): the same bytes always get the same key, so
 * writing is idempotent, a served file never changes under its URL, and several databases (tests,
 * the demo) can share one folder safely.
 */
export interface ObjectStorage {
  /** `contentType` is recorded by object stores that keep one; the app serves the Media row's type. */
  put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** STORAGE_DIR, or .data/uploads beside the embedded database (outside public/, never served raw). */
export function storageDir(): string {
  // Runtime data, not a source folder: keep the build's file tracing out of it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR ?? path.join(process.cwd(), '.data', 'uploads'));
}

const KEY = /^[a-f0-9]{2}\/[a-f0-9]{2}\/[a-f0-9]{64}(\.[a-z0-9]{1,8})?$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

export class LocalStorage implements ObjectStorage {
  constructor(private readonly root: string) {}

  private fileOf(key: string): string {
    if (!isStorageKey(key)) throw new Error(`invalid storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.fileOf(key);
    if (await this.exists(key)) return;
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, file);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isStorageKey(key)) return null;
    try {
      return await readFile(this.fileOf(key));
    } catch {
      return null;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(key))).isFile();
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.fileOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

let instance: ObjectStorage | null = null;

/**
 * The configured storage: S3-compatible when S3_BUCKET is set (with S3_ENDPOINT, S3_REGION,
 * S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), else the local folder.
 */
export function storage(): ObjectStorage {
  return (instance ??= createStorage(process.env));
}

export function createStorage(env: Record<string, string | undefined>): ObjectStorage {
  if (!env.S3_BUCKET) return new LocalStorage(storageDir());
  const missing = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`S3_BUCKET is set but ${missing.join(', ')} missing`);
  return new S3Storage({
    endpoint: env.S3_ENDPOINT!,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
  });
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The content address of some bytes, keeping a short lower-case extension from the file name. */
export function storageKeyFor(bytes: Uint8Array, fileName: string): string {
  const hash = sha256(bytes);
  const ext = path.extname(fileName).toLowerCase().replace(/[^a-z0-9.]/g, '').slice(0, 9);
  return `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}${/^\.[a-z0-9]{1,8}$/.test(ext) ? ext : ''}`;
}
