# Waymark — Bahasa Indonesia. Setiap file bahasa harus memiliki ID pesan yang sama persis dengan en.ftl
# (tests/i18n.rs gagal jika tidak). Biarkan placeable ({ $name }) apa adanya.

## Kerangka aplikasi
app-name = Waymark
sep-label = { ": " }
sep-list = { ", " }
sep-items = { "; " }
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

## What an undo or redo changed (app/undo.rs; the page is a nav-* name)
undo-done = Dibatalkan: { $what } di halaman { $page }
redo-done = Diulang: { $what } di halaman { $page }
undo-done-here = Dibatalkan: { $what }
redo-done-here = Diulang: { $what }
undo-what-name = nama rencana
undo-what-description = deskripsi rencana
undo-what-language = bahasa rencana
undo-what-start = titik awal
undo-what-answer = jawaban pemeriksaan kesehatan
undo-what-card = kartu SWOT
undo-what-factor = faktor PESTLE
undo-what-strategy = strategi TOWS
undo-what-persona = persona
undo-what-stage = tahap perjalanan
undo-what-touchpoint = titik sentuh
undo-what-journey = isian peta perjalanan
undo-what-path = jalur atribusi
undo-what-reading = hasil pengukuran
undo-what-kpi = KPI
undo-what-objective = sasaran
undo-what-creative = ide kreatif
undo-what-tactic = taktik
undo-what-engagement = strategi keterlibatan
undo-what-mix = bauran pemasaran
undo-what-review = catatan tinjauan
undo-what-plan = rencana
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

## Navigasi bagian
nav-health = Cek kesehatan bisnis
nav-plans = Daftar rencana

## Pemeriksaan kesehatan: wizard
hc-title = Pemeriksaan kesehatan
hc-lead = Peta baru berguna jika Anda tahu posisi Anda. Jawab sebisanya, nilai seberapa kuat posisi Anda, dan catat dasar setiap jawaban. Tidak ada yang wajib: Anda bisa kembali kapan saja.
hc-steps-label = Langkah pemeriksaan kesehatan
hc-step-start = Titik awal
hc-step-customer = Konteks pelanggan
hc-step-business = Konteks bisnis
hc-step-external = Konteks eksternal
hc-step-internal = Konteks internal
hc-step-summary = Ringkasan
hc-state-complete = Selesai
hc-state-partly = { $done } dari { $total }
hc-state-not-started = Belum dimulai
hc-step-of = Langkah { $n } dari { $total }
hc-back = Kembali
hc-next = Lanjut
hc-to-summary = Lihat ringkasan

## Pemeriksaan kesehatan: titik awal (seed 003)
hc-start-intro = Sebelum yang lain: di mana posisi Anda sekarang, ke mana Anda ingin melangkah, dan apa yang Anda miliki untuk sampai ke sana?
hc-start-now = Di mana posisi kita sekarang?
hc-start-now-help = Kondisi bisnis saat ini: apa yang Anda jual, kepada siapa, bagaimana pemasaran berjalan sekarang, dan apa hasilnya.
hc-start-now-placeholder = Misalnya: Kami menjual sepatu lari secara online di Inggris Raya; sebagian besar penjualan berasal dari iklan pencarian berbayar dan pelanggan lama.
hc-start-scope = Strategi seperti apa ini?
hc-start-scope-annual = Strategi untuk satu tahun penuh
hc-start-scope-micro = Strategi mikro untuk satu peluncuran atau kampanye
hc-start-scope-none = Belum ditentukan
hc-start-goal = Apa tujuannya?
hc-start-goal-help = Apa yang harus dicapai strategi ini? Gambaran besarnya, dalam satu atau dua kalimat.
hc-start-goal-placeholder = Misalnya: Menjadi pilihan utama sepatu lari ramah lingkungan di kalangan pelari muda.
hc-start-future = Seperti apa kondisi masa depan yang konkret?
hc-start-future-help = Berbeda dengan tujuan, bagian ini harus konkret: menjual X unit, memasuki wilayah baru, meluncurkan produk, atau menangkis ancaman pesaing.
hc-start-future-placeholder = Misalnya: Menjual 12.000 pasang secara online tahun ini, 30% di antaranya kepada pelanggan lama.
hc-resources = Sumber daya dan kesenjangan
hc-resources-help = Inventarisasi apa yang Anda miliki. Manajer pemasaran jarang memiliki semua yang mereka inginkan: catat di mana dukungan tambahan dibutuhkan.
hc-size-title = Ukuran dan anggaran
hc-team-size = Jumlah orang dalam bisnis
hc-team-size-help = Hitung diri Anda juga: saran disesuaikan dengan ukuran bisnis.
hc-team-size-invalid = Tulis jumlah orang dalam bilangan bulat, misalnya 2.
hc-budget = Anggaran pemasaran untuk strategi ini
hc-budget-help = Berapa yang boleh dibelanjakan rencana ini. Skenario anggaran strategi keterlibatan dibandingkan dengannya.
currency = Mata uang
currency-help = Satu untuk seluruh rencana: setiap jumlah ditampilkan dalam mata uang ini.
currency-none = Tidak ada (hanya angka)
hc-resource-people = Orang
hc-resource-budget = Anggaran
hc-resource-time = Waktu
hc-resource-expertise = Keahlian
hc-resource-have = Yang kami miliki
hc-resource-gap = Yang masih kurang

## Pemeriksaan kesehatan: menjawab pertanyaan
hc-answer-label = Jawaban Anda
hc-example-toggle = Lihat contoh jawaban
hc-rating-legend = Seberapa kuat posisi Anda di sini?
hc-rating-weak = Lemah
hc-rating-strong = Kuat
hc-rating-dont-know = Tidak tahu
hc-rating-clear = Hapus penilaian
hc-evidence-kind = Apa dasar jawaban ini?
hc-evidence-none = Tidak disebutkan
hc-evidence-research = Riset
hc-evidence-data = Data
hc-evidence-opinion = Opini
hc-evidence-note = Catatan bukti
hc-evidence-note-placeholder = Survei, laporan, angka…

## Pemeriksaan kesehatan: empat konteks (DOMAIN.md §1)
hc-context-customer = Pelanggan
hc-context-business = Bisnis
hc-context-external = Eksternal
hc-context-internal = Internal
hc-intro-customer = Siapa pelanggan Anda, bagaimana mereka memandang Anda, dan siapa yang bersaing memperebutkan mereka.
hc-intro-business = Strategi Anda, apa yang membedakan Anda, serta bagaimana mitra dan dunia online memandang Anda.
hc-intro-external = Para pemangku kepentingan di sekitar Anda: konsumen, media, dan afiliasi, serta lingkungan yang lebih luas.
hc-intro-internal = Evaluasi bisnis secara kritis dari dalam: keuangan, budaya, dan keahlian.

hc-customer-segments-q = Segmen pelanggan mana yang berinteraksi dengan bisnis Anda?
hc-customer-segments-help = Pikirkan akuisisi (orang yang Anda menangkan) dan komunikasi (orang yang terus Anda ajak berinteraksi). Siapa mereka?
hc-customer-segments-example = Dua segmen: pelari berusia 18–35 tahun yang membeli online setelah membaca ulasan, dan pelanggan setia berusia di atas 40 tahun yang membeli ulang model yang sama setiap tahun.
hc-customer-awareness-q = Seberapa kenal mereka dengan Anda, dan apa pendapat mereka tentang Anda?
hc-customer-awareness-help = Tingkat kesadaran, persepsi, dan sikap mereka terhadap merek Anda, sejauh yang Anda ketahui.
hc-customer-awareness-example = Dikenal nyaman di kalangan pelari serius; sebagian besar pelari muda belum pernah mendengar tentang kami.
hc-customer-reputation-q = Apakah reputasi Anda berkembang?
hc-customer-reputation-help = Cari tandanya: pencarian merek meningkat, sentimen positif di media sosial, pendaftaran email bertambah.
hc-customer-reputation-example = Pencarian merek naik 12% dibanding tahun lalu; pendaftaran email stagnan; ulasan positif, tetapi jumlahnya sedikit.
hc-customer-competition-q = Seberapa ketat persaingan di sektor Anda?
hc-customer-competition-help = Berapa banyak pesaing, dan apa yang mereka lakukan untuk merebut pangsa pasar dan pelanggan Anda?
hc-customer-competition-example = Tiga peritel olahraga besar dan banyak toko kecil; peritel besar memberi diskon besar-besaran setiap musim.

