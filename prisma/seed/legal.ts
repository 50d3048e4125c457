/**
 * Issuing bodies (with the 2025 mergers of ministries and provinces) and the legal documents the
 * source documents cite. Numbers, dates and abstracts follow the sources (see /work/seeds-digest.md
 * §4); where a source gives no abstract, the document's official title is used.
 */
import type { DocumentRelationType, DocumentScope, DocumentType, IssuingLevel, Validity } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/format/slug';

import type { SeedClient } from './client';
import { utc } from './dates';

type Body = { key: string; name: string; shortName?: string; level: IssuingLevel; validFrom?: Date; validTo?: Date; successor?: string };

// Successors first, so they exist when their predecessors point at them.
const BODIES: Body[] = [
  { key: 'qh', name: 'Quốc hội', level: 'CENTRAL' },
  { key: 'cp', name: 'Chính phủ', level: 'CENTRAL' },
  { key: 'ttg', name: 'Thủ tướng Chính phủ', level: 'CENTRAL' },
  { key: 'bchtw', name: 'Ban Chấp hành Trung ương', shortName: 'BCH TW', level: 'CENTRAL' },
  { key: 'bct', name: 'Bộ Chính trị', level: 'CENTRAL' },
  { key: 'bbt', name: 'Ban Bí thư', level: 'CENTRAL' },
  { key: 'btc', name: 'Bộ Tài chính', shortName: 'BTC', level: 'CENTRAL' },
  { key: 'bkhdt', name: 'Bộ Kế hoạch và Đầu tư', shortName: 'BKHĐT', level: 'CENTRAL', validTo: utc(2025, 2, 28), successor: 'btc' },
  { key: 'bnnmt', name: 'Bộ Nông nghiệp và Môi trường', shortName: 'BNNMT', level: 'CENTRAL', validFrom: utc(2025, 3, 1) },
  { key: 'bnnptnt', name: 'Bộ Nông nghiệp và Phát triển nông thôn', shortName: 'BNNPTNT', level: 'CENTRAL', validTo: utc(2025, 2, 28), successor: 'bnnmt' },
  { key: 'nhnn', name: 'Ngân hàng Nhà nước Việt Nam', shortName: 'NHNN', level: 'CENTRAL' },
  { key: 'lmvn', name: 'Liên minh Hợp tác xã Việt Nam', shortName: 'LMHTXVN', level: 'CENTRAL' },
  { key: 'tuag', name: 'Tỉnh ủy An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1) },
  { key: 'tukg', name: 'Tỉnh ủy Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 6, 30), successor: 'tuag' },
  { key: 'hdndag', name: 'Hội đồng nhân dân tỉnh An Giang', shortName: 'HĐND tỉnh An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1) },
  { key: 'hdndkg', name: 'Hội đồng nhân dân tỉnh Kiên Giang', shortName: 'HĐND tỉnh Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 6, 30), successor: 'hdndag' },
  { key: 'ubndag', name: 'Ủy ban nhân dân tỉnh An Giang', shortName: 'UBND tỉnh An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1) },
  { key: 'ubndkg', name: 'Ủy ban nhân dân tỉnh Kiên Giang', shortName: 'UBND tỉnh Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 6, 30), successor: 'ubndag' },
  { key: 'lmag', name: 'Liên minh Hợp tác xã tỉnh An Giang', shortName: 'LMHTX tỉnh', level: 'ORGANIZATION', validFrom: utc(2025, 7, 1) },
  { key: 'lmkg', name: 'Liên minh Hợp tác xã tỉnh Kiên Giang', shortName: 'LMHTX Kiên Giang', level: 'ORGANIZATION', validTo: utc(2025, 6, 30), successor: 'lmag' },
  { key: 'ubndgr', name: 'Ủy ban nhân dân huyện Giồng Riềng', shortName: 'UBND huyện Giồng Riềng', level: 'DISTRICT', validTo: utc(2025, 6, 30) },
];

type Doc = {
  key: string;
  number: string;
  type: DocumentType;
  scope: DocumentScope;
  body: string;
  signer?: string;
  issued: Date;
  effective?: Date;
  expired?: Date;
  validity?: Validity;
  field?: string;
  abstract: string;
  fullText?: string;
};

const KTTT = 'Kinh tế tập thể, hợp tác xã';

export const LEGAL_DOCUMENTS: Doc[] = [
  { key: 'nq20', number: '20-NQ/TW', type: 'RESOLUTION', scope: 'CENTRAL', body: 'bchtw', signer: 'Nguyễn Phú Trọng', issued: utc(2022, 6, 16), effective: utc(2022, 6, 16), field: KTTT,
    abstract: 'Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    fullText: '<p>Nghị quyết xác định kinh tế tập thể, nòng cốt là hợp tác xã, là thành phần kinh tế quan trọng, cùng với kinh tế nhà nước trở thành nền tảng vững chắc của nền kinh tế quốc dân.</p><p>Mục tiêu đến năm 2030: cả nước có khoảng 140.000 tổ hợp tác, 45.000 hợp tác xã, 340 liên hiệp hợp tác xã; thu nhập bình quân của thành viên, người lao động làm việc thường xuyên trong hợp tác xã tăng trung bình khoảng 7%/năm.</p>' },
  { key: 'ct20', number: '20-CT/TW', type: 'DIRECTIVE', scope: 'CENTRAL', body: 'bbt', issued: utc(2008, 1, 2), effective: utc(2008, 1, 2), field: KTTT,
    abstract: 'Chỉ thị của Ban Bí thư Trung ương Đảng (khóa X) về tăng cường sự lãnh đạo của Đảng đối với việc thực hiện Nghị quyết Trung ương 5 (khóa IX) về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể' },
  { key: 'kl56', number: '56-KL/TW', type: 'OTHER', scope: 'CENTRAL', body: 'bct', issued: utc(2013, 2, 21), effective: utc(2013, 2, 21), field: KTTT,
    abstract: 'Kết luận của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết Trung ương 5 (khóa IX) về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể' },
  { key: 'kl70', number: '70-KL/TW', type: 'OTHER', scope: 'CENTRAL', body: 'bct', issued: utc(2020, 3, 9), effective: utc(2020, 3, 9), field: KTTT,
    abstract: 'Kết luận của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 5, khóa IX về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể' },
  { key: 'kl78', number: '78-KL/TW', type: 'OTHER', scope: 'CENTRAL', body: 'bbt', issued: utc(2020, 6, 10), effective: utc(2020, 6, 10), field: 'Tổ chức, đại hội',
    abstract: 'Kết luận của Ban Bí thư về tổ chức Đại hội Liên minh Hợp tác xã Việt Nam và cấp tỉnh nhiệm kỳ 2020-2025' },
  { key: 'luat2012', number: '23/2012/QH13', type: 'LAW', scope: 'CENTRAL', body: 'qh', signer: 'Nguyễn Sinh Hùng', issued: utc(2012, 11, 20), effective: utc(2013, 7, 1), expired: utc(2024, 7, 1), validity: 'EXPIRED', field: KTTT,
    abstract: 'Luật Hợp tác xã năm 2012' },
  { key: 'luat2023', number: '17/2023/QH15', type: 'LAW', scope: 'CENTRAL', body: 'qh', signer: 'Vương Đình Huệ', issued: utc(2023, 6, 20), effective: utc(2024, 7, 1), field: KTTT,
    abstract: 'Luật Hợp tác xã năm 2023',
    fullText: '<p>Luật quy định về việc thành lập, tổ chức quản lý và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã; chính sách của Nhà nước về phát triển tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.</p><p>Luật có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 và thay thế Luật Hợp tác xã số 23/2012/QH13.</p>' },
  { key: 'nq09', number: '09/NQ-CP', type: 'RESOLUTION', scope: 'CENTRAL', body: 'cp', signer: 'Phạm Minh Chính', issued: utc(2023, 2, 2), effective: utc(2023, 2, 2), field: KTTT,
    abstract: 'Nghị quyết ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 16 tháng 6 năm 2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới' },
  { key: 'nd45', number: '45/2021/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Xuân Phúc', issued: utc(2021, 3, 31), effective: utc(2021, 5, 20), field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Nghị định về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã' },
  { key: 'nd55', number: '55/2015/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Tấn Dũng', issued: utc(2015, 6, 9), effective: utc(2015, 7, 25), validity: 'PARTIALLY_EXPIRED', field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Nghị định về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn' },
  { key: 'nd31', number: '31/2022/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Lê Minh Khái', issued: utc(2022, 5, 20), effective: utc(2022, 5, 20), expired: utc(2024, 1, 1), validity: 'EXPIRED', field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Nghị định về hỗ trợ lãi suất từ ngân sách nhà nước đối với khoản vay của doanh nghiệp, hợp tác xã, hộ kinh doanh' },
  { key: 'nd113', number: '113/2024/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Trần Hồng Hà', issued: utc(2024, 9, 12), effective: utc(2024, 9, 12), field: KTTT,
    abstract: 'Nghị định quy định chi tiết một số điều của Luật Hợp tác xã' },
  { key: 'qd167', number: '167/QĐ-TTg', type: 'DECISION', scope: 'CENTRAL', body: 'ttg', signer: 'Trịnh Đình Dũng', issued: utc(2021, 2, 3), effective: utc(2021, 2, 3), field: KTTT,
    abstract: 'Quyết định phê duyệt Đề án lựa chọn, hoàn thiện, nhân rộng mô hình hợp tác xã kiểu mới hiệu quả tại các địa phương trên cả nước giai đoạn 2021 - 2025' },
  { key: 'ct11', number: '11/CT-TTg', type: 'DIRECTIVE', scope: 'CENTRAL', body: 'ttg', signer: 'Nguyễn Xuân Phúc', issued: utc(2020, 3, 4), effective: utc(2020, 3, 4), validity: 'EXPIRED', expired: utc(2023, 3, 1), field: 'Phòng, chống dịch Covid-19',
    abstract: 'Chỉ thị về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh, bảo đảm an sinh xã hội ứng phó với dịch Covid-19' },
  { key: 'ct16', number: '16/CT-TTg', type: 'DIRECTIVE', scope: 'CENTRAL', body: 'ttg', signer: 'Nguyễn Xuân Phúc', issued: utc(2020, 3, 31), effective: utc(2020, 4, 1), validity: 'EXPIRED', expired: utc(2022, 3, 1), field: 'Phòng, chống dịch Covid-19',
    abstract: 'Chỉ thị về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19' },
  { key: 'tt01', number: '01/2020/TT-BKHĐT', type: 'CIRCULAR', scope: 'CENTRAL', body: 'bkhdt', signer: 'Nguyễn Chí Dũng', issued: utc(2020, 2, 19), effective: utc(2020, 4, 6), field: KTTT,
    abstract: 'Thông tư hướng dẫn phân loại và đánh giá hợp tác xã' },
  { key: 'kh93', number: '93/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndkg', issued: utc(2021, 4, 29), effective: utc(2021, 4, 29), field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Kế hoạch cho vay hỗ trợ phát triển hợp tác xã trên địa bàn tỉnh Kiên Giang' },
  { key: 'ctr04', number: '04-CTr/TU', type: 'OTHER', scope: 'LOCAL', body: 'tukg', issued: utc(2010, 12, 28), effective: utc(2010, 12, 28), validity: 'EXPIRED', expired: utc(2016, 1, 1), field: 'Phát triển kinh tế - xã hội',
    abstract: 'Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Kiên Giang lần thứ IX, gồm 16 chương trình, dự án trọng điểm, trong đó có Chương trình phát triển và nâng cao hiệu quả hoạt động của các hợp tác xã' },
  { key: 'qd-thidua-2023', number: '1452/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', body: 'ubndkg', issued: utc(2023, 6, 26), effective: utc(2023, 6, 26), field: 'Thi đua, khen thưởng',
    abstract: 'Quyết định tặng Cờ thi đua và Bằng khen cho các tập thể dẫn đầu, đạt hạng nhì, hạng ba các Khối thi đua hợp tác xã' },
  { key: 'bc-2011', number: '12/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmkg', issued: utc(2011, 3, 21), effective: utc(2011, 3, 21), field: 'Báo cáo',
    abstract: 'Kết quả thực hiện nhiệm vụ quý I và Chương trình công tác quý II năm 2011' },
  { key: 'qd-khoi-2023', number: '08/QĐ-LMHTX', type: 'DECISION', scope: 'UNIT', body: 'lmkg', issued: utc(2023, 2, 10), effective: utc(2023, 2, 10), field: 'Thi đua, khen thưởng',
    abstract: 'Quyết định thành lập các Khối thi đua hợp tác xã năm 2023' },
  { key: 'kh-taphuan-2023', number: '15/KH-LMHTX', type: 'PLAN', scope: 'UNIT', body: 'lmkg', issued: utc(2023, 2, 20), effective: utc(2023, 2, 20), field: 'Đào tạo, bồi dưỡng',
    abstract: 'Kế hoạch tổ chức các lớp tập huấn, bồi dưỡng nâng cao năng lực cho hợp tác xã năm 2023' },
  { key: 'bc-sk-2023', number: '64/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmkg', issued: utc(2023, 7, 14), effective: utc(2023, 7, 14), field: 'Báo cáo',
    abstract: 'Báo cáo sơ kết tình hình phát triển kinh tế tập thể, hợp tác xã 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2023' },
  { key: 'kh-luat-2024', number: '21/KH-LMHTX', type: 'PLAN', scope: 'UNIT', body: 'lmkg', issued: utc(2024, 3, 5), effective: utc(2024, 3, 5), field: KTTT,
    abstract: 'Kế hoạch tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 đến các hợp tác xã, tổ hợp tác trên địa bàn tỉnh' },
  { key: 'bc-tk-2025', number: '05/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmag', issued: utc(2026, 1, 12), effective: utc(2026, 1, 12), field: 'Báo cáo',
    abstract: 'Báo cáo tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026' },
  { key: 'tb-2026', number: '31/TB-LMHTX', type: 'NOTICE', scope: 'UNIT', body: 'lmag', issued: utc(2026, 6, 20), effective: utc(2026, 6, 20), field: 'Báo cáo',
    abstract: 'Thông báo thời hạn gửi báo cáo tình hình hoạt động 6 tháng đầu năm 2026 của hợp tác xã, tổ hợp tác (trước ngày 15/7/2026)' },
];

const RELATIONS: [string, DocumentRelationType, string][] = [
  ['luat2023', 'REPLACES', 'luat2012'],
  ['nq09', 'IMPLEMENTS', 'nq20'],
  ['tt01', 'GUIDES', 'luat2012'],
  ['nd113', 'GUIDES', 'luat2023'],
  ['kl70', 'REFERENCES', 'kl56'],
  ['kl56', 'IMPLEMENTS', 'ct20'],
  ['kh93', 'IMPLEMENTS', 'nd45'],
  ['kh-luat-2024', 'IMPLEMENTS', 'luat2023'],
  ['bc-sk-2023', 'REFERENCES', 'nq20'],
];

export async function seedLegal(db: SeedClient): Promise<{ issuingBodies: number; documents: number; relations: number }> {
  const bodyIds = new Map<string, number>();
  for (const b of BODIES) {
    const created = await db.issuingBody.create({
      data: { name: b.name, shortName: b.shortName ?? null, level: b.level, validFrom: b.validFrom ?? null, validTo: b.validTo ?? null, successorId: b.successor ? bodyIds.get(b.successor)! : null },
    });
    bodyIds.set(b.key, created.id);
  }
  const docIds = new Map<string, number>();
  for (const d of LEGAL_DOCUMENTS) {
    const created = await db.legalDocument.create({
      data: {
        slug: legalDocumentSlug(d.type, d.number),
        number: d.number,
        type: d.type,
        scope: d.scope,
        issuingBodyId: bodyIds.get(d.body)!,
        signer: d.signer ?? null,
        issuedOn: d.issued,
        effectiveOn: d.effective ?? null,
        expiredOn: d.expired ?? null,
        validity: d.validity ?? 'IN_FORCE',
        field: d.field ?? null,
        abstract: d.abstract,
        fullText: d.fullText ?? null,
      },
    });
    docIds.set(d.key, created.id);
  }
  await db.documentRelation.createMany({ data: RELATIONS.map(([from, type, to]) => ({ fromId: docIds.get(from)!, toId: docIds.get(to)!, type })) });
  return { issuingBodies: BODIES.length, documents: LEGAL_DOCUMENTS.length, relations: RELATIONS.length };
}

const TYPE_WORD: Record<DocumentType, string> = {
  LAW: 'luat', RESOLUTION: 'nghi-quyet', DECREE: 'nghi-dinh', DECISION: 'quyet-dinh', CIRCULAR: 'thong-tu', DIRECTIVE: 'chi-thi',
  PLAN: 'ke-hoach', OFFICIAL_LETTER: 'cong-van', GUIDANCE: 'huong-dan', REPORT: 'bao-cao', NOTICE: 'thong-bao', OTHER: 'van-ban',
};

/** "nghi-quyet-20-nq-tw", "luat-17-2023-qh15". */
export function legalDocumentSlug(type: DocumentType, number: string): string {
  return `${TYPE_WORD[type]}-${slugify(number)}`;
}
