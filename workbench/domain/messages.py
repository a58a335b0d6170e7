"""Messages about input data, in English (command line, logs) and Indonesian (the window).

Each entry: key -> (English, Indonesian), with ``{name}`` placeholders. Pure data; the UI picks
the language. Keep both texts specific: which value, what is expected, what to do.
"""

from __future__ import annotations

CATALOGUE: dict[str, tuple[str, str]] = {
    "dup_column": (
        "the column appears twice in the header",
        "kolom ini muncul dua kali di baris judul",
    ),
    "column_twice": (
        "two headers give this column: {headers}; delete one, or say which in a mapping",
        "dua judul kolom memberi kolom ini: {headers}; hapus salah satu, atau pilih "
        "dalam pemetaan kolom",
    ),
    "mapping_no_column": (
        "the mapping names '{target}', which is not a column of a {kind} file "
        "(expected one of: {names})",
        "pemetaan kolom menyebut '{target}', yang bukan kolom berkas {kind} "
        "(yang dikenal: {names})",
    ),
    "mapping_no_header": (
        "the mapping gives '{target}' from the header '{header}', which the file does not "
        "have (its headers: {headers})",
        "pemetaan kolom mengambil '{target}' dari judul kolom '{header}', yang tidak ada di "
        "berkas ini (judul kolomnya: {headers})",
    ),
    "join_missing": (
        "the sheet '{sheet}' has no column '{join}' to join the sheets on (its headers: {headers})",
        "lembar '{sheet}' tidak punya kolom '{join}' untuk menggabungkan lembar (judul "
        "kolomnya: {headers})",
    ),
    "join_unmatched": (
        "this row of sheet '{sheet}' has no row with the same key in sheet '{first}'",
        "baris lembar '{sheet}' ini tidak punya baris dengan kunci yang sama di lembar '{first}'",
    ),
    "join_twice": (
        "appears twice in sheet '{sheet}' (also row {other}): the sheets cannot be joined on it",
        "muncul dua kali di lembar '{sheet}' (juga baris {other}): lembar tidak dapat "
        "digabung dengannya",
    ),
    "sheets_joined": (
        "sheets {sheets} read as one table, joined on {on}",
        "lembar {sheets} dibaca sebagai satu tabel, digabung pada {on}",
    ),
    "name_same_body": (
        "probably the same body as '{other}', registered already: the same words once "
        "abbreviations are written out; write the name as registered to update it, or one "
        "that tells them apart",
        "kemungkinan lembaga yang sama dengan '{other}' yang sudah terdaftar: kata-katanya "
        "sama setelah singkatan ditulis lengkap; tulis nama seperti terdaftar untuk "
        "memperbaruinya, atau nama yang membedakannya",
    ),
    "name_same_body_in_file": (
        "probably the same body as '{other}' (row {other_row}): the same words once "
        "abbreviations are written out; keep one row",
        "kemungkinan lembaga yang sama dengan '{other}' (baris {other_row}): kata-katanya sama "
        "setelah singkatan ditulis lengkap; simpan satu baris saja",
    ),
    "name_resembles": (
        "resembles '{other}', registered already; imported as another stakeholder: check that "
        "it is one",
        "mirip dengan '{other}' yang sudah terdaftar; diimpor sebagai pemangku kepentingan "
        "lain: periksa bahwa memang lain",
    ),
    "name_resembles_in_file": (
        "resembles '{other}' (row {other_row}); both imported: check that they are two bodies",
        "mirip dengan '{other}' (baris {other_row}); keduanya diimpor: periksa bahwa memang "
        "dua lembaga",
    ),
    "header_rows": (
        "the header read from rows {rows} (a title, or a header of two lines)",
        "judul kolom dibaca dari baris {rows} (ada judul tabel, atau judul kolom dua baris)",
    ),
    "years_side_by_side": (
        "years side by side read as rows: {years} ({rows} rows of an RT unit and year)",
        "tahun yang berdampingan dibaca sebagai baris: {years} ({rows} baris RT per tahun)",
    ),
    "headers_read_as": ("headers read as: {pairs}", "judul kolom dibaca sebagai: {pairs}"),
    "extra_columns": ("extra columns ignored: {columns}", "kolom tambahan diabaikan: {columns}"),
    "missing_column": ("required column is missing", "kolom wajib tidak ada"),
    "missing_vol_column": (
        "required column is missing (rule set {rules} needs vol_ columns for {codes})",
        "kolom wajib tidak ada (aturan {rules} memerlukan kolom vol_ untuk {codes})",
    ),
    "blank": ("must not be blank", "tidak boleh kosong"),
    "bad_year": ("expected a whole year such as 2024", "harus berupa tahun, misalnya 2024"),
    "year_range": (
        "expected a year between {low} and {high}",
        "tahun harus antara {low} dan {high}",
    ),
    "dup_location": (
        "kode_lokasi appears twice for year {year} (also row {other})",
        "kode_lokasi muncul dua kali untuk tahun {year} (juga di baris {other})",
    ),
    "not_number_comma": (
        "expected a number (with a decimal comma or point)",
        "harus berupa angka (desimal dengan koma atau titik)",
    ),
    "not_number": (
        "expected a number (with a decimal point)",
        "harus berupa angka (desimal dengan titik)",
    ),
    "blank_denominator": (
        "must not be blank (write 0 if there is none)",
        "tidak boleh kosong (tulis 0 bila tidak ada)",
    ),
    "negative": ("must not be negative", "tidak boleh negatif"),
    "whole_number": ("expected a whole number", "harus bilangan bulat"),
    "out_of_range": (
        "expected a number from {low} to {high}",
        "harus angka dari {low} sampai {high}",
    ),
    "latitude": ("expected a latitude between -90 and 90", "lintang harus antara -90 dan 90"),
    "longitude": ("expected a longitude between -180 and 180", "bujur harus antara -180 dan 180"),
    "blank_volume": (
        "must not be blank (volume in {unit}; write 0 for none)",
        "tidak boleh kosong (volume dalam {unit}; tulis 0 bila tidak ada)",
    ),
    "negative_volume": (
        "must not be negative (volume in {unit})",
        "tidak boleh negatif (volume dalam {unit})",
    ),
    "above_denominator": (
        "is larger than {denominator} ({code} percent above 100); imported as written",
        "lebih besar dari {denominator} (persen {code} di atas 100); dimasukkan apa adanya",
    ),
    "zero_denominator": (
        "{denominator} is 0, so the percent is shown as 0 and flagged",
        "{denominator} bernilai 0, jadi persen ditampilkan 0 dan ditandai",
    ),
    "yes_no": ("expected ya or tidak (also yes/no, 1/0)", "harus ya atau tidak (juga yes/no, 1/0)"),
    "utf16": (
        "read as UTF-16 text (Excel's 'Unicode text')",
        "dibaca sebagai teks UTF-16 ('Unicode text' dari Excel)",
    ),
    "not_utf8": (
        "the file is not UTF-8; read it as Windows-1252",
        "berkas bukan UTF-8; dibaca sebagai Windows-1252",
    ),
    "units_row_skipped": (
        "the units row under the header was left out",
        "baris satuan di bawah judul kolom dilewati",
    ),
    "example_row_skipped": (
        "the template's example row was left out",
        "baris contoh dari templat dilewati",
    ),
    "sheet_used": (
        "read the sheet '{sheet}' (of {sheets})",
        "lembar '{sheet}' yang dibaca (dari {sheets})",
    ),
    "moved_location": (
        "this RT unit is already in the database under {village}, "
        "{subdistrict}, not {new_village}, {new_subdistrict}",
        "RT ini sudah ada di basis data di {village}, {subdistrict}, bukan "
        "{new_village}, {new_subdistrict}",
    ),
    "year_exists": (
        "already has an assessment for {year} in the database; nothing was "
        "imported (import with --update, or choose Update in the window, to "
        "replace it as a new revision; or remove the row)",
        "sudah punya penilaian tahun {year} di basis data; tidak ada yang diimpor "
        "(impor dengan --update, atau pilih Perbarui di jendela, untuk "
        "menggantinya sebagai revisi baru; atau hapus baris itu)",
    ),
    "file_too_large": (
        "{source}: the file is {size} MB, more than the {limit} MB an import may be "
        "(setting max_unpacked_mb in input-limits.toml); split it into smaller files",
        "{source}: berkas berukuran {size} MB, lebih dari batas impor {limit} MB "
        "(pengaturan max_unpacked_mb di input-limits.toml); pecah menjadi berkas lebih kecil",
    ),
    "file_unpacked_too_large": (
        "{source}: the workbook unpacks to {size} MB, more than the {limit} MB an import may "
        "be (setting max_unpacked_mb in input-limits.toml); nothing was read",
        "{source}: isi buku kerja ini {size} MB setelah dibuka, lebih dari batas impor "
        "{limit} MB (pengaturan max_unpacked_mb di input-limits.toml); tidak ada yang dibaca",
    ),
    "too_many_columns": (
        "{source}: the header has {count} columns, more than the {limit} an import may have "
        "(setting max_columns in input-limits.toml)",
        "{source}: baris judul memiliki {count} kolom, lebih dari batas {limit} kolom "
        "(pengaturan max_columns di input-limits.toml)",
    ),
    "too_many_columns_row": (
        "{source}, row {row}: {count} columns, more than the {limit} an import may have "
        "(setting max_columns in input-limits.toml)",
        "{source}, baris {row}: {count} kolom, lebih dari batas {limit} kolom "
        "(pengaturan max_columns di input-limits.toml)",
    ),
    "row_wider_than_excel": (
        "{source}, row {row}: more cells than the {limit} columns Excel allows; "
        "a damaged or forged workbook, not read",
        "{source}, baris {row}: lebih banyak sel daripada {limit} kolom yang dimungkinkan "
        "Excel; buku kerja rusak atau palsu, tidak dibaca",
    ),
    "too_many_rows": (
        "{source}: {count} rows, more than the {limit} an import may have (setting max_rows "
        "in input-limits.toml); split it into smaller files",
        "{source}: {count} baris, lebih dari batas {limit} baris (pengaturan max_rows di "
        "input-limits.toml); pecah menjadi berkas lebih kecil",
    ),
    "too_many_cells": (
        "{source}: {count} cells (rows × columns), more than the {limit} an import may hold "
        "(setting max_cells in input-limits.toml); split it into smaller files",
        "{source}: {count} sel (baris × kolom), lebih dari batas {limit} sel (pengaturan "
        "max_cells di input-limits.toml); pecah menjadi berkas lebih kecil",
    ),
    "too_many_strings": (
        "{source}: {count} distinct texts, more than the {limit} a workbook may have for an "
        "import (half the setting max_cells in input-limits.toml); save it as CSV, or split it",
        "{source}: {count} teks berbeda, lebih dari batas {limit} untuk buku kerja yang "
        "diimpor (separuh pengaturan max_cells di input-limits.toml); simpan sebagai CSV, "
        "atau pecah berkasnya",
    ),
    "cell_too_long": (
        "{source}, row {row}, column {column}: {length} characters, more than the {limit} "
        "a cell may have (setting max_cell_chars in input-limits.toml)",
        "{source}, baris {row}, kolom {column}: {length} karakter, lebih dari batas {limit} "
        "karakter per sel (pengaturan max_cell_chars di input-limits.toml)",
    ),
    "line_too_long": (
        "{source}, row {row}: a line of {length} characters, longer than any row of cells "
        "of at most {limit} characters can be (setting max_cell_chars in input-limits.toml)",
        "{source}, baris {row}: satu baris sepanjang {length} karakter, lebih panjang dari "
        "baris mana pun yang selnya paling banyak {limit} karakter (pengaturan "
        "max_cell_chars di input-limits.toml)",
    ),
    "xml_declarations": (
        "{source}: the part {part} declares XML entities or a DOCTYPE, which Excel never "
        "writes (a way to attack XML readers); the file was not read",
        "{source}: bagian {part} memuat deklarasi entitas XML atau DOCTYPE, yang tidak "
        "pernah ditulis Excel (cara menyerang pembaca XML); berkas tidak dibaca",
    ),
    "failure_memory": (
        "not enough memory for this; split the file into smaller ones, or close other "
        "programs and try again (nothing was changed)",
        "memori tidak cukup untuk ini; pecah berkas menjadi beberapa berkas lebih kecil, "
        "atau tutup program lain lalu coba lagi (tidak ada yang diubah)",
    ),
    "failure_os": (
        "{name}: {reason} (nothing was changed)",
        "{name}: {reason} (tidak ada yang diubah)",
    ),
    "failure_db_url": (
        "{name}: not a database file or URL this program can open (a path to a .sqlite "
        "file, or postgresql+psycopg://user@host/name)",
        "{name}: bukan berkas atau alamat basis data yang dapat dibuka (jalur ke berkas "
        ".sqlite, atau postgresql+psycopg://pengguna@host/nama)",
    ),
    "failure_db_damaged": (
        "{name}: not a PKP Workbench database, or a damaged one (nothing was changed)",
        "{name}: bukan basis data PKP Workbench, atau basis data yang rusak (tidak ada "
        "yang diubah)",
    ),
    "failure_db_locked": (
        "{name}: the database is in use by another program that keeps it locked; close it "
        "(or wait) and try again (nothing was changed)",
        "{name}: basis data sedang dipakai dan dikunci program lain; tutup program itu "
        "(atau tunggu) lalu coba lagi (tidak ada yang diubah)",
    ),
    "failure_db_readonly": (
        "{name}: the file or its folder cannot be written or opened (read-only or "
        "missing); copy it somewhere you may write, or check the path",
        "{name}: berkas atau foldernya tidak dapat ditulis atau dibuka (hanya-baca atau "
        "tidak ada); salin ke tempat yang boleh Anda tulisi, atau periksa jalurnya",
    ),
    "failure_db_too_long": (
        "{name}: a value is longer than the database allows ({detail}); nothing was changed",
        "{name}: ada isian yang lebih panjang dari yang diizinkan basis data ({detail}); "
        "tidak ada yang diubah",
    ),
    "failure_db_permission": (
        "{name}: you may not do this on this database ({detail}); ask its administrator",
        "{name}: Anda tidak berhak melakukan ini pada basis data ini ({detail}); "
        "hubungi pengelolanya",
    ),
    "failure_db_connection": (
        "{name}: the database server did not answer ({detail}); check the address, the "
        "network and the login",
        "{name}: server basis data tidak menjawab ({detail}); periksa alamat, jaringan "
        "dan nama pengguna",
    ),
    "failure_db_refused": (
        "{name}: the database refused the operation ({detail}); nothing was changed",
        "{name}: basis data menolak operasi ini ({detail}); tidak ada yang diubah",
    ),
    "text_too_long": (
        "{length} characters; at most {most} fit here",
        "{length} karakter; paling banyak {most} karakter",
    ),
    "text_too_long_field": (
        "{field}: {length} characters, at most {most} fit; nothing was changed",
        "{field}: {length} karakter, paling banyak {most} karakter; tidak ada yang diubah",
    ),
    "migration_failed": (
        "{name}: bringing the database to this version of the program failed ({reason}); "
        "it was left as it was, and a copy taken before is at {backup}. Nothing was "
        "changed; the details are in the log",
        "{name}: pembaruan basis data ke versi program ini gagal ({reason}); basis data "
        "dibiarkan seperti semula, dan salinan sebelumnya ada di {backup}. Tidak ada yang "
        "diubah; rinciannya ada di berkas log",
    ),
    "not_our_database": (
        "{name} is not a PKP Workbench database (another program's file, an "
        "empty or a damaged one); it was left unchanged. Open a .sqlite file "
        "made by the workbench, or create one with 'new' or 'demo'.",
        "{name} bukan basis data PKP Workbench (berkas program lain, kosong "
        "atau rusak); berkas itu tidak diubah. Buka berkas .sqlite buatan "
        "PKP Workbench, atau buat baru dengan Berkas → Basis Data Baru.",
    ),
    "backup_missing": (
        "{name}: no such backup file",
        "{name}: berkas cadangan itu tidak ada",
    ),
    "backup_damaged": (
        "{name} is damaged (SQLite's check failed); it cannot be put back. The database "
        "was left as it was; choose another backup.",
        "{name} rusak (pemeriksaan SQLite gagal) sehingga tidak dapat dipulihkan. Basis "
        "data dibiarkan seperti semula; pilih cadangan lain.",
    ),
    "backup_newer": (
        "{name} was written by a newer version of PKP Workbench (schema {revision}); "
        "update the program to put it back. The database was left as it was.",
        "{name} ditulis oleh versi PKP Workbench yang lebih baru (skema {revision}); "
        "perbarui program untuk memulihkannya. Basis data dibiarkan seperti semula.",
    ),
    "backup_is_database": (
        "{name} is the database itself, not a backup of it",
        "{name} adalah basis data itu sendiri, bukan cadangannya",
    ),
    "backup_sqlite_only": (
        "{name} is a server database: its backups are the server's (pg_dump); the "
        "workbench backs up SQLite files only",
        "{name} adalah basis data server: cadangannya dibuat di server (pg_dump); PKP "
        "Workbench hanya mencadangkan berkas SQLite",
    ),
    "database_in_use": (
        "{name} is open in PKP Workbench ({who}); close it there first, then restore. "
        "Nothing was changed.",
        "{name} sedang dibuka di PKP Workbench ({who}); tutup dulu di sana, lalu pulihkan. "
        "Tidak ada yang diubah.",
    ),
    "read_only_old": (
        "{name} needs an upgrade by this version of the workbench, which a "
        "read-only opening cannot do; close the other copy first.",
        "{name} perlu ditingkatkan oleh versi PKP Workbench ini, yang tidak "
        "bisa dilakukan bila dibuka hanya-baca; tutup dulu salinan yang lain.",
    ),
    "server_needs_postgresql": (
        "Roles and a shared district database need PostgreSQL; a SQLite file is one "
        "user's (give --db postgresql+psycopg://LOGIN@HOST/DATABASE)",
        "Peran dan basis data bersama memerlukan PostgreSQL; berkas SQLite untuk satu "
        "pengguna (berikan --db postgresql+psycopg://LOGIN@HOST/BASISDATA)",
    ),
    "server_other_district": (
        "This database is the district “{name}”, not “{given}”",
        "Basis data ini untuk daerah “{name}”, bukan “{given}”",
    ),
    "server_role_unknown": (
        "Unknown role “{role}”: expected one of {roles} (or none)",
        "Peran “{role}” tidak dikenal: gunakan salah satu dari {roles} (atau none)",
    ),
    "server_login_unknown": (
        'The server has no login “{login}”: create it first (CREATE ROLE "{login}" LOGIN '
        "PASSWORD …, or createuser --pwprompt {login})",
        'Server tidak memiliki login “{login}”: buat dulu (CREATE ROLE "{login}" LOGIN '
        "PASSWORD …, atau createuser --pwprompt {login})",
    ),
    "server_village_unknown": (
        "No single kelurahan/desa is named “{name}” ({count} found)",
        "Tidak ada satu kelurahan/desa bernama “{name}” ({count} ditemukan)",
    ),
    "server_kecamatan_unknown": (
        "No single kecamatan is named “{name}” ({count} found)",
        "Tidak ada satu kecamatan bernama “{name}” ({count} ditemukan)",
    ),
    "not_permitted": (
        "You are not permitted to change {what} (your role on this server does not allow it).",
        "Anda tidak berhak mengubah {what} (peran Anda di server ini tidak mengizinkannya).",
    ),
    "not_permitted_scope": (
        "You are not permitted to change {what} outside your kelurahan, or in a year "
        "already submitted or approved.",
        "Anda tidak berhak mengubah {what} di luar kelurahan Anda, atau pada tahun yang "
        "sudah diajukan atau disetujui.",
    ),
    "not_permitted_audit": (
        "You are not permitted to change the audit log: entries can only be added.",
        "Anda tidak berhak mengubah log audit: entri hanya dapat ditambahkan.",
    ),
    "not_permitted_approve": (
        "You are not permitted to approve or change an approved plan: only an approver "
        "(pkp_approver) may.",
        "Anda tidak berhak menyetujui atau mengubah rencana yang sudah disetujui: hanya "
        "penyetuju (pkp_approver) yang boleh.",
    ),
    "not_permitted_decide": (
        "You are not permitted to approve or return a kelurahan's data: only an approver "
        "(pkp_approver) may.",
        "Anda tidak berhak menyetujui atau mengembalikan data kelurahan: hanya penyetuju "
        "(pkp_approver) yang boleh.",
    ),
    "submission_not_yours": (
        "You may submit only your own kelurahan's data; {village} is not among them.",
        "Anda hanya dapat mengajukan data kelurahan Anda sendiri; {village} bukan salah satunya.",
    ),
    "submission_already": (
        "{village} {year} is {status} already: it cannot be submitted again until an "
        "approver returns it.",
        "{village} {year} sudah {status}: tidak dapat diajukan lagi sebelum dikembalikan "
        "oleh penyetuju.",
    ),
    "submission_not_submitted": (
        "{village} {year} has not been submitted: there is nothing to approve or return.",
        "{village} {year} belum diajukan: tidak ada yang dapat disetujui atau dikembalikan.",
    ),
    "submission_reason_needed": (
        "Say why the data go back to the kelurahan (the reason is kept with the step).",
        "Tuliskan alasan data dikembalikan ke kelurahan (alasan disimpan bersama langkahnya).",
    ),
    "version_conflict": (
        "{what} was changed by {who} at {when} since you read it{changes}. Your change was "
        "not saved.",
        "{what} telah diubah oleh {who} pada {when} sejak Anda membacanya{changes}. "
        "Perubahan Anda belum disimpan.",
    ),
    "version_race": (
        "{what}: someone else changed the same record at the same moment. Your change was "
        "not saved; look at the record again and redo it.",
        "{what}: orang lain mengubah data yang sama pada saat yang sama. Perubahan Anda "
        "belum disimpan; lihat lagi datanya lalu ulangi.",
    ),
    "version_conflict_unknown": (
        "{what} was changed by someone else since you read it. Your change was not saved.",
        "{what} telah diubah orang lain sejak Anda membacanya. Perubahan Anda belum disimpan.",
    ),
    "version_gone": (
        "{what} was deleted by someone else since you read it. Your change was not saved.",
        "{what} telah dihapus orang lain sejak Anda membacanya. Perubahan Anda belum disimpan.",
    ),
    "read_only": (
        "This database is open read-only (another copy of the workbench has it "
        "open); nothing can be changed here.",
        "Basis data ini dibuka hanya-baca (dibuka juga oleh PKP Workbench lain); "
        "tidak ada yang dapat diubah di sini.",
    ),
    "import_undo_used": (
        "The import of {source} cannot be undone: what it added is used "
        "since (e.g. by a programme activity or a proposal).",
        "Impor {source} tidak dapat dibatalkan: data yang ditambahkannya "
        "sudah dipakai (mis. oleh kegiatan program atau usulan).",
    ),
    "no_district": (
        "the database has no district yet; create one with Berkas > Baru first",
        "basis data belum berisi kabupaten/kota; buat dulu lewat Berkas > Baru",
    ),
    "not_one_of": (
        "'{given}' is not one of: {allowed}",
        "'{given}' bukan salah satu dari: {allowed}",
    ),
    "scale_1_5": ("expected a whole number from 1 to 5", "harus bilangan bulat 1 sampai 5"),
    # the district's maps (import geometry)
    "file_missing": ("{source}: no such file", "{source}: berkas tidak ada"),
    "shape_suffix": (
        "{source}: not a map file (expected one of {suffixes})",
        "{source}: bukan berkas peta (diharapkan salah satu dari {suffixes})",
    ),
    "shape_unreadable": (
        "{source}: the map file cannot be read ({error})",
        "{source}: berkas peta tidak dapat dibaca ({error})",
    ),
    "shape_layer_unknown": (
        "{source}: no layer '{layer}' (the file has: {layers})",
        "{source}: tidak ada lapisan '{layer}' (berkas memuat: {layers})",
    ),
    "shape_no_features": (
        "{source}: the file holds no shapes",
        "{source}: berkas tidak memuat bentuk apa pun",
    ),
    "kmz_no_kml": ("{source}: the KMZ holds no .kml", "{source}: KMZ tidak memuat berkas .kml"),
    "kmz_not_zip": (
        "{source}: not a KMZ (a KMZ is a zip of a .kml)",
        "{source}: bukan KMZ (KMZ adalah zip dari sebuah .kml)",
    ),
    "xml_refused": (
        "{source}: refused: the XML declares entities or a DTD (never needed in a map)",
        "{source}: ditolak: XML memuat entitas atau DTD (tidak pernah diperlukan dalam peta)",
    ),
    "kml_unreadable": (
        "{source}: not readable KML ({error})",
        "{source}: KML tidak dapat dibaca ({error})",
    ),
    "shape_no_crs": (
        "{source}: the file says no coordinate system and its coordinates are not degrees: "
        "export it again with its .prj (or as GeoPackage)",
        "{source}: berkas tidak menyebut sistem koordinat dan koordinatnya bukan derajat: "
        "ekspor lagi beserta .prj-nya (atau sebagai GeoPackage)",
    ),
    "shape_bad_crs": (
        "{source}: unknown coordinate system {crs}",
        "{source}: sistem koordinat {crs} tidak dikenal",
    ),
    "shape_no_crs_degrees": (
        "no coordinate system given: read as longitude/latitude (WGS84)",
        "sistem koordinat tidak disebut: dibaca sebagai bujur/lintang (WGS84)",
    ),
    "shape_reprojected": (
        "coordinates in {crs}, converted to WGS84",
        "koordinat dalam {crs}, diubah ke WGS84",
    ),
    "shape_empty": ("has no shape; left out", "tidak memiliki bentuk; dilewati"),
    "shape_not_polygon": (
        "is a {kind}, not a polygon or point; left out",
        "berupa {kind}, bukan poligon atau titik; dilewati",
    ),
    "shape_repaired": (
        "the outline crossed itself ({why}); repaired (make_valid): check it on the map",
        "garis batas berpotongan sendiri ({why}); diperbaiki (make_valid): periksa di peta",
    ),
    "shape_unrepairable": (
        "the outline cannot be repaired ({why}); left out",
        "garis batas tidak dapat diperbaiki ({why}); dilewati",
    ),
    "shape_unknown_code": (
        "kode_lokasi '{code}' is not in the database; matched nothing",
        "kode_lokasi '{code}' tidak ada di basis data; tidak dicocokkan",
    ),
    "shape_unknown_rt": (
        "no RT {rt} RW {rw} in {village} in the database; matched nothing",
        "tidak ada RT {rt} RW {rw} di {village} dalam basis data; tidak dicocokkan",
    ),
    "shape_unknown_village": (
        "no kelurahan/desa '{name}' in the database; matched nothing",
        "tidak ada kelurahan/desa '{name}' di basis data; tidak dicocokkan",
    ),
    "shape_no_village": (
        "RT {rt} RW {rw}, but no kelurahan is given; matched nothing (map a field as kelurahan)",
        "RT {rt} RW {rw}, tetapi kelurahan tidak disebut; tidak dicocokkan "
        "(petakan sebuah kolom sebagai kelurahan)",
    ),
    "shape_nothing_named": (
        "names no RT unit, kelurahan or kawasan of the database; matched nothing",
        "tidak menyebut RT, kelurahan atau kawasan mana pun di basis data; tidak dicocokkan",
    ),
    "shape_twice": (
        "a second shape for the same unit (also feature {other}): one shape each",
        "bentuk kedua untuk satuan yang sama (juga fitur {other}): satu bentuk masing-masing",
    ),
    "shape_area_disagrees": (
        "{code}: drawn {drawn} ha against {verified} ha verified (more than {share} apart); "
        "the verified area is kept",
        "{code}: tergambar {drawn} ha dibanding {verified} ha terverifikasi (selisih lebih "
        "dari {share}); luas terverifikasi tetap dipakai",
    ),
    "shapes_missing": (
        "{n} RT units still have no shape: {codes}",
        "{n} RT belum memiliki bentuk: {codes}",
    ),
    "engagement_twice": (
        "the same date and title as row {other}: an engagement is one row",
        "tanggal dan judul sama dengan baris {other}: satu kegiatan ditulis dalam satu baris",
    ),
    "name_in_file_twice": (
        "the same stakeholder appears twice in the file (also row {other})",
        "pemangku kepentingan yang sama muncul dua kali (juga di baris {other})",
    ),
    "name_registered": (
        "already registered as '{existing}'",
        "sudah terdaftar sebagai '{existing}'",
    ),
    "unknown_village": (
        "no village '{name}' in this district (write it as in the database; "
        "add '/kecamatan' when two villages share the name)",
        "tidak ada kelurahan/desa '{name}' di kabupaten/kota ini (tulis seperti "
        "di basis data; tambahkan '/kecamatan' bila ada dua yang sama namanya)",
    ),
    "unknown_area": (
        "no kawasan '{name}' in this district",
        "tidak ada kawasan '{name}' di kabupaten/kota ini",
    ),
    "unknown_stakeholder": (
        "no registered stakeholder '{name}'",
        "tidak ada pemangku kepentingan terdaftar bernama '{name}'",
    ),
    "bad_date": (
        "expected a date such as 2026-11-23 or 23/11/2026",
        "harus tanggal, misalnya 2026-11-23 atau 23/11/2026",
    ),
    # priority harmonisation (shown in the window, also during a workshop)
    "points_budget": (
        "{who} has {left} of {budget} points left; cannot give {points} to {target}.",
        "{who} tinggal punya {left} dari {budget} poin; tidak dapat memberi "
        "{points} poin kepada {target}.",
    ),
    "rank_from_one": (
        "A rank is a whole number from 1 (1 = first); got {got}.",
        "Peringkat adalah bilangan bulat mulai 1 (1 = pertama); tertulis {got}.",
    ),
    "points_negative": (
        "Points cannot be negative; got {got}.",
        "Poin tidak boleh negatif; tertulis {got}.",
    ),
    "tally_negative": (
        "A tally cannot go below 0; got {got}.",
        "Hitungan suara tidak boleh di bawah 0; tertulis {got}.",
    ),
    "source_blank": (
        "The source needs a name, e.g. “RPLP Kelurahan Sukamaju 2025”.",
        "Sumber memerlukan nama, misalnya “RPLP Kelurahan Sukamaju 2025”.",
    ),
    "source_exists": (
        "A source named “{name}” already exists.",
        "Sumber bernama “{name}” sudah ada.",
    ),
    "no_agreed": (
        "No location is marked agreed yet: mark the agreed locations first.",
        "Belum ada lokasi yang ditandai disepakati: tandai dulu lokasi yang disepakati.",
    ),
    "list_blank": (
        "Give the agreed list a name, e.g. “Lokasi prioritas 2026 – kesepakatan lokakarya”.",
        "Beri nama daftar kesepakatan, misalnya “Lokasi prioritas 2026 – kesepakatan lokakarya”.",
    ),
    "list_exists": (
        "An agreed list named “{name}” already exists; choose another name.",
        "Daftar kesepakatan bernama “{name}” sudah ada; pilih nama lain.",
    ),
    "gone": (
        "{what} no longer exists (changed elsewhere?); reload with F5.",
        "{what} sudah tidak ada (diubah di tempat lain?); muat ulang dengan F5.",
    ),
    "unknown_location": (
        "no RT unit with kode_lokasi '{code}' in this district (import the "
        "baseline first, or write the kawasan instead)",
        "tidak ada RT dengan kode_lokasi '{code}' di kabupaten/kota ini (impor "
        "baseline dulu, atau tulis kawasannya)",
    ),
    "rupiah": (
        "expected whole rupiah such as Rp 20.000.000, 20.000.000 or 20000000",
        "harus rupiah bulat, misalnya Rp 20.000.000, 20.000.000 atau 20000000",
    ),
    "unknown_source": (
        "unknown funding source '{name}'; known: {known} (map it in the import "
        "window, or add it with --add-new)",
        "sumber dana '{name}' tidak dikenal; yang dikenal: {known} (petakan di "
        "jendela impor, atau tambahkan dengan --add-new)",
    ),
    "unknown_type": (
        "unknown activity type '{name}' for criterion {code}; known for {code}: "
        "{known} (map it in the import window, or add it with --add-new)",
        "jenis kegiatan '{name}' untuk kriteria {code} tidak dikenal; yang dikenal "
        "untuk {code}: {known} (petakan di jendela impor, atau tambahkan dengan "
        "--add-new)",
    ),
    "group_differs": (
        "id_kegiatan {group} is one activity: its place, criterion, type and "
        "volume must match row {other}",
        "id_kegiatan {group} adalah satu kegiatan: lokasi, kriteria, jenis dan "
        "volumenya harus sama dengan baris {other}",
    ),
    "group_realised": (
        "id_kegiatan {group} is one activity with one realisation: write the "
        "same value as row {other}, or leave it blank",
        "id_kegiatan {group} adalah satu kegiatan dengan satu realisasi: tulis "
        "nilai yang sama dengan baris {other}, atau kosongkan",
    ),
    # -- programme and plan versions ----------------------------------------------------
    "no_plan": (
        "There is no plan yet: set the plan period in the programme tab first.",
        "Belum ada rencana: atur dulu periode rencana di tab program.",
    ),
    "approve_no_list": (
        "Freeze the agreed priority list first (Harmonisasi Prioritas → "
        "Bekukan): an approved plan names the list it was agreed on.",
        "Bekukan dulu daftar prioritas yang disepakati (Harmonisasi Prioritas → "
        "Bekukan): rencana yang disahkan menyebut daftar kesepakatannya.",
    ),
    "approve_no_signatory": (
        "Add at least one signatory before approving.",
        "Tambahkan minimal satu penanda tangan sebelum mengesahkan.",
    ),
    "signatory_position": (
        "Each signature block needs a position, e.g. Ketua Pokja PKP.",
        "Setiap blok tanda tangan perlu jabatan, misalnya Ketua Pokja PKP.",
    ),
    "signatory_name": (
        "Write the name of the {position} before approving.",
        "Tulis nama {position} sebelum mengesahkan.",
    ),
    "signatory_place": (
        "Write the place of signing of the {position} (e.g. Kota Demo) before "
        "approving: the sealed summary keeps it for good.",
        "Tulis tempat penandatanganan {position} (mis. Kota Demo) sebelum "
        "mengesahkan: ringkasan yang disegel menyimpannya selamanya.",
    ),
    "signatory_date": (
        "Write the date of signing of the {position} (dd-mm-yyyy) before "
        "approving: the sealed summary keeps it for good.",
        "Tulis tanggal penandatanganan {position} (dd-mm-yyyy) sebelum "
        "mengesahkan: ringkasan yang disegel menyimpannya selamanya.",
    ),
    "nip_bad": (
        "The NIP of the {position} ({value}) is not 18 digits; write it as e.g. "
        "19700101 199001 1 001, or leave it empty when there is none.",
        "NIP {position} ({value}) bukan 18 angka; tulis misalnya 19700101 199001 1 001, "
        "atau kosongkan bila tidak ada.",
    ),
    "approve_by": (
        "Say who approves the plan (name or body).",
        "Sebutkan siapa yang mengesahkan rencana (nama atau lembaga).",
    ),
    "date_bad": (
        "Row {row}: {value!r} is not a date; write it as dd-mm-yyyy, e.g. 23-11-2026.",
        "Baris {row}: {value!r} bukan tanggal; tulis sebagai hh-bb-tttt, mis. 23-11-2026.",
    ),
    "version_unknown": (
        "There is no plan version {version}.",
        "Tidak ada versi rencana {version}.",
    ),
    "no_map": (
        "The database has no map yet: import the district's RT, village and kawasan "
        "boundaries first (Berkas → Impor Peta…, or `pkp-workbench import geometry FILE`).",
        "Basis data belum berisi peta: impor dulu batas RT, kelurahan dan kawasan "
        "(Berkas → Impor Peta…, atau `pkp-workbench import geometry BERKAS`).",
    ),
    "map_suffix": (
        "{file}: a map is written as {allowed}; choose one of these endings.",
        "{file}: peta ditulis sebagai {allowed}; pilih salah satu akhiran itu.",
    ),
    "no_locations": (
        "The database holds no assessed RT units yet: import a baseline first.",
        "Basis data belum berisi RT yang dinilai: impor data baseline dulu.",
    ),
    "location_unknown": (
        "No RT unit or kawasan is called {code!r}.",
        "Tidak ada RT atau kawasan bernama {code!r}.",
    ),
    "cert_missing": ("{name}: no such certificate file.", "{name}: berkas sertifikat tidak ada."),
    "cert_unreadable": (
        "{name}: the certificate cannot be opened: wrong passphrase, or not a "
        "PKCS#12 (.p12/.pfx) file.",
        "{name}: sertifikat tidak dapat dibuka: kata sandi salah, atau bukan "
        "berkas PKCS#12 (.p12/.pfx).",
    ),
    "cert_no_key": (
        "{name} holds no private key: export the certificate together with its key as .p12/.pfx.",
        "{name} tidak berisi kunci privat: ekspor sertifikat bersama kuncinya sebagai .p12/.pfx.",
    ),
    "cert_expired": (
        "The certificate of {subject} expired on {date}; a signature made with "
        "it would not be valid. Renew it with the certification authority.",
        "Sertifikat {subject} berakhir pada {date}; tanda tangan dengannya tidak "
        "sah. Perbarui di penyelenggara sertifikat.",
    ),
    "cert_not_yet": (
        "The certificate of {subject} is valid only from {date}.",
        "Sertifikat {subject} baru berlaku mulai {date}.",
    ),
    "cert_not_for_signing": (
        "The certificate of {subject} is not for signing documents (its "
        "key usage allows neither digital signature nor non-repudiation).",
        "Sertifikat {subject} bukan untuk menandatangani dokumen "
        "(penggunaan kuncinya bukan tanda tangan digital).",
    ),
    "trust_unreadable": (
        "{name} is not a certificate to trust (expected PEM or DER).",
        "{name} bukan sertifikat yang dapat dipercaya (harus PEM atau DER).",
    ),
    "tsa_url_bad": (
        "{url!r} is not a time-stamp server address (expected http://… or https://…).",
        "{url!r} bukan alamat server cap waktu (harus http://… atau https://…).",
    ),
    "tsa_failed": (
        "The time-stamp server {url} did not answer ({error}); nothing was written. "
        "Check the address and the network, or sign without a time stamp.",
        "Server cap waktu {url} tidak menjawab ({error}); tidak ada yang ditulis. "
        "Periksa alamat dan jaringan, atau tandatangani tanpa cap waktu.",
    ),
    "sign_draft": (
        "Only an approved plan version can be signed digitally: version {version} "
        "is a draft. Approve it first (Laporan → Pengesahan Rencana).",
        "Hanya versi rencana yang sudah disahkan yang dapat ditandatangani "
        "secara digital: versi {version} masih draf. Sahkan dulu (Laporan → "
        "Pengesahan Rencana).",
    ),
    "sign_kind": (
        "Only the plan summary can be signed digitally, not the {kind} report.",
        "Hanya ringkasan rencana yang dapat ditandatangani secara digital, bukan laporan {kind}.",
    ),
    # -- what a written report holds (status line of the reports window, command line) ------
    "note_plan_approved": (
        "plan version {version} (approved)",
        "rencana versi {version} (disahkan)",
    ),
    "note_plan_draft": ("plan version {version} (draft)", "rencana versi {version} (draf)"),
    "note_fingerprint": ("fingerprint sha256:{fingerprint}", "sidik sha256:{fingerprint}"),
    "note_sk": ("{count} slum RT units", "{count} RT kumuh"),
    "note_sk_map": (
        "the distribution map of {count} slum RT units",
        "peta sebaran {count} RT kumuh",
    ),
    "note_profiles": ("{count} profiles", "{count} profil"),
    "note_programme": ("{count} activities", "{count} kegiatan"),
    "note_stakeholders": (
        "{count} stakeholders, {commitments} commitments",
        "{count} pemangku kepentingan, {commitments} komitmen",
    ),
    "note_signed": ("signed by {who}", "ditandatangani oleh {who}"),
    # -- verifying a plan-summary PDF (verify, Laporan → Periksa PDF) -------------------------
    "v_ok": (
        "OK: matches approved plan version {version} ({plan}), fingerprint sha256:{fingerprint}",
        "SESUAI: cocok dengan versi rencana {version} yang disahkan ({plan}), sidik "
        "sha256:{fingerprint}",
    ),
    "v_not": ("NOT VERIFIED: {problem}", "TIDAK TERVERIFIKASI: {problem}"),
    "v_unreadable": (
        "{name}: not a readable PDF ({error})",
        "{name}: bukan PDF yang dapat dibaca ({error})",
    ),
    "v_no_fingerprint": (
        "{name} carries no plan fingerprint: it is not an approved plan "
        "summary (drafts and other reports are not sealed)",
        "{name} tidak memuat sidik rencana: bukan ringkasan rencana yang "
        "disahkan (draf dan laporan lain tidak disegel)",
    ),
    "v_unknown_fingerprint": (
        "no approved plan version in this database has fingerprint sha256:{fingerprint}",
        "tidak ada versi rencana yang disahkan di basis data ini dengan sidik sha256:{fingerprint}",
    ),
    "v_record_altered": (
        "the database's record of version {version} no longer matches its "
        "fingerprint: the stored approval was altered",
        "catatan versi {version} di basis data tidak lagi cocok dengan "
        "sidiknya: data pengesahan yang tersimpan telah diubah",
    ),
    "v_data_changed_since": (
        "note: the district's data have changed since version {version} was approved "
        "(in: {parts}); the document is still exactly the approved one",
        "catatan: data kabupaten/kota telah berubah sejak versi {version} disahkan "
        "(pada: {parts}); dokumen ini tetap persis yang disahkan",
    ),
    "v_document_changed": (
        "{name} is not byte for byte the approved document although its page drawings "
        "are: something was added or changed (a note or drawing laid over a page, a font, "
        "the metadata, the page order, or an update appended to the file)",
        "{name} tidak persis sama byte demi byte dengan dokumen yang disahkan meskipun "
        "gambar halamannya sama: ada yang ditambah atau diubah (catatan atau gambar di atas "
        "halaman, huruf, metadata, urutan halaman, atau pembaruan yang ditambahkan)",
    ),
    "v_signatures_unreadable": (
        "{name}: its digital signatures cannot be read ({error})",
        "{name}: tanda tangan digitalnya tidak dapat dibaca ({error})",
    ),
    "v_page_unreadable": (
        "{name}: a page cannot be read ({error}); the file was damaged or altered",
        "{name}: sebuah halaman tidak dapat dibaca ({error}); berkas rusak atau diubah",
    ),
    "v_page_count": (
        "{name} has {pages} pages; the approved summary has {expected}",
        "{name} berisi {pages} halaman; ringkasan yang disahkan {expected} halaman",
    ),
    "v_page_text": (
        "page {page} differs from the approved summary: reads {mine!r} where the "
        "approved one reads {theirs!r}",
        "halaman {page} berbeda dari ringkasan yang disahkan: tertulis {mine!r} "
        "sedangkan yang disahkan {theirs!r}",
    ),
    "v_page_added": (
        "page {page} differs from the approved summary: text added or removed",
        "halaman {page} berbeda dari ringkasan yang disahkan: ada teks yang ditambah atau dihapus",
    ),
    "v_page_drawing": (
        "page {page} differs from the approved summary (drawing or layout changed)",
        "halaman {page} berbeda dari ringkasan yang disahkan (gambar atau tata letak berubah)",
    ),
    "v_no_signature": (
        "no digital signature (the printed signature blocks only)",
        "tanpa tanda tangan digital (hanya blok tanda tangan tercetak)",
    ),
    "s_certified": ("certified by {who} on {when}", "disertifikasi oleh {who} pada {when}"),
    "s_signed": ("signed by {who} on {when}", "ditandatangani oleh {who} pada {when}"),
    "s_stamped": ("time-stamped {when}", "dicap waktu {when}"),
    "s_stamp_bad": (
        "the time stamp on the signature of {who} does not match it",
        "cap waktu pada tanda tangan {who} tidak cocok",
    ),
    "s_stamp_untrusted": (
        "the time-stamp authority on the signature of {who} does not chain "
        "to the trusted roots given",
        "penyelenggara cap waktu pada tanda tangan {who} tidak berinduk pada "
        "CA akar tepercaya yang diberikan",
    ),
    "s_no_time": ("no signing time", "tanpa waktu penandatanganan"),
    "s_intact": ("intact", "utuh"),
    "s_bytes_changed": (
        "the signature of {who} no longer matches the file: the signed bytes were changed",
        "tanda tangan {who} tidak lagi cocok dengan berkas: bagian yang "
        "ditandatangani telah diubah",
    ),
    "s_invalid": (
        "the signature of {who} does not match its certificate",
        "tanda tangan {who} tidak cocok dengan sertifikatnya",
    ),
    "s_changed_after": (
        "the file was changed after the signature of {who} (more than further signatures)",
        "berkas diubah setelah tanda tangan {who} (lebih dari penambahan tanda tangan)",
    ),
    "s_untrusted": (
        "the certificate of {who} does not chain to the trusted roots given",
        "sertifikat {who} tidak berinduk pada CA akar tepercaya yang diberikan",
    ),
    "s_trusted": ("certificate trusted", "sertifikat tepercaya"),
    "s_unchecked": (
        "certificate not checked against a trusted root (give --trust ROOT.pem)",
        "sertifikat belum diperiksa terhadap CA akar tepercaya (pilih berkas CA "
        "akar, mis. Root CA Indonesia)",
    ),
    "s_not_trusted": ("certificate NOT trusted", "sertifikat TIDAK tepercaya"),
    "not_approved": (
        "This plan version is not approved, so it has no fingerprint to check.",
        "Versi rencana ini belum disahkan, jadi tidak punya sidik untuk diperiksa.",
    ),
    "period_order": (
        "The plan period must start no later than it ends ({start}–{end}).",
        "Periode rencana harus dimulai sebelum berakhir ({start}–{end}).",
    ),
    "period_long": (
        "A plan period of {years} years is too long; at most {most}.",
        "Periode rencana {years} tahun terlalu panjang; paling lama {most} tahun.",
    ),
    "plan_frozen": (
        "Plan version {version} is approved and frozen; make a new draft version to change it.",
        "Versi rencana {version} sudah disahkan dan dibekukan; buat versi draf "
        "baru untuk mengubahnya.",
    ),
    "one_target": (
        "An activity is at one RT unit or one kawasan.",
        "Kegiatan berada di satu RT atau satu kawasan.",
    ),
    "unknown_criterion": (
        "“{code}” is not a criterion of the rule set (expected one of {known}).",
        "“{code}” bukan kriteria dalam aturan (seharusnya salah satu dari {known}).",
    ),
    "type_criterion": (
        "The activity type “{name}” addresses criterion {type_code}, not {code}.",
        "Jenis kegiatan “{name}” menangani kriteria {type_code}, bukan {code}.",
    ),
    "volume_bad": (
        "The volume must be a number of at least 0 (in {unit}); got {value}.",
        "Volume harus angka minimal 0 (dalam {unit}); tertulis {value}.",
    ),
    "money_bad": (
        "{what} must be whole rupiah of at least 0; got {value}.",
        "{what} harus rupiah bulat minimal 0; tertulis {value}.",
    ),
    "year_bad": (
        "{year} is not a year between {low} and {high}.",
        "{year} bukan tahun antara {low} dan {high}.",
    ),
    "choice_bad": (
        "“{value}” is not a {what} (expected one of {allowed}).",
        "“{value}” bukan {what} yang dikenal (seharusnya salah satu dari {allowed}).",
    ),
    "alloc_twice": (
        "Source {source} appears twice in {year}; give one amount per year and source.",
        "Sumber {source} muncul dua kali pada {year}; isi satu nilai per tahun dan sumber.",
    ),
    "several_sources": (
        "{year} is funded from several sources ({sources}); change the amounts "
        "in the activity form (Enter).",
        "{year} didanai beberapa sumber ({sources}); ubah nilainya di formulir kegiatan (Enter).",
    ),
    "no_source": (
        "Choose the funding source first: the activity has no money allocated yet; "
        "open the activity form (Enter).",
        "Pilih sumber dana dulu: kegiatan belum punya alokasi; buka formulir kegiatan (Enter).",
    ),
    "catalogue_blank": ("Give the {what} a name.", "Beri nama {what}."),
    "catalogue_exists": (
        "A {what} named “{name}” already exists.",
        "{what} bernama “{name}” sudah ada.",
    ),
    "type_in_use": (
        "The activity type “{name}” is used by {count} activities; it cannot be deleted.",
        "Jenis kegiatan “{name}” dipakai {count} kegiatan; tidak dapat dihapus.",
    ),
    "stakeholder_in_use": (
        "“{name}” {uses}; deleting it would lose that record. Archive it instead.",
        "“{name}” {uses}; menghapusnya akan menghilangkan catatan itu. Arsipkan saja.",
    ),
    "source_in_use": (
        "The funding source “{name}” funds {count} allocations; it can be made "
        "inactive but not deleted.",
        "Sumber dana “{name}” dipakai {count} alokasi; dapat dinonaktifkan tetapi tidak dihapus.",
    ),
}

