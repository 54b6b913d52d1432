# Puente's interface in English. Every file in assets/i18n/<lang>/ has the
# same message ids; a test keeps them in step.

## Profiles
tagline = Intellectual property and technology transfer in the life sciences
who-is-learning = Who is learning?
create-your-profile = Create your profile
new-profile = New profile
profile-privacy = Your progress is saved on this computer under this name. Nothing is sent anywhere.
your-name = Your name
name-example = e.g. Ana Martínez
language = Language
create-profile = Create profile
name-missing = Write your name first.
name-too-long = That name is longer than 80 characters; shorten it.

## Home
switch-profile = Switch profile
continue-where-stopped = Continue where you stopped: { $module } — { $step }
kind-question = Question
kind-true-false = True or false
kind-ordering = Put in order
kind-matching = Match
kind-numeric = Calculate
kind-date = Deadline
kind-scenario = Case
kind-reflection = Reflection
module-meta = { $minutes } min · { $lessons ->
        [one] 1 lesson
       *[other] { $lessons } lessons
    } · { $exercises ->
        [one] 1 exercise
       *[other] { $exercises } exercises
    }
not-done-yet = (not done yet)
best-after = Best after: { $modules }
steps-done = { $done } of { $total } steps
status-completed-score = Completed · score { $score }%
status-completed = Completed
status-score-so-far = Score so far { $score }% · { $answered } of { $scored } questions answered
status-in-progress = In progress
status-not-started = Not started
self-assessments = Self-assessments
checklist-meta = { $dimensions } dimensions · { $items } items
content-packs = Content packs
pack-line = { $title } — version { $version } · { $licence } · { $root }
choose-folder-in-dialog = Choose a folder in the dialog…
open-content-pack = Open a content pack…
or-type-folder = or type its folder:
open-folder = Open folder
content-problems = Problems in the content: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
run-score = score { $score }
run-answered = { $answered } of { $items } answered
continue = Continue
continue-run = Continue: { $name }
results = Results
results-run = Results: { $name }
what-are-you-assessing = What are you assessing?
assessment-example = A name to find this assessment again
start-assessment = Start assessment

## Module player
home = ← Home
back = ← Back
next = Next →
finish-module = Finish module
step-of = Step { $n } of { $total }
close = Close
term-not-in-glossary = “{ $term }” is not in the glossary.
choose-every-option = Choose every option that applies.
true = True
false = False
ordering-help = Use the arrows to put the items in order, first at the top.
move-up = Move up: { $item }
move-down = Move down: { $item }
right-order = The right order
choose = Choose…
match-for = Match for: { $item }
right-answer-is = Right: { $answer }
your-answer = Your answer
not-a-number = That is not a number yet.
number-read-as = Read as { $value }
numeric-answer-is = The answer is { $answer }.
your-date = Your date
date-hint = DD/MM/YYYY
not-a-date = Write a date such as 31/01/1999 or 1999-01-31.
last-day-is = The last day is { $date }.
you-chose = You chose: { $choice }
outcome-success = The best ending.
outcome-partial = A partial outcome: something was saved, something lost.
outcome-failure = A poor outcome.
grade-good = Good move
grade-acceptable = Acceptable move
grade-poor = Poor move
scenario-moves = Your moves — good: { $good } · acceptable: { $acceptable } · poor: { $poor }. Score for this case: { $score } %.
your-reflection = Your reflection (not scored; it stays on this computer unless you choose to share it when you export your progress)
save-reflection = Save reflection
saved = Saved
model-answer = One possible answer
check-answer = Check answer
exercise-keys-choice = Keys: a number picks an option · Enter checks, Enter again goes on · ← → other steps · Esc home
exercise-keys = Keys: Enter checks, Enter again goes on · ← → other steps · Esc home
scenario-keys = Keys: a number takes that choice at once · ← → other steps · Esc home
why = Why
try-again = Try again
verdict-right = ✔ Right
verdict-partly = Partly right: { $score }%
verdict-wrong = ✘ Not quite
mark-right = Right
mark-wrong = Wrong

