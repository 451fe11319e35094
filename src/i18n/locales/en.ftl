# Waymark — English. Every other locale file must have exactly these message ids
# (tests/i18n.rs fails otherwise). Keep placeables ({ $name }) as they are.

## The shell
# How a label is joined to its value ("Goal: …", "目標：…") and the items of a list
# ("External, Customer", "外部、顧客"): the separators belong to the language.
sep-label = { ": " }
sep-list = { ", " }
sep-items = { "; " }
app-name = Waymark
app-tagline = Marketing strategy, one step at a time
skip-to-content = Skip to content
nav-label = Sections
nav-overview = Overview
header-tools = Plan tools
plan-name-label = Plan name
language-label = Language
theme-label = Theme
theme-system = System
theme-light = Light
theme-dark = Dark
language-load-failed = This language could not be loaded. Check your connection and try again.
undo = Undo
redo = Redo
undo-title = Undo (Ctrl+Z)
redo-title = Redo (Ctrl+Shift+Z)

## What an undo or redo changed (app/undo.rs; the page is a nav-* name)
undo-done = Undid: { $what } on { $page }
redo-done = Redid: { $what } on { $page }
undo-done-here = Undid: { $what }
redo-done-here = Redid: { $what }
undo-what-name = plan name
undo-what-description = plan description
undo-what-language = plan language
undo-what-start = starting point
undo-what-answer = health-check answer
undo-what-card = SWOT card
undo-what-factor = PESTLE factor
undo-what-strategy = TOWS strategy
undo-what-persona = persona
undo-what-stage = journey stage
undo-what-touchpoint = touchpoint
undo-what-journey = journey map entry
undo-what-path = attribution path
undo-what-reading = reading
undo-what-kpi = KPI
undo-what-objective = objective
undo-what-creative = creative idea
undo-what-tactic = tactic
undo-what-engagement = engagement strategy
undo-what-mix = marketing mix
undo-what-review = review note
undo-what-plan = plan
footer-privacy = Your plan stays in this browser. Waymark has no account and sends nothing anywhere.

## Save status
save-status-label = Save status
save-saved = Saved
save-saving = Saving…
save-failed = Not saved
save-memory = Not kept

## Welcome (no plan yet)
welcome-title = Know where you are before the map helps
welcome-lead = Waymark takes you from a health check of your business to a marketing plan you can run: barriers and opportunities, SMART objectives, a creative idea, the channels that work together, and how you will measure it.
welcome-name-label = Name your plan
welcome-name-help = You can change it at any time.
welcome-name-placeholder = For example: Spring launch 2027
welcome-create = Create plan
welcome-default-name = My marketing plan
welcome-private = Everything you write stays in this browser. There is no account, and nothing is sent anywhere.

## Overview
overview-title = Overview
overview-name-label = Plan name
overview-description-label = About this plan
overview-description-help = A few sentences: what the business does, who it serves, and what this plan should achieve.
overview-description-placeholder = For example: We sell sustainable running shoes online. This plan should grow repeat purchases among 25–40-year-olds this year.
overview-details = Details
overview-created = Created
overview-updated = Last changed
overview-plan-language = Language of the plan
overview-plan-language-help = The language your plan is written in. The interface language is set in the header.

## Storage and safety messages
storage-blocked = This browser does not let Waymark store data here, so nothing you write will be kept after you close this page.
storage-full = The browser's storage is full, so your latest changes are not saved. The last saved version is safe. Free some space (for example, delete old site data), and Waymark will save again with your next change.
storage-failed = Saving failed: { $detail }. The last saved version is safe.
save-newer-version = A newer version of Waymark saved this plan (format version { $found }). This page stopped saving so it does not overwrite that work. Reload the page to continue.
rescued-title = A saved plan could not be opened
rescued-body = It was kept exactly as it was stored. Download it to keep a copy; a later version of Waymark may be able to open it.
rescued-reason = Reason: { $reason }
rescued-download = Download saved data
migrated-notice = This plan was saved by an older version of Waymark (format version { $version }) and has been brought up to date.
dismiss = Dismiss

## Why a stored document could not be read
schema-too-large = it is larger than 5 MB
schema-not-json = it is not valid JSON
schema-not-a-plan = it is not a Waymark plan
schema-newer-version = it was saved by a newer version of Waymark (format version { $found })
schema-invalid = its content does not match a Waymark plan ({ $detail })

## Why a change was refused
error-empty-name = A plan needs a name.
error-too-long = That text is too long: at most { $max } characters.

## Not found
not-found-title = Page not found
not-found-body = There is nothing at this address.
not-found-home = Go to the overview

## Navigation of the sections
nav-health = Health check
nav-plans = Plans

## Health check: the wizard
hc-title = Health check
hc-lead = Know where you are before the map helps. Answer what you can, rate how strong you are, and note where each answer comes from. Nothing is mandatory: you can come back at any time.
hc-steps-label = Steps of the health check
hc-step-start = Starting point
hc-step-customer = Customer context
hc-step-business = Business context
hc-step-external = External context
hc-step-internal = Internal context
hc-step-summary = Summary
hc-state-complete = Complete
hc-state-partly = { $done } of { $total }
hc-state-not-started = Not started
hc-step-of = Step { $n } of { $total }
hc-back = Back
hc-next = Next
hc-to-summary = See the summary

## Health check: the starting point (seed 003)
hc-start-intro = Before anything else: where are you now, where do you want to be, and what do you have to get there?
hc-start-now = Where are we now?
hc-start-now-help = The business today: what you sell, to whom, how marketing works now and what it achieves.
hc-start-now-placeholder = For example: We sell running shoes online in the UK; most sales come from paid search and returning customers.
hc-start-scope = What kind of strategy is this?
hc-start-scope-annual = A strategy for the whole year
hc-start-scope-micro = A micro-strategy for one launch or campaign
hc-start-scope-none = Not decided
hc-start-goal = What is the goal?
hc-start-goal-help = What should the strategy accomplish? The big picture, in a sentence or two.
hc-start-goal-placeholder = For example: Become the first choice for sustainable running shoes among younger runners.
hc-start-future = What is the concrete future state?
hc-start-future-help = Unlike the goal, this must be concrete: move X units, enter a new territory, launch a product, fend off a competitive threat.
hc-start-future-placeholder = For example: Sell 12,000 pairs online this year, 30% of them to returning customers.
hc-resources = Resources and gaps
hc-resources-help = Take stock of what you have. Marketing managers rarely have everything they want: note where extra support is needed.
hc-size-title = Size and budget
hc-team-size = People in the business
hc-team-size-help = Count yourself too: the advice is phrased for the size of the business.
hc-team-size-invalid = Write a whole number of people, such as 2.
hc-budget = Marketing budget for this strategy
hc-budget-help = What the plan may spend. The budget scenarios of the engagement strategy are checked against it.
currency = Currency
currency-help = One for the whole plan: every amount is shown in it.
currency-none = None (numbers only)
hc-resource-people = People
hc-resource-budget = Budget
hc-resource-time = Time
hc-resource-expertise = Expertise
hc-resource-have = What we have
hc-resource-gap = What is missing

