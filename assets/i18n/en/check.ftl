# What the content checker says, in English: `puente check` and the
# "Problems in the content" list of the app. Every id starts with chk- and is
# the same in en, es and pt; a test keeps them in step. Messages start in
# lower case because they follow "file:line:col: error: ".
# Arguments in quotes or backticks are the author's own words (ids, field
# names, dates) and stay untranslated.

## Severities and the summary
chk-error = error
chk-warning = warning
chk-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
chk-checked = checked { $packs ->
        [one] 1 pack
       *[other] { $packs } packs
    }: { $modules } modules ({ $lessons } lessons, { $exercises } exercises of { $kinds } kinds), { $checklists } checklists, { $terms } glossary terms; languages: { $languages }
chk-languages-none = none
chk-deny-warnings = failing because of --deny-warnings
chk-see-at = { $message } (see { $place })
chk-raw = { $text }

## Kinds of things that carry an id
chk-kind-pack = pack
chk-kind-module = module
chk-kind-checklist = checklist
chk-kind-step = step
chk-kind-option = option
chk-kind-item = item
chk-kind-pair = pair
chk-kind-node = node
chk-kind-choice = choice
chk-kind-dimension = dimension
chk-kind-band = band
chk-kind-term = term

## Where an id must be unique
chk-scope-module = in this module
chk-scope-exercise = in this exercise
chk-scope-scenario = in this scenario
chk-scope-node = in this node
chk-scope-checklist = in this checklist
chk-scope-checklist-items = in this checklist (item ids are unique across all dimensions)
chk-scope-glossary = in the glossary

## Texts an author writes
chk-field-pack-title = pack title
chk-field-pack-description = pack description
chk-field-title = title
chk-field-summary = summary
chk-field-subject-hint = subject hint (the example in the “What are you assessing?” field)
chk-field-objective = objective
chk-field-prompt = prompt
chk-field-explanation = explanation
chk-field-lesson-title = lesson title
chk-field-lesson-body = lesson body
chk-field-feedback = feedback
chk-field-option-text = option text
chk-field-model-answer = model answer
chk-field-item-text = item text
chk-field-left = left-hand text
chk-field-right = right-hand text
chk-field-unit = unit
chk-field-node-text = node text
chk-field-choice-text = choice text
chk-field-level-label = level label
chk-field-not-applicable = "not applicable" label
chk-field-dimension-title = dimension title
chk-field-help = help text
chk-field-band-title = band title
chk-field-advice = advice
chk-field-term = term
chk-field-definition = definition

## Ids
chk-bad-id = the { $what } id "{ $id }" is not a valid id: use lowercase letters, digits and single dashes{ $hint } (at most 64 characters); learners' progress refers to this id, so keep it stable once published
chk-bad-id-hint = {" "}such as "{ $suggestion }"
chk-duplicate-id = duplicate { $what } id "{ $id }" { $scope }; give each { $what } its own id
chk-duplicate-file-id = duplicate { $what } id "{ $id }": another { $what } file already uses it; every { $what } in a pack needs its own id
chk-did-you-mean = ; did you mean "{ $id }"?

## Texts and translations
chk-text-empty = the { $what } is empty; write it
chk-text-no-language = the { $what } has no text in any language
chk-text-empty-in = the { $what } in "{ $lang }" is empty; write it or remove the language
chk-text-foreign-language = "{ $lang }" is not one of the pack's languages ({ $languages }); add it to `languages` in pack.ron or remove this translation
chk-text-missing-translation = missing translation: the { $what } has no { $missing } text (learners will see "{ $fallback }" instead)

