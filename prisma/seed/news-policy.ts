/**
 * Policy and law articles (a question-and-answer series on the Law on Cooperatives 2023 and
 * explainers of the documents the alliance works under) and the alliance's notices (report
 * deadlines, calls for fairs and OCOP dossiers, training enrolment). The policy texts are written
 * by hand from the documents' own content; notices follow the seeded periods and activities.
 */
import { addDays, REFORM_DATE, SEED_TODAY, utc } from './dates';
import * as art from './illustrations';
import { type Facts } from './news-facts';
import { byline, ddmmyyyy, dmy, type NewsItem, p, publishAt } from './news-text';
import type { Rng } from './random';

type Policy = Omit<NewsItem, 'sourceLine' | 'date'> & { day: Date; source?: string; doc?: { number: string; abstract: string } };

const POLICIES: Policy[] = [
  {
    day: utc(2024, 4, 16), category: 'chinh-sach-phap-luat',
    title: 'Hỏi – đáp Luật Hợp tác xã năm 2023: tổ hợp tác, hợp tác xã và liên hiệp hợp tác xã khác nhau thế nào?',
    summary: 'Luật Hợp tác xã năm 2023 quy định ba hình thức tổ chức kinh tế hợp tác với điều kiện thành lập, tư cách pháp lý và tổ chức quản lý khác nhau.',
    blocks: [
      p('Hỏi: Gia đình tôi cùng mấy hộ trong ấp muốn liên kết sản xuất. Theo Luật Hợp tác xã năm 2023, chúng tôi nên lập tổ hợp tác hay hợp tác xã?'),
      p('Trả lời: Luật Hợp tác xã số 17/2023/QH15 (có hiệu lực từ ngày 01/7/2024) quy định ba hình thức tổ chức kinh tế hợp tác:'),
      { kind: 'ul', items: [
        'Tổ hợp tác: do ít nhất 02 thành viên tự nguyện thành lập trên cơ sở hợp đồng hợp tác, không có tư cách pháp nhân; phù hợp với nhóm hộ nhỏ, mới bắt đầu cùng làm ăn;',
        'Hợp tác xã: do ít nhất 05 thành viên chính thức tự nguyện thành lập, có tư cách pháp nhân, đăng ký tại cơ quan đăng ký kinh doanh;',
        'Liên hiệp hợp tác xã: do ít nhất 03 hợp tác xã thành viên chính thức tự nguyện thành lập, nhằm đáp ứng nhu cầu chung của các hợp tác xã thành viên.',
      ] },
      p('Nếu các hộ mới hợp tác ở một vài khâu (mua chung vật tư, thuê chung máy móc), tổ hợp tác là lựa chọn đơn giản, chi phí thấp. Khi nhu cầu mở rộng, cần ký hợp đồng với doanh nghiệp, vay vốn ngân hàng hoặc được hưởng đầy đủ chính sách hỗ trợ, các hộ nên thành lập hợp tác xã. Tổ hợp tác đủ điều kiện cũng có thể chuyển đổi thành hợp tác xã.'),
      p('Liên minh Hợp tác xã tỉnh tư vấn miễn phí thủ tục thành lập tổ hợp tác, hợp tác xã. Người dân có thể liên hệ Trung tâm Tư vấn của Liên minh hoặc gửi câu hỏi qua mục Ý kiến trên cổng thông tin.'),
    ],
  },
  {
    day: utc(2024, 5, 28), category: 'chinh-sach-phap-luat',
    title: 'Hỏi – đáp Luật Hợp tác xã năm 2023: thành viên liên kết góp vốn là ai?',
    summary: 'Bên cạnh thành viên chính thức, Luật Hợp tác xã năm 2023 cho phép hợp tác xã có thành viên liên kết góp vốn và thành viên liên kết không góp vốn.',
    blocks: [
      p('Hỏi: Một doanh nghiệp muốn góp vốn vào hợp tác xã của chúng tôi nhưng không trực tiếp sử dụng dịch vụ. Luật mới có cho phép không?'),
      p('Trả lời: Luật Hợp tác xã năm 2023 quy định hợp tác xã có thể có ba loại thành viên: thành viên chính thức, thành viên liên kết góp vốn và thành viên liên kết không góp vốn. Thành viên chính thức vừa góp vốn vừa sử dụng sản phẩm, dịch vụ hoặc góp sức lao động; thành viên liên kết góp vốn chỉ góp vốn, không sử dụng dịch vụ; thành viên liên kết không góp vốn chỉ sử dụng sản phẩm, dịch vụ của hợp tác xã.'),
      p('Như vậy, doanh nghiệp có thể trở thành thành viên liên kết góp vốn nếu điều lệ hợp tác xã cho phép. Thành viên liên kết góp vốn được chia lợi nhuận theo vốn góp nhưng bị giới hạn quyền biểu quyết, để bảo đảm hợp tác xã vẫn do thành viên chính thức làm chủ.'),
      p('Luật cũng giới hạn vốn góp của một thành viên: không quá 30% vốn điều lệ đối với hợp tác xã và không quá 40% vốn điều lệ đối với liên hiệp hợp tác xã. Tổng vốn góp của các thành viên liên kết góp vốn cũng bị giới hạn so với vốn điều lệ, tránh tình trạng hợp tác xã bị chi phối bởi người không sử dụng dịch vụ.'),
      p('Các hợp tác xã cần rà soát, sửa đổi điều lệ để quy định rõ các loại thành viên, điều kiện kết nạp, quyền và nghĩa vụ của từng loại.'),
    ],
  },
  {
    day: utc(2024, 7, 24), category: 'chinh-sach-phap-luat',
    title: 'Nghị định số 92/2024/NĐ-CP về đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã',
    summary: 'Nghị định số 92/2024/NĐ-CP ngày 18/7/2024 của Chính phủ quy định hồ sơ, trình tự, thủ tục đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.',
    doc: { number: '92/2024/NĐ-CP', abstract: 'Về đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã' },
    blocks: [
      p('Ngày 18/7/2024, Chính phủ ban hành Nghị định số 92/2024/NĐ-CP về đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã, hướng dẫn Luật Hợp tác xã năm 2023.'),
      p('Nghị định quy định hồ sơ, trình tự, thủ tục đăng ký thành lập, đăng ký thay đổi, tạm ngừng, giải thể hợp tác xã, liên hiệp hợp tác xã và đăng ký hoạt động tổ hợp tác; việc cấp mã số hợp tác xã đồng thời là mã số thuế; hệ thống thông tin quốc gia về hợp tác xã.'),
      p('Điểm mới đáng chú ý là việc đăng ký được khuyến khích thực hiện qua mạng điện tử; thông tin đăng ký của hợp tác xã được công khai trên hệ thống thông tin quốc gia, giúp đối tác và cơ quan quản lý tra cứu thuận lợi.'),
      p('Liên minh Hợp tác xã tỉnh đề nghị các hợp tác xã nghiên cứu, thực hiện đúng quy định khi thay đổi nội dung đăng ký, nhất là khi sửa đổi điều lệ theo Luật mới hoặc cập nhật địa chỉ trụ sở theo đơn vị hành chính sau sắp xếp.'),
    ],
  },
  {
    day: utc(2024, 10, 2), category: 'chinh-sach-phap-luat',
    title: 'Những chính sách hỗ trợ hợp tác xã theo Nghị định số 113/2024/NĐ-CP',
    summary: 'Nghị định số 113/2024/NĐ-CP quy định chi tiết chính sách hỗ trợ phát triển nguồn nhân lực, tiếp cận vốn, đất đai, khoa học công nghệ, xúc tiến thương mại cho tổ hợp tác, hợp tác xã.',
    doc: { number: '113/2024/NĐ-CP', abstract: 'Quy định chi tiết một số điều của Luật Hợp tác xã' },
    blocks: [
      p('Nghị định số 113/2024/NĐ-CP ngày 12/9/2024 của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã, trong đó có các chính sách hỗ trợ, ưu đãi của Nhà nước đối với tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.'),
      { kind: 'h2', text: 'Các nhóm chính sách chính' },
      { kind: 'ul', items: [
        'Phát triển nguồn nhân lực: đào tạo, bồi dưỡng; hỗ trợ đưa lao động trẻ có trình độ về làm việc có thời hạn tại hợp tác xã;',
        'Tiếp cận vốn và quỹ hỗ trợ: vay vốn từ Quỹ hỗ trợ phát triển hợp tác xã, tổ chức tín dụng với lãi suất ưu đãi;',
        'Đất đai: ưu tiên giao đất, cho thuê đất để xây dựng trụ sở, nhà kho, sân phơi, cơ sở sơ chế, chế biến;',
        'Khoa học, công nghệ và chuyển đổi số; xúc tiến thương mại, mở rộng thị trường;',
        'Đầu tư kết cấu hạ tầng, trang thiết bị phục vụ hoạt động chung của thành viên.',
      ] },
      p('Điều kiện để được hưởng chính sách gồm: có nhu cầu, được đại hội thành viên thông qua; thực hiện đầy đủ chế độ báo cáo; ưu tiên hợp tác xã có nhiều thành viên là người dân tộc thiểu số, phụ nữ, hoặc hoạt động ở địa bàn khó khăn.'),
      p('Liên minh Hợp tác xã tỉnh hướng dẫn các hợp tác xã xây dựng nhu cầu hỗ trợ hằng năm, gửi về Liên minh để tổng hợp, tham mưu UBND tỉnh bố trí kinh phí.'),
    ],
  },
  {
    day: utc(2024, 12, 10), category: 'chinh-sach-phap-luat',
    title: 'Hỏi – đáp Luật Hợp tác xã năm 2023: hợp tác xã phải tổ chức đại hội thành viên thường niên khi nào?',
    summary: 'Hợp tác xã phải tổ chức đại hội thành viên thường niên trong thời hạn 06 tháng kể từ ngày kết thúc năm tài chính.',
    blocks: [
      p('Hỏi: Hợp tác xã chúng tôi nhiều năm chỉ họp thành viên khi có việc. Luật mới quy định thế nào về đại hội thành viên?'),
      p('Trả lời: Theo Luật Hợp tác xã năm 2023, đại hội thành viên là cơ quan quyết định cao nhất của hợp tác xã. Đại hội thành viên thường niên phải được tổ chức trong thời hạn 06 tháng kể từ ngày kết thúc năm tài chính, để xem xét báo cáo kết quả hoạt động, báo cáo tài chính, phương án phân phối thu nhập và kế hoạch năm sau.'),
      p('Hợp tác xã có từ 100 thành viên chính thức trở lên có thể tổ chức đại hội đại biểu thành viên. Nghị quyết của đại hội được thông qua khi đạt tỷ lệ biểu quyết theo quy định của Luật và điều lệ.'),
      p('Việc tổ chức đại hội thường niên đúng hạn là một trong những tiêu chí đánh giá, phân loại hợp tác xã và là điều kiện để hợp tác xã được hưởng chính sách hỗ trợ. Liên minh Hợp tác xã tỉnh khuyến nghị các đơn vị lên kế hoạch đại hội ngay từ đầu năm.'),
    ],
  },
  {
    day: utc(2025, 2, 25), category: 'chinh-sach-phap-luat',
    title: 'Hỏi – đáp Luật Hợp tác xã năm 2023: tài sản chung không chia của hợp tác xã gồm những gì?',
    summary: 'Tài sản chung không chia là tài sản thuộc sở hữu chung của tập thể thành viên, không được chia khi thành viên ra khỏi hợp tác xã.',
    blocks: [
      p('Hỏi: Nhà kho hợp tác xã xây bằng tiền Nhà nước hỗ trợ thì thuộc về ai? Khi tôi ra khỏi hợp tác xã có được chia phần không?'),
      p('Trả lời: Luật Hợp tác xã năm 2023 quy định tài sản chung không chia của hợp tác xã gồm: quyền sử dụng đất được Nhà nước giao; phần trợ cấp, hỗ trợ không hoàn lại của Nhà nước; phần được tặng cho chung; phần trích lập từ quỹ đầu tư phát triển theo nghị quyết đại hội thành viên, và tài sản được hình thành từ các nguồn này.'),
      p('Tài sản chung không chia thuộc sở hữu chung hợp nhất của tập thể thành viên, không được chia cho thành viên khi ra khỏi hợp tác xã, kể cả khi hợp tác xã giải thể (trừ các trường hợp luật định). Vì vậy, nhà kho xây bằng tiền hỗ trợ của Nhà nước là tài sản chung không chia; thành viên ra khỏi hợp tác xã chỉ được trả lại vốn góp theo quy định của điều lệ.'),
      p('Hợp tác xã phải theo dõi riêng tài sản chung không chia trên sổ sách kế toán và báo cáo đại hội thành viên hằng năm.'),
    ],
  },
  {
    day: utc(2025, 5, 14), category: 'chinh-sach-phap-luat',
    title: 'Quỹ hỗ trợ phát triển hợp tác xã: điều kiện và thủ tục vay vốn',
    summary: 'Theo Nghị định số 45/2021/NĐ-CP, Quỹ hỗ trợ phát triển hợp tác xã cho vay các dự án đầu tư, phương án sản xuất kinh doanh của hợp tác xã với lãi suất ưu đãi.',
    doc: { number: '45/2021/NĐ-CP', abstract: 'Về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã' },
    blocks: [
      p('Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ quy định việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã. Tại tỉnh, Quỹ do Liên minh Hợp tác xã tỉnh quản lý, cho vay theo Kế hoạch số 93/KH-UBND ngày 29/4/2021 của UBND tỉnh Kiên Giang.'),
      { kind: 'h2', text: 'Đối tượng và điều kiện' },
      { kind: 'ul', items: [
        'Tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã được thành lập và hoạt động theo Luật Hợp tác xã;',
        'Có dự án đầu tư hoặc phương án sản xuất kinh doanh khả thi, được đại hội thành viên hoặc Hội đồng quản trị thông qua;',
        'Có tài sản bảo đảm hoặc được bảo lãnh theo quy định; không có nợ xấu tại thời điểm vay.',
      ] },
      { kind: 'h2', text: 'Thủ tục' },
      p('Hợp tác xã nộp hồ sơ vay tại Liên minh Hợp tác xã tỉnh gồm: giấy đề nghị vay vốn, phương án sản xuất kinh doanh, báo cáo tài chính gần nhất, nghị quyết đại hội thành viên về việc vay vốn và hồ sơ tài sản bảo đảm. Liên minh thẩm định, trình Hội đồng quản lý Quỹ quyết định cho vay.'),
      p('Các hợp tác xã có nhu cầu vay vốn có thể liên hệ Ban Kế hoạch – Hỗ trợ của Liên minh Hợp tác xã tỉnh để được hướng dẫn lập hồ sơ.'),
    ],
  },
  {
    day: utc(2025, 7, 9), category: 'chinh-sach-phap-luat',
    title: 'Hợp tác xã cập nhật địa chỉ trụ sở theo đơn vị hành chính mới: cần làm gì?',
    summary: 'Sau sắp xếp đơn vị hành chính từ ngày 01/7/2025, hợp tác xã không bắt buộc thay đổi ngay giấy chứng nhận đăng ký chỉ vì địa giới hành chính thay đổi, mà cập nhật khi có thay đổi nội dung đăng ký khác.',
    blocks: [
      p('Từ ngày 01/7/2025, tỉnh Kiên Giang và tỉnh An Giang hợp nhất thành tỉnh An Giang; không còn cấp huyện, các xã, phường được sắp xếp lại. Nhiều hợp tác xã hỏi có phải làm thủ tục thay đổi địa chỉ trụ sở ngay hay không.'),
      p('Theo hướng dẫn của cơ quan đăng ký kinh doanh, việc thay đổi địa giới, tên đơn vị hành chính không làm thay đổi vị trí thực tế của trụ sở hợp tác xã. Hợp tác xã không bắt buộc phải đăng ký thay đổi địa chỉ chỉ vì lý do này; thông tin sẽ được cập nhật khi hợp tác xã đăng ký thay đổi nội dung khác, hoặc hợp tác xã có thể chủ động đề nghị cập nhật miễn phí.'),
      p('Trên cổng thông tin của Liên minh, thông tin hợp tác xã được hiển thị theo xã, phường, đặc khu mới; số liệu trước ngày 01/7/2025 vẫn được lưu theo huyện, thành phố cũ để tra cứu.'),
      p('Các hợp tác xã lưu ý cập nhật địa chỉ trên hóa đơn, con dấu (nếu có), bao bì sản phẩm và hồ sơ vay vốn để tránh sai lệch thông tin khi giao dịch.'),
    ],
  },
  {
    day: utc(2025, 11, 18), category: 'chinh-sach-phap-luat',
    title: 'Hỏi – đáp: hợp tác xã được phân chia lợi nhuận cho thành viên như thế nào?',
    summary: 'Luật Hợp tác xã năm 2023 quy định thu nhập của hợp tác xã được phân phối chủ yếu theo mức độ sử dụng sản phẩm, dịch vụ hoặc công sức lao động của thành viên.',
    blocks: [
      p('Hỏi: Hợp tác xã năm nay có lãi. Thành viên góp vốn nhiều có được chia nhiều hơn không?'),
      p('Trả lời: Sau khi làm nghĩa vụ thuế và trích lập các quỹ theo nghị quyết đại hội thành viên, thu nhập của hợp tác xã được phân phối cho thành viên chủ yếu theo mức độ sử dụng sản phẩm, dịch vụ hoặc theo công sức lao động đóng góp. Phần còn lại được chia theo vốn góp.'),
      p('Nguyên tắc này thể hiện bản chất của hợp tác xã: thành viên được hưởng lợi chủ yếu từ việc cùng sử dụng dịch vụ chung, không phải từ việc góp vốn như cổ đông doanh nghiệp. Tỷ lệ cụ thể do điều lệ và đại hội thành viên quyết định trong khuôn khổ Luật.'),
      p('Hợp tác xã cần theo dõi mức độ sử dụng dịch vụ của từng thành viên trên sổ sách để việc phân phối công khai, minh bạch.'),
    ],
  },
  {
    day: utc(2026, 4, 21), category: 'chinh-sach-phap-luat',
    title: 'Nghị quyết số 20-NQ/TW sau gần 4 năm: kinh tế tập thể chuyển biến về chất',
    summary: 'Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII đặt mục tiêu đến năm 2030 cả nước có khoảng 140.000 tổ hợp tác và 45.000 hợp tác xã.',
    doc: { number: '20-NQ/TW', abstract: 'Về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới' },
    blocks: [
      p('Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới đặt mục tiêu đến năm 2030 cả nước có khoảng 140.000 tổ hợp tác với 2,2 triệu thành viên; 45.000 hợp tác xã với 8 triệu thành viên và 340 liên hiệp hợp tác xã.'),
      p('Thực hiện Nghị quyết, Chính phủ ban hành Nghị quyết số 09/NQ-CP ngày 02/02/2023 về Chương trình hành động; Quốc hội thông qua Luật Hợp tác xã năm 2023; các nghị định hướng dẫn được ban hành trong năm 2024. Ở tỉnh, Tỉnh ủy và UBND tỉnh đã ban hành chương trình, kế hoạch thực hiện với các chỉ tiêu cụ thể.'),
      p('Sau gần 4 năm, nhận thức của cấp ủy, chính quyền và người dân về kinh tế tập thể có chuyển biến rõ nét; nhiều hợp tác xã kiểu mới hoạt động hiệu quả, liên kết theo chuỗi giá trị. Tuy vậy, quy mô hợp tác xã còn nhỏ, năng lực quản trị hạn chế, khả năng tiếp cận vốn và đất đai còn khó khăn.'),
      p('Liên minh Hợp tác xã tỉnh tiếp tục tham mưu tổ chức sơ kết việc thực hiện Nghị quyết, đề xuất giải pháp tháo gỡ vướng mắc, nhân rộng mô hình hiệu quả trong giai đoạn tới.'),
    ],
  },
];

