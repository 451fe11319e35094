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
