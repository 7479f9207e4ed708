## A form kept while its sender was signed out

kept-title = Send what you wrote
kept-lead = You were signed out before this could be saved, so we kept it for you. Check it, then send it.
kept-send = Send it now
kept-once = This page is shown once. If you leave it without sending, what you wrote is gone.
sign-in-kept = You were signed out before your form was saved. It is kept safe for an hour: sign in, and you can send it.