hc-business-strategy-q = Apa strategi perusahaan dan strategi pemasaran Anda?
hc-business-strategy-help = Dengan kata lain: bagaimana Anda membedakan bisnis Anda dari pesaing?
hc-business-strategy-example = Kami hanya menjual sepatu lari ramah lingkungan, dengan pengembalian gratis dan layanan reparasi.
hc-business-positioning-q = Bagaimana pelanggan memandang posisi merek Anda?
hc-business-positioning-help = Mengevaluasi posisi merek memberi Anda pandangan eksternal tentang bagaimana pelanggan mempersepsikan bisnis Anda.
hc-business-positioning-example = Dianggap etis dan berkualitas tinggi, tetapi juga mahal.
hc-business-partners-q = Bagaimana pemasok dan mitra memandang Anda?
hc-business-partners-help = Apakah Anda mitra yang tepercaya? Kemitraan apa saja yang sedang berjalan?
hc-business-partners-example = Hubungan jangka panjang dengan dua produsen; belum ada mitra afiliasi.
hc-business-identity-q = Seberapa kuat identitas organisasi Anda secara online?
hc-business-identity-help = Untuk bisnis online: kekuatan domain dan otoritas situs Anda, seperti yang ditunjukkan alat SEO.
hc-business-identity-example = Otoritas domain 38, lebih tinggi dari toko kecil, lebih rendah dari peritel besar.

hc-external-consumers-q = Jenis konsumen seperti apa yang Anda tarik?
hc-external-consumers-help = Gambarkan jenis konsumen sebagai persona: siapa mereka, apa kebutuhannya, dan di mana mereka menghabiskan waktu.
hc-external-consumers-example = "Anna si Pelari Akhir Pekan", 29 tahun, berlatih untuk half marathon dan membandingkan harga di ponselnya; "Lars si Pelanggan Setia", 46 tahun, membeli model yang sama setiap musim semi.
hc-external-media-q = Di media mana merek Anda hadir, atau bisa hadir?
hc-external-media-help = Saluran tempat merek Anda tersedia atau dapat berinteraksi dengan pengguna akhir.
hc-external-media-example = Hadir di iklan pencarian berbayar, Instagram, dan email; belum ada di YouTube dan podcast lari.
hc-external-affiliates-q = Apakah ada pihak lain yang menawarkan rute alternatif ke produk Anda?
hc-external-affiliates-help = Afiliasi, marketplace, dan mitra yang membawa pelanggan ke penawaran Anda.
hc-external-affiliates-example = Dua blog lari menautkan ke situs kami secara informal; kami belum ada di marketplace mana pun.
hc-external-environment-q = Apa yang sedang berubah di sekitar Anda?
hc-external-environment-help = Perubahan politik, ekonomi, sosial, teknologi, hukum, dan lingkungan yang dapat membantu atau merugikan Anda. Analisis SWOT dan PESTLE menyusul setelah ini.
hc-external-environment-example = Kenaikan harga membuat pelanggan lebih berhati-hati; aturan baru tentang klaim ramah lingkungan; makin banyak orang berlari sejak pandemi.

hc-internal-budget-q = Berapa anggaran pemasaran Anda yang realistis?
hc-internal-budget-help = Kendala keuangan: berapa yang benar-benar tersedia, dan apakah strategi Anda secara keseluruhan sesuai dengan anggaran itu?
hc-internal-budget-example = Sekitar £40.000 untuk setahun, sebagian besar sudah dialokasikan untuk iklan pencarian berbayar.
hc-internal-culture-q = Apa keunggulan terbesar budaya Anda?
hc-internal-culture-help = Budaya, nilai, dan keyakinan: apakah bisnis Anda sudah unggul dalam layanan pelanggan, misalnya, atau dalam pengiriman?
hc-internal-culture-example = Layanan pelanggan yang sangat baik: membalas dalam satu jam, dan reparasi gratis.
hc-internal-expertise-q = Apakah Anda memiliki keahlian pemasaran yang dibutuhkan?
hc-internal-expertise-help = Keterampilan, staf, dan sumber daya di organisasi Anda untuk menjalankan rencana ini.
hc-internal-expertise-example = Satu pemasar yang menguasai email dan media sosial; tidak ada yang menangani video atau SEO.
hc-internal-capacity-q = Sanggupkah Anda melayani keberhasilan?
hc-internal-capacity-help = Jika rencana ini berhasil, apakah stok, pengiriman, dan layanan pelanggan sanggup mengimbanginya? Keberhasilan yang tidak sanggup dilayani bisnis adalah kesalahan yang umum.
hc-internal-capacity-example = Stok cukup untuk sekitar 20% pesanan tambahan; mitra pengiriman bisa menambah kapasitas; layanan pelanggan butuh satu orang lagi.

## Pemeriksaan kesehatan: ringkasan
hc-summary-intro = Skor Anda, area terlemah, dan langkah selanjutnya.
hc-scores = Skor per konteks
hc-score-of = { $score } dari 5
hc-score-none = Belum ada skor
hc-score-answered = { $answered } dari { $total } terjawab
hc-score-dont-know = { $count } tidak tahu
hc-weakest = Area terlemah
hc-weak = Lemah
hc-weak-rule = Sebuah konteks lemah bila skornya di bawah 3 dari 5.
hc-chart-title = Radar pemeriksaan kesehatan
hc-chart-alt = Grafik radar skor keempat konteks, dari 1 (lemah) hingga 5 (kuat): { $scores }.
hc-chart-table = Skor dalam bentuk tabel
hc-col-context = Konteks
hc-col-score = Skor
hc-col-answered = Terjawab
hc-next-steps = Langkah selanjutnya
hc-next-none = Beri nilai pada beberapa pertanyaan untuk mendapatkan rekomendasi.
hc-unanswered = Belum dijawab
hc-unanswered-none = Semua pertanyaan sudah dijawab.
hc-answer-now = Jawab
hc-to-swot = Bawa jawaban ke SWOT
hc-to-swot-help = Kekuatan dan kelemahan berasal dari konteks bisnis dan internal; peluang dan ancaman dari konteks pelanggan dan eksternal.
hc-send-strength = Tambahkan sebagai kekuatan
hc-send-weakness = Tambahkan sebagai kelemahan
hc-send-opportunity = Tambahkan sebagai peluang
hc-send-threat = Tambahkan sebagai ancaman
hc-in-swot = Di SWOT sebagai: { $column }
hc-no-answers-to-send = Tulis beberapa jawaban terlebih dahulu; setelah itu Anda bisa mengirimnya ke SWOT.

## Kuadran SWOT dan kolom PESTLE
col-strengths = Kekuatan
col-weaknesses = Kelemahan
col-opportunities = Peluang
col-threats = Ancaman
col-political = Politik
col-economic = Ekonomi
col-social = Sosial
col-technological = Teknologi
col-legal = Hukum
col-environmental = Lingkungan

