import Mail
import Testing
@testable import Extraction

/// Who writes for whom, and where their premises are: signature lines that give a title and an
/// organisation, premises named after "our", denied ownership, and a name that spells the
/// sender's address. Names and places are invented.
@Suite struct PremisesAndSignatureTests {
    func extract(_ body: String, subject: String = "Fel", from: String = "Test Person <t@example.se>") -> Report {
        TestMail.extract(body, subject: subject, from: from)
    }

    @Test(arguments: [
        ("Mvh\nAnders Berg\nKanslichef, Rya Golfklubb", "Rya Golfklubb"),
        ("Mvh\nAnders Berg\nStore Manager | Coop Forum Kristianstad", "Coop Forum Kristianstad"),
        ("Mvh\nAnders Berg\nLunds Båtklubb – kassör", "Lunds Båtklubb"),
        // A one-word title before the name, with nothing between.
        ("Hälsningar\nAnders Berg\nButikschef Coop Gnesta", "Coop Gnesta"),
        // A team signs without a person's name.
        ("Best regards,\nFacilities team, Coop Kristianstad", "Coop Kristianstad"),
    ])
    func titleAndOrganisationOnOneSignatureLine(signature: String, owner: String) {
        let report = extract("Hej,\n\nVi äger laddaren själva och den startar inte längre.\n\n\(signature)", from: "info@example.se")
        #expect(report.owner == owner)
    }

    @Test func aSignatureLineEndingInALegalFormIsTheCompanyWhole() {
        let report = extract("Hej, vår laddstolpe vid kontoret är trasig.\n\nMvh\nPer Ek\nTekniska verken i Linköping AB", from: "info@example.se")
        #expect(report.owner == "Tekniska verken i Linköping AB")
    }

    @Test func aSignatureLineWithoutATitleAfterABareClosingIsNotTakenForAnOrganisation() {
        let report = extract("Hej,\n\nVi äger laddaren själva och den startar inte längre.\n\nMvh\nStorgatan 4, Lund", from: "info@example.se")
        #expect(report.owner == nil)
        // A first name and a title: no organisation.
        let named = extract("Hej,\n\nVi äger laddaren själva och den startar inte längre.\n\nHälsningar\nPatrik, verkstadschef", from: "info@example.se")
        #expect(named.owner != "Patrik")
    }

    @Test(arguments: [
        ("The charger at our store Coop Forum Kristianstad is broken.", "Coop Forum Kristianstad"),
        ("The charger at our hotel, Hotell Fjärden, is broken.", "Hotell Fjärden"),
        ("Laddaren vid vår butik ICA Nära Ljungby är trasig.", "ICA Nära Ljungby"),
        ("The charger at our club, Rya Golfklubb, is broken.", "Rya Golfklubb"),
    ])
    func premisesNamedAfterOurAreTheLocationAndTheOwner(body: String, name: String) {
        let report = extract(body, from: "info@example.se")
        #expect(report.location == name)
        #expect(report.owner == name)
    }

    @Test(arguments: [
        ("Hi, the charger at our Torsvik warehouse has been offline since Friday.", "Torsvik warehouse"),
        ("Hi, the charger outside our Västerås dealership has been offline since Friday.", "Västerås dealership"),
        ("Hi, the charger at our Kista logistics centre has been offline since Friday.", "Kista logistics centre"),
    ])
    func englishNamesTheWritersPlaceBeforeItsKind(body: String, place: String) {
        let report = extract(body, from: "info@example.se")
        #expect(report.location == place)
        // The town or area names the place, not an organisation.
        #expect(report.owner != place)
    }

    @Test func aSiteTheForwardedOriginalNamesSaysMoreThanTheWritersPlaceByItsTown() {
        let body = """
        FYI, this is the charger at our Uppsala store.

        ---------- Forwarded message ---------
        From: Customer Service <cs@example.se>
        Subject: charger fault

        A customer says the charger at Coop Forum Bergsbrunna won't accept any payment cards.
        """
        let report = extract(body, subject: "Fwd: charger fault", from: "info@example.se")
        #expect(report.location == "Coop Forum Bergsbrunna")
        #expect(report.owner != "Uppsala store")
    }

