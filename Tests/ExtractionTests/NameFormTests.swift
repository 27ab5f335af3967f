import Mail
import Testing
@testable import Extraction

/// Names written in another form than the rules first expected: a signature whose surname the
/// mailbox spells without diacritics, or under a From name that is a first name only; a street
/// whose "väg" stands apart from its name; an organisation named by its place in the text and by
/// its own name in the signature; a site named after "our car park"; a table's columns and a
/// portal's fields; a tenant's car park. Names are invented.
@Suite struct NameFormTests {
    static let registry = Registry(chargers: [
        ExtractorTests.charger("WB70000101", site: "Villa Sjöberg", address: "Lingonstigen 14", city: "Lerum", contract: ""),
        ExtractorTests.charger("GLB7000201", site: "Golfklubben Ängsö", address: "Klubbhusvägen 1", city: "Västerås", contract: ""),
        ExtractorTests.charger("GLB7000202", site: "Golfklubben Ängsö", address: "Klubbhusvägen 1", city: "Västerås", contract: ""),
        ExtractorTests.charger("SE*TST*E0070301", site: "Campus Ultuna P-hus", address: "Ulls väg 29", city: "Uppsala", contract: ""),
        ExtractorTests.charger("ZAP700401", site: "ICA Maxi Skellefteå", address: "Kanalgatan 55", city: "Skellefteå", contract: ""),
        ExtractorTests.charger("EH700501", site: "Marinan Lövholmen", address: "Hamnvägen 6", city: "Piteå", contract: ""),
        ExtractorTests.charger("EH700601", site: "Lantbruket Norrgården", address: "Norrgården 3", city: "Skultuna", contract: ""),
        ExtractorTests.charger("EH700701", site: "Vandrarhemmet Kulan", address: "Gruvgatan 2", city: "Falun", contract: ""),
        ExtractorTests.charger("TACW7000801G0001", site: "Bilhallen Norr", address: "Industrivägen 14", city: "Umeå", contract: ""),
        ExtractorTests.charger("SE*TST*E0070901", site: "Resecentrum Luleå", address: "Stationsgatan 1", city: "Luleå", contract: ""),
    ])

    func extract(_ body: String, subject: String = "Laddare", from: String = "Test Person <t@example.se>") -> Report {
        TestMail.extract(body, subject: subject, from: from, registry: Self.registry)
    }

    /// "Maria Sjöberg" signs for <maria.sjoberg@…>: the signature is hers, so the address under it
    /// is her own (no location) and "my Wallbox" is hers.
    @Test func aSignatureWhoseSurnameTheMailboxWritesWithoutDiacritics() {
        let report = extract("Hi, after the router was changed my Wallbox Pulsar Plus is offline in the app. Can you help me reconnect it?\nMaria Sjöberg\nLingonstigen 14, Lerum",
                             subject: "Wallbox offline", from: "Maria <maria.sjoberg@hemma.example>")
        #expect(report.owner == "Maria Sjöberg")
        #expect(report.location == nil)
        // The same lines from a sender whose mailbox holds another name are no signature of theirs.
        let other = extract("Hi, after the router was changed my Wallbox Pulsar Plus is offline in the app. Can you help me reconnect it?\nMaria Sjöberg\nLingonstigen 14, Lerum",
                            subject: "Wallbox offline", from: "Kim <kim.lund@hemma.example>")
        #expect(other.location == "Lingonstigen 14, Lerum")
    }

    /// "…Det är min egen laddare.\nBritt Johansson" from "Britt <britt@…>": the writer's first name
    /// and a surname under a finished sentence sign the mail.
    @Test func aFullNameUnderAFirstNameOnlySender() {
        let body = "Hej,\nJordfelsbrytaren till laddaren på Lantbruket Norrgården löser ut så fort jag kopplar in bilen. Det är min egen laddare.\nBritt Johansson"
        #expect(extract(body, from: "Britt <britt@mail.example>").owner == "Britt Johansson")
        // Under a sentence that goes on, the line is no signature.
        let running = extract("Hej, laddaren hos grannen\nBritt Johansson är trasig och det är min egen laddare som jag lånat ut.", from: "Britt <britt@mail.example>")
        #expect(running.owner == nil)
    }

