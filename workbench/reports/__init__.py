"""The printed reports. ``REPORT_KINDS`` lives here, light to import (the command line names
the kinds without loading reportlab)."""

REPORT_KINDS = (
    "plan-summary",
    "sk-table",
    "sk-map",
    "location-profile",
    "programme",
    "stakeholders",
)
