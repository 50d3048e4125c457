/** Routes of the import pages (DESIGN.md: Vietnamese, without diacritics). */
export const IMPORT_PATH = '/quan-tri/nhap-du-lieu';
export const importPaths = {
  start: IMPORT_PATH,
  template: `${IMPORT_PATH}/mau`,
  mapping: (token: string) => `${IMPORT_PATH}/${token}`,
  preview: (token: string) => `${IMPORT_PATH}/${token}/xem-truoc`,
  result: (token: string) => `${IMPORT_PATH}/${token}/ket-qua`,
};
