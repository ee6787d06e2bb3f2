"""Dossiers (hồ sơ): intake at the counter, their codes, appointments, states and scanned papers."""

from kiosk.dossier.applicant import Applicant, mask_name
from kiosk.dossier.service import DossierService, parse_code
from kiosk.dossier.views import ComponentView, DossierView

__all__ = ["Applicant", "ComponentView", "DossierService", "DossierView", "mask_name", "parse_code"]
