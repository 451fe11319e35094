# Waymark — the example plan, English. An online retailer of sustainable running shoes
# (seed 002). Every locale's example file has exactly these ids (tests/i18n.rs).
# Loaded only when the user opens the example; each message becomes text in a new plan.

ex-name = Example: Stride & Co. running shoes
ex-description = Stride & Co. sells sustainable running shoes online in the UK. This plan should launch Product X, our first recycled trail shoe, and grow repeat purchases this year.

## Starting point
ex-start-now = We sell around 8,000 pairs a year online, mostly through paid search and to returning customers. Marketing is one person and an agency for ads.
ex-start-goal = Become the first choice for sustainable running shoes among runners aged 18–35.
ex-start-future = Launch Product X in April, sell 12,000 pairs this year, and have 30% of sales from returning customers.
ex-res-people-have = One marketer, a customer service team of three, the founders.
ex-res-people-gap = Nobody for video or SEO.
ex-res-budget-have = About £40,000 for the year.
ex-res-budget-gap = Most of it is already committed to paid search; little left for the launch.
ex-res-time-have = Three months before the April launch.
ex-res-time-gap = The founders have little time for content.
ex-res-expertise-have = Email, social media, customer service.
ex-res-expertise-gap = Video production, influencer partnerships.

## Customer context
ex-customer-segments = Two segments: runners of 18–35 who buy online after reading reviews, and loyal customers over 40 who reorder the same model every year.
ex-customer-segments-evidence = Order data 2026: 58% of first orders from 18–35s.
ex-customer-awareness = Known among serious runners for comfort; most younger runners have never heard of us.
ex-customer-awareness-evidence = Survey of 400 customers, January.
ex-customer-reputation = Brand searches up 12% on last year; email sign-ups flat; reviews are positive but few.
ex-customer-reputation-evidence = Search Console and the email platform.
ex-customer-competition = Three large sports retailers and many small shops; the large ones discount heavily every season.
ex-customer-competition-evidence = Our own price checks.

## Business context
ex-business-strategy = We sell only sustainable running shoes, with free returns and a repair service.
ex-business-strategy-evidence = The founders' view.
ex-business-positioning = Seen as ethical and high quality, but also as expensive.
ex-business-positioning-evidence = Customer survey and reviews.
ex-business-partners = Long relationships with two manufacturers; no affiliate partners yet.
ex-business-partners-evidence = Supplier contracts.
ex-business-identity = Domain authority 38, higher than the small shops, lower than the big retailers.
ex-business-identity-evidence = SEO tool report, February.

## External context
ex-external-consumers = "Weekend Anna", 29, trains for half marathons and compares prices on her phone; "Loyal Lars", 46, buys the same model every spring.
ex-external-consumers-evidence = Interviews with eight customers.
ex-external-media = Present in paid search, Instagram and email; absent from YouTube and running podcasts.
ex-external-media-evidence = Channel report.
ex-external-affiliates = Two running blogs link to us informally; we are not on any marketplace.
ex-external-affiliates-evidence = Referral data.
ex-external-environment = Rising prices make customers careful; new rules on green claims; more people run since the pandemic.
ex-external-environment-evidence = Industry reports.

## Internal context
ex-internal-budget = About £40,000 for the year, most of it already committed to paid search.
ex-internal-budget-evidence = The budget for 2027.
ex-internal-culture = Excellent customer service: replies within an hour, and free repairs.
ex-internal-culture-evidence = Service statistics, NPS 62.
ex-internal-expertise = One marketer who knows email and social; nobody for video or SEO.
ex-internal-expertise-evidence = Our own assessment.
ex-internal-capacity = Stock for about 20% more orders; the delivery partner can scale; service would need one more person.
ex-internal-capacity-evidence = Warehouse and service planning.

