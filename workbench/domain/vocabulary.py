"""The fixed words of the registry and the engagement log, as stored: stakeholder
categories, government levels, planning roles, engagement types, collaboration stages and
the statuses of programme activities.
Declared here (free of Qt and SQL) so that the file columns can name their allowed values;
the database models re-export them."""

from __future__ import annotations

STAKEHOLDER_CATEGORIES = (
    "pokja",
    "agency",
    "bkm_lkm",
    "village_gov",
    "ksm_pokmas",
    "facilitator",
    "private_csr",
    "university",
    "ngo",
    "dprd",
    "other",
)
GOV_LEVELS = ("pusat", "provinsi", "kabupaten", "kecamatan", "desa", "non_gov")
PLANNING_ROLES = ("pengarah", "perencana", "pendamping", "pelaksana", "mitra")
ENGAGEMENT_TYPES = (
    "sosialisasi",
    "lokakarya",
    "rapat_koordinasi",
    "fgd",
    "survei",
    "kunjungan_lapangan",
    "other",
)
COLLAB_STAGES = ("dialogue", "trust", "commitment", "understanding", "outcome")
COMMITMENT_FORMS = ("uang", "fisik", "program", "event", "tenaga", "waktu")
COMMITMENT_STATUSES = ("diusulkan", "disepakati", "terealisasi")
ACTIVITY_STATUSES = ("usulan", "disepakati", "terdanai", "terlaksana")  # programme activities

# the category as a district writes it in a file (the template's instructions list these)
CATEGORY_WORDS = {
    "pokja": "anggota pokja pkp",
    "agency": "instansi pemerintah",
    "bkm_lkm": "bkm/lkm",
    "village_gov": "pemerintah desa/kelurahan",
    "ksm_pokmas": "ksm/pokmas",
    "facilitator": "fasilitator",
    "private_csr": "swasta/csr",
    "university": "perguruan tinggi",
    "ngo": "lsm",
    "dprd": "dprd",
    "other": "lainnya",
}
