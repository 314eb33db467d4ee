## Dealscope's words for the reader, in English. One file per language (en.ftl, uk.ftl, ru.ftl),
## the same message ids in each; `src/model/words/mod.rs` picks the message and its arguments from
## the model's kinds. Arguments named $n are numbers (plural forms select on them); every other
## argument is text already written in this language (names, dates, terms).

switch-language = Language

## Numbers and dates

percent = { $n }%
percent-under-one = under 1%
percent-over-99 = over 99%
share-none = none
share-one-in = about 1 in { $shown }
big-trillion = { $shown } trillion
big-billion = { $shown } billion
big-million = { $shown } million
# The month as in a date ("30 April 2025").
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-short = { $month } { $year }
list-two = { $first } and { $last }
list-more = { $rest }, { $last }
list-and = { $rest } and { $last }

## Verdicts

verdict-accept = Would likely sign
verdict-uncertain = Undecided
verdict-reject = Would likely refuse
# The same, inside a sentence or a list ("Ukraine would likely refuse (12%)").
verdict-accept-inline = would likely sign
verdict-uncertain-inline = undecided
verdict-reject-inline = would likely refuse
party-verdict = { $party } { $verdict }
party-verdict-chance = { $party } { $verdict } ({ $chance })
# The live announcement after each change.
announce-accept = likely yes
announce-uncertain = undecided
announce-reject = likely no
announcement = { $parties }; all sign: { $chance }.
announce-party = { $party } { $word }

## The headline

headline-empty = Every term is open. Choose what each side concedes, or start from a real proposal.
all-parties = { $n ->
    [1] the only party
    [2] both
    [3] all three
    [4] all four
    [5] all five
    [6] all six
    [7] all seven
    [8] all eight
    [9] all nine
    [10] all ten
   *[other] all { $n }
}
headline-chance = Chance that { all-parties } sign: { $chance }.
headline-all-sign = { $n ->
    [1] The only party would likely sign.
    [2] Both would likely sign.
   *[other] All { $n ->
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
       *[other] { $n }
    } would likely sign.
} { $chance }
headline-undecided = No party rules it out, but { $names } { $count ->
    [one] is
   *[other] are
} undecided. { $chance }
headline-none-sign = None of the { $n ->
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
   *[other] { $n }
} would likely sign{ $why }. { $chance }
headline-refuse = { $names } would likely refuse{ $why }. { $chance }
# Why the first refusing party refuses: after the only one ("…, mainly over …"), or naming it.
why-only = , mainly over { $objection }
why-first = ; { $party } mainly over { $objection }
objection-red-line = its red line on “{ $option }”
objection-term = “{ $term }”
term = { $lever }: { $option }

## Dates

date-label = Positions as of
as-of-line = Positions as of { $date }. An editorial estimate, not a forecast.
date-option-unavailable = { $date } (unavailable)
date-option-latest = { $date } (latest)
date-loading = Loading the positions as of { $date }…
date-notice-not-a-date = The link's date '{ $text }' is not a date (YYYY-MM-DD), so this shows the latest positions.
date-notice-earlier = No positions were recorded on { $asked }; this shows { $shown }, the latest date before it.
date-notice-before-all = { $asked } is before the first recorded positions; this shows the earliest, { $shown }.
load-failure = Positions as of { $date } could not be loaded: { $why }.
load-failure-status = the server answered { $status }
load-failure-unreachable = the file could not be fetched
load-failure-invalid = its file has a problem: { $problem }
load-failure-wrong-date = its file is dated { $found }
load-failure-vocabulary = its file does not share the other dates' terms: { $problem }

## The page

kicker = Dealscope · Would they sign?
would-they-sign = Would they sign?
embed-title = Would they sign? { $title }
summary-label = Summary
scoreboard-label = Verdicts at a glance
who-would-sign = Who would sign
swipe-hint = Each party's card, side by side: swipe sideways.
attribution = Dealscope, an editorial estimate as of { $date }. Open the full page (new tab)
colophon = Dealscope. An editorial estimate of public positions as of { $date }; every value cites its source under “How this works”.
language-notice = The { $lang } texts could not be loaded ({ $why }), so this page is in English.
link-lang-ignored = The link's language '{ $text }' is not one this page speaks (en, uk, ru).

## The terms

