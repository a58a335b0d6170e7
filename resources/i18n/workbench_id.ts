<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="65"/>
        <source>Change activity</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="65"/>
        <source>New activity</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="70"/>
        <source>Kawasan: %1</source>
        <translation>Kawasan: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="108"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="108"/>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="108"/>
        <source>Amount (Rp)</source>
        <translation>Nilai (Rp)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="113"/>
        <source>Add year/source</source>
        <translation>Tambah tahun/sumber</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="115"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="133"/>
        <source>RT unit or kawasan</source>
        <translation>RT atau kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="134"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="135"/>
        <source>Activity type</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="139"/>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="258"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="143"/>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="281"/>
        <source>Unit cost</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="144"/>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="145"/>
        <source>Planning field</source>
        <translation>Bidang perencanaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="146"/>
        <source>Executed by</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="148"/>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="286"/>
        <source>Realised volume</source>
        <translation>Realisasi volume</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="149"/>
        <source>Realised amount (Rp)</source>
        <translation>Realisasi anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="150"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="157"/>
        <source>Money per year and funding source</source>
        <translation>Anggaran per tahun dan sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="160"/>
        <source>Commitments from the stakeholder registry</source>
        <translation>Komitmen dari daftar pemangku kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="216"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="255"/>
        <source>Choose the RT unit or kawasan.</source>
        <translation>Pilih RT atau kawasan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="257"/>
        <source>Choose an activity type (add one under Catalogue).</source>
        <translation>Pilih jenis kegiatan (tambahkan di Katalog).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="264"/>
        <source>Amount %1</source>
        <translation>Nilai %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="287"/>
        <source>Realised amount</source>
        <translation>Realisasi anggaran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="301"/>
        <source>%1: write a number of at least 0, e.g. 30 or 12,5.</source>
        <translation>%1: tulis angka minimal 0, misalnya 30 atau 12,5.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="311"/>
        <source>%1: write whole rupiah, e.g. 20.000.000.</source>
        <translation>%1: tulis rupiah bulat, misalnya 20.000.000.</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="23"/>
        <source>certificate file .p12 / .pfx (e.g. from BSrE)</source>
        <translation>berkas sertifikat .p12 / .pfx (mis. dari BSrE)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="24"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="32"/>
        <source>passphrase of the certificate</source>
        <translation>kata sandi sertifikat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="35"/>
        <source>C&amp;ertificate:</source>
        <translation>S&amp;ertifikat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="38"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="41"/>
        <source>optional: time-stamp server (TSA) address, http://…</source>
        <translation>opsional: alamat server cap waktu (TSA), http://…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="45"/>
        <source>With a time stamp from your certification authority&apos;s server, the signing time does not rest on this computer&apos;s clock (PAdES B-T).</source>
        <translation>Dengan cap waktu dari server penyelenggara sertifikat Anda, waktu penandatanganan tidak bergantung pada jam komputer ini (PAdES B-T).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="50"/>
        <source>Ti&amp;me stamp:</source>
        <translation>&amp;Cap waktu:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="54"/>
        <source>Signing certificate</source>
        <translation>Sertifikat tanda tangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signing_fields.py" line="54"/>
        <source>Certificate with key (*.p12 *.pfx)</source>
        <translation>Sertifikat dengan kunci (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="41"/>
        <source>Columns of the file</source>
        <translation>Kolom berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="45"/>
        <source>For each column, choose the file&apos;s header that holds it. Columns marked * are required. The headers the workbench recognised are chosen already.</source>
        <translation>Untuk setiap kolom, pilih judul kolom berkas yang memuatnya. Kolom bertanda * wajib. Judul kolom yang sudah dikenali sudah terpilih.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="51"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="51"/>
        <source>Header in the file</source>
        <translation>Judul kolom di berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="66"/>
        <source>(not in the file)</source>
        <translation>(tidak ada di berkas)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="82"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="96"/>
        <source>Also read the sheet:</source>
        <translation>Baca juga lembar:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="98"/>
        <source>joined on the column:</source>
        <translation>digabung pada kolom:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="104"/>
        <source>Save this mapping as:</source>
        <translation>Simpan pemetaan ini dengan nama:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="106"/>
        <source>e.g. Baseline Kota Pekalongan</source>
        <translation>mis. Baseline Kota Pekalongan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="140"/>
        <source>Headers not used (ignored): %1</source>
        <translation>Judul kolom yang tidak dipakai (diabaikan): %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="142"/>
        <source>Every header of the file is used.</source>
        <translation>Semua judul kolom berkas dipakai.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="153"/>
        <source>The header &apos;%1&apos; is chosen for %2: one header holds one column.</source>
        <translation>Judul kolom &apos;%1&apos; dipilih untuk %2: satu judul kolom memuat satu kolom.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="159"/>
        <source>Required columns without a header: %1.</source>
        <translation>Kolom wajib yang belum punya judul kolom: %1.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/column_mapping.py" line="171"/>
        <source>Give the mapping a name to save it, or untick it.</source>
        <translation>Beri nama pemetaan untuk menyimpannya, atau hapus centangnya.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="77"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="220"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="139"/>
        <source>Location code</source>
        <translation>Kode lokasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="88"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="222"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="77"/>
        <location filename="../../workbench/ui/tabs/scores.py" line="151"/>
        <source>Village</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="170"/>
        <location filename="../../workbench/ui/tabs/scores.py" line="154"/>
        <source>Slum area (kawasan)</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="174"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="223"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="144"/>
        <location filename="../../workbench/ui/tabs/scores.py" line="152"/>
        <source>Area</source>
        <translation>Luas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="91"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="224"/>
        <location filename="../../workbench/ui/tabs/scores.py" line="141"/>
        <source>Total score</source>
        <translation>Total skor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="80"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="216"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="97"/>
        <location filename="../../workbench/ui/tabs/scores.py" line="143"/>
        <source>Slum level</source>
        <translation>Tingkat kekumuhan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="104"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="225"/>
        <source>Priority code</source>
        <translation>Kode prioritas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="110"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="227"/>
        <source>Handled by</source>
        <translation>Kewenangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="116"/>
        <source>Composite</source>
        <translation>Komposit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="123"/>
        <source>Borda rank</source>
        <translation>Peringkat Borda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="130"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="136"/>
        <source>Rank spread</source>
        <translation>Sebaran peringkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="143"/>
        <source>For</source>
        <translation>Setuju</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="146"/>
        <source>Against</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="150"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="157"/>
        <source>In top N</source>
        <translation>Di N teratas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="164"/>
        <source>Rank range</source>
        <translation>Rentang peringkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="187"/>
        <source>Land status</source>
        <translation>Status lahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="228"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="181"/>
        <source>Other considerations</source>
        <translation>Pertimbangan lain</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="196"/>
        <source>Agreed list</source>
        <translation>Daftar kesepakatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="199"/>
        <source>Frozen</source>
        <translation>Dibekukan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="202"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="203"/>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="206"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sidik (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="226"/>
        <source>Handling pattern</source>
        <translation>Pola penanganan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="78"/>
        <location filename="../../workbench/ui/tabs/scores.py" line="155"/>
        <source>Subdistrict</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="87"/>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="221"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="50"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="142"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="184"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="200"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="51"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="185"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="203"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="264"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="52"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="38"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="55"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="75"/>
        <source>Funding sources</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="76"/>
        <source>Executed by</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="143"/>
        <source>Kawasan</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="147"/>
        <source>Score now</source>
        <translation>Skor awal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="166"/>
        <source>Leaves slum status</source>
        <translation>Keluar dari kumuh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="186"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="189"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="206"/>
        <source>Problem volume</source>
        <translation>Volume masalah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="212"/>
        <source>Planned volume</source>
        <translation>Volume rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="218"/>
        <source>Above the problem</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="250"/>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="251"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="254"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="258"/>
        <source>Allocations</source>
        <translation>Alokasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="265"/>
        <source>Activity type</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="40"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="266"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="268"/>
        <source>Typical unit cost</source>
        <translation>Harga satuan umum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="270"/>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="73"/>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="126"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="140"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="153"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="147"/>
        <source>Criterion scores 1a–7b</source>
        <translation>Skor kriteria 1a–7b</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="158"/>
        <source>Data notes</source>
        <translation>Catatan data</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="166"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="167"/>
        <source>Short name</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="168"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="169"/>
        <source>Level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="170"/>
        <source>Planning role</source>
        <translation>Peran perencanaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="171"/>
        <source>Pokja position</source>
        <translation>Jabatan di Pokja</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="172"/>
        <source>Villages covered</source>
        <translation>Kelurahan dampingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="174"/>
        <source>Engagements attended</source>
        <translation>Kegiatan dihadiri</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="178"/>
        <source>Committed (Rp)</source>
        <translation>Komitmen (Rp)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="182"/>
        <source>Influence</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="183"/>
        <source>Interest</source>
        <translation>Kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="186"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
</context>
<context>
    <name>ColumnsBar</name>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="37"/>
        <source>Which of the file&apos;s headers holds each column: known names, or a mapping</source>
        <translation>Judul kolom berkas mana yang memuat setiap kolom: nama yang dikenal, atau pemetaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="40"/>
        <source>Map columns…</source>
        <translation>Petakan kolom…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="41"/>
        <source>Say which of the file&apos;s headers holds each column</source>
        <translation>Tentukan judul kolom berkas yang memuat setiap kolom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="44"/>
        <source>Sheet:</source>
        <translation>Lembar:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="53"/>
        <source>Columns:</source>
        <translation>Kolom:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="61"/>
        <source>Known column names (automatic)</source>
        <translation>Nama kolom yang dikenal (otomatis)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="63"/>
        <source>Mapping: %1</source>
        <translation>Pemetaan: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="65"/>
        <source>The columns mapped here (not saved)</source>
        <translation>Kolom yang dipetakan di sini (tidak disimpan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/columns_bar.py" line="132"/>
        <source>Could not save the mapping</source>
        <translation>Pemetaan tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="36"/>
        <source>Add a commitment</source>
        <translation>Tambah komitmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="41"/>
        <source>Rp, e.g. 20.000.000 (leave empty for in kind)</source>
        <translation>Rp, misalnya 20.000.000 (kosongkan untuk natura)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="45"/>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="52"/>
        <source>Stakeholder</source>
        <translation>Pemangku kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="53"/>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="54"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="55"/>
        <source>In kind</source>
        <translation>Natura / uraian</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="57"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="61"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="85"/>
        <source>&apos;%1&apos; is not an amount in rupiah</source>
        <translation>&apos;%1&apos; bukan jumlah rupiah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="89"/>
        <source>An amount cannot be negative.</source>
        <translation>Jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/commitment_dialog.py" line="93"/>
        <source>Give an amount in rupiah or describe the in-kind contribution.</source>
        <translation>Isi jumlah rupiah atau uraikan kontribusi natura.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="37"/>
        <source>Connect to a server</source>
        <translation>Sambungkan ke server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="43"/>
        <source>e.g. kota_pekalongan</source>
        <translation>mis. kota_pekalongan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="45"/>
        <source>your own login on the server</source>
        <translation>login Anda sendiri di server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="48"/>
        <source>A district database shared by the Pokja on a PostgreSQL server. Sign in with your own login: what you may do there is your role&apos;s. The password is asked for when the server wants it, and never stored.</source>
        <translation>Basis data daerah yang dipakai bersama oleh Pokja di server PostgreSQL. Masuk dengan login Anda sendiri: yang boleh Anda lakukan di sana sesuai peran Anda. Kata sandi ditanyakan bila server memintanya, dan tidak pernah disimpan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="57"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="58"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="59"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="60"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="75"/>
        <source>the server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="76"/>
        <source>the database</source>
        <translation>basis data</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="77"/>
        <source>your login</source>
        <translation>login Anda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/connect_dialog.py" line="80"/>
        <source>Fill in %1.</source>
        <translation>Isi %1.</translation>
    </message>
</context>
<context>
    <name>CoverageGrid</name>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="39"/>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="40"/>
        <source>Trust</source>
        <translation>Kepercayaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="41"/>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="42"/>
        <source>Understanding</source>
        <translation>Pemahaman bersama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="43"/>
        <source>Outcome</source>
        <translation>Hasil antara</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="52"/>
        <source>Village</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="52"/>
        <source>Subdistrict</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="53"/>
        <source>Data %1</source>
        <translation>Data %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="53"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="56"/>
        <source>Duplicate community bodies</source>
        <translation>Lembaga masyarakat ganda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="63"/>
        <source>engaged</source>
        <translation>terlibat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="64"/>
        <source>never engaged</source>
        <translation>belum terlibat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="65"/>
        <source>absent</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="93"/>
        <source>Several community bodies do the same job here: a question for institution harmonisation.</source>
        <translation>Beberapa lembaga masyarakat menjalankan tugas yang sama di sini: perlu harmonisasi kelembagaan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="102"/>
        <source>&lt;b&gt;Who has not been involved yet, where.&lt;/b&gt; Green: a stakeholder of that category took part in an engagement about the village. Amber: registered for the village but never engaged there (%1 cells). Red: nobody of that category yet. Villages with duplicate community bodies: %2.</source>
        <translation>&lt;b&gt;Siapa yang belum dilibatkan, di mana.&lt;/b&gt; Hijau: pemangku kepentingan kategori itu hadir dalam kegiatan tentang kelurahan tersebut. Kuning: terdaftar di kelurahan itu tetapi belum pernah dilibatkan (%1 sel). Merah: belum ada sama sekali dari kategori itu. Kelurahan dengan lembaga masyarakat ganda: %2.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../workbench/ui/crash.py" line="43"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/crash.py" line="44"/>
        <source>Something went wrong: %1

Nothing you saved is lost. The details are in %2; please send that file to your support contact.</source>
        <translation>Terjadi kesalahan: %1

Data yang sudah tersimpan tidak hilang. Rinciannya ada di %2; kirimkan berkas itu kepada petugas pendukung Anda.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/crash.py" line="60"/>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="55"/>
        <source>Kumuh score</source>
        <translation>Skor kumuh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="56"/>
        <source>Other considerations</source>
        <translation>Pertimbangan lain</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="57"/>
        <source>Proposals (Borda)</source>
        <translation>Usulan (Borda)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="58"/>
        <source>Workshop votes</source>
        <translation>Suara lokakarya</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="186"/>
        <source>Decision for %1</source>
        <translation>Keputusan untuk %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="189"/>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="190"/>
        <source>Contested</source>
        <translation>Diperdebatkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="191"/>
        <source>Deferred</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="192"/>
        <source>No decision</source>
        <translation>Belum ada keputusan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="196"/>
        <source>(no meeting recorded)</source>
        <translation>(pertemuan tidak dicatat)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="200"/>
        <source>Why, and what is still to be settled</source>
        <translation>Alasannya, dan apa yang masih harus diselesaikan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="206"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="207"/>
        <source>Decided at</source>
        <translation>Diputuskan dalam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="208"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="94"/>
        <source>Changed by someone else</source>
        <translation>Diubah orang lain</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="97"/>
        <source>Reload (keep their change)</source>
        <translation>Muat ulang (pakai perubahan mereka)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="101"/>
        <source>Apply mine on top</source>
        <translation>Terapkan perubahan saya di atasnya</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="49"/>
        <source>Record an engagement</source>
        <translation>Catat kegiatan kolaborasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="60"/>
        <source>Face-to-face dialogue</source>
        <translation>Dialog tatap muka</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="61"/>
        <source>Trust building</source>
        <translation>Membangun kepercayaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="62"/>
        <source>Commitment to the process</source>
        <translation>Komitmen terhadap proses</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="63"/>
        <source>Shared understanding</source>
        <translation>Pemahaman bersama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="64"/>
        <source>Intermediate outcome</source>
        <translation>Hasil antara</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="75"/>
        <source>Click a name once: present (✓); twice: invited but absent (▪); a third time: not invited.</source>
        <translation>Klik nama sekali: hadir (✓); dua kali: diundang tetapi tidak hadir (▪); tiga kali: tidak diundang.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="90"/>
        <source>Find a name…</source>
        <translation>Cari nama…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="103"/>
        <source>Path or link to the minutes (berita acara)</source>
        <translation>Lokasi berkas atau tautan berita acara</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="107"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="108"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="109"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="110"/>
        <source>Collaboration stage</source>
        <translation>Tahap kolaborasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="111"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="112"/>
        <source>Villages concerned</source>
        <translation>Kelurahan/desa terkait</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="113"/>
        <source>Attendees (✓ present, ▪ invited but absent)</source>
        <translation>Peserta (✓ hadir, ▪ diundang tetapi tidak hadir)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="114"/>
        <source>Outcomes</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="115"/>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="116"/>
        <source>Minutes</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="120"/>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="184"/>
        <source>%1 present, %2 invited but absent</source>
        <translation>%1 hadir, %2 diundang tetapi tidak hadir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="191"/>
        <source>Change an engagement</source>
        <translation>Ubah kegiatan kolaborasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="242"/>
        <source>Give the engagement a title.</source>
        <translation>Beri judul kegiatan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/engagement_dialog.py" line="245"/>
        <source>Tick at least one village it concerned.</source>
        <translation>Centang sedikitnya satu kelurahan/desa terkait.</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="309"/>
        <source>Freeze the agreed list</source>
        <translation>Bekukan daftar kesepakatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="312"/>
        <source>(no meeting recorded)</source>
        <translation>(pertemuan tidak dicatat)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="317"/>
        <source>%1 agreed, %2 contested, %3 deferred. The list is recorded with the weights and every input used, sealed with a fingerprint; later changes do not alter it.</source>
        <translation>%1 disepakati, %2 diperdebatkan, %3 ditunda. Daftar dicatat bersama bobot dan seluruh masukan yang dipakai, disegel dengan sidik digital; perubahan sesudahnya tidak mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="327"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="328"/>
        <source>Agreed at</source>
        <translation>Disepakati dalam</translation>
    </message>
</context>
<context>
    <name>GeometryImportDialog</name>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="38"/>
        <source>Import map</source>
        <translation>Impor peta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="40"/>
        <source>Choose a .kmz, .kml, .geojson, .shp, .zip or .gpkg file, or drop it here</source>
        <translation>Pilih berkas .kmz, .kml, .geojson, .shp, .zip atau .gpkg, atau jatuhkan di sini</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="43"/>
        <location filename="../../workbench/ui/geometry_import.py" line="61"/>
        <source>(all layers)</source>
        <translation>(semua lapisan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="45"/>
        <source>Layer:</source>
        <translation>Lapisan:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="51"/>
        <source>Maps (*.kmz *.kml *.geojson *.json *.shp *.zip *.gpkg);;All files (*)</source>
        <translation>Peta (*.kmz *.kml *.geojson *.json *.shp *.zip *.gpkg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="87"/>
        <source>Feature</source>
        <translation>Fitur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="88"/>
        <source>Layer</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="89"/>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="90"/>
        <source>Matched</source>
        <translation>Dicocokkan dengan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/geometry_import.py" line="116"/>
        <source>%1: %2 features: %3 RT units, %4 villages, %5 kawasan to import (%6 shapes they have now replaced); %7 matched nothing (listed below).</source>
        <translation>%1: %2 fitur: %3 RT, %4 kelurahan/desa, %5 kawasan akan diimpor (%6 bentuk yang ada sekarang diganti); %7 tidak cocok dengan apa pun (lihat di bawah).</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="29"/>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
</context>
<context>
    <name>ImportBaselineDialog</name>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="46"/>
        <source>Import baseline</source>
        <translation>Impor Baseline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="76"/>
        <source> (thresholds unconfirmed)</source>
        <translation> (ambang belum dikonfirmasi)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="97"/>
        <source>Rule set:</source>
        <translation>Aturan:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="104"/>
        <source>Baseline (*.csv *.xlsx);;All files (*)</source>
        <translation>Baseline (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="48"/>
        <source>Empty template…</source>
        <translation>Templat kosong…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="51"/>
        <source>The columns with their units, one example row and a sheet of instructions, to fill in</source>
        <translation>Kolom-kolom dengan satuannya, satu baris contoh dan lembar petunjuk, untuk diisi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="64"/>
        <source>Export this year to edit…</source>
        <translation>Ekspor data tahun ini untuk diubah…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="67"/>
        <source>The stored data of the year chosen below, to change in Excel and import back as an update</source>
        <translation>Data tersimpan dari tahun yang dipilih di bawah, untuk diubah di Excel lalu diimpor kembali sebagai pembaruan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="99"/>
        <source>Year (rows without tahun; data to edit):</source>
        <translation>Tahun (baris tanpa tahun; data yang diubah):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="139"/>
        <source>Save the empty baseline template</source>
        <translation>Simpan templat baseline kosong</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="140"/>
        <location filename="../../workbench/ui/import_wizard.py" line="159"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="141"/>
        <source>baseline-template.xlsx</source>
        <translation>templat-baseline.xlsx</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="148"/>
        <source>Template saved to %1</source>
        <translation>Templat disimpan di %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="131"/>
        <location filename="../../workbench/ui/import_wizard.py" line="149"/>
        <location filename="../../workbench/ui/import_wizard.py" line="188"/>
        <source>Could not save</source>
        <translation>Gagal menyimpan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="56"/>
        <source>Survey form…</source>
        <translation>Formulir survei…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="59"/>
        <source>The RT baseline survey as an XLSForm for KoboToolbox or ODK Collect: fill it on phones, then import the submissions file here as it is</source>
        <translation>Survei baseline RT sebagai XLSForm untuk KoboToolbox atau ODK Collect: isi di ponsel, lalu impor berkas kirimannya di sini apa adanya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="110"/>
        <source>Save the survey form (XLSForm)</source>
        <translation>Simpan formulir survei (XLSForm)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="111"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="112"/>
        <source>baseline-survey-form.xlsx</source>
        <translation>formulir-survei-baseline.xlsx</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="121"/>
        <source>Survey form saved to %1: upload it to KoboToolbox or ODK Central; the submissions file they give imports here with no mapping.</source>
        <translation>Formulir survei tersimpan di %1: unggah ke KoboToolbox atau ODK Central; berkas kiriman dari sana dapat diimpor di sini tanpa pemetaan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="158"/>
        <source>Export %1 to edit</source>
        <translation>Ekspor data %1 untuk diubah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="160"/>
        <source>baseline-%1.xlsx</source>
        <translation>baseline-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="170"/>
        <source>%1 rows of %2 written to %3: change them there and import the file back to update them.</source>
        <translation>%1 baris tahun %2 ditulis ke %3: ubah di sana lalu impor kembali berkas itu untuk memperbaruinya.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="179"/>
        <source>The database holds no assessment of %1; choose another year.</source>
        <translation>Basis data tidak memuat penilaian tahun %1; pilih tahun lain.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="229"/>
        <source>%1: %2 rows: %3 new, %4 already in the database with other values (to update), %5 already there unchanged (%6 warnings).</source>
        <translation>%1: %2 baris: %3 baru, %4 sudah ada di basis data dengan nilai lain (akan diperbarui), %5 sudah ada tanpa perubahan (%6 peringatan).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="242"/>
        <source>%1: %2 rows ready to import (%3 warnings).</source>
        <translation>%1: %2 baris siap diimpor (%3 peringatan).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="260"/>
        <source>Update existing assessments?</source>
        <translation>Perbarui penilaian yang sudah ada?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="262"/>
        <source>%1 rows of the file are already in the database with other values. Update them with the file&apos;s values? Each becomes a new revision of that year&apos;s assessment (the values it replaces are kept), and Sunting → Urungkan (Ctrl+Z) takes the whole import back.</source>
        <translation>%1 baris berkas sudah ada di basis data dengan nilai lain. Perbarui dengan nilai dari berkas? Masing-masing menjadi revisi baru penilaian tahun itu (nilai yang diganti tetap disimpan), dan Sunting → Urungkan (Ctrl+Z) membatalkan seluruh impor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="280"/>
        <source>assessments</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="280"/>
        <source>volumes</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_wizard.py" line="285"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged (%4 new RT units).</source>
        <translation>Diimpor: %1 ditambahkan, %2 diperbarui, %3 tidak berubah (%4 RT baru).</translation>
    </message>
</context>
<context>
    <name>ImportProgrammeDialog</name>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="56"/>
        <source>Import investment records</source>
        <translation>Impor data investasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="59"/>
        <source>A .csv or .xlsx file with the columns tahun, kode_lokasi, kriteria, volume, kegiatan, sumber_dana, anggaran</source>
        <translation>Berkas .csv atau .xlsx dengan kolom tahun, kode_lokasi, kriteria, volume, kegiatan, sumber_dana, anggaran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="69"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="69"/>
        <source>Label in the file</source>
        <translation>Label di berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="69"/>
        <source>Means</source>
        <translation>Berarti</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="75"/>
        <source>Labels the district does not know yet: map each onto a known one, or add it (the choice is remembered)</source>
        <translation>Label yang belum dikenal: petakan ke yang sudah ada, atau tambahkan (pilihan ini diingat)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="130"/>
        <source>%1 rows as %2 new activities, %3 recorded already.</source>
        <translation>%1 baris menjadi %2 kegiatan baru, %3 sudah tercatat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="136"/>
        <source>%1 labels to map; then Import.</source>
        <translation>%1 label perlu dipetakan; lalu Impor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="138"/>
        <source>Every label is known: ready to import.</source>
        <translation>Semua label dikenal: siap diimpor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/programme_import.py" line="159"/>
        <source>(add as new)</source>
        <translation>(tambahkan sebagai baru)</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <location filename="../../workbench/ui/table_import.py" line="43"/>
        <source>Import stakeholders</source>
        <translation>Impor pemangku kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/table_import.py" line="44"/>
        <source>Import engagements</source>
        <translation>Impor kegiatan pelibatan</translation>
    </message>
</context>
<context>
    <name>ImportWindow</name>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="104"/>
        <source>Choose a .csv or .xlsx file, or drop it here</source>
        <extracomment>the checked file (the kind&apos;s own result), and what its import returned</extracomment>
        <translation>Pilih berkas .csv atau .xlsx, atau jatuhkan di sini</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="106"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="108"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="109"/>
        <source>Read the file again (F5)</source>
        <translation>Baca berkas lagi (F5)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="113"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="119"/>
        <source>Nothing checked yet.</source>
        <translation>Belum ada yang diperiksa.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="127"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="131"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="147"/>
        <source>Preview (first rows as read, with their row numbers)</source>
        <translation>Pratinjau (baris pertama sebagaimana dibaca, dengan nomor barisnya)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="149"/>
        <source>How the file was read, and its problems</source>
        <translation>Cara berkas dibaca, dan masalahnya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="156"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabel (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="205"/>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="233"/>
        <source>Could not check the file</source>
        <translation>Berkas tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="238"/>
        <source>%1: %2 rows, %3 errors. Some columns were not found under the file&apos;s headers: say which header holds them with Map columns…, or choose another sheet.</source>
        <translation>%1: %2 baris, %3 galat. Beberapa kolom tidak ditemukan di bawah judul kolom berkas: tunjukkan judul mana yang memuatnya dengan Petakan kolom…, atau pilih lembar lain.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="250"/>
        <source>%1: %2 rows, %3 errors. Nothing can be imported until they are fixed in the file.</source>
        <translation>%1: %2 baris, %3 galat. Tidak ada yang dapat diimpor sebelum galat diperbaiki di berkas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="259"/>
        <source>%1: %2 rows: %3 new, %4 to update, %5 already there unchanged.</source>
        <translation>%1: %2 baris: %3 baru, %4 akan diperbarui, %5 sudah ada tanpa perubahan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="276"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="306"/>
        <source>Nothing was imported: %1 has %2 problems; correct the file and check again.</source>
        <translation>Tidak ada yang diimpor: %1 memiliki %2 masalah; perbaiki berkas lalu periksa lagi.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_window.py" line="312"/>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
</context>
<context>
    <name>InfluenceMap</name>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="161"/>
        <source>Keep satisfied</source>
        <translation>Jaga kepuasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="162"/>
        <source>Manage closely</source>
        <translation>Kelola erat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="163"/>
        <source>Monitor</source>
        <translation>Pantau</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="164"/>
        <source>Keep informed</source>
        <translation>Beri informasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="180"/>
        <source>Interest →</source>
        <translation>Kepentingan →</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="184"/>
        <source>Pokja PKP member</source>
        <translation>anggota Pokja PKP</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="185"/>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="197"/>
        <source>Influence →</source>
        <translation>Pengaruh →</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/collaboration_views.py" line="223"/>
        <source>+%1 more</source>
        <translation>+%1 lainnya</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="27"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="27"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="27"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="27"/>
        <source>What is expected</source>
        <translation>Yang diharapkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="28"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="36"/>
        <source>error</source>
        <translation>galat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="37"/>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/issues_table.py" line="38"/>
        <source>notice</source>
        <translation>catatan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/ui/labels.py" line="9"/>
        <source>Pokja PKP member</source>
        <translation>Anggota Pokja PKP</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="10"/>
        <source>Government agency</source>
        <translation>Instansi pemerintah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="11"/>
        <source>BKM/LKM</source>
        <translation>BKM/LKM</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="12"/>
        <source>Village government</source>
        <translation>Pemerintah desa/kelurahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="13"/>
        <source>KSM/Pokmas</source>
        <translation>KSM/Pokmas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="14"/>
        <source>Facilitator / KOTAKU team</source>
        <translation>Fasilitator / Tim KOTAKU</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="15"/>
        <source>Private / CSR</source>
        <translation>Swasta / CSR</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="16"/>
        <source>University</source>
        <translation>Perguruan tinggi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="17"/>
        <source>NGO</source>
        <translation>LSM</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="18"/>
        <source>DPRD</source>
        <translation>DPRD</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="19"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="21"/>
        <source>National</source>
        <translation>Pusat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="22"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="23"/>
        <source>District</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="24"/>
        <source>Subdistrict</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="25"/>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="26"/>
        <source>Non-government</source>
        <translation>Non-pemerintah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="28"/>
        <source>Steering</source>
        <translation>Pengarah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="29"/>
        <source>Planner</source>
        <translation>Perencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="30"/>
        <source>Facilitating</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="31"/>
        <source>Implementer</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="32"/>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="34"/>
        <source>Proposed</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="35"/>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="36"/>
        <source>Funded</source>
        <translation>Terdanai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="37"/>
        <source>Done</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="39"/>
        <source>community-based</source>
        <translation>berbasis masyarakat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="40"/>
        <source>institution-based</source>
        <translation>berbasis institusi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="41"/>
        <source>infrastructure</source>
        <translation>infrastruktur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="42"/>
        <source>disaster risk</source>
        <translation>kebencanaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="43"/>
        <source>land legality</source>
        <translation>legalitas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="44"/>
        <source>health</source>
        <translation>kesehatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="45"/>
        <source>social</source>
        <translation>sosial</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="46"/>
        <source>culture</source>
        <translation>budaya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="47"/>
        <source>economy</source>
        <translation>ekonomi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="49"/>
        <source>legal</source>
        <translation>legal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="50"/>
        <source>illegal</source>
        <translation>ilegal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="51"/>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="52"/>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="53"/>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="54"/>
        <source>renewal (peremajaan)</source>
        <translation>peremajaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="55"/>
        <source>restoration (pemugaran)</source>
        <translation>pemugaran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="56"/>
        <source>resettlement (pemukiman kembali)</source>
        <translation>pemukiman kembali</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../workbench/ui/style.py" line="32"/>
        <source>heavy slum</source>
        <translation>kumuh berat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/style.py" line="33"/>
        <source>medium slum</source>
        <translation>kumuh sedang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/style.py" line="34"/>
        <source>light slum</source>
        <translation>kumuh ringan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/style.py" line="35"/>
        <source>not slum</source>
        <translation>tidak kumuh</translation>
    </message>
</context>
<context>
    <name>LocationPanel</name>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="67"/>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="162"/>
        <source>Choose an RT unit in the table.</source>
        <translation>Pilih satu RT di tabel.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="81"/>
        <source>Denominator</source>
        <translation>Pembagi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="81"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="85"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="86"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="87"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="88"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="89"/>
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="90"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="98"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="99"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="100"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="101"/>
        <source>Change since first year</source>
        <translation>Perubahan sejak tahun pertama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="130"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="132"/>
        <source>Criteria</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="133"/>
        <source>Base data and history</source>
        <translation>Data dasar dan riwayat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="175"/>
        <source>Year %1 · rule set %2 v%3</source>
        <translation>Tahun %1 · aturan %2 v%3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="182"/>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="272"/>
        <source>Population</source>
        <translation>Jumlah penduduk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="249"/>
        <source>Total %1 of %2 · %3</source>
        <translation>Total %1 dari %2 · %3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="263"/>
        <source>Aspect means: %1</source>
        <translation>Rata-rata kondisi per aspek: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="270"/>
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="304"/>
        <source>&apos;%1&apos; is not a number (write e.g. 12,5)</source>
        <translation>&apos;%1&apos; bukan angka (tulis misalnya 12,5)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="307"/>
        <source>%1 cannot be blank; write 0 if there is none</source>
        <translation>%1 tidak boleh kosong; tulis 0 bila tidak ada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="311"/>
        <source>%1 cannot be negative</source>
        <translation>%1 tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/location_panel.py" line="317"/>
        <source>%1 must be a whole number</source>
        <translation>%1 harus bilangan bulat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="144"/>
        <source>PKP Workbench</source>
        <translation>PKP Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="300"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="304"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Basis Data Baru…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="306"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="307"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Simpan Sebagai…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="308"/>
        <source>Connect to a &amp;Server…</source>
        <translation>Sambungkan ke Ser&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="312"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Terakhir Dibuka</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="315"/>
        <source>&amp;Import Baseline…</source>
        <translation>&amp;Impor Baseline…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="320"/>
        <source>Import a &amp;File…</source>
        <translation>Impor Berk&amp;as…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="326"/>
        <source>A baseline, stakeholder, engagement or programme file: its kind is read from its headers (you may also drop the file on the window)</source>
        <translation>Berkas baseline, pemangku kepentingan, kegiatan atau program: jenisnya dibaca dari judul kolomnya (berkas juga dapat dijatuhkan ke jendela)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="330"/>
        <source>Import &amp;Map…</source>
        <translation>Impor &amp;Peta…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="333"/>
        <source>RT, village and kawasan boundaries from KMZ/KML (SIM KOTAKU, Google Earth), GeoJSON, shapefile or GeoPackage</source>
        <translation>Batas RT, kelurahan/desa dan kawasan dari KMZ/KML (SIM KOTAKU, Google Earth), GeoJSON, shapefile atau GeoPackage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="341"/>
        <source>&amp;Export Table…</source>
        <translation>&amp;Ekspor Tabel…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="345"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="358"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="361"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="363"/>
        <source>&amp;Reports and Printing…</source>
        <translation>&amp;Laporan dan Pencetakan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="368"/>
        <source>Plan &amp;Approval…</source>
        <translation>&amp;Pengesahan Rencana…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="373"/>
        <source>&amp;Check and Sign a PDF…</source>
        <translation>Periksa dan &amp;Tandatangani PDF…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="379"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="381"/>
        <source>&amp;New Item…</source>
        <translation>&amp;Item Baru…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="384"/>
        <source>A new item of the tab shown (stakeholder, proposal source, activity)</source>
        <translation>Item baru di tab yang tampil (pemangku kepentingan, sumber usulan, kegiatan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="388"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="390"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="396"/>
        <source>Re&amp;load Data</source>
        <translation>&amp;Muat Ulang Data</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="400"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="402"/>
        <source>&amp;Projection Mode</source>
        <translation>Mode &amp;Proyeksi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="405"/>
        <source>Projection &amp;Screen</source>
        <translation>&amp;Layar Proyeksi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="407"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="417"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="419"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Panduan Pengguna</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="421"/>
        <source>&amp;About</source>
        <translation>&amp;Tentang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="496"/>
        <source>process %1 on %2</source>
        <translation>proses %1 di komputer %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="498"/>
        <source>another program</source>
        <translation>program lain</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="502"/>
        <source>Database already open</source>
        <translation>Basis data sudah dibuka</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="504"/>
        <source>%1 is already open in another copy of PKP Workbench (%2). Two copies writing to one file would overwrite each other&apos;s changes.

Open it read-only here (to look, print and export)?</source>
        <translation>%1 sudah dibuka di PKP Workbench lain (%2). Dua salinan yang menulis ke satu berkas akan saling menimpa perubahan.

Buka hanya-baca di sini (untuk melihat, mencetak dan mengekspor)?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="564"/>
        <source>The server did not accept that password.</source>
        <translation>Server tidak menerima kata sandi itu.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="565"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="562"/>
        <source>Password for %1:</source>
        <translation>Kata sandi untuk %1:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="656"/>
        <source>Viewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="657"/>
        <source>Editor</source>
        <translation>Penyunting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="658"/>
        <source>Approver</source>
        <translation>Penyetuju</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="659"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="660"/>
        <source>no role</source>
        <translation>tanpa peran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="662"/>
        <source>whole district</source>
        <translation>seluruh daerah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="664"/>
        <source>Signed in as %1 (%2 · %3)</source>
        <translation>Masuk sebagai %1 (%2 · %3)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1028"/>
        <source>Tables and maps (*.csv *.xlsx *.xlsm *.kmz *.kml *.geojson *.shp *.zip *.gpkg);;All files (*)</source>
        <translation>Tabel dan peta (*.csv *.xlsx *.xlsm *.kmz *.kml *.geojson *.shp *.zip *.gpkg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="191"/>
        <location filename="../../workbench/ui/main_window.py" line="534"/>
        <source>Opening database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="586"/>
        <source>(no district yet)</source>
        <translation>(belum ada kabupaten/kota)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="588"/>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="600"/>
        <source>&lt;b&gt;read-only&lt;/b&gt;</source>
        <translation>&lt;b&gt;hanya-baca&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="640"/>
        <source>Database upgraded; a copy of the old file was kept at %1</source>
        <translation>Basis data diperbarui; salinan berkas lama disimpan di %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="647"/>
        <source>A rule-set file was skipped</source>
        <translation>Sebuah berkas aturan dilewati</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="199"/>
        <location filename="../../workbench/ui/main_window.py" line="674"/>
        <source>Could not open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="348"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Cadangkan Sekarang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="351"/>
        <source>A copy of the database among its backups (a copy is also kept each day, before every import and before an approval; the last 10 stay)</source>
        <translation>Salinan basis data di antara cadangannya (salinan juga dibuat setiap hari, sebelum setiap impor dan sebelum pengesahan; 10 terakhir disimpan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="355"/>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Pulihkan dari Cadangan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="711"/>
        <source>Open a district database</source>
        <translation>Buka basis data kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="712"/>
        <source>Workbench databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Workbench (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="721"/>
        <location filename="../../workbench/ui/main_window.py" line="728"/>
        <source>New district database</source>
        <translation>Basis data kabupaten/kota baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="722"/>
        <source>Name of the district (kabupaten/kota):</source>
        <translation>Nama kabupaten/kota:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="729"/>
        <source>Province (may be left empty):</source>
        <translation>Provinsi (boleh dikosongkan):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="735"/>
        <source>Where to keep the new database</source>
        <translation>Lokasi penyimpanan basis data baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="736"/>
        <location filename="../../workbench/ui/main_window.py" line="775"/>
        <source>Workbench databases (*.sqlite)</source>
        <translation>Basis data Workbench (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="748"/>
        <source>Could not create the database</source>
        <translation>Basis data tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="750"/>
        <source>Creating the database…</source>
        <translation>Membuat basis data…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="768"/>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="769"/>
        <source>A shared server database cannot be saved as a file; use Export instead.</source>
        <translation>Basis data bersama di server tidak dapat disimpan sebagai berkas; gunakan Ekspor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="774"/>
        <source>Save the database as</source>
        <translation>Simpan basis data sebagai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="783"/>
        <source>Saving a copy…</source>
        <translation>Menyimpan salinan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="786"/>
        <source>Could not save</source>
        <translation>Gagal menyimpan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="826"/>
        <source>A shared server database is backed up on the server (pg_dump); the workbench backs up SQLite files.</source>
        <translation>Basis data server bersama dicadangkan di server (pg_dump); PKP Workbench mencadangkan berkas SQLite.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="835"/>
        <source>Back Up Now</source>
        <translation>Cadangkan Sekarang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="839"/>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="842"/>
        <source>Backup written to %1</source>
        <translation>Cadangan ditulis ke %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="844"/>
        <source>Could not back up</source>
        <translation>Tidak dapat mencadangkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="853"/>
        <location filename="../../workbench/ui/main_window.py" line="863"/>
        <source>Restore from a Backup</source>
        <translation>Pulihkan dari Cadangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="865"/>
        <source>Put back the copy of %1?

Everything changed in %2 since then is replaced. The database as it is now is kept as a backup first.</source>
        <translation>Pulihkan salinan %1?

Semua yang diubah di %2 sejak itu akan diganti. Basis data dalam keadaan sekarang disimpan dulu sebagai cadangan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="889"/>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="879"/>
        <source>%1 put back; the file it replaced is kept as %2</source>
        <translation>%1 dipulihkan; berkas yang digantikannya disimpan sebagai %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="889"/>
        <source>Could not restore</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="909"/>
        <source>Export this table</source>
        <translation>Ekspor tabel ini</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="910"/>
        <source>Excel workbook (*.xlsx);;CSV for Indonesian Excel (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV untuk Excel Indonesia (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="923"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="926"/>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="928"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="962"/>
        <source>Import %1 (%2 added, %3 updated)</source>
        <translation>Impor %1 (%2 ditambahkan, %3 diperbarui)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="997"/>
        <source>Import map %1 (%2 shapes)</source>
        <translation>Impor peta %1 (%2 bidang)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1009"/>
        <source>%1: %2 shapes imported (%3 RT units, %4 villages, %5 kawasan).</source>
        <translation>%1: %2 bentuk diimpor (%3 RT, %4 kelurahan/desa, %5 kawasan).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1026"/>
        <source>Import a file</source>
        <translation>Impor berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1042"/>
        <source>Reading the headers of %1…</source>
        <translation>Membaca judul kolom %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1052"/>
        <source>Could not read the file</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1058"/>
        <source>RT baseline (volumes and denominators)</source>
        <translation>Baseline RT (volume dan pembagi)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1059"/>
        <source>Stakeholders</source>
        <translation>Pemangku kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1060"/>
        <source>Engagements</source>
        <translation>Kegiatan kolaborasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1061"/>
        <source>Investment records (programme)</source>
        <translation>Data investasi (program)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1070"/>
        <source>%1 (%2 of %3 required columns found)</source>
        <translation>%1 (%2 dari %3 kolom wajib ditemukan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1078"/>
        <source>What does this file hold?</source>
        <translation>Berkas ini berisi apa?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1080"/>
        <source>The headers of %1 do not say which kind of file it is. Choose its kind; in the import window, Map columns… says which header holds each column.</source>
        <translation>Judul kolom %1 tidak menunjukkan jenis berkasnya. Pilih jenisnya; di jendela impor, Petakan kolom… menunjukkan judul kolom mana yang memuat setiap kolom.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1141"/>
        <source>Preparing the pages…</source>
        <translation>Menyiapkan halaman…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1141"/>
        <source>Could not print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1187"/>
        <source>Priority locations — %1</source>
        <translation>Lokasi prioritas — %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1248"/>
        <source>Automatic (second screen when attached)</source>
        <translation>Otomatis (layar kedua bila terpasang)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1254"/>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Layar %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1286"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1287"/>
        <source>The language changes the next time the workbench starts.</source>
        <translation>Bahasa berganti saat Workbench dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1317"/>
        <source>About PKP Workbench</source>
        <translation>Tentang PKP Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="1319"/>
        <source>&lt;h3&gt;PKP Workbench %1&lt;/h3&gt;&lt;p&gt;Planning workbench for the district Pokja PKP: stakeholders, slum scoring (Permen PUPR 14/2018), priority harmonisation and the multi-year programme.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PKP Workbench %1&lt;/h3&gt;&lt;p&gt;Perangkat perencanaan untuk Pokja PKP kabupaten/kota: pemangku kepentingan, penilaian kekumuhan (Permen PUPR 14/2018), harmonisasi lokasi prioritas dan matriks program tahun jamak.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlanApprovalDialog</name>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="52"/>
        <location filename="../../workbench/ui/plan_approval.py" line="193"/>
        <source>Plan approval</source>
        <translation>Pengesahan rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="58"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="59"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="60"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="61"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="62"/>
        <source>Date (dd-mm-yyyy)</source>
        <translation>Tanggal (hh-bb-tttt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="69"/>
        <source>&amp;Add signatory</source>
        <translation>&amp;Tambah penanda tangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="70"/>
        <source>&amp;Remove signatory</source>
        <translation>&amp;Hapus penanda tangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="85"/>
        <source>e.g. Rapat pleno Pokja PKP</source>
        <translation>mis. Rapat pleno Pokja PKP</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="87"/>
        <source>Agreed &amp;list:</source>
        <translation>&amp;Daftar kesepakatan:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="88"/>
        <source>Approved &amp;by:</source>
        <translation>Disahkan &amp;oleh:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="89"/>
        <source>&amp;Save signatories</source>
        <translation>&amp;Simpan penanda tangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="90"/>
        <source>&amp;Approve this version…</source>
        <translation>S&amp;ahkan versi ini…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="91"/>
        <source>Start a new &amp;draft</source>
        <translation>Mulai &amp;draf baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="117"/>
        <source>There is no plan yet: set the plan period in the programme tab first.</source>
        <translation>Belum ada rencana: atur dulu periode rencana di tab program.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="133"/>
        <source>Version %1 “%2” was approved on %3 by %4. It is frozen: to change the plan, start a new draft.
Fingerprint SHA-256: %5</source>
        <translation>Versi %1 “%2” disahkan pada %3 oleh %4. Versi ini dibekukan: untuk mengubah rencana, mulai draf baru.
Sidik jari SHA-256: %5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="146"/>
        <source>Version %1 “%2” is a draft. Name the signatories, choose the agreed list and approve: the version is then frozen and sealed.</source>
        <translation>Versi %1 “%2” masih draf. Isi penanda tangan, pilih daftar kesepakatan, lalu sahkan: versi ini kemudian dibekukan dan disegel.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="232"/>
        <source>Approve the plan</source>
        <translation>Sahkan rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/plan_approval.py" line="234"/>
        <source>Approve version %1? It is then frozen: the programme can no longer be edited in this version, and its summary carries a fingerprint.</source>
        <translation>Sahkan versi %1? Versi ini lalu dibekukan: program tidak dapat diubah lagi di versi ini, dan ringkasannya memuat sidik jari.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="320"/>
        <source>Plan period</source>
        <translation>Periode rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="331"/>
        <source>Plan name</source>
        <translation>Nama rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="332"/>
        <source>First year</source>
        <translation>Tahun pertama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="333"/>
        <source>Last year</source>
        <translation>Tahun terakhir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="343"/>
        <source>Give the plan a name, e.g. RP2KPKP Kota Demo 2026–2030.</source>
        <translation>Beri nama rencana, misalnya RP2KPKP Kota Demo 2026–2030.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_dialogs.py" line="345"/>
        <source>The last year comes before the first.</source>
        <translation>Tahun terakhir sebelum tahun pertama.</translation>
    </message>
</context>
<context>
    <name>PrioritiesTab</name>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="103"/>
        <location filename="../../workbench/ui/tabs/priorities.py" line="396"/>
        <source>RT units</source>
        <translation>Unit RT</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="104"/>
        <source>Kawasan</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="105"/>
        <source>Rank RT units or whole kawasan</source>
        <translation>Beri peringkat unit RT atau kawasan utuh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="108"/>
        <source>Whose votes count in the ranking</source>
        <translation>Suara pertemuan mana yang dihitung dalam peringkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="111"/>
        <source>Weights…</source>
        <translation>Bobot…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="115"/>
        <source>Decide</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="118"/>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="119"/>
        <source>Contested</source>
        <translation>Diperdebatkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="120"/>
        <source>Deferred</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="121"/>
        <source>Clear decision</source>
        <translation>Hapus keputusan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="129"/>
        <source>Decision with note and meeting…</source>
        <translation>Keputusan dengan catatan dan pertemuan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="132"/>
        <source>Freeze agreed list…</source>
        <translation>Bekukan daftar kesepakatan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="134"/>
        <source>Projection (F11)</source>
        <translation>Proyeksi (F11)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="155"/>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="159"/>
        <source>New source…</source>
        <translation>Sumber baru…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="161"/>
        <source>Edit source…</source>
        <translation>Ubah sumber…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="163"/>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="116"/>
        <source>Delete source</source>
        <translation>Hapus sumber</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="169"/>
        <source>Type a source&apos;s rank in its column (1 = first; “70 p” for points); empty removes the proposal.</source>
        <translation>Ketik peringkat dari sumber di kolomnya (1 = pertama; “70 p” untuk poin); kosongkan untuk menghapus usulan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="187"/>
        <source>Sources side by side</source>
        <translation>Sumber berdampingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="193"/>
        <source>Add voting group…</source>
        <translation>Tambah kelompok pemilih…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="197"/>
        <source>Add as voter</source>
        <translation>Tambahkan sebagai pemilih</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="199"/>
        <source>Votes from phones…</source>
        <translation>Suara dari ponsel…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="201"/>
        <source>A round the participants vote in on their phones (V in the projection view)</source>
        <translation>Putaran suara yang dipilih peserta lewat ponsel masing-masing (V di tampilan proyeksi)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="213"/>
        <source>Workshop votes</source>
        <translation>Suara lokakarya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="217"/>
        <source>Sensitivity</source>
        <translation>Sensitivitas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="232"/>
        <source>Agreed lists</source>
        <translation>Daftar kesepakatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="325"/>
        <source>Only an approver (pkp_approver) freezes the agreed list.</source>
        <translation>Hanya penyetuju (pkp_approver) yang membekukan daftar yang disepakati.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="465"/>
        <source>Votes from phones, round %1 (%2 ballots)</source>
        <translation>Suara dari ponsel, putaran %1 (%2 suara)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="508"/>
        <source>%1 is not among the candidates shown.</source>
        <translation>%1 tidak termasuk kandidat yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="538"/>
        <source>harmonisation</source>
        <translation>harmonisasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="84"/>
        <location filename="../../workbench/ui/tabs/priorities.py" line="254"/>
        <source>Priority Harmonisation</source>
        <translation>Harmonisasi Prioritas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="348"/>
        <source>No agreed list has been frozen yet.</source>
        <translation>Belum ada daftar kesepakatan yang dibekukan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="359"/>
        <source>Votes of every meeting</source>
        <translation>Suara semua pertemuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="370"/>
        <source>no meeting</source>
        <translation>tanpa pertemuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="374"/>
        <source>Tallies and points recorded at: %1. Type a number in a cell; the projection view&apos;s +/− keys change the plenary show of hands. Points budget per voter: %2.</source>
        <translation>Hitungan suara dan poin dicatat pada: %1. Ketik angka di sel; tombol +/− di tampilan proyeksi mengubah hitungan angkat tangan pleno. Anggaran poin per pemilih: %2.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="383"/>
        <source>agreement between sources W = %1 (%2)</source>
        <translation>kesepakatan antarsumber W = %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="387"/>
        <source>agreement between sources needs two sources</source>
        <translation>kesepakatan antarsumber memerlukan dua sumber</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="392"/>
        <source>%1 candidates (%2, latest assessment, slum only) · %3 sources · %4 · %5 agreed, %6 contested, %7 deferred.
Weights: %8 · top %9.</source>
        <translation>%1 kandidat (%2, penilaian terakhir, hanya kumuh) · %3 sumber · %4 · %5 disepakati, %6 diperdebatkan, %7 ditunda.
Bobot: %8 · %9 teratas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="396"/>
        <source>kawasan</source>
        <translation>kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="406"/>
        <source>%1 · %2 agreed · %3 contested · %4 deferred</source>
        <translation>%1 · %2 disepakati · %3 diperdebatkan · %4 ditunda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="415"/>
        <source>Weights moved by ±%1 % in %2 draws (seed %3); green ≥ 90 %, amber ≥ 50 %.</source>
        <translation>Bobot digeser ±%1 % dalam %2 undian (seed %3); hijau ≥ 90 %, kuning ≥ 50 %.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="475"/>
        <source>Add voting group</source>
        <translation>Tambah kelompok pemilih</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="475"/>
        <source>Name of the group (e.g. Kelompok BKM/LKM):</source>
        <translation>Nama kelompok (mis. Kelompok BKM/LKM):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="42"/>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="145"/>
        <source>Not changed</source>
        <translation>Tidak diubah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="555"/>
        <source>Change candidate level</source>
        <translation>Ubah tingkat kandidat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="562"/>
        <source>Choose the votes that count</source>
        <translation>Pilih suara yang dihitung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="569"/>
        <source>Move the top-N cut line</source>
        <translation>Geser garis batas N teratas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="577"/>
        <source>Change weights</source>
        <translation>Ubah bobot</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="614"/>
        <source>no decision</source>
        <translation>tanpa keputusan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priorities.py" line="616"/>
        <source>Mark %1 location(s) %2</source>
        <translation>Tandai %1 lokasi: %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="46"/>
        <source>Set proposal for %1</source>
        <translation>Atur usulan untuk %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="78"/>
        <source>Add source %1</source>
        <translation>Tambah sumber %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="99"/>
        <source>Change source %1</source>
        <translation>Ubah sumber %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="111"/>
        <source>Delete “%1” and its %2 proposal(s)? (Undo brings them back.)</source>
        <translation>Hapus “%1” beserta %2 usulannya? (Urungkan akan mengembalikannya.)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="128"/>
        <source>Delete source %1</source>
        <translation>Hapus sumber %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="142"/>
        <source>“%1” is not a count: type a whole number from 0.</source>
        <translation>“%1” bukan hitungan: ketik bilangan bulat mulai 0.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="179"/>
        <source>Record votes for %1</source>
        <translation>Catat suara untuk %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="198"/>
        <source>Tally %1 for %2</source>
        <translation>Hitungan %1 untuk %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="245"/>
        <source>Priority locations %1</source>
        <translation>Lokasi prioritas %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="263"/>
        <source>Nothing to freeze</source>
        <translation>Tidak ada yang dapat dibekukan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="257"/>
        <source>No location is marked agreed yet: select rows and use Decide → Agreed (Ctrl+1), or A in the projection view.</source>
        <translation>Belum ada lokasi yang ditandai disepakati: pilih baris lalu Putuskan → Disepakati (Ctrl+1), atau tombol A di tampilan proyeksi.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="276"/>
        <source>Freeze %1</source>
        <translation>Bekukan %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="294"/>
        <source>Fingerprint verified: the record is as it was frozen.</source>
        <translation>Sidik terverifikasi: catatan sama seperti saat dibekukan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_edits.py" line="296"/>
        <source>WARNING: the stored record no longer matches its fingerprint.</source>
        <translation>PERINGATAN: catatan tersimpan tidak lagi cocok dengan sidiknya.</translation>
    </message>
</context>
<context>
    <name>PriorityWords</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="21"/>
        <source>agreed</source>
        <translation>disepakati</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="22"/>
        <source>contested</source>
        <translation>diperdebatkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="23"/>
        <source>deferred</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="24"/>
        <source>very weak</source>
        <translation>sangat lemah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="25"/>
        <source>weak</source>
        <translation>lemah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="26"/>
        <source>moderate</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="27"/>
        <source>strong</source>
        <translation>kuat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="28"/>
        <source>very strong</source>
        <translation>sangat kuat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="29"/>
        <source>for</source>
        <translation>setuju</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="30"/>
        <source>against</source>
        <translation>menolak</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="31"/>
        <source>abstain</source>
        <translation>abstain</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="32"/>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="33"/>
        <source>Borda points: %1</source>
        <translation>Poin Borda: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="34"/>
        <source>Kewenangan penanganan (UU 23/2014) by the area of the kawasan, or of the village&apos;s slum part outside any kawasan: under 10 ha the kabupaten/kota, 10 to under 15 ha the province, 15 ha and more the central government (a rule-set setting).</source>
        <translation>Kewenangan penanganan (UU 23/2014) menurut luas kawasan, atau luas bagian kumuh kelurahan di luar kawasan: di bawah 10 ha kabupaten/kota, 10 sampai di bawah 15 ha provinsi, 15 ha ke atas pemerintah pusat (pengaturan aturan penilaian).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_columns.py" line="40"/>
        <source>“%1” is not a rank or points: type a whole number from 1 (1 = first), or points such as “70 p”; leave empty to remove.</source>
        <translation>“%1” bukan peringkat atau poin: ketik bilangan bulat mulai 1 (1 = pertama), atau poin seperti “70 p”; kosongkan untuk menghapus.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="142"/>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="143"/>
        <source>All kawasan</source>
        <translation>Semua kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="144"/>
        <source>All criteria</source>
        <translation>Semua kriteria</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="145"/>
        <source>All funding sources</source>
        <translation>Semua sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="146"/>
        <source>All executors</source>
        <translation>Semua pelaksana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="85"/>
        <location filename="../../workbench/ui/tabs/programme.py" line="166"/>
        <source>Programme Matrix</source>
        <translation>Matriks Program</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="181"/>
        <source>Matrix</source>
        <translation>Matriks</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="183"/>
        <source>By funding source</source>
        <translation>Per sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="184"/>
        <source>By kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="185"/>
        <source>Analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="187"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="195"/>
        <source>Planned volumes</source>
        <translation>Volume rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="196"/>
        <source>Realised volumes (done)</source>
        <translation>Volume terealisasi (terlaksana)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="200"/>
        <source>Projection from</source>
        <translation>Proyeksi dari</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="217"/>
        <source>Gaps: a problem at an agreed priority location with no activity</source>
        <translation>Celah: masalah di lokasi prioritas yang disepakati tanpa kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="220"/>
        <source>Over-coverage: planned above the problem volume</source>
        <translation>Kelebihan: rencana melebihi volume masalah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="241"/>
        <source>Funding sources (double-click a name to rename)</source>
        <translation>Sumber dana (klik ganda nama untuk mengganti)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="244"/>
        <source>Add source…</source>
        <translation>Tambah sumber…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="245"/>
        <source>Active / inactive</source>
        <translation>Aktif / nonaktif</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="246"/>
        <location filename="../../workbench/ui/tabs/programme.py" line="252"/>
        <location filename="../../workbench/ui/tabs/programme.py" line="307"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="250"/>
        <source>Activity types per criterion (double-click to edit)</source>
        <translation>Jenis kegiatan per kriteria (klik ganda untuk mengubah)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="252"/>
        <source>Add type…</source>
        <translation>Tambah jenis…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="280"/>
        <source>Only the district&apos;s admin (pkp_admin) changes the catalogues on this server.</source>
        <translation>Di server ini hanya admin daerah (pkp_admin) yang mengubah katalog.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="305"/>
        <source>New activity…</source>
        <translation>Kegiatan baru…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="306"/>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="308"/>
        <source>Plan period…</source>
        <translation>Periode rencana…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="309"/>
        <source>Import records…</source>
        <translation>Impor data…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="354"/>
        <source>No activity for %1 in the matrix (with the filters set).</source>
        <translation>Tidak ada kegiatan untuk %1 di matriks (dengan filter yang dipasang).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="407"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="415"/>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="419"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="472"/>
        <source>Slum now %1 ha, at the end of %2: %3 ha; %4 RT units leave slum status; %5 gaps, %6 over-covered.</source>
        <translation>Kumuh sekarang %1 ha, akhir %2: %3 ha; %4 RT keluar dari status kumuh; %5 celah, %6 kelebihan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="572"/>
        <source>Add activity %1 %2</source>
        <translation>Tambah kegiatan %1 %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="591"/>
        <source>Change activity %1 %2 %3</source>
        <translation>Ubah kegiatan %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="674"/>
        <source>Change volume %1 %2 to %3</source>
        <translation>Ubah volume %1 %2 menjadi %3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="698"/>
        <source>Change status %1 %2 to %3</source>
        <translation>Ubah status %1 %2 menjadi %3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="642"/>
        <source>Delete activity %1 %2</source>
        <translation>Hapus kegiatan %1 %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="662"/>
        <location filename="../../workbench/ui/tabs/programme.py" line="686"/>
        <location filename="../../workbench/ui/tabs/programme.py" line="711"/>
        <source>Not changed</source>
        <translation>Tidak diubah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="664"/>
        <source>Write the volume as a number of at least 0 (in %1), e.g. 30 or 12,5.</source>
        <translation>Tulis volume sebagai angka minimal 0 (dalam %1), misalnya 30 atau 12,5.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="687"/>
        <source>The status is one of: %1.</source>
        <translation>Status adalah salah satu dari: %1.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="712"/>
        <source>Write whole rupiah, e.g. 20.000.000 (or leave it empty).</source>
        <translation>Tulis rupiah bulat, misalnya 20.000.000 (atau kosongkan).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="726"/>
        <source>Change %1 money in %2</source>
        <translation>Ubah anggaran %1 tahun %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="744"/>
        <source>Change plan period</source>
        <translation>Ubah periode rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="766"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="767"/>
        <source>%1 rows read: %2 activities added, %3 already recorded.</source>
        <translation>%1 baris dibaca: %2 kegiatan ditambahkan, %3 sudah tercatat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="779"/>
        <source>New funding source</source>
        <translation>Sumber dana baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="779"/>
        <location filename="../../workbench/ui/tabs/programme.py" line="821"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="788"/>
        <source>Add funding source</source>
        <translation>Tambah sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="795"/>
        <source>Rename funding source</source>
        <translation>Ganti nama sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="805"/>
        <source>Switch funding source on/off</source>
        <translation>Aktifkan/nonaktifkan sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="815"/>
        <source>Delete funding source</source>
        <translation>Hapus sumber dana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="821"/>
        <location filename="../../workbench/ui/tabs/programme.py" line="825"/>
        <source>New activity type</source>
        <translation>Jenis kegiatan baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="825"/>
        <source>Criterion it addresses (e.g. 4c)</source>
        <translation>Kriteria yang ditangani (misalnya 4c)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="836"/>
        <source>Add activity type</source>
        <translation>Tambah jenis kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="848"/>
        <source>Change activity type</source>
        <translation>Ubah jenis kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme.py" line="864"/>
        <source>Delete activity type</source>
        <translation>Hapus jenis kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="280"/>
        <source>%1 activities</source>
        <translation>%1 kegiatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="282"/>
        <source>%1 of %2 activities (filtered)</source>
        <translation>%1 dari %2 kegiatan (disaring)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="290"/>
        <source>%1%2: %3, %4 in total (%5).</source>
        <translation>%1%2: %3, jumlah %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="291"/>
        <source>No plan yet</source>
        <translation>Belum ada rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="321"/>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/programme_views.py" line="330"/>
        <source>Slum area remaining (ha), toward 0 ha</source>
        <translation>Sisa luas kumuh (ha), menuju 0 ha</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <location filename="../../workbench/ui/projection.py" line="60"/>
        <source>agreed</source>
        <translation>disepakati</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="61"/>
        <source>contested</source>
        <translation>diperdebatkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="62"/>
        <source>deferred</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="257"/>
        <source>Reading the map…</source>
        <translation>Membaca peta…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="259"/>
        <source>No map yet: import the district&apos;s boundaries (Berkas → Impor Peta…).</source>
        <translation>Belum ada peta: impor batas wilayah (Berkas → Impor Peta…).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="359"/>
        <source>↑↓ move · ←→ for/against · +/− tally · A C D decide · W weights · T cut line · R votes · V phones · M map · Ctrl+Z undo · Esc leave</source>
        <translation>↑↓ pindah · ←→ setuju/menolak · +/− hitung · A C D putuskan · W bobot · T garis batas · R suara · V ponsel · M peta · Ctrl+Z urungkan · Esc keluar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="384"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="385"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="386"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="387"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="390"/>
        <source>For / Against</source>
        <translation>Setuju / Tolak</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="407"/>
        <source>No candidate locations yet.</source>
        <translation>Belum ada lokasi kandidat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/projection.py" line="512"/>
        <source>Top %1</source>
        <translation>%1 teratas</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="48"/>
        <source>Plan summary (signed)</source>
        <translation>Ringkasan rencana (bertanda tangan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="49"/>
        <source>SK Kumuh location table</source>
        <translation>Tabel lokasi SK Kumuh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="50"/>
        <source>SK Kumuh distribution map</source>
        <translation>Peta sebaran SK Kumuh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="51"/>
        <source>Location profiles</source>
        <translation>Profil lokasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="52"/>
        <source>Programme matrix</source>
        <translation>Matriks program</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="53"/>
        <source>Stakeholders and commitments</source>
        <translation>Pemangku kepentingan dan komitmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="140"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="148"/>
        <source>approved</source>
        <translation>disahkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="148"/>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="150"/>
        <source>Version %1 (%2)</source>
        <translation>Versi %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="156"/>
        <source>one page per RT unit</source>
        <translation>satu halaman per RT</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="157"/>
        <source>one page per kawasan</source>
        <translation>satu halaman per kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="160"/>
        <source>codes separated by commas; empty: every slum one</source>
        <translation>kode dipisah koma; kosong: semua yang kumuh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="162"/>
        <source>Open the file when done</source>
        <translation>Buka berkas setelah selesai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="170"/>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="171"/>
        <source>P&amp;aper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="172"/>
        <source>Plan &amp;version:</source>
        <translation>&amp;Versi rencana:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="173"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Halaman:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="174"/>
        <source>&amp;Only these:</source>
        <translation>&amp;Hanya ini:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="182"/>
        <source>Save &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="183"/>
        <source>Save tables as &amp;Excel…</source>
        <translation>Simpan tabel sebagai &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="184"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="185"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="208"/>
        <source>Sign the PDF &amp;digitally (PAdES) with my certificate</source>
        <translation>Tandatangani PDF secara &amp;digital (PAdES) dengan sertifikat saya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="214"/>
        <source>The signature is added after the pages, which stay exactly as approved. Further signatories add theirs in Laporan → Periksa dan Tandatangani PDF. Only an approved version can be signed.</source>
        <translation>Tanda tangan ditambahkan setelah halaman-halaman, yang tetap persis seperti yang disahkan. Penanda tangan berikutnya menambahkan tanda tangannya di Laporan → Periksa dan Tandatangani PDF. Hanya versi yang sudah disahkan yang dapat ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="229"/>
        <source>Choose your certificate file (.p12 or .pfx) to sign with, or untick the digital signature.</source>
        <translation>Pilih berkas sertifikat Anda (.p12 atau .pfx) untuk menandatangani, atau hapus centang tanda tangan digital.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="273"/>
        <source>Only an approved version can be signed: approve it in Laporan → Pengesahan Rencana.</source>
        <translation>Hanya versi yang sudah disahkan yang dapat ditandatangani: sahkan di Laporan → Pengesahan Rencana.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="303"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="305"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="310"/>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="350"/>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="356"/>
        <source>Laying out… (%1 parts)</source>
        <translation>Menata halaman… (%1 bagian)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="364"/>
        <source>Written: %1 (%2)</source>
        <translation>Tersimpan: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="371"/>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="374"/>
        <source>The report could not be made: %1</source>
        <translation>Laporan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="382"/>
        <source>Preparing the pages…</source>
        <translation>Menyiapkan halaman…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/report_dialog.py" line="388"/>
        <source>Ready to print: %1</source>
        <translation>Siap dicetak: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="27"/>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="28"/>
        <source>Before an import</source>
        <translation>Sebelum impor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="29"/>
        <source>Before an approval</source>
        <translation>Sebelum pengesahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="30"/>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="31"/>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="32"/>
        <source>Before a program update</source>
        <translation>Sebelum pembaruan program</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="47"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="53"/>
        <source>Choose the copy to put back. Everything changed in %1 since that copy is replaced; the database as it is now is kept as a backup first, so a restore can itself be taken back. Backups are kept in %2 (the last 10, and the copy before each program update).</source>
        <translation>Pilih salinan yang akan dipulihkan. Semua yang diubah di %1 sejak salinan itu akan diganti; basis data dalam keadaan sekarang disimpan dulu sebagai cadangan, sehingga pemulihan pun dapat dibatalkan. Cadangan disimpan di %2 (10 terakhir, dan salinan sebelum setiap pembaruan program).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="63"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="63"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="63"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="80"/>
        <source>No backups of this database yet.</source>
        <translation>Belum ada cadangan basis data ini.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="83"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="86"/>
        <source>Another file…</source>
        <translation>Berkas lain…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="87"/>
        <source>Put back a backup kept elsewhere (a .sqlite file)</source>
        <translation>Pulihkan cadangan yang disimpan di tempat lain (berkas .sqlite)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="108"/>
        <source>Backup to put back</source>
        <translation>Cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/restore_dialog.py" line="108"/>
        <source>Workbench databases (*.sqlite)</source>
        <translation>Basis data PKP Workbench (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>ScoreMapPanel</name>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="113"/>
        <source>Slum level</source>
        <translation>Tingkat kekumuhan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="114"/>
        <source>Total score</source>
        <translation>Skor total</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="115"/>
        <source>Priority code</source>
        <translation>Kode prioritas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="116"/>
        <source>Harmonised decision</source>
        <translation>Keputusan harmonisasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="117"/>
        <source>Projected level (programme)</source>
        <translation>Proyeksi tingkat (program)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="127"/>
        <source>Plan year of the projection (← →)</source>
        <translation>Tahun rencana proyeksi (← →)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="132"/>
        <source>Whole district</source>
        <translation>Seluruh wilayah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="133"/>
        <source>Show the whole district (0); zoom with the wheel or + and -</source>
        <translation>Tampilkan seluruh wilayah (0); perbesar dengan roda tetikus atau + dan -</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="145"/>
        <source>No map yet. Import the district&apos;s RT, village and kawasan boundaries with Berkas → Impor Peta… (KMZ from SIM KOTAKU or Google Earth, GeoJSON, shapefile or GeoPackage), or drop the file on the window.</source>
        <translation>Belum ada peta. Impor batas RT, kelurahan/desa dan kawasan dengan Berkas → Impor Peta… (KMZ dari SIM KOTAKU atau Google Earth, GeoJSON, shapefile atau GeoPackage), atau jatuhkan berkasnya ke jendela.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="156"/>
        <source>Colour by:</source>
        <translation>Warnai menurut:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="280"/>
        <source>Criterion %1</source>
        <translation>Kriteria %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="307"/>
        <source>rank %1</source>
        <translation>peringkat %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="406"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="410"/>
        <source>Show the map beside the table (Ctrl+M)</source>
        <translation>Tampilkan peta di samping tabel (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="264"/>
        <source>%1 · %2 · %3 · score %4 · %5</source>
        <translation>%1 · %2 · %3 · skor %4 · %5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="316"/>
        <source>projected: %1</source>
        <translation>proyeksi: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="360"/>
        <source>Reading the priorities and the programme…</source>
        <translation>Membaca prioritas dan program…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="373"/>
        <source>End of %1, with the planned works: </source>
        <translation>Akhir %1, dengan kegiatan yang direncanakan: </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_map.py" line="387"/>
        <source>score %1</source>
        <translation>skor %1</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="58"/>
        <source>Score %1</source>
        <translation>Skor %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="80"/>
        <source>All levels</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="95"/>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="97"/>
        <source>Level:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="113"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="114"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="83"/>
        <location filename="../../workbench/ui/tabs/scores.py" line="131"/>
        <source>Slum Scores</source>
        <translation>Skor Kumuh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="115"/>
        <source>Submissions</source>
        <translation>Pengajuan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="119"/>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="120"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="184"/>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="191"/>
        <source>All subdistricts</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="194"/>
        <source>All kawasan</source>
        <translation>Semua kawasan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="197"/>
        <source>Rule set: %1</source>
        <translation>Aturan: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="221"/>
        <source>All villages</source>
        <translation>Semua kelurahan/desa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="252"/>
        <source>%1 RT units shown; %2 slum RT units covering %3.</source>
        <translation>%1 RT ditampilkan; %2 RT kumuh seluas %3.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="309"/>
        <source>Change %1 of %2 to %3</source>
        <translation>Ubah %1 %2 menjadi %3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="346"/>
        <source>Read only: your role on this server is to look, print and export.</source>
        <translation>Hanya-baca: peran Anda di server ini untuk melihat, mencetak dan mengekspor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="348"/>
        <source>Read only: %1 is not among your kelurahan.</source>
        <translation>Hanya-baca: %1 bukan salah satu kelurahan Anda.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="353"/>
        <source>Read only: %1 %2 has been %3; an approver can return it.</source>
        <translation>Hanya-baca: %1 %2 sudah %3; penyetuju dapat mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="368"/>
        <source>Submit %1</source>
        <translation>Ajukan %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="369"/>
        <source>Approve %1</source>
        <translation>Setujui %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/scores.py" line="371"/>
        <source>Return %1</source>
        <translation>Kembalikan %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../workbench/ui/settings.py" line="22"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="23"/>
        <source>Window geometry</source>
        <translation>Ukuran jendela</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="24"/>
        <source>Window state</source>
        <translation>Tata letak jendela</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="25"/>
        <source>Last tab</source>
        <translation>Tab terakhir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="26"/>
        <source>Recent databases</source>
        <translation>Basis data terakhir dibuka</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="28"/>
        <source>Last database</source>
        <translation>Basis data terakhir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="31"/>
        <source>Projection screen</source>
        <translation>Layar proyeksi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="34"/>
        <source>Signing certificate</source>
        <translation>Sertifikat tanda tangan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="36"/>
        <source>Time-stamp server</source>
        <translation>Server cap waktu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="38"/>
        <source>Trusted root certificate</source>
        <translation>Sertifikat CA akar tepercaya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="42"/>
        <source>Last folder used</source>
        <translation>Folder terakhir dipakai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="44"/>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="48"/>
        <source>Column mapping last used</source>
        <translation>Pemetaan kolom terakhir dipakai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/settings.py" line="54"/>
        <source>Map beside the table</source>
        <translation>Peta di samping tabel</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="241"/>
        <source>Proposal source</source>
        <translation>Sumber usulan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="243"/>
        <source>e.g. RPLP Kelurahan Sukamaju 2025</source>
        <translation>mis. RPLP Kelurahan Sukamaju 2025</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="259"/>
        <source>document number or file</source>
        <translation>nomor dokumen atau berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="268"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="269"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="270"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="271"/>
        <source>Proposed by (stakeholder)</source>
        <translation>Diusulkan oleh (pemangku kepentingan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="272"/>
        <source>Village (for an RPLP)</source>
        <translation>Kelurahan/desa (untuk RPLP)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="273"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="293"/>
        <source>The source needs a name.</source>
        <translation>Sumber memerlukan nama.</translation>
    </message>
</context>
<context>
    <name>StabilityChart</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_views.py" line="109"/>
        <source>Stays in the top %1 (share of draws) · rank range over the draws</source>
        <translation>Tetap di %1 teratas (bagian undian) · rentang peringkat dalam undian</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_views.py" line="119"/>
        <source>No candidate locations yet.</source>
        <translation>Belum ada lokasi kandidat.</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="64"/>
        <source>A person, not an organisation</source>
        <translation>Perorangan, bukan lembaga</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="69"/>
        <source>Member of the Pokja PKP</source>
        <translation>Anggota Pokja PKP</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="84"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="84"/>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="84"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="90"/>
        <source>Add commitment…</source>
        <translation>Tambah komitmen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="95"/>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="97"/>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="227"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="102"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="103"/>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="221"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="104"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="117"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="119"/>
        <source>Short name</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="121"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="122"/>
        <source>Government level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="123"/>
        <source>Planning role</source>
        <translation>Peran perencanaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="124"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="125"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="126"/>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="127"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="129"/>
        <source>Pokja SK number</source>
        <translation>Nomor SK Pokja</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="130"/>
        <source>Pokja position</source>
        <translation>Jabatan di Pokja</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="132"/>
        <source>Influence</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="134"/>
        <source>Interest</source>
        <translation>Kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="136"/>
        <source>1 (low) – 5 (high)</source>
        <translation>1 (rendah) – 5 (tinggi)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="137"/>
        <source>Villages covered</source>
        <translation>Kelurahan dampingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="138"/>
        <source>Kawasan covered</source>
        <translation>Kawasan dampingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="139"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="140"/>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="187"/>
        <source>New stakeholder</source>
        <translation>Pemangku kepentingan baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="189"/>
        <source>(archived)</source>
        <translation>(diarsipkan)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="221"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="227"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="239"/>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholder_form.py" line="282"/>
        <source>Already registered? %1</source>
        <translation>Sudah terdaftar? %1</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="91"/>
        <source>New stakeholder</source>
        <translation>Pemangku kepentingan baru</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="92"/>
        <source>New stakeholder (Ctrl+N)</source>
        <translation>Pemangku kepentingan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="96"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="101"/>
        <source>Show archived</source>
        <translation>Tampilkan yang diarsipkan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="106"/>
        <source>Registry file</source>
        <translation>Berkas daftar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="109"/>
        <source>Import registry…</source>
        <translation>Impor daftar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="111"/>
        <source>Export registry…</source>
        <translation>Ekspor daftar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="136"/>
        <source>Record an engagement…</source>
        <translation>Catat kegiatan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="139"/>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="142"/>
        <source>Export engagements…</source>
        <translation>Ekspor kegiatan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="145"/>
        <source>Import engagements…</source>
        <translation>Impor kegiatan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="155"/>
        <source>Registry</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="156"/>
        <source>Engagements</source>
        <translation>Kegiatan kolaborasi</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="157"/>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="158"/>
        <source>Influence–interest</source>
        <translation>Pengaruh–kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="82"/>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="162"/>
        <source>Stakeholders</source>
        <translation>Pemangku Kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="209"/>
        <source>%1 stakeholders in %2 categories; %3 have not attended any engagement yet.</source>
        <translation>%1 pemangku kepentingan dalam %2 kategori; %3 belum pernah menghadiri kegiatan kolaborasi.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="263"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="264"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="265"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="266"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="267"/>
        <source>Villages</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="268"/>
        <source>Present / invited</source>
        <translation>Hadir / diundang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="354"/>
        <source>&apos;%1&apos; is already registered as &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; sudah terdaftar sebagai &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="361"/>
        <source>Possible duplicate</source>
        <translation>Mungkin ganda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="362"/>
        <source>&apos;%1&apos; looks like %2. Register it anyway as a different body?</source>
        <translation>&apos;%1&apos; mirip dengan %2. Tetap daftarkan sebagai lembaga yang berbeda?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="391"/>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="414"/>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="469"/>
        <source>Archive stakeholder</source>
        <translation>Arsipkan pemangku kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="469"/>
        <source>Restore stakeholder</source>
        <translation>Pulihkan pemangku kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="489"/>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="606"/>
        <source>Add commitment to %1</source>
        <translation>Tambah komitmen %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="535"/>
        <source>Change %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="548"/>
        <source>Export to a file</source>
        <translation>Ekspor ke berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="549"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="564"/>
        <source>Written to %1</source>
        <translation>Ditulis ke %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="565"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="580"/>
        <source>Record %1</source>
        <translation>Catat %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="615"/>
        <source>Import from a file</source>
        <translation>Impor dari berkas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="615"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabel (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="642"/>
        <source>To look at (row · column · value):</source>
        <translation>Perlu diperiksa (baris · kolom · nilai):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="644"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/stakeholders.py" line="636"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 ditambahkan, %2 diperbarui, %3 tidak berubah.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="115"/>
        <source>Opening the workbench…</source>
        <translation>Membuka PKP Workbench…</translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="80"/>
        <source>Village</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="80"/>
        <source>Subdistrict</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="80"/>
        <source>RT units</source>
        <translation>Unit RT</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="92"/>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="94"/>
        <source>Submit this kelurahan&apos;s year for approval; it is then locked for its team</source>
        <translation>Ajukan data kelurahan tahun ini untuk disetujui; setelah itu terkunci bagi timnya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="96"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="97"/>
        <source>Return…</source>
        <translation>Kembalikan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="99"/>
        <source>Send the data back to the kelurahan, with the reason</source>
        <translation>Kembalikan data ke kelurahan, dengan alasannya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="112"/>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="126"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="218"/>
        <source>No step yet: the kelurahan has not submitted %1.</source>
        <translation>Belum ada langkah: kelurahan belum mengajukan data %1.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="244"/>
        <source>Return to the kelurahan</source>
        <translation>Kembalikan ke kelurahan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="245"/>
        <source>Why do %1&apos;s data for %2 go back?</source>
        <translation>Mengapa data %1 tahun %2 dikembalikan?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="252"/>
        <source>Say why the data go back (the reason is kept).</source>
        <translation>Tuliskan alasan data dikembalikan (alasan disimpan).</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="38"/>
        <source>not submitted</source>
        <translation>belum diajukan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="39"/>
        <source>submitted</source>
        <translation>diajukan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="40"/>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/submission_panel.py" line="41"/>
        <source>returned</source>
        <translation>dikembalikan</translation>
    </message>
</context>
<context>
    <name>SummaryWidget</name>
    <message>
        <location filename="../../workbench/ui/tabs/score_summary.py" line="30"/>
        <source>Hectares per slum level and year</source>
        <translation>Luas (ha) per tingkat kekumuhan dan tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_summary.py" line="43"/>
        <source>RT units and hectares per year</source>
        <translation>Jumlah RT dan luas per tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_summary.py" line="82"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_summary.py" line="85"/>
        <source>Per subdistrict, %1</source>
        <translation>Per kecamatan, %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_summary.py" line="87"/>
        <source>Subdistrict</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/score_summary.py" line="92"/>
        <source>Slum total</source>
        <translation>Total kumuh</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../../workbench/ui/errors.py" line="31"/>
        <source>The database refused the change (%1). Nothing was changed; reload with F5 and try again.</source>
        <translation>Basis data menolak perubahan ini (%1). Tidak ada yang diubah; muat ulang dengan F5 lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/operations.py" line="231"/>
        <source>No database is open.</source>
        <translation>Belum ada basis data yang dibuka.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/operations.py" line="276"/>
        <source>Not changed</source>
        <translation>Tidak diubah</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/base.py" line="100"/>
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/base.py" line="240"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/base.py" line="267"/>
        <source>Could not load: %1</source>
        <translation>Gagal memuat: %1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="52"/>
        <source>Check and Sign a Plan Summary</source>
        <translation>Periksa dan Tandatangani Ringkasan Rencana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="55"/>
        <source>the plan summary PDF to check</source>
        <translation>PDF ringkasan rencana yang diperiksa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="56"/>
        <location filename="../../workbench/ui/verify_dialog.py" line="62"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="60"/>
        <source>optional: CA certificate to trust, e.g. Root CA Indonesia (.pem/.cer/.crt)</source>
        <translation>opsional: sertifikat CA yang dipercaya, mis. Root CA Indonesia (.pem/.cer/.crt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="65"/>
        <source>&amp;PDF file:</source>
        <translation>&amp;Berkas PDF:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="66"/>
        <source>&amp;Trusted root:</source>
        <translation>CA &amp;akar tepercaya:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="74"/>
        <source>Choose a plan summary and press Check: the file is compared page by page with the approved version in this database, and every digital signature in it is checked.</source>
        <translation>Pilih ringkasan rencana lalu tekan Periksa: berkas dibandingkan halaman demi halaman dengan versi yang disahkan di basis data ini, dan setiap tanda tangan digital di dalamnya diperiksa.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="79"/>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="83"/>
        <source>Add my digital signature (PAdES)</source>
        <translation>Tambahkan tanda tangan digital saya (PAdES)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="85"/>
        <source>Check and &amp;sign…</source>
        <translation>Periksa dan &amp;tandatangani…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="89"/>
        <source>The file is signed only if it matches the approved version; your signature is added after the ones already in it, which stay valid.</source>
        <translation>Berkas hanya ditandatangani bila sesuai dengan versi yang disahkan; tanda tangan Anda ditambahkan setelah tanda tangan yang sudah ada, yang tetap sah.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="113"/>
        <source>Plan summary to check</source>
        <translation>Ringkasan rencana yang diperiksa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="113"/>
        <location filename="../../workbench/ui/verify_dialog.py" line="172"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="122"/>
        <source>Root certificate to trust</source>
        <translation>Sertifikat CA akar yang dipercaya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="123"/>
        <source>Certificate (*.pem *.cer *.crt *.der)</source>
        <translation>Sertifikat (*.pem *.cer *.crt *.der)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="133"/>
        <source>Choose the PDF file to check.</source>
        <translation>Pilih berkas PDF yang akan diperiksa.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="135"/>
        <source>%1: no such file.</source>
        <translation>%1: berkas tidak ada.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="147"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="165"/>
        <source>Choose your certificate file (.p12 or .pfx) to sign with.</source>
        <translation>Pilih berkas sertifikat Anda (.p12 atau .pfx) untuk menandatangani.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="171"/>
        <source>Save the signed plan summary</source>
        <translation>Simpan ringkasan rencana yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="214"/>
        <source>Signed and saved as %1.</source>
        <translation>Ditandatangani dan disimpan sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="216"/>
        <source>But the check of the signed file found problems (below).</source>
        <translation>Namun pemeriksaan berkas yang ditandatangani menemukan masalah (lihat di bawah).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="220"/>
        <source>The file matches the approved plan.</source>
        <translation>Berkas cocok dengan rencana yang disahkan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="218"/>
        <source>NOT signed: the file does not match the approved plan.</source>
        <translation>TIDAK ditandatangani: berkas tidak cocok dengan rencana yang disahkan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="223"/>
        <source>The pages match the approved plan, but a digital signature is not acceptable (below).</source>
        <translation>Halaman-halamannya cocok dengan rencana yang disahkan, tetapi ada tanda tangan digital yang tidak dapat diterima (lihat di bawah).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/verify_dialog.py" line="227"/>
        <source>The file does NOT match the approved plan.</source>
        <translation>Berkas TIDAK cocok dengan rencana yang disahkan.</translation>
    </message>
</context>
<context>
    <name>VotingWindow</name>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="42"/>
        <source>For / against / abstain on each candidate</source>
        <translation>Setuju / tidak setuju / abstain per kandidat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="43"/>
        <source>Points from a budget</source>
        <translation>Poin dari anggaran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="44"/>
        <source>Choose the top N, in order</source>
        <translation>Pilih N teratas, berurutan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="66"/>
        <source>this computer only</source>
        <translation>hanya komputer ini</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="96"/>
        <location filename="../../workbench/ui/voting_window.py" line="401"/>
        <source>Votes from phones</source>
        <translation>Suara dari ponsel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="124"/>
        <source>The top of the ranking</source>
        <translation>Teratas dalam peringkat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="125"/>
        <source>All candidates</source>
        <translation>Semua kandidat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="128"/>
        <source>The %1 rows selected</source>
        <translation>%1 baris yang dipilih</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="133"/>
        <source>Secret (no names kept)</source>
        <translation>Rahasia (tanpa nama)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="142"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="143"/>
        <source>Points per voter</source>
        <translation>Poin per pemilih</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="144"/>
        <source>Choices per voter (N)</source>
        <translation>Pilihan per pemilih (N)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="145"/>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="146"/>
        <source>How many from the top</source>
        <translation>Berapa dari atas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="148"/>
        <source>Network the phones join</source>
        <translation>Jaringan yang dipakai ponsel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="151"/>
        <source>The participants vote on their own phones over this laptop&apos;s network (its hotspot): no internet, no app, no account. The laptop listens only while the round is open, only on the network chosen.</source>
        <translation>Peserta memilih dengan ponsel masing-masing lewat jaringan laptop ini (hotspot-nya): tanpa internet, tanpa aplikasi, tanpa akun. Laptop hanya menerima suara selama putaran dibuka, dan hanya di jaringan yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="157"/>
        <source>Open the round</source>
        <translation>Buka putaran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="161"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="196"/>
        <source>This computer is on no network: open its hotspot first.</source>
        <translation>Komputer ini tidak tersambung ke jaringan: nyalakan hotspot-nya dulu.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="205"/>
        <source>Workshop priorities</source>
        <translation>Prioritas lokakarya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="215"/>
        <source>Could not listen on %1: %2</source>
        <translation>Tidak dapat menerima sambungan di %1: %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="221"/>
        <source>Round code: %1</source>
        <translation>Kode putaran: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="229"/>
        <source>N cannot be more than the candidates in the round.</source>
        <translation>N tidak boleh lebih dari jumlah kandidat dalam putaran.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="231"/>
        <source>Choose at least one candidate.</source>
        <translation>Pilih paling sedikit satu kandidat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="252"/>
        <source>Show the results (R) · whole screen: F11</source>
        <translation>Tampilkan hasil (R) · layar penuh: F11</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="256"/>
        <source>Place</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="256"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="256"/>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="256"/>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="266"/>
        <source>Void a ballot…</source>
        <translation>Batalkan satu suara…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="268"/>
        <source>Close the round</source>
        <translation>Tutup putaran</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="294"/>
        <source>%1 phones joined · %2 voted</source>
        <translation>%1 ponsel tersambung · %2 sudah memilih</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="315"/>
        <source>%1 for · %2 against · %3 abstain</source>
        <translation>%1 setuju · %2 tidak · %3 abstain</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="322"/>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="340"/>
        <source>Void a ballot</source>
        <translation>Batalkan suara</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="340"/>
        <source>Which phone&apos;s ballot?</source>
        <translation>Suara ponsel yang mana?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/voting_window.py" line="402"/>
        <source>Stop the round without storing its votes?</source>
        <translation>Hentikan putaran tanpa menyimpan suaranya?</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="78"/>
        <source>Weights and sensitivity</source>
        <translation>Bobot dan sensitivitas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="122"/>
        <source>Top-N cut line</source>
        <translation>Garis batas N teratas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="123"/>
        <source>Weight spread for sensitivity (±)</source>
        <translation>Sebaran bobot untuk sensitivitas (±)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="124"/>
        <source>Sensitivity draws</source>
        <translation>Jumlah undian sensitivitas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="125"/>
        <source>Random seed (same seed, same result)</source>
        <translation>Seed acak (seed sama, hasil sama)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="126"/>
        <source>Points budget per voter</source>
        <translation>Anggaran poin per pemilih</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="133"/>
        <source>Each criterion is rescaled from 0 (lowest candidate) to 1 (highest); the composite is the weighted mean. Weights are used as shares of their sum.</source>
        <translation>Setiap kriteria diskalakan dari 0 (kandidat terendah) sampai 1 (tertinggi); komposit adalah rata-rata berbobot. Bobot dipakai sebagai bagian dari jumlahnya.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tabs/priority_dialogs.py" line="156"/>
        <source>At least one weight must be above 0.</source>
        <translation>Sekurang-kurangnya satu bobot harus di atas 0.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="57"/>
        <source>&lt;p&gt;This district holds no data yet. Start here:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import the baseline&lt;/b&gt; of the RT units: the field data of the 16 criteria. No file yet? Save the &lt;b&gt;empty template&lt;/b&gt;, fill it in Excel (its sheet &lt;i&gt;Petunjuk&lt;/i&gt; explains every column and unit) and import it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Register the stakeholders&lt;/b&gt;: the Pokja PKP members, agencies, BKM/LKM, village governments… one by one, or import a list you already keep.&lt;/li&gt;&lt;li&gt;Then score, harmonise the priorities in a workshop and plan the programme in the four work areas.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Kabupaten/kota ini belum berisi data. Mulai dari sini:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Impor baseline&lt;/b&gt; RT: data lapangan 16 kriteria. Belum punya berkasnya? Simpan &lt;b&gt;templat kosong&lt;/b&gt;, isi di Excel (lembar &lt;i&gt;Petunjuk&lt;/i&gt; menjelaskan setiap kolom dan satuannya), lalu impor.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Daftarkan pemangku kepentingan&lt;/b&gt;: anggota Pokja PKP, OPD, BKM/LKM, pemerintah desa/kelurahan… satu per satu, atau impor daftar yang sudah Anda punya.&lt;/li&gt;&lt;li&gt;Lalu beri skor, harmonisasikan prioritas dalam lokakarya dan susun matriks program di keempat area kerja.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="75"/>
        <source>Import the baseline… (Ctrl+I)</source>
        <translation>Impor baseline… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="76"/>
        <source>Save the empty baseline template…</source>
        <translation>Simpan templat baseline kosong…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="77"/>
        <source>Add a stakeholder</source>
        <translation>Tambah pemangku kepentingan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="78"/>
        <source>Import a stakeholder list…</source>
        <translation>Impor daftar pemangku kepentingan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="79"/>
        <source>Show the work areas</source>
        <translation>Tampilkan area kerja</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="80"/>
        <source>User guide (F1)</source>
        <translation>Panduan pengguna (F1)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="90"/>
        <source>Welcome to %1</source>
        <translation>Selamat datang di %1</translation>
    </message>
</context>
</TS>