## Health check: answering a prompt
hc-answer-label = Your answer
hc-example-toggle = See an example answer
hc-rating-legend = How strong are you here?
hc-rating-weak = Weak
hc-rating-strong = Strong
hc-rating-dont-know = Don't know
hc-rating-clear = Clear rating
hc-evidence-kind = Where does this answer come from?
hc-evidence-none = Not said
hc-evidence-research = Research
hc-evidence-data = Data
hc-evidence-opinion = Opinion
hc-evidence-note = Evidence note
hc-evidence-note-placeholder = A survey, a report, a figure…

## Health check: the four contexts (DOMAIN.md §1)
hc-context-customer = Customer
hc-context-business = Business
hc-context-external = External
hc-context-internal = Internal
hc-intro-customer = Who your customers are, how they see you, and who competes for them.
hc-intro-business = Your strategy, how you stand apart, and how partners and the web see you.
hc-intro-external = The stakeholders around you: consumers, media and affiliates, and the wider environment.
hc-intro-internal = Look at the business critically from the inside: money, culture and skills.

hc-customer-segments-q = Which customer segments interact with the business?
hc-customer-segments-help = Think of both acquisition (people you win) and communication (people you keep talking to). Who are they?
hc-customer-segments-example = Two segments: runners of 18–35 who buy online after reading reviews, and loyal customers over 40 who reorder the same model every year.
hc-customer-awareness-q = How aware of you are they, and what do they think of you?
hc-customer-awareness-help = Their awareness, perception and attitude towards your brand, as far as you know it.
hc-customer-awareness-example = Known among serious runners for comfort; most younger runners have never heard of us.
hc-customer-reputation-q = Is your reputation growing?
hc-customer-reputation-help = Look for signs: brand searches growing, positive sentiment on social media, more email sign-ups.
hc-customer-reputation-example = Brand searches up 12% on last year; email sign-ups flat; reviews are positive but few.
hc-customer-competition-q = How competitive is your sector?
hc-customer-competition-help = How many competitors are there, and what do they do to win market share and your customers?
hc-customer-competition-example = Three large sports retailers and many small shops; the large ones discount heavily every season.

hc-business-strategy-q = What are your corporate and marketing strategies?
hc-business-strategy-help = In other words: how do you set the business apart from competitors?
hc-business-strategy-example = We sell only sustainable running shoes, with free returns and a repair service.
hc-business-positioning-q = How do customers see your brand's position?
hc-business-positioning-help = Evaluating your brand positioning gives you the outside view of how customers perceive the business.
hc-business-positioning-example = Seen as ethical and high quality, but also as expensive.
hc-business-partners-q = How do suppliers and partners see you?
hc-business-partners-help = Are you a trusted partner? Which partnerships are operating now?
hc-business-partners-example = Long relationships with two manufacturers; no affiliate partners yet.
hc-business-identity-q = How strong is your organisation's identity online?
hc-business-identity-help = For an online business: the strength of your domain and your site's authority, as SEO tools show it.
hc-business-identity-example = Domain authority 38, higher than the small shops, lower than the big retailers.

hc-external-consumers-q = Which kinds of consumers do you attract?
hc-external-consumers-help = Describe the types of consumers as personas: who they are, what they need, where they spend time.
hc-external-consumers-example = "Weekend Anna", 29, trains for half marathons and compares prices on her phone; "Loyal Lars", 46, buys the same model every spring.
hc-external-media-q = In which media is your brand present, or could it be?
hc-external-media-help = The channels where the brand is available or could interact with end users.
hc-external-media-example = Present in paid search, Instagram and email; absent from YouTube and running podcasts.
hc-external-affiliates-q = Do others offer alternative routes to your products?
hc-external-affiliates-help = Affiliates, marketplaces and partners that bring customers to your offer.
hc-external-affiliates-example = Two running blogs link to us informally; we are not on any marketplace.
hc-external-environment-q = What is changing around you?
hc-external-environment-help = Political, economic, social, technological, legal and environmental changes that could help or hurt you. The SWOT and PESTLE come next.
hc-external-environment-example = Rising prices make customers careful; new rules on green claims; more people run since the pandemic.

hc-internal-budget-q = What is your realistic marketing budget?
hc-internal-budget-help = Financial constraints: how much is really available, and does your overall strategy fit it?
hc-internal-budget-example = About £40,000 for the year, most of it already committed to paid search.
hc-internal-culture-q = What does your culture do best?
hc-internal-culture-help = Culture, values and beliefs: has the business built excellence in customer service, for example, or in delivery?
hc-internal-culture-example = Excellent customer service: replies within an hour, and free repairs.
hc-internal-expertise-q = Do you have the marketing expertise you need?
hc-internal-expertise-help = The skills, staff and resources to carry the plan in your organisation.
hc-internal-expertise-example = One marketer who knows email and social; nobody for video or SEO.
hc-internal-capacity-q = Could you serve success?
hc-internal-capacity-help = If the plan works, can stock, delivery and customer service keep up? Success the business cannot serve is a common mistake.
hc-internal-capacity-example = Stock for about 20% more orders; delivery partner can scale; service would need one more person.