terms-title = The terms
view-by-term = By term
view-by-side = By who concedes
keep-label = Keep { $lever } as it is when finding a deal
keep = Keep
kept = ✓ Kept
could-concede = What { $party } could concede
concede-none = Terms no side counts as a concession
effect-gains = gains
effect-loses = loses
effect-indifferent = neither gains nor loses
effect-red-line = red line
effect-no-stance = no stated view
effect-party = { $party } { $effect }
group-terms = Group the terms
concede-hint = Press a concession to add it to the deal; press it again to take it back.

## Proposals and sharing

proposals-title = Start from a real proposal
preset-source = Source: { $source }.
preset-hint = Choose a proposal to see where its text comes from and how it is modelled.
reset = Reset all terms
share = Share this deal
link-copied = Link copied.
copy-this-link = Copy this link:

## The deal finder

finder-title = Is there a deal everyone signs?
finder-lede = Changes as few of your terms as it can until every party would likely sign; “Keep” locks a term.
finder-open = Find a deal everyone signs
finder-hide = Hide the deal finder
finder-searching-within = Searching… no deal within { $n ->
    [one] { $n } change
   *[other] { $n } changes
} so far.
finder-already = Every party would already likely sign this package.
finder-change = Change { $n ->
    [one] { $n } term
   *[other] { $n } terms
} and all would likely sign (chance all sign: { $chance }).
finder-impossible = No package that every party would likely sign exists with the locked terms kept. That is certain under this model's assumptions, not a time-out.
finder-limited = This is a limited agreement: it leaves the settlement open, and each party weighs it against the war going on while talks go on.
finder-apply = Apply these changes
finder-stats = Searched { $nodes } of { $space } possible packages in { $ms } ms; the rest were ruled out by bounds.
searching = Searching…
finder-party-impossible = No change of the unlocked terms makes it sign without another party moving away.
finder-party-changes = { $n ->
    [one] { $n } change:
   *[other] { $n } changes:
}
party-label = { $party }:{" "}
per-party-title = What it would take, party by party
per-party-all = Every party already would likely sign.
per-party-lede = The fewest changes that make each party sign while no other party moves further from signing.
room-title = How much room there is
room-waiting = Waiting for the searches above.
room-counting = Counting… { $nodes } nodes searched.
room-exact = Exactly { $accepted } of the { $space } possible packages would likely be signed by every party: { $share }.
room-sampling = Estimating… { $seen } of { $total } random packages checked.
room-estimate = An estimate from { $seen } random packages: { $share } of the { $space } possible packages would likely be signed by every party (95% interval: { $low } to { $high }).
room-common = Terms most often found in those packages:
room-common-item = { $term } ({ $pct }%)

## Who would sign

standing-red-line = a red line: refuses whatever else it gets
standing-equal = worth as much as walking away
standing-more = worth { $points ->
    [one] { $points } point
   *[other] { $points } points
} more than walking away
standing-less = worth { $points ->
    [one] { $points } point
   *[other] { $points } points
} less than walking away
standing-refuse = refuse
standing-undecided = undecided
standing-sign = sign
standing-label = How far each party is from signing
likely-to-accept = { $chance } likely to accept
red-line-crossed = Red line crossed
main-reasons = Main reasons
no-term-matters = No term in this package matters to this party yet.
why-and-what = Why, and what would change it
walk-away-settlement = No settlement, the war going on, is worth { $points ->
    [one] { $points } point
   *[other] { $points } points
} to { $party }.{" "}
walk-away-talks = This package leaves the settlement open, so it is weighed against the war going on while talks go on, worth { $points ->
    [one] { $points } point
   *[other] { $points } points
} to { $party }.{" "}
unstated = No stated view by { $date } on: { $terms } (counted as zero).
would-need = Would need
change-their-mind = What would change their mind
no-single-change = No single change of one term would.
points-gain = gain { $points }
points-cost = cost { $points }
cite-inferred = our inference from { $source }

## Over time

over-time-title = This package over time
over-time-lede = Each party's chance of signing the terms chosen above at every recorded date (evenly spaced; the date shown is marked).
cell-unavailable = unavailable
cell-loading = loading…
the-figures = The figures
over-time-caption = Chance each party signs this package, by date
as-of = As of
over-time-point = { $date }, { $chance } ({ $verdict })
over-time-party = { $party }: { $points }.
over-time-loading = { $n ->
    [one] { $n } more date is still loading.
   *[other] { $n } more dates are still loading.
}

## What changed