## Summary
module-finished = Module finished
module-score = Score: { $score }%
scored-answered = { $answered } of { $scored } scored exercises answered.
no-scored-exercises = This module has no scored exercises.
what-next = What next
review-missed = Review the questions you missed
next-module = Next module: { $module }
save-certificate = Save a certificate…
back-to-home = Back to home

## Self-assessments
previous-dimension = ← Previous dimension
dimension-of = Dimension { $n } of { $total }
see-results = See results
next-dimension = Next dimension →
note-hint = Note (optional): evidence, who to ask, next step
note-on = Note on: { $item }
change-answers = Change answers
started-on = Started { $date }
assessment-score = Score: { $score } / 100
open-module = Open module: { $module }
too-few-answers = Too few answers to score yet
too-few-answers-detail = Answer at least half of the items in every dimension: { $missing ->
        [one] 1 more answer
       *[other] { $missing } more answers
    } needed. A score built on a few answers would mislead.
nothing-applies = Nothing to score: every item is marked not applicable.
run-knock-out = knock-out answer: see the results first
gates-heading = Before anything else
gate-capped = Because of this answer, the result is at most “{ $band }”, whatever the score.
level-reached = Level reached: { $level }
level-none = No level reached yet
next-level-plan = To reach “{ $level }”, complete:
assess-pack-errors = the pack has errors, so its checklists cannot be scored; run `puente check` on it and fix them
assess-unknown-checklist = there is no checklist "{ $id }"; the checklists are: { $known }
assess-cannot-read = cannot read { $file }: { $error }
assess-bad-json = { $file } is not valid JSON (line { $line }, column { $column }): { $error }; write one object such as {"{"}"item-id": 2, "other-item": "na"{"}"}
assess-not-object = { $file } must hold one JSON object of answers, such as {"{"}"item-id": 2, "other-item": "na"{"}"}; `puente assess CHECKLIST_ID --template` lists the items
assess-unknown-item = "{ $id }" is not an item of the checklist "{ $checklist }"{ $hint }; `--template` lists the items
assess-did-you-mean = {" "}(did you mean "{ $id }"?)
assess-off-scale = "{ $id }": { $value } is not an answer this item accepts; use one of { $allowed }
assess-gates = Before anything else:
assess-score = Score: { $score } / 100
assess-too-few = Too few answers to score: { $missing ->
    [one] 1 more answer is
   *[other] { $missing } more answers are
} needed.
assess-no-level = none yet
assess-level = Level: { $level }
assess-band = Result: { $band } ({ $id })
assess-plan = Plan: for the next level, complete
assess-dimension-levels = Levels by dimension:
dimension-levels = Levels by dimension
dimension = Dimension
score = Score
answered = Answered
answered-of = { $answered } of { $items }
answered-of-na = { $answered } of { $items } ({ $na } not applicable)
your-notes = Your notes
export = Export
save-pdf-report = Save PDF report…
save-csv = Save ratings as CSV…
score-by-dimension = Score by dimension
band-lines = Dashed lines: where each band begins.
history = History
overall = Overall

## Messages and banners
pack-not-opened = The pack could not be opened: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }. The problems are listed on the home screen, under “Problems in the content”.
pack-has-errors = “{ $title }” ({ $root }) has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } and was not opened; the problems are listed on the home screen, under “Problems in the content”. Its author can check it with `puente check`.
pack-opened = Opened “{ $title }” (version { $version }): { $modules ->
        [one] 1 module
       *[other] { $modules } modules
    }, { $checklists ->
        [one] 1 self-assessment
       *[other] { $checklists } self-assessments
    }.