## SWOT cards typed on the board
ex-swot-s1 = Repair service no competitor offers
ex-swot-w1 = Few reviews on our product pages
ex-swot-o1 = Running clubs want sustainable kit partners
ex-swot-o2 = Trail running is growing fast
ex-swot-t1 = Big retailers launch their own green ranges

## PESTLE factors
ex-pestle-political = Trade rules for imported shoes may change
ex-pestle-economic = Customers spend less as prices rise
ex-pestle-social = More people run, especially 18–35-year-olds
ex-pestle-technological = Shoppers expect to try shoes in AR
ex-pestle-legal = New rules on green claims in advertising
ex-pestle-environmental = Recycled materials become cheaper

## TOWS strategies
ex-tows-so = Partner with running clubs: members get free repairs for a year.
ex-tows-st = Make the repair service the centre of the launch: greener than any new range.
ex-tows-wo = Ask club runners to review Product X in exchange for trail-day tickets.
ex-tows-wt = Put the marketing budget on the two channels that drive repeat purchases.

## Personas
ex-anna-name = Weekend Anna
ex-anna-segment = Runners aged 18–35 who buy online
ex-anna-life-stage = 29, first job in the city, no children
ex-anna-goals = Run a half marathon this autumn without injuries.
ex-anna-needs = Comfortable shoes she can trust, at a fair price.
ex-anna-pains = Too many choices; reviews she cannot trust; returns that cost money.
ex-anna-places = Instagram, YouTube training videos, a Saturday running club.
ex-lars-name = Loyal Lars
ex-lars-segment = Loyal customers over 40
ex-lars-life-stage = 46, two teenagers, runs before work
ex-lars-goals = Keep running three times a week.
ex-lars-needs = The same model he trusts, delivered fast.
ex-lars-pains = Models that change or disappear.
ex-lars-places = LinkedIn at lunch, email, the commute past billboards.

## Anna's journey, by stage
ex-anna-awareness-goal = Find out what shoes serious runners wear.
ex-anna-awareness-message = Sustainable shoes, made to last.
ex-anna-awareness-when = Evenings, scrolling after training
ex-anna-awareness-thoughts = "Do green shoes really run well?"
ex-anna-awareness-kpi = Reach among 18–35s
ex-anna-consideration-goal = Compare three models.
ex-anna-consideration-why = Free repairs, honest reviews.
ex-anna-consideration-friction = Few reviews on our product pages.
ex-anna-consideration-kpi = Product page views
ex-anna-decision-goal = Choose one and check the price.
ex-anna-decision-friction = Unsure about the size.
ex-anna-decision-opportunities = A size guide with a fit check.
ex-anna-decision-kpi = Add to basket rate
ex-anna-purchase-goal = Buy without fuss.
ex-anna-purchase-kpi = Conversion rate
ex-anna-retention-message = How is the fit after 100 km?
ex-anna-retention-kpi = Repeat purchase rate
ex-anna-advocacy-opportunities = Invite her to review Product X.
ex-anna-advocacy-kpi = Reviews written
ex-tp-anna-1 = Brand ad on Instagram
ex-tp-anna-2 = Trail video on YouTube
ex-tp-anna-3 = Reviews of Product X
ex-tp-anna-4 = Search for "trail running shoes"
ex-tp-anna-5 = Checkout on the website
ex-tp-anna-6 = Welcome email with care tips
ex-tp-anna-7 = Running club newsletter

## Lars's journey, by stage
ex-lars-awareness-message = Your model is back, made from recycled materials.
ex-lars-awareness-kpi = Members reached
ex-lars-consideration-why = He trusts the fit.
ex-lars-consideration-kpi = Email clicks
ex-lars-decision-thoughts = "Same shoe, greener? Good."
ex-lars-decision-kpi = Visits to the product page
ex-lars-purchase-goal = Reorder in two minutes.
ex-lars-purchase-kpi = Conversion rate
ex-lars-retention-kpi = Repeat purchase rate
ex-tp-lars-1 = Member SMS
ex-tp-lars-2 = Poster on the commute
ex-tp-lars-3 = Post on LinkedIn at lunch
ex-tp-lars-4 = Search for the model's name

