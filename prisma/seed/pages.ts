/**
 * The portal's static pages: Giới thiệu (functions, history), Cơ cấu tổ chức (leadership and
 * departments with office phone and official email, which Decree 42/2022/NĐ-CP asks agency portals
 * to publish), Trung tâm Tư vấn, Liên hệ, and English versions of the introduction, organization
 * and contact pages (same translationKey as their Vietnamese page). The people are fictional; the
 * history follows the seeds (Đại hội IV 2011–2015, 186 HTX in 2011, the sơ kết figures of 2023)
 * and the 1/7/2025 merger of Kiên Giang into An Giang.
 */
import { site } from '@/lib/site';

export type SeedPage = {
  slug: string;
  locale: 'vi' | 'en';
  translationKey: string | null;
  title: string;
  summary: string;
  menuOrder: number;
  body: string;
  /** Former slugs that redirect here. */
  aliases?: string[];
};

const html = (...parts: string[]) => parts.join('\n');
const tel = (phone: string) => `<a href="tel:${phone.replace(/\s/g, '')}">${phone}</a>`;
const mail = (email: string) => `<a href="mailto:${email}">${email}</a>`;

type Person = { name: string; nameEn: string; title: string; titleEn: string; phone: string; email: string; duty: string; dutyEn: string };

export const LEADERS: Person[] = [
  {
    name: 'Nguyễn Thanh Tùng',
    nameEn: 'Mr. Nguyen Thanh Tung',
    title: 'Chủ tịch',
    titleEn: 'Chairman',
    phone: '0297 3862 101',
    email: 'nttung.lmhtx@angiang.gov.vn',
    duty: 'Phụ trách chung; công tác tổ chức cán bộ, tài chính, thi đua khen thưởng',
    dutyEn: 'General direction; personnel, finance, emulation and awards',
  },
  {
    name: 'Lê Thị Ngọc Hân',
    nameEn: 'Ms. Le Thi Ngoc Han',
    title: 'Phó Chủ tịch',
    titleEn: 'Vice Chairwoman',
    phone: '0297 3862 102',
    email: 'ltnhan.lmhtx@angiang.gov.vn',
    duty: 'Phụ trách công tác tuyên truyền, hỗ trợ thành lập mới, đào tạo; Quỹ hỗ trợ phát triển hợp tác xã',
    dutyEn: 'Communication, support for new cooperatives, training; the Cooperative Development Fund',
  },
  {
    name: 'Danh Hoàng Phong',
    nameEn: 'Mr. Danh Hoang Phong',
    title: 'Phó Chủ tịch',
    titleEn: 'Vice Chairman',
    phone: '0297 3862 103',
    email: 'dhphong.lmhtx@angiang.gov.vn',
    duty: 'Phụ trách công tác kế hoạch, kiểm tra, xúc tiến thương mại; Trung tâm Tư vấn',
    dutyEn: 'Planning, inspection, trade promotion; the Consulting Centre',
  },
];

type Unit = { unit: string; unitEn: string; head: string; headEn: string; title: string; titleEn: string; phone: string; email: string; tasks: string };

