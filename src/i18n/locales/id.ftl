# Waymark — Bahasa Indonesia. Setiap file bahasa harus memiliki ID pesan yang sama persis dengan en.ftl
# (tests/i18n.rs gagal jika tidak). Biarkan placeable ({ $name }) apa adanya.

## Kerangka aplikasi
app-name = Waymark
app-tagline = Strategi pemasaran, selangkah demi selangkah
skip-to-content = Langsung ke konten
nav-label = Bagian
nav-overview = Ikhtisar
header-tools = Alat rencana
plan-name-label = Nama rencana
language-label = Bahasa
theme-label = Tema
theme-system = Sistem
theme-light = Terang
theme-dark = Gelap
language-load-failed = Bahasa ini tidak dapat dimuat. Periksa koneksi Anda dan coba lagi.
undo = Urungkan
redo = Ulangi
undo-title = Urungkan (Ctrl+Z)
redo-title = Ulangi (Ctrl+Shift+Z)
footer-privacy = Rencana Anda tetap tersimpan di browser ini. Waymark tidak memerlukan akun dan tidak mengirim data ke mana pun.

## Status penyimpanan
save-status-label = Status penyimpanan
save-saved = Tersimpan
save-saving = Menyimpan…
save-failed = Gagal disimpan
save-memory = Hanya sementara

## Selamat datang (belum ada rencana)
welcome-title = Peta baru berguna jika Anda tahu posisi Anda
welcome-lead = Waymark memandu Anda dari pemeriksaan kesehatan bisnis hingga rencana pemasaran yang siap dijalankan: hambatan dan peluang, sasaran SMART, ide kreatif, saluran yang saling mendukung, serta cara mengukur hasilnya.
welcome-name-label = Beri nama rencana Anda
welcome-name-help = Anda dapat mengubahnya kapan saja.
welcome-name-placeholder = Misalnya: Peluncuran Ramadan 2027
welcome-create = Buat rencana
welcome-default-name = Rencana pemasaran saya
welcome-private = Semua yang Anda tulis tetap tersimpan di browser ini. Tidak perlu akun, dan tidak ada data yang dikirim ke mana pun.

## Ikhtisar
overview-title = Ikhtisar
overview-name-label = Nama rencana
overview-description-label = Tentang rencana ini
overview-description-help = Beberapa kalimat: apa bisnis Anda, siapa pelanggannya, dan apa yang ingin dicapai dengan rencana ini.
overview-description-placeholder = Misalnya: Kami menjual sepatu lari ramah lingkungan secara online. Tahun ini, rencana ini harus meningkatkan pembelian berulang di kalangan konsumen berusia 25–40 tahun.
overview-details = Detail
overview-created = Dibuat
overview-updated = Terakhir diubah
overview-plan-language = Bahasa rencana
overview-plan-language-help = Bahasa yang digunakan untuk menulis rencana Anda. Bahasa antarmuka diatur di bagian atas halaman.

## Pesan penyimpanan dan keamanan data
storage-blocked = Browser ini tidak mengizinkan Waymark menyimpan data di sini, jadi semua yang Anda tulis akan hilang setelah halaman ini ditutup.
storage-full = Penyimpanan browser sudah penuh, sehingga perubahan terbaru Anda tidak tersimpan. Versi terakhir yang tersimpan tetap aman. Kosongkan sebagian ruang (misalnya, hapus data situs lama), dan Waymark akan menyimpan lagi saat Anda membuat perubahan berikutnya.
storage-failed = Gagal menyimpan: { $detail }. Versi terakhir yang tersimpan tetap aman.
save-newer-version = Rencana ini disimpan oleh versi Waymark yang lebih baru (versi format { $found }). Halaman ini berhenti menyimpan agar tidak menimpa pekerjaan tersebut. Muat ulang halaman untuk melanjutkan.
rescued-title = Rencana tersimpan tidak dapat dibuka
rescued-body = Data ini dibiarkan persis seperti saat disimpan. Unduh untuk menyimpan salinannya; versi Waymark berikutnya mungkin dapat membukanya.
rescued-reason = Alasan: { $reason }
rescued-download = Unduh data tersimpan
rescued-discard = Hapus
rescued-discard-confirm = Hapus permanen
migrated-notice = Rencana ini disimpan oleh versi Waymark yang lebih lama (versi format { $version }) dan telah diperbarui.
dismiss = Tutup

## Mengapa dokumen tersimpan tidak dapat dibaca
schema-too-large = ukurannya lebih dari 5 MB
schema-not-json = bukan JSON yang valid
schema-not-a-plan = bukan rencana Waymark
schema-newer-version = disimpan oleh versi Waymark yang lebih baru (versi format { $found })
schema-invalid = isinya tidak sesuai dengan format rencana Waymark ({ $detail })

## Mengapa perubahan ditolak
error-empty-name = Rencana harus memiliki nama.
error-too-long = Teks terlalu panjang: maksimal { $max } karakter.

## Tidak ditemukan
not-found-title = Halaman tidak ditemukan
not-found-body = Tidak ada apa pun di alamat ini.
not-found-home = Buka ikhtisar
