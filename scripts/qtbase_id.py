"""Indonesian for Qt's own dialogs and buttons (Qt ships no qtbase_id.qm): the texts a
planning officer meets in message boxes, file, print, print-preview and page-setup dialogs
and the edit menus of text fields. Writes resources/i18n/qtbase_id.ts; update_translations.py
compiles it.

    uv run python scripts/qtbase_id.py
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent

B = {
    "&Yes": "&Ya",
    "&No": "&Tidak",
    "Abort": "Batalkan",
    "Apply": "Terapkan",
    "Cancel": "Batal",
    "Close": "Tutup",
    "Discard": "Buang",
    "Help": "Bantuan",
    "Ignore": "Abaikan",
    "N&o to All": "T&idak untuk Semua",
    "OK": "OK",
    "Open": "Buka",
    "Reset": "Atur Ulang",
    "Restore Defaults": "Kembalikan Bawaan",
    "Retry": "Coba Lagi",
    "Save": "Simpan",
    "Save All": "Simpan Semua",
    "Yes to &All": "Ya untuk &Semua",
}
EDIT = {
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "&Redo": "&Ulangi",
    "&Undo": "&Urungkan",
    "Cu&t": "Po&tong",
    "Delete": "Hapus",
    "Select All": "Pilih Semua",
}
TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": B,
    "QDialogButtonBox": {"OK": "OK"},
    "QGnomeTheme": {
        "&Cancel": "&Batal",
        "&Close": "&Tutup",
        "&OK": "&OK",
        "&Save": "&Simpan",
        "Close without Saving": "Tutup tanpa Menyimpan",
    },
    "QMessageBox": {
        "Show Details...": "Tampilkan Rincian...",
        "Hide Details...": "Sembunyikan Rincian...",
        "About Qt": "Tentang Qt",
    },
    "QLineEdit": EDIT,
    "QWidgetTextControl": {**EDIT, "Copy &Link Location": "Salin Alamat &Tautan"},
    "QInputDialog": {"Enter a value:": "Masukkan nilai:"},
    "QErrorMessage": {
        "&OK": "&OK",
        "&Show this message again": "&Tampilkan pesan ini lagi",
        "An error occurred": "Terjadi kesalahan",
    },
    "QPrintPreviewDialog": {
        "%1%": "%1%",
        "Export to PDF": "Ekspor ke PDF",
        "First page": "Halaman pertama",
        "Fit page": "Paskan halaman",
        "Fit width": "Paskan lebar",
        "Landscape": "Mendatar",
        "Last page": "Halaman terakhir",
        "Next page": "Halaman berikutnya",
        "Page Setup": "Pengaturan Halaman",
        "Page setup": "Pengaturan halaman",
        "Portrait": "Tegak",
        "Previous page": "Halaman sebelumnya",
        "Print": "Cetak",
        "Print Preview": "Pratinjau Cetak",
        "Show facing pages": "Tampilkan halaman berhadapan",
        "Show overview of all pages": "Tampilkan semua halaman",
        "Show single page": "Tampilkan satu halaman",
        "Zoom in": "Perbesar",
        "Zoom out": "Perkecil",
    },
    "QPageSetupWidget": {
        "Custom": "Ukuran lain",
        "Height:": "Tinggi:",
        "Landscape": "Mendatar",
        "Margins": "Margin",
        "Millimeters (mm)": "Milimeter (mm)",
        "Inches (in)": "Inci (in)",
        "Points (pt)": "Poin (pt)",
        "Orientation": "Orientasi",
        "Page &order:": "&Urutan halaman:",
        "Page Layout": "Tata Letak Halaman",
        "Page size:": "Ukuran kertas:",
        "Pages &per sheet:": "Halaman &per lembar:",
        "Paper": "Kertas",
        "Paper source:": "Sumber kertas:",
        "Portrait": "Tegak",
        "Reverse landscape": "Mendatar terbalik",
        "Reverse portrait": "Tegak terbalik",
        "Width:": "Lebar:",
        "bottom margin": "margin bawah",
        "left margin": "margin kiri",
        "right margin": "margin kanan",
        "top margin": "margin atas",
    },
    "QPrintDialog": {
        "&Options <<": "&Pilihan <<",
        "&Options >>": "&Pilihan >>",
        "&Print": "&Cetak",
        "All Pages": "Semua Halaman",
        "Even Pages": "Halaman Genap",
        "Odd Pages": "Halaman Ganjil",
        "Local file": "Berkas lokal",
        "Print": "Cetak",
        "Print To File ...": "Cetak ke Berkas ...",
        "Print to File (PDF)": "Cetak ke Berkas (PDF)",
        "Write PDF file": "Tulis berkas PDF",
        "Invalid Pages Definition": "Rentang Halaman Tidak Sah",
        "The 'From' value cannot be greater than the 'To' value.": (
            "Nilai 'Dari' tidak boleh lebih besar dari nilai 'Sampai'."
        ),
        "%1 already exists.\nDo you want to overwrite it?": "%1 sudah ada.\nTimpa berkas itu?",
    },
    "QPrintWidget": {
        "&Name:": "&Nama:",
        "Location:": "Lokasi:",
        "Output &file:": "&Berkas hasil:",
        "P&roperties": "P&roperti",
        "Preview": "Pratinjau",
        "Printer": "Pencetak",
        "Type:": "Jenis:",
    },
    "QPrintSettingsOutput": {
        "Collate": "Susun",
        "Color": "Berwarna",
        "Color Mode": "Mode Warna",
        "Copies": "Salinan",
        "Copies:": "Salinan:",
        "Current Page": "Halaman Ini",
        "Double Sided Printing": "Cetak Bolak-balik",
        "Grayscale": "Skala abu-abu",
        "Long side binding": "Jilid sisi panjang",
        "Off": "Tidak",
        "Options": "Pilihan",
        "Output Settings": "Pengaturan Hasil",
        "Page &Set:": "&Kumpulan halaman:",
        "Pages": "Halaman",
        "Pages from": "Halaman dari",
        "Print all": "Cetak semua",
        "Print range": "Rentang cetak",
        "Reverse": "Terbalik",
        "Selection": "Pilihan",
        "Short side binding": "Jilid sisi pendek",
        "to": "sampai",
    },
    "QPrintPropertiesDialog": {
        "Printer Properties": "Properti Pencetak",
        "Job Options": "Pilihan Pekerjaan",
    },
    "QPrintPropertiesWidget": {"Advanced": "Lanjutan", "Page": "Halaman"},
    "QFileDialog": {
        "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nBerkas tidak ditemukan.\nPeriksa nama berkas yang diberikan."
        ),
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nFolder tidak ditemukan.\nPeriksa nama folder yang diberikan."
        ),
        "&Choose": "&Pilih",
        "&Delete": "&Hapus",
        "&Look in:": "&Cari di:",
        "&New Folder": "Folder &Baru",
        "&Open": "&Buka",
        "&Rename": "&Ganti Nama",
        "&Save": "&Simpan",
        "All Files (*)": "Semua Berkas (*)",
        "All files (*)": "Semua berkas (*)",
        "Back": "Kembali",
        "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
        "Change to detail view mode": "Tampilan rinci",
        "Change to list view mode": "Tampilan daftar",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
        "Create New Folder": "Buat Folder Baru",
        "Create a New Folder": "Buat Folder Baru",
        "Delete": "Hapus",
        "Detail View": "Tampilan Rinci",
        "Directories": "Folder",
        "Directory:": "Folder:",
        "File &name:": "&Nama berkas:",
        "Files": "Berkas",
        "Files of &type:": "&Jenis berkas:",
        "Find Directory": "Cari Folder",
        "Forward": "Maju",
        "Go back": "Kembali",
        "Go forward": "Maju",
        "Go to the parent directory": "Ke folder induk",
        "List View": "Tampilan Daftar",
        "New Folder": "Folder Baru",
        "Open": "Buka",
        "Parent Directory": "Folder Induk",
        "Recent Places": "Tempat Terakhir",
        "Remove": "Hapus",
        "Save As": "Simpan Sebagai",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "Sidebar": "Bilah samping",
    },
    "QFileSystemModel": {
        "Computer": "Komputer",
        "Date Modified": "Tanggal Diubah",
        "Kind": "Jenis",
        "My Computer": "Komputer Saya",
        "Name": "Nama",
        "Size": "Ukuran",
        "Type": "Jenis",
    },
    "QAbstractFileIconProvider": {
        "Drive": "Drive",
        "File": "Berkas",
        "File Folder": "Folder",
        "Folder": "Folder",
        "Shortcut": "Pintasan",
        "Unknown": "Tidak dikenal",
    },
}


def main() -> None:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="id" sourcelanguage="en">',
    ]
    for context, texts in TEXTS.items():
        parts.append(f"<context>\n    <name>{context}</name>")
        for source, translation in texts.items():
            parts.append(
                f"    <message>\n        <source>{escape(source)}</source>\n"
                f"        <translation>{escape(translation)}</translation>\n"
                "    </message>"
            )
        parts.append("</context>")
    parts.append("</TS>\n")
    (ROOT / "resources" / "i18n" / "qtbase_id.ts").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
