"""The colours of the slum levels, one set for the window, the printed reports and the
exported maps (a district's map reads the same on screen, on paper and in Google Earth)."""

from __future__ import annotations

LEVEL_HEX = {
    "HEAVY": "#b71c1c",
    "MEDIUM": "#e65100",
    "LIGHT": "#f9a825",
    "NONE": "#2e7d32",
}
