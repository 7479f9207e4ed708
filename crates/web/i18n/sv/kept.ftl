# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## A form kept while its sender was signed out

kept-title = Skicka det du skrev
kept-lead = Du loggades ut innan det här kunde sparas, så vi har sparat det åt dig. Kontrollera det och skicka det sedan.
kept-send = Skicka det nu
kept-once = Den här sidan visas bara en gång. Om du lämnar den utan att skicka försvinner det du skrev.
sign-in-kept = Du loggades ut innan ditt formulär sparades. Det sparas säkert i en timme: logga in, så kan du skicka det.
