# Waymark — contoh rencana, Bahasa Indonesia. Sebuah peritel online sepatu lari ramah lingkungan
# (seed 002). File contoh setiap bahasa memiliki ID yang sama persis (tests/i18n.rs).
# Dimuat hanya saat pengguna membuka contoh; setiap pesan menjadi teks dalam rencana baru.

ex-name = Contoh: sepatu lari Stride & Co.
ex-description = Stride & Co. menjual sepatu lari ramah lingkungan secara online di Inggris Raya. Rencana ini bertujuan meluncurkan Product X, sepatu trail pertama kami dari bahan daur ulang, dan meningkatkan pembelian berulang tahun ini.

## Titik awal
ex-start-now = Kami menjual sekitar 8.000 pasang per tahun secara online, sebagian besar melalui iklan pencarian berbayar dan kepada pelanggan lama. Tim pemasaran terdiri dari satu orang, ditambah agensi untuk iklan.
ex-start-goal = Menjadi pilihan utama sepatu lari ramah lingkungan di kalangan pelari berusia 18–35 tahun.
ex-start-future = Meluncurkan Product X pada bulan April, menjual 12.000 pasang tahun ini, dan 30% penjualan berasal dari pelanggan lama.
ex-res-people-have = Satu pemasar, tim layanan pelanggan beranggotakan tiga orang, dan para pendiri.
ex-res-people-gap = Tidak ada yang menangani video atau SEO.
ex-res-budget-have = Sekitar £40.000 untuk setahun.
ex-res-budget-gap = Sebagian besar sudah dialokasikan untuk iklan pencarian berbayar; hanya sedikit yang tersisa untuk peluncuran.
ex-res-time-have = Tiga bulan menjelang peluncuran bulan April.
ex-res-time-gap = Para pendiri hanya punya sedikit waktu untuk membuat konten.
ex-res-expertise-have = Email, media sosial, layanan pelanggan.
ex-res-expertise-gap = Produksi video, kemitraan dengan influencer.

## Konteks pelanggan
ex-customer-segments = Dua segmen: pelari berusia 18–35 tahun yang membeli online setelah membaca ulasan, dan pelanggan setia berusia di atas 40 tahun yang membeli ulang model yang sama setiap tahun.
ex-customer-segments-evidence = Data pesanan 2026: 58% pesanan pertama berasal dari usia 18–35 tahun.
ex-customer-awareness = Dikenal nyaman di kalangan pelari serius; sebagian besar pelari muda belum pernah mendengar tentang kami.
ex-customer-awareness-evidence = Survei terhadap 400 pelanggan, Januari.
ex-customer-reputation = Pencarian merek naik 12% dibanding tahun lalu; pendaftaran email stagnan; ulasan positif, tetapi jumlahnya sedikit.
ex-customer-reputation-evidence = Search Console dan platform email.
ex-customer-competition = Tiga peritel olahraga besar dan banyak toko kecil; peritel besar memberi diskon besar-besaran setiap musim.
ex-customer-competition-evidence = Pengecekan harga yang kami lakukan sendiri.

## Konteks bisnis
ex-business-strategy = Kami hanya menjual sepatu lari ramah lingkungan, dengan pengembalian gratis dan layanan reparasi.
ex-business-strategy-evidence = Pandangan para pendiri.
ex-business-positioning = Dianggap etis dan berkualitas tinggi, tetapi juga mahal.
ex-business-positioning-evidence = Survei pelanggan dan ulasan.
ex-business-partners = Hubungan jangka panjang dengan dua produsen; belum ada mitra afiliasi.
ex-business-partners-evidence = Kontrak pemasok.
ex-business-identity = Otoritas domain 38, lebih tinggi dari toko kecil, lebih rendah dari peritel besar.
ex-business-identity-evidence = Laporan alat SEO, Februari.