## Attribution: seed 004's Lars
ex-path-1 = Brand ad on Instagram
ex-path-2 = Member SMS
ex-path-3 = LinkedIn at lunch
ex-path-4 = Outdoor poster
ex-path-5 = YouTube pre-roll
ex-path-6 = Sunday search for "trail running shoes"

## SMART objectives (seed 002)
ex-obj-1 = Raise brand visibility for Product X among 18–35-year-olds in the UK by 20%
ex-obj-1-metric = Brand searches a month
ex-obj-1-unit = searches
ex-obj-1-audience = UK, 18–35-year-olds
ex-obj-1-measured = Web analytics (brand searches), a survey, social likes and shares, a promo URL in magazines and direct mail
ex-obj-1-manager = The marketing team
ex-obj-2 = Sell 10% more of Product X than in the same quarter last year
ex-obj-2-metric = Pairs of Product X sold
ex-obj-2-unit = pairs
ex-obj-2-audience = UK online shop
ex-obj-2-measured = Uplift over three months, and conversion rate per online tactic, to find the most cost-effective channel
ex-obj-2-manager = The stock team
ex-kpi-1 = Brand search volume
ex-kpi-2 = Instagram reach among 18–35s
ex-kpi-3 = Cost per acquisition
ex-kpi-4 = Conversion rate per tactic
ex-kpi-5 = Customer lifetime value

## The creative idea
ex-creative-headline = Product X: the trail shoe made from recycled materials, with free repairs for life.
ex-creative-promotions = Trail days with running clubs; a repair café at launch events; 10% off a second pair for members.
ex-creative-tagline = Run further. Waste less.
ex-creative-storyboard = A runner on a muddy trail; close-ups of the recycled sole; the same shoe, repaired, a year later.
ex-creative-justification = Our repair service is a strength no competitor offers, and more young people run: the idea answers both, against big retailers' green ranges.

## The engagement strategy
ex-audience = Runners aged 18–35 in the UK who buy online, and loyal customers who reorder.
ex-audience-why = Order data: 58% of first orders come from 18–35s; the customer survey shows they care about sustainability.
ex-tactic-social = Instagram brand ads and creators on the trail.
ex-tactic-social-why = Anna spends her evenings on Instagram; we are unknown among younger runners.
ex-tactic-video = YouTube pre-roll before training videos.
ex-tactic-search = Paid search on brand and model names.
ex-tactic-search-why = Searches take the last click: we must be there when demand is ready.
ex-tactic-email = Welcome and care emails; member SMS for reorders.
ex-tactic-club = Partnerships with running clubs: trail days and reviews.
ex-measure-reach = Reach and video completion among 18–35s
ex-measure-cpa = Cost per acquisition and conversion rate
ex-manage-marketing = The marketing team
ex-manage-agency = The ad agency
ex-monitor-weekly = A dashboard reviewed every Monday

## The marketing mix
ex-mix-product = Product X, a recycled trail shoe; repairs included.
ex-mix-product-decision = Launch in April in two colours; repairs free for life.
ex-mix-price = £120, above big retailers' green ranges.
ex-mix-price-decision = Keep the price; explain the repairs; no discounts at launch.
ex-mix-place = Our online shop; running clubs for trail days.
ex-mix-place-decision = Online only; try-on at club events.
ex-mix-promotion = Instagram, YouTube, search, email, running clubs.
ex-mix-promotion-decision = Put the launch budget on discoverers first, then search.

## Monitoring
ex-review-1 = Club runners ask whether Product X fits wide feet.
ex-review-1-change = Add a fit guide and a wide version to the product page.
ex-review-2 = Instagram ads reach runners, but few click: the message does not resonate yet.
ex-review-2-change = Test a creative around repairs instead of materials.