    @Test func aParishIsAnOrganisation() {
        let report = extract("Hej. Vi i församlingen har en laddstolpe vid församlingshemmet på Prästgatan 11 i Uppsala. Den tar inte emot laddbrickan.\n\nVänliga hälsningar\nGunnel Ek, vaktmästare\nUppsala domkyrkoförsamling", from: "g@example.se")
        #expect(report.owner == "Uppsala domkyrkoförsamling")
        #expect(report.location == "Prästgatan 11, Uppsala")
    }

    @Test(arguments: [
        "The wallbox in the garage doesn't charge my car any more. The owner of the house is Maria Holm.",
        "Laddboxen i garaget laddar inte längre. Husets ägare är Maria Holm.",
    ])
    func aTenantNamingTheOwnerOfTheHouseNamesTheChargersOwner(body: String) {
        #expect(extract(body).owner == "Maria Holm")
    }

    @Test(arguments: [
        ("Kommunen äger laddaren vid skolan. Den är offline.\n\nMvh Karin Olsson, Exempeltorps kommun", "Exempeltorps kommun"),
        ("Regionen äger laddaren vid Hus B. Den är offline.\n\nMvh Karin Olsson, Region Exempelland", "Region Exempelland"),
        ("Stolpen ägs av kommunen och är påkörd.\n\nMvh Per Ek\nExempeltorps kommun", "Exempeltorps kommun"),
    ])
    func anOwnerNamedByItsKindIsTheOrganisationOfThatKindTheMailNames(body: String, owner: String) {
        #expect(extract(body).owner == owner)
    }

    @Test func anOwnerNamedByItsKindAloneIsNoName() {
        #expect(extract("Stolpen ägs av kommunen och är påkörd.\n\nMvh Per").owner == nil)
    }

    @Test func theOfficeAddressUnderAForwardedOriginalsSignOffIsNotTheLocation() {
        let body = """
        Hi, forwarding this to you.

        ---------- Forwarded message ---------
        From: Eva Lind <eva@exempelhallen.example>
        Subject: Charger offline

        The charger at our Västerås dealership has been offline in the portal since Friday.

        Best regards

        Eva Lind | Exempelhallen AB
        Head office: Kungsgatan 12, 111 43 Stockholm
        """
        #expect(extract(body, subject: "Fwd: Charger offline", from: "kollega@example.se").location == "Västerås dealership")
    }

    @Test func aReminderUnderASubjectCueSpeaksForTheOrganisationOfTheQuotedOriginal() {
        let body = """
        Hi, any news on this? Nothing has happened yet.

        On Mon, 30 Nov 2026 at 21:40, Tom Fisk <tom@exempelfrakt.example> wrote:
        > We at Exempelfrakt Logistik AB own the charger at Lagervägen 30 in Jönköping. It needs its annual service.
        > Tom Fisk
        """
        #expect(extract(body, subject: "Re: Our charger", from: "Tom Fisk <tom@exempelfrakt.example>").owner == "Exempelfrakt Logistik AB")
    }

    @Test func aLegalFormAloneNamesNoCompany() {
        let report = extract("Hello,\n\nAs far as we understand, annual service is included in our agreement.\n\nEva Lind\nAccounts Payable\nExempelhallen AB", from: "eva@example.se")
        #expect(report.owner == "Exempelhallen AB")
    }

    @Test func aLandlordIsNotTakenForTheChargersOwner() {
        #expect(extract("The wallbox in the garage doesn't charge my car any more. My landlord is Maria Holm.").owner == nil)
    }

    @Test func anAddressAfterTheAssociationTheWriterSitsForIsTheChargers() {
        let report = extract("Hej!\n\nJag skriver som sekreterare i Brf Havsutsikten. Vi har två laddboxar i carporten på Strandpromenaden 3 här i Ystad, och den vänstra laddar inte.\n\nMvh Lotta")
        #expect(report.location == "Strandpromenaden 3, Ystad")
    }