## Konteks eksternal
ex-external-consumers = "Anna si Pelari Akhir Pekan", 29 tahun, berlatih untuk half marathon dan membandingkan harga di ponselnya; "Lars si Pelanggan Setia", 46 tahun, membeli model yang sama setiap musim semi.
ex-external-consumers-evidence = Wawancara dengan delapan pelanggan.
ex-external-media = Hadir di iklan pencarian berbayar, Instagram, dan email; belum ada di YouTube dan podcast lari.
ex-external-media-evidence = Laporan saluran.
ex-external-affiliates = Dua blog lari menautkan ke situs kami secara informal; kami belum ada di marketplace mana pun.
ex-external-affiliates-evidence = Data rujukan.
ex-external-environment = Kenaikan harga membuat pelanggan lebih berhati-hati; aturan baru tentang klaim ramah lingkungan; makin banyak orang berlari sejak pandemi.
ex-external-environment-evidence = Laporan industri.

## Konteks internal
ex-internal-budget = Sekitar £40.000 untuk setahun, sebagian besar sudah dialokasikan untuk iklan pencarian berbayar.
ex-internal-budget-evidence = Anggaran 2027.
ex-internal-culture = Layanan pelanggan yang sangat baik: membalas dalam satu jam, dan reparasi gratis.
ex-internal-culture-evidence = Statistik layanan, NPS 62.
ex-internal-expertise = Satu pemasar yang menguasai email dan media sosial; tidak ada yang menangani video atau SEO.
ex-internal-expertise-evidence = Penilaian kami sendiri.
ex-internal-capacity = Stok cukup untuk sekitar 20% pesanan tambahan; mitra pengiriman bisa menambah kapasitas; layanan pelanggan butuh satu orang lagi.
ex-internal-capacity-evidence = Perencanaan gudang dan layanan.

## Kartu SWOT yang diketik di papan
ex-swot-s1 = Layanan reparasi yang tidak ditawarkan pesaing mana pun
ex-swot-w1 = Hanya sedikit ulasan di halaman produk kami
ex-swot-o1 = Klub lari mencari mitra perlengkapan ramah lingkungan
ex-swot-o2 = Lari trail berkembang pesat
ex-swot-t1 = Peritel besar meluncurkan lini ramah lingkungan mereka sendiri

## Faktor PESTLE
ex-pestle-political = Aturan perdagangan untuk sepatu impor bisa berubah
ex-pestle-economic = Pelanggan mengurangi belanja saat harga naik
ex-pestle-social = Makin banyak orang berlari, terutama usia 18–35 tahun
ex-pestle-technological = Pembeli ingin bisa mencoba sepatu lewat AR
ex-pestle-legal = Aturan baru tentang klaim ramah lingkungan dalam iklan
ex-pestle-environmental = Bahan daur ulang makin murah

## Strategi TOWS
ex-tows-so = Bermitra dengan klub lari: anggotanya mendapat reparasi gratis selama setahun.
ex-tows-st = Jadikan layanan reparasi sorotan utama peluncuran: lebih ramah lingkungan daripada lini baru mana pun.
ex-tows-wo = Ajak pelari klub mengulas Product X dengan imbalan tiket acara lari trail.
ex-tows-wt = Fokuskan anggaran pemasaran pada dua saluran yang mendorong pembelian berulang.

## Persona
ex-anna-name = Anna si Pelari Akhir Pekan
ex-anna-segment = Pelari berusia 18–35 tahun yang membeli online
ex-anna-life-stage = 29 tahun, pekerjaan pertama di kota, belum punya anak
ex-anna-goals = Menyelesaikan half marathon musim gugur ini tanpa cedera.
ex-anna-needs = Sepatu nyaman yang bisa ia percaya, dengan harga yang wajar.
ex-anna-pains = Terlalu banyak pilihan; ulasan yang tidak bisa dipercaya; pengembalian barang yang berbayar.
ex-anna-places = Instagram, video latihan di YouTube, klub lari setiap Sabtu.
ex-lars-name = Lars si Pelanggan Setia
ex-lars-segment = Pelanggan setia berusia di atas 40 tahun
ex-lars-life-stage = 46 tahun, punya dua anak remaja, berlari sebelum berangkat kerja
ex-lars-goals = Tetap berlari tiga kali seminggu.
ex-lars-needs = Model yang sama yang ia percaya, dikirim dengan cepat.
ex-lars-pains = Model yang berubah atau tidak diproduksi lagi.
ex-lars-places = LinkedIn saat makan siang, email, perjalanan ke kantor melewati papan reklame.