what-changed-title = What changed
since-positions-as-of = Since the positions as of
what-changed-lede = Points for or against a term; each change cites the later source.
earliest-date = This is the earliest date: there is nothing earlier to compare with.
not-here-yet = The positions as of { $date } are not here yet.
moved-count = { $n ->
    [0] { $party }: no position moved
    [one] { $party }: { $n } position moved
   *[other] { $party }: { $n } positions moved
}
moved-no-view = no stated view
moved-text = { $term }, { $before } → { $after }
now-red-line = , now a red line
no-longer-red-line = , no longer a red line

## How this works

method-title = How this works
method-intro = This is an editorial estimate of each party's public positions as of { $date }, not a forecast. Every position below cites its source.
method-dates-title = Dates.
method-dates = Positions are recorded as of { $dates }. Each date cites only what was said by then; a position moves only where a dated source shows it moved. Proposals stay on the list at later dates, so you can see how they would fare then.
method-values-title = Values.
method-values = Each party gives a number of points to the terms it cares about: positive for a gain, negative for a cost. A term on which a party had stated no view by this date counts as zero, and its card says so.
method-basis-title = Stated or inferred.
method-basis = A stated position is one the cited source says. An inferred one is our reading of a principle the source states; the page marks it "our inference from" and writes the reasoning out.
method-concedes-title = Who concedes.
method-concedes = An option is a party's concession when it is worth less to that party than leaving the term out, or crosses its red line. It is worked out from the values, never listed by hand.
method-red-lines-title = Red lines.
method-red-lines = Some terms make a party refuse whatever else it gets.
method-walk-away-title = Walking away.
method-walk-away = A package that settles terms must beat what no settlement, the war going on, is worth to each party. A limited agreement (a ceasefire alone, a partial truce, a prisoner exchange, aid during a ceasefire) leaves the settlement open, so it is weighed against the war going on while talks go on, which each party values on its own sourced terms.
method-uncertainty-title = Uncertainty.
method-uncertainty = The further a package is above or below that point, the surer the answer. At 60% or more we say a party would likely sign; at 40% or less, likely refuse; between, undecided.
method-all-sign-title = All sign.
method-all-sign = The chance that every party accepts multiplies their chances, which assumes they decide independently. In reality their decisions are linked.
# Shown only in a translation.
method-translation-title = Languages.
method-translation = The scenario was written in English and translated; source titles stay in their own language.
sources = Sources
no-link = no link: { $why }

## Notices and problems

link-notice = Part of this link could not be used and was ignored. The rest was applied.
dismiss = Dismiss
ignored-not-lever-option = not in the form lever:option or lever=option
ignored-unknown-lever = no term called '{ $lever }'
ignored-unknown-option = '{ $option }' is not an option of '{ $lever }'
ignored-repeated = '{ $lever }' was already given; the first one is kept
ignored-unknown-preset = no proposal by that name
scenario-not-loaded = This scenario could not be loaded
scenario-problems = The scenario file has { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}. Nothing below is an estimate until they are fixed.
whole-file = (the whole file)
panic-title = Something went wrong
panic-body = Dealscope hit an error it cannot recover from. Reload the page to start again; your deal is in the link.

## Embedding

embed-open = Embed this on your site
embed-paste = Paste this where the graphic should go. It opens on the terms chosen above.
embed-how = The script resizes the frame to fit its content. Pages that use Pym.js can embed the same address with pym.Parent instead; AMP pages can use amp-iframe with the resizable attribute. Nothing else is loaded from anywhere.
embed-frame-title = Dealscope: { $title }

## Share images and the page without JavaScript

card-title = { $name }, as of { $date }
card-credit = Positions as of { $date }. An editorial estimate, not a forecast. Dealscope
card-alt = Dealscope: { $subject }. { $headline } { $verdicts }. Positions as of { $date }; an editorial estimate, not a forecast.
page-title = Dealscope: would they sign a Russia–Ukraine peace deal?
page-description = Choose what each side concedes in a Russia–Ukraine peace deal and see who would likely sign, and why, at dates from April 2025 to February 2026. An editorial estimate.
share-title = Dealscope: would they sign? { $title }
share-description = Choose what each side concedes in a Russia–Ukraine peace deal and see who would likely sign, and why. Positions as of { $date }.
noscript-title = Would they sign? { $title }
noscript-needs-js = This interactive needs JavaScript. Without it, here is what the model says about the real proposals, each as of the first date it was on the table (an editorial estimate, not a forecast):
noscript-as-of = As of { $date }
noscript-method = Each position cites a source dated by the date it is shown at, the latest being { $date }; some are our inference from what a party had stated, and the page marks them so. A limited step, such as a ceasefire alone, is weighed against the war going on while talks go on.
noscript-open = Open Dealscope in a new tab
noscript-open-rest = with JavaScript on to build your own deal.

