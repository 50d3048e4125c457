import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';

import { GET as downloadReport } from '@/app/quan-tri/thong-ke/bao-cao/tai-ve/route';
import { prisma } from '@/lib/db';
import { parseReportParams } from '@/lib/stats-report/params';
import { reportDocx, reportWorkbook, resolveReport, type ResolvedReport } from '@/lib/stats-report/generate';
import { EXPECTED_2023_H1, seedDatabase } from '@/prisma/seed/index';
import ExcelJS from 'exceljs';

import { actAs } from '../setup/next-runtime';
import { convertToPdf, docxParagraphs, sofficePath, zipPart } from './office-files';

// The generated semi-annual report on the demo province as of 30/06/2023, read back from the file.

const LINK = 'ky=2023-6t&ngay=2023-06-30&so=23&nguoi-ky=Tr%E1%BA%A7n+Thanh+D%C5%A9ng&chuc-vu=Ch%E1%BB%A7+t%E1%BB%8Bch';

let report: ResolvedReport;
let docx: Buffer;
let text: string;

beforeAll(async () => {
  await seedDatabase(prisma);
  const parsed = parseReportParams(new URLSearchParams(LINK));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const outcome = await resolveReport(parsed.params);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  report = outcome.report;
  docx = await reportDocx(report);
  text = (await docxParagraphs(docx)).join('\n');
});