    /// "Ulls väg 29", "Drottning Kristinas väg 4": a street whose "väg" is a word of its own.
    @Test func aStreetWordWrittenApartFromItsName() {
        let report = extract("Hello, several students report that the chargers at Campus Ultuna, Ulls väg 29, stop charging after about 5 minutes.")
        #expect(report.location == "Campus Ultuna, Ulls väg 29")
        #expect(extract("Hej, laddboxen på Drottning Kristinas väg 4 i Stockholm är trasig.").location == "Drottning Kristinas väg 4, Stockholm")
        // "väg" after a lower-case word is the word "way", no street: "på väg 5" is a road number.
        #expect(extract("Hej, laddaren står på väg 5 mot Stockholm och den är helt död.").location == nil)
    }

    /// "We own the two Garo chargers at Golfklubben Ängsö … Ängsö Golfklubb": the text names the
    /// place, the signature the club that owns it.
    @Test func theSignaturesNameOfTheOrganisationThatTheTextNamesByItsPlace() {
        let english = extract("Hello,\nWe own the two Garo chargers at Golfklubben Ängsö, Klubbhusvägen 1 in Västerås. Since yesterday neither of them gives any power.\nAnna Berg\nClub manager, Ängsö Golfklubb",
                              from: "Anna Berg <anna@angsogk.example>")
        #expect(english.owner == "Ängsö Golfklubb")
        #expect(english.location == "Golfklubben Ängsö, Klubbhusvägen 1, Västerås")
        let swedish = extract("Hej,\nEn av våra två laddstolpar vid klubbhuset på Golfklubben Ängsö släpper inte kabeln efter laddning.\nHälsningar\nAnna, reception\nÄngsö Golfklubb",
                              from: "Receptionen <reception@angsogk.example>")
        #expect(swedish.owner == "Ängsö Golfklubb")
        // A signature that names another organisation does not replace the one the text names.
        let other = extract("Hej,\nEn av våra två laddstolpar vid klubbhuset på Golfklubben Ängsö släpper inte kabeln efter laddning.\nHälsningar\nAnna\nVästerås Idrottsförening",
                            from: "Anna <anna@vif.example>")
        #expect(other.owner == "Golfklubben Ängsö")
    }

    /// "Laddaren på vår parkering, ICA Maxi Skellefteå": the site named after "our car park" is
    /// the writer's side, which owns the charger.
    @Test func theSiteNamedAfterOurCarPark() {
        let report = extract("Hej\nLaddaren på vår parkering, ICA Maxi Skellefteå (Kanalgatan 55), startar men bryter laddningen efter någon minut.\n/Jonas, butikschef",
                             from: "Butikschef <butikschef@icamaxi.example>")
        #expect(report.owner == "ICA Maxi Skellefteå")
        #expect(report.linkedCharger == "ZAP700401")
    }

    /// "inget svar på ping": a network check that found nothing is a connectivity fault.
    @Test func noAnswerToPing() {
        #expect(extract("Hej, laddpunkt SE*TST*E0070301 är nere, inget svar på ping.").category == .connectivity)
        #expect(extract("Hi, the charger at the campus does not answer ping since this morning.").category == .connectivity)
    }

    /// "Adress: Norrgården 3, Skultuna": a farm's name and number after an address label, with
    /// the town after them, is an address without a street word.
    @Test func aRuralAddressAfterAnAddressLabel() {
        #expect(extract("Hej, säkringen för laddboxen har gått och boxen är svart. Adress Norrgården 3, Skultuna.\nErik").location == "Norrgården 3, Skultuna")
        #expect(extract("Hej, säkringen för laddboxen har gått. Adressen är Norrgården 3, Skultuna.\nErik").location == "Norrgården 3, Skultuna")
        // Without the label, a capitalised word and a number are no address ("Vi har 3, kanske 4").
        #expect(extract("Hej, säkringen för laddboxen har gått. Mvh Erik 3, Skultuna.").location != "Erik 3, Skultuna")
    }

    /// "Kan du berätta var laddaren sitter?" typed without diacritics: "var" before a definite
    /// noun is "where", not "vår"; the writer who answers it claims no charger.
    @Test func whereTheChargerIsTypedWithoutDiacriticsClaimsNoCharger() {
        let body = "Hej, den sitter pa vaggen i verkstaden pa Vasagatan 40 i Mora.\n/Leif\n\nDen 1 dec. 2026 kl. 10:03 skrev Support <support@laddservice.example>:\n> Hej Leif! Kan du beratta var laddaren sitter?"
        #expect(extract(body, from: "Leif Ström <verkstad@bilhusetmora.example>").owner == nil)
        // "var laddare" (indefinite) is "vår laddare" without its ring.
        #expect(extract("Hej, var laddare pa Vasagatan 40 i Mora ar trasig.\nLeif Strom", from: "Leif Ström <leif@bilhusetmora.example>").owner == "Leif Ström")
    }