## Langkah selanjutnya (aturannya ada di src/domain/health_check.rs)
next-research-audience-title = Riset audiens Anda
next-research-audience-body = Konteks pelanggan Anda lemah. Sebarkan survei, lakukan panggilan, atau adakan diskusi kelompok terarah dengan pelanggan saat ini maupun calon pelanggan: pandangan internal Anda tentang keinginan mereka biasanya bias.
next-sharpen-positioning-title = Pertajam posisi merek Anda
next-sharpen-positioning-body = Konteks bisnis Anda lemah. Daftarkan setiap pesaing dan bagaimana USP mereka berbeda dari USP Anda, lalu cari tahu bagaimana pelanggan memandang merek Anda.
next-map-environment-title = Petakan lingkungan Anda
next-map-environment-body = Konteks eksternal Anda lemah. Lengkapi analisis SWOT dan PESTLE, lalu jabarkan pemangku kepentingan utama Anda: persona konsumen, media, dan afiliasi.
next-gap-analysis-title = Lakukan analisis kesenjangan sumber daya
next-gap-analysis-body = Konteks internal Anda lemah. Inventarisasi orang, anggaran, waktu, dan keahlian, lalu temukan di mana Anda butuh dukungan tambahan untuk menjalankan strategi.
next-track-reputation-title = Pantau reputasi Anda
next-track-reputation-body = Ukur tanda-tanda reputasi yang berkembang setiap bulan: pencarian merek, sentimen media sosial, dan pendaftaran email.
next-study-competitors-title = Pelajari pesaing Anda
next-study-competitors-body = Identifikasi setiap pesaing, apa yang mereka lakukan untuk merebut pangsa pasar, dan bagaimana penawaran mereka berbeda dari penawaran Anda.
next-review-partnerships-title = Tinjau kemitraan Anda
next-review-partnerships-body = Periksa apakah pemasok memercayai Anda, dan apakah proposisi Anda membuat afiliasi ingin menjual produk Anda.
next-budget-scenarios-title = Siapkan skenario anggaran
next-budget-scenarios-body = Anggaran Anda terbatas. Siapkan skenario baik, lebih baik, dan terbaik agar tim keuangan dapat menyetujui apa yang benar-benar dibutuhkan strategi ini.
next-budget-scenarios-body-micro = Anggaran Anda terbatas. Siapkan skenario baik, lebih baik, dan terbaik, agar Anda melihat hasil dari setiap tingkat pengeluaran sebelum memutuskan.
next-involve-experts-title = Libatkan orang yang tepat
next-involve-experts-body = Ada keahlian yang kurang. Libatkan tim pemasaran produk, konten, kreatif, atau agensi, dan ajak tim penjualan serta layanan pelanggan sejak awal.
next-serve-success-title = Pastikan Anda sanggup melayani keberhasilan
next-serve-success-body = Periksa stok, pengiriman, dan layanan pelanggan sebelum Anda meningkatkan permintaan: keberhasilan yang tidak sanggup dilayani bisnis akan merugikan merek.
next-find-evidence-title = Cari tahu apa yang belum Anda ketahui
next-find-evidence-body = Beberapa jawaban masih "tidak tahu". Kumpulkan data atau tanyakan kepada pelanggan sebelum Anda membangun rencana di atas dugaan.
next-validate-opinions-title = Uji opini Anda
next-validate-opinions-body = Lebih banyak jawaban yang didasarkan pada opini daripada riset atau data. Uji jawaban yang penting bersama pelanggan, tim penjualan, dan layanan pelanggan.
next-validate-opinions-body-micro = Lebih banyak jawaban yang didasarkan pada opini daripada riset atau data. Uji jawaban yang penting bersama beberapa pelanggan: tanyakan langsung kepada mereka.
next-involve-experts-body-micro = Ada keahlian yang kurang. Libatkan pekerja lepas atau agensi untuk hal yang tidak bisa Anda kerjakan sendiri, dan sisihkan waktu untuk memberi mereka arahan.
next-serve-success-body-micro = Periksa stok, pengiriman, dan seberapa cepat Anda bisa menjawab pelanggan sebelum meningkatkan permintaan: keberhasilan yang tidak dapat dilayani tim kecil merusak merek.
next-close-gaps-title = Tutup kesenjangan sumber daya
next-close-gaps-body = Anda mencatat kesenjangan dalam sumber daya. Tentukan cara menutup masing-masing, atau susun rencana dengan memperhitungkannya.
next-define-goal-title = Tetapkan tujuan dan kondisi masa depan
next-define-goal-body = Jelaskan apa yang harus dicapai strategi ini dan kondisi konkret apa yang Anda tuju sebelum menetapkan sasaran SMART.
next-to-swot-title = Lanjut ke SWOT
next-to-swot-body = Konteks Anda tampak kuat. Ubah temuan Anda menjadi kekuatan, kelemahan, peluang, dan ancaman.

## Rencana
plans-title = Rencana Anda
plans-lead = Setiap rencana tersimpan di browser ini.
plans-open = Buka
plans-current = Sedang dibuka
plans-updated = Terakhir diubah { $date }
plans-new = Rencana baru
plans-example = Buka contoh rencana
plans-example-help = Pemeriksaan kesehatan lengkap sebuah peritel sepatu online, dibuka sebagai rencana baru. Rencana Anda sendiri tidak akan diubah.
plans-example-failed = Contoh rencana tidak dapat dimuat. Periksa koneksi Anda dan coba lagi.
plans-open-failed = Rencana ini tidak dapat dibuka. Muat ulang halaman: jika rencana rusak, Waymark akan menawarkannya sebagai unduhan.
welcome-example = Atau lihat-lihat contoh rencana terlebih dahulu
error-unknown-prompt = Pertanyaan itu tidak ada.
error-nothing-to-send = Tulis jawaban terlebih dahulu; jawaban kosong tidak dapat dimasukkan ke SWOT.
error-wrong-column = Item itu tidak cocok di sana.
error-already-sent = Jawaban itu sudah ada di SWOT.
error-duplicate-id = Item itu sudah ada.
error-too-many = Maksimal { $max } item di sini.

## Navigasi: hambatan dan peluang
nav-swot = SWOT
nav-pestle = PESTLE
nav-tows = Strategi

## Papan (SWOT dan PESTLE)
board-keyboard-help = Keyboard: fokuskan ke sebuah kartu, tekan Spasi untuk mengambilnya, pindahkan dengan tombol panah, lalu tekan Spasi lagi untuk meletakkannya (Esc mengembalikannya ke tempat semula). Tekan Enter untuk mengedit kartu.
board-position = { $column }, posisi { $position } dari { $count }
board-lifted = “{ $card }” diambil dari { $place }. Pindahkan dengan tombol panah; Spasi untuk meletakkannya, Esc untuk mengembalikannya.
board-dropped = “{ $card }” diletakkan di { $place }.
board-cancelled = “{ $card }” kembali ke tempat semula.
board-deleted = “{ $card }” dihapus.
board-added = “{ $card }” ditambahkan ke { $column }.
board-edited = Diubah menjadi “{ $card }”.
board-moved = “{ $card }” dipindahkan ke { $column }.
board-detail-set = { $field } untuk “{ $card }”: { $value }.
board-count = { $count ->
   *[other] { $count } kartu
}
board-edit = Edit
board-edit-label = Teks kartu
board-move = Pindahkan “{ $card }”
board-move-to = Pindahkan ke…
board-move-up = Ke atas
board-move-down = Ke bawah
board-details = Detail
board-delete = Hapus
board-delete-card = Hapus “{ $card }”
board-notes = Catatan atau bukti
board-confidence = Tingkat keyakinan
board-confidence-none = Tidak disebutkan
board-confidence-assumption = Asumsi
board-confidence-evidence = Bukti
board-weight = Bobot
board-impact = Dampak
board-likelihood = Kemungkinan
board-weight-value = Bobot { $value }
board-impact-value = Dampak { $value }
board-likelihood-value = Kemungkinan { $value }
board-from-health = Dari pemeriksaan kesehatan
board-has-notes = Catatan
col-strengths-hint = Internal · yang mendukung Anda
col-weaknesses-hint = Internal · yang menghambat Anda
col-opportunities-hint = Eksternal · yang bisa Anda manfaatkan
col-threats-hint = Eksternal · yang bisa merugikan Anda
col-political-hint = Pemerintah, kebijakan, perdagangan
col-economic-hint = Harga, pendapatan, nilai tukar
col-social-hint = Kebiasaan, nilai, demografi
col-technological-hint = Alat, platform, inovasi
col-legal-hint = Undang-undang, peraturan, standar
col-environmental-hint = Iklim, sumber daya, keberlanjutan
col-strengths-add = Tambahkan kekuatan
col-weaknesses-add = Tambahkan kelemahan
col-opportunities-add = Tambahkan peluang
col-threats-add = Tambahkan ancaman
col-political-add = Tambahkan faktor politik
col-economic-add = Tambahkan faktor ekonomi
col-social-add = Tambahkan faktor sosial
col-technological-add = Tambahkan faktor teknologi
col-legal-add = Tambahkan faktor hukum
col-environmental-add = Tambahkan faktor lingkungan

