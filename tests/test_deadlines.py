"""Deadline stage: finding deadline phrases and normalizing them (ANNOTATION.md, "Deadlines").

Rows are written for these tests, not taken from the corpus. The corpus test
reads ../shared/corpus and skips cleanly without it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notice_parser.deadlines import _GRAMMARS, _fold_char, _folded, find_deadlines, parse_deadline
from notice_parser.resources import load_table
from notice_parser.textutil import fold_keep_length

D = dt.date
DOC = D(2024, 7, 25)  # the document date of every row unless the row says otherwise

# (id, language, text, doc_date, expected deadlines in order: (phrase as written, end, granularity, recurrence))
FORMS = [
    # ---- a day
    # a holiday named between the cue and its dates: its first day, the span over the whole holiday
    ("en-day-before-the-holiday", "en", "VEC completes the rest stops, put into use before the holiday April 30 - "
     "May 1, 2026.", DOC, [("before the holiday April 30 - May 1, 2026", D(2026, 4, 30), "day", None)]),
    ("vi-day-before-the-holiday", "vi", "Sở Xây dựng hoàn thành trước dịp nghỉ lễ ngày 30/4 - 1/5/2025.", DOC,
     [("hoàn thành trước dịp nghỉ lễ ngày 30/4 - 1/5/2025", D(2025, 4, 30), "day", None)]),
    ("vi-day-slash", "vi", "Bộ Tài chính báo cáo Thủ tướng Chính phủ trước ngày 20/7/2024.", DOC,
     [("trước ngày 20/7/2024", D(2024, 7, 20), "day", None)]),
    ("en-day-month-name", "en", "The Ministry of Finance shall report to the Prime Minister before July 20, 2024.", DOC,
     [("before July 20, 2024", D(2024, 7, 20), "day", None)]),
    # a day without its year or 'ngày' after 'trước': the document's year
    ("vi-day-month-after-truoc", "vi", "Sở Xây dựng thẩm định thiết kế cơ sở, xong trước 31/12.", DOC,
     [("xong trước 31/12", D(2024, 12, 31), "day", None)]),
    # the close of business between the cue and the day, as the hour is
    ("en-day-close-of-business", "en", "The Planning Division sends the list by COB Friday 4 December 2026.", DOC,
     [("by COB Friday 4 December 2026", D(2026, 12, 4), "day", None)]),
    ("vi-day-words", "vi", "Bộ Xây dựng hoàn thành trước ngày 20 tháng 12 năm 2024.", DOC,
     [("hoàn thành trước ngày 20 tháng 12 năm 2024", D(2024, 12, 20), "day", None)]),
    ("en-day-first", "en", "The Ministry of Construction shall finish the review by 20 December 2024.", DOC,
     [("by 20 December 2024", D(2024, 12, 20), "day", None)]),
    ("vi-complete-to-the-end-of-a-day", "vi", "Vụ Pháp chế trình Bộ trưởng, hoàn thành đến hết ngày 31/3/2026.", DOC,
     [("hoàn thành đến hết ngày 31/3/2026", D(2026, 3, 31), "day", None)]),
    # 'từ nay đến hết' times a task's end, where 'đến hết' alone says how long a measure lasts
    ("vi-from-now-to-the-end-of-a-year", "vi", "Sở Nội vụ hướng dẫn các cơ sở tự đánh giá, từ nay đến hết năm 2026.",
     D(2026, 11, 10), [("từ nay đến hết năm 2026", D(2026, 12, 31), "year", None)]),
    ("vi-bare-year-word-after-a-dash", "vi", "Bộ Xây dựng khắc phục sự cố trên tuyến đường sắt Bắc - Nam.",
     D(2026, 11, 10), []),
    ("vi-from-now-suspended", "vi", "Sở Xây dựng tạm dừng cấp phép từ nay đến hết tháng 6/2027.", D(2026, 11, 10), []),
    ("vi-from-now-a-campaign-lasts", "vi", "Công an tỉnh triển khai đợt cao điểm trấn áp tội phạm từ nay đến hết tháng "
     "3/2027.", D(2026, 11, 10), []),
    ("vi-measure-lasting-to-the-end-of-a-month", "vi",
     "Tạm dừng đóng quỹ hưu trí đến hết tháng 6 năm 2024. Lũy kế đến hết tháng 10/2024 đạt 50%. "
     "Phát bản tin hằng ngày từ nay đến hết tháng 02/2025.", DOC, []),
    ("vi-hour-before-day", "vi", "Tổ chức sơ tán dân, hoàn thành trước 17 giờ ngày 03 tháng 9 năm 2024.", DOC,
     [("hoàn thành trước 17 giờ ngày 03 tháng 9 năm 2024", D(2024, 9, 3), "day", None)]),
    ("vi-hour-compact", "vi", "Các tỉnh báo cáo trước 17h00 ngày 03/9/2024.", DOC,
     [("trước 17h00 ngày 03/9/2024", D(2024, 9, 3), "day", None)]),
    ("en-hour-before-day", "en", "Provinces shall report before 5 p.m. on September 3, 2024.", DOC,
     [("before 5 p.m. on September 3, 2024", D(2024, 9, 3), "day", None)]),
    ("vi-latest", "vi", "Các địa phương gửi số liệu chậm nhất ngày 15/8/2024.", DOC,
     [("chậm nhất ngày 15/8/2024", D(2024, 8, 15), "day", None)]),
    ("en-no-later-than", "en", "Localities shall send the figures no later than 15/8/2024.", DOC,
     [("no later than 15/8/2024", D(2024, 8, 15), "day", None)]),
    ("vi-latest-until-day", "vi", "Ủy ban nhân dân các tỉnh áp dụng giải pháp, hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.",
     DOC, [("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028", D(2028, 7, 1), "day", None)]),
    ("vi-on-day", "vi", "Tổ chức lễ phát động vào ngày 05/9/2024 tại Hà Nội.", DOC,
     [("vào ngày 05/9/2024", D(2024, 9, 5), "day", None)]),
    ("en-on-day", "en", "Launch the campaign on September 5, 2024 in Hanoi.", DOC,
     [("on September 5, 2024", D(2024, 9, 5), "day", None)]),
    ("vi-from-day", "vi", "Các bộ tiếp nhận hồ sơ trực tuyến từ ngày 01/7/2025.", DOC,
     [("từ ngày 01/7/2025", D(2025, 7, 1), "day", None)]),
    ("vi-before-right-after-doc-number", "vi",
     "Hoàn thành các nhiệm vụ được giao tại Nghị quyết số 82/NQ-CP trước ngày 20/8/2024.", DOC,
     [("trước ngày 20/8/2024", D(2024, 8, 20), "day", None)]),
    ("vi-doc-number-date-is-no-deadline", "vi", "Thực hiện Nghị quyết số 82/NQ-CP ngày 05/6/2024 của Chính phủ.", DOC,
     []),
    ("en-negation-then-deliverable", "en",
     "prepare a plan for the capital that has not been allocated and submitting it to the Prime Minister in "
     "September 2024.", DOC, [("in September 2024", D(2024, 9, 30), "month", None)]),
    ("en-from-day", "en", "Online filing must be implemented from June 1, 2025.", DOC,
     [("from June 1, 2025", D(2025, 6, 1), "day", None)]),
    ("vi-day-no-year", "vi", "Bộ Nội vụ trình Chính phủ trước ngày 30/6.", D(2025, 3, 2),
     [("trước ngày 30/6", D(2025, 6, 30), "day", None)]),
    ("en-day-no-year", "en", "The Ministry of Home Affairs shall submit it before February 10.", D(2017, 2, 6),
     [("before February 10", D(2017, 2, 10), "day", None)]),
    ("vi-day-no-year-no-doc-date", "vi", "trình Chính phủ trước ngày 30/6.", None,
     [("trước ngày 30/6", None, "day", None)]),
    ("vi-ocr-glyphs", "vi", "gửi Bộ Công Thương trước ngảy 15 thảng 9 nãm 2024.", DOC,
     [("trước ngảy 15 thảng 9 nãm 2024", D(2024, 9, 15), "day", None)]),
    ("vi-spaced-digits", "vi", "báo cáo trước ngày 30 / 6 / 2024.", DOC,
     [("trước ngày 30 / 6 / 2024", D(2024, 6, 30), "day", None)]),
    ("vi-dashed-digits", "vi", "báo cáo Ủy ban nhân dân tỉnh trước ngày 15-4-2026.", DOC,
     [("trước ngày 15-4-2026", D(2026, 4, 15), "day", None)]),
    ("vi-dotted-digits", "vi", "báo cáo Ủy ban nhân dân tỉnh trước ngày 15.4.2026.", DOC,
     [("trước ngày 15.4.2026", D(2026, 4, 15), "day", None)]),
    ("vi-word-segmented", "vi", "báo_cáo Thủ_tướng trước_ngày 20/7/2024 .", DOC,
     [("trước_ngày 20/7/2024", D(2024, 7, 20), "day", None)]),
    # ---- a month
    ("vi-month", "vi", "Bộ Thông tin và Truyền thông ban hành kế hoạch trong tháng 7 năm 2024.", DOC,
     [("trong tháng 7 năm 2024", D(2024, 7, 31), "month", None)]),
    ("en-month", "en", "The Ministry of Information and Communications shall issue the plan in July 2024.", DOC,
     [("in July 2024", D(2024, 7, 31), "month", None)]),
    ("vi-month-slash", "vi", "Bộ Tư pháp thẩm định dự thảo trong tháng 9/2024.", DOC,
     [("trong tháng 9/2024", D(2024, 9, 30), "month", None)]),
    ("en-month-end", "en", "The Ministry of Justice shall appraise the draft by the end of September 2024.", DOC,
     [("by the end of September 2024", D(2024, 9, 30), "month", None)]),
    ("vi-month-no-year", "vi", "trình Thủ tướng Chính phủ trong tháng 10.", DOC,
     [("trong tháng 10", D(2024, 10, 31), "month", None)]),
    ("vi-this-month", "vi", "báo cáo kết quả trong tháng này.", D(2017, 2, 6),
     [("trong tháng này", D(2017, 2, 28), "month", None)]),
    ("en-this-month", "en", "report the results to the ministry within this month.", D(2017, 2, 6),
     [("within this month", D(2017, 2, 28), "month", None)]),
    ("vi-month-list", "vi", "hoàn thành trong tháng 8 hoặc tháng 9 năm 2024.", DOC,
     [("hoàn thành trong tháng 8 hoặc tháng 9 năm 2024", D(2024, 9, 30), "month", None)]),
    # ---- a quarter
    ("vi-quarter", "vi", "trình Thủ tướng Chính phủ trong Quý II năm 2022.", DOC,
     [("trong Quý II năm 2022", D(2022, 6, 30), "quarter", None)]),
    ("en-quarter", "en", "complete the pilot project in the second quarter of 2022.", DOC,
     [("in the second quarter of 2022", D(2022, 6, 30), "quarter", None)]),
    ("vi-quarter-slash", "vi", "báo cáo Chính phủ trong quý IV/2024.", DOC,
     [("trong quý IV/2024", D(2024, 12, 31), "quarter", None)]),
    ("en-quarter-code", "en", "submit the draft decree in Q3 2024.", DOC,
     [("in Q3 2024", D(2024, 9, 30), "quarter", None)]),
    ("vi-quarter-digit", "vi", "hoàn thành trong quý 3 năm 2024.", DOC,
     [("hoàn thành trong quý 3 năm 2024", D(2024, 9, 30), "quarter", None)]),
    ("en-quarter-no-cue", "en", "For the tasks of the third quarter of 2023, the ministries shall act.", DOC,
     [("the third quarter of 2023", D(2023, 9, 30), "quarter", None)]),
    # ---- a half year
    ("vi-half-first", "vi", "hoàn thành trong 6 tháng đầu năm 2024.", DOC,
     [("hoàn thành trong 6 tháng đầu năm 2024", D(2024, 6, 30), "half_year", None)]),
    ("en-half-first", "en", "finish the connection in the first half of 2024.", DOC,
     [("in the first half of 2024", D(2024, 6, 30), "half_year", None)]),
    ("vi-half-last", "vi", "triển khai trong 6 tháng cuối năm 2024.", DOC,
     [("trong 6 tháng cuối năm 2024", D(2024, 12, 31), "half_year", None)]),
    ("en-half-last-months", "en", "In the last months of 2024, ministries shall finish the data.", DOC,
     [("In the last months of 2024", D(2024, 12, 31), "half_year", None)]),
    # ---- a year
    ("vi-year", "vi", "hoàn thành trong năm 2025.", DOC,
     [("hoàn thành trong năm 2025", D(2025, 12, 31), "year", None)]),
    ("en-year-by", "en", "By 2025, ministries shall connect every database.", DOC,
     [("By 2025", D(2025, 12, 31), "year", None)]),
    ("vi-year-clause-start", "vi", "Đến năm 2026, hoàn thành việc số hóa hồ sơ.", DOC,
     [("Đến năm 2026", D(2026, 12, 31), "year", None)]),
    ("en-year-end", "en", "Strive to achieve by the end of 2024 80% of online services.", DOC,
     [("by the end of 2024", D(2024, 12, 31), "year", None)]),
    ("vi-year-end", "vi", "phấn đấu hoàn thành trước cuối năm 2024.", DOC,
     [("hoàn thành trước cuối năm 2024", D(2024, 12, 31), "year", None)]),
    ("vi-year-end-bare", "vi", "Bộ Y tế hoàn thành trước cuối năm.", DOC,
     [("hoàn thành trước cuối năm", D(2024, 12, 31), "year", None)]),
    ("en-year-end-bare", "en", "The Ministry of Health shall finish it by the end of the year.", DOC,
     [("by the end of the year", D(2024, 12, 31), "year", None)]),
    ("en-year-early", "en", "call for bids in early 2020.", DOC,
     [("in early 2020", D(2020, 12, 31), "year", None)]),
    ("en-year-in", "en", "complete the expressway in 2026.", DOC,
     [("in 2026", D(2026, 12, 31), "year", None)]),
    ("vi-before-year", "vi", "hoàn thành trước năm 2026.", DOC,
     [("hoàn thành trước năm 2026", D(2025, 12, 31), "year", None)]),
    ("en-before-year", "en", "finish the survey before 2026.", DOC,
     [("before 2026", D(2025, 12, 31), "year", None)]),
    # ---- a range of years
    ("vi-range", "vi", "thực hiện các dự án trong giai đoạn 2021-2025.", DOC,
     [("trong giai đoạn 2021-2025", D(2025, 12, 31), "year", None)]),
    ("en-range", "en", "carry out the projects in the 2021-2025 period.", DOC,
     [("in the 2021-2025 period", D(2025, 12, 31), "year", None)]),
    ("vi-range-cell", "vi", "| 3. | Thiết lập hệ thống đăng ký | Cục Biến đổi khí hậu | 2024 - 2025 |", DOC,
     [("2024 - 2025", D(2025, 12, 31), "year", None)]),
    ("vi-month-cell", "vi", "1.    Hoàn thiện dự thảo Nghị định    Vụ Pháp chế    Tháng 8/2024\n2.    Tiếp theo", DOC,
     [("Tháng 8/2024", D(2024, 8, 31), "month", None)]),
    ("en-range-cell", "en", "| 4. | Survey the readiness | Climate Change Department | 2026-2027 |", DOC,
     [("2026-2027", D(2027, 12, 31), "year", None)]),
    # ---- relative
    ("vi-relative", "vi", "nộp phạt trong vòng 30 ngày kể từ ngày ký.", DOC,
     [("trong vòng 30 ngày kể từ ngày ký", D(2024, 8, 24), "relative", None)]),
    ("en-relative", "en", "pay the fine within 30 days of the signing date.", DOC,
     [("within 30 days of the signing date", D(2024, 8, 24), "relative", None)]),
    # hours count whole days (a dispatch's 'within 48 hours'); Vietnamese 'giờ' is an hour of the day
    ("en-relative-hours", "en", "restore electricity supply within 48 hours of receiving this dispatch.", DOC,
     [("within 48 hours of receiving this dispatch", D(2024, 7, 27), "relative", None)]),
    # counted from an event the text does not date: no end ('of receiving a complete dossier')
    ("en-relative-event", "en", "issue the licence within 45 days of receiving a complete dossier.", DOC,
     [("within 45 days of receiving a complete dossier", None, "relative", None)]),
    ("en-relative-event-hours", "en", "restore electricity supply within 48 hours after the storm passes.", DOC,
     [("within 48 hours after the storm passes", None, "relative", None)]),
    ("vi-relative-event", "vi", "báo cáo trong vòng 10 ngày kể từ ngày kết thúc đợt kiểm tra.", DOC,
     [("trong vòng 10 ngày kể từ ngày kết thúc đợt kiểm tra", None, "relative", None)]),
    ("en-relative-decision-signing", "en", "issue the plan within 30 days of the Decision's signing.", DOC,
     [("within 30 days of the Decision's signing", D(2024, 8, 24), "relative", None)]),
    # the document's effective date, where a sentence states it: an anchor, and a deadline after 'before'
    ("en-effective-date", "en", "The Decree takes effect on September 1, 2024. MOHA shall put the platform "
     "into operation before the Decree takes effect and issue templates within 30 days from the effective date.",
     DOC, [("on September 1, 2024", D(2024, 9, 1), "day", None),
           ("before the Decree takes effect", D(2024, 9, 1), "relative", None),
           ("within 30 days from the effective date", D(2024, 10, 1), "relative", None)]),
    ("vi-effective-date", "vi", "Nghị định này có hiệu lực thi hành từ ngày 01/9/2024. Bộ Nội vụ ban hành mẫu "
     "trong thời hạn 30 ngày kể từ ngày Nghị định này có hiệu lực.", DOC,
     [("trong thời hạn 30 ngày kể từ ngày Nghị định này có hiệu lực", D(2024, 10, 1), "relative", None)]),
    # the document's own statement decides ('Quyết định này … kể từ ngày ký'), not a law's it cites
    ("vi-effective-date-own-statement", "vi", "Luật Đất đai có hiệu lực từ ngày 01/8/2024. Sở Xây dựng báo cáo "
     "trong vòng 30 ngày kể từ ngày Quyết định này có hiệu lực. Quyết định này có hiệu lực kể từ ngày ký.", DOC,
     [("trong vòng 30 ngày kể từ ngày Quyết định này có hiệu lực", D(2024, 8, 24), "relative", None)]),
    # a meeting to hold ('a … session in …') has its deadline; 'the meeting in May' names a past one
    ("en-a-session-to-hold", "en", "run a pilot trading session in the fourth quarter of 2024.", DOC,
     [("in the fourth quarter of 2024", D(2024, 12, 31), "quarter", None)]),
    ("en-the-meeting-in-a-month", "en", "as agreed at the meeting in May 2024, report the results.", DOC, []),
    # the opening days of a month end on their last day, not the month's
    ("en-first-ten-days-of-a-month", "en", "send the quotas in the first ten days of August 2024.", DOC,
     [("in the first ten days of August 2024", D(2024, 8, 10), "day", None)]),
    ("en-first-week-of-a-month", "en", "report the results in the first week of September 2024.", DOC,
     [("in the first week of September 2024", D(2024, 9, 7), "day", None)]),
    ("vi-first-ten-days-of-a-month", "vi", "báo cáo trong 10 ngày đầu tháng 8/2024.", DOC,
     [("trong 10 ngày đầu tháng 8/2024", D(2024, 8, 10), "day", None)]),
    # a count of days back from an event names no day the document's date gives
    ("en-days-before-an-event", "en", "Village heads shall post the schedule within 3 days before the vaccination day.",
     DOC, []),
    # a half-yearly list of days: the first to fall due on or after the document's date
    ("en-half-yearly-listed-days", "en", "Send reports every six months, by January 20 and July 20.",
     D(2024, 10, 20), [("by January 20 and July 20", D(2025, 1, 20), "day", "half_yearly")]),
    ("vi-half-yearly-listed-days", "vi", "Báo cáo 6 tháng một lần trước ngày 15/6 và 15/12.",
     D(2024, 12, 20), [("trước ngày 15/6 và 15/12", D(2025, 6, 15), "day", "half_yearly")]),
    ("vi-first-fifteen-days-of-the-month", "vi", "báo cáo trong 15 ngày đầu tiên của tháng 9/2024.", DOC,
     [("trong 15 ngày đầu tiên của tháng 9/2024", D(2024, 9, 15), "day", None)]),
    ("vi-first-week-of-a-month", "vi", "hoàn thành trong tuần đầu tháng 9/2024.", DOC,
     [("hoàn thành trong tuần đầu tháng 9/2024", D(2024, 9, 7), "day", None)]),
    # 'year-end': the end of the document's year; attributive before a noun it is an event's name
    ("en-by-year-end", "en", "complete a national map by year-end.", DOC, [("by year-end", D(2024, 12, 31), "year", None)]),
    ("en-before-the-year-end", "en", "finish it before the year-end.", DOC,
     [("before the year-end", D(2024, 12, 31), "year", None)]),
    ("en-year-end-session-is-an-event", "en", "submit them before the year-end session of the Council.", DOC,
     [("before the year-end session of the Council", None, "relative", None)]),
    ("en-year-end-of-a-named-year", "en", "pay the allowances by year-end 2026.", DOC,
     [("by year-end 2026", D(2026, 12, 31), "year", None)]),
    # the date a cited document was signed is no deadline
    ("en-signed-on-date-of-a-cited-document", "en", "In Directive No. 38/CT-TTg signed on Monday (December 14), the PM "
     "said the ministry must act.", DOC, []),
    # a year after 'the' before a noun names the thing ('the 2026 rainy season'), no deadline
    ("en-year-naming-a-season", "en", "keep forces on standby throughout the 2026 rainy season.", DOC, []),
    ("en-year-naming-a-holiday", "en", "finish the campaign before the 2027 Lunar New Year.", DOC,
     [("before the 2027 Lunar New Year", None, "relative", None)]),  # the holiday's year, no year's end
    # counted from the end of each period: the first such due date on or after the document's date
    ("en-days-after-each-quarter-end", "en", "Send the reports within 45 days after the end of each quarter.",
     D(2024, 11, 2), [("within 45 days after the end of each quarter", D(2024, 11, 14), "day", "quarterly")]),
    ("vi-days-after-each-quarter-end", "vi", "Báo cáo trong vòng 15 ngày kể từ ngày kết thúc mỗi quý.",
     D(2024, 11, 2), [("trong vòng 15 ngày kể từ ngày kết thúc mỗi quý", D(2025, 1, 15), "day", "quarterly")]),
    # … but not from the end of another period ('năm học', the school year) nor of the one month of an event
    ("vi-days-after-a-school-year-end", "vi", "Báo cáo trong vòng 30 ngày sau khi kết thúc năm học 2026-2027.",
     D(2024, 11, 2), [("trong vòng 30 ngày sau khi kết thúc năm học 2026-2027", None, "relative", None)]),
    # 'tuần sau khi' is 'in the week after', no next week; a participle before 'this week' tells when it was done
    ("vi-week-after-an-event", "vi", "Sở Tài chính tổng hợp báo cáo trong tuần sau khi kết thúc đợt kiểm tra.", DOC,
     []),
    ("en-done-this-week", "en", "review the fees announced this week.", DOC, []),
    # a recurrence and its start written before the cue: the first due date from the start
    ("en-fronted-recurrence-with-start", "en", "Every year from 2027, before 31 October, report the results.", DOC,
     [("before 31 October", D(2027, 10, 31), "day", "yearly")]),
    ("vi-fronted-recurrence-with-start", "vi", "Hằng năm, kể từ năm 2027, trước ngày 31/10, báo cáo Bộ.", DOC,
     [("trước ngày 31/10", D(2027, 10, 31), "day", "yearly")]),
    # a recurrence's run up to a day with its year: the phrase ends there, the start takes that year
    ("en-recurrence-run-takes-the-last-days-year", "en", "report by 4 p.m. every day from January 25 to February "
     "12, 2027.", D(2026, 12, 10), [("by 4 p.m. every day from January 25 to February 12, 2027", D(2027, 1, 25), "day",
                                     "daily")]),
    # a span of months over a year's end: the later month
    ("en-month-span-over-years", "en", "complete the pilot in Dec 2026 - Jun 2027.", DOC,
     [("in Dec 2026 - Jun 2027", D(2027, 6, 30), "month", None)]),
    ("vi-month-span-over-years", "vi", "hoàn thành thí điểm trong tháng 12/2026 - tháng 6/2027.", DOC,
     [("trong tháng 12/2026 - tháng 6/2027", D(2027, 6, 30), "month", None)]),
    # the document's calendar week (Monday to Sunday) or the next: the Sunday, granularity relative
    ("vi-this-week", "vi", "gửi Bộ Tài chính ngay trong tuần này.", DOC,
     [("ngay trong tuần này", D(2024, 7, 28), "relative", None)]),
    ("vi-next-week", "vi", "báo cáo Thủ tướng trong tuần tới.", DOC,
     [("trong tuần tới", D(2024, 8, 4), "relative", None)]),
    ("en-this-week-without-cue", "en", "The Ministry shall, this week, publish the list.", DOC,
     [("this week", D(2024, 7, 28), "relative", None)]),
    ("en-by-next-week", "en", "submit the draft by next week.", DOC,
     [("by next week", D(2024, 8, 4), "relative", None)]),
    # a weekday of this or next week: that day ('before' it is that day too, as for a date); 'thứ Sáu' is no
    # count of six, and the 'Tư' of 'thứ Tư' no 'từ'
    ("vi-weekday-of-this-week", "vi", "hoàn thiện hồ sơ trước thứ Sáu tuần này.", DOC,
     [("trước thứ Sáu tuần này", D(2024, 7, 26), "day", None)]),
    ("vi-weekday-of-next-week", "vi", "khởi công trong thứ Hai tuần sau.", DOC,
     [("trong thứ Hai tuần sau", D(2024, 7, 29), "day", None)]),
    ("en-weekday-of-next-week", "en", "submit the report by Friday next week.", DOC,
     [("by Friday next week", D(2024, 8, 2), "day", None)]),
    ("vi-six-weeks", "vi", "gửi báo cáo trong sáu tuần.", DOC, [("trong sáu tuần", D(2024, 9, 5), "relative", None)]),
    ("vi-weekday-then-date", "vi", "chuẩn bị nội dung chậm nhất thứ Tư, ngày 31/7/2024.", DOC,
     [("chậm nhất thứ Tư, ngày 31/7/2024", D(2024, 7, 31), "day", None)]),
    ("vi-digit-weekday-of-next-week", "vi", "gửi hồ sơ chậm nhất thứ 6 tuần sau.", DOC,
     [("chậm nhất thứ 6 tuần sau", D(2024, 8, 2), "day", None)]),
    # a time after a dash at a line's end is an item's deadline ('Agency → action — 2025'), not the end of a range
    ("en-time-after-a-dash", "en", "Ministry of Finance → publish the roadmap — 2025\n", DOC,
     [("2025", D(2025, 12, 31), "year", None)]),
    ("en-range-before-a-dash", "en", "inspect the works in the period 15/4 – 30/5/2025\n", DOC, []),
    ("en-months-before-a-dash", "en", "run the pilot in the months January – March 2025\n", DOC, []),
    ("vi-weekly-is-no-week", "vi", "báo cáo hằng tuần.", DOC, []),
    ("vi-week-of-a-past-event", "vi", "Tuần này, Bộ đã tổ chức hội nghị.", DOC, []),
    # a weekday between the cue (and its hour) and the date
    ("en-weekday-before-bracketed-date", "en", "guide the vessels to shelters no later than 8 p.m. on Tuesday "
     "(August 13).", DOC, [("no later than 8 p.m. on Tuesday (August 13)", D(2024, 8, 13), "day", None)]),
    ("vi-weekday-before-date", "vi", "hoàn thành trước 17 giờ thứ Ba, ngày 13/8.", DOC,
     [("hoàn thành trước 17 giờ thứ Ba, ngày 13/8", D(2024, 8, 13), "day", None)]),
    # a day named by its distance from the document's date, with or without an hour before it
    ("vi-hour-today", "vi", "Bộ Y tế báo cáo trước 16 giờ 30 hôm nay.", DOC,
     [("trước 16 giờ 30 hôm nay", D(2024, 7, 25), "day", None)]),
    ("vi-hour-tomorrow", "vi", "Sở Tài chính gửi số liệu trước 15h ngày mai.", DOC,
     [("trước 15h ngày mai", D(2024, 7, 26), "day", None)]),
    ("vi-within-today", "vi", "Các xã báo cáo trong ngày hôm nay.", DOC,
     [("trong ngày hôm nay", D(2024, 7, 25), "day", None)]),
    ("vi-hour-of-the-day-part", "vi", "báo cáo trước 12 giờ trưa ngày 27/7.", DOC,
     [("trước 12 giờ trưa ngày 27/7", D(2024, 7, 27), "day", None)]),
    ("vi-clock-hour", "vi", "báo cáo trước 17:00 ngày 27/7.", DOC,
     [("trước 17:00 ngày 27/7", D(2024, 7, 27), "day", None)]),
    ("vi-today-without-cue", "vi", "Cuộc họp hôm nay đã thống nhất nội dung.", DOC, []),
    ("en-hour-today", "en", "Communes shall call the vessels back before 5 PM today.", DOC,
     [("before 5 PM today", D(2024, 7, 25), "day", None)]),
    ("en-by-tomorrow", "en", "The Ministry shall report by tomorrow.", DOC, [("by tomorrow", D(2024, 7, 26), "day", None)]),
    ("en-noon-before-date", "en", "The Ministry shall report by noon on July 29, 2024.", DOC,
     [("by noon on July 29, 2024", D(2024, 7, 29), "day", None)]),
    ("en-tomorrows-names-a-thing", "en", "The Ministry shall prepare for tomorrow's meeting.", DOC, []),
    ("en-today-without-document-date", "en", "Communes shall report before 5 PM today.", None, []),
    ("vi-listed-day-with-month-word", "vi", "báo cáo trước ngày 15 tháng 6 và 15 tháng 12 năm 2025.", DOC,
     [("trước ngày 15 tháng 6 và 15 tháng 12 năm 2025", D(2025, 6, 15), "day", None)]),
    ("en-half-of-a-month", "en", "report any shortage to the Government in the second half of August.", DOC,
     [("in the second half of August", D(2024, 8, 31), "month", None)]),
    # a span from one time to another: how long something lasts, neither end a deadline
    ("en-from-hour-until-event", "en", "ban boats from going to sea from noon on July 26 until the storm has passed.",
     DOC, []),
    ("en-from-today-until", "en", "ban all boats from 10 AM today until the warning is lifted.", DOC, []),
    ("vi-from-hour-until-event", "vi", "cấm tàu thuyền ra khơi kể từ 12 giờ 00 ngày 17/9/2024 cho đến khi bão tan.",
     DOC, []),
    ("vi-from-month-to-month", "vi", "Thí điểm thu phí: từ tháng 8/2024 đến tháng 12/2024.", DOC, []),
    ("vi-from-day-to-end-of-day", "vi", "tạm dừng đào đường từ ngày 01/10 đến hết ngày 31/12/2024.", DOC, []),
    ("vi-from-day-alone", "vi", "áp dụng mức phí mới từ ngày 01/10/2024.", DOC,
     [("từ ngày 01/10/2024", D(2024, 10, 1), "day", None)]),
    # a day written '20/12' in an English translation: after 'before'/'by', recurring or in a cell; not a ratio
    ("en-numeric-day-month-recurring", "en", "report the results to the Ministry before 20/12 annually.", DOC,
     [("before 20/12 annually", D(2024, 12, 20), "day", "yearly")]),
    ("en-numeric-ratio-is-no-day", "en", "carry out the survey in 2/3 of the provinces.", DOC, []),
    ("en-effective-date-of-the-decree-not-of-a-review", "en", "The decree takes effect on 1 January 2025. The "
     "reclassification takes effect from the September 2024 review. Exchanges shall amend their rules before the "
     "decree takes effect.", DOC,
     [("on 1 January 2025", D(2025, 1, 1), "day", None),
      ("before the decree takes effect", D(2025, 1, 1), "relative", None)]),
    ("en-effective-until-is-no-effective-date", "en", "The Decree is effective until December 31, 2027. "
     "Report within 30 days from the effective date.", DOC,
     [("within 30 days from the effective date", D(2024, 8, 24), "relative", None)]),
    # counted from the document under other words: today, a received letter, 'this Official Letter'
    ("en-relative-from-today", "en", "report within 30 days from today.", DOC,
     [("within 30 days from today", D(2024, 8, 24), "relative", None)]),
    ("vi-relative-from-received-letter", "vi", "báo cáo trong vòng 10 ngày kể từ ngày nhận được văn bản.", DOC,
     [("trong vòng 10 ngày kể từ ngày nhận được văn bản", D(2024, 8, 4), "relative", None)]),
    ("en-relative-this-official-letter", "en", "reply within 10 days from the date of this Official Letter.", DOC,
     [("within 10 days from the date of this Official Letter", D(2024, 8, 4), "relative", None)]),
    ("en-no-later-than-days-from-signing", "en", "Provinces shall report no later than 10 days from the signing date.",
     DOC, [("no later than 10 days from the signing date", D(2024, 8, 4), "relative", None)]),
    ("en-effective-date-not-stated", "en", "issue templates within 30 days from the effective date.", DOC,
     [("within 30 days from the effective date", D(2024, 8, 24), "relative", None)]),
    ("vi-relative-no-doc-date", "vi", "nộp phạt trong vòng 30 ngày kể từ ngày nhận được quyết định.", None,
     [("trong vòng 30 ngày kể từ ngày nhận được quyết định", None, "relative", None)]),
    ("vi-relative-dated-anchor", "vi", "hoàn thiện hồ sơ trong vòng 15 ngày kể từ ngày 01/8/2024.", DOC,
     [("trong vòng 15 ngày kể từ ngày 01/8/2024", D(2024, 8, 16), "relative", None)]),
    ("vi-relative-working-days", "vi", "trả lời trong thời hạn 05 ngày làm việc.", DOC,  # Thursday + 5 working days
     [("trong thời hạn 05 ngày làm việc", D(2024, 8, 1), "relative", None)]),
    ("en-relative-weeks", "en", "reply within two weeks.", DOC,
     [("within two weeks", D(2024, 8, 8), "relative", None)]),
    # ---- a list of dates: the phrase covers them all; the first date, or the first to fall due
    ("vi-date-list", "vi", "báo cáo chậm nhất ngày 26/5/2026 (đợt 1) và ngày 21/8/2026 (đợt 2).", DOC,
     [("chậm nhất ngày 26/5/2026 (đợt 1) và ngày 21/8/2026 (đợt 2)", D(2026, 5, 26), "day", None)]),
    ("vi-date-list-commas", "vi", "báo cáo trước ngày 15/3, ngày 15/6, ngày 15/9 và ngày 15/12 hằng năm.", DOC,
     [("trước ngày 15/3, ngày 15/6, ngày 15/9 và ngày 15/12 hằng năm", D(2024, 9, 15), "day", "yearly")]),
    ("vi-date-list-in-brackets", "vi",
     "Định kỳ 6 tháng (trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm), tổng hợp tình hình.", D(2026, 3, 5),
     [("trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm", D(2026, 6, 15), "day", "yearly")]),
    ("en-date-list-yearly", "en", "report every six months, before June 20 and December 20 each year.", DOC,
     [("before June 20 and December 20 each year", D(2024, 12, 20), "day", "yearly")]),
    ("vi-listed-day-without-its-cue", "vi", "định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo Bộ trưởng.", DOC,
     [("trước ngày 15/6 và 15/12", D(2024, 12, 15), "day", None)]),
    ("vi-share-after-a-day-is-no-day", "vi", "hoàn thành trước ngày 15/6 và 3/4 số hồ sơ còn lại.", DOC,
     [("hoàn thành trước ngày 15/6", D(2024, 6, 15), "day", None)]),
    ("en-listed-days-first-not-yet-passed", "en", "report every six months (by 15 June and 15 December).", DOC,
     [("by 15 June and 15 December", D(2024, 12, 15), "day", None)]),
    ("en-listed-days-all-passed-first", "en", "report by 15 March and 15 May.", DOC,
     [("by 15 March and 15 May", D(2024, 3, 15), "day", None)]),
    ("vi-relative-anchor-ends-at-the-document", "vi",
     "trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo này tham mưu ban hành lịch trực.", DOC,
     [("trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo này", D(2024, 8, 1), "relative", None)]),
    ("en-relative-anchor-ends-at-the-document", "en",
     "within 30 days from the effective date of this Decision issue the guidance.", DOC,
     [("within 30 days from the effective date of this Decision", D(2024, 8, 24), "relative", None)]),
    # ---- the edge of a period that ends the action's clause; the middle of a month or a year
    ("vi-end-of-month-after-action", "vi", "công bố kết quả xét chọn cuối tháng 01/2025.", DOC,
     [("cuối tháng 01/2025", D(2025, 1, 31), "month", None)]),
    ("vi-early-year-after-action", "vi", "trình Bộ trưởng đầu năm 2025.", DOC,
     [("đầu năm 2025", D(2025, 12, 31), "year", None)]),
    ("vi-edge-at-clause-start-is-no-deadline", "vi", "Cuối năm 2024, tỉnh đã hoàn thành.", DOC, []),
    ("vi-edge-inside-a-phrase-is-no-deadline", "vi", "các trường bị hư hỏng sau đợt mưa lũ cuối tháng 8, Bộ đề nghị.",
     DOC, []),
    ("vi-past-edge-is-no-deadline", "vi", "số liệu được tổng hợp cuối năm 2023.", DOC, []),
    ("vi-middle-of-month", "vi", "gửi Bộ Tài chính giữa tháng 12/2024.", DOC,
     [("giữa tháng 12/2024", D(2024, 12, 15), "day", None)]),
    ("en-middle-of-month", "en", "issue uniform guidance by mid-December.", DOC,
     [("by mid-December", D(2024, 12, 15), "day", None)]),
    ("en-middle-of-year", "en", "issue the standards by mid-2025.", DOC,
     [("by mid-2025", D(2025, 6, 30), "half_year", None)]),
    ("en-before-the-middle-of-year", "en", "finish the works before mid-2025.", DOC,
     [("before mid-2025", D(2025, 6, 30), "half_year", None)]),
    ("vi-edge-describing-a-plan-is-no-deadline", "vi", "tổng hợp báo cáo năm 2024 và kế hoạch đầu năm 2025.", DOC,
     []),
    ("vi-edge-naming-a-session-is-no-deadline", "vi", "báo cáo Hội đồng nhân dân tỉnh tại kỳ họp giữa năm 2025.",
     DOC, []),
    ("vi-edge-in-a-forecast-is-no-deadline", "vi", "tăng trưởng dự kiến tăng mạnh đầu năm 2025.", DOC, []),
    ("en-anchor-ends-at-the-first-document-named", "en",
     "within 30 days of receiving this letter submit a report on this plan.", DOC,
     [("within 30 days of receiving this letter", D(2024, 8, 24), "relative", None)]),
    ("en-month-ends-sentence-before-list-number", "en", "agree on sharing by the end of November.\n2. ARFM shall act.",
     DOC, [("by the end of November", D(2024, 11, 30), "month", None)]),
    # ---- the year after the document's
    ("vi-quarter-next-year", "vi", "tổ chức diễn tập trong quý II năm sau.", DOC,
     [("trong quý II năm sau", D(2025, 6, 30), "quarter", None)]),
    ("vi-day-next-year", "vi", "trình Ủy ban nhân dân tỉnh trước ngày 31/3 năm sau.", DOC,
     [("trước ngày 31/3 năm sau", D(2025, 3, 31), "day", None)]),
    # 'năm nay' names the document's year, also for a month before the document's
    ("vi-month-this-year", "vi", "bảo đảm thông xe 5 dự án cao tốc trong tháng 12 năm nay.", DOC,
     [("trong tháng 12 năm nay", D(2024, 12, 31), "month", None)]),
    ("vi-day-this-year", "vi", "báo cáo kết quả trước ngày 15/3 năm nay.", DOC,
     [("trước ngày 15/3 năm nay", D(2024, 3, 15), "day", None)]),
    # a report due at the Government's regular meeting of a month
    ("vi-regular-meeting-month", "vi", "rà soát, báo cáo Chính phủ tại phiên họp thường kỳ tháng 10/2024.", DOC,
     [("tại phiên họp thường kỳ tháng 10/2024", D(2024, 10, 31), "month", None)]),
    ("vi-next-year", "vi", "hoàn thành trong năm tới.", DOC,
     [("hoàn thành trong năm tới", D(2025, 12, 31), "year", None)]),
    ("en-quarter-of-next-year", "en", "open the portal in the first quarter of next year.", DOC,
     [("in the first quarter of next year", D(2025, 3, 31), "quarter", None)]),
    ("en-month-next-year", "en", "report by March next year.", DOC,
     [("by March next year", D(2025, 3, 31), "month", None)]),
    ("vi-commas-without-joint-list-nothing", "vi", "báo cáo trước ngày 15/3, ngày 15/6 tổ chức hội nghị.", DOC,
     [("trước ngày 15/3", D(2024, 3, 15), "day", None)]),
    # ---- a span of months ends with its last month
    ("vi-month-span-dash", "vi", "tổ chức tập huấn trong tháng 10 - 11/2026.", DOC,
     [("trong tháng 10 - 11/2026", D(2026, 11, 30), "month", None)]),
    ("vi-month-list-and", "vi", "tổ chức tập huấn trong tháng 10 và tháng 11/2026.", DOC,
     [("trong tháng 10 và tháng 11/2026", D(2026, 11, 30), "month", None)]),
    ("en-month-span-dash", "en", "propose a plan in October-November 2026.", DOC,
     [("in October-November 2026", D(2026, 11, 30), "month", None)]),
    ("en-months-listed-by-name", "en", "collect feedback twice a year, in June and December, from associations.",
     DOC, [("in June and December", D(2024, 12, 31), "month", "half_yearly")]),
    ("en-month-list-into-next-year", "en", "complete the survey in December 2026 and January.", DOC,
     [("in December 2026 and January", D(2027, 1, 31), "month", None)]),
    ("en-month-at-sentence-end", "en", "complete the survey in January. Then report.", DOC,
     [("in January", D(2024, 1, 31), "month", None)]),
    ("vi-month-then-document-number", "vi", "theo Thông tư ngày 5 tháng 6, 15/2024/TT-BTC.", DOC, []),
    # ---- recurring
    ("vi-monthly", "vi", "gửi Bộ Kế hoạch và Đầu tư trước ngày 20 hằng tháng để tổng hợp.", D(2024, 7, 5),
     [("trước ngày 20 hằng tháng", D(2024, 7, 20), "day", "monthly")]),
    # the recurrence written first; a full stop closing the line is no separator of a day and a month
    ("vi-monthly-written-first-before-an-item", "vi", "1. Sở Tài chính báo cáo hằng tháng, trước ngày 25.\n"
     "2. Sở Y tế báo cáo.", D(2026, 11, 10), [("trước ngày 25", D(2026, 11, 25), "day", "monthly")]),
    # a day of the month after the document's: the first report is due then, monthly or once
    ("vi-day-of-the-following-month", "vi", "Sở Tài chính báo cáo hằng tháng, trước ngày 5 của tháng sau.",
     D(2026, 11, 3), [("trước ngày 5 của tháng sau", D(2026, 12, 5), "day", "monthly")]),
    ("vi-day-of-the-next-month-once", "vi", "Sở Tài chính nộp báo cáo trước ngày 05 tháng sau.",
     D(2026, 12, 20), [("trước ngày 05 tháng sau", D(2027, 1, 5), "day", None)]),
    ("en-day-of-the-following-month", "en", "The DOF shall report monthly, by the 5th of the following month.",
     D(2026, 11, 3), [("by the 5th of the following month", D(2026, 12, 5), "day", "monthly")]),
    ("en-day-of-the-next-month-clamped", "en", "The DOF shall submit it no later than the 31st of the next month.",
     D(2027, 1, 20), [("no later than the 31st of the next month", D(2027, 2, 28), "day", None)]),
    # a quarter named by its place in the year
    ("vi-first-quarter-of-the-year", "vi", "báo cáo Phó Thủ tướng trong quý đầu năm 2027.", DOC,
     [("trong quý đầu năm 2027", D(2027, 3, 31), "quarter", None)]),
    ("vi-last-quarter-of-the-year", "vi", "hoàn thành trong quý cuối cùng của năm 2026.", DOC,
     [("hoàn thành trong quý cuối cùng của năm 2026", D(2026, 12, 31), "quarter", None)]),
    # a day of the first month of the quarter after the document's; every quarter's, the first due on or after it
    ("vi-day-of-the-following-quarter-once", "vi", "Sở Tài chính báo cáo trước ngày 10 của tháng đầu quý sau.",
     D(2027, 1, 3), [("trước ngày 10 của tháng đầu quý sau", D(2027, 4, 10), "day", None)]),
    ("vi-day-of-the-following-quarter-quarterly", "vi",
     "Sở Xây dựng báo cáo định kỳ hằng quý, trước ngày 10 tháng đầu của quý tiếp theo.",
     D(2027, 1, 3), [("trước ngày 10 tháng đầu của quý tiếp theo", D(2027, 1, 10), "day", "quarterly")]),
    ("en-day-of-the-following-quarter", "en",
     "The DOF shall report every quarter, by the 10th of the first month of the following quarter.",
     D(2027, 1, 7), [("by the 10th of the first month of the following quarter", D(2027, 1, 10), "day",
                      "quarterly")]),
    ("vi-monthly-next-month", "vi", "báo cáo trước ngày 20 hàng tháng.", DOC,
     [("trước ngày 20 hàng tháng", D(2024, 8, 20), "day", "monthly")]),
    ("en-monthly", "en", "send the report before the 20th of every month.", DOC,
     [("before the 20th of every month", D(2024, 8, 20), "day", "monthly")]),
    # DOC, 25 July 2024, is a Thursday: the first due day of a daily deadline is DOC itself
    ("vi-daily-hour", "vi", "Các tỉnh báo cáo Bộ Y tế trước 15 giờ hằng ngày.", DOC,
     [("trước 15 giờ hằng ngày", DOC, "day", "daily")]),
    ("en-daily-hour", "en", "Provinces shall report to the Ministry of Health before 4 p.m. every day.", DOC,
     [("before 4 p.m. every day", DOC, "day", "daily")]),
    ("vi-weekly-weekday", "vi", "Sở Y tế báo cáo trước 16 giờ thứ Sáu hằng tuần.", DOC,
     [("trước 16 giờ thứ Sáu hằng tuần", D(2024, 7, 26), "day", "weekly")]),
    ("vi-weekly-weekday-on", "vi", "Sở Y tế báo cáo vào thứ Năm hằng tuần.", DOC,
     [("vào thứ Năm hằng tuần", DOC, "day", "weekly")]),
    ("en-every-weekday", "en", "The department shall report every Monday.", DOC,
     [("every Monday", D(2024, 7, 29), "day", "weekly")]),
    # a day of a quarter's last or first month: the first such day on or after DOC
    ("vi-quarter-last-month", "vi", "Các sở báo cáo trước ngày 15 của tháng cuối quý.", DOC,
     [("trước ngày 15 của tháng cuối quý", D(2024, 9, 15), "day", "quarterly")]),
    ("vi-quarter-first-month", "vi", "Các sở báo cáo trước ngày 05 của tháng đầu quý.", DOC,
     [("trước ngày 05 của tháng đầu quý", D(2024, 10, 5), "day", "quarterly")]),
    ("en-quarter-last-month", "en", "Departments shall report before the 15th of the last month of each quarter.", DOC,
     [("before the 15th of the last month of each quarter", D(2024, 9, 15), "day", "quarterly")]),
    # without the recurrence an hour or a weekday is no deadline, and an hour before a date decides nothing
    ("vi-hour-alone", "vi", "Sở Y tế báo cáo trong vòng 48 giờ.", DOC, []),
    ("en-weekday-alone", "en", "The department shall report on Friday.", DOC, []),
    ("vi-daily-without-hour", "vi", "Sở Y tế báo cáo hằng ngày.", DOC, []),
    ("vi-yearly-start", "vi", "báo cáo trước ngày 30/6 hằng năm kể từ năm 2027.", DOC,
     [("trước ngày 30/6 hằng năm kể từ năm 2027", D(2027, 6, 30), "day", "yearly")]),
    ("en-yearly-start", "en", "report by June 30 every year starting from 2027.", DOC,
     [("by June 30 every year starting from 2027", D(2027, 6, 30), "day", "yearly")]),
    ("vi-yearly-before", "vi", "Hằng năm, trước ngày 15/12, các bộ gửi báo cáo.", DOC,
     [("trước ngày 15/12", D(2024, 12, 15), "day", "yearly")]),
    ("en-yearly-before", "en", "Ministries shall annually, before December 15, send reports.", DOC,
     [("before December 15", D(2024, 12, 15), "day", "yearly")]),
    # ---- two in one text, sorted by start
    ("vi-two", "vi", "trình Chính phủ trong tháng 8/2024; ban hành trước ngày 30/9/2024.", DOC,
     [("trong tháng 8/2024", D(2024, 8, 31), "month", None),
      ("trước ngày 30/9/2024", D(2024, 9, 30), "day", None)]),
    # ---- not deadlines
    ("vi-immediately", "vi", "Bộ Công an triển khai ngay các biện pháp bảo đảm an ninh.", DOC, []),
    ("en-immediately", "en", "The Ministry of Public Security shall immediately deploy the measures.", DOC, []),
    ("vi-regularly", "vi", "Văn phòng Chính phủ thường xuyên theo dõi, đôn đốc.", DOC, []),
    ("en-regularly", "en", "The Government Office shall regularly monitor and urge.", DOC, []),
    ("vi-suspension", "vi", "tạm dừng đóng bảo hiểm xã hội đến hết tháng 6 năm 2024.", DOC, []),
    ("en-suspension", "en", "suspend social insurance contributions until the end of June 2024.", DOC, []),
    ("vi-lasts", "vi", "chính sách miễn thị thực kéo dài đến tháng 12/2024.", DOC, []),
    ("vi-negated-period", "vi", "Chưa điều chỉnh tăng giá điện trong quý III năm 2024.", DOC, []),
    ("en-negated-period", "en", "do not conduct periodic inspections in 2024.", DOC, []),
    ("vi-horizon", "vi", "rà soát Quy hoạch phát triển khu công nghiệp đến năm 2030 trình Thủ tướng.", DOC, []),
    ("en-horizon", "en", "develop the Strategy for the semiconductor industry to 2030.", DOC, []),
    ("vi-citation-date", "vi", "Thực hiện Nghị quyết số 82/NQ-CP ngày 05/6/2024 của Chính phủ,", DOC, []),
    ("en-citation-date", "en", "Implementing Resolution No. 82/NQ-CP dated June 5, 2024 of the Government,", DOC, []),
    ("vi-dateline", "vi", "Hà Nội, ngày 25 tháng 7 năm 2024", DOC, []),
    ("vi-blank-dateline", "vi", "Số:    /QĐ-UBND    Lào Cai, ngày    tháng    năm 2026\nQUYẾT ĐỊNH", DOC, []),
    ("vi-label-cell", "vi", "Ngày ban hành:    22/02/1999    Ngày hiệu lực:    Đang cập nhật", DOC, []),
    ("vi-effective", "vi", "Quyết định này có hiệu lực kể từ ngày 01/8/2024.", DOC, []),
    ("en-effective", "en", "the Law on Telecommunications (effective from July 1, 2024).", DOC, []),
    ("vi-from-year", "vi", "triển khai đồng bộ từ năm 2025.", DOC, []),
    ("en-from-year", "en", "implement the plan synchronously from 2025.", DOC, []),
    ("en-plan-year", "en", "issue the Action Plan in 2022 to perform the tasks.", DOC, []),
    ("en-plan-year-before", "en", "implement tasks in the 2024 Action Plan of the Committee.", DOC, []),
    ("en-plan-range", "en", "the Resolution on the 2016-2020 socio-economic development plan.", DOC, []),
    ("vi-fraction", "vi", "trong 2/3 số tỉnh đã hoàn thành.", DOC, []),
    ("vi-periodic-only", "vi", "Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh.", DOC, []),
    ("en-quarterly-only", "en", "report the results on a quarterly basis.", DOC, []),
    ("vi-investment-false-friend", "vi", "Bộ Kế hoạch và Đầu tư ngày 15/3/2024 có văn bản hướng dẫn.", DOC, []),
    ("vi-province-false-friend", "vi", "Ủy ban nhân dân tỉnh đến ngày 20/7/2024 chưa có ý kiến.", DOC, []),
    ("vi-as-of", "vi", "Số liệu tính đến ngày 30/6/2024 cho thấy.", DOC, []),
    ("vi-term", "vi", "hợp đồng lao động có thời hạn 01 năm trở lên.", DOC, []),
    ("en-modal-may", "en", "ministries may submit 20 proposals.", DOC, []),
    ("vi-event-relative", "vi", "tổ chức thực hiện ngay khi được công bố.", DOC, []),
    ("vi-meeting-hour", "vi", "cuộc họp diễn ra lúc 14 giờ ngày 5/9/2024 tại trụ sở Chính phủ.", DOC, []),
    ("en-event-relative", "en", "implement the project right after it is approved.", DOC, []),
    ("vi-numeric-days-listed-before-a-purpose", "vi", "gửi báo cáo trước ngày 15/6 và 15/12 để tổng hợp.", DOC,
     [("trước ngày 15/6 và 15/12", D(2024, 12, 15), "day", None)]),  # the first still to come
    ("en-next-month", "en", "complete site clearance by the end of next month.", DOC,
     [("by the end of next month", D(2024, 8, 31), "month", None)]),
    ("en-next-quarter", "en", "submit it in the next quarter.", DOC,
     [("in the next quarter", D(2024, 12, 31), "quarter", None)]),
    ("vi-next-month", "vi", "Sở Y tế hoàn thành trong tháng tới.", DOC,
     [("hoàn thành trong tháng tới", D(2024, 8, 31), "month", None)]),
    ("vi-next-quarter", "vi", "Sở Y tế báo cáo trong quý sau.", DOC,
     [("trong quý sau", D(2024, 12, 31), "quarter", None)]),
    ("en-date-of-an-event", "en", "The Deputy Prime Minister on August 1 held a working session, asking the "
     "province to remove the obstacles.", DOC, []),
    ("en-no-later-than-days-after-this-letter", "en", "send the report no later than 10 days after receiving "
     "this letter.", DOC, [("no later than 10 days after receiving this letter", D(2024, 8, 4), "relative", None)]),
    ("en-no-later-than-days-after-an-event", "en", "hand over the land no later than 10 days after the Lunar New "
     "Year holiday.", DOC, []),
    ("en-day-naming-a-holiday", "en", "assign a leader to be on duty during the April 30 - May 1 holiday.", DOC, []),
    ("en-day-before-a-holiday-word-later", "en", "hold the festival on April 30, 2024 in the park.", DOC,
     [("on April 30, 2024", D(2024, 4, 30), "day", None)]),
    # an event the text does not date, after 'before': a deadline without an end
    ("vi-before-tet-with-its-year-name", "vi", "bảo đảm hàng hóa trước Tết Nguyên đán Giáp Thìn 2024.", DOC,
     [("trước Tết Nguyên đán Giáp Thìn 2024", None, "relative", None)]),
    ("vi-before-the-rainy-season", "vi", "gia cố đê điều trước mùa mưa bão năm 2025.", DOC,
     [("trước mùa mưa bão năm 2025", None, "relative", None)]),
    ("vi-before-the-school-year-opens", "vi", "sửa chữa phòng học trước khai giảng năm học 2024 - 2025.", DOC,
     [("trước khai giảng năm học 2024 - 2025", None, "relative", None)]),
    ("vi-before-the-harvest", "vi", "kết nối tiêu thụ trước vụ thu hoạch năm 2025.", DOC,
     [("trước vụ thu hoạch năm 2025", None, "relative", None)]),
    ("vi-before-a-council-session", "vi", "trình dự thảo trước kỳ họp thứ 9 của Hội đồng nhân dân tỉnh.", DOC,
     [("trước kỳ họp thứ 9 của Hội đồng nhân dân tỉnh", None, "relative", None)]),
    ("en-before-the-lunar-new-year-year-first", "en", "pay the wages before the 2025 Lunar New Year.", DOC,
     [("before the 2025 Lunar New Year", None, "relative", None)]),
    ("en-before-tet-holiday-of-a-year", "en", "pay the wages before the Lunar New Year (Tet) holiday of 2025.", DOC,
     [("before the Lunar New Year (Tet) holiday of 2025", None, "relative", None)]),
    ("en-ahead-of-a-crop", "en", "dredge the canals ahead of the 2024-2025 winter-spring crop.", DOC,
     [("ahead of the 2024-2025 winter-spring crop", None, "relative", None)]),
    ("en-before-the-end-of-a-school-year", "en", "finish the review before the end of the 2024-2025 school year.",
     DOC, [("before the end of the 2024-2025 school year", None, "relative", None)]),
    ("en-before-a-national-assembly-session", "en", "submit the bill before the 9th session of the 15th National "
     "Assembly.", DOC, [("before the 9th session of the 15th National Assembly", None, "relative", None)]),
    # not before it: during it, completing it, or a count of days back from it
    ("vi-during-tet-no-deadline", "vi", "trực ban trong dịp Tết Nguyên đán.", DOC, []),
    ("vi-completing-the-harvest-no-deadline", "vi", "hoàn thành vụ thu hoạch lúa.", DOC, []),
    ("vi-days-before-tet-no-deadline", "vi", "gửi báo cáo 10 ngày trước Tết.", DOC, []),
    ("en-during-the-rainy-season-no-deadline", "en", "patrol the dykes during the rainy season.", DOC, []),
    ("en-days-before-a-session-no-deadline", "en", "send the draft 10 days before the next session.", DOC, []),
]


@pytest.mark.parametrize("row_id, language, text, doc_date, expected", FORMS, ids=[r[0] for r in FORMS])
def test_find_deadlines(row_id, language, text, doc_date, expected):
    found = find_deadlines(text, language=language, doc_date=doc_date)
    assert [(d.text, d.end, d.granularity, d.recurrence) for d in found] == expected
    for deadline in found:
        assert text[deadline.span.start:deadline.span.end] == deadline.text


def test_offset_shifts_spans():
    clause = "báo cáo trước ngày 20/7/2024"
    [deadline] = find_deadlines(clause, language="vi", doc_date=DOC, offset=1000)
    assert (deadline.span.start, deadline.span.end) == (1008, 1028)


def test_start_is_first_day_of_the_period():
    [month] = find_deadlines("trong tháng 2 năm 2024", language="vi")
    [quarter] = find_deadlines("in the third quarter of 2024", language="en")
    [relative] = find_deadlines("within 10 days", language="en", doc_date=DOC)
    assert (month.start, month.end) == (D(2024, 2, 1), D(2024, 2, 29))
    assert (quarter.start, quarter.end) == (D(2024, 7, 1), D(2024, 9, 30))
    assert (relative.start, relative.end) == (DOC, D(2024, 8, 4))


# (id, language, clean phrase, doc_date, (end, granularity, recurrence) or None)
PHRASES = [
    ("vi-quarter", "vi", "Quý II năm 2022", DOC, (D(2022, 6, 30), "quarter", None)),
    ("en-quarter", "en", "second quarter of 2022", DOC, (D(2022, 6, 30), "quarter", None)),
    ("vi-year", "vi", "năm 2025", DOC, (D(2025, 12, 31), "year", None)),
    ("en-year", "en", "by 2025", DOC, (D(2025, 12, 31), "year", None)),
    ("vi-half", "vi", "6 tháng đầu năm 2024", DOC, (D(2024, 6, 30), "half_year", None)),
    ("en-half", "en", "first half of 2024", DOC, (D(2024, 6, 30), "half_year", None)),
    ("vi-month", "vi", "tháng 7/2024", DOC, (D(2024, 7, 31), "month", None)),
    ("en-month", "en", "July 2024", DOC, (D(2024, 7, 31), "month", None)),
    ("vi-range", "vi", "giai đoạn 2021-2025", DOC, (D(2025, 12, 31), "year", None)),
    ("vi-range-bare", "vi", "2024 - 2025", DOC, (D(2025, 12, 31), "year", None)),
    ("vi-horizon-as-deadline", "vi", "Đến năm 2030", DOC, (D(2030, 12, 31), "year", None)),
    ("vi-day", "vi", "ngày 20/7/2024", DOC, (D(2024, 7, 20), "day", None)),
    ("vi-iso-day", "vi", "2026-12-31", DOC, (D(2026, 12, 31), "day", None)),  # an export's 'Deadline: 2026-12-31'
    ("vi-range-not-iso", "vi", "giai đoạn 2026-2027", DOC, (D(2027, 12, 31), "year", None)),
    ("en-day", "en", "July 20, 2024", DOC, (D(2024, 7, 20), "day", None)),
    ("vi-recurring", "vi", "trước ngày 20 hằng tháng", D(2024, 7, 21), (D(2024, 8, 20), "day", "monthly")),
    ("en-relative", "en", "within 30 days", D(2024, 1, 1), (D(2024, 1, 31), "relative", None)),
    ("vi-immediately", "vi", "ngay", DOC, None),
    ("en-immediately", "en", "immediately", DOC, None),
    ("vi-duration", "vi", "đến hết tháng 6", DOC, None),
    ("en-duration", "en", "until 2025", DOC, None),
    # a time cell counting back from an event: no day the document's date gives
    ("vi-days-before-an-event", "vi", "03 ngày trước ngày tiêm", DOC, None),
    ("vi-event-then-days-before-it", "vi", "Trước ngày tiêm 03 ngày", DOC, None),
    ("en-days-before-an-event", "en", "10 days before the meeting", DOC, None),
    # a time cell naming an event: the time in its name dates nothing; after 'before', no end
    ("vi-a-session-named-by-its-time", "vi", "Kỳ họp cuối năm 2024 của Hội đồng nhân dân tỉnh", DOC, None),
    ("en-a-crop-named-by-its-years", "en", "the 2024-2025 winter-spring crop", DOC, None),
    ("vi-before-an-event", "vi", "Trước Tết Nguyên đán", DOC, (None, "relative", None)),
    ("vi-empty", "vi", "", DOC, None),
    ("vi-impossible-day", "vi", "ngày 31/6/2024", DOC, None),
]


@pytest.mark.parametrize("row_id, language, phrase, doc_date, expected", PHRASES, ids=[r[0] for r in PHRASES])
def test_parse_deadline(row_id, language, phrase, doc_date, expected):
    deadline = parse_deadline(phrase, language=language, doc_date=doc_date)
    if expected is None:
        assert deadline is None
    else:
        assert (deadline.end, deadline.granularity, deadline.recurrence) == expected
        assert deadline.text == phrase


@pytest.mark.parametrize("language", ["vi", "en"])
def test_undated_cues_of_the_table_give_no_deadline(language):
    for cue in load_table("deadline_patterns.json")[language]["undated_cues"]:
        assert find_deadlines(f"{cue} báo cáo kết quả thực hiện.", language=language, doc_date=DOC) == []
        assert parse_deadline(cue, language=language, doc_date=DOC) is None


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_effective_date_phrase_holds_a_guard_word(language):
    # a text without the guard words is not scanned for the phrases: one without them would never be found
    table = load_table("deadline_patterns.json")[language]
    for phrase in table["effective_dates"]:
        assert any(word in phrase for word in table["effective_date_words"]), phrase


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_scan_match_holds_its_scan_words(language):
    # a text without a scan's words is not scanned: every phrase a scan reads must hold them
    grammar = _GRAMMARS[language]
    texts = [row[2] for row in FORMS + PHRASES if row[1] == language]
    checked = 0
    for _, pattern in grammar.scans:
        words = grammar.scan_words.get(pattern)
        for text in texts if words is not None else []:
            for match in pattern.finditer(_folded(text)):
                assert words.may_match(match.group(), 0, len(match.group())), (pattern.pattern[:60], match.group())
                checked += 1
    assert checked > 50
    assert any(not words.may_match("", 0, 0) for words in grammar.scan_words.values())


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        find_deadlines("avant le 20 juillet 2024", language="fr")


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31)),
       st.sampled_from(["trước ngày {d}/{m}/{y}", "chậm nhất ngày {d} tháng {m} năm {y}", "trước ngày {d}-{m}-{y}"]))
def test_any_vietnamese_day_round_trips(date, template):
    text = "Bộ Tài chính báo cáo " + template.format(d=date.day, m=date.month, y=date.year) + "."
    [deadline] = find_deadlines(text, language="vi", doc_date=DOC)
    assert (deadline.end, deadline.granularity) == (date, "day")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/-.,; ntrgaychámướởThángQuýIV|\n")), max_size=80),
       st.sampled_from(["vi", "en"]))
def test_any_text_gives_consistent_spans(text, language):
    for deadline in find_deadlines(text, language=language, doc_date=DOC, offset=7):
        assert text[deadline.span.start - 7:deadline.span.end - 7] == deadline.text
        assert deadline.end is None or deadline.start is None or deadline.start <= deadline.end


def _doc_date(gold: dict, stem: str):
    """The document's date as the annotators used it: its own, else the date in the file name."""
    issued = gold.get("metadata", {}).get("issued_date")
    named = re.search(r"\d{4}-\d\d-\d\d", stem)
    return D.fromisoformat(issued or named.group()) if issued or named else None