## Health check: the summary
hc-summary-intro = Your scores, the weakest areas, and what to do next.
hc-scores = Scores by context
hc-score-of = { $score } of 5
hc-score-none = No score yet
hc-score-answered = { $answered } of { $total } answered
hc-score-dont-know = { $count } don't know
hc-weakest = Weakest area
hc-weak = Weak
hc-weak-rule = A context is weak when its score is below 3 of 5.
hc-chart-title = Health check radar
hc-chart-alt = Radar chart of the four context scores, from 1 (weak) to 5 (strong): { $scores }.
hc-chart-table = The scores as a table
hc-col-context = Context
hc-col-score = Score
hc-col-answered = Answered
hc-next-steps = Next steps
hc-next-none = Rate a few prompts to get recommendations.
hc-unanswered = Not answered yet
hc-unanswered-none = Every prompt has an answer.
hc-answer-now = Answer
hc-to-swot = Take answers to the SWOT
hc-to-swot-help = Strengths and weaknesses come from the business and internal contexts; opportunities and threats from the customer and external contexts.
hc-send-strength = Add as strength
hc-send-weakness = Add as weakness
hc-send-opportunity = Add as opportunity
hc-send-threat = Add as threat
hc-in-swot = On the SWOT as: { $column }
hc-no-answers-to-send = Write some answers first; then you can send them to the SWOT.

## SWOT quadrants and PESTLE columns
col-strengths = Strengths
col-weaknesses = Weaknesses
col-opportunities = Opportunities
col-threats = Threats
col-political = Political
col-economic = Economic
col-social = Social
col-technological = Technological
col-legal = Legal
col-environmental = Environmental

## Next steps (the rules live in src/domain/health_check.rs)
next-research-audience-title = Research your audience
next-research-audience-body = Your customer context is weak. Send surveys, make calls, or hold focus groups, with both current and prospective customers: your internal view of what they want is usually biased.
next-sharpen-positioning-title = Sharpen your positioning
next-sharpen-positioning-body = Your business context is weak. List each competitor and how its USP differs from yours, and find out how customers see your brand.
next-map-environment-title = Map your environment
next-map-environment-body = Your external context is weak. Fill in the SWOT and the PESTLE, and describe your key stakeholders: consumer personas, media and affiliates.
next-gap-analysis-title = Do a resource gap analysis
next-gap-analysis-body = Your internal context is weak. Take stock of people, budget, time and expertise, and find where you need extra support to carry the strategy.
next-track-reputation-title = Track your reputation
next-track-reputation-body = Measure the signs of a growing reputation every month: brand searches, social sentiment and email sign-ups.
next-study-competitors-title = Study your competitors
next-study-competitors-body = Identify each competitor, what it does to win market share, and how its offer differs from yours.
next-review-partnerships-title = Review your partnerships
next-review-partnerships-body = Check whether suppliers trust you, and whether your proposition makes affiliates want to sell for you.
next-budget-scenarios-title = Prepare budget scenarios
next-budget-scenarios-body = Your budget is tight. Prepare good, better and best scenarios so finance can approve what the strategy really needs.
next-budget-scenarios-body-micro = Your budget is tight. Prepare good, better and best scenarios, so you can see what each level of spending buys before you commit.
next-involve-experts-title = Involve the right people
next-involve-experts-body = Skills are missing. Bring in product marketing, content, creative or an agency, and involve sales and customer service early.
next-serve-success-title = Make sure you can serve success
next-serve-success-body = Check stock, delivery and customer service before you grow demand: success the business cannot serve hurts the brand.
next-find-evidence-title = Find out what you don't know
next-find-evidence-body = Several answers are "don't know". Gather data or ask customers before you build on guesses.
next-validate-opinions-title = Check your opinions
next-validate-opinions-body = More answers rest on opinion than on research or data. Test the important ones with customers, sales and customer service.
next-validate-opinions-body-micro = More answers rest on opinion than on research or data. Test the important ones with a few customers: ask them directly.
next-involve-experts-body-micro = Skills are missing. Bring in a freelancer or an agency for what you cannot do yourselves, and keep time to brief them.
next-serve-success-body-micro = Check stock, delivery and how fast you can answer customers before you grow demand: success a small team cannot serve hurts the brand.
next-close-gaps-title = Close your resource gaps
next-close-gaps-body = You noted gaps in your resources. Decide how to close each one, or plan around it.
next-define-goal-title = Define the goal and the future state
next-define-goal-body = Say what the strategy should achieve and what concrete state you aim for before you set SMART objectives.
next-to-swot-title = Move on to the SWOT
next-to-swot-body = Your contexts look strong. Turn what you found into strengths, weaknesses, opportunities and threats.

## Plans
plans-title = Your plans
plans-lead = Every plan is kept in this browser.
plans-open = Open
plans-current = Open now
plans-updated = Last changed { $date }
plans-new = New plan
plans-example = Open the example plan
plans-example-help = A complete health check of an online shoe retailer, opened as a new plan. Your own plans are not touched.
plans-example-failed = The example plan could not be loaded. Check your connection and try again.
plans-open-failed = This plan could not be opened. Reload the page: if it is damaged, Waymark will offer it as a download.
welcome-example = Or look around in an example plan first
error-unknown-prompt = That question does not exist.
error-nothing-to-send = Write an answer first; an empty answer cannot go on the SWOT.
error-wrong-column = That does not fit there.
error-already-sent = That answer is already on the SWOT.
error-duplicate-id = That item already exists.
error-too-many = There can be at most { $max } items here.

## Navigation: barriers and opportunities
nav-swot = SWOT
nav-pestle = PESTLE
nav-tows = Strategies