    /// "britt johansson" as the last line of a mail typed without capitals, from "Britt": her name.
    @Test func aFirstNameOnlySenderSigningWithoutCapitals() {
        let body = "hej, jordfelsbrytaren till laddaren på lantbruket löser ut så fort jag kopplar in bilen. det är min egen laddare.\nbritt johansson"
        #expect(extract(body, from: "Britt <britt@mail.example>").owner == "britt johansson")
    }

    /// "one of our chargers at Golfklubben Ängsö" in the writer's own quoted report, signed
    /// "Ängsö Golfklubb" on a line of its own there: the club's own name.
    @Test func theQuotedReportsSignedNameOfTheOrganisation() {
        let body = "Hi again,\nStill not working after the restart. The left charger is still offline.\nAnna\n\nFrom: Support <support@laddservice.example>\nSent: Monday, November 30, 2026 14:12\nTo: Anna Berg\nSubject: RE: Charger issue\n\nHi Anna, we restarted GLB7000201 remotely.\n\nFrom: Anna Berg\nSent: Monday, November 30, 2026 08:01\nTo: Support\nSubject: Charger issue\n\nHello, one of our chargers at Golfklubben Ängsö is offline.\nAnna Berg\nÄngsö Golfklubb"
        #expect(extract(body, subject: "RE: RE: Charger issue", from: "Anna Berg <anna@angsogk.example>").owner == "Ängsö Golfklubb")
    }

    /// A portal's alarm says where under "Installation:".
    @Test func anInstallationField() {
        let report = extract("Installation: ICA Maxi Skellefteå\nCharger: ZAP700401\nStatus: Offline since 2026-12-01 03:14 UTC", subject: "Alarm: ZAP700401 offline",
                             from: "Portal <noreply@portal.example>")
        #expect(report.location == "ICA Maxi Skellefteå")
    }

    /// "we rent office space on Ulls väg 29 … the charger in our parking": a tenant's car park
    /// is no more theirs than a tenant's home.
    @Test func aTenantsCarParkIsNotTheirs() {
        let body = "Hi, I work at IT Konsult AB and we rent office space on Ulls väg 29 in Uppsala. The charger in our parking garage has been offline for a week.\nLisa"
        #expect(extract(body, from: "Lisa <lisa@itkonsult.example>").owner == nil)
        // An owner of the office keeps it: "we own the office building".
        let owner = extract("Hi, I work at IT Konsult AB and we own the office building on Ulls väg 29 in Uppsala. The charger in our parking garage has been offline for a week.\nLisa",
                            from: "Lisa <lisa@itkonsult.example>")
        #expect(owner.owner == "IT Konsult AB")
        // A forwarded header's mail address at "tenant.example" says nothing of who rents.
        let landlord = extract("Hi team,\nSee below. Both chargers in our garage have been offline since Monday.\n\nPriya Nair\nProperty Manager | Fastighets AB Hamnkontoret\n\nFrom: Leo Berg <leo@tenant.example>\nSent: Tuesday, March 10, 2026 08:31\nTo: Priya Nair <priya@hamnkontoret.example>\nSubject: Chargers offline\n\nHi Priya, the chargers in the garage show offline.\nLeo",
                               subject: "FW: Chargers offline", from: "Priya Nair <priya@hamnkontoret.example>")
        #expect(landlord.owner == "Fastighets AB Hamnkontoret")
    }

    /// "Marinan Lövholmen", "Lantbruket Norrgården": the kind of place in a site's name is a word
    /// writers leave out or translate ("Lövholmen marina", "the farm at Norrgården"), so the
    /// name's own word names the site.
    @Test func aSiteNamedWithoutItsKindWord() {
        #expect(extract("Hej, laddaren vid Lövholmen i Piteå är helt död.").linkedCharger == "EH700501")
        #expect(extract("Hi, my RFID tag is not accepted at the marina charger in Piteå (Lövholmen).").linkedCharger == "EH700501")
        #expect(extract("Hello, the Easee on the farm at Norrgården is dead, no light at all.").linkedCharger == "EH700601")
        #expect(extract("Hi, the charger at the Kulan hostel in Falun does not start.").linkedCharger == "EH700701")
        // A point of the compass left alone names no site: "Bilhallen Norr" is not "Elbolaget i Norr AB".
        #expect(extract("Hej!\nKunden har problem med sin laddbox på Strandvägen 7 i Ystad, den är helt död.\n\nPer Nord\nElbolaget i Norr AB").linkedCharger == nil)
        #expect(extract("Hej, laddaren på Bilhallen Norr i Umeå är helt död.").linkedCharger == "TACW7000801G0001")
    }