## Pemeriksaan di samping papan
checks-title = Pemeriksaan
checks-none = Tidak ada yang perlu diperiksa: papan ini tampak lengkap.
check-empty = Belum ada kartu di { $column }.
check-duplicate = “{ $card }” muncul dua kali.
check-unrated = Dampak atau kemungkinan “{ $card }” belum dinilai.
check-unused = “{ $card }” belum digunakan dalam strategi mana pun.
check-broken = Sebuah strategi kehilangan salah satu sumbernya: “{ $strategy }”.

## SWOT
swot-title = SWOT
swot-lead = Kekuatan dan kelemahan berasal dari dalam bisnis; peluang dan ancaman datang dari luar. Beri bobot 1 sampai 5 pada setiap kartu dan tandai apakah kartu itu didukung bukti.

## PESTLE
pestle-title = PESTLE
pestle-lead = Faktor-faktor di luar bisnis yang memengaruhinya. Nilai dampak dan kemungkinan setiap faktor: matriks menunjukkan faktor mana yang perlu diantisipasi lebih dulu.
pestle-matrix = Dampak dan kemungkinan
pestle-matrix-caption = Setiap angka menunjukkan urutan faktor dalam daftar.
pestle-likelihood = Kemungkinan
pestle-impact = Dampak
pestle-score = Dampak × kemungkinan
pestle-factor = Faktor
pestle-ranking = Faktor menurut dampak × kemungkinan
pestle-ranking-empty = Nilai dampak dan kemungkinan suatu faktor untuk memasukkannya ke peringkat.
pestle-chart-alt = Matriks dampak terhadap kemungkinan untuk { $count } faktor; skor tertinggi adalah “{ $top }” dengan { $score } dari 25.
pestle-chart-empty = Matriks dampak terhadap kemungkinan; belum ada faktor yang dinilai.

## Strategi TOWS
tows-title = Strategi (TOWS)
tows-lead = Pasangkan temuan Anda: gunakan kekuatan untuk meraih peluang dan menangkal ancaman, serta atasi kelemahan. Setiap strategi tetap tertaut ke dua kartu sumbernya.
tows-new = Strategi baru
tows-internal = Kekuatan atau kelemahan
tows-external = Peluang atau ancaman
tows-pick = Pilih kartu…
tows-strategy-label = Strategi
tows-strategy-placeholder = Apa yang akan Anda lakukan?
tows-add = Tambahkan strategi
tows-so = Kekuatan × peluang (SO)
tows-st = Kekuatan × ancaman (ST)
tows-wo = Kelemahan × peluang (WO)
tows-wt = Kelemahan × ancaman (WT)
tows-so-hint = Gunakan kekuatan untuk meraih peluang.
tows-st-hint = Gunakan kekuatan untuk menangkal ancaman.
tows-wo-hint = Atasi kelemahan dengan memanfaatkan peluang.
tows-wt-hint = Minimalkan kelemahan dan hindari ancaman.
tows-none = Belum ada strategi.
tows-broken = Strategi yang perlu ditinjau ulang
tows-broken-hint = Kartu sumber telah dihapus atau dipindahkan ke kuadran lain. Gunakan Urungkan untuk mengembalikan kartu yang dihapus.
tows-source-removed = Kartu yang dihapus: “{ $card }”
tows-source-missing = Kartu yang sudah tidak ada
tows-delete = Hapus strategi
error-empty-text = Tulis sesuatu terlebih dahulu.
error-out-of-range = Pilih nilai dari { $min } sampai { $max }.
error-unknown-item = Item itu sudah tidak ada.

## Navigasi: pelanggan
nav-personas = Persona
nav-journey = Perjalanan
nav-team = Susunan tim
nav-attribution = Atribusi

## Persona
personas-title = Persona
personas-lead = Untuk siapa perjalanan ini dipetakan. Gambarkan jenis pelanggan yang Anda tarik: apa yang mereka inginkan, apa yang menyulitkan mereka, dan di mana mereka menghabiskan waktu.
personas-add = Tambahkan persona
personas-add-placeholder = Misalnya: Anna si Pelari Akhir Pekan
personas-add-button = Tambahkan
personas-duplicate = Duplikat
personas-delete = Hapus
personas-delete-named = Hapus { $name }
personas-copy-name = { $name } (salinan)
persona-name = Nama
persona-name-placeholder = Nama yang langsung mengingatkan pada mereka
persona-segment = Segmen
persona-segment-placeholder = Misalnya: pelari berusia 18–35 tahun yang membeli online
persona-life-stage = Tahap kehidupan
persona-life-stage-placeholder = Misalnya: baru mulai berkarier, belum punya anak
persona-goals = Tujuan
persona-goals-placeholder = Apa yang ingin mereka capai?
persona-needs = Kebutuhan
persona-needs-placeholder = Apa yang mereka butuhkan dari merek seperti merek Anda?
persona-pains = Masalah
persona-pains-placeholder = Apa yang menyulitkan atau menghalangi mereka?
persona-media = Media pilihan
persona-places = Tempat mereka menghabiskan waktu
persona-places-placeholder = Aplikasi, situs, toko, tempat
media-text = Teks
media-images = Gambar
media-audio = Audio
media-video = Video

