# Waymark — English. Every other locale file must have exactly these message ids
# (tests/i18n.rs fails otherwise). Keep placeables ({ $name }) as they are.

## The shell
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
rescued-discard = Delete it
rescued-discard-confirm = Delete for good
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
