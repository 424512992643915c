"""Nội dung mẫu của các khóa học (chỉ chứa dữ liệu). Các tình huống là giả định; mọi dẫn chiếu pháp lý
ghi số hiệu văn bản để biên tập viên rà soát khi văn bản thay đổi."""

from __future__ import annotations

INDEX = {
    "slug": "khoa-hoc",
    "title": "Khóa học",
    "intro": (
        "<p>Các khóa bồi dưỡng kỹ năng truyền thông chính sách dành cho cán bộ làm công tác truyền thông, "
        "người phát ngôn, phóng viên, biên tập viên và cán bộ thông tin cơ sở. Mỗi khóa có phần học trực tuyến "
        "(đọc và tự đánh dấu hoàn thành từng bài) và các lớp tập huấn trực tiếp hoặc trực tuyến trong năm.</p>"
    ),
}

COURSES = [
    {
        "slug": "ky-nang-truyen-thong-chinh-sach",
        "title": "Kỹ năng truyền thông chính sách",
        "summary": (
            "Truyền thông chính sách là nhiệm vụ của cơ quan hành chính nhà nước các cấp: khóa học giúp cán bộ "
            "lập kế hoạch truyền thông theo chu trình chính sách, chọn thông điệp và kênh, viết cho người dân dễ "
            "hiểu và xử lý thông tin sai lệch."
        ),
        "audience": ["communication_officer", "spokesperson"],
        "hours": "16",
        "objectives": (
            "<ul><li>Giải thích được vì sao truyền thông phải đi cùng chính sách từ khi hoạch định đến khi đánh giá.</li>"
            "<li>Lập được kế hoạch truyền thông năm của cơ quan với mục tiêu, công chúng, thông điệp, kênh và chỉ số đo.</li>"
            "<li>Viết được thông điệp chính và bộ hỏi - đáp bằng ngôn ngữ dễ hiểu.</li>"
            "<li>Nhận diện sớm và phản bác được thông tin sai lệch về chính sách.</li></ul>"
        ),
        "lessons": [
            {
                "slug": "vi-sao-truyen-thong-chinh-sach",
                "title": "Vì sao truyền thông chính sách là nhiệm vụ của cơ quan nhà nước",
                "minutes": 20,
                "intro": "Khái niệm, mục tiêu và vị trí của truyền thông trong quản lý nhà nước.",
                "body": [
                    (
                        "text",
                        "<p>Một chính sách tốt nhưng người dân không biết, không hiểu hoặc hiểu sai thì khó đi vào cuộc sống. Truyền thông chính sách là hoạt động chủ động, có kế hoạch của cơ quan nhà nước để <b>thông tin, giải thích và đối thoại</b> về chính sách: vì sao cần, giải quyết vấn đề gì, ai được hưởng lợi, ai phải thay đổi và thực hiện thế nào.</p><p>Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ xác định truyền thông chính sách là nhiệm vụ, chức năng của các cơ quan hành chính nhà nước các cấp, trong đó báo chí là kênh chủ lực. Vì vậy, truyền thông không phải việc làm thêm khi có thời gian mà gắn với trách nhiệm của người đứng đầu.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Điểm chính",
                            "points": [
                                "Truyền thông đi cùng chính sách trong cả chu trình, không chỉ sau khi ban hành.",
                                "Ba mục tiêu: thông tin đầy đủ; giải thích, thuyết phục; đối thoại và tạo đồng thuận.",
                                "Báo chí là kênh chủ lực; cổng thông tin và mạng xã hội chính thức là kênh của chính cơ quan.",
                                "Người đứng đầu chịu trách nhiệm; cán bộ truyền thông là người tham mưu và thực hiện.",
                            ],
                        },
                    ),
                    (
                        "handbook",
                        "truyen-thong-chinh-sach-la-gi",
                        "Đọc thêm khái niệm và các đặc điểm của truyền thông chính sách.",
                    ),
                    (
                        "handbook",
                        "chi-thi-07-va-quyet-dinh-407",
                        "Những yêu cầu cụ thể của Chỉ thị 07/CT-TTg và Quyết định 407/QĐ-TTg.",
                    ),
                ],
            },
            {
                "slug": "truyen-thong-theo-chu-trinh-chinh-sach",
                "title": "Truyền thông theo chu trình chính sách",
                "minutes": 25,
                "intro": "Nói gì, với ai, vào lúc nào: từ khi đề xuất đến khi đánh giá chính sách.",
                "body": [
                    (
                        "text",
                        "<p>Mỗi giai đoạn của chu trình chính sách cần một kiểu truyền thông khác nhau:</p><ul><li><b>Xác định vấn đề và đề xuất:</b> nói rõ vấn đề đang gây khó khăn cho ai, bằng số liệu và câu chuyện cụ thể.</li><li><b>Soạn thảo và lấy ý kiến:</b> công bố dự thảo, giải thích các phương án, mời góp ý và phản hồi những ý kiến đã tiếp thu hay chưa tiếp thu, vì sao.</li><li><b>Ban hành:</b> thông cáo, họp báo, tài liệu hỏi - đáp ngắn gọn về quyền và nghĩa vụ mới, thời điểm có hiệu lực.</li><li><b>Thực hiện:</b> hướng dẫn từng bước, trả lời vướng mắc, nêu gương làm tốt.</li><li><b>Đánh giá:</b> công bố kết quả, điều chỉnh.</li></ul><p>Với chính sách có tác động lớn đến xã hội, Quyết định 407/QĐ-TTg yêu cầu truyền thông ngay từ khi soạn thảo văn bản quy phạm pháp luật.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Tự kiểm tra",
                            "points": [
                                "Đã có thông tin về chính sách trước khi dư luận tự suy đoán chưa?",
                                "Ý kiến góp ý được phản hồi công khai chưa?",
                                "Người thực hiện ở cơ sở có tài liệu hướng dẫn dễ hiểu chưa?",
                            ],
                        },
                    ),
                    (
                        "handbook",
                        "truyen-thong-trong-chu-trinh-chinh-sach",
                        "Bảng việc cần làm ở từng giai đoạn.",
                    ),
                ],
            },
            {
                "slug": "lap-ke-hoach-truyen-thong",
                "title": "Lập kế hoạch truyền thông năm",
                "minutes": 30,
                "intro": "Một kế hoạch ngắn, làm được và đo được tốt hơn một kế hoạch dài.",
                "body": [
                    (
                        "text",
                        "<p>Kế hoạch truyền thông năm của một cơ quan nên trả lời sáu câu hỏi: <b>chính sách nào</b> cần ưu tiên (thường là những chính sách sắp ban hành hoặc có tác động lớn); <b>mục tiêu</b> là gì (biết, hiểu, làm theo); <b>công chúng</b> là ai và họ lấy thông tin ở đâu; <b>thông điệp chính</b> là gì; <b>kênh và hoạt động</b> nào, vào thời điểm nào; <b>đo</b> kết quả bằng chỉ số nào.</p><p>Mỗi thông điệp chính nên là một câu ngắn người dân nhắc lại được, kèm ba ý chứng minh và một lời kêu gọi hành động cụ thể.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Mẫu một dòng kế hoạch",
                            "points": [
                                "Chính sách – mục tiêu – công chúng – thông điệp – kênh – thời điểm – người chịu trách nhiệm – chỉ số.",
                                "Chỉ số đầu ra (số bài, số buổi) chưa đủ: cần chỉ số kết quả (tỷ lệ hiểu đúng, số hồ sơ nộp đúng).",
                            ],
                        },
                    ),
                    ("handbook", "ke-hoach-truyen-thong-hang-nam", "Khung kế hoạch mẫu."),
                    ("handbook", "cong-chung-thong-diep-va-kenh", "Chọn công chúng, thông điệp và kênh."),
                ],
            },
            {
                "slug": "viet-cho-nguoi-dan-de-hieu",
                "title": "Viết cho người dân dễ hiểu",
                "minutes": 20,
                "intro": "Ngôn ngữ hành chính đúng nhưng khó hiểu là một rào cản của chính sách.",
                "body": [
                    (
                        "text",
                        "<p>Hãy viết như đang giải thích cho một người dân thông minh nhưng không làm trong ngành: câu ngắn (dưới 25 chữ), mỗi đoạn một ý, động từ chủ động, thay thuật ngữ bằng từ thông dụng hoặc giải thích ngay khi dùng. Bắt đầu bằng điều người đọc quan tâm nhất: “ai được gì, phải làm gì, trước ngày nào”.</p><p>Ví dụ: thay “Đối tượng thuộc diện điều chỉnh thực hiện thủ tục theo quy định” bằng “Hộ kinh doanh có doanh thu dưới 200 triệu đồng một năm nộp tờ khai trước ngày 30/6”.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Điểm chính",
                            "points": [
                                "Điều quan trọng nhất lên đầu.",
                                "Con số, ngày tháng, địa chỉ cụ thể thay cho “theo quy định”.",
                                "Đọc lại to thành tiếng: chỗ nào vấp là chỗ cần viết lại.",
                            ],
                        },
                    ),
                    ("handbook", "viet-ngon-ngu-de-hieu", "Nhiều ví dụ viết lại câu hành chính."),
                ],
            },
            {
                "slug": "phan-bac-thong-tin-sai-lech",
                "title": "Nhận diện và phản bác thông tin sai lệch",
                "minutes": 25,
                "intro": "Theo dõi dư luận, đánh giá mức độ lan truyền và phản hồi đúng lúc.",
                "body": [
                    (
                        "text",
                        "<p>Không phải tin sai nào cũng cần phản bác công khai: phản hồi một tin ít người biết có thể làm nó lan rộng hơn. Hãy đánh giá <b>mức độ lan truyền</b> và <b>mức độ tác hại</b>. Khi cần phản hồi: nêu sự thật trước, sau đó mới nhắc đến tin sai; đưa bằng chứng có thể kiểm chứng (văn bản, số liệu, hình ảnh); dùng đúng kênh nơi tin sai đang lan; phối hợp với báo chí để thông tin chính thức đến nhanh.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Công thức phản hồi",
                            "points": [
                                "Sự thật – cảnh báo ngắn về tin sai – giải thích vì sao sai – nhắc lại sự thật.",
                                "Phản hồi sớm bằng thông tin ban đầu, cập nhật khi có thêm dữ kiện.",
                            ],
                        },
                    ),
                    ("handbook", "theo-doi-du-luan-phat-hien-tin-sai", "Cách theo dõi dư luận hằng ngày."),
                    ("handbook", "phan-bac-thong-tin-sai-lech", "Các bước phản bác và mẫu nội dung."),
                ],
            },
        ],
    },
    {
        "slug": "ky-nang-cung-cap-thong-tin-cho-bao-chi",
        "title": "Kỹ năng cung cấp thông tin cho báo chí",
        "summary": (
            "Người phát ngôn và cán bộ được giao cung cấp thông tin cho báo chí học cách chuẩn bị thông cáo, tổ "
            "chức họp báo, trả lời phỏng vấn và đưa thông tin ban đầu khi có sự cố."
        ),
        "audience": [],
        "hours": "12",
        "objectives": (
            "<ul><li>Nắm được ai được phát ngôn, theo hình thức nào và khi nào phải cung cấp thông tin.</li>"
            "<li>Viết được thông cáo báo chí theo cấu trúc kim tự tháp ngược.</li>"
            "<li>Chuẩn bị và điều hành được một cuộc họp báo.</li>"
            "<li>Trả lời phỏng vấn ngắn gọn, đúng thông điệp, kể cả khi gặp câu hỏi khó.</li></ul>"
        ),
        "lessons": [
            {
                "slug": "nguoi-phat-ngon-va-hinh-thuc-cung-cap-thong-tin",
                "title": "Người phát ngôn và các hình thức cung cấp thông tin",
                "minutes": 20,
                "intro": "Ai được nói nhân danh cơ quan, nói bằng những hình thức nào, định kỳ ra sao.",
                "body": [
                    (
                        "text",
                        "<p>Theo Nghị định số 09/2017/NĐ-CP, ở bộ và tỉnh, người phát ngôn là người đứng đầu, người được giao nhiệm vụ phát ngôn hoặc người được ủy quyền; ở cấp xã là Chủ tịch Ủy ban nhân dân. Người khác có thể cung cấp thông tin cho báo chí nhưng không nhân danh cơ quan. Tên, chức vụ, số điện thoại, thư điện tử của người phát ngôn phải được công bố.</p><p>Nghị định nêu sáu hình thức: họp báo; đăng trên cổng thông tin điện tử hoặc trang mạng xã hội chính thức; phát ngôn hoặc trả lời phỏng vấn; thông cáo báo chí hoặc trả lời bằng văn bản; giao ban báo chí; đề nghị báo chí đăng phản hồi, cải chính.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Lưu ý",
                            "points": [
                                "Quy định về phát ngôn đang thay đổi (Luật Báo chí 2025 có hiệu lực từ 01/7/2026): luôn đối chiếu văn bản hiện hành.",
                                "Có danh sách người phát ngôn cập nhật và công bố trên cổng thông tin của cơ quan.",
                            ],
                        },
                    ),
                    (
                        "handbook",
                        "nghi-dinh-09-nguoi-phat-ngon-va-hinh-thuc",
                        "Nội dung chính của Nghị định 09/2017/NĐ-CP.",
                    ),
                    (
                        "handbook",
                        "nghia-vu-dinh-ky-va-luat-bao-chi-2025",
                        "Nghĩa vụ định kỳ và những thay đổi từ Luật Báo chí 2025.",
                    ),
                ],
            },
            {
                "slug": "viet-thong-cao-bao-chi",
                "title": "Viết thông cáo báo chí",
                "minutes": 25,
                "intro": "Một thông cáo tốt trả lời đủ 5W1H ngay trong đoạn đầu.",
                "body": [
                    (
                        "text",
                        "<p>Thông cáo báo chí viết theo kiểu <b>kim tự tháp ngược</b>: tiêu đề nêu tin chính bằng động từ; đoạn mở đầu trả lời ai, làm gì, khi nào, ở đâu, vì sao, như thế nào; các đoạn sau bổ sung chi tiết theo thứ tự quan trọng giảm dần; cuối cùng là trích dẫn của lãnh đạo, đầu mối liên hệ và tài liệu kèm theo. Độ dài hợp lý: một trang.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Danh mục kiểm tra",
                            "points": [
                                "Tiêu đề dưới 15 chữ, có thông tin mới.",
                                "Số liệu đã đối chiếu nguồn; ngày tháng ghi đủ.",
                                "Có người liên hệ với số điện thoại trả lời được ngay trong ngày phát hành.",
                            ],
                        },
                    ),
                    ("handbook", "cau-truc-thong-cao-bao-chi", "Cấu trúc và mẫu thông cáo."),
                    (
                        "handbook",
                        "tra-loi-bang-van-ban-va-cai-chinh",
                        "Trả lời bằng văn bản và đề nghị cải chính.",
                    ),
                ],
            },
            {
                "slug": "to-chuc-hop-bao",
                "title": "Tổ chức họp báo",
                "minutes": 30,
                "intro": "Chuẩn bị nội dung, con người và hậu cần cho một cuộc họp báo.",
                "body": [
                    (
                        "text",
                        "<p>Họp báo chỉ nên tổ chức khi có thông tin mới đủ quan trọng. Cần chuẩn bị: thông điệp chính và thông cáo phát tại chỗ; bộ câu hỏi dự kiến kèm câu trả lời, nhất là các câu hỏi khó; phân công người chủ trì, người trả lời theo lĩnh vực; danh sách mời và thông báo trước ít nhất một ngày; địa điểm, âm thanh, phát trực tuyến nếu có. Sau họp báo: đăng toàn văn nội dung lên cổng thông tin, theo dõi các bài viết và kịp thời đính chính thông tin chưa chính xác.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Điểm chính",
                            "points": [
                                "Người chủ trì giữ thời gian và bảo đảm mỗi cơ quan báo chí có cơ hội đặt câu hỏi.",
                                "Chưa có thông tin thì hẹn thời điểm trả lời, không suy đoán.",
                            ],
                        },
                    ),
                    ("handbook", "to-chuc-hop-bao", "Quy trình và danh mục chuẩn bị họp báo."),
                    ("handbook", "chuan-bi-phat-ngon-va-hoi-dap", "Chuẩn bị phát ngôn và bộ hỏi - đáp."),
                ],
            },
            {
                "slug": "tra-loi-phong-van",
                "title": "Trả lời phỏng vấn",
                "minutes": 20,
                "intro": "Ba thông điệp, câu trả lời ngắn và cách “bắc cầu” khi gặp câu hỏi khó.",
                "body": [
                    (
                        "text",
                        "<p>Trước phỏng vấn, hãy hỏi phóng viên chủ đề, hình thức (trực tiếp, ghi hình, văn bản), thời lượng và nơi đăng. Chuẩn bị tối đa ba thông điệp, mỗi thông điệp có một ví dụ hoặc con số. Khi trả lời: câu đầu là kết luận, sau đó mới giải thích; câu trả lời cho truyền hình nên dưới 20 giây. Với câu hỏi khó, ghi nhận câu hỏi, trả lời phần thuộc thẩm quyền, rồi “bắc cầu” về thông điệp chính; không nói “miễn bình luận”.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Điểm chính",
                            "points": [
                                "Không có gì là “ngoài lề”: mọi điều nói với phóng viên đều có thể được đăng.",
                                "Không biết thì nói chưa có thông tin và hẹn thời điểm trả lời.",
                            ],
                        },
                    ),
                    ("handbook", "ky-nang-tra-loi-phong-van", "Kỹ năng trả lời phỏng vấn chi tiết."),
                ],
            },
            {
                "slug": "thong-tin-ban-dau-khi-co-su-co",
                "title": "Thông tin ban đầu khi có sự cố",
                "minutes": 20,
                "intro": "Thông tin sớm, chính xác và cập nhật đều đặn khi có sự việc bất ngờ.",
                "body": [
                    (
                        "text",
                        "<p>Khi xảy ra sự việc bất ngờ, khoảng trống thông tin sẽ nhanh chóng bị lấp đầy bởi tin đồn. Cơ quan cần đưa <b>thông tin ban đầu</b> càng sớm càng tốt: những gì đã xác nhận, những gì đang làm, khi nào cập nhật tiếp. Một “thông cáo giữ chỗ” ngắn phát hành sớm tốt hơn một thông cáo đầy đủ nhưng muộn. Sau đó cập nhật theo lịch đã hẹn cho đến khi sự việc kết thúc.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "title": "Mẫu thông tin ban đầu",
                            "points": [
                                "Sự việc gì, ở đâu, lúc nào (đã xác nhận).",
                                "Cơ quan đang làm gì; người dân cần làm gì.",
                                "Thời điểm cập nhật tiếp theo và đầu mối liên hệ.",
                            ],
                        },
                    ),
                    (
                        "handbook",
                        "thong-tin-ban-dau-va-thong-cao-giu-cho",
                        "Thông tin ban đầu và thông cáo giữ chỗ.",
                    ),
                    ("handbook", "quy-trinh-xu-ly-khung-hoang", "Quy trình xử lý khủng hoảng truyền thông."),
                ],
            },
        ],
    },
]

SESSION_TOPICS = {
    "ky-nang-truyen-thong-chinh-sach": [
        "Khai giảng. Truyền thông chính sách theo Chỉ thị 07/CT-TTg; lập kế hoạch truyền thông",
        "Viết cho người dân dễ hiểu; phản bác thông tin sai lệch. Bế giảng",
    ],
    "ky-nang-cung-cap-thong-tin-cho-bao-chi": [
        "Khai giảng. Người phát ngôn; thông cáo báo chí; thực hành họp báo",
        "Trả lời phỏng vấn; thông tin ban đầu khi có sự cố. Bế giảng",
    ],
}