    @Test func anAddressAfterTheAssociationAndTownTheWriterSitsForIsTheChargers() {
        let report = extract("Hej! Jag är ordförande i Brf Exempelekorren i Sundbyberg. Föreningens laddbox på plats 7 i garaget på Ekvägen 3 startar inte.\n\nHälsningar\nLars")
        #expect(report.location == "Ekvägen 3")
        #expect(report.owner == "Brf Exempelekorren")
        // Without an address, the association and its town are the place.
        #expect(extract("Hej! Jag är ordförande i Brf Exempelekorren i Sundbyberg. Vår laddbox är trasig.").location == "Brf Exempelekorren, Sundbyberg")
    }

    @Test func anOrganisationsGenitiveBeforeTheChargerNamesItsOwner() {
        let report = extract("Hello, I'm a member of Rya Golfklubb and the club's Tesla Wall Connector wouldn't recognise my car today, it blinked red.")
        #expect(report.owner == "Rya Golfklubb")
        #expect(report.category == .chargingFailure)
    }

    @Test func anAnswerUnderAQuotedQuestionAboutThePlaceIsTheLocation() {
        let answered = "> Which site is it?\nCoop Forum Kristianstad, the one nearest the entrance.\n> What happens?\nIt starts charging and stops after a minute.\n\nSara"
        #expect(extract(answered, subject: "Re: Case 55302").location == "Coop Forum Kristianstad")
        let address = "Svar nedan.\n\n> Vilken adress står laddaren på?\nStorgatan 40 i Hudiksvall.\n\nMvh Karin"
        #expect(extract(address, subject: "Sv: Ärende 55301").location == "Storgatan 40, Hudiksvall")
        // A question about something else: the answer is no place.
        let other = "> Which car do you drive?\nVolvo Cars XC40.\n\nSara"
        #expect(extract(other, subject: "Re: Case 55304").location == nil)
    }

    @Test func aCommonNounBeforeTheNameThatRepeatsItIsDropped() {
        #expect(extract("The charger outside the hotel Hotell Fjärden is broken.").location == "Hotell Fjärden")
        #expect(extract("The charger at my workplace Volvo Cars is broken.").location == "Volvo Cars")
    }

    @Test func aSiteTheWritersSideCallsTheirsOwnsTheCharger() {
        let report = extract("Hej! Laddaren på ICA Kvantum Mariestad tar inte betalt. Det är vår laddare. Mvh Erik, butikschef")
        #expect(report.owner == "ICA Kvantum Mariestad")
        // A street address is no one's name; "my" is a private person's.
        #expect(extract("Hej! Laddaren på Storgatan 4 tar inte betalt. Det är vår laddare.", from: "info@example.se").owner == nil)
        #expect(extract("Vi på Strömsunds Camping har en laddstation vid receptionen som inte fungerar.").owner == "Strömsunds Camping")
    }

    @Test(arguments: [
        "Hello, the charger at the car park won't accept my card. I'm a visitor, it's not my charger.",
        "Hej, laddaren vid torget tar inte min bricka. Det är inte min laddbox, jag är bara besökare.",
        "Hej, laddaren vid torget är trasig. Vi äger inte laddaren, den är kommunens ansvar enligt skylten.",
    ])
    func deniedOwnershipNamesNoOwner(body: String) {
        #expect(extract(body, from: "Hans Meier <hans@example.se>").owner == nil)
    }

    @Test func aNameAfterTheLastSentenceThatSpellsTheSendersAddress() {
        let body = "Hi, the charger at my summer house at Björkvägen 9 in Tierp is dead, no lights at all. Per Nyström"
        #expect(extract(body, from: "per.nystrom@example.se").owner == "Per Nyström")
        // Words that do not spell the address are no signature.
        #expect(extract(body.replacingOccurrences(of: "Per Nyström", with: "Storgatan Nio"), from: "per.nystrom@example.se").owner == nil)
    }

    @Test func aForwardsSubjectSpeaksForTheOriginalWriter() {
        let body = """
        FYI, see below.

        ---------- Forwarded message ---------
        From: Night Desk <night@example.se>
        Subject: Charger problem at our hotel

        The car charger outside Hotell Fjärden, Hamngatan 2, is broken.
        """
        #expect(extract(body, subject: "Fwd: Charger problem at our hotel", from: "Kund <kund@example.se>").owner == "Hotell Fjärden")
    }

