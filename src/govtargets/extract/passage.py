"""Where things are in a report: its year and region, the year's main-target passage, the review.

Reports say these in a few regular ways: a title (2023年政府工作报告), a line giving the day and
the congress (——2023年1月7日在常州市第十七届人民代表大会…), and a sentence that introduces the
targets (今年经济社会发展主要预期目标是：…). The five-year goals that some reports set first
(今后五年…主要目标是) are told apart by the words before them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from govtargets.errors import ReportError

MARKERS = ("主要预期目标", "预期目标", "主要目标", "主要指标", "发展目标")
"""The words that introduce the main targets, most telling first."""

_MARKER = re.compile(r"(?:主要预期目标|预期目标|主要目标|主要指标|发展目标)(?:是|为|如下)?\s*[:：]")
# Words before a marker that make it the five-year (or longer) goals, not the year's.
_LONGER = re.compile(r"今后五年|未来五年|五年|十四五|十五五|十三五|时期|二〇三五|2035|远景|中长期|本届政府")
_CN_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
_YEAR_CN = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_PLACE = r"([\u4e00-\u9fff]{2,10}?(?:自治区|自治州|省|市|区|县|旗|盟))"
_NOT_TARGETS = re.compile(
    r"^(?:在实际工作中|实际工作中|确定以上|确定上述|设定上述|设定以上|综合考虑|综合各方面|我们将|我们要|我们|这些目标|这是|"
    r"重点做好|重点抓好|围绕|为此|为实现|实现上述|实现这些|贯彻|考虑到|今年的经济增长目标|上述目标|以上目标|主要考虑)"
)
_TARGETISH = re.compile(
    r"\d|同步|高于|快于|大于|稳|持续|完成|下降|降低|增长|提高|提升|前列|突破|好转|改善|杜绝|严控|控制|省控线|平衡"
)


@dataclass
class Report:
    """A report's text and what was found in it."""

    text: str
    year: int | None
    region_zh: str | None
    title: str | None
    url: str | None
    posted: dt.date | None
    passage: str
    """The main-target passage, as it stands in ``text`` (a substring of it)."""
    passage_start: int
    review: str
    """The text before the passage: the review of the year before."""


def read_report(text: str) -> Report:
    """Find the year, region, main-target passage and review of a report's text."""
    header, body = _front_matter(text)
    title = header.get("title") or _first_line(body)
    posted = _posted(text)
    year = _year(title, posted)
    start, end = find_passage(text, year)
    return Report(
        text=text,
        year=year,
        region_zh=_region(title, text),
        title=title,
        url=header.get("source") or header.get("url"),
        posted=posted,
        passage=text[start:end],
        passage_start=start,
        review=text[:start],
    )


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """A Markdown file's YAML header (``title:``, ``source:``), read as plain key-value lines."""
    match = re.match(r"\A---\n(.*?)\n---\n", text, re.DOTALL)
    if match is None:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        if value.strip():
            fields[key.strip()] = value.strip().strip("'\"")
    return fields, text[match.end() :]


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip(" #*\t")
        if line:
            return line[:200]
    return None


def _posted(text: str) -> dt.date | None:
    """The day the report was delivered, from its opening lines (——2023年1月7日在…)."""
    head = text[:3000]
    for line in head.splitlines():
        if "代表大会" in line or "人大" in line or line.lstrip("*").startswith("——"):
            found = _date(line)
            if found:
                return found
    return None


def _date(line: str) -> dt.date | None:
    match = _DATE.search(line)
    if match:
        parts = [int(p) for p in match.groups()]
    else:
        cn = _YEAR_CN.search(line)
        if cn is None:
            return None
        parts = [
            int("".join(_CN_DIGITS[c] for c in cn.group(1))),
            _cn_number(cn.group(2)),
            _cn_number(cn.group(3)),
        ]
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def _cn_number(text: str) -> int:
    """一 to 三十一 as a number."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    if "十" not in text:
        return digits.get(text, 0)
    tens, _, ones = text.partition("十")
    return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)


def _year(title: str | None, posted: dt.date | None) -> int | None:
    if title:
        match = re.search(r"((?:19|20)\d{2})年", title)
        if match:
            return int(match.group(1))
    return posted.year if posted else None


def _region(title: str | None, text: str) -> str | None:
    """The region whose report it is, as the text names it (常州市)."""
    head = text[:3000]
    patterns = (
        rf"在{_PLACE}第?[\d一二三四五六七八九十]+届",
        rf"{_PLACE}人民政府(?:市长|省长|区长|县长|主席)",
        rf"{_PLACE}(?:市长|省长|区长|县长)",
        rf"代表{_PLACE}人民政府",
    )
    for pattern in patterns:
        match = re.search(pattern, head)
        if match:
            return match.group(1)
    if title:
        match = re.search(rf"(?:\d{{4}}年)?{_PLACE}(?:人民)?政府", title)
        if match:
            return match.group(1)
    return None


def find_passage(text: str, year: int | None) -> tuple[int, int]:
    """Where the year's main-target passage is: after its introducing words, to where the list ends."""
    best: tuple[int, int, int] | None = None
    for match in _MARKER.finditer(text):
        # The words before it in its own sentence.
        sentence = max(text.rfind("\n", 0, match.start()), text.rfind("。", 0, match.start())) + 1
        before = text[max(sentence, match.start() - 80) : match.start()]
        if _LONGER.search(before) or _longer_year(before, year):
            continue
        start = match.end()
        end = _passage_end(text, start)
        score = len(_TARGETISH.findall(text[start:end]))
        if score and (best is None or score > best[0]):
            best = (score, start, end)
    if best is None:
        raise ReportError(f"no main-target passage found (looked for: {', '.join(MARKERS)}, followed by ：)")
    return best[1], best[2]


def _longer_year(before: str, year: int | None) -> bool:
    """Whether the words before a marker name a year later than the report's (2035年远景目标)."""
    return year is not None and any(int(y) > year for y in re.findall(r"((?:19|20)\d{2})年", before))


def _passage_end(text: str, start: int) -> int:
    """The end of the list of targets that begins at ``start``: its paragraph (or, for a list
    set out a target a line, its lines), less the sentences after it that are not targets."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not text[start:line_end].strip():  # the targets follow a line each
        end = line_end
        for line in text[line_end + 1 :].split("\n"):
            stripped = line.strip()
            if not stripped:
                if end > line_end:
                    break
                end += 1
                continue
            if not _TARGETISH.search(stripped) or _NOT_TARGETS.match(
                stripped.lstrip("—-·•*0123456789.、（）() ")
            ):
                break
            end += len(line) + 1
        return end
    end = start
    for sentence in re.split(r"(?<=。)", text[start:line_end]):
        if end > start and (_NOT_TARGETS.match(sentence.strip()) or not _TARGETISH.search(sentence)):
            break
        end += len(sentence)
    if end == line_end and not text[start:line_end].rstrip().endswith(("。", "！", "？")):
        end = _paragraphs_on(text, line_end)
    return end


_MORE_PARAGRAPHS = 8
"""How many paragraphs a list without a full stop may go on into."""


def _paragraphs_on(text: str, end: int) -> int:
    """Where a list of targets ends that stops its paragraph without a full stop (a post that
    sets a list out in paragraphs): the next paragraphs that read as targets, to the first full stop."""
    position = end
    for _ in range(_MORE_PARAGRAPHS):
        while position < len(text) and text[position] in "\r\n \t\u3000":
            position += 1
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if not line or not _TARGETISH.search(line) or _NOT_TARGETS.match(line):
            break
        end = position = line_end
        if line.endswith(("。", "！", "？")):
            break
    return end