def test_gold_deadline_phrases_normalize_as_annotated(corpus):
    checked = 0
    for path in sorted((corpus / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_date = _doc_date(gold, path.name)
        for task in gold.get("tasks", []):
            wanted = task.get("deadline")
            if not wanted:
                continue
            deadline = parse_deadline(wanted["text"], language=gold["language"], doc_date=doc_date)
            assert deadline is not None, (path.name, wanted)
            assert (str(deadline.end), deadline.granularity) == (wanted["end"], wanted["granularity"]), path.name
            checked += 1
    assert checked > 50


def test_folding_a_textutil_fold_gives_the_deadline_fold():
    """_folded folds textutil's copy of the text (the task stage has made it already):
    for every character textutil folds to one character, folding that is folding it."""
    # only a character that decomposes, changes case or is đ/Đ is folded to another one
    changed = (char for char in map(chr, range(sys.maxunicode + 1))
               if not 0xD800 <= ord(char) <= 0xDFFF
               and (not unicodedata.is_normalized("NFD", char) or char.lower() != char or char in "đĐ"))
    differ = [char for char in changed
              if len(once := fold_keep_length(char)) == 1 and _fold_char(once) != _fold_char(char)]
    assert differ == []


# Texts for the scans' speed-ups: each holds what some guard or look-ahead tests for, or a near miss
_SCAN_TEXTS = [
    "Report in the first half of 2025, then in H2 2026 and the second half of July.",
    "Meet every Monday; report each week, weekly on Friday; daily checks; each day at 8:00.",
    "Apply from its effective date; the Decree takes effect; the force of the circular.",
    "Hoàn thành trong t5/2025 hoặc q3/2025, họp thứ Hai hằng tuần, báo cáo hằng ngày lúc 16 giờ.",
    "Ngày Nghị định có hiệu lực thi hành; nửa đầu năm 2026; 6 tháng cuối năm nay.",
    "No time at all here: the ministry reaches each of the hospitals after lunch.",
]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_scan_guards_pass_exactly_where_their_regex_finds(language):
    grammar = _GRAMMARS[language]
    assert grammar.guards
    for guard in grammar.guards.values():
        for text in _SCAN_TEXTS:
            folded = _folded(text)
            assert guard.found_in(folded) == (guard.regex.search(folded) is not None)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_scans_first_letter_look_ahead_changes_no_match(language):
    opened = [pattern for _, pattern in _GRAMMARS[language].scans if pattern.pattern.startswith("(?=[")]
    assert opened or language == "vi"
    for pattern in opened:
        plain = re.compile(pattern.pattern[pattern.pattern.index("]") + 2:])  # without '(?=[…])'
        found = [[m.span() for m in plain.finditer(_folded(text))] for text in _SCAN_TEXTS]
        assert any(found)  # the texts hold what the scan finds
        assert [[m.span() for m in pattern.finditer(_folded(text))] for text in _SCAN_TEXTS] == found