pack-opened-warnings = Opened “{ $title }” (version { $version }): { $modules ->
        [one] 1 module
       *[other] { $modules } modules
    }, { $checklists ->
        [one] 1 self-assessment
       *[other] { $checklists } self-assessments
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }.
pack-replaces = { $summary } It replaces version { $old }.
data-folder-unusable = Puente cannot use its data folder, so progress will not be saved: { $error }. Start Puente with --data-dir FOLDER to use another folder.
profile-not-created = The profile could not be created: { $error }
profile-stays-open = Some answers are not saved yet, so the profile stays open; see the message at the top.
language-not-saved = The language could not be saved: { $error }
display-not-saved = The text size and theme could not be saved: { $error }
saving-pdf = Saving the PDF report…
saving-csv = Saving the ratings…
saving-certificate = Saving the certificate…
file-not-made = The file could not be made: { $error }
file-not-written = { $path } could not be written: { $error }
file-saved = Saved { $path }.
open-pack-dialog-title = Open a content pack folder
open-pack-file = Open a pack file (.puente-pack)…
open-pack-file-dialog-title = Open a content pack in one file
pack-file-kind = Puente content pack
write-read-only = Your data folder cannot be written (it is read-only).
write-full = The disk is full.
write-in-use = This profile is open in another Puente window.
write-other = Your answers could not be saved.
pending-answers = { $count ->
        [one] 1 answer is kept
       *[other] { $count } answers are kept
    } in memory and will be saved as soon as possible; keep Puente open. Puente tries again every few seconds.
try-saving-now = Try saving now
dismiss = Dismiss
answers-not-saved = Answers not saved
answers-not-saved-detail = { $count ->
        [one] 1 answer could not be saved yet.
       *[other] { $count } answers could not be saved yet.
    } If you close Puente now they are lost. Free some disk space or make the data folder writable, then try again.
keep-open = Keep Puente open
close-and-lose = Close and lose them
content-fallback = This content is not available in { $language }, so it is shown in { $fallback }.

## Settings
settings = Settings
text-size = Text size
text-size-keys = Ctrl + and Ctrl − change the text size anywhere.
theme = Theme
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
data-folder = Data folder
open-data-folder = Open folder
about = About
about-version = Puente { $version }
about-pack = { $title }, version { $version } — { $licence }
about-licences = Puente is free software (MIT or Apache-2.0). Fonts: DejaVu Sans (Bitstream Vera licence).
about-offline = Puente works without a network and sends nothing anywhere.

## What the store tells the user
notice-torn = The last answer being saved in { $path } was cut off (Puente was stopped while saving) and was dropped.
notice-torn-kept = The last answer being saved in { $path } was cut off (Puente was stopped while saving) and was dropped. Its bytes are kept in { $kept }.
notice-set-aside = { $path } had { $unreadable } unreadable line(s). The original is kept as { $aside }; the { $kept } readable entries are in use.
notice-newer-events = { $count ->
        [one] 1 entry in { $path } was written by a newer Puente; it is kept but not shown. Update Puente to see it.
       *[other] { $count } entries in { $path } were written by a newer Puente; they are kept but not shown. Update Puente to see them.
    }
notice-foreign-lines = { $count } unreadable line(s) in { $path } (written on another device) were skipped; the file is left as it is.
notice-journal-unreadable = { $path } (written on another device) cannot be read: { $detail }. Its events are not shown; the file is left as it is.
notice-restored = { $path } could not be read and was restored from its backup; the damaged file is kept as { $aside }.
notice-profile-rebuilt = { $path } was missing or could not be read, so the profile was made anew from the learner's saved answers; if the name could not be read, a short code stands in for it.
notice-profile-rebuilt-aside = { $path } could not be read, so the profile was made anew from the learner's saved answers; if the name could not be read, a short code stands in for it. The damaged file is kept as { $aside }.
notice-profile-unreadable = The profile in { $path } cannot be opened: { $detail }
notice-temporary-device = { $path } could not be written, so this session uses a temporary device id.
error-locked = This profile is open in another Puente window; close it there first.
error-newer-format = { $path } was written by a newer Puente (format { $found }); update Puente to open it.
error-unreadable = { $path } cannot be read: { $detail }
error-io = { $path }: { $detail }
error-own-journal = { $path } cannot be read: { $detail }. This profile is not opened, so nothing in it is lost. If the file belongs to another user of this computer, ask whoever manages the computer to give you access to it, or open Puente as that user.
error-encode = { $path } was not written: Puente could not put what it was saving into the file's format. The file is as it was.
error-no-data-folder = No home folder was found for this user; start Puente with --data-dir FOLDER.
io-not-found = it does not exist
io-permission = Puente is not allowed to use it
io-read-only = it is on a read-only disk or folder
io-full = the disk is full
io-invalid = it is not a file Puente can read (a folder, a device, or far too large)
io-cancelled = it was cancelled
io-other = the system refused (error { $code })
io-unexpected = the system refused
detail-not-json = it is not valid JSON (line { $line }, column { $column })
detail-not-a-profile = it does not hold a profile this Puente can read
detail-profile-missing = the profile file is missing
detail-profile-copy = it is a copy of { $name }'s profile (id { $id }), which is in { $original }; only that one is read. Move the copy out of the profiles folder, or delete it
detail-profile-folder-name = the folder of { $name }'s profile must be named after its id; rename it to { $wanted }
skip-too-deep = is a folder more than { $depth } folders inside the one given, so it was not searched: import it on its own.
skip-unreadable = cannot be read: { $detail }
skip-too-large = is larger than any progress bundle ({ $size } bytes); it is not one
skip-not-regular = is { $kind ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] a special file
    } and not a file, so it was not read
