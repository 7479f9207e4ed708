## The circle's journal of notes

notes-nav = Journal
notes-title = Journal of { $name }
notes-heading = Journal
notes-lead = Notes about what happened, written by the people in this circle. You see the notes shared with you, and your own.
notes-older = Older notes
notes-none = There are no notes you can read yet.
notes-new-link = Write a note
notes-change-link = Change or share this note
notes-back = Back to the journal
notes-shared-with = Shared with: { $audience }
notes-closed-read-only = This circle is closed. You can read its journal, but nobody can add to it or change it.
notes-date = { $day } { $month } { $year }
notes-month-1 = January
notes-month-2 = February
notes-month-3 = March
notes-month-4 = April
notes-month-5 = May
notes-month-6 = June
notes-month-7 = July
notes-month-8 = August
notes-month-9 = September
notes-month-10 = October
notes-month-11 = November
notes-month-12 = December

## Writing or changing a note

notes-new-title = Write a note
notes-change-title = Change or share your note
notes-body = Your note
notes-body-hint = What happened, in your own words. Up to { $max } characters.
notes-body-missing = Write something in the note.
notes-about = The day it is about
notes-about-hint = Today, unless you are writing about an earlier day.
notes-about-not-a-date = Enter a real date, for example 2025-11-24.
notes-about-future = The day cannot be in the future.
notes-about-too-long-ago = The date is before 1900. Check the year.
notes-with = Whose words are these?
notes-with-hint = If you are typing someone's words with them, choose them. They will see the note too, whoever else you share it with.
notes-with-own = My own words
notes-with-member = { $name } ({ $role })
notes-with-unknown = Choose someone who is in this circle, or your own words.
notes-with-not-yours = Only practitioners in this circle can type a note with someone else.
    .family = Only workers in this circle can type a note with someone else.
notes-audience-unknown = Choose who will see this note.
notes-not-a-member = Only people in this circle with an account can write notes here.
notes-not-theirs = Only the person who wrote this note, or who typed it with them, can change it.
notes-kept-by-practitioners = Only practitioners can change a note kept for safeguarding.
    .family = Only workers can change a private note kept to keep someone safe.
notes-circle-closed = This circle is closed, so nothing was saved. Your text is kept below: copy it if you need it.
notes-form-expired = This form was already used or could not be read, so nothing was saved. Your text is kept: check it and send it again.
notes-stale = Someone changed this note after you opened this page, so nothing was saved. The note as it is now is shown above; your text is kept below. Send it again if you still want your version.
notes-shared-warning = This note is already shared ({ $audience }). If you now share it with fewer people, the people who could see it may already have read it.
notes-current-heading = The note as it is now
notes-current-meta = { $date }. Shared with: { $audience }
notes-new-submit = Save note
notes-change-submit = Save changes
notes-done-written = Your note was saved.
notes-done-already = This note was already saved. It was not saved twice.
notes-done-changed = Your changes were saved.
notes-done-shared = Your note is now shared.
notes-done-narrowed = Your note is now shared with fewer people. The people who could see it before may already have read it.

## Export for a subject access request

export-overview-heading = Everything you can see in this circle
export-overview-lead = You can get a copy of everything in this circle that you are allowed to see, for example for a subject access request.
    .family = You can get a copy of everything in this circle that you are allowed to see. You have a right to see what is kept about you.
export-page-link = A page to print
export-json-link = A file to download (JSON)
export-title = Everything { $name }'s circle holds that you can see
export-heading = Copy of the circle
export-lead = This copy holds only what you are allowed to see in this circle. Safeguarding notes that practitioners keep are listed only by their date.
    .family = This copy holds only what you are allowed to see in this circle. Private notes that workers keep to keep someone safe are listed only by their date.
export-made = Made on { $at }.
export-requested-by = Asked for by { $name }.
export-pronouns = Pronouns
export-languages = Languages
export-notes-heading = Journal

audit-action-note_written = Note written or changed
audit-action-circle_exported = Circle exported
