/**
 * Text typed into a form or a URL, made safe to store and compare: NFC, and without control
 * characters (PostgreSQL refuses a NUL byte in text with an error, which would otherwise surface
 * as a server error instead of a message). Line breaks and tabs are kept only in multi-line text.
 */
export function cleanLine(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '');
}

export function cleanMultiline(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
