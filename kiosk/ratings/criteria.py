"""The per-dossier evaluation's questions, read from the bundled criteria file.

``resources/ratings/satisfaction_criteria_vi.json`` (a copy of the domain notes' file, see the
README beside it) holds eleven indicators: ``chiso1``..``chiso9`` scored 0/1/2 and ``chiso10``
(convenience) and ``chiso11`` (overall) on the three levels. The texts stay data: a new decree
means a new file, not new code. The points of each answer are read from its own words
("Điểm 2 khi ...").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kiosk.paths import resources_dir
from kiosk.ratings.errors import CriteriaError
from kiosk.textnorm import clean

CRITERIA_FILE = Path("ratings") / "satisfaction_criteria_vi.json"
#: the nine indicators scored in points
POINT_KEYS = tuple(f"chiso{i}" for i in range(1, 10))
POINTS = (0, 1, 2)
#: the two on the three-level scale (3 Rất hài lòng, 2 Hài lòng, 1 Không hài lòng)
LEVEL_KEYS = ("convenience", "overall")
LEVELS = (1, 2, 3)
#: every answer of a complete evaluation, in the order they are asked
ANSWER_KEYS = POINT_KEYS + LEVEL_KEYS
# the file's keys of the last two
_SOURCE_KEY = {"convenience": "chiso10", "overall": "chiso11"}
_LEVEL_OF_OPTION = {"a": 3, "b": 2, "c": 1}

_PREFIX = re.compile(r"^\s*Chỉ số\s*\d+\s*:\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"\s*,?\s*với (?:các |mức )?(?:mức )?điểm cụ thể như sau\s*:?\s*$", re.IGNORECASE)
_POINTS = re.compile(r"^\s*Điểm\s*(\d)\s*(?:khi\s*)?", re.IGNORECASE)


@dataclass(frozen=True)
class Choice:
    """One answer to an indicator: its value (points or level), the full text and a short one."""

    value: int
    text: str
    short: str


@dataclass(frozen=True)
class Indicator:
    """One question of the evaluation.

    Attributes:
        key: the answer's key in a stored evaluation (``chiso1``..``chiso9``, ``convenience``,
            ``overall``).
        number: its number in the official text (1..11).
        title: the official text, in full.
        short_title: the title without "Chỉ số N:" and "với các mức điểm cụ thể như sau:" (for
            buttons and headings).
        choices: the answers, best first.
    """

    key: str
    number: int
    title: str
    short_title: str
    choices: tuple[Choice, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(sorted(c.value for c in self.choices))

    def choice(self, value: int) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def short_title(title: str) -> str:
    """"Chỉ số 1: Tổng thời gian ... với các mức điểm cụ thể như sau:" → "Tổng thời gian ..."."""
    return _sentence(_SUFFIX.sub("", _PREFIX.sub("", title)))


def _indicator(key: str, number: int, raw: Any, source: str) -> Indicator:
    def bad(detail: str) -> CriteriaError:
        return CriteriaError("criteria_unreadable", path=source, detail=f"chiso{number}: {detail}")

    if not isinstance(raw, dict):
        raise bad("missing")
    title = raw.get("tieuDe")
    answers = raw.get("cauTraLoi")
    if not isinstance(title, str) or not clean(title) or not isinstance(answers, dict) or not answers:
        raise bad("tieuDe / cauTraLoi")
    choices: list[Choice] = []
    for option, text in answers.items():
        if not isinstance(text, str) or not clean(text):
            raise bad(f"cauTraLoi.{option}")
        text = clean(text)
        if key in LEVEL_KEYS:
            if option not in _LEVEL_OF_OPTION:
                raise bad(f"cauTraLoi.{option}: a, b, c")
            choices.append(Choice(_LEVEL_OF_OPTION[option], text, text))
            continue
        m = _POINTS.match(text)
        if m is None or int(m.group(1)) not in POINTS:
            raise bad(f"cauTraLoi.{option}: “Điểm 0/1/2 khi ...”")
        choices.append(Choice(int(m.group(1)), text, _sentence(text[m.end():])))
    expected = LEVELS if key in LEVEL_KEYS else POINTS
    if sorted(c.value for c in choices) != list(expected):
        raise bad(f"answers must be {'/'.join(map(str, expected))}")
    choices.sort(key=lambda c: -c.value)
    title = clean(title)
    return Indicator(key, number, title, short_title(title), tuple(choices))


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[Indicator, ...]:
    source = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CriteriaError("criteria_unreadable", path=source, detail=str(exc)[:200]) from exc
    groups = data.get("tieuChiDanhGiaHaiLong") if isinstance(data, dict) else None
    if not isinstance(groups, list) or not groups or not isinstance(groups[0], dict):
        raise CriteriaError("criteria_unreadable", path=source, detail="tieuChiDanhGiaHaiLong")
    table = groups[0]
    out = []
    for number, key in enumerate(ANSWER_KEYS, start=1):
        out.append(_indicator(key, number, table.get(_SOURCE_KEY.get(key, key)), source))
    return tuple(out)


def criteria_path() -> Path:
    return resources_dir() / CRITERIA_FILE


def load_criteria(path: Path | None = None) -> tuple[Indicator, ...]:
    """The eleven indicators in the order they are asked (cached per file).

    Raises:
        CriteriaError: the file is missing, is not JSON, or lacks an indicator or an answer.
    """
    return _load(path or criteria_path())
