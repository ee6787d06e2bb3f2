"""Who may do what: roles, permissions and the principal acting on this terminal.

Every application service asks ``access.require(permission)`` before it acts, so a screen that
shows a button by mistake (or a script calling the service) still cannot act beyond its role.

- **citizen**: the kiosk, no sign-in: take a ticket, look up a dossier (masked), rate, complain.
- **officer**: the counter, signed in with code and PIN: call, transfer, no-show, take in
  dossiers, issue slips, reprint, read the applicant's personal data.
- **manager**: reports, late dossiers, complaints (answer, assign, close), personal data.
- **technician**: devices and settings on this terminal (the technician PIN), reprints, the audit.
- **administrator**: accounts and centers (on the server), and what a technician may do.
- **display**: the waiting-room board: reads the calls, nothing else.
- **system**: this machine's operator at its shell (the CLI, housekeeping, tests). Whoever has a
  shell on the terminal can read the database file itself; the roles protect the screens and the
  network, not a machine already taken (docs/security.md).

A terminal starts with its *base* principal (by role: kiosk -> citizen, display -> display,
counter -> nobody until an officer signs in, technician -> nobody until the PIN); a sign-in puts
an officer or manager in its place, a sign-out or the inactivity lock brings the base back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum

from kiosk.errors import TableError


class Role(StrEnum):
    CITIZEN = "citizen"
    OFFICER = "officer"
    MANAGER = "manager"
    TECHNICIAN = "technician"
    ADMINISTRATOR = "administrator"
    DISPLAY = "display"
    SYSTEM = "system"
    NOBODY = "nobody"


# roles an account in the center's configuration may hold ([[officers]] role = ...)
ACCOUNT_ROLES = (Role.OFFICER, Role.MANAGER, Role.ADMINISTRATOR)

_C, _O, _M, _T, _A, _D = (Role.CITIZEN, Role.OFFICER, Role.MANAGER, Role.TECHNICIAN,
                          Role.ADMINISTRATOR, Role.DISPLAY)

PERMISSIONS: dict[str, frozenset[Role]] = {
    # the kiosk's citizen services
    "ticket.take": frozenset({_C, _O, _M}),
    "dossier.lookup": frozenset({_C, _O, _M, _T, _A}),
    "rating.give": frozenset({_C, _O, _M}),
    "feedback.file": frozenset({_C, _O, _M}),
    # the counter
    "queue.serve": frozenset({_O, _M}),  # call, recall, finish, no-show, transfer, park, resume
    "dossier.receive": frozenset({_O, _M}),
    "dossier.change": frozenset({_O, _M}),  # state changes, handover, late notice, files
    # registers, late dossiers (a technician sees them with names masked: no personal.read)
    "dossier.list": frozenset({_O, _M, _T, _A}),
    "form.issue": frozenset({_O, _M}),
    "personal.read": frozenset({_O, _M, _A}),
    "print.reprint": frozenset({_O, _M, _T}),
    # the manager (the technician prints the aggregates for managers: no personal data in them)
    "report.read": frozenset({_M, _T, _A}),
    "feedback.handle": frozenset({_M}),
    # the technician
    "settings.change": frozenset({_T, _A}),
    "device.change": frozenset({_T, _A}),
    "audit.read": frozenset({_T, _M, _A}),
    # the administrator
    "account.manage": frozenset({_A}),
    # the board
    "board.read": frozenset({_C, _O, _M, _T, _A, _D}),
}


def roles_allowed(permission: str) -> frozenset[Role]:
    try:
        return PERMISSIONS[permission]
    except KeyError:
        raise ValueError(f"unknown permission {permission!r}") from None


@dataclass(frozen=True)
class Principal:
    """Who acts: a role and, for a person signed in, the account's code and name."""

    role: Role
    code: str = ""
    name: str = ""
    roles: frozenset[Role] = frozenset()

    @property
    def all_roles(self) -> frozenset[Role]:
        return self.roles | {self.role}

    def can(self, permission: str) -> bool:
        if self.role == Role.SYSTEM:
            roles_allowed(permission)  # a typo in a permission fails everywhere, not only here
            return True
        return bool(self.all_roles & roles_allowed(permission))

    @property
    def actor(self) -> str:
        """How the audit trail names this principal."""
        return self.code or self.role.value


SYSTEM = Principal(Role.SYSTEM)
NOBODY = Principal(Role.NOBODY)
CITIZEN = Principal(Role.CITIZEN)
DISPLAY = Principal(Role.DISPLAY)
TECHNICIAN = Principal(Role.TECHNICIAN, "technician")


def base_principal(terminal_role: str) -> Principal:
    """Who acts on a terminal of this role when nobody has signed in."""
    return {"kiosk": CITIZEN, "display": DISPLAY}.get(terminal_role, NOBODY)


ROLE_NAMES: dict[Role, tuple[str, str]] = {
    Role.CITIZEN: ("công dân", "citizen"),
    Role.OFFICER: ("cán bộ tiếp nhận", "reception officer"),
    Role.MANAGER: ("lãnh đạo, quản lý", "manager"),
    Role.TECHNICIAN: ("kỹ thuật viên", "technician"),
    Role.ADMINISTRATOR: ("quản trị hệ thống", "administrator"),
    Role.DISPLAY: ("màn hình phòng chờ", "display board"),
    Role.SYSTEM: ("hệ thống", "system"),
    Role.NOBODY: ("chưa đăng nhập", "nobody signed in"),
}


class AccessDenied(TableError):
    """A service was asked for something the acting role may not do (shown, never a traceback)."""

    MESSAGES = {
        "access_denied": {
            "vi": "Không được phép: vai trò {role_vi} không thực hiện được việc này ({permission}).",
            "en": "Not allowed: the {role_en} role may not do this ({permission}).",
        },
        "signed_out": {
            "vi": "Phiên làm việc đã khoá hoặc đã đăng xuất: hãy đăng nhập lại.",
            "en": "The session is locked or signed out: please sign in again.",
        },
    }

    def __init__(self, permission: str, principal: Principal) -> None:
        vi, en = ROLE_NAMES[principal.role]
        key = "signed_out" if principal.role == Role.NOBODY else "access_denied"
        super().__init__(key, permission=permission, role_vi=vi, role_en=en)
        self.permission = permission
        self.principal = principal


class Access:
    """The principal acting on this terminal now, shared by its services (thread-safe)."""

    def __init__(self, base: Principal = SYSTEM) -> None:
        self._lock = threading.Lock()
        self._base = base
        self._current = base

    @property
    def principal(self) -> Principal:
        with self._lock:
            return self._current

    @property
    def base(self) -> Principal:
        return self._base

    def set_base(self, base: Principal) -> None:
        """The terminal's principal when nobody is signed in (and now, when nobody is)."""
        with self._lock:
            if self._current == self._base:
                self._current = base
            self._base = base

    def sign_in(self, principal: Principal) -> None:
        with self._lock:
            self._current = principal

    def sign_out(self) -> None:
        with self._lock:
            self._current = self._base

    def can(self, permission: str) -> bool:
        return self.principal.can(permission)

    def acting(self, permission: str, named: str | None = None) -> str | None:
        """The account that acts, once allowed ``permission``: whoever is signed in here. Only
        the system (the CLI, tests) may name another one (``--officer``)."""
        principal = self.require(permission)
        if principal.role == Role.SYSTEM:
            return named or None
        return principal.code or None

    def require(self, permission: str) -> Principal:
        """The acting principal when it may do ``permission``; AccessDenied otherwise."""
        principal = self.principal
        if not principal.can(permission):
            raise AccessDenied(permission, principal)
        return principal