## Perjalanan Anna, per tahap
ex-anna-awareness-goal = Mencari tahu sepatu apa yang dipakai pelari serius.
ex-anna-awareness-message = Sepatu ramah lingkungan yang dibuat untuk tahan lama.
ex-anna-awareness-when = Malam hari, sambil menggulir ponsel setelah latihan
ex-anna-awareness-thoughts = "Apa sepatu ramah lingkungan benar-benar enak dipakai lari?"
ex-anna-awareness-kpi = Jangkauan di kalangan usia 18–35 tahun
ex-anna-consideration-goal = Membandingkan tiga model.
ex-anna-consideration-why = Reparasi gratis, ulasan yang jujur.
ex-anna-consideration-friction = Hanya sedikit ulasan di halaman produk kami.
ex-anna-consideration-kpi = Tayangan halaman produk
ex-anna-decision-goal = Memilih satu model dan mengecek harganya.
ex-anna-decision-friction = Ragu soal ukuran.
ex-anna-decision-opportunities = Panduan ukuran dengan pengecekan kecocokan.
ex-anna-decision-kpi = Tingkat tambah ke keranjang
ex-anna-purchase-goal = Membeli tanpa repot.
ex-anna-purchase-kpi = Tingkat konversi
ex-anna-retention-message = Bagaimana kenyamanan sepatunya setelah 100 km?
ex-anna-retention-kpi = Tingkat pembelian berulang
ex-anna-advocacy-opportunities = Mengajaknya mengulas Product X.
ex-anna-advocacy-kpi = Jumlah ulasan yang ditulis
ex-tp-anna-1 = Iklan merek di Instagram
ex-tp-anna-2 = Video lari trail di YouTube
ex-tp-anna-3 = Ulasan Product X
ex-tp-anna-4 = Pencarian "sepatu lari trail"
ex-tp-anna-5 = Checkout di situs web
ex-tp-anna-6 = Email sambutan berisi tips perawatan
ex-tp-anna-7 = Buletin klub lari

## Perjalanan Lars, per tahap
ex-lars-awareness-message = Model favorit Anda kembali, kini dari bahan daur ulang.
ex-lars-awareness-kpi = Jumlah anggota yang dijangkau
ex-lars-consideration-why = Ia sudah percaya dengan kecocokannya.
ex-lars-consideration-kpi = Klik email
ex-lars-decision-thoughts = "Sepatu yang sama, tapi lebih ramah lingkungan? Bagus."
ex-lars-decision-kpi = Kunjungan ke halaman produk
ex-lars-purchase-goal = Memesan ulang dalam dua menit.
ex-lars-purchase-kpi = Tingkat konversi
ex-lars-retention-kpi = Tingkat pembelian berulang
ex-tp-lars-1 = SMS untuk anggota
ex-tp-lars-2 = Poster di rute perjalanan ke kantor
ex-tp-lars-3 = Postingan LinkedIn saat makan siang
ex-tp-lars-4 = Pencarian nama model

## Atribusi: Lars dari seed 004
ex-path-1 = Iklan merek di Instagram
ex-path-2 = SMS untuk anggota
ex-path-3 = LinkedIn saat makan siang
ex-path-4 = Poster luar ruang
ex-path-5 = Pre-roll YouTube
ex-path-6 = Pencarian "sepatu lari trail" pada hari Minggu

## Sasaran SMART (seed 002)
ex-obj-1 = Meningkatkan visibilitas merek Product X sebesar 20% di kalangan usia 18–35 tahun di Inggris Raya
ex-obj-1-metric = Pencarian merek per bulan
ex-obj-1-unit = pencarian
ex-obj-1-audience = Inggris Raya, usia 18–35 tahun
ex-obj-1-measured = Analitik web (pencarian merek), survei, suka dan bagikan di media sosial, serta URL promo di majalah dan surat langsung
ex-obj-1-manager = Tim pemasaran
ex-obj-2 = Menjual Product X 10% lebih banyak dibanding kuartal yang sama tahun lalu
ex-obj-2-metric = Jumlah pasang Product X yang terjual
ex-obj-2-unit = pasang
ex-obj-2-audience = Toko online di Inggris Raya
ex-obj-2-measured = Kenaikan penjualan selama tiga bulan dan tingkat konversi per taktik online, untuk menemukan saluran yang paling hemat biaya
ex-obj-2-manager = Tim manajemen stok
ex-kpi-1 = Volume pencarian merek
ex-kpi-2 = Jangkauan Instagram di kalangan usia 18–35 tahun
ex-kpi-3 = Biaya per akuisisi
ex-kpi-4 = Tingkat konversi per taktik
ex-kpi-5 = Nilai seumur hidup pelanggan

