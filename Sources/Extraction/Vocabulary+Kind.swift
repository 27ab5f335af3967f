/// What automatic mail says of itself: out-of-office notices, read receipts, bounces.
extension Vocabulary {
    /// Phrases of an out-of-office or similar automatic answer, read in the writer's own text.
    public static let autoReplyBody: [String] = [
        "är på semester", "är på kurs", "begränsad möjlighet att läsa", "begränsade möjligheter att läsa", "är ledig", "är tjänstledig", "är föräldraledig", "är på utbildning", "är på tjänsteresa", "är sjukskriven",
        "läser inte e-post", "läser inte mejl", "läser inte min e-post", "läser inte min mejl", "läser inte mina mejl", "läser inte min mail", "läser inte mejlen",
        // A notice speaks of one person's absence: "jag har semester vecka 50–51", "I'm on parental leave until March".
        "jag har semester", "jag är tillbaka den", "jag är åter den", "är tillbaka igen den", "off work until", "off work till", "on parental leave", "not reading my email", "not reading email", "not checking my email", "not checking email", "läser mejl först", "läser e-post först", "tillbaka på kontoret",
        "åter på kontoret", "åter i tjänst", "begränsad tillgång till e-post", "vidarebefordras inte", "frånvarande", "automatiskt svar",
        "out of the office", "out of office", "away from the office", "on annual leave", "on holiday", "on vacation", "on leave",
        "limited access to email", "limited access to e-mail", "back in the office", "will be back", "currently away", "autoreply",
        "away until", "no access to email", "no access to e-mail", "without access to email", "will return on", "i return on",
        // Norwegian and Danish, German.
        "er på ferie", "begrenset tilgang til e-post", "begrænset adgang til e-mail", "ikke på kontoret", "tilbake på kontoret",
        "tilbage på kontoret", "nicht im büro", "nicht erreichbar", "außer haus", "keinen zugriff auf",
        // Receipts from other help desks' ticket systems.
        "detta är ett automatiskt meddelande", "detta är ett automatiskt genererat meddelande", "vi har tagit emot ditt ärende",
        "vi har mottagit ditt ärende", "ditt ärende har registrerats", "tack för att du kontaktar oss", "tack för att du kontaktat oss",
        "ditt ärendenummer är", "thank you for contacting us", "your ticket number is", "your case number is", "this is an automated message", "this is an automatic message",
        "we have received your request", "we have received your email", "your request has been received", "your ticket has been created",
        "ditt meddelande har mottagits", "ditt mejl har mottagits", "ditt mail har mottagits", "ditt e-postmeddelande har mottagits",
        "ditt meddelande har tagits emot", "ditt ärende har tagits emot", "ditt ärende har mottagits", "your message has been received",
        "your email has been received", "your e-mail has been received", "your message has been logged",
        "ditt ärende har stängts", "ditt ärende har avslutats", "ärendet har stängts", "ärendet har avslutats", "your ticket has been closed",
        "your case has been closed", "your request has been closed", "ticket has been resolved", "ditt ärende har uppdaterats", "your ticket has been updated",
        "din felanmälan har registrerats", "din förfrågan har registrerats", "ditt ärende är registrerat", "din anmälan har registrerats", "din felanmälan har tagits emot", "din anmälan har tagits emot",
        "your report has been registered", "your report has been received", "your fault report has been registered",
        "ticket has been created", "case has been created", "ett nytt ärende har skapats", "ditt ärende har skapats",
        // "Ditt ärende har fått nummer #44120. Vi besvarar normalt mejl inom 48 timmar.": a desk's promise of its usual pace.
        "ditt ärende har fått nummer", "ditt ärende har fått ärendenummer", "ditt ärende har fått numret", "your ticket has been assigned",
        "your request has been assigned", "vi besvarar normalt", "vi svarar normalt", "vi besvarar vanligtvis", "vi svarar vanligtvis",
        "we normally respond", "we normally reply", "we usually respond", "we usually reply", "we aim to respond", "we aim to reply",
        // "Tack för ditt mejl. Vi har tagit emot ditt meddelande och besvarar det så snart vi kan.": a mailbox's receipt.
        "vi har tagit emot ditt meddelande", "vi har tagit emot ditt mejl", "vi har tagit emot ditt mail", "vi har tagit emot din e-post",
        "vi har mottagit ditt meddelande", "vi har mottagit ditt mejl", "vi har mottagit ditt mail", "we have received your message",
        "we have received your e-mail",
        // Absence told in other words: "Jag är inte på kontoret förrän måndag", "Jag är bortrest", "Detta är ett autosvar",
        // "I am attending a conference … limited access to my emails", "Jag sitter i möten hela dagen", "ute i fält", "Min sista arbetsdag var …".
        "inte på kontoret förrän", "not in the office until", "är bortrest", "är utomlands", "autosvar", "automatsvar", "auto-reply", "auto reply", "automatic reply",
        "inte möjlighet att svara", "ingen möjlighet att svara", "limited access to my email", "limited access to my emails", "limited access to my e-mail",
        "attending a conference", "är på konferens", "sitter i möten", "in meetings all day", "ute i fält", "svårt att läsa mejl", "svårt att läsa e-post",
        "min sista arbetsdag", "my last day at", "my last working day",
        "i'm ooo", "i am ooo", "no access to my inbox", "no access to my email", "no access to my e-mail", "i'm travelling", "i am travelling",
        "i'm traveling", "i am traveling", "on sick leave", "not be able to respond", "not be able to reply", "i'm off today", "i am off today",
        "stängt av min e-post", "stängt av min mejl", "stängt av mejlen",
        "tillbaka i tjänst", "har julledigt", "är julledig", "ditt mejl besvaras", "ditt meddelande besvaras", "ditt e-postmeddelande besvaras",
        "mejl besvaras av", "on paternity leave", "on maternity leave", "out of the country", "checking email only occasionally",
        "checking my email only occasionally",
        // The mailbox passed the mail on: "Ditt mejl har vidarebefordrats till vår fastighetsskötare".
        "ditt mejl har vidarebefordrats", "ditt meddelande har vidarebefordrats", "ditt ärende har vidarebefordrats",
        "your email has been forwarded", "your message has been forwarded", "your e-mail has been forwarded",
        // A promise to answer later: "… och kommer att besvara ditt mejl i morgon", "I will reply to your email when I'm back".
        // Not "I'll get back to you", which a customer writes about a serial number they will look up.
        "kommer att besvara ditt", "besvarar ditt mejl när", "svarar på ditt mejl när", "svarar på ditt mejl så snart", "besvarar ditt mejl så snart",
        "will reply to your email", "will respond to your email", "will reply to your e-mail", "will respond to your e-mail",
        // A closed office's notice: "Our office is closed for the holidays … We will respond to your message when we're back."
        // Not "vi har stängt" or "we are closed", which a shop writes about itself ("Vi har stängt butiken för renovering och vill flytta laddaren").
        "office is closed", "offices are closed", "closed for the holidays", "closed over the holidays", "closed for christmas",
        "kontoret är stängt", "kontoret har stängt", "stängt för semester", "semesterstängt",
        "we will respond to your", "we will reply to your", "we will answer your", "vi besvarar ditt", "vi besvarar din",
        // Only a machine tells the reader not to answer it.
        "svara inte på detta meddelande", "svara inte på det här meddelandet", "svara inte på detta mejl", "svara inte på detta mail",
        "do not reply to this message", "do not reply to this email", "do not reply to this e-mail", "please do not reply",
        "detta meddelande kan inte besvaras", "det här meddelandet kan inte besvaras", "this message cannot be replied to",
        // Departure notices and unwatched mailboxes: "Jag har slutat på X, kontakta istället …".
        // A person's words, not a charger's ("laddaren har slutat på 40 %"): the writer says "jag".
        "jag har slutat på", "jag har slutat min anställning", "jag har avslutat min anställning", "jag har avslutat min tjänst",
        "jag arbetar inte längre på", "jag jobbar inte längre på", "i no longer work", "no longer work at", "no longer work for", "no longer work here", "is no longer with", "am no longer with", "i'm no longer with",
        "no longer employed", "have left the company",
        // Someone else's departure, told by the mail system: "Bo Ek har slutat sin anställning på Orsa kommun".
        "har slutat sin anställning", "har avslutat sin anställning", "är inte längre anställd", "no longer works at", "no longer works for", "no longer works here", "has left the company",
        // The mailbox, not the garage ("garaget bevakas inte"), is what nobody watches.
        "brevlådan bevakas inte", "denna brevlåda bevakas inte", "e-postadressen bevakas inte", "denna e-postadress bevakas inte",
        "adressen bevakas inte", "inkorgen bevakas inte", "mailbox is not monitored", "address is not monitored", "inbox is not monitored",
        "mailbox is not being monitored", "address is not being monitored",
        "mailbox is no longer monitored", "address is no longer monitored", "inbox is no longer monitored",
        // The mail system of a moved mailbox: "Mottagaren har bytt e-postadress. Ditt mejl har inte
        // vidarebefordrats." Not a customer's own "jag har bytt e-postadress".
        "mottagaren har bytt", "mottagaren har en ny", "the recipient has changed", "the recipient has a new",
        "har inte vidarebefordrats", "has not been forwarded",
        // "Detta mejl läses inte", "this mailbox will not be read": nobody reads the mailbox.
        "mejl läses inte", "mejlet läses inte", "e-post läses inte", "e-posten läses inte", "mail läses inte", "brevlådan läses inte",
        // Not "my card won't be read", a reader's fault: the mail or mailbox is what goes unread.
        "email will not be read", "e-mail will not be read", "emails will not be read", "mailbox will not be read", "inbox will not be read",
        "email won't be read", "emails won't be read", "mailbox is not read", "inbox is not read",
    ]

    /// The text of a read receipt, after a subject that starts like one.
    public static let readReceiptBody: [String] = ["was read on", "was read at", "lästes den", "lästes", "har lästs", "blev läst",
                                                   "wurde am", "gelesen", "blev læst", "ble lest"]

    public static let bounceBody: [String] = [
        "could not be delivered", "undeliverable", "delivery has failed", "delivery status notification", "mail delivery failed",
        "kunde inte levereras", "kunde inte skickas", "har inte levererats", "has not been delivered", "was not delivered", "leveransen misslyckades", "mailbox full", "brevlådan är full", "brevlåda är full",
        "user unknown", "recipient address rejected", "gick inte att leverera", "levererades inte", "couldn't be delivered",
        "wasn't delivered", "wasn't found at", "diagnostic information for administrators", "diagnostisk information för administratörer",
        "recipnotfound",
    ]
}
