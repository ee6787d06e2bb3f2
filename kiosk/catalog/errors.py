"""What goes wrong with a procedure catalog, said in Vietnamese and English.

A catalog file is checked as a whole: every problem is collected, each naming the file, the
procedure (its position and code) and the field, so that whoever maintains the file can fix them
all in one pass. The sentences live here rather than in :mod:`kiosk.messages` so that the catalog
package stays self-contained; a test checks both languages carry the same placeholders.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.errors import ConfigError, KioskError

#: How many problems a message lists before it says "and N more".
MAX_LISTED = 40

MESSAGES: dict[str, dict[str, str]] = {
    # --- the file as a whole
    "catalog_invalid": {
        "vi": "Danh mục thủ tục “{source}” có {count} lỗi, chưa nạp được. Hãy sửa rồi nạp lại:",
        "en": "The procedure catalog “{source}” has {count} problem(s) and was not loaded. Fix them and load it again:",
    },
    "more_problems": {
        "vi": "… và {count} lỗi khác.",
        "en": "… and {count} more.",
    },
    "file_not_found": {
        "vi": "không tìm thấy tệp. Hãy kiểm tra đường dẫn.",
        "en": "the file does not exist. Check the path.",
    },
    "file_unreadable": {
        "vi": "không đọc được tệp ({detail}).",
        "en": "the file cannot be read ({detail}).",
    },
    "not_utf8": {
        "vi": "tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {offset}). Hãy lưu lại với mã hóa UTF-8.",
        "en": "the file is not UTF-8 text (bad byte at offset {offset}). Save it again as UTF-8.",
    },
    "bad_json": {
        "vi": "JSON không hợp lệ ở dòng {line}, cột {column}: {detail}.",
        "en": "invalid JSON at line {line}, column {column}: {detail}.",
    },
    "bad_csv": {
        "vi": "CSV không hợp lệ: {detail}.",
        "en": "invalid CSV: {detail}.",
    },
    "csv_missing_columns": {
        "vi": "thiếu cột bắt buộc: {columns}.",
        "en": "required columns are missing: {columns}.",
    },
    "unknown_format": {
        "vi": "chỉ đọc được tệp .json hoặc .csv.",
        "en": "only .json and .csv files can be read.",
    },
    "not_catalog_object": {
        "vi": "nội dung phải là một đối tượng JSON có khóa “procedures” (danh sách thủ tục).",
        "en": "the content must be a JSON object with a “procedures” key (the list of procedures).",
    },
    "no_procedures": {
        "vi": "danh mục không có thủ tục nào.",
        "en": "the catalog holds no procedure.",
    },
    # --- one value
    "required": {
        "vi": "thiếu giá trị bắt buộc.",
        "en": "a value is required.",
    },
    "empty_text": {
        "vi": "không được để trống.",
        "en": "must not be empty.",
    },
    "must_be_text": {
        "vi": "phải là chuỗi văn bản.",
        "en": "must be a text string.",
    },
    "must_be_int": {
        "vi": "phải là số nguyên (đang là “{value}”).",
        "en": "must be a whole number (it is “{value}”).",
    },
    "must_be_bool": {
        "vi": "phải là true hoặc false (đang là “{value}”).",
        "en": "must be true or false (it is “{value}”).",
    },
    "must_be_list": {
        "vi": "phải là một danh sách [...].",
        "en": "must be a list [...].",
    },
    "must_be_object": {
        "vi": "phải là một đối tượng {{...}}.",
        "en": "must be an object {{...}}.",
    },
    "negative": {
        "vi": "không được là số âm (đang là {value}).",
        "en": "must not be negative (it is {value}).",
    },
    "not_one_of": {
        "vi": "giá trị “{value}” không hợp lệ; chỉ nhận: {allowed}.",
        "en": "“{value}” is not valid; use one of: {allowed}.",
    },
    "unknown_key": {
        "vi": "không có trường “{key}” (gõ nhầm?); các trường hợp lệ: {known}.",
        "en": "there is no field “{key}” (a typo?); valid fields: {known}.",
    },
    # --- procedure rules
    "bad_code": {
        "vi": "mã “{value}” không đúng dạng mã thủ tục quốc gia (ví dụ 1.000948.H38 hoặc 2.000635).",
        "en": "“{value}” is not a national procedure code (e.g. 1.000948.H38 or 2.000635).",
    },
    "duplicate_code": {
        "vi": "mã thủ tục “{value}” bị trùng (đã có ở {first}).",
        "en": "the procedure code “{value}” is used twice (first at {first}).",
    },
    "duplicate_code_row": {
        "vi": "mã thủ tục “{value}” bị trùng (đã có ở dòng {first}).",
        "en": "the procedure code “{value}” is used twice (first on line {first}).",
    },
    "same_day_amount": {
        "vi": "thủ tục trả kết quả trong ngày (same_day) phải có amount = 0 (đang là {value}).",
        "en": "a same-day procedure (same_day) must have amount = 0 (it is {value}).",
    },
    "amount_too_small": {
        "vi": "phải từ 1 trở lên khi đơn vị là “{unit}” (đang là {value}).",
        "en": "must be 1 or more when the unit is “{unit}” (it is {value}).",
    },
    "amount_too_large": {
        "vi": "thời hạn {value} quá dài (tối đa {limit}); có gõ nhầm không?",
        "en": "a time of {value} is too long (at most {limit}); is it a typing mistake?",
    },
    "cutoff_same_day_only": {
        "vi": "giờ chốt (cutoff) chỉ dùng cho thủ tục trả trong ngày (same_day), không dùng với “{unit}”.",
        "en": "a cut-off only applies to same-day procedures (same_day), not to “{unit}”.",
    },
    "bad_cutoff": {
        "vi": "giờ “{value}” không đúng dạng HH:MM (ví dụ 15:00).",
        "en": "“{value}” is not a time of day as HH:MM (e.g. 15:00).",
    },
    "bad_field_code": {
        "vi": "mã lĩnh vực “{value}” chỉ được gồm chữ không dấu, số, “_” hoặc “-”.",
        "en": "the field code “{value}” may only hold unaccented letters, digits, “_” or “-”.",
    },
    "duplicate_field": {
        "vi": "mã lĩnh vực “{value}” bị trùng.",
        "en": "the field code “{value}” is used twice.",
    },
    "unknown_field": {
        "vi": "lĩnh vực “{value}” chưa được khai báo trong “fields”; các lĩnh vực: {known}.",
        "en": "the field “{value}” is not declared under “fields”; declared fields: {known}.",
    },
    "field_name_conflict": {
        "vi": "lĩnh vực “{value}” đã có tên “{first}”, không thể đặt thêm tên “{second}”.",
        "en": "the field “{value}” is already named “{first}” and cannot also be “{second}”.",
    },
    "bad_component_id": {
        "vi": "mã thành phần “{value}” chỉ được gồm chữ không dấu, số, “_”, “.” hoặc “-” (tối đa 20 ký tự).",
        "en": "the component id “{value}” may only hold unaccented letters, digits, “_”, “.” or “-” (20 at most).",
    },
    "duplicate_component": {
        "vi": "mã thành phần “{value}” bị trùng trong cùng thủ tục.",
        "en": "the component id “{value}” is used twice in this procedure.",
    },
    "no_copies": {
        "vi": "phải yêu cầu ít nhất 1 bản (bản chính, bản sao chứng thực hoặc bản chụp).",
        "en": "at least one copy must be required (original, certified copy or photocopy).",
    },
    "bad_json_cell": {
        "vi": "ô này phải chứa JSON hợp lệ ({detail}).",
        "en": "this cell must hold valid JSON ({detail}).",
    },
    # --- look-ups (CLI, screens)
    "unknown_procedure": {
        "vi": "Không có thủ tục mã “{code}” trong danh mục.",
        "en": "There is no procedure with code “{code}” in the catalog.",
    },
    "unknown_catalog_field": {
        "vi": "Không có lĩnh vực “{value}”. Các lĩnh vực: {known}.",
        "en": "There is no field “{value}”. Fields: {known}.",
    },
}


def _t(key: str, lang: str, params: Mapping[str, object]) -> str:
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    return text.format(**params)


@dataclass(frozen=True)
class CatalogProblem:
    """One thing wrong in a catalog file, and where.

    Attributes:
        key: The message key (see :data:`MESSAGES`), stable for tests and tools.
        field: Dotted path of the value inside the procedure or file, e.g.
            ``"processing.unit"`` or ``"components[2].originals"``; empty for the file itself.
        index: Position of the procedure in the JSON ``procedures`` list (0-based), if any.
        row: Line of the CSV file the procedure was read from (1-based, header is 1), if any.
        code: The procedure's code when it could be read.
        params: Values for the message's placeholders.
    """

    key: str
    field: str = ""
    index: int | None = None
    row: int | None = None
    code: str | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def location(self, lang: str = "vi") -> str:
        """Where the problem is, e.g. ``procedures[3] (1.001193) › processing.unit``."""
        parts: list[str] = []
        if self.row is not None:
            parts.append(f"{'dòng' if lang != 'en' else 'line'} {self.row}")
        elif self.index is not None:
            parts.append(f"procedures[{self.index}]")
        if self.code:
            parts.append(f"({self.code})")
        where = " ".join(parts)
        if self.field:
            where = f"{where} › {self.field}" if where else self.field
        return where

    def text(self, lang: str = "vi") -> str:
        """The problem as one line: location, then the sentence."""
        where = self.location(lang)
        sentence = _t(self.key, lang, self.params)
        return f"{where}: {sentence}" if where else sentence


class _Bilingual:
    """``message_vi`` / ``message_en`` over the ``message(lang)`` of the error it is mixed into
    (no stub here: one would come before ``KioskError.message`` in the method order)."""

    if TYPE_CHECKING:
        def message(self, lang: str = "vi") -> str: ...

    @property
    def message_vi(self) -> str:
        """The text in Vietnamese."""
        return self.message("vi")

    @property
    def message_en(self) -> str:
        """The text in English."""
        return self.message("en")


class CatalogError(_Bilingual, ConfigError):
    """A catalog file could not be loaded; every problem found is listed.

    Attributes:
        source: The file (or a label for in-memory data) the problems are in.
        problems: Every problem found, in file order.
    """

    def __init__(self, source: str, problems: Sequence[CatalogProblem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__("catalog_invalid", source=source, count=len(self.problems))

    def message(self, lang: str = "vi") -> str:
        """The whole report in ``lang`` (Vietnamese when unknown): a heading, one line a problem."""
        lines = [_t("catalog_invalid", lang, {"source": self.source, "count": len(self.problems)})]
        lines += [f"  - {p.text(lang)}" for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append("  " + _t("more_problems", lang, {"count": len(self.problems) - MAX_LISTED}))
        return "\n".join(lines)



class CatalogLookupError(_Bilingual, KioskError):
    """A code or field asked for (on the command line, by a screen) is not in the catalog."""

    exit_code = 10

    def message(self, lang: str = "vi") -> str:
        """The sentence in ``lang`` (Vietnamese when unknown)."""
        return _t(self.key, lang, self.params)


