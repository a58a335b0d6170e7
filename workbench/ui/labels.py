"""UI labels for stored keys (categories, roles, statuses), in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    # stakeholder categories
    "pokja": QT_TRANSLATE_NOOP("Labels", "Pokja PKP member"),
    "agency": QT_TRANSLATE_NOOP("Labels", "Government agency"),
    "bkm_lkm": QT_TRANSLATE_NOOP("Labels", "BKM/LKM"),
    "village_gov": QT_TRANSLATE_NOOP("Labels", "Village government"),
    "ksm_pokmas": QT_TRANSLATE_NOOP("Labels", "KSM/Pokmas"),
    "facilitator": QT_TRANSLATE_NOOP("Labels", "Facilitator / KOTAKU team"),
    "private_csr": QT_TRANSLATE_NOOP("Labels", "Private / CSR"),
    "university": QT_TRANSLATE_NOOP("Labels", "University"),
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "dprd": QT_TRANSLATE_NOOP("Labels", "DPRD"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # government levels
    "pusat": QT_TRANSLATE_NOOP("Labels", "National"),
    "provinsi": QT_TRANSLATE_NOOP("Labels", "Province"),
    "kabupaten": QT_TRANSLATE_NOOP("Labels", "District"),
    "kecamatan": QT_TRANSLATE_NOOP("Labels", "Subdistrict"),
    "desa": QT_TRANSLATE_NOOP("Labels", "Village"),
    "non_gov": QT_TRANSLATE_NOOP("Labels", "Non-government"),
    # planning roles
    "pengarah": QT_TRANSLATE_NOOP("Labels", "Steering"),
    "perencana": QT_TRANSLATE_NOOP("Labels", "Planner"),
    "pendamping": QT_TRANSLATE_NOOP("Labels", "Facilitating"),
    "pelaksana": QT_TRANSLATE_NOOP("Labels", "Implementer"),
    "mitra": QT_TRANSLATE_NOOP("Labels", "Partner"),
    # activity statuses
    "usulan": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "disepakati": QT_TRANSLATE_NOOP("Labels", "Agreed"),
    "terdanai": QT_TRANSLATE_NOOP("Labels", "Funded"),
    "terlaksana": QT_TRANSLATE_NOOP("Labels", "Done"),
    # programme: approach and planning field
    "approach_masyarakat": QT_TRANSLATE_NOOP("Labels", "community-based"),
    "approach_institusi": QT_TRANSLATE_NOOP("Labels", "institution-based"),
    "field_infrastruktur": QT_TRANSLATE_NOOP("Labels", "infrastructure"),
    "field_kebencanaan": QT_TRANSLATE_NOOP("Labels", "disaster risk"),
    "field_legalitas": QT_TRANSLATE_NOOP("Labels", "land legality"),
    "field_kesehatan": QT_TRANSLATE_NOOP("Labels", "health"),
    "field_sosial": QT_TRANSLATE_NOOP("Labels", "social"),
    "field_budaya": QT_TRANSLATE_NOOP("Labels", "culture"),
    "field_ekonomi": QT_TRANSLATE_NOOP("Labels", "economy"),
    # land status and other considerations
    "legal": QT_TRANSLATE_NOOP("Labels", "legal"),
    "ilegal": QT_TRANSLATE_NOOP("Labels", "illegal"),
    "tinggi": QT_TRANSLATE_NOOP("Labels", "high"),
    "sedang": QT_TRANSLATE_NOOP("Labels", "medium"),
    "rendah": QT_TRANSLATE_NOOP("Labels", "low"),
    "peremajaan": QT_TRANSLATE_NOOP("Labels", "renewal (peremajaan)"),
    "pemugaran": QT_TRANSLATE_NOOP("Labels", "restoration (pemugaran)"),
    "pemukiman kembali": QT_TRANSLATE_NOOP("Labels", "resettlement (pemukiman kembali)"),
}


def label(key: str | None) -> str:
    if not key:
        return ""
    source = _LABELS.get(key)
    return QCoreApplication.translate("Labels", source) if source else key
