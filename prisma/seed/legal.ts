/**
 * Issuing bodies (with the 2025 mergers of ministries, provincial departments and provinces) and
 * the demo library of 80 legal documents: the ones the source documents cite (numbers, dates and
 * abstracts as in the sources, see /work/seeds-digest.md §4) and more of the kind a provincial
 * alliance's portal lists — central laws, decrees and circulars on cooperatives, provincial
 * resolutions and plans, and the alliance's own reports and decisions. Where no source gives a
 * document, the number and abstract are made to look real; they are demo data, not a legal source.
 *
 * Validity is not seeded: it is derived at read time from the dates and the "replaces" links
 * (lib/documents/queries.ts). The stored column only carries the editors' "partly expired" marker.
 */
import type { DocumentRelationType, DocumentScope, DocumentType, IssuingLevel, Validity } from '@/lib/generated/prisma/enums';
import { documentTypeWords } from '@/lib/documents/filters';
import { slugify } from '@/lib/format/slug';

import type { SeedClient } from './client';
import { utc } from './dates';
import { seedLegalAttachments } from './legal-files';
import { FULL_TEXTS } from './legal-texts';

export type Body = { key: string; name: string; shortName?: string; level: IssuingLevel; validFrom?: Date; validTo?: Date; successor?: string; place: string };

