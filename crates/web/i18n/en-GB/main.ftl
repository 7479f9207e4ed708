## The frame of every page

site-name = Resilient Moves
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-framework = The Resilience Framework
footer-about = Resilient Moves is free, open-source software for Resilient Therapy.
footer-framework-credit = The Resilience Framework is the work of Hart & Blincow with Thomas (2012) and BoingBoing, adapted from Hart, Blincow & Thomas (2007), Resilient Therapy.
demo-banner = Demo data: everything here is made up for trying the platform.

## Home

home-title = Welcome to Resilient Moves
home-lead = A shared space where young people, their families and their practitioners work on the Resilience Framework together.
home-running = If you have an account, sign in to see your circles and what needs you.
home-explore = Look at the Resilience Framework

## Error pages

error-reference = If you contact support, quote this reference: { $id }
error-go-home = Go to the home page
error-400-title = Something in the request was not right
error-400-body = Please go back and check what you entered.
error-403-title = You cannot do that here
error-403-body = Your account does not allow this. If you think it should, ask your organisation's administrator.
error-404-title = Page not found
error-404-body = The page may have moved, or the address may be mistyped.
error-405-title = That did not work
error-405-body = This page cannot be used in that way. Please go back and try again.
error-408-title = That took too long
error-408-body = Please try again.
error-413-title = That was too much to send at once
error-413-body = Please shorten what you entered, or send it in parts. Nothing was saved.
error-415-title = That kind of content is not accepted
error-415-body = Please go back and try again.
error-422-title = Something in the form was not right
error-422-body = Please go back and check what you entered.
error-429-title = Too many attempts
error-429-body = Please wait a few minutes and try again.
error-500-title = Sorry, something went wrong on our side
error-500-body = Nothing you entered has been lost. Please try again in a moment.
error-503-title = The service is not available right now
error-503-body = Please try again in a few minutes.
error-busy-title = Many people are signing in right now
error-busy-body = Please wait a few seconds and try again. Nothing you entered was checked or saved.
error-other-title = Something went wrong
error-other-body = Please go back and try again.
error-401-title = Please sign in again
error-401-body = For your safety you were signed out after a while without activity.
error-cross-site-title = That request came from another website
error-cross-site-body = For your safety it was not carried out. If you meant to do this, go back to Resilient Moves and try again there.
error-too-many-writes-title = Please wait a little
error-too-many-writes-body = You have saved a great many changes in the last hour, more than anyone usually needs, so nothing more can be saved for now. Nothing you sent just now was saved: keep a copy of it, and try again in an hour. If this keeps happening, tell your organisation's administrator.
error-stale-form-title = This form has expired
error-stale-form-body = Nothing was saved. Go back, reload the page, and send the form again.
error-session-expired-title = You were signed out before the form was sent
error-session-expired-body = For your safety you were signed out after a while without activity. Sign in again, then send the form again.
