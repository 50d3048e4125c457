import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded and generated files (images, attachments) keep their bytes. One small interface
 * so that a deployment can later swap the local folder for S3-compatible object storage by
 * configuration; nothing else in the app touches the file system for media.
 *
 * Keys are content addresses ("ab/cd/abcdef….pdf"): the same bytes always get the same key, so
 * writing is idempotent, a served file never changes under its URL, and several databases (tests,
 * the demo) can share one folder safely.
 */
export interface ObjectStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
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
}

let instance: ObjectStorage | null = null;

export function storage(): ObjectStorage {
  return (instance ??= new LocalStorage(storageDir()));
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