skip-other-pack = holds progress in another content pack ({ $packs }), not in the pack open here ({ $open }); open that pack and import it again
skip-mixed-profiles = lists events of another learner ({ $count } of them); the file was edited by hand or damaged
skip-write = could not be saved: { $error }
skip-cancelled = the import was cancelled before this file
bundle-empty = the file is empty
bundle-truncated = the file ends too early (line { $line }, column { $column }): it was probably cut short while copying; export it again
bundle-not-json = the file is not a Puente progress bundle (line { $line }, column { $column })
bundle-foreign = this is not a Puente progress bundle (it says it is “{ $kind }”)
bundle-newer = the bundle was made by a newer Puente (format { $found }; this one reads { $reads }); update Puente
bundle-damaged = the bundle is damaged: it was edited or broken after it was made; export it again from the learner's computer
bundle-changed = the bundle was changed after Puente wrote it (its checksum does not match its content): it was damaged while copying or edited by hand; export it again from the learner's computer
pdf-font = the embedded font could not be read
pdf-page = the page size was refused
pdf-write = the PDF could not be put together
export-not-encoded = what was to be saved could not be put into its file format

## Workshop: bundles, the cohort dashboard, presenter mode
workshop = Facilitator dashboard
export-progress = Export my progress…
saving-bundle = Saving your progress…
saving-xapi = Saving the xAPI statements…
shared-folder = Several laptops share this data folder
shared-folder-help = Tick this when the folder is on a USB stick or kept in step by Syncthing or a similar tool, and start Puente on every laptop with this folder. Each laptop then writes only its own files.
workshop-title = Workshop: the room's progress
presenter-mode = Presenter mode
import-bundles = Import bundles…
import-folder = Import a folder…
import-pending = { $count ->
        [one] 1 more file or folder waits
       *[other] { $count } more files or folders wait
    } to be imported after this.
