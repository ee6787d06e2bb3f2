"""The applicant block of a dossier: checked, normalised, and masked for public screens."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from kiosk.errors import KioskError
from kiosk.textnorm import clean

# [0-9], not \d: \d also takes Arabic-Indic and other Unicode digits ("١٢٣٤٥٦٧٨٩")
ID_NUMBER = re.compile(r"^([0-9]{9}|[0-9]{12})$")  # old CMND 9 digits, CCCD 12 digits
# what the message promises: date.fromisoformat also takes "20000101" and "2000-W01-1"
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
PHONE = re.compile(r"^\+?[0-9 .-]{8,15}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FIELDS = ("name", "id_number", "birth_date", "address", "phone", "email")


@dataclass(frozen=True)
class Applicant:
    name: str
    id_number: str
    birth_date: dt.date | None
    address: str
    phone: str = ""
    email: str = ""

    @classmethod
    def parse(cls, raw: object) -> Applicant:
        """From a JSON object (the CLI's file, the counter's form); every problem at once.

        Raises:
            KioskError: ``applicant_invalid`` listing what is wrong, in the reader's language.
        """
        if not isinstance(raw, dict):
            raise KioskError("applicant_invalid", problems={"vi": "không phải một đối tượng JSON",
                                                            "en": "not a JSON object"})
        vi: list[str] = []
        en: list[str] = []
        values: dict[str, Any] = {}
        for key in FIELDS:
            value = raw.get(key, "")
            if value is None:
                value = ""
            if not isinstance(value, str):
                vi.append(f"{key}: phải là chữ")
                en.append(f"{key}: must be text")
                value = ""
            values[key] = clean(value).strip()
        if not values["name"]:
            vi.append("thiếu họ tên (name)")
            en.append("name is missing")
        id_number = re.sub(r"\s", "", values["id_number"])
        if not ID_NUMBER.match(id_number):
            vi.append("số định danh (id_number) phải có 12 chữ số (CCCD) hoặc 9 (CMND)")
            en.append("id_number must have 12 digits (CCCD) or 9 (old ID)")
        values["id_number"] = id_number
        birth: dt.date | None = None
        if values["birth_date"]:
            try:
                if not ISO_DATE.fullmatch(values["birth_date"]):
                    raise ValueError(values["birth_date"])
                birth = dt.date.fromisoformat(values["birth_date"])
            except ValueError:
                vi.append(f"ngày sinh (birth_date) dạng YYYY-MM-DD (đang là {values['birth_date']!r})")
                en.append(f"birth_date must be YYYY-MM-DD (got {values['birth_date']!r})")
            else:
                if not dt.date(1900, 1, 1) <= birth <= dt.date.today():
                    vi.append(f"ngày sinh (birth_date) không hợp lý: {birth.isoformat()}")
                    en.append(f"birth_date is not plausible: {birth.isoformat()}")
        else:
            vi.append("thiếu ngày sinh (birth_date)")
            en.append("birth_date is missing")
        if not values["address"]:
            vi.append("thiếu địa chỉ (address)")
            en.append("address is missing")
        if values["phone"] and not PHONE.match(values["phone"]):
            vi.append(f"số điện thoại (phone) không hợp lệ: {values['phone']!r}")
            en.append(f"phone is not a phone number: {values['phone']!r}")
        if values["email"] and not EMAIL.match(values["email"]):
            vi.append(f"thư điện tử (email) không hợp lệ: {values['email']!r}")
            en.append(f"email is not an e-mail address: {values['email']!r}")
        if vi:
            raise KioskError("applicant_invalid", problems={"vi": "; ".join(vi), "en": "; ".join(en)})
        return cls(values["name"], id_number, birth, values["address"], values["phone"],
                   values["email"])

    def to_json(self) -> dict[str, str]:
        out = asdict(self)
        out["birth_date"] = self.birth_date.isoformat() if self.birth_date else ""
        return out

    @classmethod
    def from_json(cls, raw: object) -> Applicant:
        """What the store holds (written by :meth:`to_json` here or on another terminal, then
        synced): never raises, a value that is not what :meth:`to_json` writes is read as empty
        (a birth date that is not ``YYYY-MM-DD`` as None) so a dossier can always be shown."""
        data: dict[str, Any] = raw if isinstance(raw, dict) else {}

        def text(key: str) -> str:
            value = data.get(key)
            return clean(value) if isinstance(value, str) else ""

        birth: dt.date | None = None
        birth_text = text("birth_date")
        if ISO_DATE.fullmatch(birth_text):
            try:
                birth = dt.date.fromisoformat(birth_text)
            except ValueError:
                birth = None
        return cls(text("name"), text("id_number"), birth, text("address"), text("phone"),
                   text("email"))


def mask_name(name: str) -> str:
    """"Nguyễn Văn An" → "Nguyễn V. A.": the family name, then initials (Decree 13/2023)."""
    words = clean(name).split()
    if not words:
        return ""
    if len(words) == 1:
        return words[0][0] + "."
    return " ".join([words[0], *(w[0] + "." for w in words[1:])])
