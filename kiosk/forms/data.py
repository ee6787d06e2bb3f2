"""What the official slips print: plain, frozen input records, independent of the database.

The dossier service maps its own records onto these. Every text is normalised to NFC on the way
in (so a decomposed tone mark typed or scanned elsewhere still prints and copies as one letter),
lists become tuples, and every moment must be timezone-aware (shown in Asia/Ho_Chi_Minh).

Which record each form reads:

* 01, 02, 03, 04, 05 take a :class:`SlipData` (center, applicant, dossier, plus the part the
  form needs: :class:`Supplement` for 02, :class:`Refusal` for 03, :class:`LateNotice` for 04,
  :class:`HandOver` rows for 05).
* 06 takes a :class:`RegisterData` (center, a period and :class:`RegisterRow` rows).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.textnorm import nfc


class FormDataError(ValueError):
    """The data given cannot make the form asked for; the message says what is missing."""


def _normalise(obj: object) -> None:
    """NFC every string field, turn list fields into tuples, refuse naive datetimes."""
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, str):
            object.__setattr__(obj, f.name, nfc(value).strip())
        elif isinstance(value, list):
            object.__setattr__(obj, f.name, tuple(value))
        elif isinstance(value, dt.datetime) and value.utcoffset() is None:
            raise FormDataError(
                f"{type(obj).__name__}.{f.name} must be timezone-aware (got {value.isoformat()}); "
                "give it a tzinfo, e.g. datetime.UTC or ZoneInfo('Asia/Ho_Chi_Minh')."
            )


@dataclasses.dataclass(frozen=True)
class Center:
    """The receiving unit as it heads every slip.

    Attributes:
        name: The unit, e.g. "Trung tâm Phục vụ hành chính công" (printed in capitals).
        parent: The authority line above it, e.g. "UBND TỈNH ĐỒNG NAI" (printed in capitals).
        place: The place name of the date line, e.g. "Đồng Nai" ("Đồng Nai, ngày 27 tháng 10...").
        address: The unit's address.
        phone: The unit's phone number.
        result_place: Where results are collected, unless the dossier says otherwise.
        head_name: The head of the center, who signs form 04.
        head_title: The head's title over the signature, e.g. "GIÁM ĐỐC".
    """

    name: str
    parent: str = ""
    place: str = ""
    address: str = ""
    phone: str = ""
    result_place: str = ""
    head_name: str = ""
    head_title: str = "GIÁM ĐỐC"

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class Applicant:
    """The person who hands in the dossier (người nộp hồ sơ).

    Attributes:
        name: Full name, e.g. "Nguyễn Thị Hồng Nhung".
        id_number: Citizen ID (CCCD) or personal identification number.
        birth_date: Date of birth, or None when not recorded.
        address: Address.
        phone: Phone number.
        email: E-mail address.
    """

    name: str
    id_number: str = ""
    birth_date: dt.date | None = None
    address: str = ""
    phone: str = ""
    email: str = ""

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class Component:
    """One paper of a dossier with the counts received (form 01) or still needed (form 02).

    Attributes:
        name: The paper, e.g. "Tờ khai đăng ký khai sinh".
        originals: Originals (bản chính).
        certified_copies: Certified copies (bản sao chứng thực).
        photocopies: Photocopies (bản chụp / bản photo).
        note: A note (printed on form 02, e.g. what to correct).
    """

    name: str
    originals: int = 0
    certified_copies: int = 0
    photocopies: int = 0
    note: str = ""

    def __post_init__(self) -> None:
        _normalise(self)
        if min(self.originals, self.certified_copies, self.photocopies) < 0:
            raise FormDataError(f"Component {self.name!r}: counts cannot be negative.")


@dataclasses.dataclass(frozen=True)
class Fee:
    """One fee or charge line (phí, lệ phí).

    Attributes:
        label: What it is, e.g. "Lệ phí đăng ký khai sinh".
        amount: Whole VND (printed "50.000 đồng").
    """

    label: str
    amount: int

    def __post_init__(self) -> None:
        _normalise(self)
        if self.amount < 0:
            raise FormDataError(f"Fee {self.label!r}: the amount cannot be negative.")


@dataclasses.dataclass(frozen=True)
class Dossier:
    """The dossier (hồ sơ) as received.

    Attributes:
        code: Dossier code, e.g. "000.00.06.H56-231027-0361" (text, Code 128 and QR). Empty
            only on forms 02/03 for a dossier never registered (then no codes are printed).
        procedure_name: Procedure, e.g. "Đăng ký khai sinh".
        received_at: When it was received (aware datetime).
        procedure_code: National procedure code, e.g. "1.000948.H38".
        field_name: Field (lĩnh vực), e.g. "Hộ tịch".
        owner_name: Dossier owner when not the applicant (chủ hồ sơ), else empty.
        owner_address: The owner's address, when different.
        appointment_at: Return time (aware datetime), printed "Sau 9 giờ 00 phút, ngày 03/11/2023".
        processing_time: Statutory processing time as text, e.g. "05 ngày làm việc".
        sets: Number of sets (bộ hồ sơ).
        components: Papers received (form 01 table; flows onto more pages when long).
        fees: Fee lines; the total is their sum.
        fee_mode: How fees are paid, e.g. "Nộp trực tiếp tại Bộ phận Một cửa".
        officer_name: The reception officer (signs 01, 02, 03).
        result_place: Where to collect the result (empty: the center's).
        tracking: What the QR carries, e.g. a lookup URL (empty: the dossier code).
        handling_unit: The agency in charge of processing (form 05).
        slip_number: The "Số:" of the slip (e.g. the register entry), printed when given.
        payment_qr: A VietQR payload (see :mod:`kiosk.payments`) to pay the fees by bank
            transfer; form 01 prints it as a second QR code beside the fees (empty: none).
        payment_note: Printed under that QR, e.g. the account and the transfer's content.
    """

    code: str
    procedure_name: str
    received_at: dt.datetime
    procedure_code: str = ""
    field_name: str = ""
    owner_name: str = ""
    owner_address: str = ""
    appointment_at: dt.datetime | None = None
    processing_time: str = ""
    sets: int = 1
    components: tuple[Component, ...] = ()
    fees: tuple[Fee, ...] = ()
    fee_mode: str = ""
    officer_name: str = ""
    result_place: str = ""
    tracking: str = ""
    handling_unit: str = ""
    slip_number: str = ""
    payment_qr: str = ""
    payment_note: str = ""

    def __post_init__(self) -> None:
        _normalise(self)

    @property
    def qr_text(self) -> str:
        """What the QR encodes: ``tracking`` when given, else the dossier code."""
        return self.tracking or self.code

    @property
    def fee_total(self) -> int:
        """The sum of the fee lines in VND."""
        return sum(fee.amount for fee in self.fees)


@dataclasses.dataclass(frozen=True)
class Supplement:
    """Form 02: what the applicant must add or correct, all at once.

    Attributes:
        missing: Papers to add or complete, with counts and a note each.
        reason: Why (what to complete).
        contact_name: Officer to call with questions.
        contact_phone: That officer's phone.
    """

    missing: tuple[Component, ...]
    reason: str = ""
    contact_name: str = ""
    contact_phone: str = ""

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class Refusal:
    """Form 03: the reason a dossier is refused (e.g. not within the center's competence).

    Attributes:
        reason: The reason, in full.
    """

    reason: str

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class LateNotice:
    """Form 04: the apology with a new return date.

    Attributes:
        number: The notice number ("Số:"), e.g. "15/PXL-TTHCC".
        late_unit: The unit that is late, e.g. "Phòng Tư pháp".
        reason: Why the result is late.
        original_appointment: The return time promised on form 01 (aware).
        new_appointment: The new return time (aware).
        issued_at: When the notice is issued (aware): its date line, and the date that picks
            the template in force.
        subject: The "V/v" line; empty prints none.
        return_place: Where to collect; empty: the dossier's or center's place.
        signer_name: Who signs; empty: the center's head.
        signer_title: The signer's title; empty: the center's head_title.
    """

    number: str
    late_unit: str
    reason: str
    original_appointment: dt.datetime
    new_appointment: dt.datetime
    issued_at: dt.datetime
    subject: str = ""
    return_place: str = ""
    signer_name: str = ""
    signer_title: str = ""

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class HandOver:
    """Form 05: one hand-over of the dossier between agencies or steps.

    Attributes:
        step: The agency or step, e.g. "Bộ phận Một cửa → Phòng Tư pháp".
        given_at: When it was handed over (aware), or None (left blank to fill by hand).
        giver: Who handed it over.
        received_at: When it was received (aware), or None.
        receiver: Who received it.
        result: "Sớm hạn", "Đúng hạn" or "Quá hạn" (free text, from the service's judgment).
        note: A note.
    """

    step: str
    given_at: dt.datetime | None = None
    giver: str = ""
    received_at: dt.datetime | None = None
    receiver: str = ""
    result: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class SlipData:
    """Everything forms 01-05 read about one dossier.

    Attributes:
        center: The receiving unit.
        applicant: Who hands in the dossier.
        dossier: The dossier.
        supplement: Required by form 02.
        refusal: Required by form 03.
        late: Required by form 04.
        handovers: Rows of form 05 (blank rows are added to fill by hand).
        issued_at: The date line's moment; None: ``dossier.received_at`` (form 04 uses
            ``late.issued_at``).
    """

    center: Center
    applicant: Applicant
    dossier: Dossier
    supplement: Supplement | None = None
    refusal: Refusal | None = None
    late: LateNotice | None = None
    handovers: tuple[HandOver, ...] = ()
    issued_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class RegisterRow:
    """Form 06: one line of the register (sổ theo dõi hồ sơ).

    Attributes:
        no: Row number in the register.
        code: Dossier code.
        summary: Procedure / summary of the request.
        sets: Number of sets.
        owner: Name of the person or organisation.
        address: Their address.
        phone: Their phone.
        received_at: Received (aware).
        appointment_at: Appointment (aware) or None.
        returned_at: Result returned (aware) or None (blank).
        officer: The receiving officer.
        locality: Locality (xã/phường) the dossier belongs to.
    """

    no: int
    code: str
    summary: str
    owner: str
    received_at: dt.datetime
    sets: int = 1
    address: str = ""
    phone: str = ""
    appointment_at: dt.datetime | None = None
    returned_at: dt.datetime | None = None
    officer: str = ""
    locality: str = ""

    def __post_init__(self) -> None:
        _normalise(self)


@dataclasses.dataclass(frozen=True)
class RegisterData:
    """Form 06: the register over a period.

    Attributes:
        center: The receiving unit.
        period_from: First day (inclusive).
        period_to: Last day (inclusive).
        rows: The lines, in the order given.
        book: "Quyển số" (book number), printed when given.
        issued_at: The date line's moment; None: the date line shows ``period_to``.
    """

    center: Center
    period_from: dt.date
    period_to: dt.date
    rows: tuple[RegisterRow, ...] = ()
    book: str = ""
    issued_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        _normalise(self)
        if self.period_to < self.period_from:
            raise FormDataError(
                f"The register's period ends ({self.period_to}) before it starts ({self.period_from})."
            )


FormData = SlipData | RegisterData