## Ide kreatif
ex-creative-headline = Product X: sepatu trail dari bahan daur ulang, dengan reparasi gratis seumur hidup.
ex-creative-promotions = Hari lari trail bersama klub lari; kafe reparasi di acara peluncuran; diskon 10% untuk pasangan kedua bagi anggota.
ex-creative-tagline = Lari lebih jauh. Limbah lebih sedikit.
ex-creative-storyboard = Seorang pelari di jalur trail berlumpur; gambar dekat sol dari bahan daur ulang; sepatu yang sama, sudah direparasi, setahun kemudian.
ex-creative-justification = Layanan reparasi kami adalah kekuatan yang tidak ditawarkan pesaing mana pun, dan makin banyak anak muda berlari: ide ini menjawab keduanya, sekaligus menghadapi lini ramah lingkungan dari peritel besar.

## Strategi keterlibatan
ex-audience = Pelari berusia 18–35 tahun di Inggris Raya yang membeli online, dan pelanggan setia yang memesan ulang.
ex-audience-why = Data pesanan: 58% pesanan pertama berasal dari usia 18–35 tahun; survei pelanggan menunjukkan mereka peduli pada keberlanjutan.
ex-tactic-social = Iklan merek di Instagram dan kreator konten di jalur trail.
ex-tactic-social-why = Anna menghabiskan malamnya di Instagram; kami belum dikenal di kalangan pelari muda.
ex-tactic-video = Pre-roll YouTube sebelum video latihan.
ex-tactic-search = Iklan pencarian berbayar untuk nama merek dan nama model.
ex-tactic-search-why = Pencarian mendapat klik terakhir: kami harus hadir saat permintaan sudah siap.
ex-tactic-email = Email sambutan dan tips perawatan; SMS untuk anggota agar memesan ulang.
ex-tactic-club = Kemitraan dengan klub lari: hari lari trail dan ulasan.
ex-measure-reach = Jangkauan dan tingkat penyelesaian video di kalangan usia 18–35 tahun
ex-measure-cpa = Biaya per akuisisi dan tingkat konversi
ex-manage-marketing = Tim pemasaran
ex-manage-agency = Agensi iklan
ex-monitor-weekly = Dasbor yang ditinjau setiap Senin

## Bauran pemasaran
ex-mix-product = Product X, sepatu trail dari bahan daur ulang; sudah termasuk layanan reparasi.
ex-mix-product-decision = Diluncurkan pada bulan April dalam dua warna; reparasi gratis seumur hidup.
ex-mix-price = £120, di atas lini ramah lingkungan peritel besar.
ex-mix-price-decision = Pertahankan harga; jelaskan layanan reparasinya; tanpa diskon saat peluncuran.
ex-mix-place = Toko online kami; klub lari untuk hari lari trail.
ex-mix-place-decision = Hanya online; sepatu bisa dicoba di acara klub.
ex-mix-promotion = Instagram, YouTube, pencarian, email, klub lari.
ex-mix-promotion-decision = Alokasikan anggaran peluncuran untuk pembuka jalan terlebih dahulu, baru kemudian pencarian.

## Pemantauan
ex-review-1 = Pelari klub menanyakan apakah Product X cocok untuk kaki lebar.
ex-review-1-change = Tambahkan panduan ukuran dan versi lebar di halaman produk.
ex-review-2 = Iklan Instagram menjangkau para pelari, tetapi hanya sedikit yang mengklik: pesannya belum mengena.
ex-review-2-change = Uji materi kreatif yang menonjolkan reparasi, bukan bahan.