    /// "Britt Johansson" above a legal footer the mail system added, and in the writer's own
    /// report quoted under a reminder: the writer's name in both.
    @Test func aFullNameUnderAFirstNameOnlySenderAboveAFooterOrInAQuote() {
        let report = "Jordfelsbrytaren till laddaren på Lantbruket Norrgården löser ut så fort jag kopplar in bilen. Det är min egen laddare.\nBritt Johansson"
        let footer = "\n\n\nThis e-mail and any attachments may contain confidential information and are intended solely for the addressee. If you have received this message in error, please notify the sender and delete it."
        #expect(extract("Hej,\n" + report + footer, from: "Britt <britt@mail.example>").owner == "Britt Johansson")
        let quoted = report.split(separator: "\n").map { "> " + $0 }.joined(separator: "\n")
        let reminder = extract("Hej, har ni hunnit titta på detta? Inget har hänt än.\n\nMvh\n\nDen 30 nov. 2026 kl. 21:40 skrev Britt <britt@mail.example>:\n> Hej,\n" + quoted,
                               subject: "Re: Jordfelsbrytaren", from: "Britt <britt@mail.example>")
        #expect(reminder.owner == "Britt Johansson")
    }

    /// A short English note over a forwarded English report, under a Swedish gateway's warning:
    /// the warning is the company's, not the writer's language.
    @Test func aGatewaysWarningDoesNotDecideTheLanguage() {
        let body = "VARNING: Detta mejl kommer från en extern avsändare. Klicka inte på länkar och öppna inte bilagor om du inte litar på avsändaren.\n\nFYI, please handle.\n\n---------- Forwarded message ---------\nFrom: Student Union <info@studentkaren.example>\nDate: Mon, 30 Nov 2026 at 09:14\nSubject: charging problem\nTo: <sara.kim@example.se>\n\nHello, the chargers in the P-hus stop charging after about 5 minutes.\n\nThanks"
        #expect(extract(body, subject: "Fwd: charging problem", from: "Sara Kim <sara.kim@example.se>").language == .en)
        // Without the rest of the mail leaning, the warning still counts.
        #expect(extract("VARNING: Detta mejl kommer från en extern avsändare. Klicka inte på länkar och öppna inte bilagor om du inte litar på avsändaren.\n\nEH1", subject: "EH1").language == .sv)
    }

    /// "the owner of the charger at Lingonstigen 14 in Lerum is Maria Sjöberg": the owner's label
    /// and its verb with the charger's place between them.
    @Test func theOwnersLabelAndVerbWithThePlaceBetween() {
        let english = extract("Hi, the owner of the charger at Lingonstigen 14 in Lerum is Maria Sjöberg. She asked us to report that it stops charging after a few minutes.\nNordfast",
                              from: "Property <pm@nordfast.example>")
        #expect(english.owner == "Maria Sjöberg")
        #expect(english.linkedCharger == "WB70000101")
        let swedish = extract("Hej, ägare till laddaren vid Marinan Lövholmen är Piteå Båtklubb. Den har ingen ström sedan igår.\nHamnkontoret")
        #expect(swedish.owner == "Piteå Båtklubb")
        // A verb too far from the label says something else.
        #expect(extract("Hej, ägare till laddaren vid Marinan Lövholmen har vi inte hittat men den som ringde i morse och berättade om felet är Piteå Båtklubb.").owner != "Piteå Båtklubb")
    }

    /// "Resecentrum Luleå": a site whose name, besides its town, is only a kind of place keeps
    /// that word as a name in a mail typed without capitals.
    @Test func aSiteNamedOnlyByItsKindAndTownInTextWithoutCapitals() {
        let report = extract("hej laddaren vid resecentrum har ingen kontakt med appen sedan i morse, står offline. /drift")
        #expect(report.location?.lowercased() == "resecentrum")
    }
}
