## The second factor: codes from an authenticator app for staff, recovery codes,
## the administrators' security page, and new-device notices for everyone else.

## The code page (second step of signing in)

mfa-code-title = Enter your code
mfa-code-lead = Your password was right. Now enter the 6-digit code from the authenticator app on your phone.
mfa-code-label = Code from your app
mfa-code-hint = 6 digits, for example 123 456. A new code appears every 30 seconds; each code works once.
mfa-code-submit = Continue
mfa-code-wrong = That code is not right, or it has been used already. Wait for a new code in your app and try again.
mfa-code-recovery-summary = Use a recovery code instead
mfa-code-recovery-label = Recovery code
mfa-code-recovery-hint = One of the 10 codes you were given when you set up your app, like abcd-efgh-jkmn. Each works once.
mfa-code-recovery-submit = Continue with a recovery code
mfa-code-lost = Lost your phone and your recovery codes? Ask your organisation's administrator to reset your second step. You will then set it up again.

## Setting up the second factor

mfa-enrol-title = Set up your second step
mfa-enrol-lead = Staff sign in with their password and a code from an app on their phone. This keeps the records of children and families safe even if a password is guessed. It takes about two minutes.
mfa-enrol-step-app-title = Get an authenticator app
mfa-enrol-step-app = Any authenticator app works, for example Microsoft Authenticator, Google Authenticator or FreeOTP. Your organisation may have one already.
mfa-enrol-step-add-title = Add Resilient Moves to the app
mfa-enrol-step-scan = In the app, choose to add an account and scan this QR code.
mfa-enrol-qr-label = QR code for adding Resilient Moves to an authenticator app
mfa-enrol-step-type = If you cannot scan it, type this key into the app instead (the spaces do not matter):
mfa-enrol-open-app = Or open this key in an authenticator app on this device
mfa-enrol-step-confirm-title = Enter the code the app shows
mfa-enrol-code-label = Code from your app
mfa-enrol-code-hint = 6 digits. This proves the app is set up.
mfa-enrol-submit = Confirm and continue
mfa-enrol-wrong = That code does not match. Check the app shows Resilient Moves, wait for a new code and try again.

## Set up already

mfa-enrolled-title = Your second step
mfa-enrolled-since = Your authenticator app has been set up since { $date }.
mfa-enrolled-codes-left = Recovery codes you have not used yet: { $count }
mfa-enrolled-lost = If you lose your phone, ask your organisation's administrator to reset your second step.
mfa-back-home = Back to the home page

## Recovery codes, shown once

mfa-recovery-title = Your recovery codes
mfa-recovery-done = Your authenticator app is set up.
mfa-recovery-lead = If you ever lose your phone, you can sign in with one of these codes instead. Write them down or print this page, and keep them somewhere safe and private. They will not be shown again.
mfa-recovery-once = Each code works once.
mfa-recovery-continue = I have kept my codes, continue

## The organisation's security settings (administrators)

mfa-security-title = Sign-in security
mfa-security-lead = Staff (administrators, managers, practitioners and viewers) sign in with a password and a code from an authenticator app. Parents, carers and young people sign in with a password only; they are told when their account is used from a new device.
mfa-security-legend = Must staff use an authenticator app?
mfa-security-on = Yes (recommended)
mfa-security-off = No, a password is enough
mfa-security-reason = Reason for turning it off
mfa-security-reason-hint = Needed only to turn it off. It is kept with the setting, and the change is recorded in the audit log.
mfa-security-submit = Save
mfa-security-saved = The setting is saved.
mfa-security-choose = Choose whether staff must use an authenticator app.
mfa-security-reason-missing = Give a reason for turning the second step off.
mfa-security-reason-too-long = The reason must be 500 characters or fewer.
mfa-security-reason-hidden-character = The reason contains a hidden character. Please type it again.
mfa-security-off-note = Turned off by { $name } on { $date }.
mfa-security-off-on = Turned off on { $date }.
mfa-security-off-from-start = Turned off since this organisation was set up.
mfa-security-staff-title = Staff
mfa-security-staff-lead = Reset a person's second step if they have lost their phone and their recovery codes. They are signed out everywhere and set up their app again at their next sign-in.
mfa-security-staff-none = There are no staff in this organisation yet.
mfa-security-staff-caption = Staff and their second step
mfa-security-col-name = Name
mfa-security-col-status = Second step
mfa-security-col-action = Action
mfa-security-staff-enrolled = Set up on { $date }
mfa-security-staff-not-enrolled = Not set up yet
mfa-security-reset = Reset second step
mfa-security-reset-done = The second step was reset. The person will set it up again at their next sign-in.
mfa-security-reset-nothing = That person had no second step to reset.
mfa-security-reset-refused-other-organisation = This person also belongs to another organisation, so their second step cannot be reset from here. An administrator of the installation can help.
mfa-security-reset-refused-installation-admin = This person administers this installation, so their second step cannot be reset from here.
mfa-security-reset-refused-yourself = You cannot reset your own second step. If you lost it, ask another administrator.
mfa-security-reset-refused = This person's second step cannot be reset from here.

## The home page

mfa-new-device-notice = We noticed a sign-in from a new device on { $date }. If it wasn't you, tell your worker.
mfa-home-two-factor-link = Your second step (authenticator app)
mfa-home-security-link = Sign-in security

## The audit log

audit-action-new_device_sign_in = Signed in from a new device
mfa-security-staff-more = More staff
