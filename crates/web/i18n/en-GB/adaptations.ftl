## The organisation's adaptation of the framework, for its administrators.

audit-action-framework_adapted = Framework adapted
adapt-home-link = Framework
adapt-title = Your organisation's framework
adapt-lead = This is the Resilience Framework as your organisation uses it. You can add your own moves, reword moves, hide moves you do not use, choose a wording or translation, and say who helped make the changes. Every change is kept as a new version: records made earlier keep the wording they were made with.
adapt-errors-title = There is a problem
adapt-stale = Someone else saved a change to the framework while you were working (it is now version { $version }). Nothing you sent was saved. Check the framework as it is now, then send your change again: what you typed is still here.
adapt-back = Back to your organisation's framework
adapt-draft = Draft

adapt-newer-title = A newer edition of the framework
adapt-newer-lead = Your organisation uses an older edition. The newer one is:
adapt-newer-keeps = The newer edition words some moves differently, closer to the published framework. Your own moves, rewordings and hidden moves stay as they are. Checks and plans made before keep the words they were made with.
adapt-newer-wording = The wording or translation you chose belongs to the older edition. After you move, choose a wording of the newer edition below.
adapt-newer-submit = Use the newer edition

adapt-in-force-title = In use now
adapt-version = Version
adapt-version-none = Not changed yet
adapt-edition = Edition
adapt-overlay = Wording
adapt-overlay-none = The edition's own wording
adapt-credit = Made with
adapt-credit-none = Nobody credited yet

adapt-moves-title = Moves
adapt-moves-lead = Choose a move to reword it or to hide it.
adapt-tag-local = Your own move
adapt-tag-reworded = Reworded
adapt-tag-hidden = Hidden
adapt-tag-in-use = In use

adapt-add-title = Add your own move
adapt-add-lead = Your own move is added to a compartment and gets a new name of its own, so it can never be mixed up with a published move.
adapt-add-compartment = Compartment
adapt-label = Label
adapt-label-hint = A few words, at most 200 characters.
adapt-description = Description
adapt-description-hint = Optional. A sentence or two about what the move means.
adapt-category = Changing the odds
adapt-category-hint = Optional. Choose one if the move is about the world around the person.
adapt-category-none = None
adapt-add-submit = Add move

adapt-overlays-title = Wording and translations
adapt-overlays-lead = A wording or translation changes the labels people see. Look at one first; it is used for records only after you accept it.
adapt-overlays-none = There are no wordings or translations for this edition.
adapt-overlay-drop = Go back to the edition's own wording

adapt-edition-title = Edition
adapt-edition-choose = Edition of the framework
adapt-edition-hint = Changing the edition keeps your own moves, rewordings and hidden moves, if the new edition has their compartments and moves.
adapt-edition-submit = Use this edition

adapt-credit-title = Who made these changes
adapt-credit-label = Made with
adapt-credit-hint = Say who co-produced your changes, in their own words, for example "The Tuesday young people's group". Leave it empty to remove the credit.
adapt-credit-submit = Save credit

adapt-file-title = Work on a file
adapt-file-lead = Communities of practice can download your changes as a file, edit it, and bring it back.
adapt-export = Download the changes as a file (TOML)
adapt-import = Bring back a file

adapt-history-title = Versions
adapt-history-none = Nothing has been changed yet.
adapt-history-caption = Every version of your organisation's framework, newest first
adapt-history-nobody = Nobody named
adapt-history-older = Older versions
adapt-col-version = Version
adapt-col-when = When
adapt-col-who = Who
adapt-col-what = What changed

adapt-change-adopted = Edition { $id } adopted
adapt-change-overlay-accepted = Wording { $id } accepted
adapt-change-overlay-dropped = Back to the edition's own wording
adapt-change-move-added = Move { $id } added
adapt-change-reworded = Move { $id } reworded
adapt-change-hidden = Move { $id } hidden
adapt-change-unhidden = Move { $id } shown again
adapt-change-credited = Credit changed
adapt-change-imported = File brought back

adapt-done-adopted = The edition is changed.
adapt-done-overlay = The wording is changed.
adapt-done-added = Your move is added.
adapt-done-reworded = The move is reworded.
adapt-done-hidden = The move is hidden. Records that already use it still show it.
adapt-done-shown = The move is offered again.
adapt-done-credited = The credit is saved.
adapt-done-imported = The file is brought back as a new version.
adapt-done-unchanged = Nothing was different, so nothing was saved.

adapt-move-title = Move: { $label }
adapt-move-id = Name in records
adapt-move-compartment = Compartment
adapt-move-standard = Standard wording
adapt-move-status = Status
adapt-move-hidden = Hidden: not offered for new records
adapt-move-offered = Offered for new records
adapt-move-meaning = Rewording keeps what the move means: records that use it keep their own wording.
adapt-reword-title = Reword this move
adapt-reword-hint = Leave both boxes empty to go back to the standard wording.
adapt-reword-submit = Save wording
adapt-hide-title = Hide this move
adapt-unhide-title = Offer this move again
adapt-hide-lead = A hidden move is not offered for new records. It is not deleted: records that use it still show it.
adapt-hide-submit = Hide move
adapt-unhide-submit = Offer move again

adapt-preview-title = Wording: { $title }
adapt-preview-heading = Wording:
adapt-preview-draft = this wording has not been checked by the people it is for. You can look at it, but it is used for records only if you accept it knowing that.
adapt-preview-by = Made by
adapt-preview-licence = Licence
adapt-preview-note = Note
adapt-preview-in-use = Your organisation uses this wording.
adapt-preview-moves = How the moves read
adapt-accept-title = Use this wording for records
adapt-accept-confirm-draft = I understand this wording is a draft and want to use it for records anyway
adapt-accept-submit = Use this wording

adapt-import-title = Bring back a file
adapt-import-lead = Paste the whole file you downloaded and edited. It is checked first: if anything is wrong, nothing is saved and every problem is listed with its line number.
adapt-import-text = The file
adapt-import-hint = Open the file in a text editor, copy everything, and paste it here.
adapt-import-submit = Check and save
adapt-import-errors-title = The file was not saved
adapt-import-empty = Paste the file into the box first.

adapt-error-unknown-edition = Choose one of the editions listed.
adapt-error-unknown-compartment = Choose one of the compartments listed.
adapt-error-unknown-move = That move is not in your organisation's framework.
adapt-error-overlay-edition = That wording belongs to another edition.
adapt-error-draft-not-confirmed = This wording is a draft. Tick the box to say you want to use it anyway.
adapt-error-edition-lacks = That edition does not have everything your changes use: { $ids }. Undo those changes first.
adapt-error-category = Choose one of the categories listed, or none.
adapt-error-label-empty = Enter a label.
adapt-error-label-too-long = The label can be at most { $max } characters long.
adapt-error-label-hidden-character = The label contains a hidden character that changes how text is shown. Type it again rather than pasting it.
adapt-error-description-too-long = The description can be at most { $max } characters long.
adapt-error-description-hidden-character = The description contains a hidden character that changes how text is shown. Type it again rather than pasting it.
adapt-error-credit-too-long = The credit can be at most { $max } characters long.
adapt-error-credit-hidden-character = The credit contains a hidden character that changes how text is shown. Type it again rather than pasting it.