import-drop = Bundle files or folders can also be dropped on this window.
import-path-hint = or type a folder or bundle path
import = Import
importing = Importing { $done } of { $total } files…
reading-cohort = Reading the learners' progress…
opening-pack = Opening the content pack…
importing-bundles = Importing bundles…
task-failed = This did not finish because of a fault in Puente: { $task } Please try again.
import-cancel = Cancel the import
import-cancelling = Stopping after the current file…
import-waiting = Waiting for another import into this data folder to finish…
import-done = { $files ->
    [one] 1 file imported
   *[other] { $files } files imported
}, { $events ->
    [one] 1 new event
   *[other] { $events } new events
}, { $skipped } skipped.
import-file-skipped = Skipped { $file }: { $reason }
import-other-version = { $name }: made with another version of the pack ({ $versions }); imported.
import-conflict = { $name }: { $count ->
    [one] 1 event arrived again with different content
   *[other] { $count } events arrived again with different content
} ({ $ids }). The copy already in this data folder is kept, because Puente never overwrites what it has stored; one of the two copies was edited or damaged. Compare with the learner's computer and, if this bundle is the right one, import it into an empty data folder.
import-conflict-in-bundle = { $name }: the bundle holds { $count ->
    [one] 1 event
   *[other] { $count } events
} twice with different content ({ $ids }); the first copy of each was used. The file was edited or damaged: export it again from the learner's computer.
import-repeated = { $name }: the bundle holds some events more than once ({ $count ->
    [one] 1 extra copy
   *[other] { $count } extra copies
}, each the same as the first); each event was read once.
export-cohort-csv = Export CSV…
export-xapi = Export xAPI…
xapi-base = LRS address
xapi-base-hint = https://lrs.example.edu/xapi
xapi-base-invalid = This LRS address cannot be used: { $reason }. Type your institution's address, such as https://lrs.example.edu/xapi, or leave the field empty.
xapi-base-scheme = it does not start with https:// or http://
xapi-base-too-long = it is { $length } characters long; at most { $max } are accepted
xapi-base-character = it contains { $character }, which an address cannot hold
xapi-base-query = it has a query or a fragment (? or #); give the address without them
xapi-base-no-host = it has no host name after https://
xapi-written = { $statements ->
    [one] 1 xAPI statement
   *[other] { $statements } xAPI statements
} of { $learners ->
    [one] 1 learner
   *[other] { $learners } learners
} saved in { $files ->
    [one] 1 file
   *[other] { $files } files
} in { $path }. Send them to the LRS file by file (see the progress format guide).
xapi-untimely = { $count ->
    [one] 1 event dated before the year 1 was left out of the xAPI export: an LRS takes only four-digit years. It stays in the data folder.
   *[other] { $count } events dated before the year 1 were left out of the xAPI export: an LRS takes only four-digit years. They stay in the data folder.
}
xapi-refused = { $count ->
    [one] 1 xAPI statement was left out because an LRS would refuse it. Please report this to the Puente project.
   *[other] { $count } xAPI statements were left out because an LRS would refuse them. Please report this to the Puente project.
}
working-count = { $what } { $done } / { $total }
notes-more = … and { $count ->
    [one] 1 more note
   *[other] { $count } more notes
}.
import-skipped-more = … and { $count ->
    [one] 1 more file skipped:
   *[other] { $count } more files skipped:
}
import-skipped-like = { $count ->
    [one] 1 file
   *[other] { $count } files
} like { $file }: { $reason }
import-other-version-more = … and { $count ->
    [one] 1 more learner
   *[other] { $count } more learners
} with another version of the pack.
import-private-left-out-more = … and { $count ->
    [one] 1 more learner
   *[other] { $count } more learners
} whose private reflections and notes were left out.
no-learners = No learners here yet. Import the bundles learners saved with "Export my progress", or share this data folder between laptops (Settings).
learners-count = { $count ->
    [one] 1 learner
   *[other] { $count } learners
}
filter-group = Group
filter-date = Day
all-groups = All groups
all-dates = All days
learner = Learner
average = Average
hardest-exercises = Exercises most got wrong
wrong-first-time = { $wrong } of { $answered } wrong the first time
most-chosen = Most chosen wrong answer: { $answer } ({ $count })
show-in-presenter = Show on the projector
checklist-averages = Self-assessments: average per dimension
runs-count = { $count ->
    [one] 1 learner assessed
   *[other] { $count } learners assessed
}
presenter-exit = Leave presenter mode
presenter-reveal = Reveal
presenter-hide = Hide the answer
presenter-next = Next
presenter-previous = Previous
presenter-keys = Keys: → next · ← previous · R reveal · Esc leave
presenter-room = The room's answers:
presenter-from-bundles = from imported bundles
presenter-by-hand = counted by hand
presenter-count-add = One more for { $option }
presenter-count-remove = One fewer for { $option }
presenter-go-to-module = Module:
presenter-go-to-exercise = Exercise:
presenter-match-items = Match each of these…
presenter-match-answers = …with one of these:
presenter-order-items = Put these in order:
presenter-answer-count = { $count ->
        [one] 1 learner:
       *[other] { $count } learners:
    }
presenter-every-pair-right = every pair right
exercise-of = Exercise { $n } of { $total }
tab-learners = Learners
tab-items = Item analysis
tab-reflections = Reflections
reflections-help = What learners wrote in reflection steps and chose to share when they exported their progress: the latest text of each, oldest first. Names are hidden so this tab can be shown on a projector; what learners write on this laptop is never shown here.
reflections-show-names = Show names
reflections-shared-count = { $count ->
    [one] 1 learner shared
   *[other] { $count } learners shared
}
reflections-no-name = (no name)
reflections-show-all = { $count ->
    [one] Show 1 more
   *[other] Show { $count } more
}
reflections-none = No shared reflections yet: learners share them by ticking “{ share-reflections }” when they export their progress, then you import their files.
reflections-none-filtered = No shared reflections for this group or date. Choose “{ all-groups }” and “{ all-dates }” to see them all.
items-help = Per exercise, from each learner's first scored answer. Facility: the average score at the first attempt (too easy at { $easy } % or more, too hard at { $hard } % or less). Discrimination: how well the exercise separates stronger from weaker learners (the correlation with the rest of their scores; below { $weak } it does not discriminate; clearly below 0, check the key). Click a column's title to sort.
items-unreliable = Fewer than { $min } learners answered some exercises: their indices are shown in grey and are not reliable.
items-none = No scored answers yet.
item-exercise = Exercise
item-attempts = Learners
item-facility = Facility
item-discrimination = Discrimination
item-top-wrong = Most chosen wrong answer
item-flags = Flags
flag-too-easy = Too easy
flag-too-hard = Too hard
flag-no-discrimination = Does not discriminate
flag-check-key = Stronger learners choose a wrong answer more than weaker ones: check the key
flag-unreliable = Unreliable: fewer than { $min } learners
sort-by = Sort by { $column }
nothing-wrong-yet = No exercise answered wrongly yet.
no-assessments-yet = No self-assessment in these bundles yet.
workshops = Workshops
workshops-help = Save your progress as one file for your facilitator (on a USB stick), or, as a facilitator, open the room's dashboard and presenter mode.
your-group = Group (optional)
group-example = e.g. Workshop Guadalajara, November
group-help = Your facilitator sees learners by group in the workshop dashboard.

## Sources and review dates
sources-heading = Sources
sources-cited = Sources cited in this lesson
sources-module = All sources of this module ({ $n })
source-primary = Primary text
source-secondary = Secondary source
source-consulted = consulted { $date }
source-open = Read it
content-reviewed = Content reviewed { $date }

## puente convert
convert-cannot-read = cannot read { $file }: { $reason }
convert-not-utf8 = { $file } is not UTF-8 text; Moodle exports GIFT files as UTF-8: export again, or save the file as UTF-8 in a text editor
convert-bad-lang = "{ $lang }" is not a language code; write one such as en, es, pt or pt-BR
convert-bad-id = "{ $id }" cannot be a module id: use lowercase letters, digits and single dashes, e.g. --module-id patents-quiz
convert-no-questions = { $file } holds no question that could be read
convert-exists = { $path } already exists: choose another --module-id, or add --force to replace it
convert-cannot-write = cannot write { $path }: { $reason }
convert-wrote = wrote { $path }: { $kinds }
convert-made-pack = made { $path }: give the pack a title, description, authors and licence
convert-checked = the module, as `puente check` sees it: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}; add objectives and a review date, and read every question before learners do

