/**
 * Full texts (HTML, as the editor stores it) of some demo documents. They follow the structure of
 * the real documents — preamble, then "Điều 1. …" articles — abridged; a few sentences are
 * paraphrased rather than quoted, so they are demo content, not an official source.
 */

type Article = [heading: string, ...paragraphs: string[]];

/** "<p>Căn cứ …</p><h3>Điều 1. …</h3><p>…</p>": a preamble and numbered articles. */
export function articlesHtml(preamble: string[], articles: Article[]): string {
  const pre = preamble.map((p) => `<p><em>${p}</em></p>`).join('');
  const body = articles
    .map(([heading, ...paragraphs], i) => `<h3>Điều ${i + 1}. ${heading}</h3>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`)
    .join('');
  return pre + body;
}

/** Sections of a report or a plan: "<h3>I. …</h3><p>…</p>". */
export function sectionsHtml(intro: string[], sections: Article[]): string {
  return (
    intro.map((p) => `<p>${p}</p>`).join('') +
    sections.map(([heading, ...paragraphs]) => `<h3>${heading}</h3>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`).join('')
  );
}

export const FULL_TEXTS: Record<string, string> = {
  nq20: sectionsHtml(
    [
      'Sau hơn 20 năm thực hiện Nghị quyết Trung ương 5 khóa IX, kinh tế tập thể, nòng cốt là hợp tác xã, đã có bước phát triển; nhận thức về vị trí, vai trò của kinh tế tập thể có chuyển biến tích cực.',
    ],
    [
      [
        'I. Quan điểm',
        'Kinh tế tập thể, nòng cốt là hợp tác xã, là thành phần kinh tế quan trọng, cùng với kinh tế nhà nước trở thành nền tảng vững chắc của nền kinh tế quốc dân.',
        'Phát triển kinh tế tập thể theo nguyên tắc tự nguyện, dân chủ, bình đẳng, công khai, tự chủ, tự chịu trách nhiệm; Nhà nước hỗ trợ, không can thiệp vào hoạt động sản xuất, kinh doanh của hợp tác xã.',
      ],
      [
        'II. Mục tiêu đến năm 2030',
        'Cả nước có khoảng 140.000 tổ hợp tác, 45.000 hợp tác xã, 340 liên hiệp hợp tác xã, với 8 triệu thành viên; thu nhập bình quân của thành viên, người lao động làm việc thường xuyên trong hợp tác xã tăng trung bình khoảng 7%/năm.',
        'Phấn đấu 100% cán bộ quản lý hợp tác xã được đào tạo, bồi dưỡng; 25% cán bộ quản lý hợp tác xã có trình độ cao đẳng, đại học.',
      ],
      [
        'III. Nhiệm vụ, giải pháp chủ yếu',
        'Đẩy mạnh tuyên truyền, nâng cao nhận thức; hoàn thiện thể chế, chính sách; nâng cao hiệu quả hoạt động của các tổ chức kinh tế tập thể; tăng cường vai trò của Liên minh Hợp tác xã Việt Nam và liên minh hợp tác xã các tỉnh.',
      ],
    ],
  ),

  luat2023: articlesHtml(
    ['Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;', 'Quốc hội ban hành Luật Hợp tác xã.'],
    [
      ['Phạm vi điều chỉnh', 'Luật này quy định về việc thành lập, tổ chức quản lý và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã; chính sách của Nhà nước về phát triển tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.'],
      ['Đối tượng áp dụng', 'Luật này áp dụng đối với tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã, thành viên và cơ quan, tổ chức, cá nhân có liên quan.'],
      [
        'Giải thích từ ngữ',
        'Hợp tác xã là tổ chức có tư cách pháp nhân do ít nhất 05 thành viên chính thức tự nguyện thành lập, hợp tác tương trợ trong sản xuất, kinh doanh, tạo việc làm nhằm đáp ứng nhu cầu chung của thành viên, trên cơ sở tự chủ, tự chịu trách nhiệm, bình đẳng và dân chủ trong quản lý.',
        'Thành viên của hợp tác xã gồm thành viên chính thức và thành viên liên kết góp vốn, thành viên liên kết không góp vốn.',
      ],
      ['Góp vốn của thành viên', 'Vốn góp của một thành viên chính thức là cá nhân, tổ chức không vượt quá 20% vốn điều lệ của hợp tác xã; đối với thành viên liên kết góp vốn, tổng vốn góp không vượt quá 35% vốn điều lệ.'],
      ['Hiệu lực thi hành', 'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.', 'Luật Hợp tác xã số 23/2012/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.'],
    ],
  ),

  luat2012: articlesHtml(
    ['Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;', 'Quốc hội ban hành Luật hợp tác xã.'],
    [
      ['Phạm vi điều chỉnh', 'Luật này quy định việc thành lập, tổ chức và hoạt động của hợp tác xã, liên hiệp hợp tác xã.'],
      ['Hợp tác xã', 'Hợp tác xã là tổ chức kinh tế tập thể, đồng sở hữu, có tư cách pháp nhân, do ít nhất 07 thành viên tự nguyện thành lập và hợp tác tương trợ lẫn nhau trong hoạt động sản xuất, kinh doanh, tạo việc làm nhằm đáp ứng nhu cầu chung của thành viên.'],
      ['Hiệu lực thi hành', 'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013.', 'Luật hợp tác xã số 18/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực.'],
    ],
  ),

  nd45: articlesHtml(
    ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Căn cứ Luật Hợp tác xã ngày 20 tháng 11 năm 2012;', 'Theo đề nghị của Bộ trưởng Bộ Kế hoạch và Đầu tư;', 'Chính phủ ban hành Nghị định về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã.'],
    [
      ['Phạm vi điều chỉnh', 'Nghị định này quy định về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã ở trung ương và địa phương.'],
      ['Đối tượng áp dụng', 'Nghị định này áp dụng đối với Quỹ hỗ trợ phát triển hợp tác xã trung ương, Quỹ hỗ trợ phát triển hợp tác xã cấp tỉnh và các cơ quan, tổ chức, cá nhân có liên quan.'],
      ['Địa vị pháp lý của Quỹ', 'Quỹ là quỹ tài chính nhà nước ngoài ngân sách, hoạt động không vì mục đích lợi nhuận, có tư cách pháp nhân, có vốn điều lệ, có con dấu riêng.'],
      ['Mức vốn điều lệ tối thiểu', 'Vốn điều lệ tối thiểu của Quỹ cấp tỉnh là 20 tỷ đồng; các Quỹ đã thành lập có vốn điều lệ thấp hơn phải bổ sung theo lộ trình.'],
      ['Hiệu lực thi hành', 'Nghị định này có hiệu lực thi hành từ ngày 20 tháng 5 năm 2021.'],
    ],
  ),

  nd113: articlesHtml(
    ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;', 'Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Hợp tác xã.'],
    [
      ['Phạm vi điều chỉnh', 'Nghị định này quy định chi tiết về hỗ trợ phát triển nguồn nhân lực, xúc tiến thương mại, ứng dụng khoa học công nghệ, tiếp cận vốn và tổ chức lại, giải thể hợp tác xã.'],
      ['Tiêu chí đánh giá, phân loại', 'Tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã được đánh giá, phân loại hằng năm theo các tiêu chí do Bộ trưởng Bộ Kế hoạch và Đầu tư hướng dẫn.'],
      ['Hiệu lực thi hành', 'Nghị định này có hiệu lực thi hành từ ngày ký ban hành.', 'Nghị định số 193/2013/NĐ-CP và Nghị định số 107/2017/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.'],
    ],
  ),

  tt09: articlesHtml(
    ['Căn cứ Nghị định số 92/2024/NĐ-CP ngày 18 tháng 7 năm 2024 của Chính phủ về đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã;', 'Bộ trưởng Bộ Kế hoạch và Đầu tư ban hành Thông tư ban hành biểu mẫu sử dụng trong đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.'],
    [
      ['Phạm vi điều chỉnh', 'Thông tư này ban hành các biểu mẫu sử dụng trong đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã và chế độ báo cáo tình hình hoạt động.'],
      ['Hiệu lực thi hành', 'Thông tư này có hiệu lực từ ngày 10 tháng 9 năm 2024.', 'Thông tư số 03/2014/TT-BKHĐT và Thông tư số 07/2019/TT-BKHĐT hết hiệu lực kể từ ngày Thông tư này có hiệu lực.'],
    ],
  ),

  nq24: articlesHtml(
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'Căn cứ Luật Hợp tác xã ngày 20 tháng 11 năm 2012;', 'Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh;', 'Hội đồng nhân dân tỉnh quyết nghị:'],
    [
      ['Phạm vi điều chỉnh', 'Nghị quyết này quy định một số chính sách hỗ trợ, khuyến khích phát triển hợp tác xã, liên hiệp hợp tác xã trong lĩnh vực nông nghiệp trên địa bàn tỉnh.'],
      ['Hỗ trợ thành lập mới', 'Hỗ trợ một lần 15 triệu đồng cho mỗi hợp tác xã nông nghiệp thành lập mới để tư vấn xây dựng điều lệ, phương án sản xuất kinh doanh và thủ tục đăng ký.'],
      ['Hỗ trợ cán bộ trẻ', 'Hỗ trợ tiền lương cho người tốt nghiệp đại học, cao đẳng về làm việc tại hợp tác xã nông nghiệp trong thời gian tối đa 36 tháng.'],
      ['Hỗ trợ xây dựng kết cấu hạ tầng', 'Hỗ trợ tối đa 80% kinh phí xây dựng nhà kho, sân phơi, xưởng sơ chế và hệ thống thủy lợi nội đồng phục vụ thành viên, mức hỗ trợ không quá 1 tỷ đồng cho mỗi hợp tác xã.'],
      ['Tổ chức thực hiện', 'Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này. Nghị quyết có hiệu lực từ ngày 01 tháng 01 năm 2019.'],
    ],
  ),

  nq2026: articlesHtml(
    ['Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;', 'Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;', 'Hội đồng nhân dân tỉnh quyết nghị:'],
    [
      ['Phạm vi điều chỉnh', 'Nghị quyết này quy định chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh An Giang giai đoạn 2027 - 2030.'],
      ['Đối tượng áp dụng', 'Tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã thành lập và hoạt động theo Luật Hợp tác xã năm 2023 trên địa bàn tỉnh.'],
      ['Nội dung hỗ trợ', 'Hỗ trợ đào tạo, bồi dưỡng; đưa lao động trẻ về làm việc; xúc tiến thương mại, chuyển đổi số; xây dựng kết cấu hạ tầng và chế biến sản phẩm.'],
      ['Hiệu lực thi hành', 'Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2027 và thay thế Nghị quyết số 24/2018/NQ-HĐND ngày 07 tháng 12 năm 2018 của Hội đồng nhân dân tỉnh Kiên Giang.'],
    ],
  ),

  kh93: sectionsHtml(
    ['Thực hiện Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch cho vay hỗ trợ phát triển hợp tác xã như sau:'],
    [
      ['I. Mục đích, yêu cầu', 'Tạo điều kiện cho hợp tác xã tiếp cận nguồn vốn ưu đãi để đầu tư, mở rộng sản xuất, kinh doanh; bảo đảm đúng đối tượng, công khai, minh bạch.'],
      ['II. Đối tượng và mức cho vay', 'Hợp tác xã, liên hiệp hợp tác xã có dự án, phương án sản xuất kinh doanh khả thi; mức cho vay tối đa 1 tỷ đồng mỗi dự án, lãi suất thấp hơn lãi suất cho vay thương mại.'],
      ['III. Tổ chức thực hiện', 'Giao Liên minh Hợp tác xã tỉnh chủ trì, phối hợp các sở, ngành và Ủy ban nhân dân các huyện, thành phố triển khai thực hiện.'],
    ],
  ),

  bcSk2023: sectionsHtml(
    ['Thực hiện Chương trình công tác năm 2023, Liên minh Hợp tác xã tỉnh báo cáo tình hình phát triển kinh tế tập thể, hợp tác xã 6 tháng đầu năm 2023 như sau:'],
    [
      ['I. Tình hình kinh tế tập thể', 'Đến ngày 30/6/2023 toàn tỉnh có 533 hợp tác xã (468 hợp tác xã nông nghiệp, 45 hợp tác xã phi nông nghiệp, 21 quỹ tín dụng nhân dân), 3 liên hiệp hợp tác xã và 2.220 tổ hợp tác.', 'Các hợp tác xã nông nghiệp tiếp tục liên kết với doanh nghiệp trong sản xuất và tiêu thụ lúa, thủy sản; nhiều hợp tác xã có sản phẩm đạt chuẩn OCOP.'],
      ['II. Hoạt động của Liên minh Hợp tác xã tỉnh', 'Tổ chức tập huấn, bồi dưỡng cho cán bộ quản lý hợp tác xã; tư vấn thành lập mới hợp tác xã; phối hợp tổ chức hội chợ, xúc tiến thương mại; cho vay từ Quỹ hỗ trợ phát triển hợp tác xã.'],
      ['III. Phương hướng, nhiệm vụ 6 tháng cuối năm', 'Tiếp tục triển khai Nghị quyết số 20-NQ/TW và Chương trình số 31-CTr/TU; chuẩn bị tuyên truyền Luật Hợp tác xã năm 2023; nâng cao chất lượng hoạt động của hợp tác xã.'],
    ],
  ),

  qdChitieu2025: articlesHtml(
    ['Căn cứ Nghị định số 60/2021/NĐ-CP của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;', 'Xét đề nghị của Trưởng phòng Hành chính - Tổng hợp,'],
    [
      ['Ban hành Quy chế', 'Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Liên minh Hợp tác xã tỉnh An Giang.'],
      ['Hiệu lực', 'Quyết định có hiệu lực kể từ ngày ký và thay thế Quyết định số 09/QĐ-LMHTX ngày 22/01/2024.'],
      ['Tổ chức thực hiện', 'Chánh Văn phòng, Trưởng các phòng, ban, đơn vị trực thuộc và cán bộ, viên chức, người lao động chịu trách nhiệm thi hành Quyết định này.'],
    ],
  ),

  khCt2026: sectionsHtml(
    ['Căn cứ Nghị quyết Đại hội đại biểu Liên minh Hợp tác xã tỉnh An Giang nhiệm kỳ 2025 - 2030, Liên minh Hợp tác xã tỉnh xây dựng Kế hoạch công tác năm 2026 như sau:'],
    [
      ['I. Mục tiêu', 'Thành lập mới ít nhất 60 hợp tác xã và 120 tổ hợp tác; 70% hợp tác xã hoạt động đạt loại khá, tốt; hỗ trợ 30 hợp tác xã ứng dụng chuyển đổi số.'],
      ['II. Nhiệm vụ trọng tâm', 'Tuyên truyền Luật Hợp tác xã năm 2023; hợp nhất dữ liệu hợp tác xã của hai tỉnh cũ; tập huấn cán bộ quản lý; xúc tiến thương mại và phát triển sản phẩm OCOP.'],
      ['III. Tổ chức thực hiện', 'Các phòng, ban, Trung tâm Tư vấn và Quỹ hỗ trợ phát triển hợp tác xã cụ thể hóa kế hoạch thành chương trình công tác quý, tháng.'],
    ],
  ),
};
