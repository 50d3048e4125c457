/**
 * News articles of the demo alliance. Titles, figures and wording come from the source documents
 * (the sơ kết of 14/7/2023 above all); later items follow the same events forward to 2026, after
 * Kiên Giang became part of An Giang.
 */
import type { ArticleStatus } from '@/lib/generated/prisma/enums';


export const CATEGORIES = [
  { slug: 'tin-hoat-dong', name: 'Tin hoạt động', description: 'Hoạt động chung của Liên minh Hợp tác xã tỉnh' },
  { slug: 'kinh-te-tap-the', name: 'Kinh tế tập thể', description: 'Tình hình phát triển kinh tế tập thể, hợp tác xã, tổ hợp tác' },
  { slug: 'mo-hinh-dien-hinh', name: 'Mô hình điển hình', description: 'Mô hình tập thể, cá nhân, hợp tác xã làm ăn hiệu quả' },
  { slug: 'chinh-sach-phap-luat', name: 'Chính sách – pháp luật', description: 'Chủ trương, chính sách, pháp luật về kinh tế tập thể' },
  { slug: 'ho-tro-htx', name: 'Hỗ trợ hợp tác xã', description: 'Vay vốn, tập huấn, hội chợ, xúc tiến thương mại, OCOP' },
  { slug: 'thi-dua-khen-thuong', name: 'Thi đua – khen thưởng', description: 'Phong trào thi đua trong các Khối thi đua hợp tác xã' },
  { slug: 'thong-bao', name: 'Thông báo', description: 'Thông báo của Liên minh Hợp tác xã tỉnh' },
] as const;

export type ArticleSeed = {
  date: Date;
  category: (typeof CATEGORIES)[number]['slug'];
  title: string;
  summary: string;
  paragraphs: string[];
  featured?: boolean;
  status?: ArticleStatus;
  /** The byline; the seed writes one when it is not given. */
  sourceLine?: string;
  /** The title it was first published under (corrected since): its slug redirects to the current one. */
  formerTitle?: string;
};

const at = (y: number, m: number, d: number, hour = 8) => new Date(Date.UTC(y, m - 1, d, hour - 7, 23));