open-gates-heading = Answer these first
open-gate-capped = A knock-out question: until you answer it (“not applicable” is no answer here), the result is at most “{ $band }”.

## Search
search-open = Search
search-shortcut = Search lessons, exercises, the glossary and checklists (Ctrl+F)
search-label = Search:
search-hint = a word or two, e.g. grace period
search-help = Type a word or two: lessons, exercises, glossary terms and checklist items of every open course are searched, whatever the case and accents. Enter opens the first result.
search-none = Nothing found for “{ $query }”. Try fewer words, or the start of a word.
search-count = { $n ->
    [one] 1 result
   *[other] { $n } results
}
search-glossary = Glossary
search-kind-lesson = Lesson
search-kind-exercise = Exercise
search-kind-term = Glossary term
search-kind-item = Checklist item
search-count-more = The first { $n } results: add a word to narrow them.

## Privacy and profiles
share-reflections = Share my reflections and notes with the facilitator
share-reflections-help = Unticked, the file holds your answers and scores but not what you wrote in reflections and self-assessment notes. Ticked, it holds them too, for this export only.
import-private-left-out = { $name }: { $count ->
        [one] 1 private reflection or note was
       *[other] { $count } private reflections and notes were
    } left out: the learner did not share them.
imported-learners-here = { $count ->
        [one] 1 learner imported from a bundle is
       *[other] { $count } learners imported from bundles are
    } in the facilitator's dashboard, read-only; they are not listed here.