## Links in lessons
chk-link-glossary = link to the glossary term "{ $id }", which glossary.ron does not define; add the term or fix the id{ $hint }
chk-link-module = link to the module "{ $id }", which is not in this pack{ $hint }
chk-link-file = the link "{ $target }" points at a file, which learners cannot open; link a term (glossary:id), a module (module:id) or a web address (https://…)
chk-link-unknown = links of the kind "{ $scheme }:" are not opened from a lesson, for the learner's safety; use glossary:term-id, module:module-id or a web address (https://…)
chk-link-web-malformed = the web address "{ $target }" is not one a browser can open safely (no host, or spaces, quotes or control characters in it); write it as https://host/path
chk-markdown-too-deep = lists or quotes nest { $depth } levels deep here; at most { $max } can be shown — flatten the list
chk-and-more = { $message } — and { $n } more like this in this file, not listed

## pack.ron
chk-version-empty = the version is empty; give one such as "1.0.0" and raise it with every release
chk-no-languages = list at least one language, such as ["en", "es", "pt"]; the first is used when a translation is missing
chk-bad-language = "{ $lang }" is not a language code; use codes such as "en", "es", "pt" or "pt-BR"
chk-language-twice = the language "{ $lang }" is listed twice; keep one
chk-no-authors = name at least one author, so learners know whose material this is
chk-licence-empty = the licence is empty; say how others may use the pack, e.g. "CC BY 4.0"

## Modules
chk-minutes-zero = minutes must be at least 1: estimate how long a learner needs
chk-minutes-long = { $minutes } minutes is long for one module; split it so learners can finish a module in one sitting
chk-prerequisite-unknown = the prerequisite "{ $id }" is not a module of this pack{ $hint }
chk-prerequisite-twice = the prerequisite "{ $id }" is listed twice
chk-prerequisite-cycle = prerequisite cycle: { $cycle }; a module cannot require itself, even through others — remove one of these prerequisites
chk-no-objectives = no objectives: list what a learner will be able to do after this module
chk-no-steps = the module has no steps: add lessons and exercises

## Exercises
chk-single-none-correct = no option is marked correct: add `correct: true` to the right answer
chk-single-many-correct = { $count } options are marked correct ({ $options }), but a SingleChoice has exactly one right answer; mark one, or make it a MultipleChoice
chk-multiple-none-correct = no option is marked correct: add `correct: true` to every right answer
chk-multiple-all-correct = every option is correct, so the exercise cannot be answered wrongly; add a wrong option
chk-too-few-options = a choice exercise needs at least two options
chk-repeated-text = this { $what } repeats { $what } { $first } ("{ $text }"); each must be different
chk-too-few-items = an ordering exercise needs at least two items, listed in the right order
chk-too-few-pairs = a matching exercise needs at least two pairs
chk-answer-not-finite = the answer must be a finite number
chk-tolerance-negative = the tolerance { $tolerance } is negative; give 0 for an exact answer, or how far from the answer still counts as right
chk-tolerance-not-finite = the tolerance must be a finite number; give 0 for an exact answer, or how far from the answer still counts as right
chk-value-not-finite = the value must be a finite number
chk-mistake-within-tolerance = { $value } is within the tolerance of the answer { $answer }, so it would be marked right; remove this mistake or fix the value

## Dates and time limits
chk-period-zero = the period is zero: give `months`, `days` or both, e.g. (months: 12)
chk-date-mistake-is-answer = { $date } is the correct answer ({ $start } + { $period }), not a mistake; remove it or fix the date
chk-date-form = "{ $text }" is not a date in the form YYYY-MM-DD (for example "2025-08-15")
chk-date-unreal = "{ $text }" is not a real calendar date; check the month and the day
chk-date-too-far = { $start } plus { $period } is past the year 9999
chk-period-months = { $months ->
        [one] 1 month
       *[other] { $months } months
    }
chk-period-days = { $days ->
        [one] 1 day
       *[other] { $days } days
    }
chk-period-both = { $months } and { $days }

## Scenarios
chk-no-nodes = the scenario has no nodes: add the situations learners move through
chk-start-unknown = the start node "{ $id }" is not one of this scenario's nodes{ $hint }
chk-dead-end = node "{ $id }" is a dead end: give it choices, or an `outcome` (Success, Partial or Failure) to make it an ending
chk-choices-and-outcome = node "{ $id }" has both choices and an outcome; an ending has an outcome and no choices
chk-choice-next-unknown = this choice leads to "{ $id }", which is not a node of this scenario{ $hint }
chk-unreachable = node "{ $id }" can never be reached from the start node "{ $start }"; lead a choice to it or remove it
chk-no-way-out = from node "{ $id }" no path leads to an ending, so learners would go round forever; lead a choice to a node with an outcome
chk-no-success = no ending has `outcome: Success`, so no learner can do well in this scenario
chk-grade-missing = the choice "{ $id }" has no grade while other choices of this scenario have one; add `grade: Good`, `Acceptable` or `Poor`

## Answer-key tells (pack-wide)
chk-tell-place = the right option is option { $place } in { $count } of { $total } single-choice exercises (chance gives about { $expected }), so a learner can pass by position; put the right option elsewhere in some of: { $exercises }
chk-tell-longest = in { $lang }, the right option is the longest in { $count } of { $total } single-choice exercises (chance gives about { $expected }), so a learner can pass by length; make wrong options as full and specific, or the right one shorter, in some of: { $exercises }
chk-tell-mostly-false = true/false keys are unbalanced: { $trues } true and { $falses } false, so "false" passes most of them; restate some statements so that they are true: { $exercises }
chk-tell-mostly-true = true/false keys are unbalanced: { $trues } true and { $falses } false, so "true" passes most of them; restate some statements so that they are false: { $exercises }

## Checklists
chk-too-few-levels = a scale needs at least two levels, e.g. 0 = no, 1 = partly, 2 = yes
chk-scale-not-increasing = scale values must increase: { $value } comes after { $previous }; list the levels from lowest to highest
chk-scale-gap = gap in the scale: { $previous } is followed by { $value }; use consecutive values
chk-no-dimensions = the checklist has no dimensions: add at least one, with items to rate
chk-dimension-empty = the dimension "{ $id }" has no items to rate
chk-weight = the weight { $weight } must be greater than 0; remove the entry instead of weighting it 0
chk-weight-range = the weight { $weight } is out of range: weights go from { $min } to { $max }; only their ratios count, so scale all the weights of this list down or up together
chk-no-bands = the checklist has no score bands: add bands that cover scores 0 to 100, each with advice
chk-band-module-unknown = the band links to the module "{ $id }", which is not in this pack{ $hint }
chk-band-max = max is { $max }, but scores go from 0 to 100
chk-band-min-above-max = min { $min } is above max { $max }; a band covers min to max, both included
chk-band-gap = scores { $from }–{ $to } fall in no band; start this band at { $from } or add a band for them
chk-band-overlap = this band overlaps the band "{ $id }" on scores { $from }–{ $to }; a score must fall in exactly one band
chk-band-top = scores { $from }–100 fall in no band; the highest band must end at 100

## Knock-out gates, levels and worked cases in checklists
chk-kind-gate = gate
chk-kind-level = level
chk-kind-case = case
chk-field-level-title = level title
chk-item-unknown = { $what }: "{ $id }" is not an item of this checklist; use the id of an item listed under `dimensions`{ $hint }
chk-band-unknown = { $what }: "{ $id }" is not a band of this checklist; use the id of a band listed under `bands`{ $hint }
chk-rating-off-scale = { $value } is not a value of the scale ({ $min }–{ $max }); use one of the scale's values
chk-gate-no-ratings = `ratings` is empty, so the gate can never trigger; list the answers that stop the advice, or leave `ratings` out to use the lowest value of the scale
chk-gate-cap-top = the gate caps the result at "{ $id }", the highest band, so it never lowers the advice; cap it at the band a learner must not go beyond while this answer stands
chk-level-not-increasing = level values must increase: { $value } comes after { $previous }; list the levels from lowest to highest
chk-level-band-lower = level { $value } gives the band "{ $band }", lower than "{ $previous_band }" of level { $previous }; a higher level should never give weaker advice
chk-level-empty = level { $value } lists no items; list the items that must all be met to reach it
chk-level-overlap = the item "{ $id }" is already required by level { $other }; levels build on each other, so list each item once, at the lowest level that needs it
chk-no-not-applicable = the scale offers no "not applicable" answer; add `not_applicable` to the scale or remove this entry
chk-level-na-not-listed = "{ $id }" is not one of the items of level { $value }; `not_applicable` may only name items the level lists
chk-case-rated-twice = "{ $id }" is both rated in `answers` and marked not applicable; keep one
chk-case-no-expectation = the case "{ $id }" expects nothing; give the `band`, the `level`, the `gates` or the `dimension_levels` it must give
chk-case-no-levels = the case expects a level, but the checklist has no `levels`; expect a `band` instead
chk-case-level-unknown = the checklist has no level { $value }; expect one of the values listed under `levels`
chk-case-gate-unknown = "{ $id }" is not a gate of this checklist{ $hint }
chk-case-wrong-band = the case "{ $id }" gives the band "{ $got }" (score { $score }), but it expects "{ $expected }"; fix the checklist (weights, bands, gates, levels) or the case
chk-case-no-band = the case "{ $id }" gives no band, because { $missing ->
        [one] 1 answer is
       *[other] { $missing } answers are
    } missing, but it expects "{ $expected }"; rate more items in `answers` or set `others`
chk-case-wrong-level = the case "{ $id }" reaches level { $got }, but it expects level { $expected }; fix the levels or the case
chk-case-wrong-gates = the case "{ $id }" triggers the gates { $got }, but it expects { $expected }; fix the gates or the case
chk-dim-level-item-other = "{ $id }" is an item of the dimension "{ $other }", not of "{ $dimension }"; a dimension's levels may only name its own items
chk-dim-level-item-unknown = "{ $id }" is not an item of the dimension "{ $dimension }"; a dimension's levels may only name its own items{ $hint }
chk-case-dimension-unknown = "{ $id }" is not a dimension of this checklist{ $hint }
chk-case-dimension-no-levels = the dimension "{ $id }" has no `levels`; expect a level only for a dimension that has them
chk-case-dimension-level-unknown = the dimension "{ $dimension }" has no level { $value }; expect one of the values listed under its `levels`
chk-case-wrong-dimension-level = the case "{ $id }" brings the dimension "{ $dimension }" to level { $got }, but it expects level { $expected }; fix that dimension's levels or the case

## Glossary
chk-see-also-unknown = "see also" names the term "{ $id }", which the glossary does not define{ $hint }
chk-see-also-self = a term refers to itself in `see_also`; remove it

## Files and folders
chk-no-manifest = this folder has no pack.ron: a pack folder holds pack.ron, modules/ and checklists/ (see docs/content-format.md)
chk-no-modules = the pack has no modules and no checklists: add modules/*.ron or checklists/*.ron
chk-stray-not-ron = not a .ron file, so it is not read; content files end in .ron
chk-stray-other = this file is not part of the pack format and is not read
chk-stray-ron = this .ron file is not read: modules go in modules/, checklists in checklists/, terms in glossary.ron
chk-holds-pack = one Pack(…)
chk-holds-glossary = one Glossary(terms: […])
chk-holds-module = one Module(…)
chk-holds-checklist = one Checklist(…)
chk-file-too-big = the file is { $size } MB; a content file may be at most { $max } MB — split it into several modules, or check that it is the right file
chk-pack-too-big = the pack's files together hold more than { $max } MB (reading stopped at { $file }); a pack is read whole into memory, so keep it smaller: move media out of it, split it into several packs, or check that this is the right folder
chk-pack-too-many-files = the pack has more than { $max } files (reading stopped at { $file }); split it into several packs, or check that this is the right folder
chk-binary = this looks like a binary file, not RON text (it holds a zero byte); is it the right file?
chk-not-utf8 = the file is not UTF-8 text (an invalid byte is here); save it as UTF-8 in your editor
chk-file-empty = the file is empty; it should hold { $expected }
chk-format-unsupported = unsupported content format { $written }: this version of Puente reads format { $format } — use a Puente that reads format { $written }, or write the pack in format { $format } (docs/content-format.md)
chk-cannot-open-folder = cannot open this pack folder: { $error }; check the path
chk-not-a-folder = this is a file; `puente check` takes a pack folder (the folder that holds pack.ron, modules/ and checklists/) or a pack file made by `puente pack` (.puente-pack)
chk-cannot-read-folder = cannot read this folder: { $error }
chk-cannot-read-file = cannot read this file: { $error }
chk-pack-file-too-big = this pack file is { $size } MB; a pack file may be at most { $max } MB — check that it is the right file, or share the pack folder instead
chk-pack-file-damaged = this is not a readable pack file ({ $error }) — it may be damaged or cut short; copy it again, or make it again with `puente pack FOLDER --out FILE.puente-pack`
chk-pack-file-too-many = this pack file holds { $count } entries; a pack file may hold at most { $max } — check that it is the right file
chk-pack-file-total-too-big = this pack file unpacks to more than { $max } MB and was not opened — a pack is never that large; check where the file came from
chk-pack-entry-unsafe-name = this entry's name points outside the pack (an absolute path, `..`, a drive or a back-slash) and was left out — make the file again with `puente pack`
chk-pack-entry-link = this entry is a link, not a file, and was left out — a pack file holds only files; make it again with `puente pack`
chk-pack-entry-unreadable = this entry cannot be read ({ $error }) and was left out — make the file again with `puente pack`, which uses only the deflate method
chk-not-regular-file = this is { $kind ->
    [folder] a folder
    [fifo] a named pipe (FIFO)
    [device] a device
    [socket] a socket
   *[other] a special file
  }, not an ordinary file, so it was not read; put the file itself here

## RON syntax
chk-cut-short = { $message }; also, the file ends before its brackets are closed — was it cut short?
chk-ron-eof = the file ends too early: a bracket, parenthesis or quote is not closed, or the file was cut short
chk-ron-comma = expected a comma `,` between two values
chk-ron-inside = {" "}in { $what }
chk-ron-did-you-mean = {" "}did you mean `{ $name }`?
chk-ron-unknown-field = unknown field `{ $found }`{ $inside };{ $hint } the fields allowed here are { $allowed }
chk-ron-missing-field = missing field `{ $field }`{ $inside }; add it (docs/content-format.md lists every field)
chk-ron-duplicate-field = the field `{ $field }` is written twice{ $inside }; keep one
chk-ron-unknown-variant = unknown { $what } `{ $found }`;{ $hint } expected one of { $allowed }
chk-ron-what-step-kind = step kind
chk-ron-what-outcome = outcome
chk-ron-what-name = name
chk-ron-wrong-struct = this file should hold { $expected }, not `{ $found }(…)`
chk-ron-invalid-value = expected { $expected }, but found { $found }
chk-ron-string = expected a text in double quotes
chk-ron-integer = expected a whole number (0 or more, no decimal point)
chk-ron-float = expected a number
chk-ron-bool = expected `true` or `false`
chk-ron-array = expected a list in square brackets `[…]`
chk-ron-array-end = expected `,` or the closing `]` of the list
chk-ron-map = expected a map in braces `{ "{" }…{ "}" }`
chk-ron-map-end = expected `,` or the closing `{ "}" }` of the map
chk-ron-map-colon = expected `:` between a key and its value
chk-ron-paren = expected an opening parenthesis `(`
chk-ron-paren-end = expected `,` or the closing parenthesis `)`
chk-ron-identifier = expected a field name
chk-ron-too-deep = values are nested too deeply; content never needs more than a few levels — is this the right file?
chk-ron-trailing = unexpected text after the end of the file's value; a file holds { $expected }
chk-ron-unexpected-char = unexpected character { $char }
chk-ron-unclosed-comment = a /* comment is never closed with */

## The parts of a file, as the syntax messages name them
chk-noun-option = an option
chk-noun-ordering-item = an ordering item
chk-noun-matching-pair = a matching pair
chk-noun-mistake = a mistake
chk-noun-scenario-node = a scenario node
chk-noun-scenario-choice = a scenario choice
chk-noun-scale-level = a scale level
chk-noun-checklist-item = a checklist item
chk-noun-glossary-term = a glossary term
chk-noun-gate = a knock-out gate
chk-noun-level = a level
chk-noun-case = a worked case

## Sources and review dates
chk-kind-source = source
chk-scope-sources = in these sources
chk-link-source = cites the source "{ $id }", which is not among this module's or checklist's sources{ $hint }
chk-review-missing = no review date: add `reviewed: "YYYY-MM-DD"`, the day an author last checked this against its sources
chk-review-date = "{ $value }" is not a date: write it as YYYY-MM-DD, e.g. "2026-11-27"
chk-review-stale = last reviewed { $date }, more than { $months } months ago: check it against its sources, then update `reviewed`
chk-date-future = { $date } is in the future: write the day it actually happened
chk-sources-missing = no sources: list the laws, treaties or guides this rests on in `sources`, primary texts where they exist
chk-source-field-empty = the source's `{ $field }` is empty
chk-source-url = "{ $url }" is not a web address: a source's `url` starts with http:// or https://
chk-source-unlocated = the source has neither a `url` nor a `citation`: give one so a reader can find it
chk-source-consulted = "{ $value }" is not a date: write the day you read the source as YYYY-MM-DD, or YYYY-MM if you know only the month

## Moodle GIFT conversion
chk-gift-braces = the question's answers are not between one {"{"} and one {"}"}: add the missing brace, or write a brace that belongs to the text as \{"{"} or \{"}"}
chk-gift-too-few = a question with choices needs at least { $n } answers
chk-gift-matching = the matching answer "{ $answer }" has no "->" between the item and its match
chk-gift-number = "{ $value }" is not a number
chk-gift-no-number = a numerical question with no number to accept
chk-gift-short-answer = a short-answer question: Puente does not score typed words, so it became a reflection (not scored) with the accepted answers as its model answer
chk-gift-partial = partial credit ({ $weight }%) for "{ $answer }" has no equivalent in Puente: it counts as wrong
chk-gift-extra-match = the extra answer "{ $answer }", which belongs to no item, was left out: Puente's matching has no distractors
chk-gift-other-feedback = the feedback for any other number was left out: Puente shows the explanation to every answer
chk-gift-lesson-title = Reading { $n }
chk-gift-accepted = Accepted answers: { $answers }
chk-gift-reflection-explanation = Compare your answer with the model answer, where there is one, and with the lessons.
chk-gift-answer-is = The answer: { $answer }.
chk-gift-true = true
chk-gift-false = false
chk-gift-summary = Questions converted from { $file }: { $n }.
chk-unreadable-module = references to the module "{ $id }" in other files are not checked until this file can be read
chk-unreadable-glossary = links to glossary terms are not checked until this file can be read

## The course's path (sections in pack.ron)
chk-kind-section = section
chk-scope-sections = in these sections
chk-field-section-title = section title
chk-section-empty = the section "{ $section }" lists no modules; add the ids of its modules or remove it
chk-section-module-unknown = the section names the module "{ $id }", which is not a module of this pack{ $hint }
chk-section-module-twice = the module "{ $id }" is already in the section "{ $section }"; a module belongs to one section — remove it from one of them
chk-section-module-missing = the module "{ $id }" is in no section, so home shows it apart, under "Other modules"; add its id to the `modules` of a section