export const ARTICLES: ArticleSeed[] = [
  {
    date: at(2023, 1, 12), category: 'tin-hoat-dong', title: 'Liên minh HTX tỉnh triển khai nhiệm vụ năm 2023',
    summary: 'Năm 2023, Liên minh HTX tỉnh phấn đấu thành lập mới 50 tổ hợp tác, 10 hợp tác xã trên tất cả các lĩnh vực; mở 10 lớp tập huấn và 10 cuộc vận động, tư vấn thành lập HTX.',
    paragraphs: [
      'Liên minh Hợp tác xã tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2023. Các chỉ tiêu chủ yếu: thành lập mới 50 tổ hợp tác (THT), 10 hợp tác xã (HTX) trên tất cả các lĩnh vực; mở 10 lớp tập huấn, bồi dưỡng; tổ chức 10 cuộc vận động, tư vấn, tuyên truyền thành lập HTX.',
      'Liên minh HTX tỉnh tiếp tục tham mưu Tỉnh ủy, UBND tỉnh triển khai Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới.',
      'Năm 2022, toàn tỉnh thành lập mới 11 hợp tác xã và 64 tổ hợp tác; các lớp tập huấn, bồi dưỡng được tổ chức đúng kế hoạch. Khu vực kinh tế tập thể từng bước phục hồi sau dịch Covid-19, nhiều hợp tác xã mở rộng dịch vụ cho thành viên, liên kết tiêu thụ lúa gạo, thủy sản với doanh nghiệp.',
      'Hội nghị thống nhất các giải pháp trọng tâm: đẩy mạnh tuyên truyền, vận động thành lập hợp tác xã gắn với chuỗi liên kết sản xuất và tiêu thụ sản phẩm; nâng cao chất lượng đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã; phối hợp giải ngân vốn hỗ trợ đầu tư kết cấu hạ tầng thuộc Chương trình phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021-2025; thực hiện tốt công tác thi đua, khen thưởng trong các Khối thi đua hợp tác xã.',
    ],
  },
  {
    date: at(2023, 2, 14), category: 'chinh-sach-phap-luat', title: 'Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 20-NQ/TW',
    summary: 'Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 20-NQ/TW về kinh tế tập thể.',
    paragraphs: [
      'Ngày 02/02/2023, Chính phủ ban hành Nghị quyết số 09/NQ-CP ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 16 tháng 6 năm 2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII.',
      'Chương trình giao nhiệm vụ cụ thể cho các bộ, ngành và địa phương, trong đó có việc sửa đổi Luật Hợp tác xã, hoàn thiện chính sách hỗ trợ tổ hợp tác, hợp tác xã và nâng cao vai trò của hệ thống Liên minh Hợp tác xã.',
      'Chương trình hành động đề ra sáu nhóm nhiệm vụ chủ yếu: nâng cao nhận thức về kinh tế tập thể; hoàn thiện thể chế, chính sách; nâng cao hiệu lực, hiệu quả quản lý nhà nước; phát triển các mô hình kinh tế tập thể; đổi mới tổ chức, hoạt động của hệ thống Liên minh Hợp tác xã; tăng cường sự lãnh đạo của Đảng đối với khu vực kinh tế tập thể.',
      'Ở tỉnh, Liên minh Hợp tác xã tỉnh được giao chủ trì tham mưu UBND tỉnh xây dựng kế hoạch thực hiện, cụ thể hóa các chỉ tiêu thành lập mới tổ hợp tác, hợp tác xã và nâng cao chất lượng hoạt động của các hợp tác xã hiện có.',
    ],
  },
  {
    date: at(2023, 2, 21), category: 'thi-dua-khen-thuong', title: 'Các Khối thi đua hợp tác xã họp đăng ký thi đua năm 2023',
    summary: 'Các Khối thi đua HTX do Liên minh HTX tỉnh quyết định thành lập đã tổ chức họp, đăng ký và ký kết giao ước thi đua năm 2023.',
    paragraphs: [
      'Thực hiện kế hoạch công tác thi đua, khen thưởng năm 2023, 09 Khối thi đua hợp tác xã (gồm các khối HTX nông nghiệp và Khối Quỹ tín dụng nhân dân) đã tổ chức họp đăng ký thi đua và ký kết giao ước thi đua.',
      'Các đơn vị cam kết thực hiện tốt chế độ báo cáo, tổ chức đại hội thành viên thường niên đúng quy định, phát triển thành viên và xây dựng chuỗi liên kết sản xuất, tiêu thụ sản phẩm.',
      'Các khối thi đua gồm 08 Khối thi đua hợp tác xã nông nghiệp tổ chức theo địa bàn các huyện, thành phố và 01 Khối thi đua Quỹ tín dụng nhân dân, được thành lập theo Quyết định số 08/QĐ-LMHTX ngày 10/02/2023 của Liên minh HTX tỉnh.',
      'Cuối năm, các khối tổ chức chấm điểm, bình xét theo tiêu chí đã thống nhất, đề nghị UBND tỉnh tặng Cờ thi đua cho tập thể dẫn đầu và Bằng khen cho các tập thể đạt hạng nhì, hạng ba của mỗi khối.',
    ],
  },
  {
    date: at(2023, 3, 18), category: 'ho-tro-htx', title: 'Tập huấn sử dụng phần mềm khảo sát “Chỉ số hài lòng cấp tỉnh của HTX” năm 2023',
    summary: 'Liên minh HTX tỉnh triển khai tập huấn trực tuyến hướng dẫn các hợp tác xã sử dụng phần mềm khảo sát, đánh giá “Chỉ số hài lòng cấp tỉnh của HTX” năm 2023.',
    paragraphs: [
      'Lớp tập huấn được tổ chức bằng hình thức trực tuyến trên địa bàn toàn tỉnh, hướng dẫn cán bộ quản lý hợp tác xã cách đăng nhập, trả lời phiếu khảo sát và gửi ý kiến đánh giá về công tác hỗ trợ của các sở, ngành, địa phương.',
      'Kết quả khảo sát là cơ sở để tỉnh cải thiện chất lượng phục vụ, tháo gỡ khó khăn cho khu vực kinh tế tập thể.',
      'Phiếu khảo sát gồm các nhóm câu hỏi về việc tiếp cận thông tin chính sách, thủ tục đăng ký hợp tác xã, hỗ trợ đào tạo, tín dụng, đất đai, xúc tiến thương mại và thái độ phục vụ của cán bộ. Mỗi hợp tác xã trả lời một phiếu, thông tin được giữ bí mật.',
      'Liên minh HTX tỉnh đề nghị các hợp tác xã tham gia khảo sát đầy đủ, khách quan; cán bộ phụ trách kinh tế tập thể cấp huyện hỗ trợ các hợp tác xã chưa quen sử dụng điện thoại thông minh.',
    ],
  },
  {
    date: at(2023, 4, 25), category: 'ho-tro-htx', title: 'Phối hợp Ngân hàng Chính sách xã hội cho 04 HTX vay vốn từ Quỹ quốc gia về việc làm',
    summary: 'Liên minh HTX tỉnh phối hợp Ngân hàng Chính sách xã hội tỉnh triển khai 04 lượt dự án cho 04 HTX vay vốn với số tiền 300 triệu đồng.',
    paragraphs: [
      'Trong 6 tháng đầu năm 2023, Liên minh HTX tỉnh phối hợp với Ngân hàng Chính sách xã hội tỉnh triển khai 04 lượt dự án cho 04 hợp tác xã vay vốn với tổng số tiền 300 triệu đồng từ nguồn Quỹ quốc gia về việc làm.',
      'Nguồn vốn giúp các hợp tác xã duy trì, mở rộng sản xuất, tạo việc làm cho thành viên và người lao động tại địa phương.',
      'Các dự án vay vốn đều gắn với việc tạo việc làm mới: mỗi dự án cam kết tạo thêm ít nhất một chỗ làm việc cho thành viên hoặc người lao động địa phương. Lãi suất cho vay theo quy định của Quỹ quốc gia về việc làm, thấp hơn nhiều so với vay thương mại.',
      'Liên minh HTX tỉnh tiếp tục phối hợp với Ngân hàng Chính sách xã hội tỉnh thẩm định các dự án mới, ưu tiên hợp tác xã có nhiều lao động nữ, lao động là người dân tộc thiểu số.',
    ],
  },
  {
    date: at(2023, 5, 30), category: 'ho-tro-htx', formerTitle: 'Hoàn thành 03 hồ sơ cho vay hỗ trợ phát triển HTX theo Kế hoạch số 39/KH-UBND', title: 'Hoàn thành 03 hồ sơ cho vay hỗ trợ phát triển HTX theo Kế hoạch số 93/KH-UBND',
    summary: 'Liên minh HTX tỉnh hoàn thành 03 hồ sơ cho vay hỗ trợ phát triển hợp tác xã trên địa bàn tỉnh theo Kế hoạch số 93/KH-UBND ngày 29/4/2021 của UBND tỉnh.',
    paragraphs: [
      'Thực hiện Kế hoạch số 93/KH-UBND ngày 29/4/2021 của UBND tỉnh, Liên minh HTX tỉnh đã thẩm định và hoàn thành 03 hồ sơ cho vay hỗ trợ phát triển hợp tác xã.',
      'Các khoản vay tập trung cho đầu tư máy móc, nhà kho, sân phơi phục vụ sản xuất lúa và cung ứng dịch vụ cho thành viên.',
      'Theo Kế hoạch, hợp tác xã được vay tối đa theo phương án sản xuất kinh doanh được thẩm định, với lãi suất ưu đãi và thời hạn vay phù hợp chu kỳ sản xuất. Hồ sơ vay gồm giấy đề nghị vay vốn, phương án sản xuất kinh doanh, báo cáo tài chính và nghị quyết của đại hội thành viên.',
      'Liên minh HTX tỉnh đề nghị các hợp tác xã có nhu cầu vay vốn liên hệ Ban Kế hoạch – Hỗ trợ để được hướng dẫn; ưu tiên các dự án liên kết sản xuất, tiêu thụ sản phẩm và đầu tư cơ giới hóa.',
    ],
  },
  {
    date: at(2023, 6, 28), category: 'kinh-te-tap-the', title: 'Hai liên hiệp hợp tác xã đầu tiên trong năm ra mắt tại Giang Thành và An Biên',
    summary: 'Trong 6 tháng đầu năm 2023, toàn tỉnh thành lập được 02 liên hiệp hợp tác xã, nâng tổng số lên 03 liên hiệp HTX ở 02 huyện Giang Thành và An Biên.',
    paragraphs: [
      'Liên hiệp Hợp tác xã Nông nghiệp Giang Thành và Liên hiệp Hợp tác xã Thủy sản Tôm – Lúa An Biên được thành lập trên cơ sở liên kết các hợp tác xã thành viên cùng ngành nghề.',
      'Nhìn chung, các liên hiệp HTX bước đầu đi vào hoạt động cơ bản đúng với phương hướng sản xuất kinh doanh đề ra.',
      'Liên hiệp hợp tác xã giúp các hợp tác xã thành viên mua chung vật tư với số lượng lớn, tổ chức sản xuất trên cánh đồng lớn và đàm phán hợp đồng tiêu thụ với doanh nghiệp ở vị thế tốt hơn so với từng hợp tác xã riêng lẻ.',
      'Liên minh HTX tỉnh đã tư vấn xây dựng điều lệ, phương án sản xuất kinh doanh và hướng dẫn thủ tục đăng ký cho hai liên hiệp; thời gian tới sẽ tiếp tục hỗ trợ đào tạo cán bộ quản lý và kết nối thị trường.',
    ],
  },
  {
    date: at(2023, 7, 16, 5), category: 'tin-hoat-dong', featured: true, sourceLine: 'Hồng Nhi – Văn phòng Liên minh HTX tỉnh', title: 'Liên minh HTX tỉnh tổ chức sơ kết 6 tháng đầu năm 2023',
    summary: 'Sáng ngày 14/7/2023, Liên minh HTX tỉnh tổ chức hội nghị Ban Chấp hành sơ kết tình hình phát triển kinh tế tập thể, hợp tác xã 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023, gắn với tổng kết công tác thi đua khen thưởng.',
    paragraphs: [
      'Sáng ngày 14/7/2023 Liên minh HTX tỉnh tổ chức hội nghị Ban Chấp hành sơ kết tình hình phát triển kinh tế tập thể, hợp tác xã 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023, gắn với tổng kết công tác thi đua khen thưởng. Dự và chủ trì hội nghị có Chủ tịch Liên minh HTX tỉnh Trần Thanh Dũng; các vị Ủy viên Ban Chấp hành Liên minh HTX tỉnh; các đơn vị HTX được khen thưởng trong các khối thi đua.',
      'Trong 6 tháng đầu năm, thành lập mới 37/50 THT, đạt 74% so với kế hoạch, tăng 37 THT so với cuối năm 2022. Hiện tại toàn tỉnh có 2.220 THT, tổng số vốn góp 17 tỷ 942 triệu đồng và 64.720 ha canh tác; với tổng số 43.942 tổ viên; tạo việc làm cho 7.069 lao động theo thời vụ.',
      'Phối hợp thành lập 9/10 hợp tác xã đạt 90% so với kế hoạch; sáp nhập 02 hợp tác xã. Đến thời điểm hiện nay, tổng số HTX toàn tỉnh có 533 HTX, với tổng vốn điều lệ 412.296.737.000 đồng; với tổng diện tích 66.807,55 ha canh tác; có 55.264 thành viên; tạo việc làm cho 10.159 lao động. Trong đó: có 468 HTX nông nghiệp; 45 HTX phi nông nghiệp và 21 Quỹ tín dụng nhân dân.',
      'Thành lập được 02 Liên hiệp hợp tác xã, nâng tổng số toàn tỉnh có 03 Liên hiệp hợp tác xã ở 02 huyện (Giang Thành và An Biên).',
      'Tổ chức 5/10 cuộc vận động và tư vấn, tuyên truyền về quyền lợi, nghĩa vụ, các chính sách hỗ trợ của Đảng và Nhà nước khi tham gia HTX, đạt 50% kế hoạch. Phối hợp với Báo Kiên Giang đăng trên ấn phẩm giấy được 9 bài viết; đăng 105 tin, bài về kinh tế tập thể trên trang thông tin điện tử của Liên minh. Phối hợp với các đơn vị mở 11/10 lớp tập huấn, có 549 người tham dự, đạt 110% kế hoạch.',
      'Dịp này, Liên minh HTX đã công bố quyết định của UBND tỉnh tặng 09 Cờ thi đua cho các tập thể dẫn đầu Khối thi đua HTX; 09 Bằng khen cho tập thể đạt hạng nhì Khối; 09 Bằng khen cho tập thể đạt hạng 3 Khối thi đua HTX. UBND tỉnh tặng Bằng khen đột xuất cho 01 cá nhân là giám đốc HTX thực hiện tốt phong trào thi đua chung tay hỗ trợ trong dịch Covid-19.',
      'Nhiệm vụ từ nay đến cuối năm, Liên minh HTX tỉnh phấn đấu hoàn thành chỉ tiêu thành lập mới 50 THT, 10 HTX trên tất cả các lĩnh vực; tiếp tục phấn đấu hoàn thành vượt chỉ tiêu về thành lập HTX gắn với chuỗi liên kết sản xuất và tiêu thụ sản phẩm.',
    ],
  },
  {
    date: at(2023, 7, 18), category: 'thi-dua-khen-thuong', title: 'Trao 09 Cờ thi đua cho các tập thể dẫn đầu Khối thi đua HTX',
    summary: 'Chủ tịch Liên minh HTX tỉnh trao Cờ thi đua của UBND tỉnh cho 09 tập thể dẫn đầu các Khối thi đua hợp tác xã.',
    paragraphs: [
      'Tại hội nghị sơ kết 6 tháng đầu năm 2023, Liên minh HTX tỉnh công bố Quyết định số 1452/QĐ-UBND của UBND tỉnh tặng 09 Cờ thi đua cho các tập thể dẫn đầu Khối thi đua HTX, 09 Bằng khen cho tập thể đạt hạng nhì và 09 Bằng khen cho tập thể đạt hạng ba.',
      'Công tác thi đua khen thưởng trong các khối thi đua HTX nông nghiệp và quỹ tín dụng nhân dân đã tạo động lực cho các đơn vị tổ chức nhiều hoạt động hiệu quả hỗ trợ thành viên.',
      'Các tập thể được khen thưởng đều hoàn thành tốt chỉ tiêu sản xuất kinh doanh, bảo toàn và phát triển vốn, thực hiện đầy đủ nghĩa vụ với Nhà nước và chăm lo đời sống thành viên, người lao động.',
      'Dịp này, UBND tỉnh cũng tặng Bằng khen đột xuất cho 01 cá nhân là giám đốc hợp tác xã có thành tích trong phong trào thi đua chung tay hỗ trợ phòng, chống dịch Covid-19.',
    ],
  },
  {
    date: at(2023, 8, 9), category: 'chinh-sach-phap-luat', title: 'Luật Hợp tác xã năm 2023: những điểm mới cần biết',
    summary: 'Luật Hợp tác xã số 17/2023/QH15 được Quốc hội thông qua ngày 20/6/2023, có hiệu lực từ ngày 01/7/2024, thay thế Luật Hợp tác xã năm 2012.',
    paragraphs: [
      'Luật Hợp tác xã năm 2023 quy định rõ ba hình thức tổ chức kinh tế hợp tác: tổ hợp tác, hợp tác xã và liên hiệp hợp tác xã; bổ sung thành viên liên kết góp vốn và thành viên liên kết không góp vốn bên cạnh thành viên chính thức.',
      'Luật cũng quy định hợp tác xã phải có ít nhất 05 thành viên chính thức, giới hạn tỷ lệ vốn góp tối đa của một thành viên, và hoàn thiện chính sách hỗ trợ của Nhà nước đối với khu vực kinh tế tập thể.',
      'So với Luật năm 2012, Luật mới có nhiều chính sách hỗ trợ cụ thể hơn cho tổ hợp tác và hợp tác xã: đào tạo, bồi dưỡng nguồn nhân lực; tiếp cận vốn, quỹ hỗ trợ; đất đai; khoa học, công nghệ và chuyển đổi số; xúc tiến thương mại; đầu tư kết cấu hạ tầng.',
      'Tổ hợp tác lần đầu được quy định đầy đủ trong Luật: tổ hợp tác do ít nhất 02 thành viên thành lập trên cơ sở hợp đồng hợp tác, được đăng ký hoạt động tại UBND cấp xã. Luật cũng yêu cầu các hợp tác xã thực hiện chế độ báo cáo và công khai thông tin với thành viên.',
    ],
  },
  {
    date: at(2023, 9, 22), category: 'ho-tro-htx', title: 'HTX của tỉnh tham gia Hội chợ xúc tiến thương mại khu vực miền Nam tại Đồng Nai',
    summary: 'Các HTX của tỉnh mang sản phẩm chủ lực, sản phẩm OCOP tham gia Hội chợ xúc tiến thương mại cho khu vực kinh tế tập thể, HTX khu vực miền Nam năm 2023.',
    paragraphs: [
      'Hội chợ là dịp để các hợp tác xã giới thiệu sản phẩm lúa gạo, thủy sản, khóm, hồ tiêu, nước mắm và hàng thủ công mỹ nghệ, kết nối cung cầu với doanh nghiệp và nhà phân phối.',
      'Liên minh HTX tỉnh hỗ trợ gian hàng và chi phí vận chuyển cho các hợp tác xã tham gia.',
      'Năm nay, tỉnh có 08 hợp tác xã tham gia với 06 gian hàng, trong đó nhiều sản phẩm đã đạt chứng nhận OCOP 3 sao, 4 sao như nước mắm Phú Quốc, hồ tiêu Phú Quốc, khóm Tắc Cậu và mật ong rừng U Minh Thượng.',
      'Ngoài bán hàng trực tiếp, các hợp tác xã tham dự hội nghị kết nối cung cầu, gặp gỡ các siêu thị, doanh nghiệp phân phối và ký kết một số biên bản ghi nhớ tiêu thụ sản phẩm.',
    ],
  },
  {
    date: at(2023, 11, 6), category: 'mo-hinh-dien-hinh', title: 'HTX Đan đát Phước Lợi giữ nghề truyền thống, tạo việc làm cho phụ nữ nông thôn',
    summary: 'Từ nguồn lục bình, bàng sẵn có, HTX Đan đát Phước Lợi (xã Vĩnh Phước A, huyện Gò Quao) tạo việc làm thường xuyên cho hàng chục lao động nữ.',
    paragraphs: [
      'Sản phẩm giỏ, túi, thảm đan của hợp tác xã được tiêu thụ qua doanh nghiệp xuất khẩu và các hội chợ trong, ngoài tỉnh.',
      'Hợp tác xã thường xuyên mở lớp truyền nghề cho thành viên mới, góp phần giữ gìn nghề đan đát truyền thống của địa phương.',
      'Mỗi lao động nữ của hợp tác xã có thu nhập từ 3 đến 4 triệu đồng mỗi tháng, làm tại nhà vào lúc nông nhàn, vừa chăm sóc gia đình vừa có thêm thu nhập ổn định.',
      'Thời gian tới, hợp tác xã mong muốn được hỗ trợ xây dựng nhãn hiệu tập thể, thiết kế mẫu mã mới và đưa sản phẩm lên sàn thương mại điện tử để mở rộng thị trường.',
    ],
  },
  {
    date: at(2023, 12, 27), category: 'kinh-te-tap-the', title: 'Kinh tế tập thể năm 2023: vượt chỉ tiêu thành lập mới hợp tác xã',
    summary: 'Năm 2023, toàn tỉnh thành lập mới 13 hợp tác xã, vượt kế hoạch; số HTX thực hiện chuỗi liên kết sản xuất và tiêu thụ nông sản ngày một tăng.',
    paragraphs: [
      'Các hợp tác xã mới thành lập chọn lựa mô hình sản xuất, kinh doanh phù hợp; quyền lợi của thành viên gắn liền với quyền lợi của hợp tác xã; năng lực quản lý từng bước được nâng lên.',
      'Tuy nhiên, một số HTX đã ngừng hoạt động nhưng chưa giải thể; đa số HTX còn thiếu vốn đầu tư mở rộng sản xuất kinh doanh.',
      'Số tổ hợp tác thành lập mới trong năm vượt chỉ tiêu 50 tổ hợp tác; các lớp tập huấn, bồi dưỡng nâng cao năng lực cho hợp tác xã đều đạt và vượt kế hoạch. Liên minh HTX tỉnh đã đăng hơn 200 tin, bài về kinh tế tập thể trên trang thông tin điện tử.',
      'Năm 2024, Liên minh HTX tỉnh tập trung tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 trước khi Luật có hiệu lực, hướng dẫn các hợp tác xã sửa đổi điều lệ và chuyển đổi cho phù hợp với quy định mới.',
    ],
  },
  {
    date: at(2024, 3, 12), category: 'tin-hoat-dong', title: 'Triển khai kế hoạch tuyên truyền Luật Hợp tác xã năm 2023',
    summary: 'Liên minh HTX tỉnh ban hành Kế hoạch số 21/KH-LMHTX tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 đến các hợp tác xã, tổ hợp tác.',
    paragraphs: [
      'Kế hoạch đặt mục tiêu 100% hợp tác xã đang hoạt động được phổ biến các nội dung mới của Luật trước ngày Luật có hiệu lực (01/7/2024), đặc biệt là quy định về thành viên, vốn góp và chế độ báo cáo.',
      'Liên minh HTX tỉnh phối hợp Sở Tư pháp, các huyện, thành phố tổ chức hội nghị tuyên truyền tại các địa phương.',
      'Nội dung tuyên truyền tập trung vào các điểm mới: ba hình thức tổ chức kinh tế hợp tác; thành viên chính thức và thành viên liên kết; giới hạn vốn góp của một thành viên; tổ chức đại hội thành viên; tài sản chung không chia và các chính sách hỗ trợ của Nhà nước.',
      'Hình thức tuyên truyền đa dạng: hội nghị tại các huyện, thành phố; tài liệu hỏi – đáp phát cho hợp tác xã, tổ hợp tác; tin, bài trên trang thông tin điện tử của Liên minh và phối hợp với Báo Kiên Giang, Đài Phát thanh và Truyền hình Kiên Giang.',
    ],
  },
  {
    date: at(2024, 5, 20), category: 'mo-hinh-dien-hinh', title: 'Mô hình HTX kiểu mới gắn với chuỗi liên kết lúa gạo ở Hòn Đất',
    summary: 'Các HTX nông nghiệp ở Hòn Đất liên kết với doanh nghiệp bao tiêu lúa, áp dụng quy trình VietGAP, nâng thu nhập cho thành viên.',
    paragraphs: [
      'Hợp tác xã Dịch vụ nông nghiệp Thanh niên Kinh 9 (xã Bình Giang) là một trong những hợp tác xã được chọn tham gia Đề án lựa chọn, hoàn thiện, nhân rộng mô hình HTX kiểu mới hiệu quả giai đoạn 2021-2025 theo Quyết định số 167/QĐ-TTg.',
      'Nhờ liên kết tiêu thụ, giá lúa của thành viên ổn định, chi phí đầu vào giảm nhờ mua chung vật tư qua hợp tác xã.',
      'Hợp tác xã cung ứng giống, phân bón, thuốc bảo vệ thực vật cho thành viên theo hình thức trả chậm đến cuối vụ; tổ chức dịch vụ làm đất, bơm tưới, thu hoạch bằng máy; hướng dẫn thành viên ghi nhật ký đồng ruộng theo tiêu chuẩn VietGAP.',
      'Theo đánh giá của Liên minh HTX tỉnh, mô hình hợp tác xã kiểu mới ở Hòn Đất cần được nhân rộng ra các huyện trồng lúa khác, nhất là cách tổ chức cánh đồng lớn và liên kết tiêu thụ với doanh nghiệp.',
    ],
  },
  {
    date: at(2024, 7, 2), category: 'chinh-sach-phap-luat', title: 'Luật Hợp tác xã năm 2023 chính thức có hiệu lực từ ngày 01/7/2024',
    summary: 'Từ ngày 01/7/2024, Luật Hợp tác xã số 17/2023/QH15 chính thức có hiệu lực, thay thế Luật Hợp tác xã số 23/2012/QH13.',
    paragraphs: [
      'Các hợp tác xã, liên hiệp hợp tác xã cần rà soát, sửa đổi điều lệ cho phù hợp với Luật mới, đặc biệt là quy định về các loại thành viên và tỷ lệ góp vốn.',
      'Liên minh HTX tỉnh sẵn sàng hướng dẫn, tư vấn các đơn vị trong quá trình chuyển đổi.',
      'Theo quy định chuyển tiếp, các hợp tác xã, liên hiệp hợp tác xã đã thành lập trước ngày Luật có hiệu lực không bắt buộc đăng ký lại, nhưng phải sửa đổi, bổ sung điều lệ cho phù hợp với Luật trong thời hạn quy định. Tổ hợp tác đang hoạt động theo Bộ luật Dân sự cần rà soát hợp đồng hợp tác theo quy định mới.',
      'Liên minh HTX tỉnh đã biên soạn tài liệu hướng dẫn sửa đổi điều lệ mẫu, tổ chức các lớp tập huấn tại các huyện, thành phố và bố trí cán bộ tư vấn trực tiếp cho hợp tác xã có yêu cầu.',
    ],
  },
  {
    date: at(2024, 7, 18), category: 'tin-hoat-dong', title: 'Sơ kết 6 tháng đầu năm 2024: tiếp tục phát triển thành viên Liên minh',
    summary: 'Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024, đề ra nhiệm vụ trọng tâm 6 tháng cuối năm.',
    paragraphs: [
      'Trong 6 tháng đầu năm, Liên minh HTX tỉnh tổ chức các lớp tập huấn phổ biến Luật Hợp tác xã năm 2023, tư vấn thành lập mới hợp tác xã, tổ hợp tác và kết nạp thêm thành viên Liên minh.',
      'Nhiệm vụ 6 tháng cuối năm là đẩy mạnh hỗ trợ HTX đưa sản phẩm lên sàn thương mại điện tử, truy xuất nguồn gốc và tham gia chương trình OCOP.',
      'Hội nghị ghi nhận các hợp tác xã đã cơ bản hoàn thành việc rà soát điều lệ theo Luật Hợp tác xã năm 2023; số hợp tác xã tham gia chuỗi liên kết sản xuất và tiêu thụ sản phẩm tiếp tục tăng. Nhiều hợp tác xã được hỗ trợ vay vốn từ Quỹ hỗ trợ phát triển hợp tác xã và Quỹ quốc gia về việc làm.',
      'Tại hội nghị, Liên minh HTX tỉnh công bố quyết định kết nạp thêm các hợp tác xã là thành viên Liên minh, nâng tổng số thành viên chính thức và liên kết lên hơn một nửa số hợp tác xã đang hoạt động trong tỉnh.',
    ],
  },
  {
    date: at(2024, 9, 20), category: 'chinh-sach-phap-luat', title: 'Nghị định số 113/2024/NĐ-CP quy định chi tiết một số điều của Luật Hợp tác xã',
    summary: 'Ngày 12/9/2024, Chính phủ ban hành Nghị định số 113/2024/NĐ-CP quy định chi tiết một số điều của Luật Hợp tác xã.',
    paragraphs: [
      'Nghị định hướng dẫn chi tiết về chính sách hỗ trợ phát triển tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã; tài sản không chia; chế độ báo cáo và tổ chức đại hội thành viên.',
      'Về chính sách hỗ trợ, Nghị định quy định cụ thể điều kiện, nội dung và mức hỗ trợ phát triển nguồn nhân lực, tiếp cận vốn, đất đai, khoa học công nghệ, xúc tiến thương mại và đầu tư kết cấu hạ tầng cho tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.',
      'Nghị định cũng hướng dẫn việc quản lý, sử dụng tài sản chung không chia, chế độ báo cáo của hợp tác xã và việc chuyển đổi tổ hợp tác thành hợp tác xã. Liên minh HTX tỉnh sẽ tổ chức phổ biến nội dung Nghị định đến các hợp tác xã trong quý IV năm 2024.',
    ],
  },
  {
    date: at(2024, 10, 10), category: 'kinh-te-tap-the', title: 'Ra mắt Liên hiệp Hợp tác xã Lúa gạo Tân Hiệp',
    summary: 'Liên hiệp HTX Lúa gạo Tân Hiệp được thành lập trên cơ sở liên kết các hợp tác xã sản xuất lúa giống, lúa hàng hóa của huyện.',
    paragraphs: [
      'Liên hiệp hướng đến tổ chức sản xuất lúa chất lượng cao trên diện tích lớn, ký hợp đồng tiêu thụ ổn định với doanh nghiệp xuất khẩu gạo.',
      'Đây là liên hiệp hợp tác xã thứ tư trên địa bàn tỉnh.',
      'Liên hiệp có các hợp tác xã thành viên sản xuất lúa giống, lúa hàng hóa trên địa bàn huyện Tân Hiệp, tổng diện tích liên kết hàng nghìn héc-ta. Liên hiệp tổ chức cung ứng giống xác nhận, vật tư đầu vào và dịch vụ sấy, bảo quản lúa cho các hợp tác xã thành viên.',
      'Phát biểu tại lễ ra mắt, lãnh đạo Liên minh HTX tỉnh đề nghị Liên hiệp sớm hoàn thiện bộ máy, xây dựng quy chế phối hợp với các hợp tác xã thành viên và chủ động tìm kiếm đối tác tiêu thụ, hướng đến xây dựng thương hiệu gạo chung cho vùng.',
    ],
  },
  {
    date: at(2024, 12, 26), category: 'ho-tro-htx', title: 'Hỗ trợ đầu tư kết cấu hạ tầng cho hợp tác xã nông nghiệp',
    summary: 'Năm 2024, nhiều hợp tác xã được hỗ trợ xây dựng nhà kho, sân phơi, lò sấy từ Chương trình phát triển kinh tế tập thể, HTX giai đoạn 2021-2025.',
    paragraphs: [
      'Nguồn vốn hỗ trợ giúp hợp tác xã giảm tổn thất sau thu hoạch, nâng cao chất lượng lúa gạo và chủ động hơn trong tiêu thụ sản phẩm.',
      'Trong năm, tỉnh hỗ trợ đầu tư nhà kho, sân phơi, lò sấy cho các hợp tác xã tại Kiên Hải, Giồng Riềng, Giang Thành và nhiều địa phương khác, với mức hỗ trợ từ vài trăm triệu đến 2,5 tỷ đồng mỗi công trình.',
      'Hợp tác xã được hỗ trợ có trách nhiệm quản lý, khai thác công trình phục vụ thành viên, hạch toán là tài sản chung không chia theo quy định của Luật Hợp tác xã. Liên minh HTX tỉnh phối hợp với các sở, ngành kiểm tra việc sử dụng công trình sau đầu tư.',
    ],
  },
  {
    date: at(2025, 1, 16), category: 'kinh-te-tap-the', title: 'Tổng kết năm 2024: khu vực kinh tế tập thể tiếp tục tăng trưởng',
    summary: 'Năm 2024, số thành viên, vốn điều lệ và doanh thu bình quân của hợp tác xã tiếp tục tăng; nhiều HTX có sản phẩm OCOP 3 sao, 4 sao.',
    paragraphs: [
      'Các hợp tác xã đã hoàn thành việc sửa đổi điều lệ theo Luật Hợp tác xã năm 2023; một số hợp tác xã kết nạp thành viên liên kết góp vốn là doanh nghiệp.',
      'Năm 2025, Liên minh HTX tỉnh tiếp tục phấn đấu thành lập mới 10 hợp tác xã, 50 tổ hợp tác và đẩy mạnh công tác tư vấn, hỗ trợ.',
      'Trong năm, Liên minh HTX tỉnh phối hợp tổ chức các lớp tập huấn phổ biến Luật Hợp tác xã năm 2023, nghiệp vụ kế toán, chuyển đổi số và truy xuất nguồn gốc; hỗ trợ các hợp tác xã tham gia Hội chợ AgroViet tại Hà Nội và Hội chợ Thương mại – Du lịch Kiên Giang.',
      'Hội nghị cũng chỉ ra những hạn chế: một số hợp tác xã ngừng hoạt động nhưng chưa giải thể; việc báo cáo định kỳ của nhiều đơn vị chưa đúng hạn; liên kết với doanh nghiệp chưa bền vững. Đây là những nội dung cần tập trung khắc phục trong năm 2025.',
    ],
  },
  {
    date: at(2025, 3, 5), category: 'tin-hoat-dong', title: 'Sắp xếp bộ máy: Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính',
    summary: 'Từ ngày 01/3/2025, Bộ Tài chính tiếp nhận chức năng quản lý nhà nước về kinh tế tập thể, hợp tác xã từ Bộ Kế hoạch và Đầu tư.',
    paragraphs: [
      'Các văn bản hướng dẫn do Bộ Kế hoạch và Đầu tư ban hành trước đây, trong đó có Thông tư số 01/2020/TT-BKHĐT hướng dẫn phân loại và đánh giá hợp tác xã, tiếp tục được thực hiện cho đến khi có văn bản thay thế.',
      'Việc hợp nhất thực hiện chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị. Các nhiệm vụ quản lý nhà nước về kinh tế hợp tác, hợp tác xã trước đây do Bộ Kế hoạch và Đầu tư đảm nhận được chuyển giao cho Bộ Tài chính.',
      'Ở địa phương, Sở Kế hoạch và Đầu tư và Sở Tài chính cũng được hợp nhất thành Sở Tài chính. Các hợp tác xã liên hệ Sở Tài chính đối với các thủ tục trước đây thuộc Sở Kế hoạch và Đầu tư, trong đó có đăng ký hợp tác xã.',
    ],
  },
  {
    date: at(2025, 6, 24), category: 'thong-bao', title: 'Thông báo về việc sắp xếp đơn vị hành chính từ ngày 01/7/2025',
    summary: 'Từ ngày 01/7/2025, tỉnh Kiên Giang và tỉnh An Giang hợp nhất thành tỉnh An Giang; không tổ chức đơn vị hành chính cấp huyện.',
    paragraphs: [
      'Dữ liệu hợp tác xã, tổ hợp tác trên cổng thông tin được cập nhật theo đơn vị hành chính cấp xã mới. Số liệu các kỳ báo cáo trước ngày 01/7/2025 vẫn được thống kê theo huyện, thành phố của tỉnh Kiên Giang cũ, và có thể quy đổi sang xã, phường, đặc khu mới.',
      'Các hợp tác xã cập nhật địa chỉ trụ sở theo đơn vị hành chính mới khi có thay đổi đăng ký.',
      'Trên cổng thông tin, mỗi hợp tác xã, tổ hợp tác được gắn với xã, phường, đặc khu mới; trang hồ sơ vẫn ghi huyện, thành phố cũ để tiện tra cứu lịch sử. Các tin, bài đăng trước ngày 01/7/2025 giữ nguyên tên tỉnh, huyện tại thời điểm đăng.',
      'Mọi thắc mắc về việc cập nhật thông tin hợp tác xã theo đơn vị hành chính mới, xin liên hệ Văn phòng Liên minh Hợp tác xã tỉnh.',
    ],
  },
  {
    date: at(2025, 7, 16), category: 'tin-hoat-dong', title: 'Sơ kết 6 tháng đầu năm 2025 và triển khai nhiệm vụ sau sắp xếp đơn vị hành chính',
    summary: 'Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm trong bối cảnh tỉnh mới An Giang đi vào hoạt động.',
    paragraphs: [
      'Hội nghị đánh giá tình hình phát triển kinh tế tập thể 6 tháng đầu năm theo địa bàn các huyện, thành phố trước sắp xếp và thống nhất phương án theo dõi số liệu theo xã, phường, đặc khu từ ngày 01/7/2025.',
      'Liên minh HTX tỉnh đề nghị các hợp tác xã gửi báo cáo đúng hạn, cập nhật đầy đủ thông tin thành viên, vốn góp và lao động.',
      'Sau hợp nhất, Liên minh Hợp tác xã tỉnh An Giang (mới) được kiện toàn trên cơ sở Liên minh HTX của hai tỉnh cũ; các ban chuyên môn được sắp xếp lại, bảo đảm không gián đoạn công tác hỗ trợ hợp tác xã.',
      'Hội nghị thống nhất giao Ban Kế hoạch – Hỗ trợ hướng dẫn các hợp tác xã cập nhật địa chỉ theo xã, phường, đặc khu mới; Ban Tổ chức – Kiểm tra rà soát danh sách thành viên Liên minh; Văn phòng cập nhật thông tin trên cổng thông tin điện tử.',
    ],
  },
  {
    date: at(2025, 9, 12), category: 'mo-hinh-dien-hinh', title: 'Mật ong rừng U Minh Thượng: sản phẩm OCOP của hợp tác xã',
    summary: 'Hợp tác xã nuôi ong mật ở xã U Minh Thượng đưa mật ong rừng tràm thành sản phẩm OCOP, liên kết tiêu thụ ổn định.',
    paragraphs: [
      'Hợp tác xã tổ chức cho thành viên gác kèo ong theo quy trình, thu hoạch và đóng gói tập trung, có tem truy xuất nguồn gốc.',
      'Sản phẩm được giới thiệu tại các hội chợ và trên sàn thương mại điện tử của tỉnh.',
      'Mùa ăn ong chính kéo dài từ tháng 3 đến tháng 5 âm lịch, khi rừng tràm trổ bông. Mật ong rừng tràm có màu vàng sẫm, vị ngọt thanh, được khách hàng trong và ngoài tỉnh ưa chuộng.',
      'Nghề gác kèo ong gắn với bảo vệ rừng: thành viên hợp tác xã cam kết không đốt, phá rừng khi khai thác mật, góp phần phòng, chống cháy rừng tràm trong mùa khô.',
    ],
  },
  {
    date: at(2025, 10, 28), category: 'ho-tro-htx', title: 'Hỗ trợ HTX đưa sản phẩm chủ lực lên sàn thương mại điện tử',
    summary: 'Liên minh HTX tỉnh khảo sát sản phẩm chủ lực của các hợp tác xã để đưa lên sàn giao dịch điện tử, hỗ trợ truy xuất nguồn gốc.',
    paragraphs: [
      'Các sản phẩm được chọn gồm gạo, khóm, hồ tiêu, nước mắm, khô hải sản và hàng thủ công mỹ nghệ; hợp tác xã được hướng dẫn chụp ảnh, mô tả sản phẩm và xử lý đơn hàng trực tuyến.',
      'Sau khảo sát, Liên minh HTX tỉnh chọn các hợp tác xã có sản phẩm đã có nhãn mác, chứng nhận chất lượng để hỗ trợ trước; các hợp tác xã khác được hướng dẫn hoàn thiện điều kiện để tham gia đợt sau.',
      'Ngoài sàn thương mại điện tử, các hợp tác xã được hướng dẫn bán hàng qua mạng xã hội, phát trực tiếp và kết nối với các điểm bán sản phẩm OCOP trong tỉnh.',
    ],
  },
  {
    date: at(2026, 1, 14), category: 'kinh-te-tap-the', title: 'Tổng kết năm 2025: kinh tế tập thể vượt qua năm sắp xếp bộ máy',
    summary: 'Năm 2025, khu vực kinh tế tập thể ổn định sau sắp xếp đơn vị hành chính; số hợp tác xã thành lập mới đạt kế hoạch.',
    paragraphs: [
      'Liên minh HTX tỉnh ban hành Báo cáo số 05/BC-LMHTX tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026.',
      'Năm 2026, Liên minh tiếp tục phấn đấu thành lập mới 10 hợp tác xã, 50 tổ hợp tác; mở 10 lớp tập huấn; tổ chức 10 cuộc vận động, tư vấn thành lập hợp tác xã.',
      'Năm 2025 là năm đặc biệt khi cả nước sắp xếp lại đơn vị hành chính và tổ chức bộ máy. Dù vậy, các hợp tác xã vẫn duy trì hoạt động ổn định; công tác tư vấn thành lập mới, tập huấn, hỗ trợ vay vốn và xúc tiến thương mại được thực hiện liên tục.',
      'Hội nghị đề ra nhiệm vụ trọng tâm năm 2026: hoàn thiện cơ sở dữ liệu hợp tác xã theo đơn vị hành chính mới; nâng cao chất lượng báo cáo định kỳ; hỗ trợ hợp tác xã chuyển đổi số và tham gia Chương trình OCOP.',
    ],
  },
  {
    date: at(2026, 3, 10), category: 'ho-tro-htx', title: 'Mở lớp bồi dưỡng cán bộ quản lý hợp tác xã năm 2026',
    summary: 'Khai giảng lớp bồi dưỡng nâng cao năng lực quản lý, điều hành cho cán bộ hợp tác xã, quỹ tín dụng nhân dân năm 2026.',
    paragraphs: [
      'Học viên được trang bị kiến thức về Luật Hợp tác xã năm 2023, quản trị tài chính, xây dựng phương án sản xuất kinh doanh và chuyển đổi số.',
      'Lớp học có hơn 60 học viên là thành viên Hội đồng quản trị, giám đốc, kế toán, kiểm soát viên của các hợp tác xã, Quỹ tín dụng nhân dân trên địa bàn các xã, phường, đặc khu thuộc tỉnh Kiên Giang trước đây.',
      'Giảng viên là các chuyên gia của Trường Cán bộ quản lý thuộc Liên minh Hợp tác xã Việt Nam và các sở, ngành của tỉnh. Kết thúc khóa học, học viên được cấp giấy chứng nhận hoàn thành chương trình bồi dưỡng.',
    ],
  },
  {
    date: at(2026, 6, 20), category: 'thong-bao', title: 'Thông báo thời hạn gửi báo cáo 6 tháng đầu năm 2026',
    summary: 'Các hợp tác xã, tổ hợp tác gửi báo cáo tình hình hoạt động 6 tháng đầu năm 2026 trước ngày 15/7/2026.',
    paragraphs: [
      'Báo cáo gồm số thành viên, vốn điều lệ, vốn góp, lao động, diện tích canh tác, doanh thu và lợi nhuận đến ngày 30/6/2026. Hợp tác xã có thể nhập báo cáo trực tiếp trên cổng thông tin.',
      'Hợp tác xã chưa có tài khoản trên cổng thông tin liên hệ Văn phòng Liên minh Hợp tác xã tỉnh để được cấp. Báo cáo gửi sau thời hạn sẽ được tổng hợp vào kỳ sau và có thể ảnh hưởng đến việc xét hỗ trợ, khen thưởng.',
      'Các tổ hợp tác gửi báo cáo qua UBND xã, phường, đặc khu nơi đăng ký hoạt động để tổng hợp chung.',
    ],
  },
  {
    date: at(2026, 7, 17), category: 'tin-hoat-dong', title: 'Liên minh HTX tỉnh sơ kết 6 tháng đầu năm 2026',
    summary: 'Hội nghị sơ kết đánh giá kết quả 6 tháng đầu năm 2026 và triển khai nhiệm vụ 6 tháng cuối năm.',
    paragraphs: [
      'Trong 6 tháng đầu năm, Liên minh HTX tỉnh phối hợp tổ chức các lớp tập huấn, các cuộc vận động thành lập hợp tác xã, hỗ trợ hợp tác xã tham gia hội chợ và vay vốn.',
      'Các hợp tác xã được đề nghị hoàn thiện báo cáo 6 tháng đầu năm; các báo cáo bị trả lại cần được chỉnh sửa, bổ sung kịp thời.',
      'Hội nghị đánh giá công tác phối hợp giữa Liên minh với UBND các xã, phường, đặc khu sau một năm vận hành chính quyền địa phương hai cấp: việc theo dõi, hỗ trợ hợp tác xã cơ bản thông suốt, nhưng một số địa phương còn thiếu cán bộ phụ trách kinh tế tập thể.',
      'Nhiệm vụ 6 tháng cuối năm là tiếp tục vận động thành lập mới hợp tác xã, tổ hợp tác; tổ chức các lớp tập huấn còn lại theo kế hoạch; hỗ trợ hợp tác xã tham gia Hội chợ Thương mại – Du lịch An Giang và các hội chợ ngoài tỉnh.',
    ],
  },
  {
    date: at(2026, 9, 8), category: 'mo-hinh-dien-hinh', title: 'Khóm Tắc Cậu: hợp tác xã liên kết đưa trái khóm vươn xa',
    summary: 'Các hợp tác xã trồng khóm ở xã Châu Thành, Bình An liên kết với doanh nghiệp chế biến, ổn định đầu ra cho thành viên.',
    paragraphs: [
      'Khóm Tắc Cậu là sản phẩm OCOP của hợp tác xã, được trồng theo quy trình an toàn và tiêu thụ qua hợp đồng liên kết.',
      'Vùng khóm Tắc Cậu nằm trên đất phèn, trái khóm nhỏ nhưng ngọt đậm, thơm đặc trưng. Nhờ hợp tác xã tổ chức sản xuất theo quy trình chung và thu mua tập trung, giá bán khóm của thành viên ổn định hơn so với bán lẻ cho thương lái.',
      'Ngoài trái tươi, các hợp tác xã liên kết với doanh nghiệp chế biến khóm đóng hộp, nước ép và mứt khóm, mở ra thị trường xuất khẩu. Hợp tác xã cũng thử nghiệm trồng xen, luân canh để cải tạo đất và tăng thu nhập cho thành viên.',
    ],
  },
  {
    date: at(2026, 8, 11, 10), category: 'ho-tro-htx', title: 'Hợp tác xã tham gia Hội chợ Thương mại – Du lịch An Giang năm 2026',
    summary: 'Nhiều hợp tác xã trưng bày, giới thiệu sản phẩm OCOP tại Hội chợ Thương mại – Du lịch An Giang năm 2026.',
    paragraphs: [
      'Gian hàng của các hợp tác xã thu hút đông đảo khách tham quan với các sản phẩm gạo, mật ong rừng, nước mắm Phú Quốc và hàng đan đát.',
      'Liên minh HTX tỉnh bố trí khu gian hàng chung cho các hợp tác xã, hỗ trợ chi phí thuê gian hàng và vận chuyển sản phẩm. Nhiều hợp tác xã lần đầu tham gia hội chợ cấp tỉnh sau khi hợp nhất.',
      'Bên lề hội chợ, các hợp tác xã tham dự hội nghị kết nối cung cầu với các doanh nghiệp phân phối, siêu thị và đơn vị kinh doanh du lịch trong tỉnh.',
    ],
  },
  {
    date: at(2026, 11, 18), category: 'tin-hoat-dong', featured: true, title: 'Liên minh HTX tỉnh chuẩn bị tổng kết công tác năm 2026',
    summary: 'Liên minh HTX tỉnh đề nghị các đơn vị rà soát số liệu, chuẩn bị báo cáo tổng kết năm 2026 và đăng ký thi đua năm 2027.',
    paragraphs: [
      'Các hợp tác xã, tổ hợp tác rà soát số thành viên, vốn góp, lao động và kết quả sản xuất kinh doanh để phục vụ báo cáo tổng kết năm.',
      'Các Khối thi đua hợp tác xã tổ chức chấm điểm, bình xét thi đua năm 2026.',
      'Liên minh đề nghị các hợp tác xã gửi báo cáo năm 2026 đúng hạn, cập nhật đầy đủ thông tin thành viên chính thức, thành viên liên kết và vốn góp theo Luật Hợp tác xã năm 2023.',
      'Hội nghị tổng kết dự kiến tổ chức vào giữa tháng 01/2027, gắn với trao Giấy khen cho các hợp tác xã có thành tích xuất sắc trong phong trào thi đua năm 2026.',
    ],
  },
  {
    date: at(2026, 11, 20), category: 'kinh-te-tap-the', status: 'IN_REVIEW', title: 'Dự thảo: Kế hoạch phát triển kinh tế tập thể năm 2027',
    summary: 'Dự thảo kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2027 đang được lấy ý kiến.',
    paragraphs: ['Nội dung dự thảo đang được Ban biên tập rà soát.'],
  },
  {
    date: at(2026, 11, 21), category: 'mo-hinh-dien-hinh', status: 'DRAFT', title: 'Bản nháp: Gương giám đốc hợp tác xã trẻ ở Giồng Riềng',
    summary: 'Bài viết về một giám đốc hợp tác xã trẻ đưa cơ giới hóa vào sản xuất lúa.',
    paragraphs: ['Bản nháp, chưa hoàn thiện.'],
  },
];