    @Test func aForwardedOriginalsSignOffNamesItsOrganisation() {
        let body = """
        Hej, vidarebefordrar detta.

        ---------- Vidarebefordrat meddelande ---------
        Från: Sara Lind <sara@example.se>
        Ämne: Laddare på Ica

        Hej! Det har varit en påkörning på vår parkering vid ICA Kvantum Mariestad, laddaren står snett.

        Mvh
        Sara Lind
        Butikschef, ICA Kvantum Mariestad
        """
        let report = extract(body, subject: "VB: Laddare på Ica", from: "Kollega <kollega@example.se>")
        #expect(report.owner == "ICA Kvantum Mariestad")
        // The original's subject line is a title; the text below names the place in full.
        #expect(report.location == "ICA Kvantum Mariestad")
    }

    @Test func theAddressOfAServiceVisitInAnInvoiceSentenceIsTheLocation() {
        let report = extract("We received invoice 2026-88812 for a service visit at Industrigatan 20 in Kristianstad. Is it covered?")
        #expect(report.location == "Industrigatan 20, Kristianstad")
        // The invoice's own address is still not a location.
        #expect(extract("Please send the invoice to Box 1234, Storgatan 1, 111 22 Stockholm.").location == nil)
    }

    @Test func aSessionThatNeverStartsIsAChargingFailure() {
        #expect(extract("The charger shows a flashing blue ring and the car never starts charging.").category == .chargingFailure)
        #expect(extract("Charging works but nothing gets logged in the app.").category == .connectivity)
        #expect(extract("När man kopplar in bilen blinkar den gult en stund och sen händer inget.").category == .chargingFailure)
    }

    /// "Malin Öberg, Tandvårdshuset" as the last line: the sender's name and what they sign
    /// for, which the mail domain spells.
    @Test func theSendersNameAndOrganisationOnTheLastLineSignTheMail() {
        let report = extract("Hello, we would like a quote for two more chargers at our dental clinic on Exempelgatan 41 in Umeå.\nMalin Öberg, Tandhuset",
                             from: "Malin Öberg <malin@tandhuset.example>")
        #expect(report.owner == "Tandhuset")
        #expect(report.location == "Exempelgatan 41, Umeå")
    }

    /// "Kjell Dahl, Bilverkstan i Orsa AB" with the firm's address on the line under it: the
    /// signature, whose address is not where the charger stands.
    @Test func theSendersNameAndFirmOverTheirAddressSignTheMail() {
        let report = extract("Hej,\n\nVår laddare visar felkod med fyra röda blinkningar och laddar inte.\n\nKjell Dahl, Bilverkstan i Orsa AB\nVerkstadsvägen 3, Orsa",
                             from: "Kjell Dahl <kjell@bilverkstan-orsa.example>")
        #expect(report.location == nil)
        #expect(report.owner == "Bilverkstan i Orsa AB")
        // A sentence after the line is the writer's text again, not a signature detail.
        let sentence = extract("Hej,\n\nVår laddare laddar inte.\n\nKjell Dahl, Bilverkstan i Orsa AB\nLaddaren står på Verkstadsvägen 3 i Orsa.",
                               from: "Kjell Dahl <kjell@bilverkstan-orsa.example>")
        #expect(sentence.location == "Verkstadsvägen 3, Orsa")
    }

    /// A caretaker or a manager whose title begins like a thing the writer's side owns
    /// ("fastighetsskötare"): the possessive is no ownership of the charger.
    @Test func ourCaretakerIsNoOwnedThing() {
        let report = extract("Skickar vidare från vår fastighetsskötare: någon har backat på laddstolpen vid lastkajen på Exempelhuset Väst.\n\nMvh\nErik Sand\nExempelhuset AB",
                             from: "Erik Sand <erik@example.se>")
        #expect(report.owner == nil)
        // The terminal, like the depot, is the writer's side's premises.
        let terminal = extract("Hej, snabbladdaren på vår terminal i Malmö är utan ström.\n\nMvh\nExempelfrakt Syd AB\nTrafikledningen")
        #expect(terminal.owner == "Exempelfrakt Syd AB")
    }

