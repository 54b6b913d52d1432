## The facilitator's one-page guide of the workshop kit (puente guide)

guide-title = Running a workshop with Puente
guide-intro = This kit runs Puente from a USB stick, with no installation and no network. Every answer is saved at once in the puente-data folder on the stick, and travels with it.
guide-before = Before: copy the kit to one stick per learner (or per laptop) and open it once on a laptop of the room.
guide-start = Start: on Windows, double-click Puente.exe (if Windows "protected your PC": More info, then Run anyway); on Linux, double-click puente, or type sh puente.sh in a terminal. Each learner chooses “{ new-profile }” and gives a name and a language.
guide-projector = On the projector: “{ workshop }”, then “{ presenter-mode }”, shows one exercise at a time with the answers hidden until “{ presenter-reveal }”. { presenter-keys }
guide-gather = Gathering the room's progress: each learner chooses “{ export-progress }” and saves the file on your stick; on your laptop, “{ workshop }”, then “{ import-folder }”
guide-dashboard = The dashboard shows who finished what and the questions most got wrong; “{ export-cohort-csv }” writes one row per learner; “{ tab-reflections }” shows what learners shared.
guide-commands = From a terminal in the kit's folder (on Linux, ./puente instead of Puente.exe): Puente.exe import FOLDER merges the bundles; Puente.exe report ana.puente --out ana.pdf prints a learner's report; Puente.exe --help lists the rest.
guide-trouble = If the window does not open, the laptop needs OpenGL 2: update its graphics driver. If the stick is full or read-only, Puente says so and keeps the answers until they can be saved.