## What is wrong with a scenario file (shown when one cannot be loaded)

problem-at = { $path }: { $what }
problem-not-json = not valid JSON at line { $line }, column { $column }: { $detail }
problem-unreadable = the scenario could not be read
problem-wrong-type = expected { $expected ->
    [object] an object
    [text] text
    [number] a number
    [list] a list
    [true-false] true or false
    [party-id] a party id
    [option-id] an option id
    [option-values] an object of option values
    [stances-by-lever] an object keyed by lever id
   *[lever-options] an object of lever: option
}, found { $found ->
    [null] null
    [boolean] a boolean
    [number] a number
    [text] a string
    [list] a list
   *[object] an object
}
problem-unknown-field = unknown field (expected one of: { $allowed })
problem-missing = missing
problem-empty = must not be empty
problem-bad-id = '{ $value }' is not a valid id (use lowercase letters, digits and hyphens)
problem-bad-date = '{ $value }' is not a date (use YYYY-MM-DD)
problem-bad-abbreviation = '{ $value }' is not an abbreviation (use one to three capital letters or digits)
problem-not-finite = must be a finite number
problem-duplicate = duplicate { $item } id '{ $id }'
problem-unknown-source = cites '{ $id }', which is not in sources
problem-unknown-lever = unknown lever '{ $lever }' (levers: { $levers })
problem-unknown-option = unknown option '{ $option }' for lever '{ $lever }' (options: { $options })
problem-unknown-party = unknown party '{ $party }'
problem-party-twice = party '{ $party }' is listed twice
problem-none-given = a scenario needs at least one { $item }
problem-too-few-options = a lever needs 'unaddressed' and at least one other option
problem-too-many-options = at most { $max } options per lever
problem-first-not-unaddressed = the first option must be 'unaddressed', found '{ $found }'
problem-unaddressed-limited = 'unaddressed' settles nothing, so it cannot be limited
problem-unaddressed-red-line = 'unaddressed' cannot be a red line (say what the package must include instead)
problem-url-not-https = must start with https://
problem-url-and-no-url = give either url or no_url, not both
problem-url-missing = missing: give the source's public https:// address, or say in no_url why there is none
problem-uncertainty-not-positive = must be greater than 0
problem-bad-basis = '{ $value }' is not a basis (use stated or inferred)
problem-bad-language-code = '{ $value }' is not a language code (use two or three lowercase letters, such as uk or ru)
problem-rule-needs-effect = a rule needs a value, a ratification, or both
problem-rule-needs-condition = a rule needs at least one condition
problem-condition-needs-option = list at least one option
problem-talks-missing = missing: the scenario has limited options, so each party needs a talks stance
problem-after-as-of = { $date } is after the scenario's as_of date { $as_of }
problem-vocabulary-differs = the { $item } ids differ from the first snapshot's (expected: { $expected }; found: { $found })
problem-out-of-order = { $date } is not after the previous snapshot's { $previous }
problem-not-a-response-set = not a response set: { $detail }
problem-wrong-scenario = is '{ $found }', but the scenario is '{ $expected }'
problem-unknown-lever-or-option = unknown lever or option '{ $option }'
problem-bad-response = '{ $value }' is not accepted, conditional or rejected
problem-no-text = no { $lang } text for this
problem-no-such-text = no English text has this id
problem-overlay-other-scenario = is for '{ $found }', but the scenario is '{ $expected }'
# Items named in problems (ids are the file's own words).
item = { $item ->
    [source] source
    [party] party
    [lever] lever
    [option] option
   *[preset] preset
}

## How numbers are written: the thousands separator and the decimal mark.

number-group = ,
number-decimal = .

## The tool's report (`dealscope evaluate`): ids stay as they are, so scripts can read them.

report-head = { $title } ({ $id }), as of { $date }
report-package = Package: { $terms }
report-every-term-open = every term unaddressed
report-verdict = { $verdict ->
    [accept] accept
    [uncertain] uncertain
   *[reject] reject
}
report-party = { $party }: { $verdict } ({ $chance } likely to accept), margin { $margin }
report-red-line = red line: { $term } — { $reason } [{ $source }]
report-limited = a limited agreement: weighed against the war going on while talks go on ({ $value }) [{ $source }]
report-inferred = our inference from { $source }
report-no-stance = no stated view by { $date } on: { $terms }
report-needs = needs: { $step }
report-flips = would change with: { $flips }
report-all = All { $n } accept: { $chance } (assumes the parties decide independently)
