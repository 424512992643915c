"""Nội dung mẫu của Sổ tay Truyền thông chính sách (chỉ chứa dữ liệu, không chứa logic).

Mọi dẫn chiếu pháp lý đều ghi số hiệu văn bản, điều khoản và ngày ban hành để biên tập viên
có thể rà soát, cập nhật khi văn bản thay đổi. Các tình huống trong sổ tay là giả định.
"""

from __future__ import annotations

HANDBOOK = {
    "title": "Sổ tay Truyền thông chính sách",
    "edition": "Xuất bản lần thứ nhất",
    "year": 2026,
    "introduction": (
        "<p>Cuốn sổ tay này được biên soạn cho các lớp bồi dưỡng “Lớp học Truyền thông chính sách”, "
        "dành cho cán bộ làm công tác truyền thông của các bộ, ngành và địa phương, người phát ngôn, "
        "phóng viên, biên tập viên và cán bộ thông tin cơ sở. Nội dung đi từ nền tảng và khung pháp lý "
        "đến các kỹ năng dùng hằng ngày: lập kế hoạch, viết thông cáo báo chí, tổ chức họp báo, trả lời "
        "phỏng vấn, quản trị trang mạng xã hội chính thức, phản bác thông tin sai lệch và xử lý khủng "
        "hoảng truyền thông.</p>"
        "<p>Biên soạn sổ tay là một nhiệm vụ cụ thể trong Chương trình hành động thực hiện Chỉ thị số "
        "07/CT-TTg ngày 21 tháng 3 năm 2023 của Thủ tướng Chính phủ về tăng cường công tác truyền thông "
        "chính sách, bên cạnh việc mở các lớp tập huấn và xây dựng mạng lưới người phát ngôn ở tất cả "
        "các cấp.</p>"
        "<p>Sổ tay được cập nhật đến năm 2026, phản ánh những thay đổi lớn: việc sắp xếp bộ máy từ ngày "
        "01 tháng 3 năm 2025, mô hình chính quyền địa phương hai cấp từ ngày 01 tháng 7 năm 2025, Luật "
        "Báo chí năm 2025 có hiệu lực từ ngày 01 tháng 7 năm 2026 và dự thảo nghị định thay thế Nghị "
        "định số 09/2017/NĐ-CP. Các quy định được diễn đạt lại cho dễ hiểu, không thay thế văn bản gốc; "
        "khi áp dụng, người đọc cần đối chiếu với văn bản hiện hành.</p>"
        "<p>Mỗi chuyên đề gồm phần giải thích ngắn, các điểm chính, danh mục kiểm tra, tình huống minh "
        "họa và mẫu biểu có thể dùng ngay. Các tình huống đều là giả định; tên cơ quan, địa phương được "
        "thay bằng ký hiệu.</p>"
    ),
    "chapters": [
        # ------------------------------------------------------------------
        # Chương 1
        # ------------------------------------------------------------------
        {
            "slug": "nen-tang-truyen-thong-chinh-sach",
            "title": "Nền tảng của truyền thông chính sách",
            "introduction": (
                "<p>Chương này làm rõ truyền thông chính sách là gì, vì sao truyền thông phải đi cùng "
                "chính sách trong suốt chu trình từ hoạch định đến đánh giá, vì sao báo chí là kênh chủ "
                "lực và mỗi người trong cơ quan hành chính nhà nước giữ vai trò gì.</p>"
            ),
            "sections": [
                {
                    "slug": "truyen-thong-chinh-sach-la-gi",
                    "title": "Truyền thông chính sách là gì",
                    "summary": "Khái niệm, mục tiêu và đặc điểm của truyền thông chính sách với tư cách là nhiệm vụ, chức năng của cơ quan hành chính nhà nước các cấp.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Truyền thông chính sách là hoạt động chủ động, có kế hoạch của cơ quan nhà nước nhằm cung cấp thông tin, giải thích và đối thoại với xã hội về một chính sách: vì sao cần chính sách, chính sách giải quyết vấn đề gì, ai được hưởng lợi, ai phải thay đổi cách làm và thực hiện như thế nào. Khác với việc phổ biến một chiều, truyền thông chính sách coi trọng việc <b>lắng nghe và phản hồi</b>, để chính sách được hiểu đúng, được góp ý kịp thời và được thực thi trên cơ sở đồng thuận của người dân, doanh nghiệp.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Chỉ thị số 07/CT-TTg ngày 21 tháng 3 năm 2023 của Thủ tướng Chính phủ khẳng định truyền thông chính sách là nhiệm vụ, chức năng của các cơ quan hành chính nhà nước các cấp. Nói cách khác, truyền thông không phải là việc “làm thêm khi có thời gian”, mà là một phần của quản lý nhà nước, gắn với trách nhiệm của người đứng đầu.</p>",
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Thủ tướng Chính phủ xác định truyền thông chính sách là nhiệm vụ, chức năng của các cơ quan hành chính nhà nước các cấp, trong đó báo chí là kênh chủ lực; các bộ, ngành, địa phương phải chủ động cung cấp thông tin về chính sách ngay từ khi hoạch định cho đến khi tổ chức thực hiện.",
                                "document": "Chỉ thị số 07/CT-TTg",
                                "article": "",
                                "date": "2023-03-21",
                            },
                        ),
                        ("heading", "Ba mục tiêu của truyền thông chính sách"),
                        (
                            "paragraph",
                            "<ol><li><b>Thông tin:</b> bảo đảm người dân, doanh nghiệp biết có chính sách, biết chính sách áp dụng với ai, từ khi nào, bằng thông tin kịp thời, chính xác, đầy đủ.</li><li><b>Giải thích, thuyết phục:</b> làm rõ lý do ban hành, lợi ích, chi phí và tác động; trả lời thẳng vào những băn khoăn của các nhóm chịu ảnh hưởng.</li><li><b>Đối thoại, tạo đồng thuận:</b> tiếp nhận ý kiến, điều chỉnh cách tổ chức thực hiện khi cần, qua đó củng cố niềm tin vào cơ quan nhà nước.</li></ol>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Điểm chính",
                                "items": [
                                    "Truyền thông chính sách là nhiệm vụ thường xuyên, không chỉ là hoạt động phụ trợ khi có sự kiện.",
                                    "Đích đến là người dân và doanh nghiệp hiểu đúng, làm đúng và tham gia góp ý chính sách.",
                                    "Truyền thông hiệu quả là truyền thông hai chiều: cung cấp thông tin đi đôi với lắng nghe, phản hồi.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Chính sách tốt nhưng người dân không biết",
                                "body": "<p>Tỉnh A ban hành quy định hỗ trợ chuyển đổi cây trồng, nhưng văn bản chỉ được đăng trên cổng thông tin điện tử. Hai tháng sau, nhiều hộ dân ở các xã vùng sâu vẫn không biết mình thuộc diện được hỗ trợ, trong khi trên mạng xã hội lan truyền ý kiến cho rằng chính sách “chỉ dành cho doanh nghiệp”.</p><p>Sở chủ trì phải làm lại: soạn bộ hỏi đáp ngắn, phối hợp với đài truyền thanh cấp xã, đăng tin trên trang mạng xã hội chính thức và mời báo địa phương làm phóng sự tại các hộ đã được hỗ trợ. <b>Bài học:</b> ban hành văn bản mới là bước đầu; chính sách chỉ đi vào cuộc sống khi người thụ hưởng biết, hiểu và tin.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "truyen-thong-trong-chu-trinh-chinh-sach",
                                "chi-thi-07-va-quyet-dinh-407",
                                "cong-chung-thong-diep-va-kenh",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "truyen-thong-trong-chu-trinh-chinh-sach",
                    "title": "Truyền thông xuyên suốt chu trình chính sách",
                    "summary": "Mục tiêu và hoạt động truyền thông phù hợp với từng giai đoạn: hoạch định, soạn thảo, ban hành, tổ chức thực hiện và đánh giá chính sách.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Một sai lầm phổ biến là chỉ nghĩ đến truyền thông khi văn bản đã được ký ban hành. Chỉ thị số 07/CT-TTg yêu cầu truyền thông được thực hiện xuyên suốt, từ khi hoạch định, xây dựng, ban hành đến tổ chức thực hiện chính sách. Mỗi giai đoạn có mục tiêu, đối tượng và cách làm riêng.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Nhiệm vụ truyền thông theo từng giai đoạn của chu trình chính sách",
                                "header": ["Giai đoạn", "Mục tiêu truyền thông", "Hoạt động gợi ý"],
                                "rows": [
                                    [
                                        "Hoạch định, đề xuất",
                                        "Nêu rõ vấn đề cần giải quyết; lắng nghe các nhóm chịu tác động",
                                        "Bài phân tích thực trạng; tọa đàm chuyên gia; khảo sát ý kiến trực tuyến",
                                    ],
                                    [
                                        "Soạn thảo, lấy ý kiến",
                                        "Giải thích các phương án; thu hút góp ý thực chất",
                                        "Đăng dự thảo kèm bản tóm tắt dễ hiểu; hỏi đáp; họp báo giới thiệu dự thảo",
                                    ],
                                    [
                                        "Ban hành",
                                        "Công bố nội dung cốt lõi, đối tượng áp dụng, thời điểm hiệu lực",
                                        "Thông cáo báo chí; họp báo; đồ họa thông tin; tài liệu cho cán bộ thông tin cơ sở",
                                    ],
                                    [
                                        "Tổ chức thực hiện",
                                        "Hướng dẫn cách làm; tháo gỡ vướng mắc; phản bác thông tin sai",
                                        "Hướng dẫn từng bước; đường dây nóng; cập nhật định kỳ; trả lời báo chí",
                                    ],
                                    [
                                        "Đánh giá, điều chỉnh",
                                        "Công khai kết quả; tiếp thu phản hồi cho chu trình sau",
                                        "Báo cáo kết quả; khảo sát mức độ hiểu biết; đối thoại với người dân, doanh nghiệp",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Truyền thông ngay từ khâu soạn thảo"),
                        (
                            "paragraph",
                            "<p>Với những chính sách có tác động lớn đến xã hội, Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022 của Thủ tướng Chính phủ đã đưa truyền thông vào ngay quá trình xây dựng văn bản quy phạm pháp luật. Cơ quan soạn thảo cần chủ động giải thích nội dung dự thảo, lắng nghe ý kiến phản biện và kịp thời làm rõ những điểm dư luận băn khoăn, thay vì chờ đến khi văn bản được thông qua. Truyền thông sớm giúp phát hiện những điểm chưa hợp lý khi còn kịp sửa, đồng thời chuẩn bị tâm thế cho người dân trước khi chính sách có hiệu lực.</p>",
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Đề án yêu cầu tổ chức truyền thông đối với những chính sách có tác động lớn đến xã hội ngay trong quá trình xây dựng văn bản quy phạm pháp luật, nhằm cung cấp thông tin, giải thích và tiếp nhận ý kiến của người dân, doanh nghiệp về dự thảo chính sách, trong giai đoạn 2022 - 2027.",
                                "document": "Quyết định số 407/QĐ-TTg",
                                "article": "",
                                "date": "2022-03-30",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Câu hỏi tự kiểm tra cho cơ quan soạn thảo",
                                "items": [
                                    "Đã xác định những nhóm người dân, doanh nghiệp chịu tác động trực tiếp của chính sách chưa?",
                                    "Đã có bản tóm tắt dự thảo viết bằng ngôn ngữ phổ thông, dài không quá hai trang chưa?",
                                    "Đã công bố kênh tiếp nhận góp ý và thời hạn phản hồi chưa?",
                                    "Đã dự liệu những nội dung dễ gây tranh luận và chuẩn bị phần giải thích chưa?",
                                    "Đã phân công người trả lời báo chí trong suốt thời gian lấy ý kiến chưa?",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "chi-thi-07-va-quyet-dinh-407",
                                "ke-hoach-truyen-thong-hang-nam",
                                "do-luong-danh-gia-hieu-qua",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "bao-chi-kenh-chu-luc",
                    "title": "Báo chí – kênh chủ lực của truyền thông chính sách",
                    "summary": "Vì sao báo chí là kênh chủ lực của truyền thông chính sách và cơ quan nhà nước cần xây dựng quan hệ hợp tác, chuyên nghiệp với phóng viên như thế nào.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Chỉ thị số 07/CT-TTg xác định báo chí là kênh chủ lực của truyền thông chính sách. Báo chí có độ phủ rộng, có uy tín, có khả năng phân tích và phản ánh tiếng nói của người dân. Khi cơ quan nhà nước cung cấp thông tin đầy đủ, kịp thời, báo chí giúp chính sách đến với công chúng nhanh và chính xác hơn. Ngược lại, khi thiếu thông tin chính thống, khoảng trống sẽ nhanh chóng bị lấp đầy bởi suy đoán và tin đồn trên mạng xã hội.</p>",
                        ),
                        ("heading", "Hợp tác và chuyên nghiệp trong quan hệ với báo chí"),
                        (
                            "paragraph",
                            "<p>Phóng viên không phải là “đối tượng cần đối phó” mà là người cùng đưa thông tin đến xã hội. Quan hệ tốt với báo chí dựa trên ba nguyên tắc:</p><ul><li><b>Chủ động:</b> cung cấp thông tin trước khi được hỏi, nhất là về những vấn đề dư luận đang quan tâm.</li><li><b>Bình đẳng:</b> đối xử công bằng với mọi cơ quan báo chí, không ưu ái hay gây khó khăn cho riêng ai.</li><li><b>Tôn trọng nghề nghiệp:</b> hiểu áp lực thời gian của tòa soạn, trả lời đúng hẹn, nói rõ phần nào chưa thể cung cấp và lý do.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Thế mạnh của từng loại hình báo chí và lưu ý khi cung cấp thông tin",
                                "header": ["Loại hình", "Thế mạnh", "Lưu ý khi cung cấp thông tin"],
                                "rows": [
                                    [
                                        "Báo in, tạp chí",
                                        "Phân tích sâu, lưu giữ lâu",
                                        "Cung cấp số liệu, tài liệu nền",
                                    ],
                                    [
                                        "Báo điện tử",
                                        "Nhanh, dễ lan tỏa trên mạng",
                                        "Cập nhật liên tục; gửi kèm đường dẫn đến văn bản gốc",
                                    ],
                                    [
                                        "Phát thanh",
                                        "Đến được vùng sâu, vùng xa và người đang lao động",
                                        "Câu ngắn, dễ nghe; nhắc lại thông tin chính",
                                    ],
                                    [
                                        "Truyền hình",
                                        "Hình ảnh, cảm xúc, độ tin cậy cao",
                                        "Chuẩn bị bối cảnh ghi hình; câu trả lời gọn trong 15 - 30 giây",
                                    ],
                                ],
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Điểm chính",
                                "items": [
                                    "Báo chí là kênh chủ lực nhưng không phải kênh duy nhất; cần kết hợp với cổng thông tin điện tử, mạng xã hội và hệ thống thông tin cơ sở.",
                                    "Thông tin chính thống đến chậm sẽ nhường chỗ cho tin đồn.",
                                    "Từ ngày 01 tháng 7 năm 2026, Luật Báo chí năm 2025 xác định cung cấp thông tin cho báo chí là nghĩa vụ pháp lý của cơ quan nhà nước.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Phóng viên gọi điện lúc 17 giờ",
                                "body": "<p>Một phóng viên gọi đến văn phòng Sở B lúc 17 giờ để hỏi về việc điều chỉnh lịch thu phí một dịch vụ công; bài viết dự kiến đăng trong tối. Cán bộ nghe máy không phải người phát ngôn.</p><p>Cách xử lý phù hợp: ghi lại câu hỏi, hạn đăng bài và số điện thoại của phóng viên; nói rõ mình không được giao phát ngôn nhưng sẽ chuyển ngay cho người có trách nhiệm; báo cáo người phát ngôn. Trong thời gian đã hẹn, người phát ngôn gọi lại hoặc gửi trả lời ngắn bằng văn bản. Nếu chưa đủ thông tin, vẫn nên cung cấp những gì đã xác định được và hẹn thời điểm cập nhật. Im lặng sẽ khiến bài báo chỉ có một chiều thông tin.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "vai-tro-cac-chu-the",
                                "to-chuc-hop-bao",
                                "nghia-vu-dinh-ky-va-luat-bao-chi-2025",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "vai-tro-cac-chu-the",
                    "title": "Vai trò của người đứng đầu, người phát ngôn và bộ phận truyền thông",
                    "summary": "Phân công trách nhiệm trong cơ quan giữa người đứng đầu, người phát ngôn, bộ phận truyền thông, đơn vị chuyên môn và cán bộ thông tin cơ sở.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Truyền thông chính sách chỉ hiệu quả khi mỗi người trong cơ quan biết rõ phần việc của mình. Chỉ thị số 07/CT-TTg yêu cầu các bộ, ngành, địa phương bố trí cán bộ làm công tác truyền thông. Tuy vậy, một khảo sát năm 2023 cho thấy 40 trên 59 bộ, ngành và địa phương được khảo sát chưa có cán bộ chuyên trách về truyền thông. Đây chính là khoảng trống mà các khóa bồi dưỡng như lớp học này hướng tới.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Phân công vai trò trong công tác truyền thông chính sách",
                                "header": ["Chủ thể", "Vai trò chính"],
                                "rows": [
                                    [
                                        "Người đứng đầu cơ quan",
                                        "Chịu trách nhiệm chung; phê duyệt kế hoạch truyền thông; trực tiếp phát ngôn hoặc giao, ủy quyền người phát ngôn; bảo đảm nhân lực và kinh phí",
                                    ],
                                    [
                                        "Người phát ngôn",
                                        "Nhân danh cơ quan phát ngôn, cung cấp thông tin cho báo chí; chủ trì họp báo; đề nghị cải chính khi báo chí đăng thông tin sai sự thật",
                                    ],
                                    [
                                        "Bộ phận truyền thông",
                                        "Tham mưu kế hoạch; soạn thông cáo, đề cương trả lời; theo dõi báo chí và mạng xã hội; quản trị cổng thông tin điện tử và trang mạng xã hội chính thức",
                                    ],
                                    [
                                        "Đơn vị chuyên môn",
                                        "Cung cấp nội dung, số liệu chính xác, đúng hạn; cử cán bộ am hiểu tham gia giải thích các vấn đề kỹ thuật",
                                    ],
                                    [
                                        "Cán bộ thông tin cơ sở",
                                        "Đưa chính sách đến từng thôn, bản, tổ dân phố; phản ánh ý kiến, thắc mắc của người dân lên cấp trên",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Người phát ngôn không làm việc một mình"),
                        (
                            "paragraph",
                            "<p>Người phát ngôn là “gương mặt” của cơ quan, nhưng chất lượng mỗi lần phát ngôn phụ thuộc vào cả hệ thống phía sau. Đơn vị chuyên môn cần coi yêu cầu cung cấp nội dung cho người phát ngôn là việc ưu tiên, có thời hạn. Bộ phận truyền thông cần nắm chương trình công tác của lãnh đạo để dự báo những vấn đề báo chí sẽ quan tâm. Cán bộ, công chức khác có thể cung cấp thông tin cho báo chí về công việc mình phụ trách, nhưng <b>không được nhân danh cơ quan</b> để phát ngôn.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kiểm tra tổ chức công tác truyền thông của cơ quan",
                                "items": [
                                    "Đã có quyết định giao hoặc ủy quyền người phát ngôn và công khai thông tin liên hệ.",
                                    "Đã có đầu mối bộ phận truyền thông và người thay thế khi vắng mặt.",
                                    "Quy chế phát ngôn và cung cấp thông tin cho báo chí đã được cập nhật theo bộ máy sau sắp xếp năm 2025.",
                                    "Các đơn vị chuyên môn nắm được quy trình và thời hạn cung cấp nội dung cho người phát ngôn.",
                                    "Có cơ chế báo cáo nhanh người đứng đầu khi xuất hiện vấn đề nóng.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "nghi-dinh-09-nguoi-phat-ngon-va-hinh-thuc",
                                "ung-xu-cua-nguoi-phat-ngon",
                                "bo-may-sau-sap-xep-2025",
                            ],
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Chương 2
        # ------------------------------------------------------------------
        {
            "slug": "khung-phap-ly",
            "title": "Khung pháp lý về truyền thông chính sách và phát ngôn",
            "introduction": (
                "<p>Chương này hệ thống các văn bản chủ yếu về truyền thông chính sách, phát ngôn và cung "
                "cấp thông tin cho báo chí, đồng thời cập nhật những thay đổi về tổ chức bộ máy và pháp "
                "luật báo chí trong hai năm 2025 - 2026. Các quy định được diễn đạt lại để dễ tra cứu; khi "
                "áp dụng cần đối chiếu văn bản gốc còn hiệu lực.</p>"
            ),
            "sections": [
                {
                    "slug": "chi-thi-07-va-quyet-dinh-407",
                    "title": "Chỉ thị số 07/CT-TTg và Quyết định số 407/QĐ-TTg",
                    "summary": "Hai văn bản của Thủ tướng Chính phủ định hướng việc tăng cường truyền thông chính sách và truyền thông trong quá trình xây dựng pháp luật.",
                    "body": [
                        (
                            "paragraph",
                            "<p><b>Chỉ thị số 07/CT-TTg ngày 21 tháng 3 năm 2023</b> của Thủ tướng Chính phủ về tăng cường công tác truyền thông chính sách là văn bản chỉ đạo trực tiếp và toàn diện về lĩnh vực này. Chỉ thị đặt ra các yêu cầu chính đối với bộ, ngành và địa phương:</p><ul><li>xác định truyền thông chính sách là nhiệm vụ, chức năng của cơ quan hành chính nhà nước các cấp, báo chí là kênh chủ lực;</li><li>xây dựng kế hoạch truyền thông hằng năm, triển khai xuyên suốt chu trình chính sách;</li><li>bố trí cán bộ làm công tác truyền thông;</li><li>đổi mới cách thức cung cấp thông tin cho báo chí;</li><li>theo dõi xu hướng thông tin, kịp thời phản bác thông tin sai sự thật, thù địch.</li></ul>",
                        ),
                        ("heading", "Từ chỉ thị đến chương trình hành động"),
                        (
                            "paragraph",
                            "<p>Để triển khai Chỉ thị, Bộ Thông tin và Truyền thông, khi đó là cơ quan quản lý nhà nước về báo chí, ban hành Chương trình hành động kèm theo Quyết định số 765/QĐ-BTTTT ngày 28 tháng 4 năm 2023. Chương trình giao nhiệm vụ mở các khóa tập huấn, biên soạn sổ tay truyền thông chính sách và hình thành mạng lưới người phát ngôn bao phủ 100% các cấp. Ngày 31 tháng 5 năm 2023, Công văn số 2017/BTTTT đề nghị các bộ, ngành, địa phương gửi danh sách người phát ngôn và cán bộ làm công tác truyền thông. Từ ngày 01 tháng 3 năm 2025, nhiệm vụ quản lý nhà nước về báo chí thuộc Bộ Văn hóa, Thể thao và Du lịch.</p>",
                        ),
                        (
                            "paragraph",
                            "<p><b>Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022</b> phê duyệt Đề án “Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật giai đoạn 2022 - 2027”, do Bộ Tư pháp chủ trì. Tháng 7 năm 2023, Bộ Tư pháp phát hành tài liệu hướng dẫn kỹ năng truyền thông chính sách gồm 11 chuyên đề, là nguồn tham khảo hữu ích cho cán bộ pháp chế và cán bộ truyền thông.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Các mốc thời gian cần nhớ",
                                "header": ["Thời điểm", "Sự kiện"],
                                "rows": [
                                    ["09/02/2017", "Chính phủ ban hành Nghị định số 09/2017/NĐ-CP"],
                                    ["30/03/2017", "Nghị định số 09/2017/NĐ-CP có hiệu lực"],
                                    [
                                        "30/03/2022",
                                        "Quyết định số 407/QĐ-TTg phê duyệt Đề án truyền thông chính sách trong xây dựng pháp luật",
                                    ],
                                    [
                                        "21/03/2023",
                                        "Chỉ thị số 07/CT-TTg về tăng cường công tác truyền thông chính sách",
                                    ],
                                    [
                                        "01/03/2025",
                                        "Quản lý nhà nước về báo chí chuyển sang Bộ Văn hóa, Thể thao và Du lịch",
                                    ],
                                    [
                                        "01/07/2025",
                                        "Chính quyền địa phương hai cấp; 34 tỉnh, thành phố; 3.321 đơn vị hành chính cấp xã",
                                    ],
                                    ["10/12/2025", "Quốc hội thông qua Luật Báo chí năm 2025"],
                                    ["Tháng 3/2026", "Dự thảo nghị định thay thế Nghị định số 09/2017/NĐ-CP"],
                                    ["01/07/2026", "Luật Báo chí năm 2025 có hiệu lực"],
                                ],
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Điểm chính",
                                "items": [
                                    "Chỉ thị số 07/CT-TTg yêu cầu truyền thông xuyên suốt chu trình chính sách, ở mọi lĩnh vực quản lý.",
                                    "Quyết định số 407/QĐ-TTg tập trung vào giai đoạn soạn thảo văn bản quy phạm pháp luật, trong giai đoạn 2022 - 2027.",
                                    "Từ ngày 01 tháng 3 năm 2025, cơ quan quản lý nhà nước về báo chí là Bộ Văn hóa, Thể thao và Du lịch.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "truyen-thong-chinh-sach-la-gi",
                                "truyen-thong-trong-chu-trinh-chinh-sach",
                                "ke-hoach-truyen-thong-hang-nam",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "nghi-dinh-09-nguoi-phat-ngon-va-hinh-thuc",
                    "title": "Nghị định số 09/2017/NĐ-CP: người phát ngôn và sáu hình thức cung cấp thông tin",
                    "summary": "Ai được phát ngôn nhân danh cơ quan hành chính nhà nước, thông tin nào về người phát ngôn phải công khai và sáu hình thức phát ngôn, cung cấp thông tin cho báo chí.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước, có hiệu lực từ ngày 30 tháng 3 năm 2017. Đây là văn bản mọi người phát ngôn cần nắm vững. Năm 2026, Nghị định đang được xây dựng văn bản thay thế, vì vậy người đọc cần theo dõi thời điểm văn bản mới có hiệu lực.</p>",
                        ),
                        ("heading", "Ai được phát ngôn nhân danh cơ quan"),
                        (
                            "table",
                            {
                                "caption": "Người phát ngôn theo từng cấp theo Nghị định số 09/2017/NĐ-CP",
                                "header": ["Cơ quan", "Người phát ngôn"],
                                "rows": [
                                    [
                                        "Bộ, cơ quan ngang bộ",
                                        "Người đứng đầu; người được giao nhiệm vụ phát ngôn; hoặc người được người đứng đầu ủy quyền",
                                    ],
                                    [
                                        "Ủy ban nhân dân cấp tỉnh",
                                        "Chủ tịch Ủy ban nhân dân; người được giao nhiệm vụ phát ngôn; hoặc người được Chủ tịch ủy quyền",
                                    ],
                                    [
                                        "Sở, cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh",
                                        "Người đứng đầu; có thể ủy quyền cho cấp phó",
                                    ],
                                    [
                                        "Ủy ban nhân dân cấp huyện, cấp xã",
                                        "Chủ tịch Ủy ban nhân dân (từ 01/07/2025 không còn cấp huyện; ở cấp xã là Chủ tịch Ủy ban nhân dân xã, phường, đặc khu)",
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Cơ quan phải <b>công bố họ tên, chức vụ, số điện thoại và địa chỉ thư điện tử</b> của người phát ngôn, để phóng viên biết cần liên hệ với ai. Cán bộ, công chức khác có thể cung cấp thông tin cho báo chí về công việc thuộc phạm vi mình phụ trách, nhưng không được nhân danh cơ quan để phát ngôn.</p>",
                        ),
                        ("heading", "Sáu hình thức phát ngôn và cung cấp thông tin"),
                        (
                            "legal_quote",
                            {
                                "text": "Việc phát ngôn và cung cấp thông tin cho báo chí được thực hiện qua các hình thức: tổ chức họp báo; đăng tải nội dung phát ngôn, thông tin trên cổng hoặc trang thông tin điện tử, trang mạng xã hội chính thức của cơ quan; phát ngôn trực tiếp hoặc trả lời phỏng vấn; gửi thông cáo báo chí hoặc trả lời bằng văn bản; cung cấp thông tin tại các cuộc giao ban báo chí; đề nghị bằng văn bản để cơ quan báo chí đăng, phát phản hồi hoặc cải chính.",
                                "document": "Nghị định số 09/2017/NĐ-CP",
                                "article": "Điều 4",
                                "date": "2017-02-09",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Chọn hình thức phù hợp với tình huống",
                                "items": [
                                    "Họp báo: thông tin quan trọng, nhiều cơ quan báo chí quan tâm, cần hỏi đáp trực tiếp.",
                                    "Đăng trên cổng thông tin, trang mạng xã hội chính thức: cập nhật nhanh, làm nguồn gốc để báo chí dẫn lại.",
                                    "Phát ngôn trực tiếp, trả lời phỏng vấn: giải thích sâu một vấn đề, tạo hình ảnh gần gũi.",
                                    "Thông cáo báo chí, trả lời bằng văn bản: khi số liệu, thuật ngữ cần chính xác tuyệt đối.",
                                    "Giao ban báo chí: trao đổi, cung cấp thông tin với lãnh đạo các cơ quan báo chí.",
                                    "Đề nghị phản hồi, cải chính: khi báo chí đăng, phát thông tin sai sự thật.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "vai-tro-cac-chu-the",
                                "nghia-vu-dinh-ky-va-luat-bao-chi-2025",
                                "tra-loi-bang-van-ban-va-cai-chinh",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "nghia-vu-dinh-ky-va-luat-bao-chi-2025",
                    "title": "Phát ngôn định kỳ, đột xuất và những thay đổi từ Luật Báo chí năm 2025",
                    "summary": "Nghĩa vụ cung cấp thông tin hằng tháng, họp báo ít nhất ba tháng một lần, phát ngôn khi có sự việc bất thường và những điểm mới của Luật Báo chí năm 2025 cùng dự thảo nghị định thay thế.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Bên cạnh việc trả lời khi được hỏi, Nghị định số 09/2017/NĐ-CP đặt ra hai nhóm nghĩa vụ chủ động: phát ngôn <b>định kỳ</b> theo lịch và phát ngôn khi có <b>sự việc đột xuất, bất thường</b>. Nhóm thứ hai thường quyết định uy tín của cơ quan trước dư luận.</p>",
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Bộ, cơ quan ngang bộ và Ủy ban nhân dân cấp tỉnh định kỳ phát ngôn và cung cấp thông tin cho báo chí: thông tin được cập nhật hằng tháng trên cổng hoặc trang thông tin điện tử của cơ quan, và họp báo được tổ chức ít nhất ba tháng một lần.",
                                "document": "Nghị định số 09/2017/NĐ-CP",
                                "article": "Điều 5",
                                "date": "2017-02-09",
                            },
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Khi xảy ra sự kiện, vấn đề đột xuất, bất thường, người phát ngôn có trách nhiệm phát ngôn, cung cấp thông tin cho báo chí một cách kịp thời và chính xác.",
                                "document": "Nghị định số 09/2017/NĐ-CP",
                                "article": "Điều 6",
                                "date": "2017-02-09",
                            },
                        ),
                        ("heading", "Luật Báo chí năm 2025"),
                        (
                            "paragraph",
                            "<p>Luật Báo chí năm 2025 được Quốc hội thông qua ngày 10 tháng 12 năm 2025 và có hiệu lực từ ngày 01 tháng 7 năm 2026. Điểm thay đổi quan trọng nhất với người phát ngôn là luật xác định cung cấp thông tin cho báo chí là <b>nghĩa vụ pháp lý</b> của cơ quan nhà nước, đồng thời liệt kê các trường hợp cơ quan được từ chối cung cấp thông tin. Việc từ chối vì thế phải có căn cứ cụ thể; im lặng hay trả lời chung chung không còn là lựa chọn an toàn.</p>",
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Luật xác định cung cấp thông tin cho báo chí là nghĩa vụ của cơ quan nhà nước và quy định các trường hợp cơ quan được từ chối cung cấp thông tin.",
                                "document": "Luật Báo chí năm 2025",
                                "article": "",
                                "date": "2025-12-10",
                            },
                        ),
                        ("heading", "Dự thảo nghị định thay thế Nghị định số 09/2017/NĐ-CP"),
                        (
                            "paragraph",
                            "<p>Tháng 3 năm 2026, Bộ Văn hóa, Thể thao và Du lịch xây dựng dự thảo nghị định thay thế Nghị định số 09/2017/NĐ-CP. Theo thông tin được công bố về dự thảo, một số điểm đáng chú ý gồm: họp báo định kỳ ít nhất mỗi quý một lần; cung cấp thông tin ban đầu trong vòng 24 giờ khi xảy ra sự kiện lớn; đưa Ủy ban nhân dân cấp xã vào phạm vi điều chỉnh. <b>Đây mới là dự thảo</b>; nội dung có thể thay đổi khi văn bản được ban hành.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Chuẩn bị cho ngày 01 tháng 7 năm 2026",
                                "items": [
                                    "Rà soát quy chế phát ngôn của cơ quan theo Luật Báo chí năm 2025.",
                                    "Xác định người có thẩm quyền quyết định từ chối cung cấp thông tin và yêu cầu nêu rõ căn cứ khi từ chối.",
                                    "Chuẩn hóa mẫu văn bản trả lời báo chí và sổ theo dõi yêu cầu của phóng viên.",
                                    "Bồi dưỡng lại người phát ngôn và cán bộ đầu mối về các quy định mới.",
                                    "Theo dõi việc ban hành nghị định thay thế để cập nhật quy trình nội bộ.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "nghi-dinh-09-nguoi-phat-ngon-va-hinh-thuc",
                                "chi-thi-07-va-quyet-dinh-407",
                                "to-chuc-hop-bao",
                                "thong-tin-ban-dau-va-thong-cao-giu-cho",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "bo-may-sau-sap-xep-2025",
                    "title": "Bộ máy sau sắp xếp năm 2025: ai phát ngôn, danh sách gửi về đâu",
                    "summary": "Những thay đổi bộ máy năm 2025 ảnh hưởng đến người phát ngôn và nơi tiếp nhận danh sách người phát ngôn hiện nay.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Năm 2025 có hai thay đổi lớn về bộ máy, tác động trực tiếp đến công tác truyền thông chính sách:</p><ul><li><b>Từ ngày 01 tháng 3 năm 2025:</b> Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ; các lĩnh vực báo chí, phát thanh, truyền hình, thông tin cơ sở, thông tin đối ngoại cùng Cục Báo chí chuyển về <b>Bộ Văn hóa, Thể thao và Du lịch</b>. Ở địa phương, Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ.</li><li><b>Từ ngày 01 tháng 7 năm 2025:</b> chính quyền địa phương tổ chức theo mô hình hai cấp, cấp huyện kết thúc hoạt động. Theo Nghị quyết số 202/2025/QH15, cả nước còn 34 tỉnh, thành phố (28 tỉnh và 6 thành phố trực thuộc trung ương); số đơn vị hành chính cấp xã giảm từ khoảng 10.035 xuống 3.321.</li></ul>",
                        ),
                        ("heading", "Danh sách người phát ngôn gửi về đâu"),
                        (
                            "table",
                            {
                                "caption": "Nơi tiếp nhận thông tin về người phát ngôn sau sắp xếp bộ máy",
                                "header": [
                                    "Cơ quan phát ngôn",
                                    "Nơi gửi thông tin người phát ngôn",
                                    "Ghi chú",
                                ],
                                "rows": [
                                    [
                                        "Bộ, cơ quan ngang bộ",
                                        "Bộ Văn hóa, Thể thao và Du lịch (Cục Báo chí)",
                                        "Trước ngày 01/03/2025 gửi Bộ Thông tin và Truyền thông",
                                    ],
                                    [
                                        "Ủy ban nhân dân cấp tỉnh; sở, ngành thuộc tỉnh",
                                        "Sở phụ trách lĩnh vực văn hóa của tỉnh, thành phố",
                                        "Tên gọi của sở có thể khác nhau giữa các địa phương",
                                    ],
                                    [
                                        "Ủy ban nhân dân cấp xã",
                                        "Theo hướng dẫn của tỉnh, thành phố",
                                        "Đầu mối công tác thông tin đặt tại Phòng Văn hóa - Xã hội",
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Nhiều quyết định giao nhiệm vụ phát ngôn ban hành trước năm 2025 không còn phù hợp: cơ quan đã hợp nhất, chức danh đã đổi, số điện thoại và thư điện tử cũ không còn dùng. Một số điện thoại người phát ngôn không ai nghe máy là lỗ hổng thông tin nghiêm trọng.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Rà soát sau sắp xếp bộ máy",
                                "items": [
                                    "Ban hành lại quyết định giao nhiệm vụ người phát ngôn theo tên cơ quan và chức danh mới.",
                                    "Cập nhật thông tin liên hệ của người phát ngôn trên cổng thông tin điện tử.",
                                    "Gửi danh sách người phát ngôn và cán bộ đầu mối truyền thông đến cơ quan tiếp nhận mới.",
                                    "Ở cấp xã, phân công rõ công chức Phòng Văn hóa - Xã hội làm đầu mối thông tin.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Số điện thoại người phát ngôn không còn liên lạc được",
                                "body": "<p>Sau khi ba xã cũ hợp nhất thành xã C, một phóng viên báo tỉnh cần xác minh việc di dời một điểm trường. Cổng thông tin vẫn ghi số điện thoại đã ngừng sử dụng của Chủ tịch một xã cũ. Bài báo đăng kèm dòng “chưa liên hệ được với chính quyền địa phương”, và trên mạng xã hội xuất hiện ý kiến cho rằng xã né tránh.</p><p>Sau sự việc, xã C cập nhật thông tin người phát ngôn, công bố thêm số điện thoại của Phòng Văn hóa - Xã hội và gửi danh sách mới cho sở phụ trách lĩnh vực văn hóa của tỉnh.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "thong-tin-co-so-cap-xa",
                                "nghi-dinh-09-nguoi-phat-ngon-va-hinh-thuc",
                                "cong-thong-tin-dien-tu",
                            ],
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Chương 3
        # ------------------------------------------------------------------
        {
            "slug": "lap-ke-hoach-truyen-thong",
            "title": "Lập kế hoạch truyền thông theo chu trình chính sách",
            "introduction": (
                "<p>Truyền thông có kế hoạch giúp cơ quan chủ động thay vì chạy theo sự việc. Chương này "
                "hướng dẫn xây dựng kế hoạch truyền thông hằng năm, xác định công chúng, thông điệp, kênh "
                "truyền thông và cách đo lường, đánh giá kết quả.</p>"
            ),
            "sections": [
                {
                    "slug": "ke-hoach-truyen-thong-hang-nam",
                    "title": "Xây dựng kế hoạch truyền thông hằng năm",
                    "summary": "Khung mười phần của một kế hoạch truyền thông chính sách hằng năm, gắn với chương trình xây dựng văn bản và lịch công tác của cơ quan.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Chỉ thị số 07/CT-TTg yêu cầu các bộ, ngành, địa phương xây dựng kế hoạch truyền thông chính sách hằng năm. Một kế hoạch tốt không phải là bản liệt kê hoạt động, mà trả lời được năm câu hỏi: năm nay cơ quan cần người dân, doanh nghiệp hiểu và làm điều gì; bằng cách nào; ai chịu trách nhiệm; kinh phí từ đâu; và đo kết quả ra sao.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Điểm xuất phát là <b>chương trình công tác năm</b> của cơ quan: văn bản sẽ trình, ban hành hoặc bắt đầu có hiệu lực, các sự kiện lớn. Từ đó chọn ba đến năm chính sách trọng tâm để đầu tư bài bản, thay vì dàn trải.</p>",
                        ),
                        ("heading", "Khung kế hoạch gợi ý"),
                        (
                            "table",
                            {
                                "caption": "Khung kế hoạch truyền thông chính sách hằng năm",
                                "header": ["Phần", "Nội dung cần có"],
                                "rows": [
                                    [
                                        "1. Căn cứ",
                                        "Chỉ thị số 07/CT-TTg; chương trình công tác năm của cơ quan",
                                    ],
                                    ["2. Mục tiêu", "Mục tiêu cụ thể, đo được cho từng chính sách trọng tâm"],
                                    [
                                        "3. Chính sách trọng tâm",
                                        "Ba đến năm chính sách hoặc dự thảo có tác động lớn, ghi rõ giai đoạn của chu trình",
                                    ],
                                    [
                                        "4. Công chúng và thông điệp",
                                        "Các nhóm đối tượng chính; thông điệp cốt lõi cho từng nhóm",
                                    ],
                                    [
                                        "5. Kênh và hoạt động",
                                        "Họp báo, thông cáo, cổng thông tin, mạng xã hội, thông tin cơ sở",
                                    ],
                                    [
                                        "6. Lịch triển khai",
                                        "Lịch theo tháng, gắn với mốc trình, ban hành, có hiệu lực của văn bản",
                                    ],
                                    [
                                        "7. Phân công",
                                        "Đơn vị chủ trì, đơn vị phối hợp, đầu mối của từng hoạt động",
                                    ],
                                    ["8. Kinh phí", "Dự toán và nguồn kinh phí theo quy định"],
                                    [
                                        "9. Theo dõi, đánh giá",
                                        "Chỉ số, cách thu thập số liệu, thời điểm báo cáo",
                                    ],
                                    ["10. Dự phòng", "Kịch bản xử lý các vấn đề nhạy cảm có thể phát sinh"],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Kế hoạch cần đưa vào các nghĩa vụ định kỳ: cập nhật thông tin hằng tháng trên cổng thông tin điện tử và họp báo ít nhất ba tháng một lần đối với bộ, ngành và Ủy ban nhân dân cấp tỉnh. Xếp lịch họp báo trùng với các mốc chính sách quan trọng giúp buổi họp báo có nội dung thực chất, thay vì chỉ để “đủ số lượng”.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Trước khi trình lãnh đạo phê duyệt kế hoạch",
                                "items": [
                                    "Mỗi chính sách trọng tâm đã có mục tiêu đo được và đơn vị chủ trì.",
                                    "Lịch họp báo định kỳ đã được xác định cho cả năm.",
                                    "Kinh phí đã được dự toán, có nguồn cụ thể.",
                                    "Đã có kịch bản dự phòng cho ít nhất một vấn đề nhạy cảm.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Kế hoạch nằm trong ngăn kéo",
                                "body": "<p>Sở D sao chép kế hoạch năm trước, chỉ đổi năm. Giữa năm, một quy định mới về thu phí được ban hành mà không có hoạt động truyền thông đi kèm; phản ứng trên mạng xã hội bùng lên, sở phải họp báo gấp.</p><p>Năm sau, sở lập kế hoạch từ danh mục văn bản dự kiến ban hành, mỗi văn bản có một gói truyền thông và một kịch bản dự phòng; họp báo định kỳ được xếp ngay trước thời điểm chính sách có hiệu lực. Thắc mắc qua đường dây nóng giảm rõ rệt.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "cong-chung-thong-diep-va-kenh",
                                "do-luong-danh-gia-hieu-qua",
                                "chi-thi-07-va-quyet-dinh-407",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "cong-chung-thong-diep-va-kenh",
                    "title": "Xác định công chúng, thông điệp và kênh truyền thông",
                    "summary": "Cách phân nhóm công chúng, xây dựng thông điệp cốt lõi và chọn kênh phù hợp cho từng nhóm đối tượng của chính sách.",
                    "body": [
                        (
                            "paragraph",
                            "<p>“Toàn dân” không phải là một nhóm công chúng. Mỗi chính sách tác động đến những nhóm người khác nhau, với mối quan tâm và thói quen tiếp nhận thông tin khác nhau. Thông thường có thể chia thành năm nhóm:</p><ul><li><b>Người thụ hưởng:</b> những người được hưởng lợi trực tiếp.</li><li><b>Người phải thay đổi:</b> những người phải làm khác đi, chịu thêm chi phí hoặc nghĩa vụ.</li><li><b>Người thực thi:</b> cán bộ, công chức, nhất là ở cấp xã, trực tiếp hướng dẫn người dân.</li><li><b>Người có ảnh hưởng:</b> chuyên gia, hiệp hội, người có uy tín trong cộng đồng, nhà báo.</li><li><b>Công chúng rộng:</b> những người quan tâm chung đến chính sách.</li></ul>",
                        ),
                        ("heading", "Xây dựng thông điệp cốt lõi"),
                        (
                            "paragraph",
                            "<p>Thông điệp cốt lõi là điều cơ quan muốn công chúng nhớ nhất. Một cách làm hiệu quả là “ngôi nhà thông điệp”: <b>mái nhà</b> là một câu thông điệp chính; <b>ba cột trụ</b> là ba luận điểm hỗ trợ; <b>nền móng</b> là số liệu, ví dụ và căn cứ pháp lý. Mọi thông cáo, phát biểu và bài đăng đều phải xoay quanh ngôi nhà đó để bảo đảm nhất quán.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Tiêu chí của một thông điệp tốt",
                                "items": [
                                    "Ngắn, đọc to được trong một hơi thở.",
                                    "Nói điều người nghe được hưởng hoặc phải làm trước, thủ tục hành chính sau.",
                                    "Có con số hoặc mốc thời gian cụ thể.",
                                    "Nhất quán trên mọi kênh và ở mọi người phát ngôn.",
                                    "Không dùng thuật ngữ chuyên ngành khi có cách nói phổ thông.",
                                ],
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Ví dụ ma trận công chúng - thông điệp - kênh cho một dịch vụ công trực tuyến mới (giả định)",
                                "header": ["Nhóm công chúng", "Điều họ cần biết", "Kênh phù hợp"],
                                "rows": [
                                    [
                                        "Người cao tuổi ở nông thôn",
                                        "Vẫn có thể làm thủ tục trực tiếp; được hỗ trợ tại trụ sở xã",
                                        "Loa truyền thanh, họp thôn, cán bộ thông tin cơ sở",
                                    ],
                                    [
                                        "Thanh niên, người lao động ở đô thị",
                                        "Làm thủ tục trên điện thoại như thế nào, mất bao lâu",
                                        "Video ngắn trên mạng xã hội, báo điện tử",
                                    ],
                                    [
                                        "Doanh nghiệp",
                                        "Thời điểm áp dụng, nghĩa vụ mới, đầu mối giải đáp",
                                        "Hội nghị đối thoại, hiệp hội doanh nghiệp, thông cáo báo chí",
                                    ],
                                    [
                                        "Công chức cấp xã",
                                        "Quy trình nghiệp vụ, câu hỏi thường gặp",
                                        "Tài liệu hướng dẫn, lớp tập huấn, nhóm trao đổi nội bộ",
                                    ],
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Một chính sách, nhiều cách kể",
                                "body": "<p>Khi triển khai quy định mới về phân loại rác tại nguồn, thành phố E dùng chung một thông điệp chính: <i>phân loại đúng, chi phí xử lý giảm, môi trường sạch hơn</i>. Với hộ gia đình, thông điệp được kể qua video ngắn hướng dẫn ba loại túi rác; với ban quản lý chung cư là bộ tài liệu hỏi đáp; với trường học là cuộc thi vẽ tranh. Cách kể khác nhau nhưng thông điệp không đổi, nhờ vậy người dân nhận thông tin từ nhiều nguồn mà không thấy mâu thuẫn.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "ke-hoach-truyen-thong-hang-nam",
                                "viet-ngon-ngu-de-hieu",
                                "truyen-thong-vung-dong-bao-dan-toc-thieu-so",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "do-luong-danh-gia-hieu-qua",
                    "title": "Đo lường và đánh giá hiệu quả truyền thông",
                    "summary": "Phân biệt đầu ra, kết quả và tác động của hoạt động truyền thông; bộ chỉ số gợi ý và cách báo cáo định kỳ cho lãnh đạo.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Đếm số tin, bài là cách đo phổ biến nhất nhưng cũng dễ gây ngộ nhận nhất. Một chính sách được hàng trăm bài báo nhắc đến vẫn có thể không được người thụ hưởng biết tới. Đánh giá đúng cần nhìn ở ba cấp độ:</p><ol><li><b>Đầu ra:</b> những gì cơ quan đã làm, như số buổi họp báo, thông cáo, bài đăng.</li><li><b>Kết quả:</b> công chúng đã tiếp nhận và hiểu đến đâu, thông tin trên báo chí có chính xác không.</li><li><b>Tác động:</b> hành vi đã thay đổi ra sao, như số người thực hiện thủ tục, mức độ đồng thuận.</li></ol>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Bộ chỉ số gợi ý để đánh giá truyền thông chính sách",
                                "header": ["Cấp độ", "Chỉ số gợi ý", "Nguồn số liệu"],
                                "rows": [
                                    [
                                        "Đầu ra",
                                        "Số họp báo, thông cáo, bài đăng; tỷ lệ yêu cầu của báo chí được trả lời đúng hạn",
                                        "Sổ theo dõi của bộ phận truyền thông",
                                    ],
                                    [
                                        "Kết quả",
                                        "Tỷ lệ tin, bài phản ánh đúng nội dung chính sách; sắc thái dư luận trên mạng xã hội",
                                        "Theo dõi báo chí, công cụ theo dõi mạng xã hội",
                                    ],
                                    [
                                        "Kết quả",
                                        "Tỷ lệ người được hỏi biết và hiểu đúng chính sách",
                                        "Khảo sát nhanh, phiếu hỏi tại bộ phận một cửa",
                                    ],
                                    [
                                        "Tác động",
                                        "Số hồ sơ, số người tham gia, mức độ thực hiện chính sách",
                                        "Số liệu của đơn vị chuyên môn",
                                    ],
                                    [
                                        "Tác động",
                                        "Số phản ánh, khiếu nại do hiểu sai chính sách",
                                        "Đường dây nóng, hệ thống tiếp nhận phản ánh",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Báo cáo định kỳ cho lãnh đạo"),
                        (
                            "paragraph",
                            "<p>Báo cáo ngắn, đều đặn có giá trị hơn báo cáo dài, thưa thớt. Một báo cáo tháng nên gói gọn trong hai trang: những việc đã làm, diễn biến dư luận nổi bật, các vấn đề có nguy cơ, đề xuất cụ thể. Báo cáo năm so sánh kết quả với mục tiêu trong kế hoạch và rút ra điều chỉnh cho năm sau.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Danh mục kiểm tra báo cáo đánh giá",
                                "items": [
                                    "Có đủ chỉ số ở cả ba cấp độ: đầu ra, kết quả, tác động.",
                                    "Số liệu có nguồn và thời điểm thu thập rõ ràng.",
                                    "Nêu được ít nhất một việc chưa hiệu quả và nguyên nhân.",
                                    "Có đề xuất cụ thể cho kỳ tiếp theo.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Nhiều bài báo nhưng ít người biết",
                                "body": "<p>Sau ba tháng triển khai một chính sách hỗ trợ, Sở G thống kê được rất nhiều tin, bài trên báo chí. Tuy nhiên, khảo sát nhanh tại bộ phận một cửa của một số xã cho thấy phần lớn người được hỏi chưa biết mình thuộc diện hỗ trợ. Sở điều chỉnh kế hoạch: giảm số bài đưa tin hội nghị, tăng nội dung hướng dẫn cụ thể qua đài truyền thanh cấp xã và trang mạng xã hội chính thức. Đợt khảo sát sau cho kết quả khả quan hơn rõ rệt.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "ke-hoach-truyen-thong-hang-nam",
                                "theo-doi-du-luan-phat-hien-tin-sai",
                                "thong-tin-co-so-cap-xa",
                            ],
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Chương 4
        # ------------------------------------------------------------------
        {
            "slug": "thong-cao-bao-chi-va-tra-loi-van-ban",
            "title": "Thông cáo báo chí và trả lời bằng văn bản",
            "introduction": (
                "<p>Văn bản gửi báo chí là nguồn tin chính thức được trích dẫn nhiều nhất, nên mỗi con "
                "số, mỗi câu chữ đều phải chính xác. Chương này hướng dẫn cấu trúc thông cáo báo chí, cách "
                "viết về chính sách bằng ngôn ngữ dễ hiểu, cách trả lời phóng viên bằng văn bản và đề nghị "
                "cải chính khi báo chí đăng thông tin sai.</p>"
            ),
            "sections": [
                {
                    "slug": "cau-truc-thong-cao-bao-chi",
                    "title": "Cấu trúc một thông cáo báo chí",
                    "summary": "Mẫu cấu trúc thông cáo báo chí theo mô hình kim tự tháp ngược, kèm danh mục kiểm tra trước khi phát hành.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Thông cáo báo chí là văn bản cơ quan chủ động gửi các cơ quan báo chí để công bố một thông tin: chính sách mới được ban hành, kết quả một hội nghị, một quyết định quan trọng. Đây là một trong sáu hình thức phát ngôn và cung cấp thông tin cho báo chí theo Điều 4 Nghị định số 09/2017/NĐ-CP. Phóng viên thường chỉ có vài phút để đọc, nên thông cáo phải được viết theo <b>kim tự tháp ngược</b>: điều quan trọng nhất ở đầu, chi tiết ở sau.</p>",
                        ),
                        ("heading", "Mẫu cấu trúc thông cáo báo chí"),
                        (
                            "table",
                            {
                                "caption": "Các thành phần của một thông cáo báo chí",
                                "header": ["Thành phần", "Nội dung", "Lưu ý"],
                                "rows": [
                                    [
                                        "Phần đầu",
                                        "Tên cơ quan; chữ THÔNG CÁO BÁO CHÍ; ngày, giờ phát hành",
                                        "Ghi rõ nếu thông tin chỉ được đăng sau một thời điểm nhất định",
                                    ],
                                    [
                                        "Tiêu đề",
                                        "Một câu nêu điều mới nhất, quan trọng nhất",
                                        "Dùng động từ; tránh tiêu đề kiểu “Về việc...”",
                                    ],
                                    [
                                        "Đoạn mở đầu",
                                        "Ai, làm gì, khi nào, ở đâu, vì sao, như thế nào",
                                        "Không quá 50 chữ; đọc xong đoạn này phóng viên đã có thể viết tin",
                                    ],
                                    [
                                        "Thân bài",
                                        "Nội dung chính sách, đối tượng, thời điểm hiệu lực, cách thực hiện",
                                        "Mỗi đoạn một ý; số liệu có đơn vị và nguồn",
                                    ],
                                    [
                                        "Trích dẫn",
                                        "Một hoặc hai câu của lãnh đạo, người phát ngôn",
                                        "Nói về ý nghĩa, cam kết; không nhắc lại số liệu",
                                    ],
                                    [
                                        "Thông tin nền",
                                        "Bối cảnh, căn cứ pháp lý, văn bản liên quan",
                                        "Đường dẫn đến văn bản gốc trên cổng thông tin",
                                    ],
                                    [
                                        "Liên hệ",
                                        "Họ tên, chức vụ, điện thoại, thư điện tử của đầu mối",
                                        "Người này phải nghe máy được trong ngày phát hành",
                                    ],
                                ],
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kiểm tra trước khi phát hành thông cáo",
                                "items": [
                                    "Tiêu đề và đoạn mở đầu đã trả lời được câu hỏi: có gì mới?",
                                    "Mọi con số đã được đơn vị chuyên môn xác nhận lại.",
                                    "Tên văn bản, số hiệu, ngày ban hành được ghi đầy đủ, chính xác.",
                                    "Thông cáo không dài quá hai trang; phần chi tiết đã chuyển sang phụ lục.",
                                    "Người có thẩm quyền đã duyệt nội dung.",
                                    "Thông cáo đã được đăng đồng thời trên cổng thông tin điện tử của cơ quan.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Viết lại một đoạn mở đầu",
                                "body": "<p><b>Bản nháp:</b> <i>Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh và căn cứ kế hoạch công tác năm, sáng nay Sở đã tổ chức hội nghị triển khai quy định về hỗ trợ đào tạo nghề với sự tham dự của lãnh đạo các sở, ngành...</i></p><p><b>Bản sửa:</b> <i>Từ ngày 01 tháng 8, lao động nông thôn trong độ tuổi từ 18 đến 45 tại tỉnh H được hỗ trợ học phí khi tham gia các khóa đào tạo nghề ngắn hạn; hồ sơ nộp tại Ủy ban nhân dân cấp xã nơi cư trú.</i></p><p>Bản sửa đưa điều người dân quan tâm lên đầu; thông tin về hội nghị được chuyển xuống cuối thông cáo.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "viet-ngon-ngu-de-hieu",
                                "tra-loi-bang-van-ban-va-cai-chinh",
                                "thong-tin-ban-dau-va-thong-cao-giu-cho",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "viet-ngon-ngu-de-hieu",
                    "title": "Viết về chính sách bằng ngôn ngữ dễ hiểu",
                    "summary": "Nguyên tắc chuyển ngôn ngữ văn bản hành chính thành ngôn ngữ phổ thông mà vẫn bảo đảm chính xác về pháp lý.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Văn bản quy phạm pháp luật được viết để bảo đảm chặt chẽ về pháp lý, không phải để dễ đọc. Nhiệm vụ của cán bộ truyền thông là <b>chuyển ngữ</b>: giữ nguyên ý nghĩa pháp lý nhưng diễn đạt bằng lời lẽ mà người dân bình thường hiểu được ngay trong lần đọc đầu tiên. Làm tốt việc này, cơ quan giảm được rất nhiều câu hỏi, phản ánh và hiểu lầm về sau.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Năm nguyên tắc viết dễ hiểu",
                                "items": [
                                    "Câu ngắn, trung bình không quá 25 chữ; mỗi câu một ý.",
                                    "Nói trực tiếp với người đọc: ai được gì, phải làm gì, làm ở đâu, đến khi nào.",
                                    "Thay thuật ngữ bằng từ thông dụng; nếu buộc phải dùng thuật ngữ thì giải thích ngay lần đầu.",
                                    "Đưa ví dụ cụ thể, con số cụ thể thay cho mô tả chung chung.",
                                    "Không viết tắt, trừ những từ ai cũng biết.",
                                ],
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Thay cách viết hành chính bằng cách viết dễ hiểu",
                                "header": ["Cách viết hành chính", "Cách viết dễ hiểu"],
                                "rows": [
                                    ["Đối tượng thuộc diện điều chỉnh của quy định", "Những ai được áp dụng"],
                                    [
                                        "Thực hiện thủ tục trên môi trường điện tử",
                                        "Làm thủ tục trên mạng, bằng điện thoại hoặc máy tính",
                                    ],
                                    [
                                        "Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
                                        "Chậm nhất 15 ngày làm việc sau khi nộp đủ giấy tờ",
                                    ],
                                    [
                                        "Tăng cường công tác tuyên truyền, phổ biến",
                                        "(Nêu cụ thể việc sẽ làm: họp thôn, phát tờ rơi, phát thanh...)",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Chính xác vẫn là yêu cầu số một"),
                        (
                            "paragraph",
                            "<p>Đơn giản hóa không có nghĩa là bỏ bớt điều kiện. Những chi tiết quyết định quyền lợi như độ tuổi, mức thu nhập, thời hạn, nơi nộp hồ sơ phải được giữ nguyên và kiểm tra lại với đơn vị soạn thảo. Khi rút gọn, nên ghi thêm câu hướng dẫn người đọc tìm văn bản đầy đủ trên cổng thông tin điện tử. Với vùng đồng bào dân tộc thiểu số, bản dễ hiểu tiếng Việt là nền tảng để chuyển sang tiếng dân tộc cho chính xác.</p>",
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Một chữ “và” gây hiểu lầm",
                                "body": "<p>Một tờ hướng dẫn ghi: <i>hộ nghèo và hộ có người khuyết tật được hỗ trợ</i>. Nhiều người hiểu rằng chỉ hộ vừa nghèo vừa có người khuyết tật mới được hỗ trợ, trong khi văn bản gốc áp dụng cho cả hai nhóm riêng rẽ. Cơ quan đã sửa lại thành danh sách gạch đầu dòng: <i>được hỗ trợ gồm: hộ nghèo; hộ có người khuyết tật</i>. Bài học: khi liệt kê điều kiện, hãy tách từng dòng và nhờ một người ngoài chuyên môn đọc thử.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "cau-truc-thong-cao-bao-chi",
                                "cong-chung-thong-diep-va-kenh",
                                "noi-dung-so-ve-chinh-sach",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "tra-loi-bang-van-ban-va-cai-chinh",
                    "title": "Trả lời báo chí bằng văn bản và đề nghị cải chính",
                    "summary": "Quy trình tiếp nhận, soạn và gửi văn bản trả lời câu hỏi của phóng viên; cách đề nghị cơ quan báo chí đăng phản hồi hoặc cải chính.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Trả lời bằng văn bản phù hợp khi câu hỏi liên quan đến số liệu, quy định cụ thể hoặc vấn đề nhạy cảm cần cân nhắc từng chữ. Văn bản trả lời cũng là bằng chứng về việc cơ quan đã cung cấp thông tin đúng hạn. Từ ngày 01 tháng 7 năm 2026, khi cung cấp thông tin cho báo chí trở thành nghĩa vụ pháp lý theo Luật Báo chí năm 2025, việc lưu vết từng yêu cầu và từng câu trả lời càng trở nên cần thiết.</p>",
                        ),
                        ("heading", "Quy trình trả lời bằng văn bản"),
                        (
                            "paragraph",
                            "<ol><li><b>Tiếp nhận:</b> ghi vào sổ theo dõi tên phóng viên, cơ quan báo chí, câu hỏi, hạn trả lời mong muốn.</li><li><b>Phân công:</b> bộ phận truyền thông chuyển câu hỏi cho đơn vị chuyên môn kèm thời hạn cụ thể.</li><li><b>Soạn thảo:</b> trả lời đúng từng câu hỏi, theo thứ tự phóng viên đặt ra; nêu căn cứ và số liệu.</li><li><b>Duyệt:</b> người phát ngôn hoặc người có thẩm quyền duyệt nội dung.</li><li><b>Gửi và lưu:</b> gửi phóng viên, lưu bản trả lời; cân nhắc đăng trên cổng thông tin nếu nhiều cơ quan báo chí cùng quan tâm.</li></ol>",
                        ),
                        ("heading", "Khi báo chí đăng thông tin sai"),
                        (
                            "paragraph",
                            "<p>Nếu một tin, bài có thông tin sai sự thật liên quan đến cơ quan, trước hết nên liên hệ với tòa soạn để trao đổi; nhiều sai sót được sửa nhanh theo cách này. Khi cần, cơ quan gửi văn bản đề nghị đăng, phát phản hồi hoặc cải chính, một hình thức được quy định tại Nghị định số 09/2017/NĐ-CP. Văn bản đề nghị phải cụ thể, lịch sự và có căn cứ; tránh lời lẽ quy chụp.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Nội dung văn bản đề nghị cải chính",
                                "items": [
                                    "Tên tin, bài, tên cơ quan báo chí, ngày đăng, phát; đường dẫn nếu là báo điện tử.",
                                    "Trích chính xác đoạn thông tin sai.",
                                    "Thông tin đúng, kèm căn cứ: văn bản, số liệu chính thức.",
                                    "Đề nghị cụ thể: đăng phản hồi, cải chính hoặc điều chỉnh nội dung.",
                                    "Đầu mối liên hệ để tòa soạn xác minh thêm.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Sai một số không, hiểu sai cả chính sách",
                                "body": "<p>Một báo điện tử đưa tin mức hỗ trợ là 50 triệu đồng, trong khi quyết định ghi 5 triệu đồng. Trong vòng một giờ, nhiều người gọi đến Ủy ban nhân dân xã để hỏi thủ tục nhận hỗ trợ. Bộ phận truyền thông của sở gọi điện cho biên tập viên trực, gửi kèm bản chụp quyết định; tòa soạn sửa tin và ghi chú đính chính. Sở đồng thời đăng thông tin chính xác trên trang mạng xã hội chính thức và nhắn cho cán bộ thông tin cơ sở để giải thích với người dân.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "nghi-dinh-09-nguoi-phat-ngon-va-hinh-thuc",
                                "cau-truc-thong-cao-bao-chi",
                                "phan-bac-thong-tin-sai-lech",
                            ],
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Chương 5
        # ------------------------------------------------------------------
        {
            "slug": "hop-bao-va-phong-van",
            "title": "Họp báo và trả lời phỏng vấn",
            "introduction": (
                "<p>Họp báo và phỏng vấn là những lúc người phát ngôn trực tiếp đối diện với câu hỏi của "
                "báo chí. Chương này hướng dẫn tổ chức một buổi họp báo, chuẩn bị nội dung phát ngôn và bộ "
                "câu hỏi dự kiến, rèn kỹ năng trả lời phỏng vấn và những chuẩn mực ứng xử của người phát "
                "ngôn.</p>"
            ),
            "sections": [
                {
                    "slug": "to-chuc-hop-bao",
                    "title": "Tổ chức họp báo",
                    "summary": "Khi nào cần họp báo, các bước chuẩn bị và kịch bản chi tiết cho một buổi họp báo 60 phút.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Họp báo là hình thức phù hợp khi thông tin quan trọng, nhiều cơ quan báo chí cùng quan tâm và cần hỏi đáp trực tiếp. Ngoài các buổi họp báo theo sự kiện, bộ, ngành và Ủy ban nhân dân cấp tỉnh còn có nghĩa vụ họp báo định kỳ. Một buổi họp báo thành công là buổi phóng viên ra về với đủ thông tin để viết bài chính xác, chứ không phải buổi kết thúc êm thấm vì không ai hỏi.</p>",
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Bộ, cơ quan ngang bộ và Ủy ban nhân dân cấp tỉnh tổ chức họp báo để phát ngôn, cung cấp thông tin định kỳ cho báo chí với tần suất ít nhất ba tháng một lần.",
                                "document": "Nghị định số 09/2017/NĐ-CP",
                                "article": "Điều 5",
                                "date": "2017-02-09",
                            },
                        ),
                        ("heading", "Kịch bản họp báo"),
                        (
                            "table",
                            {
                                "caption": "Kịch bản mẫu cho buổi họp báo 60 phút (giờ tính theo thời điểm khai mạc T)",
                                "header": ["Thời gian", "Nội dung", "Người thực hiện"],
                                "rows": [
                                    [
                                        "T - 30 phút",
                                        "Đón tiếp, đăng ký phóng viên, phát tài liệu, thông cáo báo chí",
                                        "Bộ phận truyền thông",
                                    ],
                                    [
                                        "T - 10 phút",
                                        "Kiểm tra âm thanh, màn hình, vị trí đặt máy quay; người phát ngôn có mặt",
                                        "Văn phòng, kỹ thuật",
                                    ],
                                    [
                                        "T đến T + 5",
                                        "Giới thiệu mục đích, thành phần chủ trì; nêu cách thức đặt câu hỏi",
                                        "Người dẫn chương trình",
                                    ],
                                    [
                                        "T + 5 đến T + 20",
                                        "Công bố thông tin chính, nhấn mạnh thông điệp cốt lõi",
                                        "Người phát ngôn",
                                    ],
                                    [
                                        "T + 20 đến T + 50",
                                        "Hỏi đáp; người phát ngôn điều phối, mời đơn vị chuyên môn bổ sung khi cần",
                                        "Người phát ngôn, lãnh đạo đơn vị chuyên môn",
                                    ],
                                    [
                                        "T + 50 đến T + 55",
                                        "Tóm tắt thông điệp; hẹn trả lời sau những câu chưa đủ thông tin",
                                        "Người phát ngôn",
                                    ],
                                    [
                                        "T + 55 đến T + 60",
                                        "Kết thúc; phỏng vấn ngắn bên lề nếu đã thống nhất",
                                        "Người dẫn chương trình",
                                    ],
                                    [
                                        "Sau họp báo",
                                        "Đăng thông cáo, ảnh, video lên cổng thông tin; gửi trả lời các câu còn nợ; theo dõi tin, bài",
                                        "Bộ phận truyền thông",
                                    ],
                                ],
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Chuẩn bị trước buổi họp báo",
                                "items": [
                                    "Giấy mời gửi cơ quan báo chí sớm, ghi rõ nội dung, thời gian, địa điểm, đầu mối.",
                                    "Thông cáo báo chí, tài liệu nền và bộ câu hỏi dự kiến đã được duyệt.",
                                    "Thành phần chủ trì đã thống nhất ai trả lời nhóm câu hỏi nào.",
                                    "Có phương án cho phóng viên không đến dự được: đăng tải trực tuyến, gửi tài liệu qua thư điện tử.",
                                    "Đã phân công người ghi lại các câu hỏi và cam kết trả lời sau.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Họp báo định kỳ không có ai hỏi",
                                "body": "<p>Các buổi họp báo định kỳ của tỉnh K thường kéo dài phần báo cáo thành tích tới 40 phút, phóng viên ít hỏi và gần như không có bài viết sau đó. Tỉnh thay đổi cách làm: trước mỗi buổi, bộ phận truyền thông tổng hợp những vấn đề báo chí và người dân đang quan tâm; phần công bố rút xuống 15 phút; lãnh đạo các sở liên quan trực tiếp dự để trả lời. Buổi họp báo trở thành nơi cung cấp thông tin thực chất, và số bài viết chính xác tăng rõ.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "chuan-bi-phat-ngon-va-hoi-dap",
                                "nghia-vu-dinh-ky-va-luat-bao-chi-2025",
                                "cau-truc-thong-cao-bao-chi",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "chuan-bi-phat-ngon-va-hoi-dap",
                    "title": "Chuẩn bị nội dung phát ngôn và bộ câu hỏi dự kiến",
                    "summary": "Cách soạn bài phát ngôn ngắn gọn, xây dựng bộ câu hỏi dự kiến kèm câu trả lời và tập dượt trước khi đối diện báo chí.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Phần lớn thành công của một lần phát ngôn được quyết định trước khi người phát ngôn cầm micrô. Có hai tài liệu cần chuẩn bị: <b>bài phát ngôn</b> để công bố và <b>bộ câu hỏi dự kiến</b> kèm câu trả lời, thường được gọi là tài liệu hỏi đáp nội bộ.</p>",
                        ),
                        ("heading", "Bài phát ngôn"),
                        (
                            "paragraph",
                            "<p>Bài phát ngôn nên đọc trong khoảng 5 đến 10 phút, gồm ba phần:</p><ul><li><b>Mở:</b> thông điệp chính trong một đến hai câu.</li><li><b>Thân:</b> tối đa ba luận điểm, mỗi luận điểm có một số liệu hoặc một ví dụ minh họa.</li><li><b>Kết:</b> nhắc lại thông điệp chính, nêu việc cơ quan sẽ làm tiếp theo và đầu mối liên hệ.</li></ul>",
                        ),
                        ("heading", "Bộ câu hỏi dự kiến"),
                        (
                            "paragraph",
                            "<p>Hãy đặt mình vào vị trí của phóng viên khó tính nhất. Liệt kê mọi câu hỏi có thể được đặt ra, đặc biệt là những câu <i>không muốn bị hỏi</i>: về trách nhiệm, về chậm trễ, về so sánh với địa phương khác, về những con số chưa đẹp. Với mỗi câu, soạn một câu trả lời ngắn gọn, trung thực, có số liệu và nêu rõ phần nào chưa thể trả lời, vì sao.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Nguyên tắc chuẩn bị",
                                "items": [
                                    "Biết rõ ranh giới: điều gì được nói, điều gì chưa được nói, và lý do.",
                                    "Mọi số liệu trong tài liệu hỏi đáp phải giống hệt số liệu trong thông cáo.",
                                    "Các thành viên chủ trì thống nhất trước ai trả lời nhóm câu hỏi nào.",
                                    "Tập dượt với đồng nghiệp đóng vai phóng viên, có ghi hình để tự xem lại.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Câu hỏi không có trong tài liệu",
                                "body": "<p>Tại buổi họp báo về dự án nâng cấp tuyến đường tỉnh, một phóng viên hỏi về thông tin trên mạng xã hội rằng nhà thầu từng bị xử phạt ở địa phương khác. Câu hỏi này không có trong tài liệu hỏi đáp. Người phát ngôn trả lời: <i>Chúng tôi chưa có thông tin xác minh về nội dung này. Ban quản lý dự án sẽ kiểm tra và trả lời bằng văn bản cho quý cơ quan trong ngày mai.</i> Cam kết đó được thực hiện đúng hạn. Sau buổi họp báo, nhóm chuẩn bị bổ sung bước rà soát mạng xã hội trong quy trình soạn tài liệu hỏi đáp.</p>",
                            },
                        ),
                        (
                            "related",
                            ["to-chuc-hop-bao", "ky-nang-tra-loi-phong-van", "cong-chung-thong-diep-va-kenh"],
                        ),
                    ],
                },
                {
                    "slug": "ky-nang-tra-loi-phong-van",
                    "title": "Kỹ năng trả lời phỏng vấn",
                    "summary": "Chuẩn bị cho từng loại phỏng vấn, kỹ thuật trả lời ngắn gọn, dẫn dắt về thông điệp chính và xử lý câu hỏi khó.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Trả lời phỏng vấn là cơ hội để giải thích chính sách một cách sâu và gần gũi. Trước khi nhận lời, người phát ngôn nên hỏi rõ: cơ quan báo chí, chuyên mục, chủ đề, thời lượng, hình thức phỏng vấn trực tiếp hay ghi hình, có những ai cùng tham gia. Biết rõ những điều này giúp chuẩn bị đúng trọng tâm.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Lưu ý theo từng loại phỏng vấn",
                                "header": ["Loại phỏng vấn", "Đặc điểm", "Lưu ý"],
                                "rows": [
                                    [
                                        "Phỏng vấn viết (báo in, báo điện tử)",
                                        "Có thời gian biên tập; có thể trích dẫn dài",
                                        "Đề nghị xem lại phần trích dẫn về số liệu; cung cấp tài liệu kèm theo",
                                    ],
                                    [
                                        "Phát thanh",
                                        "Chỉ có giọng nói",
                                        "Nói chậm, rõ; câu ngắn; tránh liệt kê nhiều số liệu",
                                    ],
                                    [
                                        "Truyền hình ghi hình",
                                        "Được cắt dựng; thường chỉ dùng 15 - 30 giây",
                                        "Mỗi câu trả lời phải đứng độc lập, có đủ ý",
                                    ],
                                    [
                                        "Truyền hình, phát thanh trực tiếp",
                                        "Không sửa được",
                                        "Chuẩn bị kỹ thông điệp; giữ bình tĩnh; không đoán",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Ba kỹ thuật cơ bản"),
                        (
                            "paragraph",
                            "<ul><li><b>Trả lời trước, giải thích sau:</b> nói kết luận ngay câu đầu, sau đó mới nêu lý do.</li><li><b>Bắc cầu:</b> khi câu hỏi đi xa trọng tâm, trả lời ngắn phần liên quan rồi dẫn dắt về thông điệp chính, ví dụ: <i>điều quan trọng người dân cần biết là...</i></li><li><b>Nhấn mạnh:</b> báo hiệu điều quan trọng bằng những cụm như <i>điểm mấu chốt là</i>, <i>xin nhấn mạnh rằng</i>.</li></ul>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Những điều nên tránh khi trả lời phỏng vấn",
                                "items": [
                                    "Trả lời bằng một câu từ chối chung chung mà không nêu lý do.",
                                    "Suy đoán, đưa ra con số chưa được xác nhận.",
                                    "Nhắc lại nguyên văn từ ngữ tiêu cực trong câu hỏi.",
                                    "Nói điều mình không muốn thấy trên mặt báo, kể cả khi máy quay đã tắt.",
                                    "Phê phán cơ quan, cá nhân khác.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Câu hỏi dồn ép",
                                "body": "<p>Phóng viên hỏi: <i>Có phải chính sách này thất bại vì sau sáu tháng mới có rất ít hộ đăng ký?</i> Thay vì tranh luận về chữ “thất bại”, người phát ngôn trả lời: <i>Số hộ đăng ký đúng là thấp hơn dự kiến. Chúng tôi đã tìm hiểu và thấy nguyên nhân chính là thủ tục còn phức tạp. Từ tháng tới, hồ sơ được rút gọn và người dân có thể nộp ngay tại xã.</i> Câu trả lời thừa nhận sự thật, nêu nguyên nhân và chuyển sang giải pháp.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "chuan-bi-phat-ngon-va-hoi-dap",
                                "ung-xu-cua-nguoi-phat-ngon",
                                "bao-chi-kenh-chu-luc",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "ung-xu-cua-nguoi-phat-ngon",
                    "title": "Ứng xử của người phát ngôn",
                    "summary": "Những chuẩn mực về trung thực, đúng thẩm quyền, tôn trọng báo chí và nhất quán mà người phát ngôn cần giữ trong mọi tình huống.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Người phát ngôn nói nhân danh cơ quan, vì vậy mỗi lời nói, cử chỉ, thậm chí bài đăng trên trang cá nhân đều có thể được hiểu là quan điểm của cơ quan. Uy tín của người phát ngôn được xây dựng qua nhiều năm nhưng có thể mất đi chỉ sau một câu nói thiếu cân nhắc.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Sáu chuẩn mực ứng xử",
                                "items": [
                                    "Trung thực: không nói sai sự thật; điều chưa biết thì nói chưa biết và hẹn thời điểm trả lời.",
                                    "Đúng thẩm quyền: chỉ phát ngôn về lĩnh vực cơ quan quản lý; chuyển câu hỏi ngoài thẩm quyền đến đúng nơi.",
                                    "Tôn trọng: lịch sự với mọi phóng viên, kể cả khi câu hỏi gay gắt.",
                                    "Nhất quán: thông tin giống nhau trên mọi kênh, ở mọi thời điểm.",
                                    "Giữ lời hẹn: đã hứa trả lời sau thì phải trả lời đúng hạn.",
                                    "Đồng cảm: khi có thiệt hại về người và tài sản, thể hiện sự chia sẻ trước khi nói về số liệu.",
                                ],
                            },
                        ),
                        ("heading", "Ngôn ngữ cơ thể và hình ảnh"),
                        (
                            "paragraph",
                            "<p>Trước ống kính, người xem ghi nhớ thái độ nhiều hơn câu chữ. Hãy nhìn vào người hỏi, giữ tư thế ngay ngắn, tránh khoanh tay hay liên tục nhìn xuống giấy. Trang phục lịch sự, phù hợp bối cảnh: tại hiện trường thiên tai, bộ vest chỉnh tề có thể tạo cảm giác xa cách. Nụ cười là cần thiết khi công bố tin vui, nhưng không phù hợp khi nói về sự cố có người bị nạn.</p>",
                        ),
                        ("heading", "Người phát ngôn trên mạng xã hội"),
                        (
                            "paragraph",
                            "<p>Trang cá nhân của người phát ngôn không tách rời hình ảnh cơ quan. Không bình luận về công việc đang xử lý, không tranh luận với người dùng mạng xã hội, không chia sẻ thông tin chưa được xác nhận. Thông tin chính thức luôn được đăng trên kênh của cơ quan trước.</p>",
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Mất bình tĩnh trước ống kính",
                                "body": "<p>Trong một cuộc phỏng vấn tại hiện trường sự cố ngập úng, người phát ngôn của Ủy ban nhân dân xã L trả lời phóng viên bằng giọng gay gắt rằng <i>người dân tự xây nhà ở vùng trũng thì phải chịu</i>. Đoạn video được chia sẻ rộng rãi và trở thành tâm điểm chỉ trích, lấn át toàn bộ nỗ lực cứu hộ của địa phương. Sau đó, Chủ tịch Ủy ban nhân dân xã phải lên tiếng xin lỗi. Bài học: khi có thiệt hại, hãy bắt đầu bằng sự chia sẻ và các biện pháp hỗ trợ, không bắt đầu bằng việc tìm lỗi của người bị thiệt hại.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "vai-tro-cac-chu-the",
                                "ky-nang-tra-loi-phong-van",
                                "quy-trinh-xu-ly-khung-hoang",
                            ],
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Chương 6
        # ------------------------------------------------------------------
        {
            "slug": "cong-thong-tin-va-mang-xa-hoi",
            "title": "Cổng thông tin điện tử và mạng xã hội",
            "introduction": (
                "<p>Cổng thông tin điện tử và trang mạng xã hội chính thức là những kênh cơ quan tự chủ "
                "hoàn toàn: tự quyết định nội dung, thời điểm và cách trình bày. Chương này hướng dẫn biến "
                "các kênh này thành nguồn tin gốc đáng tin cậy cho báo chí và người dân.</p>"
            ),
            "sections": [
                {
                    "slug": "cong-thong-tin-dien-tu",
                    "title": "Cổng thông tin điện tử: nguồn tin chính thống gốc",
                    "summary": "Các chuyên mục cần có trên cổng thông tin điện tử phục vụ báo chí, yêu cầu cập nhật hằng tháng và cách tổ chức nội dung để dễ tìm, dễ dẫn nguồn.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Khi cần kiểm chứng một thông tin về chính sách, phóng viên và người dân thường tìm đến cổng thông tin điện tử của cơ quan. Đăng tải nội dung phát ngôn và thông tin cung cấp cho báo chí trên cổng hoặc trang thông tin điện tử là một trong sáu hình thức được quy định tại Điều 4 Nghị định số 09/2017/NĐ-CP. Vì vậy, cổng thông tin cần được tổ chức như một <b>phòng báo chí trực tuyến</b>, không chỉ là nơi đưa tin hoạt động của lãnh đạo.</p>",
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Bộ, cơ quan ngang bộ và Ủy ban nhân dân cấp tỉnh cập nhật thông tin phát ngôn và cung cấp thông tin cho báo chí theo định kỳ hằng tháng trên cổng hoặc trang thông tin điện tử của mình.",
                                "document": "Nghị định số 09/2017/NĐ-CP",
                                "article": "Điều 5",
                                "date": "2017-02-09",
                            },
                        ),
                        ("heading", "Chuyên mục dành cho báo chí"),
                        (
                            "paragraph",
                            "<p>Một chuyên mục “Thông tin cho báo chí” hiệu quả nên có:</p><ul><li>họ tên, chức vụ, số điện thoại, thư điện tử của người phát ngôn và đầu mối bộ phận truyền thông;</li><li>thông cáo báo chí, nội dung họp báo, văn bản trả lời báo chí được sắp xếp theo thời gian;</li><li>lịch họp báo định kỳ và các sự kiện sắp tới;</li><li>dự thảo văn bản đang lấy ý kiến, kèm bản tóm tắt dễ hiểu;</li><li>kho ảnh, đồ họa, video có thể sử dụng tự do, ghi rõ nguồn;</li><li>mục hỏi đáp về các chính sách trọng tâm.</li></ul>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kiểm tra cổng thông tin hằng tháng",
                                "items": [
                                    "Thông tin người phát ngôn đúng với quyết định giao nhiệm vụ hiện hành.",
                                    "Đã đăng nội dung cung cấp thông tin định kỳ của tháng.",
                                    "Mọi thông cáo đều có đường dẫn đến văn bản gốc.",
                                    "Công cụ tìm kiếm trả về đúng văn bản khi gõ số hiệu.",
                                    "Trang hiển thị tốt trên điện thoại di động.",
                                    "Không còn đường dẫn hỏng tới trang của các đơn vị đã hợp nhất năm 2025.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Văn bản có trên mạng xã hội trước cổng thông tin",
                                "body": "<p>Một quyết định của tỉnh M về điều chỉnh tuyến xe buýt được chụp ảnh và lan truyền trên các hội nhóm từ buổi sáng, trong khi đến chiều cổng thông tin của tỉnh vẫn chưa đăng. Nhiều người nghi ngờ đó là văn bản giả; một số báo phải chờ xác minh nên đưa tin chậm. Sau sự việc, tỉnh quy định văn bản thuộc diện công khai phải được đăng trên cổng thông tin ngay trong ngày ký, kèm bản tóm tắt.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "trang-mang-xa-hoi-chinh-thuc",
                                "nghia-vu-dinh-ky-va-luat-bao-chi-2025",
                                "bo-may-sau-sap-xep-2025",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "trang-mang-xa-hoi-chinh-thuc",
                    "title": "Trang mạng xã hội chính thức của cơ quan",
                    "summary": "Thiết lập, quản trị và vận hành trang mạng xã hội chính thức: xác thực, phân quyền, lịch đăng bài và quy tắc trả lời bình luận.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Phần lớn người dân tiếp nhận tin tức qua mạng xã hội. Trang mạng xã hội chính thức giúp cơ quan đưa thông tin đến thẳng người dân, nhanh hơn mọi kênh khác, đồng thời là nơi lắng nghe phản hồi. Nhưng một trang thiếu quản trị, lâu không cập nhật hay trả lời bình luận thiếu chuẩn mực có thể gây hại cho uy tín của cơ quan.</p>",
                        ),
                        ("heading", "Thiết lập và quản trị"),
                        (
                            "paragraph",
                            "<ul><li><b>Xác thực:</b> đăng ký xác thực trang với nền tảng; đăng đường dẫn đến trang trên cổng thông tin điện tử để người dân phân biệt với trang giả mạo.</li><li><b>Phân quyền:</b> tài khoản quản trị gắn với cơ quan, không gắn với cá nhân; có ít nhất hai quản trị viên; bật xác thực hai lớp.</li><li><b>Quy chế:</b> ban hành quy chế quản lý trang, nêu rõ ai soạn, ai duyệt, ai trả lời bình luận, trong thời hạn nào.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Quy tắc xử lý bình luận trên trang chính thức",
                                "header": ["Loại bình luận", "Cách xử lý"],
                                "rows": [
                                    [
                                        "Câu hỏi về thủ tục, chính sách",
                                        "Trả lời trong giờ hành chính, kèm đường dẫn hướng dẫn chính thức",
                                    ],
                                    [
                                        "Phản ánh sự việc cụ thể",
                                        "Đề nghị nhắn tin riêng để lấy thông tin, chuyển đơn vị chuyên môn, thông báo kết quả",
                                    ],
                                    [
                                        "Góp ý, phê bình có căn cứ",
                                        "Cảm ơn, ghi nhận; trả lời công khai khi đã có biện pháp xử lý",
                                    ],
                                    [
                                        "Thông tin sai sự thật",
                                        "Đính chính ngắn gọn bằng thông tin chính thức, kèm nguồn",
                                    ],
                                    [
                                        "Lời lẽ xúc phạm, nội dung vi phạm pháp luật",
                                        "Ẩn hoặc xóa theo quy chế đã công bố; lưu bằng chứng khi cần",
                                    ],
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Trang giả mạo kêu gọi đóng tiền",
                                "body": "<p>Một trang mạng xã hội dùng tên và biểu tượng của Sở N đăng thông báo thu phí hỗ trợ làm hồ sơ trực tuyến, kèm số tài khoản cá nhân. Sở đăng cảnh báo trên trang chính thức đã được xác thực và trên cổng thông tin điện tử, khẳng định không thu bất kỳ khoản phí nào qua hình thức này; đồng thời báo cáo nền tảng và thông báo cho cơ quan có thẩm quyền để xử lý. Nhờ trang chính thức đã có lượng người theo dõi ổn định, cảnh báo lan tỏa nhanh hơn trang giả mạo.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "cong-thong-tin-dien-tu",
                                "noi-dung-so-ve-chinh-sach",
                                "phan-bac-thong-tin-sai-lech",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "noi-dung-so-ve-chinh-sach",
                    "title": "Sản xuất nội dung số về chính sách",
                    "summary": "Các định dạng nội dung số phù hợp để giải thích chính sách: đồ họa thông tin, video ngắn, hỏi đáp và đối thoại trực tuyến.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Trên môi trường số, một văn bản dài mười trang khó cạnh tranh với một video ngắn. Cơ quan nhà nước không cần sản xuất nội dung hào nhoáng, nhưng cần chọn định dạng phù hợp với thông điệp và thói quen của công chúng. Mỗi sản phẩm nên tập trung vào <b>một</b> thông điệp và dẫn người xem đến nguồn thông tin đầy đủ.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Chọn định dạng nội dung số theo mục đích",
                                "header": ["Định dạng", "Phù hợp khi", "Lưu ý"],
                                "rows": [
                                    [
                                        "Đồ họa thông tin",
                                        "Trình bày quy trình, mốc thời gian, đối tượng áp dụng",
                                        "Tối đa 5 - 7 ý; chữ đủ lớn để đọc trên điện thoại",
                                    ],
                                    [
                                        "Video ngắn",
                                        "Hướng dẫn thao tác, kể câu chuyện người thật việc thật",
                                        "Dưới 90 giây; có phụ đề vì nhiều người xem không bật tiếng",
                                    ],
                                    [
                                        "Bộ hỏi đáp",
                                        "Chính sách có nhiều điều kiện, nhiều trường hợp",
                                        "Dùng đúng câu hỏi người dân thường hỏi",
                                    ],
                                    [
                                        "Đối thoại trực tuyến",
                                        "Chính sách gây tranh luận, cần giải đáp trực tiếp",
                                        "Chuẩn bị trước câu hỏi; có chuyên gia trả lời; công bố lại phần tóm tắt",
                                    ],
                                ],
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Điểm chính",
                                "items": [
                                    "Một sản phẩm, một thông điệp.",
                                    "Con số, thời hạn trong nội dung số phải khớp với văn bản gốc và thông cáo báo chí.",
                                    "Thiết kế cho điện thoại di động trước.",
                                    "Bảo đảm người khuyết tật, người cao tuổi cũng tiếp cận được: phụ đề, chữ rõ, màu tương phản.",
                                    "Tôn trọng bản quyền hình ảnh, âm nhạc; ưu tiên tư liệu của chính cơ quan.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Video 60 giây thay cho tờ hướng dẫn",
                                "body": "<p>Khi triển khai đăng ký một dịch vụ công trực tuyến, Ủy ban nhân dân phường P nhận thấy người dân vẫn xếp hàng hỏi cách làm dù đã phát tờ hướng dẫn. Công chức Phòng Văn hóa - Xã hội quay một video 60 giây bằng điện thoại, thao tác từng bước trên màn hình, có phụ đề. Video được đăng trên trang chính thức, chia sẻ vào các nhóm tổ dân phố và phát trên màn hình tại bộ phận một cửa. Số lượt hỏi trực tiếp về thao tác giảm rõ sau vài tuần.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "trang-mang-xa-hoi-chinh-thuc",
                                "viet-ngon-ngu-de-hieu",
                                "thong-tin-co-so-cap-xa",
                            ],
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Chương 7
        # ------------------------------------------------------------------
        {
            "slug": "thong-tin-sai-lech-va-khung-hoang",
            "title": "Thông tin sai lệch và khủng hoảng truyền thông",
            "introduction": (
                "<p>Chỉ thị số 07/CT-TTg yêu cầu theo dõi xu hướng thông tin và kịp thời phản bác thông "
                "tin sai sự thật, thù địch. Chương này hướng dẫn phát hiện sớm thông tin sai lệch, phản bác "
                "có hiệu quả, đưa thông tin ban đầu trong thời gian ngắn nhất và xử lý một cuộc khủng hoảng "
                "truyền thông theo quy trình.</p>"
            ),
            "sections": [
                {
                    "slug": "theo-doi-du-luan-phat-hien-tin-sai",
                    "title": "Theo dõi dư luận và phát hiện sớm thông tin sai lệch",
                    "summary": "Tổ chức theo dõi báo chí và mạng xã hội hằng ngày, nhận diện dấu hiệu thông tin sai lệch và phân loại mức độ để có phản ứng tương xứng.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Phát hiện sớm quyết định phần lớn kết quả xử lý. Một tin sai được đính chính trong vài giờ đầu thường chỉ là sự cố nhỏ; để qua vài ngày, nó có thể trở thành “sự thật” trong nhận thức của nhiều người. Bộ phận truyền thông cần tổ chức việc theo dõi thành nhiệm vụ hằng ngày, có người phụ trách và có mẫu báo cáo.</p>",
                        ),
                        ("heading", "Theo dõi ở đâu"),
                        (
                            "paragraph",
                            "<ul><li>Báo chí: các cơ quan báo chí trung ương và địa phương thường đưa tin về lĩnh vực của cơ quan.</li><li>Mạng xã hội: trang, hội nhóm cộng đồng của địa phương, các tài khoản có nhiều người theo dõi.</li><li>Kênh phản ánh của chính cơ quan: đường dây nóng, bình luận trên trang chính thức, bộ phận một cửa.</li><li>Cán bộ thông tin cơ sở: những điều người dân bàn tán ở thôn, bản, tổ dân phố.</li></ul>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Dấu hiệu của thông tin sai lệch",
                                "items": [
                                    "Không có nguồn, hoặc dẫn nguồn mơ hồ như “nghe nói”, “người nhà làm ở trên cho biết”.",
                                    "Ảnh chụp văn bản thiếu số hiệu, chữ ký, con dấu hoặc có lỗi trình bày.",
                                    "Hình ảnh cũ được gắn với sự việc mới.",
                                    "Lời lẽ kích động, thúc giục chia sẻ gấp.",
                                    "Gắn với lợi ích cụ thể: kêu gọi chuyển tiền, mua hàng, đăng ký dịch vụ.",
                                ],
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Phân loại mức độ và phản ứng tương xứng",
                                "header": ["Mức độ", "Dấu hiệu", "Phản ứng"],
                                "rows": [
                                    [
                                        "Thấp",
                                        "Lan truyền hẹp, ít tương tác, không gây hại ngay",
                                        "Theo dõi; chuẩn bị sẵn thông tin chính xác",
                                    ],
                                    [
                                        "Trung bình",
                                        "Lan truyền ở nhiều hội nhóm hoặc được báo chí hỏi đến",
                                        "Báo cáo lãnh đạo; đăng thông tin chính thức; trả lời báo chí",
                                    ],
                                    [
                                        "Cao",
                                        "Lan truyền nhanh, ảnh hưởng an toàn, trật tự, quyền lợi của nhiều người",
                                        "Kích hoạt quy trình xử lý khủng hoảng; phát ngôn chính thức; phối hợp cơ quan chức năng",
                                    ],
                                ],
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Báo cáo theo dõi hằng ngày",
                                "items": [
                                    "Những tin, bài và bài đăng đáng chú ý trong 24 giờ qua, kèm đường dẫn.",
                                    "Đánh giá mức độ lan truyền và sắc thái dư luận.",
                                    "Thông tin sai lệch phát hiện được và mức độ phân loại.",
                                    "Đề xuất xử lý và đơn vị cần phối hợp.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "phan-bac-thong-tin-sai-lech",
                                "quy-trinh-xu-ly-khung-hoang",
                                "do-luong-danh-gia-hieu-qua",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "phan-bac-thong-tin-sai-lech",
                    "title": "Phản bác thông tin sai lệch",
                    "summary": "Các bước kiểm chứng, quyết định có phản bác hay không và cách trình bày thông tin đính chính để không vô tình khuếch đại tin sai.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Không phải tin sai nào cũng cần phản bác công khai. Đính chính một tin đồn chỉ lan trong phạm vi hẹp có thể vô tình giúp nó được biết đến rộng hơn. Ngược lại, im lặng trước tin sai đang lan nhanh sẽ bị hiểu là thừa nhận. Quyết định dựa trên mức độ lan truyền và mức độ gây hại.</p>",
                        ),
                        ("heading", "Các bước xử lý"),
                        (
                            "paragraph",
                            "<ol><li><b>Kiểm chứng:</b> xác định nội dung nào sai, sai ở đâu, thông tin đúng là gì; đối chiếu với đơn vị chuyên môn.</li><li><b>Đánh giá:</b> mức độ lan truyền, ai đang bị ảnh hưởng, nguy cơ gây hại.</li><li><b>Quyết định:</b> theo dõi tiếp, đính chính trên kênh của cơ quan, cung cấp thông tin cho báo chí, hay kết hợp nhiều cách.</li><li><b>Thực hiện:</b> đăng thông tin chính thức, gửi báo chí, nhắn cán bộ thông tin cơ sở.</li><li><b>Phối hợp:</b> với hành vi vi phạm pháp luật, thông báo cho cơ quan có thẩm quyền xử lý và đề nghị nền tảng gỡ bỏ nội dung.</li></ol>",
                        ),
                        ("heading", "Cách trình bày đính chính"),
                        (
                            "paragraph",
                            "<p>Hãy dùng cấu trúc <b>sự thật trước, tin sai sau, sự thật nhắc lại</b>. Mở đầu bằng thông tin đúng trong một câu rõ ràng; sau đó mới nêu ngắn gọn nội dung sai đang lan truyền, tránh nhắc lại tiêu đề giật gân; cuối cùng nhắc lại thông tin đúng kèm nguồn chính thức. Tiêu đề của bài đính chính nên là sự thật, không phải tin đồn.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Điểm chính",
                                "items": [
                                    "Đính chính bằng bằng chứng: văn bản, số liệu, hình ảnh có nguồn gốc rõ ràng.",
                                    "Giọng điệu điềm tĩnh, tôn trọng người đọc; không chế giễu người đã tin tin sai.",
                                    "Dùng đồng thời nhiều kênh: trang chính thức, báo chí, thông tin cơ sở.",
                                    "Phản bác thông tin thù địch là nhiệm vụ được Chỉ thị số 07/CT-TTg nhấn mạnh, nhưng phải dựa trên sự thật và đúng thẩm quyền.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Tin đồn thu hồi đất làm khu công nghiệp",
                                "body": "<p>Trên một hội nhóm xuất hiện bài viết cho rằng toàn bộ đất nông nghiệp của thôn Q sẽ bị thu hồi làm khu công nghiệp, kèm ảnh chụp một bản đồ. Người dân kéo đến Ủy ban nhân dân xã hỏi. Xã kiểm tra và xác định bản đồ là phương án quy hoạch cũ đã không được phê duyệt. Ngay trong ngày, Chủ tịch Ủy ban nhân dân xã trả lời báo địa phương, xã đăng thông tin chính thức với tiêu đề <i>Thôn Q không nằm trong quy hoạch khu công nghiệp</i>, kèm đường dẫn đến quy hoạch hiện hành, và cán bộ thông tin cơ sở giải thích tại buổi họp thôn.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "theo-doi-du-luan-phat-hien-tin-sai",
                                "tra-loi-bang-van-ban-va-cai-chinh",
                                "trang-mang-xa-hoi-chinh-thuc",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "thong-tin-ban-dau-va-thong-cao-giu-cho",
                    "title": "Thông tin ban đầu và thông cáo giữ chỗ",
                    "summary": "Vì sao phải đưa thông tin ban đầu nhanh khi có sự việc bất thường và cách soạn một thông cáo giữ chỗ trong khi chờ xác minh đầy đủ.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Khi có sự việc bất thường như tai nạn, sự cố môi trường, thiên tai hay một vụ việc gây bức xúc, báo chí và mạng xã hội sẽ đưa tin trong vài phút. Cơ quan không thể chờ đến khi có đủ mọi thông tin mới lên tiếng. Điều người dân cần trước hết là biết cơ quan có thẩm quyền <b>đã nắm được sự việc và đang hành động</b>.</p>",
                        ),
                        (
                            "legal_quote",
                            {
                                "text": "Trong trường hợp đột xuất, bất thường, người phát ngôn phải chủ động phát ngôn và cung cấp thông tin cho báo chí kịp thời, chính xác về sự việc.",
                                "document": "Nghị định số 09/2017/NĐ-CP",
                                "article": "Điều 6",
                                "date": "2017-02-09",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Nghị định số 09/2017/NĐ-CP yêu cầu kịp thời nhưng không ấn định số giờ cụ thể. Dự thảo nghị định thay thế được xây dựng năm 2026 được cho là sẽ yêu cầu cung cấp thông tin ban đầu trong vòng 24 giờ khi xảy ra sự kiện lớn; đây mới là nội dung dự thảo. Trong thực tế, thông tin ban đầu càng sớm càng tốt, lý tưởng là trong vài giờ đầu.</p>",
                        ),
                        ("heading", "Thông cáo giữ chỗ"),
                        (
                            "paragraph",
                            "<p>Thông cáo giữ chỗ (còn gọi là thông tin ban đầu) là một thông báo ngắn, phát hành ngay khi sự việc xảy ra, chỉ gồm những điều đã được xác nhận, và hẹn thời điểm cập nhật tiếp theo. Nó cho thấy cơ quan có mặt, chủ động và là nguồn tin chính thức.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Mẫu cấu trúc thông cáo giữ chỗ",
                                "header": ["Phần", "Nội dung mẫu"],
                                "rows": [
                                    [
                                        "Sự việc",
                                        "Vào khoảng [giờ] ngày [ngày], tại [địa điểm] đã xảy ra [mô tả ngắn sự việc đã xác nhận].",
                                    ],
                                    [
                                        "Hành động",
                                        "[Cơ quan] đã [cử lực lượng, chỉ đạo khắc phục, lập đoàn kiểm tra...].",
                                    ],
                                    [
                                        "Chia sẻ",
                                        "[Cơ quan] chia sẻ với những người bị ảnh hưởng và gia đình của họ.",
                                    ],
                                    ["Đang làm rõ", "Nguyên nhân và mức độ thiệt hại đang được xác minh."],
                                    [
                                        "Khuyến cáo",
                                        "Người dân [tránh khu vực, theo dõi thông tin chính thức...].",
                                    ],
                                    [
                                        "Cập nhật",
                                        "Thông tin tiếp theo sẽ được công bố lúc [giờ] trên [kênh chính thức]. Liên hệ: [đầu mối].",
                                    ],
                                ],
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Trước khi phát hành thông tin ban đầu",
                                "items": [
                                    "Chỉ đưa những điều đã được xác nhận; không suy đoán nguyên nhân, trách nhiệm.",
                                    "Số liệu về thương vong, thiệt hại được lấy từ cơ quan có thẩm quyền.",
                                    "Có thời điểm và kênh cập nhật tiếp theo, và giữ đúng hẹn.",
                                    "Người phát ngôn hoặc người được ủy quyền đã duyệt.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "quy-trinh-xu-ly-khung-hoang",
                                "nghia-vu-dinh-ky-va-luat-bao-chi-2025",
                                "cau-truc-thong-cao-bao-chi",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "quy-trinh-xu-ly-khung-hoang",
                    "title": "Quy trình xử lý khủng hoảng truyền thông",
                    "summary": "Năm giai đoạn xử lý khủng hoảng truyền thông, từ chuẩn bị, nhận diện, phản ứng đến phục hồi và rút kinh nghiệm, cùng vai trò của tổ công tác.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Khủng hoảng truyền thông xảy ra khi một sự việc thu hút sự chú ý mạnh mẽ của dư luận, đe dọa uy tín của cơ quan hoặc niềm tin của người dân vào một chính sách, và đòi hỏi phản ứng nhanh vượt khỏi quy trình thường ngày. Không thể ngăn mọi khủng hoảng, nhưng có thể chuẩn bị để xử lý tốt.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Năm giai đoạn xử lý khủng hoảng truyền thông",
                                "header": ["Giai đoạn", "Việc cần làm"],
                                "rows": [
                                    [
                                        "1. Chuẩn bị",
                                        "Lập danh mục rủi ro; kịch bản cho các tình huống có thể xảy ra; danh sách tổ công tác và số điện thoại liên lạc 24/7",
                                    ],
                                    [
                                        "2. Nhận diện",
                                        "Phát hiện qua theo dõi dư luận; đánh giá mức độ; báo cáo người đứng đầu",
                                    ],
                                    [
                                        "3. Phản ứng",
                                        "Kích hoạt tổ công tác; phát hành thông tin ban đầu; chỉ định một người phát ngôn duy nhất",
                                    ],
                                    [
                                        "4. Kiểm soát",
                                        "Cập nhật đều đặn theo lịch đã hẹn; trả lời báo chí; phản bác tin sai; phối hợp cơ quan liên quan",
                                    ],
                                    [
                                        "5. Phục hồi",
                                        "Công bố kết quả xử lý, biện pháp khắc phục; đánh giá, rút kinh nghiệm; cập nhật kịch bản",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Tổ công tác xử lý khủng hoảng"),
                        (
                            "paragraph",
                            "<p>Tổ công tác thường gồm lãnh đạo cơ quan, người phát ngôn, bộ phận truyền thông, đơn vị chuyên môn liên quan và bộ phận pháp chế. Tổ cần thống nhất ngay từ đầu: ai quyết định nội dung, ai phát ngôn, ai theo dõi dư luận, ai liên lạc với cơ quan phối hợp. <b>Một tiếng nói duy nhất</b> là nguyên tắc quan trọng nhất: nhiều người cùng phát ngôn với thông tin vênh nhau sẽ làm khủng hoảng trầm trọng hơn.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Danh mục kiểm tra trong giờ đầu tiên",
                                "items": [
                                    "Người đứng đầu đã được báo cáo.",
                                    "Tổ công tác đã được triệu tập, đã phân công vai trò.",
                                    "Thông tin ban đầu đã được phát hành hoặc có giờ phát hành cụ thể.",
                                    "Đã thống nhất một người phát ngôn duy nhất.",
                                    "Đã thông báo cho cán bộ, công chức không tự ý phát ngôn, bình luận.",
                                    "Đã bắt đầu ghi nhật ký diễn biến và các quyết định.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Sự cố nước sinh hoạt có mùi lạ",
                                "body": "<p>Buổi sáng, nhiều hộ dân ở thành phố R phản ánh trên mạng xã hội nước máy có mùi lạ; hình ảnh được chia sẻ nhanh, kèm tin đồn nguồn nước bị nhiễm độc. Trong hai giờ, Ủy ban nhân dân thành phố phát thông tin ban đầu: đã nhận phản ánh, đã lấy mẫu nước, khuyến cáo người dân tạm thời không dùng nước máy để ăn uống, và hẹn công bố kết quả lúc 17 giờ. Đúng hẹn, người phát ngôn công bố kết quả xét nghiệm ban đầu và phương án cấp nước thay thế. Các cập nhật sau đó đều đúng giờ. Khi sự cố được khắc phục, thành phố công bố nguyên nhân và biện pháp phòng ngừa. Nhờ chủ động, thông tin chính thức luôn đi trước tin đồn.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "thong-tin-ban-dau-va-thong-cao-giu-cho",
                                "theo-doi-du-luan-phat-hien-tin-sai",
                                "ung-xu-cua-nguoi-phat-ngon",
                            ],
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Chương 8
        # ------------------------------------------------------------------
        {
            "slug": "truyen-thong-co-so-va-vung-dac-thu",
            "title": "Truyền thông ở cơ sở và vùng đồng bào dân tộc thiểu số, miền núi, biên giới",
            "introduction": (
                "<p>Cấp xã là nơi chính sách chạm tới người dân. Chương này hướng dẫn tổ chức công tác "
                "thông tin cơ sở trong mô hình chính quyền địa phương hai cấp và truyền thông phù hợp với "
                "đặc thù vùng đồng bào dân tộc thiểu số, miền núi, biên giới.</p>"
            ),
            "sections": [
                {
                    "slug": "thong-tin-co-so-cap-xa",
                    "title": "Công tác thông tin cơ sở ở cấp xã sau sắp xếp",
                    "summary": "Tổ chức công tác thông tin cơ sở và phát ngôn ở cấp xã trong mô hình chính quyền địa phương hai cấp từ ngày 01 tháng 7 năm 2025.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Từ ngày 01 tháng 7 năm 2025, chính quyền địa phương được tổ chức theo hai cấp; cả nước có 3.321 đơn vị hành chính cấp xã. Sau hợp nhất, nhiều xã có diện tích và dân số lớn gấp nhiều lần trước đây, khoảng cách từ thôn xa nhất đến trụ sở xã cũng tăng lên. Cấp xã nhận thêm nhiều nhiệm vụ trước đây thuộc cấp huyện, nên nhu cầu thông tin, giải thích chính sách trực tiếp cho người dân càng lớn.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Công tác thông tin cơ sở ở cấp xã nay do <b>Phòng Văn hóa - Xã hội</b> thuộc Ủy ban nhân dân cấp xã đảm nhiệm. Chủ tịch Ủy ban nhân dân cấp xã là người phát ngôn của chính quyền xã. Dự thảo nghị định thay thế Nghị định số 09/2017/NĐ-CP được cho là sẽ đưa Ủy ban nhân dân cấp xã vào phạm vi điều chỉnh; cấp xã nên chủ động chuẩn bị từ bây giờ.</p>",
                        ),
                        ("heading", "Các kênh thông tin ở cơ sở"),
                        (
                            "table",
                            {
                                "caption": "Kênh thông tin cơ sở và cách sử dụng hiệu quả",
                                "header": ["Kênh", "Thế mạnh", "Cách dùng hiệu quả"],
                                "rows": [
                                    [
                                        "Đài truyền thanh cấp xã, loa ở thôn, tổ dân phố",
                                        "Phủ rộng, đến cả người không dùng điện thoại thông minh",
                                        "Bản tin ngắn, phát nhắc lại nhiều lần vào giờ người dân ở nhà",
                                    ],
                                    [
                                        "Họp thôn, tổ dân phố",
                                        "Trao đổi trực tiếp, giải đáp ngay",
                                        "Chuẩn bị sẵn hỏi đáp; ghi lại thắc mắc để báo cáo lên trên",
                                    ],
                                    [
                                        "Bảng tin tại trụ sở, nhà văn hóa",
                                        "Lưu giữ thông tin lâu, dễ tra lại",
                                        "Chữ to, ngắn gọn, có số điện thoại hỏi đáp",
                                    ],
                                    [
                                        "Nhóm trên ứng dụng nhắn tin, trang mạng xã hội của xã",
                                        "Nhanh, tương tác hai chiều",
                                        "Chỉ đăng thông tin đã xác nhận; có người phụ trách trả lời",
                                    ],
                                ],
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kiểm tra công tác thông tin cơ sở cấp xã",
                                "items": [
                                    "Đã phân công công chức Phòng Văn hóa - Xã hội phụ trách thông tin cơ sở và người thay thế.",
                                    "Thông tin liên hệ của người phát ngôn cấp xã đã được công khai và gửi về tỉnh theo hướng dẫn.",
                                    "Hệ thống loa ở các thôn thuộc xã cũ đã được rà soát, kết nối lại sau hợp nhất.",
                                    "Có mạng lưới đầu mối ở từng thôn, tổ dân phố để chuyển thông tin hai chiều.",
                                    "Có quy trình báo cáo nhanh lên tỉnh khi phát hiện tin đồn, vấn đề nóng.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Xã mới, thông báo cũ",
                                "body": "<p>Sau hợp nhất, xã S chuyển bộ phận tiếp nhận hồ sơ về trụ sở mới cách một số thôn hơn 20 km. Thông báo chỉ được phát trên loa của khu trung tâm, nên nhiều người dân ở các thôn xa vẫn đến trụ sở cũ. Phòng Văn hóa - Xã hội đã lập danh sách trưởng thôn làm đầu mối, gửi bản tin ngắn qua nhóm nhắn tin để các thôn phát lại trên loa, dán thông báo tại nhà văn hóa các thôn và bố trí điểm hỗ trợ lưu động theo lịch cố định hằng tuần.</p>",
                            },
                        ),
                        (
                            "related",
                            [
                                "bo-may-sau-sap-xep-2025",
                                "truyen-thong-vung-dong-bao-dan-toc-thieu-so",
                                "noi-dung-so-ve-chinh-sach",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "truyen-thong-vung-dong-bao-dan-toc-thieu-so",
                    "title": "Truyền thông ở vùng đồng bào dân tộc thiểu số và miền núi",
                    "summary": "Cách chọn ngôn ngữ, người truyền tải, thời điểm và hình thức phù hợp khi truyền thông chính sách ở vùng đồng bào dân tộc thiểu số, miền núi.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Vùng đồng bào dân tộc thiểu số và miền núi thường có địa bàn rộng, dân cư phân tán, hạ tầng viễn thông chưa đồng đều và nhiều người, nhất là người cao tuổi và phụ nữ, chưa thông thạo tiếng Việt. Đây cũng là địa bàn mà các đối tượng xấu thường lợi dụng để tung tin xuyên tạc về chính sách dân tộc, tôn giáo, đất đai. Truyền thông ở đây đòi hỏi sự kiên trì, tôn trọng văn hóa và dựa vào con người nhiều hơn công nghệ.</p>",
                        ),
                        ("heading", "Bốn yếu tố then chốt"),
                        (
                            "paragraph",
                            "<ul><li><b>Ngôn ngữ:</b> dùng tiếng dân tộc khi cần; bản dịch phải do người thông thạo cả hai ngôn ngữ thực hiện và được đọc thử với người dân trước khi phát.</li><li><b>Người truyền tải:</b> người có uy tín trong cộng đồng, già làng, trưởng bản, cán bộ là người dân tộc tại chỗ thường được tin hơn văn bản.</li><li><b>Thời điểm, địa điểm:</b> tránh mùa vụ bận rộn; tận dụng phiên chợ, ngày hội, buổi sinh hoạt cộng đồng.</li><li><b>Hình thức:</b> ưu tiên hình ảnh, câu chuyện, ví dụ từ chính bản làng; hạn chế chữ viết và số liệu.</li></ul>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "Điểm chính",
                                "items": [
                                    "Tôn trọng phong tục, tập quán; tìm hiểu trước những điều kiêng kỵ của cộng đồng.",
                                    "Bồi dưỡng, cung cấp thông tin thường xuyên cho người có uy tín để họ giải thích đúng chính sách.",
                                    "Chọn ví dụ gần với đời sống: cây trồng, vật nuôi, rừng, nước, trường học của bản.",
                                    "Luôn có cách để người dân hỏi lại: số điện thoại của cán bộ xã, buổi gặp định kỳ.",
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Hướng dẫn chính sách qua người có uy tín",
                                "body": "<p>Khi triển khai một chương trình hỗ trợ nhà ở, xã T thấy nhiều hộ không đăng ký vì lo ngại phải trả lại tiền hoặc mất đất. Thay vì chỉ phát tài liệu, xã mời các trưởng bản và người có uy tín dự một buổi trao đổi, giải thích kỹ điều kiện và quyền lợi bằng tiếng dân tộc, kèm hình ảnh ngôi nhà đã hoàn thành ở bản bên. Những người này sau đó trực tiếp trò chuyện với từng hộ. Số hộ đăng ký tăng lên, và các thắc mắc được gửi ngược về xã qua chính họ.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Chuẩn bị tài liệu cho vùng đồng bào dân tộc thiểu số",
                                "items": [
                                    "Bản tiếng Việt dễ hiểu đã được duyệt trước khi dịch.",
                                    "Bản dịch đã được kiểm tra bởi người thứ hai thông thạo tiếng dân tộc.",
                                    "Hình ảnh minh họa phù hợp với trang phục, nhà ở, cảnh quan của địa phương.",
                                    "Có bản ghi âm để phát trên loa và chia sẻ qua điện thoại.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "thong-tin-co-so-cap-xa",
                                "truyen-thong-vung-bien-gioi",
                                "viet-ngon-ngu-de-hieu",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "truyen-thong-vung-bien-gioi",
                    "title": "Truyền thông ở khu vực biên giới",
                    "summary": "Đặc thù thông tin ở các xã biên giới, phối hợp với lực lượng Biên phòng và cách phòng ngừa tin đồn, lừa đảo xuyên biên giới.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Ở nhiều xã biên giới, sóng phát thanh, truyền hình và mạng di động từ bên kia biên giới có thể mạnh hơn sóng trong nước; người dân có quan hệ thân tộc, giao thương qua lại thường xuyên. Thông tin chính thống vì vậy phải cạnh tranh với nhiều nguồn khác, trong đó có cả tin đồn, lời mời chào việc làm, buôn bán trái phép. Thông tin kịp thời, dễ hiểu là lá chắn đầu tiên bảo vệ người dân.</p>",
                        ),
                        ("heading", "Phối hợp với lực lượng tại chỗ"),
                        (
                            "paragraph",
                            "<p>Đồn Biên phòng, công an xã, nhà trường và các đoàn thể là những lực lượng gắn bó với dân nhất ở khu vực biên giới. Ủy ban nhân dân cấp xã nên thống nhất với các lực lượng này về nội dung, lịch tuyên truyền, để cùng một thông điệp được nhắc lại qua nhiều người, tránh mỗi nơi nói một kiểu. Những thông tin nhạy cảm liên quan đến quốc phòng, an ninh, đối ngoại phải được cung cấp đúng thẩm quyền.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Một số chủ đề thông tin thường gặp ở khu vực biên giới",
                                "header": ["Chủ đề", "Nguy cơ", "Nội dung truyền thông gợi ý"],
                                "rows": [
                                    [
                                        "Việc làm bên kia biên giới",
                                        "Lừa đảo, mua bán người, lao động trái phép",
                                        "Dấu hiệu nhận biết lời mời chào lừa đảo; nơi tư vấn việc làm hợp pháp; số điện thoại khẩn cấp",
                                    ],
                                    [
                                        "Xuất nhập cảnh, qua lại biên giới",
                                        "Vi phạm quy định, bị xử lý",
                                        "Giấy tờ cần có; cửa khẩu, lối mở được phép; nơi hỏi thủ tục",
                                    ],
                                    [
                                        "Chính sách hỗ trợ cư dân biên giới",
                                        "Hiểu sai điều kiện, bị kẻ xấu lợi dụng thu tiền",
                                        "Ai được hưởng, thủ tục ở đâu, không mất phí trung gian",
                                    ],
                                    [
                                        "Dịch bệnh, hàng hóa không rõ nguồn gốc",
                                        "Lây lan bệnh, ảnh hưởng sức khỏe",
                                        "Khuyến cáo phòng bệnh; cách nhận biết hàng kém chất lượng",
                                    ],
                                ],
                            },
                        ),
                        (
                            "example",
                            {
                                "title": "Tình huống: Lời mời việc làm lương cao",
                                "body": "<p>Tại xã biên giới V, nhiều thanh niên nhận được tin nhắn mời sang bên kia biên giới làm việc với mức lương rất cao, không cần giấy tờ. Cán bộ thông tin cơ sở phát hiện qua trao đổi với các gia đình, báo cáo Ủy ban nhân dân xã. Xã phối hợp với đồn Biên phòng tổ chức các buổi nói chuyện tại trường học và nhà văn hóa, phát bản tin song ngữ trên loa, kể lại câu chuyện có thật đã được cơ quan chức năng công bố về những nạn nhân bị lừa. Số điện thoại của đồn Biên phòng được dán tại các điểm sinh hoạt cộng đồng để người dân báo tin khi nghi ngờ.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Điểm chính",
                                "items": [
                                    "Thông tin chính thống phải đến sớm hơn và dễ hiểu hơn các nguồn tin trôi nổi.",
                                    "Phối hợp với đồn Biên phòng, công an xã, nhà trường để thống nhất thông điệp.",
                                    "Thông tin liên quan đến quốc phòng, an ninh, đối ngoại chỉ cung cấp đúng thẩm quyền.",
                                    "Luôn kèm số điện thoại, địa chỉ cụ thể để người dân báo tin hoặc hỏi thêm.",
                                ],
                            },
                        ),
                        (
                            "related",
                            [
                                "truyen-thong-vung-dong-bao-dan-toc-thieu-so",
                                "phan-bac-thong-tin-sai-lech",
                                "thong-tin-co-so-cap-xa",
                            ],
                        ),
                    ],
                },
            ],
        },
    ],
}
