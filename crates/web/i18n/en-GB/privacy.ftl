## The privacy notice of the organisation one works in

privacy-title = Privacy notice
privacy-heading = How { $organisation } looks after your information
privacy-please-read = Please read this before you start. We show it again if it changes.
privacy-have-read = I have read this
privacy-read-standard = Read the standard version
privacy-read-young-person = Read the version for young people
privacy-no-organisation = You are not working in an organisation, so there is no privacy notice to show.
privacy-footer-link = Privacy notice
privacy-home-link = Read the privacy notice again

privacy-default-standard =
    { $organisation } uses Resilient Moves to work with children, young people and families, and the people around them.

    What we keep: the names of the people in each circle, what each person writes, the checks and plans you make together, and when people sign in.

    Why: to support the young person at the centre of the circle, with you. We use it for nothing else.

    Who sees it: each time you write something, you choose who sees it, and the page tells you who that is. Practitioners may keep a note for safeguarding; everyone is told that such a note exists.

    How long: for as long as we work with you, and then for as long as the law requires.

    Your rights: you can ask to see everything we hold about you, ask us to correct it, and complain to the Information Commissioner's Office. Ask your practitioner, or contact { $organisation }.
    .family =
        { $organisation } uses Resilient Moves to work with children, young people and families, and the people around them.

        What we keep: the names of the people in your circle, what each person writes, the checks and plans you make together, and when people sign in.

        Why: to help your young person, with you. We use it for nothing else.

        Who sees it: each time you write something, you choose who sees it, and the page tells you who that is. If a worker is worried that someone is not safe, they can keep a note just for workers. You are told that there is a note.

        How long: for as long as we work with you, and then for as long as the law says we must.

        Your rights: you can ask to see everything we keep about you, and ask us to fix anything that is wrong. If you are not happy with how we look after it, you can complain to the Information Commissioner's Office. Ask your worker, or contact { $organisation }.
privacy-default-young-person =
    This is about what happens to the things you share here.

    We keep what you write, and what the people helping you write.

    You choose who sees what you write: just you, your workers, or everyone in your circle. We always tell you who will see it before you share.

    If a worker is worried that you are not safe, they can keep a note just for workers. You will be told that there is a note.

    You can ask to see everything we keep about you. You can ask us to fix something that is wrong. Ask your worker.

## Administrators: changing the notice
privacy-admin-title = Privacy notice
privacy-admin-lead = Everyone in { $organisation } is shown this notice when they first sign in, and again each time it changes, until they say they have read it.
privacy-admin-version = This is version { $version }, saved on { $date }.
privacy-admin-version-default = This is the notice that comes with Resilient Moves. Change it to say how your organisation works.
privacy-admin-standard = The standard version
privacy-admin-young-person = The version for young people
privacy-admin-young-person-hint = Use short sentences and everyday words.
privacy-admin-save = Save a new version
privacy-admin-saved = Saved. Everyone will be shown the new version.
privacy-admin-stale = Someone else saved a new version while you were editing. Their version is shown below as saved; what you wrote is still in the boxes. Check both, then save again.
privacy-admin-errors-title = There is a problem
privacy-admin-missing = Write this version of the notice.
privacy-admin-too-long = This is longer than { $max } characters.
privacy-admin-hidden-character = This contains a hidden character that could change how the text reads. Type it again without it.
privacy-admin-home-link = Change the privacy notice