// Successors first, so they exist when their predecessors point at them. `place` is where the
// body dates its documents ("Hà Nội, ngày …").
export const BODIES: Body[] = [
  { key: 'qh', name: 'Quốc hội', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'cp', name: 'Chính phủ', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'ttg', name: 'Thủ tướng Chính phủ', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'bchtw', name: 'Ban Chấp hành Trung ương', shortName: 'BCH TW', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'bct', name: 'Bộ Chính trị', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'bbt', name: 'Ban Bí thư', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'btc', name: 'Bộ Tài chính', shortName: 'BTC', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'bkhdt', name: 'Bộ Kế hoạch và Đầu tư', shortName: 'BKHĐT', level: 'CENTRAL', validTo: utc(2025, 2, 28), successor: 'btc', place: 'Hà Nội' },
  { key: 'bnnmt', name: 'Bộ Nông nghiệp và Môi trường', shortName: 'BNNMT', level: 'CENTRAL', validFrom: utc(2025, 3, 1), place: 'Hà Nội' },
  { key: 'bnnptnt', name: 'Bộ Nông nghiệp và Phát triển nông thôn', shortName: 'BNNPTNT', level: 'CENTRAL', validTo: utc(2025, 2, 28), successor: 'bnnmt', place: 'Hà Nội' },
  { key: 'nhnn', name: 'Ngân hàng Nhà nước Việt Nam', shortName: 'NHNN', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'lmvn', name: 'Liên minh Hợp tác xã Việt Nam', shortName: 'LMHTXVN', level: 'CENTRAL', place: 'Hà Nội' },
  { key: 'tuag', name: 'Tỉnh ủy An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1), place: 'An Giang' },
  { key: 'tukg', name: 'Tỉnh ủy Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 6, 30), successor: 'tuag', place: 'Kiên Giang' },
  { key: 'hdndag', name: 'Hội đồng nhân dân tỉnh An Giang', shortName: 'HĐND tỉnh An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1), place: 'An Giang' },
  { key: 'hdndkg', name: 'Hội đồng nhân dân tỉnh Kiên Giang', shortName: 'HĐND tỉnh Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 6, 30), successor: 'hdndag', place: 'Kiên Giang' },
  { key: 'ubndag', name: 'Ủy ban nhân dân tỉnh An Giang', shortName: 'UBND tỉnh An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1), place: 'An Giang' },
  { key: 'ubndkg', name: 'Ủy ban nhân dân tỉnh Kiên Giang', shortName: 'UBND tỉnh Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 6, 30), successor: 'ubndag', place: 'Kiên Giang' },
  { key: 'lmag', name: 'Liên minh Hợp tác xã tỉnh An Giang', shortName: 'LMHTX tỉnh', level: 'ORGANIZATION', validFrom: utc(2025, 7, 1), place: 'An Giang' },
  { key: 'lmkg', name: 'Liên minh Hợp tác xã tỉnh Kiên Giang', shortName: 'LMHTX Kiên Giang', level: 'ORGANIZATION', validTo: utc(2025, 6, 30), successor: 'lmag', place: 'Kiên Giang' },
  { key: 'ubndgr', name: 'Ủy ban nhân dân huyện Giồng Riềng', shortName: 'UBND huyện Giồng Riềng', level: 'DISTRICT', validTo: utc(2025, 6, 30), place: 'Giồng Riềng' },
  // Provincial departments: merged in March 2025 (ministries' reorganization), then again with the provinces.
  { key: 'snnmtag', name: 'Sở Nông nghiệp và Môi trường tỉnh An Giang', shortName: 'Sở NN&MT An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1), place: 'An Giang' },
  { key: 'snnmtkg', name: 'Sở Nông nghiệp và Môi trường tỉnh Kiên Giang', shortName: 'Sở NN&MT Kiên Giang', level: 'PROVINCIAL', validFrom: utc(2025, 3, 1), validTo: utc(2025, 6, 30), successor: 'snnmtag', place: 'Kiên Giang' },
  { key: 'snnkg', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang', shortName: 'Sở NN&PTNT Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 2, 28), successor: 'snnmtkg', place: 'Kiên Giang' },
  { key: 'stcag', name: 'Sở Tài chính tỉnh An Giang', shortName: 'Sở Tài chính An Giang', level: 'PROVINCIAL', validFrom: utc(2025, 7, 1), place: 'An Giang' },
  { key: 'stckg', name: 'Sở Tài chính tỉnh Kiên Giang', shortName: 'Sở Tài chính Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 6, 30), successor: 'stcag', place: 'Kiên Giang' },
  { key: 'skhdtkg', name: 'Sở Kế hoạch và Đầu tư tỉnh Kiên Giang', shortName: 'Sở KH&ĐT Kiên Giang', level: 'PROVINCIAL', validTo: utc(2025, 2, 28), successor: 'stckg', place: 'Kiên Giang' },
];

export type Doc = {
  key: string;
  number: string;
  type: DocumentType;
  scope: DocumentScope;
  body: string;
  signer?: string;
  issued: Date;
  effective?: Date;
  expired?: Date;
  /** Only the editors' "partly expired" marker; every other validity is derived. */
  validity?: Extract<Validity, 'PARTIALLY_EXPIRED'>;
  field?: string;
  abstract: string;
};

const KTTT = 'Kinh tế tập thể, hợp tác xã';
const CREDIT = 'Tín dụng, quỹ hỗ trợ';
const AGRI = 'Nông nghiệp, nông thôn';
const OCOP = 'Chương trình OCOP';
const REPORT = 'Báo cáo';
const AWARDS = 'Thi đua, khen thưởng';
const TRAINING = 'Đào tạo, bồi dưỡng';
const ORG = 'Tổ chức bộ máy';
const FINANCE = 'Tài chính, ngân sách';

/** The documents the source documents cite (the first 26 of the demo). */
const CITED_DOCUMENTS: Doc[] = [
  { key: 'nq20', number: '20-NQ/TW', type: 'RESOLUTION', scope: 'CENTRAL', body: 'bchtw', signer: 'Nguyễn Phú Trọng', issued: utc(2022, 6, 16), effective: utc(2022, 6, 16), field: KTTT,
    abstract: 'Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới' },
  { key: 'ct20', number: '20-CT/TW', type: 'DIRECTIVE', scope: 'CENTRAL', body: 'bbt', issued: utc(2008, 1, 2), effective: utc(2008, 1, 2), field: KTTT,
    abstract: 'Chỉ thị của Ban Bí thư Trung ương Đảng (khóa X) về tăng cường sự lãnh đạo của Đảng đối với việc thực hiện Nghị quyết Trung ương 5 (khóa IX) về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể' },
  { key: 'kl56', number: '56-KL/TW', type: 'OTHER', scope: 'CENTRAL', body: 'bct', issued: utc(2013, 2, 21), effective: utc(2013, 2, 21), field: KTTT,
    abstract: 'Kết luận của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết Trung ương 5 (khóa IX) về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể' },
  { key: 'kl70', number: '70-KL/TW', type: 'OTHER', scope: 'CENTRAL', body: 'bct', issued: utc(2020, 3, 9), effective: utc(2020, 3, 9), field: KTTT,
    abstract: 'Kết luận của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 5, khóa IX về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể' },
  { key: 'kl78', number: '78-KL/TW', type: 'OTHER', scope: 'CENTRAL', body: 'bbt', issued: utc(2020, 6, 10), effective: utc(2020, 6, 10), field: 'Tổ chức, đại hội',
    abstract: 'Kết luận của Ban Bí thư về tổ chức Đại hội Liên minh Hợp tác xã Việt Nam và cấp tỉnh nhiệm kỳ 2020-2025' },
  { key: 'luat2012', number: '23/2012/QH13', type: 'LAW', scope: 'CENTRAL', body: 'qh', signer: 'Nguyễn Sinh Hùng', issued: utc(2012, 11, 20), effective: utc(2013, 7, 1), expired: utc(2024, 7, 1), field: KTTT,
    abstract: 'Luật Hợp tác xã năm 2012' },
  { key: 'luat2023', number: '17/2023/QH15', type: 'LAW', scope: 'CENTRAL', body: 'qh', signer: 'Vương Đình Huệ', issued: utc(2023, 6, 20), effective: utc(2024, 7, 1), field: KTTT,
    abstract: 'Luật Hợp tác xã năm 2023' },
  { key: 'nq09', number: '09/NQ-CP', type: 'RESOLUTION', scope: 'CENTRAL', body: 'cp', signer: 'Phạm Minh Chính', issued: utc(2023, 2, 2), effective: utc(2023, 2, 2), field: KTTT,
    abstract: 'Nghị quyết ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 16 tháng 6 năm 2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới' },
  { key: 'nd45', number: '45/2021/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Xuân Phúc', issued: utc(2021, 3, 31), effective: utc(2021, 5, 20), field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Nghị định về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã' },
  { key: 'nd55', number: '55/2015/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Tấn Dũng', issued: utc(2015, 6, 9), effective: utc(2015, 7, 25), validity: 'PARTIALLY_EXPIRED', field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Nghị định về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn' },
  { key: 'nd31', number: '31/2022/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Lê Minh Khái', issued: utc(2022, 5, 20), effective: utc(2022, 5, 20), expired: utc(2024, 1, 1), field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Nghị định về hỗ trợ lãi suất từ ngân sách nhà nước đối với khoản vay của doanh nghiệp, hợp tác xã, hộ kinh doanh' },
  { key: 'nd113', number: '113/2024/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Trần Hồng Hà', issued: utc(2024, 9, 12), effective: utc(2024, 9, 12), field: KTTT,
    abstract: 'Nghị định quy định chi tiết một số điều của Luật Hợp tác xã' },
  { key: 'qd167', number: '167/QĐ-TTg', type: 'DECISION', scope: 'CENTRAL', body: 'ttg', signer: 'Trịnh Đình Dũng', issued: utc(2021, 2, 3), effective: utc(2021, 2, 3), field: KTTT,
    abstract: 'Quyết định phê duyệt Đề án lựa chọn, hoàn thiện, nhân rộng mô hình hợp tác xã kiểu mới hiệu quả tại các địa phương trên cả nước giai đoạn 2021 - 2025' },
  { key: 'ct11', number: '11/CT-TTg', type: 'DIRECTIVE', scope: 'CENTRAL', body: 'ttg', signer: 'Nguyễn Xuân Phúc', issued: utc(2020, 3, 4), effective: utc(2020, 3, 4), expired: utc(2023, 3, 1), field: 'Phòng, chống dịch Covid-19',
    abstract: 'Chỉ thị về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh, bảo đảm an sinh xã hội ứng phó với dịch Covid-19' },
  { key: 'ct16', number: '16/CT-TTg', type: 'DIRECTIVE', scope: 'CENTRAL', body: 'ttg', signer: 'Nguyễn Xuân Phúc', issued: utc(2020, 3, 31), effective: utc(2020, 4, 1), expired: utc(2022, 3, 1), field: 'Phòng, chống dịch Covid-19',
    abstract: 'Chỉ thị về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19' },
  { key: 'tt01', number: '01/2020/TT-BKHĐT', type: 'CIRCULAR', scope: 'CENTRAL', body: 'bkhdt', signer: 'Nguyễn Chí Dũng', issued: utc(2020, 2, 19), effective: utc(2020, 4, 6), field: KTTT,
    abstract: 'Thông tư hướng dẫn phân loại và đánh giá hợp tác xã' },
  { key: 'kh93', number: '93/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndkg', issued: utc(2021, 4, 29), effective: utc(2021, 4, 29), field: 'Tín dụng, quỹ hỗ trợ',
    abstract: 'Kế hoạch cho vay hỗ trợ phát triển hợp tác xã trên địa bàn tỉnh Kiên Giang' },
  { key: 'ctr04', number: '04-CTr/TU', type: 'OTHER', scope: 'LOCAL', body: 'tukg', issued: utc(2010, 12, 28), effective: utc(2010, 12, 28), expired: utc(2016, 1, 1), field: 'Phát triển kinh tế - xã hội',
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

/** Central documents beyond those cited: the laws and decrees a cooperative portal lists. */
const CENTRAL_DOCUMENTS: Doc[] = [
  { key: 'luat2003', number: '18/2003/QH11', type: 'LAW', scope: 'CENTRAL', body: 'qh', signer: 'Nguyễn Văn An', issued: utc(2003, 11, 26), effective: utc(2004, 7, 1), expired: utc(2013, 7, 1), field: KTTT,
    abstract: 'Luật Hợp tác xã năm 2003' },
  { key: 'nd193', number: '193/2013/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Tấn Dũng', issued: utc(2013, 11, 21), effective: utc(2014, 1, 15), field: KTTT,
    abstract: 'Nghị định quy định chi tiết một số điều của Luật Hợp tác xã năm 2012' },
  { key: 'nd107', number: '107/2017/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Xuân Phúc', issued: utc(2017, 9, 15), effective: utc(2017, 11, 1), field: KTTT,
    abstract: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 193/2013/NĐ-CP ngày 21 tháng 11 năm 2013 của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã' },
  { key: 'nd116', number: '116/2018/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Xuân Phúc', issued: utc(2018, 9, 7), effective: utc(2018, 9, 7), field: CREDIT,
    abstract: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 55/2015/NĐ-CP ngày 09 tháng 6 năm 2015 của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn' },
  { key: 'nd98', number: '98/2018/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Xuân Phúc', issued: utc(2018, 7, 5), effective: utc(2018, 8, 20), field: AGRI,
    abstract: 'Nghị định về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp' },
  { key: 'nd77', number: '77/2019/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', signer: 'Nguyễn Xuân Phúc', issued: utc(2019, 10, 10), effective: utc(2019, 11, 25), expired: utc(2024, 7, 1), field: KTTT,
    abstract: 'Nghị định về tổ hợp tác' },
  { key: 'nd92', number: '92/2024/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', issued: utc(2024, 7, 18), effective: utc(2024, 7, 18), field: KTTT,
    abstract: 'Nghị định về đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã' },
  { key: 'nd318', number: '318/2026/NĐ-CP', type: 'DECREE', scope: 'CENTRAL', body: 'cp', issued: utc(2026, 11, 10), effective: utc(2027, 1, 1), field: KTTT,
    abstract: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 113/2024/NĐ-CP quy định chi tiết một số điều của Luật Hợp tác xã' },
  { key: 'tt03', number: '03/2014/TT-BKHĐT', type: 'CIRCULAR', scope: 'CENTRAL', body: 'bkhdt', signer: 'Bùi Quang Vinh', issued: utc(2014, 5, 26), effective: utc(2014, 7, 10), field: KTTT,
    abstract: 'Thông tư hướng dẫn về đăng ký hợp tác xã và chế độ báo cáo tình hình hoạt động của hợp tác xã' },
  { key: 'tt07', number: '07/2019/TT-BKHĐT', type: 'CIRCULAR', scope: 'CENTRAL', body: 'bkhdt', signer: 'Nguyễn Chí Dũng', issued: utc(2019, 4, 8), effective: utc(2019, 5, 25), field: KTTT,
    abstract: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 03/2014/TT-BKHĐT ngày 26 tháng 5 năm 2014 hướng dẫn về đăng ký hợp tác xã và chế độ báo cáo tình hình hoạt động của hợp tác xã' },
  { key: 'tt09', number: '09/2024/TT-BKHĐT', type: 'CIRCULAR', scope: 'CENTRAL', body: 'bkhdt', issued: utc(2024, 7, 23), effective: utc(2024, 9, 10), field: KTTT,
    abstract: 'Thông tư ban hành biểu mẫu sử dụng trong đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã và chế độ báo cáo tình hình hoạt động' },
  { key: 'tt84', number: '84/2021/TT-BTC', type: 'CIRCULAR', scope: 'CENTRAL', body: 'btc', issued: utc(2021, 9, 30), effective: utc(2021, 11, 15), field: CREDIT,
    abstract: 'Thông tư hướng dẫn chế độ quản lý tài chính đối với Quỹ hỗ trợ phát triển hợp tác xã' },
  { key: 'tt10nhnn', number: '10/2015/TT-NHNN', type: 'CIRCULAR', scope: 'CENTRAL', body: 'nhnn', issued: utc(2015, 7, 22), effective: utc(2015, 7, 22), field: CREDIT,
    abstract: 'Thông tư hướng dẫn thực hiện một số nội dung của Nghị định số 55/2015/NĐ-CP ngày 09/6/2015 của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn' },
  { key: 'tt12bnnmt', number: '12/2025/TT-BNNMT', type: 'CIRCULAR', scope: 'CENTRAL', body: 'bnnmt', issued: utc(2025, 6, 16), effective: utc(2025, 8, 1), field: AGRI,
    abstract: 'Thông tư hướng dẫn hỗ trợ phát triển hợp tác xã nông nghiệp gắn với liên kết sản xuất theo chuỗi giá trị' },
  { key: 'qd1804', number: '1804/QĐ-TTg', type: 'DECISION', scope: 'CENTRAL', body: 'ttg', signer: 'Trịnh Đình Dũng', issued: utc(2020, 11, 13), effective: utc(2020, 11, 13), expired: utc(2026, 1, 1), field: KTTT,
    abstract: 'Quyết định phê duyệt Chương trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025' },
  { key: 'qd340', number: '340/QĐ-TTg', type: 'DECISION', scope: 'CENTRAL', body: 'ttg', signer: 'Trịnh Đình Dũng', issued: utc(2021, 3, 12), effective: utc(2021, 3, 12), field: KTTT,
    abstract: 'Quyết định phê duyệt Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2030' },
  { key: 'qd461', number: '461/QĐ-TTg', type: 'DECISION', scope: 'CENTRAL', body: 'ttg', signer: 'Trịnh Đình Dũng', issued: utc(2018, 4, 27), effective: utc(2018, 4, 27), expired: utc(2021, 1, 1), field: AGRI,
    abstract: 'Quyết định phê duyệt Đề án phát triển 15.000 hợp tác xã, liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả đến năm 2020' },
  { key: 'qd490', number: '490/QĐ-TTg', type: 'DECISION', scope: 'CENTRAL', body: 'ttg', issued: utc(2018, 5, 7), effective: utc(2018, 5, 7), field: OCOP,
    abstract: 'Quyết định phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2018 - 2020' },
  { key: 'qd919', number: '919/QĐ-TTg', type: 'DECISION', scope: 'CENTRAL', body: 'ttg', signer: 'Lê Văn Thành', issued: utc(2022, 8, 1), effective: utc(2022, 8, 1), field: OCOP,
    abstract: 'Quyết định phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025' },
  { key: 'qd-lmvn-2023', number: '127/QĐ-LMHTXVN', type: 'DECISION', scope: 'CENTRAL', body: 'lmvn', issued: utc(2023, 3, 15), effective: utc(2023, 3, 15), field: KTTT,
    abstract: 'Quyết định ban hành Chương trình hành động của Liên minh Hợp tác xã Việt Nam thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII' },
];

/** Provincial and district documents (Kiên Giang before 1/7/2025, An Giang after). */
const LOCAL_DOCUMENTS: Doc[] = [
  { key: 'nq24', number: '24/2018/NQ-HĐND', type: 'RESOLUTION', scope: 'LOCAL', body: 'hdndkg', issued: utc(2018, 12, 7), effective: utc(2019, 1, 1), field: KTTT,
    abstract: 'Nghị quyết quy định một số chính sách hỗ trợ, khuyến khích phát triển hợp tác xã, liên hiệp hợp tác xã trong lĩnh vực nông nghiệp trên địa bàn tỉnh Kiên Giang' },
  { key: 'hdln-2019', number: '01/HDLN-SNNPTNT-STC', type: 'GUIDANCE', scope: 'LOCAL', body: 'snnkg', issued: utc(2019, 3, 15), effective: utc(2019, 3, 15), field: KTTT,
    abstract: 'Hướng dẫn liên ngành triển khai thực hiện Nghị quyết số 24/2018/NQ-HĐND ngày 07/12/2018 của Hội đồng nhân dân tỉnh' },
  { key: 'ctr31', number: '31-CTr/TU', type: 'OTHER', scope: 'LOCAL', body: 'tukg', issued: utc(2023, 2, 24), effective: utc(2023, 2, 24), field: KTTT,
    abstract: 'Chương trình của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới' },
  { key: 'kh62', number: '62/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndkg', issued: utc(2023, 3, 29), effective: utc(2023, 3, 29), field: KTTT,
    abstract: 'Kế hoạch triển khai thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ và Chương trình số 31-CTr/TU ngày 24/02/2023 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế tập thể' },
  { key: 'qd-dieule-quy', number: '2652/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', body: 'ubndkg', issued: utc(2015, 11, 20), effective: utc(2015, 11, 20), validity: 'PARTIALLY_EXPIRED', field: CREDIT,
    abstract: 'Quyết định ban hành Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Kiên Giang' },
  { key: 'qd1485', number: '1485/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', body: 'ubndkg', issued: utc(2019, 9, 6), effective: utc(2019, 9, 6), field: CREDIT,
    abstract: 'Quyết định sửa đổi, bổ sung Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Kiên Giang' },
  { key: 'cv1309', number: '1309/UBND-KGVX', type: 'OFFICIAL_LETTER', scope: 'LOCAL', body: 'ubndkg', issued: utc(2020, 3, 31), effective: utc(2020, 3, 31), expired: utc(2022, 3, 1), field: 'Phòng, chống dịch Covid-19',
    abstract: 'Công văn về việc thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19' },
  { key: 'qd1620', number: '1620/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', body: 'ubndkg', issued: utc(2021, 7, 12), effective: utc(2021, 7, 12), field: CREDIT,
    abstract: 'Quyết định phê duyệt Đề án chuyển đổi Quỹ hỗ trợ phát triển hợp tác xã tỉnh Kiên Giang theo Nghị định số 45/2021/NĐ-CP' },
  { key: 'kh149', number: '149/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndkg', issued: utc(2021, 8, 17), effective: utc(2021, 8, 17), expired: utc(2026, 1, 1), field: OCOP,
    abstract: 'Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm tỉnh Kiên Giang giai đoạn 2021 - 2025' },
  { key: 'kh205', number: '205/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndkg', issued: utc(2023, 9, 18), effective: utc(2023, 9, 18), field: KTTT,
    abstract: 'Kế hoạch triển khai thi hành Luật Hợp tác xã năm 2023 trên địa bàn tỉnh Kiên Giang' },
  { key: 'kh48', number: '48/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndkg', issued: utc(2024, 2, 26), effective: utc(2024, 2, 26), expired: utc(2025, 1, 1), field: KTTT,
    abstract: 'Kế hoạch phát triển kinh tế tập thể, hợp tác xã tỉnh Kiên Giang năm 2024' },
  { key: 'cv2150', number: '2150/SKHĐT-ĐKKD', type: 'OFFICIAL_LETTER', scope: 'LOCAL', body: 'skhdtkg', issued: utc(2024, 8, 20), effective: utc(2024, 8, 20), field: KTTT,
    abstract: 'Công văn hướng dẫn đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã theo Nghị định số 92/2024/NĐ-CP' },
  { key: 'kh87gr', number: '87/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndgr', issued: utc(2022, 4, 5), effective: utc(2022, 4, 5), expired: utc(2023, 1, 1), field: AGRI,
    abstract: 'Kế hoạch củng cố, nâng cao hiệu quả hoạt động hợp tác xã nông nghiệp trên địa bàn huyện Giồng Riềng năm 2022' },
  { key: 'qd1250', number: '1250/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', body: 'ubndag', issued: utc(2025, 7, 21), effective: utc(2025, 7, 21), field: ORG,
    abstract: 'Quyết định kiện toàn Ban Chỉ đạo phát triển kinh tế tập thể, hợp tác xã tỉnh An Giang' },
  { key: 'hd1024', number: '1024/HD-SNNMT', type: 'GUIDANCE', scope: 'LOCAL', body: 'snnmtag', issued: utc(2025, 9, 8), effective: utc(2025, 9, 8), field: AGRI,
    abstract: 'Hướng dẫn xây dựng, củng cố hợp tác xã nông nghiệp gắn với vùng nguyên liệu tập trung trên địa bàn tỉnh An Giang' },
  { key: 'ctr05', number: '05-CTr/TU', type: 'OTHER', scope: 'LOCAL', body: 'tuag', issued: utc(2025, 10, 20), effective: utc(2025, 10, 20), field: KTTT,
    abstract: 'Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh An Giang về phát triển kinh tế tập thể, hợp tác xã giai đoạn 2025 - 2030' },
  { key: 'qd2380', number: '2380/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', body: 'ubndag', issued: utc(2025, 12, 22), effective: utc(2025, 12, 22), field: AWARDS,
    abstract: 'Quyết định tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua phát triển kinh tế tập thể năm 2025' },
  { key: 'kh312', number: '312/KH-UBND', type: 'PLAN', scope: 'LOCAL', body: 'ubndag', issued: utc(2026, 1, 15), effective: utc(2026, 1, 15), field: KTTT,
    abstract: 'Kế hoạch phát triển kinh tế tập thể, hợp tác xã tỉnh An Giang năm 2026' },
  { key: 'nq2026', number: '45/2026/NQ-HĐND', type: 'RESOLUTION', scope: 'LOCAL', body: 'hdndag', issued: utc(2026, 11, 10), effective: utc(2027, 1, 1), field: KTTT,
    abstract: 'Nghị quyết quy định chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh An Giang giai đoạn 2027 - 2030' },
];

/** The alliance's own documents (văn bản đơn vị). */
const UNIT_DOCUMENTS: Doc[] = [
  { key: 'bc-tk-2019', number: '03/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmkg', issued: utc(2020, 1, 10), effective: utc(2020, 1, 10), field: REPORT,
    abstract: 'Báo cáo tổng kết công tác năm 2019 và phương hướng, nhiệm vụ năm 2020' },
  { key: 'bc-tk-2020', number: '04/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmkg', issued: utc(2021, 1, 12), effective: utc(2021, 1, 12), field: REPORT,
    abstract: 'Báo cáo tổng kết tình hình kinh tế tập thể năm 2020, nhiệm kỳ 2016 - 2020 và phương hướng, nhiệm vụ năm 2021' },
  { key: 'bc-tk-2022', number: '06/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmkg', issued: utc(2023, 1, 9), effective: utc(2023, 1, 9), field: REPORT,
    abstract: 'Báo cáo tổng kết công tác năm 2022 và phương hướng, nhiệm vụ năm 2023' },
  { key: 'bc-sk-2024', number: '58/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmkg', issued: utc(2024, 7, 12), effective: utc(2024, 7, 12), field: REPORT,
    abstract: 'Báo cáo sơ kết tình hình phát triển kinh tế tập thể, hợp tác xã 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024' },
  { key: 'bc-tk-2024', number: '07/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmkg', issued: utc(2025, 1, 14), effective: utc(2025, 1, 14), field: REPORT,
    abstract: 'Báo cáo tổng kết công tác năm 2024 và phương hướng, nhiệm vụ năm 2025' },
  { key: 'bc-sk-2025', number: '41/BC-LMHTX', type: 'REPORT', scope: 'UNIT', body: 'lmag', issued: utc(2025, 7, 10), effective: utc(2025, 7, 10), field: REPORT,
    abstract: 'Báo cáo sơ kết tình hình kinh tế tập thể 6 tháng đầu năm 2025 của tỉnh Kiên Giang và tỉnh An Giang (trước hợp nhất)' },
  { key: 'qd-chitieu-2019', number: '12/QĐ-LMHTX', type: 'DECISION', scope: 'UNIT', body: 'lmkg', issued: utc(2019, 1, 15), effective: utc(2019, 1, 15), field: FINANCE,
    abstract: 'Quyết định ban hành Quy chế chi tiêu nội bộ của Liên minh Hợp tác xã tỉnh' },
  { key: 'qd-chitieu-2024', number: '09/QĐ-LMHTX', type: 'DECISION', scope: 'UNIT', body: 'lmkg', issued: utc(2024, 1, 22), effective: utc(2024, 1, 22), field: FINANCE,
    abstract: 'Quyết định ban hành Quy chế chi tiêu nội bộ năm 2024 của Liên minh Hợp tác xã tỉnh' },
  { key: 'qd-chitieu-2025', number: '27/QĐ-LMHTX', type: 'DECISION', scope: 'UNIT', body: 'lmag', issued: utc(2025, 8, 5), effective: utc(2025, 8, 5), field: FINANCE,
    abstract: 'Quyết định ban hành Quy chế chi tiêu nội bộ của Liên minh Hợp tác xã tỉnh An Giang' },
  { key: 'kh-thidua-2024', number: '11/KH-LMHTX', type: 'PLAN', scope: 'UNIT', body: 'lmkg', issued: utc(2024, 2, 1), effective: utc(2024, 2, 1), field: AWARDS,
    abstract: 'Kế hoạch phát động phong trào thi đua trong các Khối thi đua hợp tác xã năm 2024' },
  { key: 'hd-ocop-2023', number: '06/HD-LMHTX', type: 'GUIDANCE', scope: 'UNIT', body: 'lmkg', issued: utc(2023, 4, 3), effective: utc(2023, 4, 3), field: OCOP,
    abstract: 'Hướng dẫn hợp tác xã xây dựng hồ sơ tham gia đánh giá, phân hạng sản phẩm OCOP năm 2023' },
  { key: 'qc-bch-2025', number: '15/QC-LMHTX', type: 'OTHER', scope: 'UNIT', body: 'lmag', issued: utc(2025, 9, 15), effective: utc(2025, 9, 15), field: ORG,
    abstract: 'Quy chế làm việc của Ban Chấp hành Liên minh Hợp tác xã tỉnh An Giang nhiệm kỳ 2025 - 2030' },
  { key: 'cv-baocao-2025', number: '112/LMHTX-KTTT', type: 'OFFICIAL_LETTER', scope: 'UNIT', body: 'lmag', issued: utc(2025, 12, 1), effective: utc(2025, 12, 1), field: REPORT,
    abstract: 'Công văn đề nghị hợp tác xã, tổ hợp tác báo cáo tình hình hoạt động năm 2025 theo mẫu thống nhất sau hợp nhất tỉnh' },
  { key: 'kh-ct-2026', number: '02/KH-LMHTX', type: 'PLAN', scope: 'UNIT', body: 'lmag', issued: utc(2026, 1, 8), effective: utc(2026, 1, 8), field: KTTT,
    abstract: 'Kế hoạch công tác năm 2026 của Liên minh Hợp tác xã tỉnh' },
  { key: 'tb-2026-ts', number: '18/TB-LMHTX', type: 'NOTICE', scope: 'UNIT', body: 'lmag', issued: utc(2026, 3, 10), effective: utc(2026, 3, 10), field: TRAINING,
    abstract: 'Thông báo chiêu sinh lớp bồi dưỡng kiến thức quản lý cho cán bộ quản lý hợp tác xã năm 2026' },
];

export const LEGAL_DOCUMENTS: Doc[] = [...CITED_DOCUMENTS, ...CENTRAL_DOCUMENTS, ...LOCAL_DOCUMENTS, ...UNIT_DOCUMENTS];

/** Full text (HTML) by document key. */
const FULL_TEXT_OF: Record<string, string> = {
  nq20: FULL_TEXTS.nq20,
  luat2023: FULL_TEXTS.luat2023,
  luat2012: FULL_TEXTS.luat2012,
  nd45: FULL_TEXTS.nd45,
  nd113: FULL_TEXTS.nd113,
  tt09: FULL_TEXTS.tt09,
  nq24: FULL_TEXTS.nq24,
  nq2026: FULL_TEXTS.nq2026,
  kh93: FULL_TEXTS.kh93,
  'bc-sk-2023': FULL_TEXTS.bcSk2023,
  'qd-chitieu-2025': FULL_TEXTS.qdChitieu2025,
  'kh-ct-2026': FULL_TEXTS.khCt2026,
};

/** [from, type, to]: "from REPLACES to" and so on. */
export const RELATIONS: [string, DocumentRelationType, string][] = [
  ['luat2023', 'REPLACES', 'luat2012'],
  ['nq09', 'IMPLEMENTS', 'nq20'],
  ['tt01', 'GUIDES', 'luat2012'],
  ['nd113', 'GUIDES', 'luat2023'],
  ['kl70', 'REFERENCES', 'kl56'],
  ['kl56', 'IMPLEMENTS', 'ct20'],
  ['kh93', 'IMPLEMENTS', 'nd45'],
  ['kh-luat-2024', 'IMPLEMENTS', 'luat2023'],
  ['bc-sk-2023', 'REFERENCES', 'nq20'],
  // A law replaced twice, decrees and circulars replaced and amended, plans implementing them.
  ['luat2012', 'REPLACES', 'luat2003'],
  ['nd113', 'REPLACES', 'nd193'],
  ['nd113', 'REPLACES', 'nd107'],
  ['nd107', 'AMENDS', 'nd193'],
  ['nd193', 'GUIDES', 'luat2012'],
  ['nd116', 'AMENDS', 'nd55'],
  ['tt10nhnn', 'GUIDES', 'nd55'],
  ['tt03', 'GUIDES', 'nd193'],
  ['tt07', 'AMENDS', 'tt03'],
  ['tt09', 'REPLACES', 'tt03'],
  ['tt09', 'REPLACES', 'tt07'],
  ['tt09', 'GUIDES', 'nd92'],
  ['nd92', 'GUIDES', 'luat2023'],
  ['nd318', 'AMENDS', 'nd113'],
  ['tt84', 'GUIDES', 'nd45'],
  ['qd919', 'REPLACES', 'qd490'],
  ['qd-lmvn-2023', 'IMPLEMENTS', 'nq20'],
  ['hdln-2019', 'GUIDES', 'nq24'],
  ['ctr31', 'IMPLEMENTS', 'nq20'],
  ['kh62', 'IMPLEMENTS', 'nq09'],
  ['kh62', 'IMPLEMENTS', 'ctr31'],
  ['qd1485', 'AMENDS', 'qd-dieule-quy'],
  ['cv1309', 'IMPLEMENTS', 'ct16'],
  ['qd1620', 'IMPLEMENTS', 'nd45'],
  ['kh149', 'IMPLEMENTS', 'qd919'],
  ['kh205', 'IMPLEMENTS', 'luat2023'],
  ['cv2150', 'GUIDES', 'nd92'],
  // Not yet in effect: 24/2018/NQ-HĐND stays in force until 45/2026/NQ-HĐND takes effect.
  ['nq2026', 'REPLACES', 'nq24'],
  ['hd-ocop-2023', 'IMPLEMENTS', 'kh149'],
  ['qd-chitieu-2024', 'REPLACES', 'qd-chitieu-2019'],
  ['qd-chitieu-2025', 'REPLACES', 'qd-chitieu-2024'],
];

/** A former slug kept for the demo: links shared before the slug scheme changed still work. */
export const LEGAL_SLUG_ALIASES: [oldSlug: string, key: string][] = [['luat-hop-tac-xa-2023', 'luat2023']];

export type LegalSeedCounts = { issuingBodies: number; documents: number; relations: number; documentAttachments: number };

export async function seedLegal(db: SeedClient): Promise<LegalSeedCounts> {
  const bodyIds = new Map<string, number>();
  for (const b of BODIES) {
    const created = await db.issuingBody.create({
      data: { name: b.name, shortName: b.shortName ?? null, level: b.level, validFrom: b.validFrom ?? null, validTo: b.validTo ?? null, successorId: b.successor ? bodyIds.get(b.successor)! : null },
    });
    bodyIds.set(b.key, created.id);
  }
  const slugs = new Set<string>();
  const docIds = new Map<string, number>();
  for (const d of LEGAL_DOCUMENTS) {
    const slug = legalDocumentSlug(d.type, d.number);
    if (slugs.has(slug) || docIds.has(d.key)) throw new Error(`demo documents: duplicate ${slug} / ${d.key}`);
    slugs.add(slug);
    const created = await db.legalDocument.create({
      data: {
        slug,
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
        fullText: FULL_TEXT_OF[d.key] ?? null,
      },
    });
    docIds.set(d.key, created.id);
  }
  const id = (key: string) => {
    const found = docIds.get(key);
    if (found === undefined) throw new Error(`demo documents: no document ${key}`);
    return found;
  };
  await db.documentRelation.createMany({ data: RELATIONS.map(([from, type, to]) => ({ fromId: id(from), toId: id(to), type })) });
  await db.slugAlias.createMany({ data: LEGAL_SLUG_ALIASES.map(([slug, key]) => ({ entity: 'DOCUMENT' as const, slug, entityId: id(key) })) });
  const bodies = new Map(BODIES.map((b) => [b.key, b]));
  const documentAttachments = await seedLegalAttachments(
    db,
    LEGAL_DOCUMENTS.map((d) => ({ ...d, id: id(d.key), fullText: FULL_TEXT_OF[d.key] ?? null, issuer: bodies.get(d.body)! })),
  );
  return { issuingBodies: BODIES.length, documents: LEGAL_DOCUMENTS.length, relations: RELATIONS.length, documentAttachments };
}

/** "nghi-quyet-20-nq-tw", "luat-17-2023-qh15". */
export function legalDocumentSlug(type: DocumentType, number: string): string {
  return `${documentTypeWords[type]}-${slugify(number)}`;
}