## Peta perjalanan
journey-title = Perjalanan pembeli
journey-lead = Petakan, untuk setiap persona, tahapan dari pertama kali mengenal merek hingga membeli lagi: apa yang mereka inginkan dan dengar, di mana mereka bertemu Anda, kapan, mengapa mereka memilih Anda, serta apa yang mereka pikirkan dan rasakan.
journey-no-personas = Tambahkan persona terlebih dahulu: setiap perjalanan adalah milik seseorang.
journey-to-personas = Buka persona
journey-no-stages = Pilih tahapan yang dilalui perjalanan Anda. Setelah itu, Anda dapat mengganti nama, menambah, menghapus, dan mengubah urutannya.
journey-template-default = Perjalanan pembeli: dari kesadaran hingga advokasi (6 tahap)
journey-template-race = RACE: jangkauan, interaksi, konversi, keterlibatan (4 tahap)
journey-persona = Persona
journey-help = Setiap sel tersimpan saat Anda mengetik. Titik kontak dapat diseret ke tahap lain atau dipindahkan melalui menunya.
journey-map-label = Peta perjalanan
journey-stage = Tahap
journey-stage-name = Nama tahap { $n }
journey-stage-added = Tahap { $stage } ditambahkan.
journey-stage-moved = { $stage } dipindahkan ke posisi { $position } dari { $count }.
journey-stage-deleted = Tahap { $stage } dihapus.
journey-stage-left = Majukan { $stage }
journey-stage-right = Mundurkan { $stage }
journey-stage-delete = Hapus tahap { $stage }
journey-add-stage = Tambahkan tahap
journey-new-stage = Tahap baru
journey-add-touchpoint = Tambahkan titik kontak…
journey-tp-label = { $channel }: { $ownership }, { $role }
journey-tp-added = { $channel } ditambahkan ke { $stage }.
journey-tp-moved = { $channel } dipindahkan ke { $stage }.
journey-tp-moved-in = { $channel } dipindahkan ke posisi { $position } dari { $count }.
journey-tp-deleted = { $channel } dihapus dari { $stage }.
journey-tp-updated = { $channel } diperbarui: { $ownership }, { $role }.
journey-tp-channel = Saluran
journey-tp-custom = Nama saluran
journey-tp-ownership = Berbayar, milik sendiri, atau diperoleh
journey-tp-role = Peran
journey-tp-note = Apa yang terjadi di sana
journey-ownership-help = Berbayar: iklan yang Anda beli. Milik sendiri: situs, toko, unggahan, email Anda. Diperoleh: ulasan, bagikan ulang, liputan media.
journey-role-help = Pembuka jalan: membuat orang mengenal Anda. Pencetak gol: mengubah minat menjadi pembelian.
journey-showing = Menampilkan { $stage }, tahap { $position } dari { $count }.
journey-emotion = Kurva emosi
journey-emotion-alt = Grafik garis perasaan { $count } persona di sepanjang { $stages } tahap, dari sangat negatif (−2) hingga sangat positif (+2). Nilainya tercantum dalam tabel di bawah.
journey-mix = Bauran saluran: { $persona }
journey-mix-alt = Diagram batang bertumpuk titik kontak { $persona } di setiap tahap, dibagi menjadi berbayar, milik sendiri, dan diperoleh. Angkanya tercantum dalam tabel di bawah.
chart-as-table = Tampilkan angka dalam bentuk tabel
journey-coverage = Cakupan
journey-coverage-none = Setiap tahap sudah tercakup.
stage-awareness = Kesadaran
stage-consideration = Pertimbangan
stage-decision = Keputusan
stage-purchase = Pembelian
stage-retention = Retensi
stage-advocacy = Advokasi
stage-reach = Jangkauan
stage-act = Interaksi
stage-convert = Konversi
stage-engage = Keterlibatan
lane-goal = Tujuan
lane-message = Pesan kami
lane-where = Titik kontak
lane-when = Kapan
lane-why = Mengapa kami
lane-thoughts = Pikiran
lane-emotion = Emosi
lane-friction = Kendala
lane-opportunities = Peluang
lane-kpi = KPI
emotion-very-negative = −2 Sangat negatif
emotion-negative = −1 Negatif
emotion-neutral = 0 Netral
emotion-positive = +1 Positif
emotion-very-positive = +2 Sangat positif
channel-search = Pencarian
channel-social = Media sosial
channel-email = Email
channel-sms = SMS
channel-display = Iklan display
channel-online-video = Video online
channel-website = Situs web
channel-app = Aplikasi
channel-review-sites = Situs ulasan
channel-affiliates = Afiliasi
channel-outdoor = Iklan luar ruang
channel-tv = TV
channel-radio = Radio
channel-print = Media cetak
channel-shop = Toko
channel-phone = Telepon
channel-customer-service = Layanan pelanggan
channel-custom = Lainnya…
ownership-paid = Berbayar
ownership-owned = Milik sendiri
ownership-earned = Diperoleh
role-discoverer = Pembuka jalan
role-goal-scorer = Pencetak gol
role-both = Pembuka jalan dan pencetak gol
role-discoverer-short = P
role-goal-scorer-short = G
role-both-short = P+G
coverage-absent = { $persona } tidak menemui titik kontak apa pun pada tahap { $stage }: bisnis Anda tidak hadir di sana.
coverage-no-kpi = { $persona } pada tahap { $stage }: belum ada KPI untuk mengukur keberhasilan.
coverage-no-discoverer = { $persona } pada tahap { $stage }: hanya ada pencetak gol; tidak ada yang menciptakan permintaan.
coverage-medium = { $persona } lebih menyukai { $medium }, tetapi belum ada titik kontak yang menggunakannya.
coverage-ends-at-purchase = Perjalanan { $persona } berhenti pada pembelian: tidak ada yang membuatnya kembali lagi.

## Susunan tim
team-title = Susunan tim
team-table = Peran setiap saluran di setiap tahap
team-lead = Saluran berbayar, milik sendiri, dan diperoleh bermain sebagai satu tim: pembuka jalan menciptakan permintaan, pencetak gol memanennya. Lembar ini menunjukkan siapa bermain di mana, di seluruh perjalanan setiap persona.
team-channel = Saluran
team-none = Tidak digunakan
team-empty = Tambahkan titik kontak ke perjalanan untuk melihat susunan tim.

## Atribusi
attribution-title = Atribusi
attribution-lead = Banyak titik kontak terjadi sebelum klik terakhir. Susun contoh jalur menuju konversi dan lihat berapa kredit yang didapat setiap saluran menurut lima model.
attribution-path = Jalur menuju konversi
attribution-path-help = Dari titik kontak pertama hingga terakhir; yang terakhir mendapat klik terakhir.
attribution-add-step = Tambahkan titik kontak
attribution-step-label = Apa yang terjadi
attribution-days = Hari sebelum konversi
attribution-earlier = Majukan { $step }
attribution-later = Mundurkan { $step }
attribution-delete = Hapus { $step }
attribution-value = Nilai konversi
attribution-value-help = Berapa nilai konversi ini, misalnya 120 atau 120,50.
attribution-value-invalid = Tulis jumlah seperti 120 atau 120,50.
amount-invalid = Tulis jumlah seperti 40000 atau 40.000.
with-currency = { $label } ({ $currency })
attribution-results = Kredit per saluran
attribution-empty = Tambahkan titik kontak ke jalur untuk melihat kreditnya.
attribution-total = Total
attribution-alt = Batang berkelompok kredit yang didapat { $count } saluran menurut lima model atribusi; setiap model membagikan { $value }. Angkanya tercantum dalam tabel di bawah.
model-last-click = Klik terakhir
model-first-click = Klik pertama
model-linear = Linear
model-position-based = Berbasis posisi
model-time-decay = Peluruhan waktu
model-last-click-about = Semua untuk titik kontak terakhir: pencetak gol mendapat seluruh kredit.
model-first-click-about = Semua untuk titik kontak pertama: pembuka jalan mendapat seluruh kredit.
model-linear-about = Bagian yang sama untuk setiap titik kontak.
model-position-based-about = 40% untuk titik kontak pertama dan 40% untuk yang terakhir; 20% sisanya dibagi di antara titik kontak di tengahnya.
model-time-decay-about = Titik kontak yang lebih dekat ke konversi mendapat lebih banyak: bobotnya berkurang setengah untuk setiap tujuh hari sebelum konversi.
error-not-empty = Itu hanya bisa dilakukan saat daftar masih kosong.

## Navigasi: kelompok dan rencana
nav-diagnose = Posisi kita saat ini
nav-customers = Pelanggan
nav-planning = Perencanaan
nav-objectives = Sasaran
nav-creative = Ide kreatif
nav-engagement = Keterlibatan
nav-mix = Bauran pemasaran
nav-monitor = Pemantauan
nav-report = Laporan

## Tautan ke temuan
links-title = Menjawab temuan berikut
links-none = Belum tertaut ke temuan mana pun.
links-add = Tautkan temuan…
links-add-label = Tautkan temuan
links-remove = Lepaskan tautan { $link }

## Sasaran SMART
objectives-title = Sasaran SMART
objectives-lead = Ubah temuan Anda menjadi sasaran yang spesifik, terukur, dapat dicapai, realistis, dan berbatas waktu. Jelaskan cara mengukur setiap sasaran, seberapa sering sasaran itu dipantau, dan siapa yang mengelolanya.
objectives-add = Tambahkan sasaran
objectives-add-placeholder = Misalnya: Tingkatkan visibilitas merek Product X
objective-statement = Sasaran
objective-statement-placeholder = Apa yang akan berubah?
objective-metric = Metrik
objective-metric-placeholder = Apa yang dihitung, misalnya jumlah pencarian merek per bulan
objective-unit = Satuan
objective-unit-placeholder = %, £, pencarian…
objective-baseline = Nilai awal
objective-target = Target
objective-start = Mulai
objective-deadline = Tenggat
objective-audience = Pasar dan audiens
objective-audience-placeholder = Misalnya: Inggris Raya, usia 18–35 tahun
objective-measured = Cara mengukur
objective-measured-placeholder = Misalnya: analitik web, survei, URL promo
objective-monitored = Frekuensi pemantauan
objective-manager = Pengelola
objective-manager-placeholder = Misalnya: tim pemasaran
objective-tactics = Taktik pendukung
objective-delete = Hapus sasaran
frequency-daily = Harian
frequency-weekly = Mingguan
frequency-monthly = Bulanan
frequency-quarterly = Triwulanan
smart-title = Pemeriksaan SMART
smart-S = Spesifik
smart-M = Terukur
smart-A = Dapat dicapai
smart-R = Realistis
smart-T = Berbatas waktu
smart-S-met = menyebutkan apa yang berubah, dan bagi siapa.
smart-M-met = memiliki metrik, angka, dan cara mengukurnya.
smart-A-met = berangkat dari nilai awal yang diketahui dan memiliki pengelola.
smart-R-met = laju menuju target tampak dapat dicapai.
smart-T-met = memiliki tenggat dan ritme pemantauan.
smart-no-statement = sebutkan apa yang akan berubah.
smart-no-audience = sebutkan pasar atau audiensnya.
smart-no-metric = sebutkan metrik yang dihitung.
smart-no-number = belum ada angka target, jadi belum terukur.
smart-no-measure = jelaskan cara mengukurnya.
smart-no-baseline = sebutkan titik awal Anda (nilai awal).
smart-no-manager = sebutkan siapa yang mengelolanya.
smart-no-path = perlu nilai awal, target, tanggal mulai, dan tenggat untuk menilai lajunya.
smart-too-fast = target jauh di atas nilai awal untuk waktu yang tersedia. Apakah ini realistis?
smart-no-deadline = belum ada tenggat, jadi belum berbatas waktu.
smart-deadline-before-start = tenggatnya lebih awal daripada tanggal mulai.
smart-no-frequency = sebutkan seberapa sering sasaran ini dipantau.