## Boards (SWOT and PESTLE)
board-keyboard-help = Keyboard: focus a card, press Space to pick it up, move it with the arrow keys, and press Space again to drop it (Escape puts it back). Enter edits a card.
board-position = { $column }, position { $position } of { $count }
board-lifted = Picked up “{ $card }” in { $place }. Move it with the arrow keys; Space drops it, Escape puts it back.
board-dropped = Dropped “{ $card }” in { $place }.
board-cancelled = “{ $card }” is back where it was.
board-deleted = Deleted “{ $card }”.
board-added = Added “{ $card }” to { $column }.
board-edited = Changed to “{ $card }”.
board-moved = Moved “{ $card }” to { $column }.
board-detail-set = { $field } of “{ $card }”: { $value }.
board-count = { $count ->
    [one] 1 card
   *[other] { $count } cards
}
board-edit = Edit
board-edit-label = Card text
board-move = Move “{ $card }”
board-move-to = Move to…
board-move-up = Up
board-move-down = Down
board-details = Details
board-delete = Delete
board-delete-card = Delete “{ $card }”
board-notes = Notes or evidence
board-confidence = Confidence
board-confidence-none = Not said
board-confidence-assumption = Assumption
board-confidence-evidence = Evidence
board-weight = Weight
board-impact = Impact
board-likelihood = Likelihood
board-weight-value = Weight { $value }
board-impact-value = Impact { $value }
board-likelihood-value = Likelihood { $value }
board-from-health = From the health check
board-has-notes = Notes
col-strengths-hint = Internal · what helps
col-weaknesses-hint = Internal · what holds you back
col-opportunities-hint = External · what you could use
col-threats-hint = External · what could hurt you
col-political-hint = Government, policy, trade
col-economic-hint = Prices, income, exchange rates
col-social-hint = Habits, values, demographics
col-technological-hint = Tools, platforms, innovation
col-legal-hint = Laws, rules, standards
col-environmental-hint = Climate, resources, sustainability
col-strengths-add = Add a strength
col-weaknesses-add = Add a weakness
col-opportunities-add = Add an opportunity
col-threats-add = Add a threat
col-political-add = Add a political factor
col-economic-add = Add an economic factor
col-social-add = Add a social factor
col-technological-add = Add a technological factor
col-legal-add = Add a legal factor
col-environmental-add = Add an environmental factor

## Checks beside the boards
checks-title = Checks
checks-none = Nothing to check: this board looks complete.
check-empty = { $column } has no card yet.
check-duplicate = “{ $card }” appears twice.
check-unrated = “{ $card }” has no impact or likelihood yet.
check-unused = “{ $card }” is not used in any strategy yet.
check-broken = A strategy lost one of its sources: “{ $strategy }”.

## SWOT
swot-title = SWOT
swot-lead = Strengths and weaknesses are inside the business; opportunities and threats come from outside. Weigh each card from 1 to 5 and say whether it rests on evidence.

## PESTLE
pestle-title = PESTLE
pestle-lead = The forces around the business. Rate each factor for impact and likelihood: the matrix shows which ones to plan for first.
pestle-matrix = Impact and likelihood
pestle-matrix-caption = Each number is a factor's place in the list.
pestle-likelihood = Likelihood
pestle-impact = Impact
pestle-score = Impact × likelihood
pestle-factor = Factor
pestle-ranking = Factors by impact × likelihood
pestle-ranking-empty = Rate the impact and likelihood of a factor to rank it.
pestle-chart-alt = Matrix of impact against likelihood for { $count } factors; the highest is “{ $top }” at { $score } of 25.
pestle-chart-empty = Matrix of impact against likelihood; no factor is rated yet.

## TOWS strategies
tows-title = Strategies (TOWS)
tows-lead = Pair what you found: use strengths to take opportunities and counter threats, and overcome weaknesses. Each strategy keeps a link to its two cards.
tows-new = New strategy
tows-internal = A strength or weakness
tows-external = An opportunity or threat
tows-pick = Choose a card…
tows-strategy-label = The strategy
tows-strategy-placeholder = What will you do?
tows-add = Add strategy
tows-so = Strengths × opportunities (SO)
tows-st = Strengths × threats (ST)
tows-wo = Weaknesses × opportunities (WO)
tows-wt = Weaknesses × threats (WT)
tows-so-hint = Use strengths to take opportunities.
tows-st-hint = Use strengths to counter threats.
tows-wo-hint = Overcome weaknesses by taking opportunities.
tows-wt-hint = Limit weaknesses and avoid threats.
tows-none = No strategy yet.
tows-broken = Strategies to look at again
tows-broken-hint = A source card was deleted or moved to another quadrant. Undo brings a deleted card back.
tows-source-removed = Deleted card: “{ $card }”
tows-source-missing = A card that no longer exists
tows-delete = Delete strategy
error-empty-text = Write something first.
error-out-of-range = Choose a value from { $min } to { $max }.
error-unknown-item = That item no longer exists.

## Navigation: the customer
nav-personas = Personas
nav-journey = Journey
nav-team = Team sheet
nav-attribution = Attribution

## Personas
personas-title = Personas
personas-lead = Who the journeys are for. Describe the kinds of customers you attract: what they want, what troubles them, and where they spend their time.
personas-add = Add a persona
personas-add-placeholder = For example: Weekend Anna
personas-add-button = Add
personas-duplicate = Duplicate
personas-delete = Delete
personas-delete-named = Delete { $name }
personas-copy-name = { $name } (copy)
persona-name = Name
persona-name-placeholder = A name that brings them to mind
persona-segment = Segment
persona-segment-placeholder = For example: runners aged 18–35 who buy online
persona-life-stage = Life stage
persona-life-stage-placeholder = For example: starting a career, no children
persona-goals = Goals
persona-goals-placeholder = What do they want to achieve?
persona-needs = Needs
persona-needs-placeholder = What do they need from a brand like yours?
persona-pains = Pain points
persona-pains-placeholder = What troubles or stops them?
persona-media = Media they prefer
persona-places = Where they spend time
persona-places-placeholder = Apps, sites, shops, places
media-text = Text
media-images = Images
media-audio = Audio
media-video = Video