profile-imported-read-only = This learner was imported from a bundle: their progress can be seen in the facilitator's dashboard, but the profile cannot be opened or changed on this computer.
rename-profile = Rename…
delete-profile = Delete…
new-name = New name
save-name = Save the name
cancel = Cancel
delete-profile-question = Delete the profile of { $name }? It will no longer be listed, and its answers will be moved to the folder deleted-profiles inside the data folder.
delete-profile-yes = Yes, delete…
delete-profile-sure = Are you sure? { $name } will disappear from this list.
delete-profile-for-good = Yes, delete { $name }
profile-deleted = The profile of { $name } was deleted; its data was moved to { $path }.
profile-not-deleted = The profile was not deleted: { $error }
profile-not-renamed = The profile was not renamed: { $error }

## Saving without a dialog
file-saved-without-dialog = This computer has no window for choosing where to save, so Puente saved the file here instead: { $path }
open-saved-folder = Show in folder
dismiss-saved = OK
folder-not-opened = The folder { $path } could not be opened: { $error }. Open it from your file manager.
folder-not-made = The folder { $path } could not be made: { $error }.

## Scores and continuing
continue-next-module = Continue with the next module: { $module }

## Dashboard
too-few-runs-shown = Averages are shown once { $min } learners or more have assessed, so no one’s answers can be read off the screen.
bundle-other-json = this is not a Puente progress bundle: it is JSON, but not a file Puente wrote

## Spaced review
home-review = Review: { $due } due (~{ $minutes } min)
home-review-none = Review: nothing due today
review-title = Review
review-empty = Nothing to review yet. Exercises you answer wrong, and the glossary terms of the lessons you read, come back here to be recalled just before you would forget them.
review-due = { $due ->
        [one] 1 card is due today
       *[other] { $due } cards are due today
    } (about { $minutes } min).
review-new-waiting = { $count ->
        [one] 1 more new term waits
       *[other] { $count } more new terms wait
    } for the next days: new terms come { $per_day } a day at most, in the order you met them.
review-nothing-due = Nothing is due today. Each card comes back when you are about to forget it.
review-start = Start review
review-recall = You recalled { $percent } % of your { $reviews ->
        [one] 1 review
       *[other] { $reviews } reviews
    }.
review-no-recall-yet = No reviews yet: your recall rate appears after your first session.
review-target = Target retention: { $percent } % (change it in Settings).
review-next-days = The next 7 days
review-in-days = { $days ->
        [one] Tomorrow
       *[other] In { $days } days
    }: { $count }
review-all-cards = All cards ({ $count })
review-due-today = due today
review-due-in = { $days ->
        [one] due tomorrow
       *[other] due in { $days } days
    }
review-suspended = suspended
review-retired-vanished = retired: no longer in the pack
review-retired-changed = retired: the exercise changed in a new version of the pack
review-suspend = Suspend
review-resume = Take back
review-suspend-help = A suspended card is not asked again until you take it back.
review-suspend-this = Suspend this card
review-done = Review done: { $count ->
        [one] 1 card
       *[other] { $count } cards
    }. Come back tomorrow for the next ones.
review-overview = See the queue
review-progress = Card { $n } of { $total }
review-from = From the module “{ $module }”
review-next = Next card
review-term = Glossary term
review-term-prompt = What does it mean? Say it to yourself, then show the definition.
review-show-definition = Show the definition
review-grade-prompt = How well did you remember it?
review-grade = { $grade } · { $days ->
        [one] 1 day
       *[other] { $days } days
    }