## KPI
kpi-title = KPI
kpi-name = KPI
kpi-level = Tingkat
kpi-level-specialist = Spesialis (saluran)
kpi-level-manager = Manajer (kampanye dan corong pemasaran)
kpi-level-management = Manajemen (pertumbuhan, laba, nilai seumur hidup pelanggan, pangsa pasar)
kpi-no-channel = Tanpa saluran
kpi-add = Tambahkan KPI
kpi-add-placeholder = Ketik KPI lalu tekan Enter
kpi-delete = Hapus KPI { $kpi }
kpi-loose = KPI tanpa sasaran
kpi-checks = Pemeriksaan KPI
kpi-checks-none = Setiap sasaran memiliki satu hingga lima KPI, dan setiap level memiliki satu.
kpi-check-none = “{ $objective }” belum memiliki KPI.
kpi-check-overload = “{ $objective }” memiliki lebih dari lima KPI: ukur hal yang membantu pengambilan keputusan, bukan semuanya.
kpi-check-no-specialist = Belum ada KPI di level spesialis: pengelola saluran perlu KPI sendiri, misalnya rasio klik atau rasio buka.
kpi-check-no-manager = Belum ada KPI di level manajer: tambahkan satu untuk kampanye dan corong pemasaran, misalnya prospek atau biaya per penjualan.
kpi-check-no-management = Belum ada KPI di level manajemen: tambahkan satu yang menjadi acuan bisnis, misalnya pertumbuhan, laba, atau nilai seumur hidup pelanggan.

## Ide kreatif
creative-title = Ide kreatif
creative-lead = Apa yang Anda rencanakan, bagaimana hal itu memenuhi sasaran, dan mengapa ide ini menonjol dibanding pesaing.
creative-headline = Penawaran utama
creative-headline-help = Hal utama yang Anda tawarkan, dalam satu kalimat.
creative-promotions = Promosi pendukung
creative-promotions-help = Penawaran, acara, dan konten yang mendukung penawaran utama.
creative-tagline = Slogan
creative-tagline-help = Kalimat singkat yang akan diingat orang.
creative-storyboard = Visual atau papan cerita
creative-storyboard-help = Apa yang akan dilihat dan didengar orang, adegan demi adegan.
creative-justification = Mengapa ide ini berhasil
creative-justification-help = Temuan pemeriksaan kesehatan dan SWOT mana yang membuatnya menonjol.

## Bauran pemasaran
mix-title = Bauran pemasaran
mix-lead = 4P masih berlaku, dengan definisi yang diperluas untuk model bisnis masa kini: aplikasi "gratis" tetap dibayar oleh seseorang.
mix-product = Produk
mix-product-help = Apa yang Anda jual, dan masalah apa yang diselesaikannya.
mix-price = Harga
mix-price-help = Berapa harganya, dan siapa yang membayar.
mix-place = Tempat
mix-place-help = Di mana dan bagaimana orang membelinya.
mix-promotion = Promosi
mix-promotion-help = Bagaimana orang mengetahuinya.
mix-notes = Catatan
mix-decisions = Keputusan yang diambil

## Strategi keterlibatan
engagement-title = Strategi keterlibatan
engagement-lead = Untuk siapa rencana ini, dan apa peran setiap saluran. Saluran berbayar, milik sendiri, dan diperoleh bermain sebagai satu tim: pembuka jalan menciptakan permintaan, pencetak gol memanennya.
engagement-audience = Target audiens
engagement-audience-help = Siapa yang ingin Anda jangkau.
engagement-justification = Mengapa audiens ini
engagement-justification-help = Riset apa yang mendukung pilihan ini.
engagement-tactics = Taktik per saluran
engagement-add = Tambahkan taktik
engagement-add-prompt = Pilih saluran…
tactic-plan = Yang akan kami lakukan
tactic-justification = Mengapa saluran ini
tactic-measure = Cara mengukur
tactic-monitor = Cara memantau
tactic-manage = Pengelola
tactic-budget = Anggaran
tactic-objectives = Sasaran yang didukung
tactic-delete = Hapus taktik { $tactic }
scenario-good = Baik
scenario-better = Lebih baik
scenario-best = Terbaik
budget-title = Anggaran
budget-help = Tiga skenario, agar tim keuangan dapat menyetujui apa yang benar-benar dibutuhkan strategi ini.
budget-over = { $scenario }: { $total } melebihi anggaran { $budget } dalam cek kesehatan.
budget-empty = Tambahkan taktik untuk melihat anggarannya.
budget-by-channel = Per saluran, dalam setiap skenario
budget-by-ownership = Berbayar, milik sendiri, dan diperoleh, dalam setiap skenario
budget-scenario = Skenario
budget-channel-alt = Batang berkelompok anggaran { $count } saluran dalam skenario baik, lebih baik, dan terbaik. Jumlahnya tercantum dalam tabel di atas.
budget-ownership-alt = Batang bertumpuk anggaran saluran berbayar, milik sendiri, dan diperoleh dalam setiap skenario.

## Ukur, pantau, kelola
monitor-title = Pemantauan
monitor-lead = Catat hasil pengukuran metrik setiap sasaran dan bandingkan dengan garis lurus dari nilai awal ke target. Lalu tutup siklusnya: apa yang Anda pelajari, dan apa yang akan Anda ubah?
monitor-no-objectives = Tambahkan sasaran terlebih dahulu: belum ada yang bisa dipantau.
monitor-path = Jalur menuju target
monitor-actual = Hasil pengukuran
monitor-chart-alt = Grafik garis { $count } hasil pengukuran dibandingkan dengan garis lurus menuju target. Status: { $status }.
monitor-table-caption = { $metric }: hasil pengukuran dibandingkan dengan jalur menuju target
monitor-no-path = Isi nilai awal, target, tanggal mulai, dan tenggat sasaran untuk melihat jalurnya.
monitor-readings = Hasil pengukuran { $metric }
monitor-date = Tanggal
monitor-value = Nilai
monitor-add-reading = Tambahkan hasil pengukuran
monitor-delete-reading = Hapus hasil pengukuran tanggal { $date }
status-unknown = Tanpa status
status-no-readings = Belum ada pengukuran
status-achieved = Tercapai
status-missed = Tidak tercapai
status-on-track = Sesuai jalur
status-at-risk = Berisiko
status-off-track = Melenceng
status-unknown-rule = Status memerlukan nilai awal, target, tanggal mulai, dan tenggat.
status-no-readings-rule = Catat hasil pengukuran untuk melihat statusnya.
status-achieved-rule = Hasil pengukuran terbaru sudah mencapai target.
status-missed-rule = Tenggat sudah lewat dan target tidak tercapai.
status-on-track-rule = Hasil pengukuran terbaru telah mencapai { $ratio }% dari kemajuan yang diharapkan garis lurus saat ini (sesuai jalur mulai { $on }%).
status-at-risk-rule = Hasil pengukuran terbaru telah mencapai { $ratio }% dari kemajuan yang diharapkan garis lurus saat ini (berisiko mulai { $risk }%, sesuai jalur mulai { $on }%).
status-off-track-rule = Hasil pengukuran terbaru baru mencapai { $ratio }% dari kemajuan yang diharapkan garis lurus saat ini (di bawah { $risk }% berarti melenceng).
status-backwards-rule = Hasil pengukuran terakhir lebih jauh dari target daripada nilai awal: hasilnya mundur, bukan maju (di bawah { $risk }% dari kemajuan yang diharapkan berarti keluar jalur).
reviews-title = Catatan tinjauan
reviews-help = Masukan dari tim penjualan, layanan pelanggan, dan data kembali mengalir ke rencana. Apakah masalahnya taktis (materi kreatif yang lemah) atau sistemik (audiens tidak berada di tempat yang Anda kira)?
reviews-add = Tambahkan tinjauan
reviews-source = Sumber
reviews-scope = Jenis masalah
reviews-learned = Yang kami pelajari
reviews-change = Yang kami ubah
reviews-delete = Hapus tinjauan
source-sales = Penjualan
source-service = Layanan pelanggan
source-data = Data
source-customers = Pelanggan
source-team = Tim
scope-tactical = Taktis
scope-systemic = Sistemik