## The journey map
journey-title = Buyer journey
journey-lead = Map, per persona, the stages from first meeting the brand to buying again: what they want and hear, where they meet you, when, why they choose you, and what they think and feel.
journey-no-personas = Add a persona first: every journey belongs to someone.
journey-to-personas = Go to personas
journey-no-stages = Choose the stages your journeys go through. You can rename, add, remove and reorder them afterwards.
journey-template-default = Buyer journey: awareness to advocacy (6 stages)
journey-template-race = RACE: reach, act, convert, engage (4 stages)
journey-persona = Persona
journey-help = Every cell is saved as you type. Touchpoints can be dragged to another stage, or moved with their menu.
journey-map-label = Journey map
journey-stage = Stage
journey-stage-name = Name of stage { $n }
journey-stage-added = Added stage { $stage }.
journey-stage-moved = Moved { $stage } to position { $position } of { $count }.
journey-stage-deleted = Deleted stage { $stage }.
journey-stage-left = Move { $stage } earlier
journey-stage-right = Move { $stage } later
journey-stage-delete = Delete the stage { $stage }
journey-add-stage = Add stage
journey-new-stage = New stage
journey-add-touchpoint = Add a touchpoint…
journey-tp-label = { $channel }: { $ownership }, { $role }
journey-tp-added = Added { $channel } to { $stage }.
journey-tp-moved = Moved { $channel } to { $stage }.
journey-tp-moved-in = Moved { $channel } to position { $position } of { $count }.
journey-tp-deleted = Deleted { $channel } from { $stage }.
journey-tp-updated = Updated { $channel }: { $ownership }, { $role }.
journey-tp-channel = Channel
journey-tp-custom = Channel name
journey-tp-ownership = Paid, owned or earned
journey-tp-role = Role
journey-tp-note = What happens there
journey-ownership-help = Paid: ads you buy. Owned: your site, shop, posts, email. Earned: reviews, shares, press.
journey-role-help = Discoverer: makes people aware of you. Goal scorer: turns interest into a sale.
journey-showing = Showing { $stage }, stage { $position } of { $count }.
journey-emotion = Emotion curve
journey-emotion-alt = Line chart of how { $count } personas feel across { $stages } stages, from very negative (−2) to very positive (+2). The table below gives the values.
journey-mix = Channel mix: { $persona }
journey-mix-alt = Stacked bars of { $persona }'s touchpoints at each stage, split into paid, owned and earned. The table below gives the numbers.
chart-as-table = Show the numbers as a table
journey-coverage = Coverage
journey-coverage-none = Every stage is covered.
stage-awareness = Awareness
stage-consideration = Consideration
stage-decision = Decision
stage-purchase = Purchase
stage-retention = Retention
stage-advocacy = Advocacy
stage-reach = Reach
stage-act = Act
stage-convert = Convert
stage-engage = Engage
lane-goal = Goal
lane-message = Our message
lane-where = Touchpoints
lane-when = When
lane-why = Why us
lane-thoughts = Thoughts
lane-emotion = Emotion
lane-friction = Friction points
lane-opportunities = Opportunities
lane-kpi = KPI
emotion-very-negative = −2 Very negative
emotion-negative = −1 Negative
emotion-neutral = 0 Neutral
emotion-positive = +1 Positive
emotion-very-positive = +2 Very positive
channel-search = Search
channel-social = Social media
channel-email = Email
channel-sms = SMS
channel-display = Display ads
channel-online-video = Online video
channel-website = Website
channel-app = App
channel-review-sites = Review sites
channel-affiliates = Affiliates
channel-outdoor = Outdoor
channel-tv = TV
channel-radio = Radio
channel-print = Print
channel-shop = Shop
channel-phone = Phone
channel-customer-service = Customer service
channel-custom = Other…
ownership-paid = Paid
ownership-owned = Owned
ownership-earned = Earned
role-discoverer = Discoverer
role-goal-scorer = Goal scorer
role-both = Discoverer and goal scorer
role-discoverer-short = D
role-goal-scorer-short = G
role-both-short = D+G
coverage-absent = { $persona } meets no touchpoint at { $stage }: the business is not present there.
coverage-no-kpi = { $persona } at { $stage }: no KPI says how success is measured.
coverage-no-discoverer = { $persona } at { $stage }: only goal scorers play; nothing creates demand.
coverage-medium = { $persona } prefers { $medium }, but no touchpoint uses it.
coverage-ends-at-purchase = { $persona }'s journey stops at the purchase: nothing keeps them coming back.

## The team sheet
team-title = Team sheet
team-table = Each channel's role at each stage
team-lead = Paid, owned and earned channels play as one team: discoverers create demand, goal scorers harvest it. This sheet shows who plays where, across every persona's journey.
team-channel = Channel
team-none = Not used
team-empty = Add touchpoints to the journeys to see the team.

## Attribution
attribution-title = Attribution
attribution-lead = Many touchpoints come before the last click. List a sample path before a conversion and see how much credit each channel gets under five models.
attribution-path = The path to a conversion
attribution-path-help = From the first touchpoint to the last, which gets the last click.
attribution-add-step = Add a touchpoint
attribution-step-label = What happened
attribution-days = Days before
attribution-earlier = Move { $step } earlier
attribution-later = Move { $step } later
attribution-delete = Delete { $step }
attribution-value = Conversion value
attribution-value-help = What the conversion is worth, for example 120 or 120.50.
attribution-value-invalid = Write an amount such as 120 or 120.50.
amount-invalid = Write an amount such as 40000 or 40 000.
with-currency = { $label } ({ $currency })
attribution-results = Credit by channel
attribution-empty = Add touchpoints to the path to see the credit.
attribution-total = Total
attribution-alt = Grouped bars of the credit { $count } channels get under five attribution models; each model shares out { $value }. The table below gives the numbers.
model-last-click = Last click
model-first-click = First click
model-linear = Linear
model-position-based = Position based
model-time-decay = Time decay
model-last-click-about = Everything to the last touchpoint: the goal scorer takes all the credit.
model-first-click-about = Everything to the first touchpoint: the discoverer takes all the credit.
model-linear-about = The same share to every touchpoint.
model-position-based-about = 40% to the first and 40% to the last touchpoint; the other 20% is shared by those between.
model-time-decay-about = More to touchpoints nearer the conversion: a touchpoint's weight halves for every seven days before it.
error-not-empty = That can only be done while the list is empty.

## Navigation: groups and the plan
nav-diagnose = Where we are
nav-customers = Customers
nav-planning = The plan
nav-objectives = Objectives
nav-creative = Creative idea
nav-engagement = Engagement
nav-mix = Marketing mix
nav-monitor = Monitoring
nav-report = Report

## Links to findings
links-title = Answers these findings
links-none = Not linked to any finding yet.
links-add = Link a finding…
links-add-label = Link a finding
links-remove = Unlink { $link }