    /// "Vi på Bilhuset i Gävle … Laddarna står utanför vår bilhall på Exempelgatan 7.": the
    /// writer's place, then where its chargers stand, in the next sentence.
    @Test func theWritersPlaceThenWhereItsChargersStand() {
        let report = extract("Hej,\nVi på Bilhuset i Gävle ser att inga sessioner syns i portalen sedan förra veckan. Laddarna står utanför vår bilhall på Exempelgatan 7.\nMvh Johan Ek")
        #expect(report.location == "Bilhuset, Exempelgatan 7, Gävle")
        // Without a charger in the next sentence, the address there is not taken for the charger's.
        let other = extract("Hej,\nVi på Bilhuset i Gävle ser att inga sessioner syns i portalen sedan förra veckan. Fakturan skickas till Exempelgatan 7.\nMvh Johan Ek")
        #expect(other.location == "Bilhuset, Gävle")
    }

    /// "laddaren i vårt garage … Jag är medlem i föreningen": "our" is the association's, and
    /// without its name there is no owner; not the member writing.
    @Test func aMembersOurIsTheAssociations() {
        let report = extract("Hej, laddaren i vårt garage på Exempelvägen 14 släpper laddningen efter en kvart. Jag är medlem i föreningen.\nVänligen\nOmar Haddad",
                             from: "Omar Haddad <omar@example.se>")
        #expect(report.owner == nil)
        let own = extract("Hej, laddaren i vårt garage på Exempelvägen 14 släpper laddningen efter en kvart.\nVänligen\nOmar Haddad", from: "Omar Haddad <omar@example.se>")
        #expect(own.owner == "Omar Haddad")
    }

    /// "our office", "vår verkstad": a business's premises; without the business's name there
    /// is no owner, and the person signing is not it.
    @Test func aBusinessPremisesIsNoPrivatePersonsCharger() {
        let report = extract("Hi, we have chargers both at our office on Exempelgatan 5 and at the workshop on Verkstadsvägen 2. They won't accept RFID tags.\nRegards, Per Lund",
                             from: "Per Lund <per.lund@example.com>")
        #expect(report.owner == nil)
        // A home is a private person's.
        #expect(extract("Hi, we have a charger at our house on Exempelgatan 5. It won't accept RFID tags.\nRegards, Per Lund", from: "Per Lund <per.lund@example.com>").owner
            == "Per Lund")
    }

    /// The same "Name, Organisation" line in a forwarded original (its own From domain) or in
    /// the writer's quoted report under a reminder (the sender's domain).
    @Test func theDomainsOrganisationInAForwardOrAQuote() {
        let original = "Hello, we would like a quote for two more chargers at our dental clinic on Exempelgatan 41 in Umeå."
        let forward = extract("Hi, forwarding this to you.\n\n---------- Forwarded message ---------\nFrom: Malin Öberg <malin@tandhuset.example>\nSubject: Quote\n\n\(original)\nMalin Öberg, Tandhuset",
                              subject: "Fwd: Quote", from: "Kollega <kollega@example.se>")
        #expect(forward.owner == "Tandhuset")
        let reminder = extract("Hi, any news on this?\n\nRegards\n\nOn Mon, 30 Nov 2026 at 21:40, Malin Öberg <malin@tandhuset.example> wrote:\n> \(original)\n> Malin Öberg, Tandhuset",
                               subject: "Re: Quote", from: "Malin Öberg <malin@tandhuset.example>")
        #expect(reminder.owner == "Tandhuset")
        // Another domain spells nothing.
        let other = extract("Hi, forwarding this to you.\n\n---------- Forwarded message ---------\nFrom: Malin Öberg <malin@example.com>\nSubject: Quote\n\n\(original)\nMalin Öberg, Tandhuset",
                            subject: "Fwd: Quote", from: "Kollega <kollega@example.se>")
        #expect(other.owner != "Tandhuset")
    }
}