## Rencana, laporan, dan keamanan data

save-waiting = Menunggu pilihan Anda
conflict-title = Rencana ini juga diubah di tab lain
conflict-body = Kedua tab mengubah bagian rencana yang sama. Pilih versi yang ingin dipertahankan. Versi lainnya disimpan sebagai salinan di daftar rencana sampai Anda menghapusnya.
conflict-keep-mine = Pertahankan versi tab ini
conflict-use-theirs = Gunakan versi tab lain
chart-download = Unduh:
chart-download-svg = Unduh “{ $chart }” sebagai SVG
chart-download-png = Unduh “{ $chart }” sebagai PNG (ukuran dua kali lipat)
save = Simpan
cancel = Batal
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
plans-rename = Ganti nama
plans-rename-label = Nama baru
plans-duplicate = Duplikat
plans-copy-name = { $name } (salinan)
plans-download = Unduh
plans-delete = Hapus
plans-deleted = “{ $name }” dihapus.
plans-delete-failed = Rencana ini tidak dapat dihapus. Tidak ada yang diubah.
plans-undo-failed = Rencana tidak dapat dikembalikan. Muat ulang halaman dan cari rencana itu di daftar.
usage-title = Penyimpanan di browser ini
usage-body = Rencana Anda memakai { $used }, serta snapshot dan salinannya { $copies }, dari sekitar { $limit } yang disediakan browser untuk satu situs.
usage-meter = Penyimpanan terpakai
usage-nearly-full = Penyimpanan hampir penuh. Sebelum habis: unduh rencana yang ingin Anda simpan, hapus rencana yang tidak lagi diperlukan, atau unduh lalu hapus snapshot lama. Saat ruang habis, Waymark akan melepas snapshot lama terlebih dahulu.
usage-estimate = Secara keseluruhan, browser ini mengizinkan situs ini menyimpan hingga { $quota }, tetapi rencana disimpan di penyimpanan lokal, yang batasnya lebih kecil seperti di atas.
snapshots-title = Snapshot “{ $name }”
snapshots-help = Waymark menyimpan versi sebelumnya dari rencana yang sedang dibuka: saat Anda memulai sesi dan setiap sepuluh menit selama Anda bekerja. Yang paling lama dihapus lebih dulu jika ruang penyimpanan habis. Saat Anda memulihkan salah satunya, versi saat ini juga disimpan sebagai snapshot.
snapshots-none = Belum ada snapshot. Snapshot pertama dibuat saat Anda membuat perubahan berikutnya.
snapshots-restore = Pulihkan
snapshots-failed = Snapshot ini tidak dapat dibaca, atau versi saat ini tidak dapat disimpan terlebih dahulu. Tidak ada yang diubah.
snapshot-why-session = awal sesi
snapshot-why-interval = selama Anda bekerja
snapshot-why-other-tab = dari tab lain
snapshot-why-before-restore = sebelum pemulihan
share-title = Bagikan sebagai tautan
share-help = Tautan ini memuat seluruh rencana dalam bentuk terkompresi, setelah tanda “#”: bagian itu tidak pernah dikirim ke server mana pun. Siapa pun yang membukanya dapat mengimpor rencana itu sebagai rencana baru di browser mereka sendiri.
share-make = Buat tautan berbagi
share-link-label = Tautan berbagi
share-copy = Salin
share-copied = Tersalin.
share-too-large = Rencana ini terlalu besar untuk dijadikan tautan. Sebagai gantinya, unduh rencana ini dan kirim file-nya.
share-failed = Browser ini tidak dapat membuat tautan. Sebagai gantinya, unduh rencana ini dan kirim file-nya.
share-damaged = Tautan ini rusak atau tidak lengkap. Mintalah tautannya lagi, atau minta file-nya.
share-empty = Tautan ini tidak memuat rencana apa pun.
share-page-title = Rencana yang dibagikan
share-page-lead = Seseorang membagikan rencana kepada Anda melalui tautan ini. Tidak ada yang disimpan sampai Anda mengimpornya; rencana ini akan menjadi rencana baru, dan rencana Anda sendiri tidak diubah.
share-reading = Membaca rencana dari tautan…
import-title = Impor rencana
import-help = Pilih file rencana Waymark (.json), atau seret ke sini. File diperiksa terlebih dahulu dan ditampilkan sebelum ada yang berubah, dan selalu menjadi rencana baru.
import-choose = Pilih file…
import-preview-title = Isi file ini
import-confirm = Impor sebagai rencana baru
import-failed = File ini tidak diimpor, dan tidak ada yang diubah: { $reason }.
import-too-large = ukurannya { $size }, sedangkan file yang dapat diimpor maksimal 5 MB
import-unreadable = File ini tidak dapat dibaca. Apakah ini file teks?
import-save-failed = Rencana tidak dapat disimpan: penyimpanan browser sudah penuh. Kosongkan sebagian ruang (lihat Penyimpanan di browser ini), lalu coba lagi.
import-migrated = File ini disimpan oleh versi Waymark yang lebih lama (versi format { $version }) dan akan diperbarui ke versi terkini.
import-count-answers = { $count ->
   *[other] { $count } jawaban pemeriksaan kesehatan
}
import-count-swot = { $count ->
   *[other] { $count } kartu SWOT
}
import-count-pestle = { $count ->
   *[other] { $count } kartu PESTLE
}
import-count-strategies = { $count ->
   *[other] { $count } strategi TOWS
}
import-count-personas = { $count ->
   *[other] { $count } persona
}
import-count-stages = { $count ->
   *[other] { $count } tahap perjalanan
}
import-count-touchpoints = { $count ->
   *[other] { $count } titik kontak
}
import-count-objectives = { $count ->
   *[other] { $count } sasaran
}
import-count-kpis = { $count ->
   *[other] { $count } KPI
}
import-count-readings = { $count ->
   *[other] { $count } hasil pengukuran
}
import-count-tactics = { $count ->
   *[other] { $count } taktik
}
import-count-reviews = { $count ->
   *[other] { $count } tinjauan
}