export const UNITS: Unit[] = [
  {
    unit: 'Văn phòng',
    unitEn: 'Office',
    head: 'Trần Minh Trí',
    headEn: 'Mr. Tran Minh Tri',
    title: 'Chánh Văn phòng',
    titleEn: 'Chief of Office',
    phone: '0297 3862 468',
    email: 'vanphong.lmhtx@angiang.gov.vn',
    tasks: 'Hành chính, văn thư, lưu trữ, tài chính - kế toán, quản trị cổng thông tin điện tử.',
  },
  {
    unit: 'Ban Tổ chức - Kiểm tra',
    unitEn: 'Organization and Inspection Department',
    head: 'Phạm Thị Thu Trang',
    headEn: 'Ms. Pham Thi Thu Trang',
    title: 'Trưởng ban',
    titleEn: 'Head of Department',
    phone: '0297 3862 470',
    email: 'bantochuc.lmhtx@angiang.gov.vn',
    tasks: 'Tổ chức bộ máy, cán bộ; kết nạp thành viên Liên minh; kiểm tra, giải quyết khiếu nại, tố cáo.',
  },
  {
    unit: 'Ban Kế hoạch - Hỗ trợ',
    unitEn: 'Planning and Support Department',
    head: 'Võ Quốc Khánh',
    headEn: 'Mr. Vo Quoc Khanh',
    title: 'Trưởng ban',
    titleEn: 'Head of Department',
    phone: '0297 3862 471',
    email: 'bankehoach.lmhtx@angiang.gov.vn',
    tasks: 'Theo dõi, tổng hợp số liệu kinh tế tập thể; kế hoạch phát triển hợp tác xã; hỗ trợ vốn, xúc tiến thương mại, OCOP.',
  },
  {
    unit: 'Ban Tuyên truyền - Thi đua',
    unitEn: 'Communication and Emulation Department',
    head: 'Huỳnh Văn Lâm',
    headEn: 'Mr. Huynh Van Lam',
    title: 'Trưởng ban',
    titleEn: 'Head of Department',
    phone: '0297 3862 472',
    email: 'bantuyentruyen.lmhtx@angiang.gov.vn',
    tasks: 'Tuyên truyền chủ trương, chính sách về kinh tế tập thể; phong trào thi đua trong các khối thi đua hợp tác xã.',
  },
  {
    unit: 'Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ',
    unitEn: 'Consulting Centre for Cooperatives and SMEs',
    head: 'Lâm Thị Kim Ngân',
    headEn: 'Ms. Lam Thi Kim Ngan',
    title: 'Giám đốc',
    titleEn: 'Director',
    phone: '0297 3862 480',
    email: 'trungtamtuvan.lmhtx@angiang.gov.vn',
    tasks: 'Tư vấn thành lập, tổ chức lại hợp tác xã; đào tạo, bồi dưỡng; dịch vụ kế toán, xây dựng phương án kinh doanh.',
  },
  {
    unit: 'Quỹ hỗ trợ phát triển hợp tác xã',
    unitEn: 'Cooperative Development Fund',
    head: 'Nguyễn Hữu Nghĩa',
    headEn: 'Mr. Nguyen Huu Nghia',
    title: 'Giám đốc',
    titleEn: 'Director',
    phone: '0297 3862 490',
    email: 'quyhotro.lmhtx@angiang.gov.vn',
    tasks: 'Cho vay ưu đãi đối với hợp tác xã, liên hiệp hợp tác xã và thành viên theo dự án được duyệt.',
  },
];

const leadersTableVi = html(
  '<table>',
  '<caption>Thường trực Liên minh Hợp tác xã tỉnh</caption>',
  '<thead><tr><th scope="col">Họ và tên</th><th scope="col">Chức vụ</th><th scope="col">Nhiệm vụ được phân công</th><th scope="col">Điện thoại</th><th scope="col">Thư điện tử</th></tr></thead>',
  '<tbody>',
  ...LEADERS.map((p) => `<tr><th scope="row">${p.name}</th><td>${p.title}</td><td>${p.duty}</td><td>${tel(p.phone)}</td><td>${mail(p.email)}</td></tr>`),
  '</tbody>',
  '</table>',
);

const unitsTableVi = html(
  '<table>',
  '<caption>Các ban chuyên môn và đơn vị trực thuộc</caption>',
  '<thead><tr><th scope="col">Đơn vị</th><th scope="col">Người phụ trách</th><th scope="col">Chức vụ</th><th scope="col">Điện thoại</th><th scope="col">Thư điện tử</th></tr></thead>',
  '<tbody>',
  ...UNITS.map((u) => `<tr><th scope="row">${u.unit}</th><td>${u.head}</td><td>${u.title}</td><td>${tel(u.phone)}</td><td>${mail(u.email)}</td></tr>`),
  '</tbody>',
  '</table>',
);

const leadersTableEn = html(
  '<table>',
  '<caption>Standing Committee of the Alliance</caption>',
  '<thead><tr><th scope="col">Name</th><th scope="col">Position</th><th scope="col">Responsibilities</th><th scope="col">Telephone</th><th scope="col">Email</th></tr></thead>',
  '<tbody>',
  ...LEADERS.map((p) => `<tr><th scope="row">${p.nameEn}</th><td>${p.titleEn}</td><td>${p.dutyEn}</td><td>${tel(p.phone.replace(/^0/, '+84 '))}</td><td>${mail(p.email)}</td></tr>`),
  '</tbody>',
  '</table>',
);

