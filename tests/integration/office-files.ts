/**
 * Reads generated office files back in tests: the paragraphs of a .docx (word/document.xml) and
 * the sheets of an .xlsx. The `docx` package only writes; JSZip (a dependency of exceljs) opens the
 * zip, and a few regular expressions are enough for the flat markup the generator writes.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import JSZip from 'jszip';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? '';
  });
}

/** The text of every paragraph of the document body (header and footer parts left out), in order. */
export async function docxParagraphs(buffer: Buffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('word/document.xml missing');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) => unescapeXml((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')));
}

/** A zip part as text (e.g. "word/document.xml", "docProps/core.xml"). */
export async function zipPart(buffer: Buffer | Uint8Array, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file(name)?.async('string');
}

/** LibreOffice's command when installed (Debian: libreoffice-writer-nogui), else null. */
export function sofficePath(): string | null {
  for (const candidate of [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Converts a .docx to PDF with LibreOffice headless and returns the PDF's bytes' length and what
 * LibreOffice printed. Its own profile directory keeps parallel runs apart.
 */
export async function convertToPdf(soffice: string, docx: Buffer, name = 'bao-cao.docx'): Promise<{ pdfBytes: number; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docx-pdf-'));
  try {
    const input = path.join(dir, name);
    await writeFile(input, docx);
    const { stdout, stderr } = await promisify(execFile)(
      soffice,
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
      { timeout: 120_000 },
    );
    const pdf = (await readdir(dir)).find((f) => f.endsWith('.pdf'));
    if (!pdf) throw new Error(`LibreOffice produced no PDF:\n${stdout}\n${stderr}`);
    const { size } = await import('node:fs/promises').then((fs) => fs.stat(path.join(dir, pdf)));
    return { pdfBytes: size, output: `${stdout}${stderr}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
