import { z } from '@/lib/validation/zod';

/**
 * Small zod fields for form text (what FormData sends): NFC, trimmed, anything that is not a
 * string is ''. Used by the media, legal document and schedule forms.
 */
const text = z.preprocess((v) => (typeof v === 'string' ? v.normalize('NFC').replace(/\r\n?/g, '\n').trim() : ''), z.string());
const line = z.preprocess((v) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : ''), z.string());

export function requiredLine(message: string, label: string, max: number) {
  return line.pipe(z.string().min(1, message).max(max, `${label} không được dài quá ${max} ký tự.`));
}

export function optionalLine(label: string, max: number) {
  return line.pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`)).transform((s) => s || null);
}

export function requiredText(message: string, label: string, max: number) {
  return text.pipe(z.string().min(1, message).max(max, `${label} không được dài quá ${max} ký tự.`));
}

export function optionalText(label: string, max: number) {
  return text.pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`)).transform((s) => s || null);
}

/** A checkbox: 'on' when ticked, absent otherwise. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

export function enumField<T extends Record<string, string>>(values: T, message: string) {
  return line.pipe(z.enum(values, { error: message }));
}