## SMART objectives
objectives-title = SMART objectives
objectives-lead = Turn what you found into objectives: specific, measurable, achievable, realistic and time-specific. Say how each is measured, how often it is monitored and who manages it.
objectives-add = Add an objective
objectives-add-placeholder = For example: Raise brand visibility for Product X
objective-statement = Objective
objective-statement-placeholder = What will change?
objective-metric = Metric
objective-metric-placeholder = What is counted, e.g. brand searches a month
objective-unit = Unit
objective-unit-placeholder = %, £, searches…
objective-baseline = Baseline
objective-target = Target
objective-start = Start
objective-deadline = Deadline
objective-audience = Market and audience
objective-audience-placeholder = For example: UK, 18–35-year-olds
objective-measured = How it is measured
objective-measured-placeholder = For example: web analytics, a survey, a promo URL
objective-monitored = How often it is monitored
objective-manager = Who manages it
objective-manager-placeholder = For example: the marketing team
objective-tactics = Tactics serving it
objective-delete = Delete objective
frequency-daily = Daily
frequency-weekly = Weekly
frequency-monthly = Monthly
frequency-quarterly = Quarterly
smart-title = SMART check
smart-S = Specific
smart-M = Measurable
smart-A = Achievable
smart-R = Realistic
smart-T = Time-specific
smart-S-met = says what changes, and for whom.
smart-M-met = has a metric, a number and a way to measure it.
smart-A-met = starts from a known baseline and has an owner.
smart-R-met = the pace to the target looks reachable.
smart-T-met = has a deadline and a monitoring rhythm.
smart-no-statement = say what will change.
smart-no-audience = say which market or audience.
smart-no-metric = name the metric that is counted.
smart-no-number = no target number: not measurable yet.
smart-no-measure = say how it is measured.
smart-no-baseline = say where you start from (the baseline).
smart-no-manager = say who manages it.
smart-no-path = needs a baseline, a target, a start and a deadline to judge the pace.
smart-too-fast = the target is far above the baseline for the time given. Is it realistic?
smart-no-deadline = no deadline: not time-specific yet.
smart-deadline-before-start = the deadline comes before the start.
smart-no-frequency = say how often it is monitored.

## KPIs
kpi-title = KPIs
kpi-name = KPI
kpi-level = Level
kpi-level-specialist = Specialist (channel)
kpi-level-manager = Manager (campaign and funnel)
kpi-level-management = Management (growth, profit, lifetime value, market share)
kpi-no-channel = No channel
kpi-add = Add a KPI
kpi-add-placeholder = Type a KPI and press Enter
kpi-delete = Delete the KPI { $kpi }
kpi-loose = KPIs without an objective
kpi-checks = KPI checks
kpi-checks-none = Every objective has between one and five KPIs, and every level has one.
kpi-check-none = “{ $objective }” has no KPI yet.
kpi-check-overload = “{ $objective }” has more than five KPIs: measure what informs a decision, not everything.
kpi-check-no-specialist = No KPI at the specialist level yet: the people running a channel need one of their own, such as click-through rate or open rate.
kpi-check-no-manager = No KPI at the manager level yet: add one for the campaign and the funnel, such as leads or cost per sale.
kpi-check-no-management = No KPI at the management level yet: add one the business is steered by, such as growth, profit or customer lifetime value.

## The creative idea
creative-title = Creative idea
creative-lead = What you plan to do and how it meets the objectives, and why it stands out from competitors.
creative-headline = Headline offer
creative-headline-help = The main thing you offer, in one sentence.
creative-promotions = Supporting promotions
creative-promotions-help = Offers, events and content that back up the headline.
creative-tagline = Tagline
creative-tagline-help = A short line people will remember.
creative-storyboard = Visuals or storyboard
creative-storyboard-help = What people will see and hear, scene by scene.
creative-justification = Why it works
creative-justification-help = Which findings of the health check and the SWOT make it stand out.

## The marketing mix
mix-title = Marketing mix
mix-lead = The 4Ps still apply, with definitions stretched to today's business models: a "free" app is paid for by someone.
mix-product = Product
mix-product-help = What you sell, and what problem it solves.
mix-price = Price
mix-price-help = What it costs, and who pays.
mix-place = Place
mix-place-help = Where and how people buy it.
mix-promotion = Promotion
mix-promotion-help = How people hear of it.
mix-notes = Notes
mix-decisions = Decisions taken

## The engagement strategy
engagement-title = Engagement strategy
engagement-lead = Who the plan is for, and what each channel does. Paid, owned and earned channels form one team: discoverers create demand, goal scorers harvest it.
engagement-audience = Target audience
engagement-audience-help = Who you want to reach.
engagement-justification = Why this audience
engagement-justification-help = What research backs the choice.
engagement-tactics = Tactics by channel
engagement-add = Add a tactic
engagement-add-prompt = Choose a channel…
tactic-plan = What we will do
tactic-justification = Why this channel
tactic-measure = How it is measured
tactic-monitor = How it is monitored
tactic-manage = Who manages it
tactic-budget = Budget
tactic-objectives = Objectives it serves
tactic-delete = Delete the tactic { $tactic }
scenario-good = Good
scenario-better = Better
scenario-best = Best
budget-title = Budget
budget-help = Three scenarios, so finance can approve what the strategy really needs.
budget-over = { $scenario }: { $total } is over the budget of { $budget } in the health check.
budget-empty = Add tactics to see the budget.
budget-by-channel = By channel, in each scenario
budget-by-ownership = Paid, owned and earned, in each scenario
budget-scenario = Scenario
budget-channel-alt = Grouped bars of the budget of { $count } channels under the good, better and best scenarios. The table above gives the amounts.
budget-ownership-alt = Stacked bars of the budget for paid, owned and earned channels under each scenario.