review-again = Again
review-hard = Hard
review-good = Good
review-easy = Easy
review-retention = Review: target retention
review-retention-help = How likely you should be to remember a card when it comes back. Higher means more frequent reviews; 90 % suits most learners.
retention-not-saved = The target retention could not be saved: { $error }
dash-review-due = Review due
dash-review-overdue = Overdue
dash-recall = Recall
dash-review-help = Spaced review: cards due today, cards due before today, and the share of reviews recalled (with how many reviews).

## The glossary screen
glossary-open = Glossary
glossary-shortcut = Every term A–Z, with its definition in every language (Ctrl+G)
glossary-title = Glossary
glossary-filter = Filter:
glossary-filter-hint = the start of a word, e.g. priority
glossary-side-by-side = Every language side by side
glossary-keys = Ctrl+G opens the glossary from any screen, Ctrl+F searches everything, Esc goes back.
glossary-count = Terms shown: { $shown } of { $total }
glossary-none = No term matches “{ $filter }”. Try the start of a word, or fewer words.
glossary-empty = The open courses have no glossary.
glossary-letter = Terms under { $letter }
glossary-see-also = See also:
glossary-see-also-term = { $from }: see also { $term }
glossary-taught-in = Taught in:
glossary-taught-in-module = { $term }: taught in { $module }
glossary-back-to-lesson = ← Back to the lesson
glossary-preparing = Preparing the glossary…
open-in-glossary = Open in glossary
search-preparing = Preparing the search…
preparing-index = Preparing the search and the glossary

## Home: the course's path
home-filter = Show:
home-filter-all = All ({ $n })
home-filter-not-started = Not started ({ $n })
home-filter-in-progress = In progress ({ $n })
home-filter-done = Done ({ $n })
home-filter-none = No module of this course is in this group yet.
home-next = Suggested next: { $module }
home-all-done = You have done every module of this course.
home-section-progress = { $done } of { $total } done
home-other-modules = Other modules
about-this-course = About this course
home-map = The path at a glance
home-map-next = suggested next

packfile-bad-name = { $file } does not end in .puente-pack; give a name such as --out my-pack.puente-pack
packfile-has-errors = the pack has { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} and was not packed; fix { $errors ->
    [one] it
   *[other] them
} (see `puente check`) and pack it again
packfile-too-big = the pack would be more than { $max } MB in one file, which Puente does not open
packfile-not-whole = the file does not read back whole
packfile-cannot-write = cannot write { $file }: { $reason }
packfile-written = wrote { $file }: pack { $id } version { $version }, { $files } files, { $kb } kB. Open it with `puente --pack { $file }` or check it with `puente check { $file }`.

watch-on = Watching { $path }: saved changes appear here within a second.
watch-errors = { $path } has { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; the last good version stays in use until { $errors ->
    [one] it is
   *[other] they are
} fixed and saved:
watch-stopped = Puente stopped watching { $path } (reading it failed); open it again to go on.

installing-pack = Installing the pack…
removing-pack = Removing the pack…
pack-install-offer = To open this pack at every start, install it in Settings → Content packs.
pack-not-installed = A pack with errors is never installed: fix them and install it again.
pack-install-failed = The pack from { $path } could not be installed: { $error }. The version installed before, if any, is still there.
pack-installed = It is installed and opens at every start. Learners' progress is kept by ids, so it stays valid when the pack is updated.
pack-removed = The pack { $id } was removed from this computer; it stays open until Puente closes. Learners' records are kept.
pack-remove-failed = The pack { $id } could not be removed: { $error }
packs-heading = Content packs
packs-help = Installed packs are copied into the data folder and open at every start. Update one from a newer folder or pack file; learners' progress stays valid.
pack-row = { $id } · version { $version } · { $licence }
pack-from = From: { $path }
pack-built-in = Built into Puente
pack-is-installed = Installed
install-pack = Install
update-pack = Update from this folder
remove-pack = Remove
watch-pack = Watch this folder (reload on save)