describe('the generated report (.docx) for 30/06/2023', () => {
  it('states the register’s figures in the report’s sentences', () => {
    const e = EXPECTED_2023_H1;
    expect(text).toContain(`Tính đến 30/6/2023 toàn tỉnh có ${e.cooperatives.total} HTX, trong đó: ${e.cooperatives.agricultural} HTX nông nghiệp, ${e.cooperatives.nonAgricultural} HTX phi nông nghiệp và ${e.cooperatives.creditFunds} Quỹ tín dụng nhân dân`);
    expect(text).toContain('533 HTX');
    expect(text).toContain('467 HTX nông nghiệp');
    expect(text).toContain('tổng vốn điều lệ 412.296.737.000 đồng');
    expect(text).toContain('tổng diện tích canh tác 66.807,55 ha');
    expect(text).toContain('có 55.264 thành viên; tạo việc làm cho 10.159 lao động');
    expect(text).toContain('toàn tỉnh có 2.220 THT, tổng số vốn góp 17.942.000.000 đồng và 64.720 ha canh tác; với tổng số 43.942 tổ viên');
    // Plan against result, as the sơ kết wrote it.
    expect(text).toContain('thành lập mới 37/50 THT, đạt 74% kế hoạch năm, tăng 37 THT so với cuối năm 2022');
    expect(text).toContain('thành lập mới 9/10 HTX, đạt 90% kế hoạch năm; sáp nhập 2 HTX');
    expect(text).toContain('mở 11/10 lớp tập huấn, đạt 110% kế hoạch năm, có 549 người tham dự');
    expect(text).toContain('nâng tổng số toàn tỉnh có 3 Liên hiệp hợp tác xã');
  });

  it('has the official layout’s parts: issuer, motto, number and symbol, place and date, title, recipients, signer', () => {
    const paragraphs = text.split('\n');
    expect(paragraphs).toContain('UBND TỈNH KIÊN GIANG');
    expect(paragraphs).toContain('LIÊN MINH HỢP TÁC XÃ');
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(paragraphs).toContain('Số: 23/BC-LM');
    expect(paragraphs).toContain('Kiên Giang, ngày 30 tháng 6 năm 2023');
    expect(paragraphs).toContain('BÁO CÁO');
    expect(paragraphs).toContain('Phần thứ hai');
    expect(paragraphs).toContain('Nơi nhận:');
    expect(paragraphs).toContain('- Lưu: VT.');
    expect(paragraphs).toContain('CHỦ TỊCH');
    expect(paragraphs).toContain('Trần Thanh Dũng');
  });

  it('is A4 with the decree’s margins, in Times New Roman', async () => {
    const xml = (await zipPart(docx, 'word/document.xml')) ?? '';
    const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(xml)?.[0] ?? '';
    const attr = (element: string, name: string) => new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(section)?.[1];
    expect([attr('pgSz', 'w'), attr('pgSz', 'h')]).toEqual(['11906', '16838']);
    // 20 mm top and bottom, 30 mm left, 15 mm right, in twips.
    expect([attr('pgMar', 'top'), attr('pgMar', 'bottom'), attr('pgMar', 'left'), attr('pgMar', 'right')]).toEqual(['1134', '1134', '1701', '850']);
    const styles = (await zipPart(docx, 'word/styles.xml')) ?? '';
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it('converts to PDF with LibreOffice when it is installed', async () => {
    const soffice = sofficePath();
    // CI installs LibreOffice (.ci/run), so there its absence is a failure, not a pass.
    if (!soffice && process.env.CI) throw new Error('LibreOffice (soffice) is not installed');
    if (!soffice) {
      console.info('LibreOffice not installed: the PDF conversion check was not run (the text checks above were).');
      return;
    }
    const { pdfBytes, output } = await convertToPdf(soffice, docx);
    expect(pdfBytes).toBeGreaterThan(10_000);
    expect(output).not.toMatch(/error|warn.*(docx|filter)/i);
  }, 120_000);
});

describe('the same figures as a workbook', () => {
  it('has one sheet per table with the same numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await reportWorkbook(report)).buffer);
    expect(workbook.worksheets.length).toBe(report.tables.length);
    const sheet = workbook.worksheets.find((s) => s.name.startsWith('Bảng 2'))!;
    const totalRow = sheet.getRow(sheet.rowCount);
    expect(totalRow.getCell(1).value).toBe('Tổng số');
    expect(totalRow.getCell(2).value).toBe(533);
    expect(totalRow.getCell(4).value).toBe(412_296_737_000);
  });
});

describe('the download link', () => {
  it('answers a signed-in leader with the file and refuses anonymous visitors', async () => {
    const leader = await prisma.user.findUniqueOrThrow({ where: { email: 'lanhdao@lienminhhtx.vn' } });
    actAs(leader);
    const response = await downloadReport(new NextRequest(`http://localhost/quan-tri/thong-ke/bao-cao/tai-ve?${LINK}&dinh-dang=docx`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('bao-cao-6-thang-dau-nam-2023-so-23.docx');
    const body = Buffer.from(await response.arrayBuffer());
    expect((await docxParagraphs(body)).join('\n')).toContain('533 HTX');

    const bad = await downloadReport(new NextRequest('http://localhost/quan-tri/thong-ke/bao-cao/tai-ve?ky=2023-6t&ngay=2023-02-30&nguoi-ky=A&chuc-vu=B'));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Ngày không hợp lệ');

    actAs(null);
    await expect(downloadReport(new NextRequest(`http://localhost/quan-tri/thong-ke/bao-cao/tai-ve?${LINK}`))).rejects.toThrow(/NEXT_REDIRECT/);

    const editor = await prisma.user.findUniqueOrThrow({ where: { email: 'bientap@lienminhhtx.vn' } });
    actAs(editor);
    await expect(downloadReport(new NextRequest(`http://localhost/quan-tri/thong-ke/bao-cao/tai-ve?${LINK}`))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;403/);
    actAs(null);
  });
});

describe('the report’s switches: today’s units and reports not yet approved', () => {
  it('re-totals the units onto today’s and says which reports it used', async () => {
    const parsed = parseReportParams(new URLSearchParams(`${LINK}&quy-doi=hien-nay&chua-duyet=1`));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.params).toMatchObject({ unitMode: 'TODAY', includeUnapproved: true });
    const outcome = await resolveReport(parsed.params);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const today = (await docxParagraphs(await reportDocx(outcome.report))).join('\n');
    expect(today).toContain('gồm cả báo cáo chưa được duyệt');
    expect(today).toContain('địa bàn quy đổi về đơn vị hành chính hiện nay');
    expect(text).toContain('báo cáo định kỳ đã được duyệt');
    expect(text).toContain('địa bàn theo đơn vị hành chính tại thời điểm số liệu');

    // The same province in other units: the districts of 2023, or today's communes and wards.
    const units = (r: ResolvedReport) => r.tables.find((t) => t.id === 'don-vi')!;
    expect(units(report).rows.some((row) => String(row.ten).startsWith('Huyện'))).toBe(true);
    expect(units(outcome.report).rows.some((row) => String(row.ten).startsWith('Huyện'))).toBe(false);
    expect(units(outcome.report).total?.tong).toBe(units(report).total?.tong);
  });

  it('refuses a switch value it does not know, in Vietnamese', () => {
    const parsed = parseReportParams(new URLSearchParams(`${LINK}&quy-doi=ngay-xua&chua-duyet=co`));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual({ 'quy-doi': 'Cách tính địa bàn không hợp lệ.', 'chua-duyet': 'Lựa chọn báo cáo chưa duyệt không hợp lệ.' });
  });
});
