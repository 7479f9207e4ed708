# Emails (sent only when the installation has an SMTP server). Plain text.

mail-invitation-subject = You are invited to join { $organisation }
mail-invitation-body =
    Hello,

    You are invited to join { $organisation } on Resilient Moves as { $role }.

    Open this link to accept. It works once, for 72 hours:
    { $link }

    If you did not expect this, you can ignore this email.
mail-reset-subject = Set a new password for Resilient Moves
mail-reset-body =
    Hello,

    An administrator of { $organisation } has made a link for you to set a new password on Resilient Moves.

    Open this link to choose your new password. It works once, for 24 hours:
    { $link }

    If you did not ask for this, tell your practitioner or the organisation.
mail-new-device-subject = Your Resilient Moves account was used on a new device
mail-new-device-body =
    Hello,

    Someone signed in to your Resilient Moves account from a device we have not seen before, on { $when }.

    If this was you, you do not need to do anything.
    If it was not you, tell your practitioner as soon as you can, so they can help you change your password.