## Measure, monitor, manage
monitor-title = Monitoring
monitor-lead = Record readings of each objective's metric and compare them with the straight line from the baseline to the target. Then close the loop: what did you learn, and what do you change?
monitor-no-objectives = Add objectives first: there is nothing to monitor yet.
monitor-path = Path to the target
monitor-actual = Readings
monitor-chart-alt = Line chart of { $count } readings against the straight line to the target. Status: { $status }.
monitor-table-caption = { $metric }: the readings against the path to the target
monitor-no-path = Give the objective a baseline, a target, a start and a deadline to see its path.
monitor-readings = Readings of { $metric }
monitor-date = Date
monitor-value = Value
monitor-add-reading = Add reading
monitor-delete-reading = Delete the reading of { $date }
status-unknown = No status
status-no-readings = No readings
status-achieved = Achieved
status-missed = Missed
status-on-track = On track
status-at-risk = At risk
status-off-track = Off track
status-unknown-rule = A status needs a baseline, a target, a start and a deadline.
status-no-readings-rule = Record a reading to see the status.
status-achieved-rule = The latest reading reaches the target.
status-missed-rule = The deadline has passed and the target was not reached.
status-on-track-rule = The latest reading has made { $ratio }% of the progress the straight line expects by now (on track from { $on }%).
status-at-risk-rule = The latest reading has made { $ratio }% of the progress the straight line expects by now (at risk from { $risk }%, on track from { $on }%).
status-off-track-rule = The latest reading has made only { $ratio }% of the progress the straight line expects by now (below { $risk }% is off track).
status-backwards-rule = The latest reading is further from the target than the baseline: it has gone back, not forward (below { $risk }% of the expected progress is off track).
reviews-title = Review log
reviews-help = Feedback from sales, customer service and data flows back into the plan. Is a problem tactical (a weak creative) or systemic (the audience is not where you thought)?
reviews-add = Add a review
reviews-source = From
reviews-scope = Kind of problem
reviews-learned = What we learned
reviews-change = What we change
reviews-delete = Delete review
source-sales = Sales
source-service = Customer service
source-data = Data
source-customers = Customers
source-team = The team
scope-tactical = Tactical
scope-systemic = Systemic

## Plans, report and data safety

save-waiting = Waiting for your choice
conflict-title = This plan was also changed in another tab
conflict-body = Both tabs changed the same part of the plan. Choose which version to keep. The other one is kept as a copy in the plan list until you delete it.
conflict-keep-mine = Keep this tab's version
conflict-use-theirs = Use the other tab's version
chart-download = Download:
chart-download-svg = Download “{ $chart }” as SVG
chart-download-png = Download “{ $chart }” as PNG (double size)
save = Save
cancel = Cancel
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
plans-rename = Rename
plans-rename-label = New name
plans-duplicate = Duplicate
plans-copy-name = Copy of { $name }
plans-download = Download
plans-delete = Delete
plans-deleted = “{ $name }” was deleted.
plans-delete-failed = This plan could not be deleted. Nothing was changed.
plans-undo-failed = The plan could not be brought back. Reload the page and look for it in the list.
usage-title = Storage in this browser
usage-body = Your plans take { $used }, and their snapshots and copies { $copies }, of the about { $limit } a browser gives one site.
usage-meter = Storage used
usage-nearly-full = Storage is nearly full. Before it runs out: download the plans you want to keep, delete the ones you no longer need, or download and delete old snapshots. Waymark gives up old snapshots first when room runs out.
usage-estimate = In all, this browser lets the site store up to { $quota }, but plans are kept in local storage, which has the smaller limit above.
snapshots-title = Snapshots of “{ $name }”
snapshots-help = Waymark keeps earlier versions of the open plan: when you start a session and every ten minutes while you work. The oldest give way when room runs out. Restoring one keeps the current version as a snapshot too.
snapshots-none = No snapshots yet. The first one is taken with your next change.
snapshots-restore = Restore
snapshots-failed = This snapshot could not be read, or the current version could not be kept first. Nothing was changed.
snapshot-why-session = start of a session
snapshot-why-interval = while you worked
snapshot-why-other-tab = from the other tab
snapshot-why-before-restore = before a restore
share-title = Share as a link
share-help = The link holds the whole plan, compressed, after the “#”: that part is never sent to any server. Whoever opens it can import the plan as a new plan in their own browser.
share-make = Create a share link
share-link-label = Share link
share-copy = Copy
share-copied = Copied.
share-too-large = This plan is too large for a link. Download it and send the file instead.
share-failed = This browser could not create a link. Download the plan and send the file instead.
share-damaged = This link is damaged or incomplete. Ask for the link again, or for the file.
share-empty = This link holds no plan.
share-page-title = A shared plan
share-page-lead = Someone shared a plan with you in this link. Nothing is saved until you import it; it becomes a new plan, and your own plans are not touched.
share-reading = Reading the plan in the link…
import-title = Import a plan
import-help = Choose a Waymark plan file (.json), or drop it here. It is checked first and shown before anything changes, and it always becomes a new plan.
import-choose = Choose a file…
import-preview-title = This file holds
import-confirm = Import as a new plan
import-failed = This file was not imported, and nothing was changed: { $reason }.
import-too-large = it is { $size }, and files up to 5 MB can be imported
import-unreadable = This file could not be read. Is it a text file?
import-save-failed = The plan could not be saved: the browser's storage is full. Free some room (see Storage in this browser) and try again.
import-migrated = It was saved by an older version of Waymark (format version { $version }) and is brought up to date.
import-count-answers =
    { $count ->
        [one] 1 health-check answer
       *[other] { $count } health-check answers
    }
import-count-swot =
    { $count ->
        [one] 1 SWOT card
       *[other] { $count } SWOT cards
    }
import-count-pestle =
    { $count ->
        [one] 1 PESTLE card
       *[other] { $count } PESTLE cards
    }
import-count-strategies =
    { $count ->
        [one] 1 TOWS strategy
       *[other] { $count } TOWS strategies
    }
import-count-personas =
    { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }
import-count-stages =
    { $count ->
        [one] 1 journey stage
       *[other] { $count } journey stages
    }
import-count-touchpoints =
    { $count ->
        [one] 1 touchpoint
       *[other] { $count } touchpoints
    }
import-count-objectives =
    { $count ->
        [one] 1 objective
       *[other] { $count } objectives
    }
import-count-kpis =
    { $count ->
        [one] 1 KPI
       *[other] { $count } KPIs
    }
import-count-readings =
    { $count ->
        [one] 1 reading
       *[other] { $count } readings
    }
import-count-tactics =
    { $count ->
        [one] 1 tactic
       *[other] { $count } tactics
    }
import-count-reviews =
    { $count ->
        [one] 1 review
       *[other] { $count } reviews
    }

