"""Tests of the passage writer (tests/passages.py): which heading lines a passage keeps."""

from __future__ import annotations

from .passages import passage

XINHUA = """<!-- 新华社北京2008年3月19日电 -->

**政府工作报告**
——2008年3月5日在第十一届全国人民代表大会第一次会议上

国务院总理　温家宝

今年国民经济和社会发展的预期目标是：国内生产总值增长8%左右。
"""

ONLY_THE_COMMENT_DATES = """---
title: 天津市2005年政府工作报告
---

<!-- 2005年1月23日，天津市市长戴相龙在天津市第十四届人民代表大会第三次会议上向大会作政府工作报告 -->

天津市市长戴相龙

全市生产总值完成2931.9亿元，比上年增长15.7%。
"""


def test_a_comment_line_is_not_the_heading() -> None:
    """A compiler's comment with a date (新华社…电) is skipped: the heading runs on to the session's date."""
    assert passage(XINHUA, ["国内生产总值增长8%左右"], "china/2008.md") == (
        "---\nfile: china/2008.md\n---\n\n"
        "**政府工作报告**\n\n"
        "——2008年3月5日在第十一届全国人民代表大会第一次会议上\n\n"
        "今年国民经济和社会发展的预期目标是：国内生产总值增长8%左右。\n"
    )


def test_a_comment_line_is_kept_where_only_it_gives_the_date() -> None:
    """Where no other heading line gives a date, the comment that does is kept, and the heading ends there."""
    assert passage(ONLY_THE_COMMENT_DATES, ["比上年增长15.7%"], "tianjin/2005.md") == (
        "---\ntitle: 天津市2005年政府工作报告\nfile: tianjin/2005.md\n---\n\n"
        "<!-- 2005年1月23日，天津市市长戴相龙在天津市第十四届人民代表大会第三次会议上向大会作政府工作报告 -->\n\n"
        "全市生产总值完成2931.9亿元，比上年增长15.7%。\n"
    )