LANGUAGES = ("en", "id")

# what a table holds, in words (a refusal from the database names the table)
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "district": ("the district", "data daerah"),
    "subdistrict": ("the kecamatan", "kecamatan"),
    "village": ("the kelurahan", "kelurahan"),
    "area": ("the kawasan", "kawasan"),
    "location": ("RT units", "unit RT"),
    "assessment": ("assessments", "penilaian RT"),
    "assessment_volume": ("assessment volumes", "volume penilaian"),
    "assessment_history": ("assessment history", "riwayat penilaian"),
    "shape": ("map shapes", "bentuk peta"),
    "stakeholder": ("stakeholders", "pemangku kepentingan"),
    "coverage": ("stakeholder coverage", "cakupan pemangku"),
    "engagement": ("engagements", "kegiatan kolaborasi"),
    "engagement_village": ("engagements", "kegiatan kolaborasi"),
    "attendance": ("attendance", "kehadiran"),
    "commitment": ("commitments", "kontribusi"),
    "proposal_source": ("proposal sources", "sumber usulan"),
    "proposal": ("proposals", "usulan"),
    "vote": ("workshop votes", "suara lokakarya"),
    "priority_decision": ("priority decisions", "keputusan prioritas"),
    "priority_list": ("agreed priority lists", "daftar prioritas yang disepakati"),
    "activity": ("programme activities", "kegiatan program"),
    "allocation": ("allocations", "alokasi"),
    "funding_source": ("the funding sources (a catalogue)", "sumber dana (katalog)"),
    "activity_type": ("the activity types (a catalogue)", "jenis kegiatan (katalog)"),
    "plan_version": ("plans", "rencana"),
    "plan_signatory": ("plan signatories", "penanda tangan rencana"),
    "user_scope": ("who may change which villages", "hak akses kelurahan"),
    "village_submission": ("kelurahan submissions", "pengajuan kelurahan"),
    "db_setting": ("settings", "pengaturan"),
    "audit_log": ("the audit log", "log audit"),
}


def table_words(table: str) -> Both:
    return Both(*TABLE_WORDS.get(table, (table, table)))


class Both(tuple[str, str]):
    """A parameter of a message said in both languages (English, Indonesian)."""

    def __new__(cls, english: str, indonesian: str) -> Both:
        return super().__new__(cls, (english, indonesian))

    def said(self, language: str) -> str:
        return self[1] if language == "id" else self[0]


def render(key: str, language: str = "en", **params: object) -> str:
    english, indonesian = CATALOGUE[key]
    template = indonesian if language == "id" else english
    said = {k: v.said(language) if isinstance(v, Both) else v for k, v in params.items()}
    return template.format(**said)


class UserError(ValueError):
    """A refused change, with its message in both languages: ``str()`` is English (command
    line, logs); the window shows ``text("id")``."""

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params
        super().__init__(render(key, "en", **params))

    def text(self, language: str) -> str:
        return render(self.key, language, **self.params)