/** Notices: report deadlines, calls before fairs and OCOP rounds, emulation registration. */
function notices(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  for (const period of facts.periods.filter((pr) => pr.year >= 2024 && !(pr.year === 2026 && pr.kind === 'FIRST_HALF'))) {
    const half = period.kind === 'FIRST_HALF';
    const deadline = addDays(period.endsOn, half ? 15 : 20);
    const date = publishAt(addDays(period.endsOn, -12), rng, 0, 2);
    if (date > SEED_TODAY) continue;
    items.push({
      date,
      category: 'thong-bao',
      title: `Thông báo thời hạn gửi báo cáo ${half ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`}`,
      summary: `Các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác gửi báo cáo tình hình hoạt động ${half ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`} về Liên minh HTX tỉnh trước ngày ${ddmmyyyy(deadline)}.`,
      blocks: [
        p(`Để tổng hợp tình hình phát triển kinh tế tập thể ${half ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`}, Liên minh Hợp tác xã tỉnh đề nghị các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác gửi báo cáo tình hình hoạt động về Liên minh trước ngày ${ddmmyyyy(deadline)}.`),
        p(`Báo cáo gồm các chỉ tiêu: số thành viên (thành viên chính thức, thành viên liên kết), vốn điều lệ, vốn góp, lao động thường xuyên và thời vụ, diện tích canh tác, doanh thu, lợi nhuận, thu nhập bình quân của người lao động tính đến ngày ${ddmmyyyy(period.endsOn)}. Các Quỹ tín dụng nhân dân báo cáo thêm số dư tiền gửi và dư nợ cho vay.`),
        p(period.endsOn >= REFORM_DATE
          ? 'Địa chỉ trụ sở ghi theo xã, phường, đặc khu mới của tỉnh An Giang. Hợp tác xã có thể nhập báo cáo trực tiếp trên cổng thông tin bằng tài khoản được cấp, hoặc gửi bản giấy qua đường bưu điện.'
          : 'Hợp tác xã gửi báo cáo qua Phòng Kinh tế (Phòng Nông nghiệp và PTNT) các huyện, thành phố để tổng hợp, hoặc gửi trực tiếp về Liên minh Hợp tác xã tỉnh.'),
        p('Báo cáo đúng hạn là cơ sở để đánh giá, phân loại hợp tác xã và xét hỗ trợ, khen thưởng. Mọi chi tiết xin liên hệ Ban Kế hoạch – Hỗ trợ, Liên minh Hợp tác xã tỉnh.'),
      ],
      sourceLine: 'Văn phòng Liên minh HTX tỉnh',
    });
  }
  for (const a of facts.activities.filter((x) => x.kind === 'TRADE_FAIR' || x.kind === 'OCOP')) {
    const date = publishAt(addDays(a.startsOn, -rng.int(20, 35)), rng, 0, 1);
    if (date < utc(2024, 1, 2) || date > SEED_TODAY) continue;
    const fair = a.kind === 'TRADE_FAIR';
    const closing = addDays(a.startsOn, fair ? -10 : 20);
    items.push({
      date,
      category: 'thong-bao',
      title: fair ? `Thông báo đăng ký tham gia ${a.title}` : `Thông báo tiếp nhận hồ sơ đề nghị hỗ trợ sản phẩm OCOP năm ${a.startsOn.getUTCFullYear()}`,
      summary: fair
        ? `Liên minh HTX tỉnh thông báo các hợp tác xã có nhu cầu tham gia ${a.title} đăng ký trước ngày ${ddmmyyyy(closing)}; được hỗ trợ chi phí gian hàng và vận chuyển.`
        : `Các hợp tác xã có sản phẩm đề nghị tham gia đánh giá, phân hạng OCOP gửi hồ sơ đề nghị hỗ trợ về Liên minh HTX tỉnh trước ngày ${ddmmyyyy(closing)}.`,
      blocks: fair
        ? [
            p(`${a.title} dự kiến diễn ra từ ngày ${dmy(a.startsOn)}${a.endsOn ? ` đến ngày ${dmy(a.endsOn)}` : ''}${a.location ? ` tại ${a.location}` : ''}. Liên minh Hợp tác xã tỉnh thông báo đến các hợp tác xã, liên hiệp hợp tác xã có nhu cầu tham gia trưng bày, giới thiệu sản phẩm.`),
            { kind: 'ul', items: ['Sản phẩm có nguồn gốc rõ ràng, bao bì, nhãn mác đúng quy định; ưu tiên sản phẩm OCOP, sản phẩm có chứng nhận VietGAP, hữu cơ;', 'Hợp tác xã cử người trực gian hàng suốt thời gian hội chợ;', 'Liên minh HTX tỉnh hỗ trợ chi phí thuê gian hàng và một phần chi phí vận chuyển sản phẩm.'] },
            p(`Hợp tác xã đăng ký bằng văn bản hoặc qua điện thoại với Ban Kế hoạch – Hỗ trợ trước ngày ${ddmmyyyy(closing)}. Số lượng gian hàng có hạn, Liên minh sẽ ưu tiên các đơn vị đăng ký sớm và có sản phẩm tiêu biểu.`),
          ]
        : [
            p(`Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) năm ${a.startsOn.getUTCFullYear()}, Liên minh Hợp tác xã tỉnh tiếp nhận hồ sơ đề nghị hỗ trợ của các hợp tác xã có sản phẩm tham gia đánh giá, phân hạng.`),
            p('Nội dung hỗ trợ gồm: tư vấn xây dựng hồ sơ, câu chuyện sản phẩm; thiết kế bao bì, nhãn mác; kiểm nghiệm chất lượng. Hồ sơ gồm đơn đề nghị, phiếu đăng ký sản phẩm, bản sao giấy chứng nhận đăng ký hợp tác xã và mẫu sản phẩm (nếu có).'),
            p(`Thời hạn nhận hồ sơ: đến hết ngày ${ddmmyyyy(closing)}.`),
          ],
      sourceLine: 'Văn phòng Liên minh HTX tỉnh',
    });
  }
  for (const y of [2024, 2025, 2026]) {
    const date = publishAt(utc(y, 1, rng.int(6, 12)), rng, 0, 1);
    items.push({
      date,
      category: 'thong-bao',
      title: `Thông báo lịch nghỉ Tết Nguyên đán và tiếp nhận hồ sơ đầu năm ${y}`,
      summary: `Liên minh HTX tỉnh thông báo lịch nghỉ Tết Nguyên đán ${y} và thời gian tiếp nhận hồ sơ vay vốn, hồ sơ tư vấn thành lập hợp tác xã sau Tết.`,
      blocks: [
        p(`Thực hiện thông báo của cấp có thẩm quyền về lịch nghỉ Tết Nguyên đán năm ${y}, Liên minh Hợp tác xã tỉnh thông báo lịch nghỉ Tết của cơ quan đến các hợp tác xã, tổ hợp tác và người dân.`),
        p('Trong thời gian nghỉ Tết, Liên minh bố trí cán bộ trực cơ quan; các hồ sơ gửi qua cổng thông tin và thư điện tử vẫn được tiếp nhận và xử lý ngay sau kỳ nghỉ.'),
        p('Sau Tết, Liên minh tiếp tục tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển hợp tác xã, hồ sơ đề nghị tư vấn thành lập hợp tác xã và đăng ký tham gia các lớp tập huấn năm ' + y + '.'),
      ],
      sourceLine: 'Văn phòng Liên minh HTX tỉnh',
    });
  }
  return items;
}

export function policyAndNotices(facts: Facts, rng: Rng): NewsItem[] {
  const policies: NewsItem[] = POLICIES.map(({ day, doc, source, ...rest }, i) => ({
    ...rest,
    date: publishAt(day, rng, 0, 1),
    sourceLine: source ?? byline(rng, day, i % 3 === 0 ? 'office' : 'news'),
    cover: doc && i % 2 === 1 ? { art: () => art.documentScene(doc.number, doc.abstract, rest.title, `Số ${doc.number}`, i), alt: `Minh họa văn bản số ${doc.number}`, caption: `Văn bản số ${doc.number} (ảnh minh họa).` } : rest.cover,
  }));
  return [...policies, ...notices(facts, rng)];
}