## Report page
report-intro = The whole plan as one document. Print it, or save it as a PDF to hand it on; parts with nothing in them are left out.
report-print = Print or save as PDF
report-kicker = Marketing plan
report-date = Date of this report
report-contents = Contents
report-empty = Nothing is filled in yet: each part of the plan appears here as soon as it has content.
report-missing = Not filled in yet:
report-none = Nothing noted yet.
report-weakest = { $count ->
    [one] Weakest area: { $areas }
   *[other] Weakest areas: { $areas }
}
report-barriers = Barriers and opportunities
report-objectives = Objectives and monitoring
report-smart-met = Meets all five SMART criteria.
report-latest = Latest reading: { $value } on { $date }
report-creative = Creative idea and marketing mix
report-journey-of = Journey of { $persona }
crash-title = Waymark stopped because of an error
crash-body = Your plan as it was last saved is safe in this browser. Download a copy to be sure, then reload the page. If it happens again, send the file and what you did to whoever gave you Waymark.
crash-download = Download your plan
crash-reload = Reload the page
export-title = Export
export-json = Download the plan (JSON)
export-markdown = Report as Markdown
export-csv-swot = SWOT as CSV
export-csv-pestle = PESTLE as CSV
export-csv-touchpoints = Touchpoints as CSV
export-csv-kpis = KPIs as CSV

# Labels inside the exported report and CSV lists (src/domain/export.rs).
export-date = Exported on
export-weak-answers = Answers rated weak
export-progress = Progress against the plan
export-latest-reading = Latest reading
export-col-id = ID
export-col-quadrant = Quadrant
export-empty = Nothing has been written in this plan yet.
export-deleted = Deleted card

reminder-title = Keep a copy of this plan
reminder-body = This plan has changes that are in no file you downloaded, some of them a week old or more. Browsers can clear the data of a site; a downloaded file is a copy you keep.
reminder-download = Download the plan now
reminder-later = Not now

## Offline and updates
update-ready = A new version of Waymark is ready.
update-reload = Reload
update-reloading = Reloading once your plan is saved…
update-after-save = You can reload once your changes are saved (see the message above).
update-loses-changes = This browser keeps nothing you write here, so reloading loses it: download your plan first.

## Presentation mode
present-button = Present
present-button-title = Show this section to a room, full screen, as slides
present-capture = Capture ideas
present-nav = Slides
present-previous = Previous
present-next = Next
present-slide-count = Slide { $n } of { $count }
present-slide-announce = Slide { $n } of { $count }: { $title }
present-objective-of = Objective { $n } of { $count }
present-exit = Leave presentation
present-fullscreen = Full screen
present-fullscreen-exit = Exit full screen
present-keys-move = previous, next
present-keys-ends = first, last
present-keys-leave = leave
present-key-left = ←
present-key-right = →
present-key-pgup = PgUp
present-key-pgdn = PgDn
present-key-space = Space
present-key-home = Home
present-key-end = End
present-key-esc = Esc
present-timer = Workshop timer
present-timer-minutes = Minutes
present-timer-start = Start
present-timer-pause = Pause
present-timer-resume = Resume
present-timer-reset = Reset
present-timer-left = Time left: { $time }
present-timer-paused = Paused
present-timer-done = Time is up
present-timer-for = For
present-timer-for-any = Whole slide
present-timer-started = { $minutes ->
    [one] Timer started: { $minutes } minute.
   *[other] Timer started: { $minutes } minutes.
}
present-timer-started-for = { $minutes ->
    [one] Timer started: { $minutes } minute for { $exercise }.
   *[other] Timer started: { $minutes } minutes for { $exercise }.
}
present-timer-paused-at = Timer paused at { $time }.
present-timer-resumed = Timer resumed.
present-timer-was-reset = Timer reset.
present-zoom = Focus on this card
present-zoom-card = Focus on “{ $card }”
present-zoom-close = Close

## Kept copies (storage/kept.rs): what the app kept instead of losing it
kept-see-list = See kept copies
kept-settings-notice = Your settings could not be read. They were kept aside in the plan list, and default settings are used for now. Your plans are not affected.
kept-unreadable-notice = { $count ->
    [one] One saved item could not be read.
   *[other] { $count } saved items could not be read.
} They are kept unchanged in the plan list, where you can download them.
kept-copy-notice = The version you did not choose was kept as a copy. It stays in the plan list, under "Kept copies", until you delete it.
kept-title = Kept copies
kept-help = Versions and saved data that Waymark kept for you instead of losing them. They stay here until you delete them.
kept-settings-name = Settings that could not be read
kept-unreadable-name = A plan that could not be read
kept-why-unreadable = could not be read
kept-why-other-tab = version not chosen between two tabs
kept-why-settings = settings that could not be read
kept-when = kept { $date }
kept-open = Open as a plan
kept-download = Download
kept-delete = Delete
kept-delete-confirm = Delete for good
kept-failed = That did not work. The copy is unchanged.
usage-kept = Kept copies take { $kept }. They stay until you delete them.

## The deployment's config (embed/config.rs): problems whoever deployed Waymark should fix
config-insecure-origin = This Waymark is set up to exchange plans with pages that are not encrypted (http://): { $origins }. Anyone on their network could pose as them. Whoever set up Waymark should list their https:// addresses in waymark.config.json.

## Sections that load when first opened (pages/lazy.rs)
lazy-loading = Loading this section…
lazy-failed = This section could not be loaded. Check your connection, then reload the page: your plan is saved.
lazy-reload = Reload
reader-failed = Part of Waymark could not be loaded, so plans cannot be opened or created yet. Check your connection, then reload the page: nothing stored has been changed.

## A choice that acts only when confirmed (ui/choose.rs): the button beside the list
choose-move = Move
journey-add-touchpoint-to = Add a touchpoint to { $stage }
choose-add = Add

## The overview's progress and "Continue" (issue 14)
progress-title = Your way through the method
progress-not-started = Not started
progress-partly = In progress: { $done } of { $total }
progress-done = Done
progress-continue = Continue with { $section }
progress-finished = Every step is done: your plan is ready to read, print or send.
progress-open-report = Open the report
progress-goal-health = The starting point and the four contexts, answered
progress-goal-swot = A card in each quadrant
progress-goal-pestle = A card for each factor
progress-goal-tows = At least one strategy
progress-goal-personas = At least one persona
progress-goal-journeys = Touchpoints in every persona's journey
progress-goal-objectives = Objectives that pass the SMART check, each with a KPI
progress-goal-creative = Every part of the creative idea
progress-goal-mix = A decision for each of the four Ps
progress-goal-engagement = Tactics and a budget
progress-goal-attribution = Optional: how credit for a sale is shared
progress-goal-reviews = A reading for every objective
continue-to = Continue to { $section }