const unitsTableEn = html(
  '<table>',
  '<caption>Departments and affiliated units</caption>',
  '<thead><tr><th scope="col">Unit</th><th scope="col">Head</th><th scope="col">Position</th><th scope="col">Telephone</th><th scope="col">Email</th></tr></thead>',
  '<tbody>',
  ...UNITS.map((u) => `<tr><th scope="row">${u.unitEn}</th><td>${u.headEn}</td><td>${u.titleEn}</td><td>${tel(u.phone.replace(/^0/, '+84 '))}</td><td>${mail(u.email)}</td></tr>`),
  '</tbody>',
  '</table>',
);

const phoneEn = site.phone.replace(/^0/, '+84 ');

export const PAGES: SeedPage[] = [
  {
    slug: 'gioi-thieu',
    locale: 'vi',
    translationKey: 'gioi-thieu',
    title: 'Giới thiệu Liên minh Hợp tác xã tỉnh An Giang',
    summary:
      'Liên minh Hợp tác xã tỉnh là tổ chức kinh tế - xã hội đại diện, hỗ trợ các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và thành viên trên địa bàn tỉnh; thành viên của Liên minh Hợp tác xã Việt Nam.',
    menuOrder: 1,
    aliases: ['gioi-thieu-lien-minh'],
    body: html(
      '<h2>Vị trí, chức năng</h2>',
      '<p>Liên minh Hợp tác xã tỉnh An Giang là tổ chức kinh tế - xã hội, hoạt động theo Điều lệ Liên minh Hợp tác xã Việt Nam, đại diện cho các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân và các tổ chức kinh tế khác là thành viên trên địa bàn tỉnh. Liên minh là thành viên của Mặt trận Tổ quốc Việt Nam tỉnh và chịu sự lãnh đạo của Tỉnh ủy, sự quản lý nhà nước của Ủy ban nhân dân tỉnh.</p>',
      '<ul>',
      '<li>Đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên.</li>',
      '<li>Tuyên truyền, vận động phát triển kinh tế tập thể, hợp tác xã.</li>',
      '<li>Tư vấn, hỗ trợ, cung cấp dịch vụ cho thành viên, hợp tác xã và tổ hợp tác.</li>',
      '<li>Tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về chủ trương, chính sách phát triển kinh tế tập thể.</li>',
      '</ul>',
      '<h2>Nhiệm vụ</h2>',
      '<ul>',
      '<li>Tuyên truyền Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể và Luật Hợp tác xã năm 2023 (Luật số 17/2023/QH15); vận động thành lập mới tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.</li>',
      '<li>Tư vấn thành lập, tổ chức lại, giải thể hợp tác xã; hỗ trợ xây dựng điều lệ, phương án sản xuất kinh doanh, chuyển đổi hoạt động theo Luật Hợp tác xã năm 2023.</li>',
      '<li>Đào tạo, bồi dưỡng cán bộ quản lý, kế toán hợp tác xã, quỹ tín dụng nhân dân.</li>',
      '<li>Hỗ trợ tiếp cận vốn (Quỹ hỗ trợ phát triển hợp tác xã, Quỹ quốc gia về việc làm), xúc tiến thương mại, hội chợ, chương trình OCOP, truy xuất nguồn gốc, chuyển đổi số.</li>',
      '<li>Tổ chức phong trào thi đua trong các khối thi đua hợp tác xã; đề nghị khen thưởng tập thể, cá nhân có thành tích.</li>',
      '<li>Theo dõi, tổng hợp tình hình phát triển kinh tế tập thể; báo cáo sơ kết 6 tháng, tổng kết năm với Ủy ban nhân dân tỉnh và Liên minh Hợp tác xã Việt Nam.</li>',
      '</ul>',
      '<h2>Quá trình hình thành và phát triển</h2>',
      '<h3>Thành lập (1993 – 1996)</h3>',
      '<p>Sau khi Liên minh các Hợp tác xã Việt Nam được thành lập năm 1991, ngày 12/8/1993 Ủy ban nhân dân tỉnh Kiên Giang quyết định thành lập Liên minh các Hợp tác xã tỉnh Kiên Giang trên cơ sở Ban Quản lý hợp tác xã tiểu thủ công nghiệp tỉnh. Những năm đầu, Liên minh tập trung hướng dẫn các hợp tác xã kiểu cũ chuyển đổi theo Luật Hợp tác xã năm 1996, giải thể những hợp tác xã chỉ còn trên danh nghĩa.</p>',
      '<h3>Các kỳ Đại hội</h3>',
      '<ul>',
      '<li><strong>Đại hội lần thứ I</strong> (tháng 11/1996, nhiệm kỳ 1996 – 2000): thông qua chương trình hành động đầu tiên, xác lập hệ thống thành viên Liên minh.</li>',
      '<li><strong>Đại hội lần thứ II</strong> (năm 2001, nhiệm kỳ 2001 – 2005): sau Luật Hợp tác xã năm 2003, đổi tên thành Liên minh Hợp tác xã tỉnh Kiên Giang; thành lập Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ (năm 2005).</li>',
      '<li><strong>Đại hội lần thứ III</strong> (năm 2006, nhiệm kỳ 2006 – 2010): mở rộng tư vấn thành lập hợp tác xã nông nghiệp, quỹ tín dụng nhân dân; năm 2010 Liên minh được tặng cờ thi đua dẫn đầu cụm các tỉnh Tây Nam bộ.</li>',
      '<li><strong>Đại hội lần thứ IV</strong> (tháng 12/2010, nhiệm kỳ 2011 – 2015): kiện toàn bộ máy, thành lập Phòng Kế hoạch - chính sách phát triển hợp tác xã; đầu năm 2011 toàn tỉnh có 186 hợp tác xã.</li>',
      '<li><strong>Đại hội lần thứ V</strong> (năm 2016, nhiệm kỳ 2016 – 2020): triển khai Luật Hợp tác xã năm 2012, chuyển đổi các hợp tác xã thành lập trước năm 2013; Quỹ hỗ trợ phát triển hợp tác xã tỉnh đi vào hoạt động.</li>',
      '<li><strong>Đại hội lần thứ VI</strong> (năm 2021, nhiệm kỳ 2021 – 2026): triển khai Nghị quyết số 20-NQ/TW năm 2022 và Luật Hợp tác xã năm 2023. Đến 30/6/2023, toàn tỉnh có 533 hợp tác xã (468 hợp tác xã nông nghiệp, 45 hợp tác xã phi nông nghiệp, 21 quỹ tín dụng nhân dân), 3 liên hiệp hợp tác xã và 2.220 tổ hợp tác.</li>',
      '</ul>',
      '<h3>Hợp nhất tỉnh năm 2025</h3>',
      '<p>Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, từ ngày 01/7/2025 tỉnh Kiên Giang và tỉnh An Giang hợp nhất thành tỉnh An Giang, trung tâm hành chính đặt tại phường Rạch Giá; cấp huyện không còn, tỉnh quản lý trực tiếp các xã, phường, đặc khu. Liên minh Hợp tác xã tỉnh An Giang được tổ chức lại trên cơ sở hợp nhất Liên minh Hợp tác xã hai tỉnh, kế thừa thành viên, cán bộ, hồ sơ và nhiệm vụ của hai Liên minh. Số liệu trước ngày 01/7/2025 trên cổng thông tin giữ nguyên tên huyện, thị xã, thành phố của thời điểm đó; khi tổng hợp theo địa bàn hiện nay, số liệu được quy đổi về xã, phường mới.</p>',
      '<h3>Khen thưởng</h3>',
      '<p>Liên minh được Chủ tịch nước tặng Huân chương Lao động hạng Ba (năm 2008) và hạng Nhì (năm 2018); nhiều năm liền được Liên minh Hợp tác xã Việt Nam và Ủy ban nhân dân tỉnh tặng cờ thi đua, bằng khen.</p>',
      '<h2>Đơn vị trực thuộc</h2>',
      '<ul><li><a href="/trung-tam-tu-van">Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ</a></li><li>Quỹ hỗ trợ phát triển hợp tác xã</li></ul>',
      '<p>Xem <a href="/co-cau-to-chuc">cơ cấu tổ chức</a> và <a href="/lien-he">thông tin liên hệ</a>.</p>',
    ),
  },
  {
    slug: 'co-cau-to-chuc',
    locale: 'vi',
    translationKey: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức',
    summary: 'Lãnh đạo, các ban chuyên môn và đơn vị trực thuộc Liên minh Hợp tác xã tỉnh, với điện thoại và thư điện tử công vụ.',
    menuOrder: 2,
    body: html(
      '<p>Cơ quan lãnh đạo cao nhất giữa hai kỳ Đại hội là Ban Chấp hành Liên minh (31 ủy viên, trong đó 9 ủy viên Ban Thường vụ). Ban Kiểm tra gồm 5 ủy viên. Thường trực Liên minh gồm Chủ tịch và các Phó Chủ tịch, điều hành công việc hằng ngày của cơ quan.</p>',
      '<h2>Lãnh đạo Liên minh</h2>',
      leadersTableVi,
      '<h2>Các ban chuyên môn và đơn vị trực thuộc</h2>',
      unitsTableVi,
      '<h2>Nhiệm vụ của các ban, đơn vị</h2>',
      '<dl>',
      ...UNITS.map((u) => `<dt><strong>${u.unit}</strong></dt><dd>${u.tasks}</dd>`),
      '</dl>',
      '<p>Thông tin được công khai theo Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.</p>',
    ),
  },
  {
    slug: 'trung-tam-tu-van',
    locale: 'vi',
    translationKey: null,
    title: 'Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ',
    summary: 'Đơn vị sự nghiệp trực thuộc Liên minh: tư vấn thành lập, tổ chức lại hợp tác xã, đào tạo và dịch vụ cho hợp tác xã, tổ hợp tác, doanh nghiệp nhỏ.',
    menuOrder: 3,
    body: html(
      '<p>Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ được thành lập năm 2005, là đơn vị sự nghiệp có thu trực thuộc Liên minh Hợp tác xã tỉnh, có tư cách pháp nhân, con dấu và tài khoản riêng.</p>',
      '<h2>Dịch vụ</h2>',
      '<ul>',
      '<li>Tư vấn thành lập tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã: hồ sơ đăng ký, điều lệ, quy chế, phương án sản xuất kinh doanh (miễn phí đối với tổ hợp tác và hợp tác xã thành lập mới).</li>',
      '<li>Tư vấn tổ chức lại, chuyển đổi hoạt động theo Luật Hợp tác xã năm 2023: thành viên chính thức, thành viên liên kết, góp vốn, phân phối thu nhập.</li>',
      '<li>Dịch vụ kế toán, lập báo cáo tài chính cho hợp tác xã quy mô nhỏ.</li>',
      '<li>Đào tạo, bồi dưỡng Hội đồng quản trị, giám đốc, kiểm soát viên, kế toán hợp tác xã.</li>',
      '<li>Hướng dẫn hồ sơ vay vốn Quỹ hỗ trợ phát triển hợp tác xã và Quỹ quốc gia về việc làm.</li>',
      '<li>Hỗ trợ xây dựng hồ sơ sản phẩm OCOP, mã số vùng trồng, truy xuất nguồn gốc; đưa sản phẩm lên sàn thương mại điện tử.</li>',
      '</ul>',
      '<h2>Liên hệ</h2>',
      `<p>Địa chỉ: ${site.address}. Điện thoại: ${tel(UNITS[4].phone)}. Thư điện tử: ${mail(UNITS[4].email)}.</p>`,
      '<p>Hợp tác xã, tổ hợp tác cần tư vấn có thể gửi câu hỏi qua trang <a href="/y-kien">Ý kiến</a>; Trung tâm sẽ trả lời trong thời gian sớm nhất.</p>',
    ),
  },
  {
    slug: 'lien-he',
    locale: 'vi',
    translationKey: 'lien-he',
    title: 'Liên hệ',
    summary: 'Địa chỉ, điện thoại, thư điện tử và giờ làm việc của Liên minh Hợp tác xã tỉnh.',
    menuOrder: 9,
    body: html(
      `<p><strong>${site.name}</strong></p>`,
      '<ul>',
      `<li>Địa chỉ: ${site.address}</li>`,
      `<li>Điện thoại: ${tel(site.phone)}</li>`,
      `<li>Thư điện tử: ${mail(site.email)}</li>`,
      `<li>Giờ làm việc: ${site.workingHours}</li>`,
      '</ul>',
      '<h2>Gửi ý kiến, câu hỏi</h2>',
      '<p>Hợp tác xã, thành viên và người dân gửi câu hỏi, góp ý, kiến nghị qua trang <a href="/y-kien">Ý kiến</a>. Mỗi ý kiến được cấp một mã tra cứu để theo dõi tình trạng xử lý và câu trả lời tại trang <a href="/y-kien/tra-cuu">Tra cứu ý kiến</a>.</p>',
      '<h2>Liên hệ các ban, đơn vị</h2>',
      unitsTableVi,
      '<p>Văn bản của cơ quan, tổ chức xin gửi qua hệ thống quản lý văn bản và điều hành của tỉnh hoặc theo đường bưu chính đến địa chỉ trên.</p>',
    ),
  },
  {
    slug: 'about',
    locale: 'en',
    translationKey: 'gioi-thieu',
    title: 'About the Alliance',
    summary: 'The An Giang Provincial Cooperative Alliance represents and supports cooperatives, unions of cooperatives and cooperative groups in the province.',
    menuOrder: 1,
    body: html(
      '<h2>Who we are</h2>',
      `<p>The ${site.nameEn} is the provincial member of the Viet Nam Cooperative Alliance. It represents the cooperatives, unions of cooperatives, cooperative groups and people&rsquo;s credit funds of the province, advises the Provincial People&rsquo;s Committee on policy for the collective economy, and provides advice, training and services to its members.</p>`,
      '<h2>What we do</h2>',
      '<ul>',
      '<li>Promote the collective economy under Resolution 20-NQ/TW of 16 June 2022 and the Law on Cooperatives 2023 (Law 17/2023/QH15).</li>',
      '<li>Help people found, reorganize or dissolve cooperatives, and draft their charters and business plans.</li>',
      '<li>Train cooperative managers, accountants and supervisors.</li>',
      '<li>Give access to credit (the Cooperative Development Fund, the National Employment Fund), trade fairs, the OCOP programme and digital transformation.</li>',
      '<li>Collect and publish statistics on the collective economy, and report twice a year to the province and to the national alliance.</li>',
      '</ul>',
      '<h2>History</h2>',
      '<p>The alliance was founded in Kien Giang Province on 12 August 1993 and held its first congress in 1996; congresses followed in 2001, 2006, 2010, 2016 and 2021. In 2011 the province had 186 cooperatives; by 30 June 2023 it had 533 cooperatives, 3 unions of cooperatives and 2,220 cooperative groups.</p>',
      '<p>Under National Assembly Resolution 202/2025/QH15, Kien Giang and An Giang provinces merged into An Giang Province on 1 July 2025, with its administrative centre in Rach Gia, and the district level was abolished. The two provincial alliances merged accordingly. Figures dated before 1 July 2025 keep the district names of their time.</p>',
      '<p>See also our <a href="/en/organization">organization</a> and <a href="/en/contact">contact details</a>.</p>',
    ),
  },
  {
    slug: 'organization',
    locale: 'en',
    translationKey: 'co-cau-to-chuc',
    title: 'Organization',
    summary: 'Leadership, departments and affiliated units of the Alliance, with office telephone numbers and official email addresses.',
    menuOrder: 2,
    body: html(
      '<p>Between congresses the Alliance is led by its Executive Committee (31 members, 9 of whom form the Standing Board) and supervised by a 5-member Inspection Committee. The Chairman and Vice Chairs run its daily work.</p>',
      '<h2>Leadership</h2>',
      leadersTableEn,
      '<h2>Departments and affiliated units</h2>',
      unitsTableEn,
      '<p>Published in accordance with Government Decree 42/2022/ND-CP on the provision of information and online public services by state agencies.</p>',
    ),
  },
  {
    slug: 'contact',
    locale: 'en',
    translationKey: 'lien-he',
    title: 'Contact',
    summary: 'Address, telephone, email and office hours of the Alliance.',
    menuOrder: 3,
    body: html(
      `<p><strong>${site.nameEn}</strong></p>`,
      '<ul>',
      `<li>Address: ${site.addressEn}</li>`,
      `<li>Telephone: ${tel(phoneEn)}</li>`,
      `<li>Email: ${mail(site.email)}</li>`,
      '<li>Office hours: Monday to Friday, 7:00–11:00 and 13:00–17:00 (UTC+7)</li>',
      '</ul>',
      '<p>Questions and suggestions can be sent through the <a href="/y-kien" hreflang="vi">feedback form</a> (in Vietnamese); each message receives a tracking code.</p>',
    ),
  },
];