## Halaman laporan
report-intro = Seluruh rencana dalam satu dokumen. Cetak, atau simpan sebagai PDF untuk diserahkan; bagian yang masih kosong tidak disertakan.
report-print = Cetak atau simpan sebagai PDF
report-kicker = Rencana pemasaran
report-date = Tanggal laporan ini
report-contents = Daftar isi
report-empty = Belum ada yang diisi: setiap bagian rencana akan muncul di sini begitu ada isinya.
report-missing = Belum diisi:
report-none = Belum ada yang dicatat.
report-weakest = { $count ->
   *[other] Area terlemah: { $areas }
}
report-barriers = Hambatan dan peluang
report-objectives = Sasaran dan pemantauan
report-smart-met = Memenuhi kelima kriteria SMART.
report-latest = Hasil pengukuran terbaru: { $value } pada { $date }
report-creative = Ide kreatif dan bauran pemasaran
report-journey-of = Perjalanan { $persona }
crash-title = Waymark berhenti karena terjadi kesalahan
crash-body = Versi terakhir rencana Anda yang tersimpan tetap aman di browser ini. Unduh salinannya untuk berjaga-jaga, lalu muat ulang halaman. Jika hal ini terjadi lagi, kirim file tersebut beserta langkah yang Anda lakukan kepada pihak yang memberi Anda Waymark.
crash-download = Unduh rencana Anda
crash-reload = Muat ulang halaman
export-title = Ekspor
export-json = Unduh rencana (JSON)
export-markdown = Laporan sebagai Markdown
export-csv-swot = SWOT sebagai CSV
export-csv-pestle = PESTLE sebagai CSV
export-csv-touchpoints = Titik kontak sebagai CSV
export-csv-kpis = KPI sebagai CSV

# Labels inside the exported report and CSV lists (src/domain/export.rs).
export-date = Tanggal ekspor
export-weak-answers = Jawaban yang dinilai lemah
export-progress = Kemajuan terhadap rencana
export-latest-reading = Hasil pengukuran terbaru
export-col-id = ID
export-col-quadrant = Kuadran
export-empty = Belum ada yang ditulis dalam rencana ini.
export-deleted = Kartu yang dihapus

reminder-title = Simpan salinan rencana ini
reminder-body = Rencana ini memiliki perubahan yang belum ada di file mana pun yang Anda unduh, sebagian di antaranya sudah berumur seminggu atau lebih. Browser dapat menghapus data situs; file yang diunduh adalah salinan yang Anda simpan sendiri.
reminder-download = Unduh rencana sekarang
reminder-later = Nanti saja

## Offline and updates
update-ready = Versi baru Waymark sudah siap.
update-reload = Muat ulang
update-reloading = Memuat ulang setelah rencana Anda tersimpan…
update-after-save = Anda dapat memuat ulang setelah perubahan Anda tersimpan (lihat pesan di atas).
update-loses-changes = Browser ini tidak menyimpan apa pun yang Anda tulis di sini, jadi memuat ulang akan menghilangkannya: unduh rencana Anda terlebih dahulu.

## Mode presentasi
present-button = Presentasikan
present-button-title = Tampilkan bagian ini kepada peserta dalam layar penuh, sebagai slide
present-capture = Catat ide
present-nav = Slide
present-previous = Sebelumnya
present-next = Berikutnya
present-slide-count = Slide { $n } dari { $count }
present-slide-announce = Slide { $n } dari { $count }: { $title }
present-objective-of = Sasaran { $n } dari { $count }
present-exit = Keluar dari presentasi
present-fullscreen = Layar penuh
present-fullscreen-exit = Keluar dari layar penuh
present-keys-move = sebelumnya, berikutnya
present-keys-ends = pertama, terakhir
present-keys-leave = keluar
present-key-left = ←
present-key-right = →
present-key-pgup = PgUp
present-key-pgdn = PgDn
present-key-space = Spasi
present-key-home = Home
present-key-end = End
present-key-esc = Esc
present-timer = Timer lokakarya
present-timer-minutes = Menit
present-timer-start = Mulai
present-timer-pause = Jeda
present-timer-resume = Lanjutkan
present-timer-reset = Atur ulang
present-timer-left = Sisa waktu: { $time }
present-timer-paused = Dijeda
present-timer-done = Waktu habis
present-timer-for = Untuk
present-timer-for-any = Seluruh slide
present-timer-started = Timer dimulai: { $minutes } menit.
present-timer-started-for = Timer dimulai: { $minutes } menit untuk { $exercise }.
present-timer-paused-at = Timer dijeda pada { $time }.
present-timer-resumed = Timer dilanjutkan.
present-timer-was-reset = Timer diatur ulang.
present-zoom = Fokus pada kartu ini
present-zoom-card = Fokus pada “{ $card }”
present-zoom-close = Tutup

## Kept copies (storage/kept.rs): what the app kept instead of losing it
kept-see-list = Lihat salinan yang disimpan
kept-settings-notice = Pengaturan Anda tidak dapat dibaca. Pengaturan itu disisihkan di daftar rencana, dan untuk sementara dipakai pengaturan bawaan. Rencana Anda tidak terpengaruh.
kept-unreadable-notice = { $count ->
   *[other] { $count } data tersimpan tidak dapat dibaca.
} Data itu disimpan tanpa diubah di daftar rencana, tempat Anda dapat mengunduhnya.
kept-copy-notice = Versi yang tidak Anda pilih disimpan sebagai salinan. Salinan itu tetap ada di daftar rencana, di bagian “Salinan yang disimpan”, sampai Anda menghapusnya.
kept-title = Salinan yang disimpan
kept-help = Versi dan data tersimpan yang dipertahankan Waymark untuk Anda agar tidak hilang. Semuanya tetap di sini sampai Anda menghapusnya.
kept-settings-name = Pengaturan yang tidak dapat dibaca
kept-unreadable-name = Rencana yang tidak dapat dibaca
kept-why-unreadable = tidak dapat dibaca
kept-why-other-tab = versi yang tidak dipilih di antara dua tab
kept-why-settings = pengaturan yang tidak dapat dibaca
kept-when = disimpan { $date }
kept-open = Buka sebagai rencana
kept-download = Unduh
kept-delete = Hapus
kept-delete-confirm = Hapus permanen
kept-failed = Gagal. Salinan tidak berubah.
usage-kept = Salinan yang disimpan memakai { $kept }. Salinan itu tetap ada sampai Anda menghapusnya.

## The deployment's config (embed/config.rs): problems whoever deployed Waymark should fix
config-insecure-origin = Waymark ini diatur untuk bertukar rencana dengan halaman yang tidak terenkripsi (http://): { $origins }. Siapa pun di jaringannya dapat menyamar sebagai halaman tersebut. Orang yang memasang Waymark sebaiknya mencantumkan alamat https:// halaman itu di waymark.config.json.

## Sections that load when first opened (pages/lazy.rs)
lazy-loading = Memuat bagian ini…
lazy-failed = Bagian ini tidak dapat dimuat. Periksa koneksi Anda, lalu muat ulang halaman: rencana Anda sudah tersimpan.
lazy-reload = Muat ulang
reader-failed = Sebagian Waymark tidak dapat dimuat, jadi rencana belum bisa dibuka atau dibuat. Periksa koneksi Anda, lalu muat ulang halaman: tidak ada data tersimpan yang berubah.

## A choice that acts only when confirmed (ui/choose.rs): the button beside the list
choose-move = Pindahkan
journey-add-touchpoint-to = Tambahkan titik kontak ke { $stage }
choose-add = Tambah

## The overview's progress and "Continue" (issue 14)
progress-title = Langkah Anda melalui metode ini
progress-not-started = Belum dimulai
progress-partly = Sedang berjalan: { $done } dari { $total }
progress-done = Selesai
progress-continue = Lanjutkan dengan { $section }
progress-finished = Semua langkah selesai: rencana Anda siap dibaca, dicetak, atau dikirim.
progress-open-report = Buka laporan
progress-goal-health = Titik awal dan keempat konteks sudah dijawab
progress-goal-swot = Satu kartu di setiap kuadran
progress-goal-pestle = Satu kartu untuk setiap faktor
progress-goal-tows = Minimal satu strategi
progress-goal-personas = Minimal satu persona
progress-goal-journeys = Titik kontak di perjalanan setiap persona
progress-goal-objectives = Sasaran yang lolos cek SMART, masing-masing dengan KPI
progress-goal-creative = Semua bagian ide kreatif
progress-goal-mix = Keputusan untuk setiap 4P
progress-goal-engagement = Taktik dan anggaran
progress-goal-attribution = Opsional: bagaimana kredit penjualan dibagi
progress-goal-reviews = Satu hasil ukur untuk setiap sasaran
continue-to = Lanjut ke { $section }
