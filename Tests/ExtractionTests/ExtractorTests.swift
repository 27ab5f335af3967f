import Mail
import Testing
@testable import Extraction

/// Rules tested on small hand-written mails, one behaviour each.
@Suite struct ExtractorTests {
    static let registry = Registry(chargers: [
        charger("EH100001", site: "BRF Exempel", address: "Exempelgatan 1", city: "Ort", contract: "SLA-2024-0001"),
        charger("EH100002", site: "BRF Exempel", address: "Exempelgatan 1", city: "Ort", contract: "SLA-2024-0001"),
        charger("ZAP200001", site: "Torgets parkering", address: "Torget 5", city: "Stad", contract: "SLA-2023-0042"),
        charger("SE*ABC*E0000001", site: "Rastplats Norr", address: "Vägen 9", city: "By", contract: ""),
    ])

    static func charger(_ id: String, site: String, address: String, city: String, contract: String) -> RegistryCharger {
        RegistryCharger(chargerID: id, siteName: site, address: address, postalCode: "", city: city, owner: "", contract: contract,
                        manufacturer: "", model: "", installed: "", lastService: "")
    }

    func extract(_ body: String, subject: String = "Fel", headers: String = "") -> Report {
        let raw = "From: Test Person <t@example.se>\nSubject: \(subject)\n\(headers)Content-Type: text/plain; charset=utf-8\n\n\(body)"
        return Extractor(registry: Self.registry).extract(MessageParser().parse(raw))
    }

    @Test(arguments: [
        ("Avtal SLA-2022-0417.", "SLA-2022-0417"),
        ("Vårt avtal: SLA 2021 0088", "SLA-2021-0088"),
        ("avtal sla 2023-290 gäller", "SLA-2023-0290"),
        ("Avtalsnummer SLA20200155.", "SLA-2020-0155"),
        ("Vi har avtal med er, nr 2022-778.", "SLA-2022-0778"),
        ("avtal nr: 2024/123", "SLA-2024-0123"),
        ("Serviceavtal 22-0417 gäller.", "SLA-2022-0417"),
        ("Our agreement is 2021-88.", "SLA-2021-0088"),
        ("Kontrakt nr 2023-112.", "SLA-2023-0112"),
        // Word processors' dashes: en dash, non-breaking hyphen.
        ("Avtal SLA–2023–0112 gäller.", "SLA-2023-0112"),
        ("Avtal SLA\u{2011}2023\u{2011}0112 gäller.", "SLA-2023-0112"),
        // A two-digit year, only after the prefix.
        ("Avtal SLA-21-0088.", "SLA-2021-0088"),
        // The serial named as a number after the year.
        ("Avtal sla 2022 nr 417.", "SLA-2022-0417"),
        ("Our agreement SLA 2022 no. 417 covers it.", "SLA-2022-0417"),
    ])
    func contractForms(text: String, expected: String) {
        #expect(extract("Laddaren är död. \(text)").contract == expected)
    }

    @Test(arguments: [
        "Fakturanr 2026-10458 gäller avtalet.",
        "Ärende 2026-0122-0031.",
        "Vårt diarienummer är SBK 2026/0412.",
        "Avtalet gäller sedan 2026-02-10.",
        "Ring 070-174 06 12 om avtal.",
        "Org.nr 556812-3390, avtal saknas.",
        "Avtalet löper ut 26-12 enligt brevet.",
        "SLA 2022, fakturanr 417.",
    ])
    func numbersThatAreNotContracts(_ text: String) {
        #expect(extract("Laddaren är död. \(text)").contract == nil)
    }

    @Test(arguments: [
        ("Det står SE*LAN*E0012345 på den.", "SE*LAN*E0012345"),
        ("märkt se lan e0012346", "SE*LAN*E0012346"),
        ("serienummer EH 482 913", "EH482913"),
        ("charger zap 044810 broke", "ZAP044810"),
        ("typskylt GLB 2011 873", "GLB2011873"),
        ("Serienr tacw2242321g0123.", "TACW2242321G0123"),
        ("sticker WB20231105", "WB20231105"),
        ("laddpunkt SE-LAN-E0012345 är död", "SE*LAN*E0012345"),
        ("id SE*LAN*E*0012347 på skylten", "SE*LAN*E0012347"),
        ("EVSE ID: SE LAN E 0012360", "SE*LAN*E0012360"),
        ("laddpunkt SE*LAN*E 0012361 på plan 2", "SE*LAN*E0012361"),
        ("serienummer EH\u{2011}482913", "EH482913"),
        ("serienummer ZAP 230-104 i garaget", "ZAP230104"),
        ("alla fyra (ZAP230101\u{2013}ZAP230104) är offline", "ZAP230101"),
        // Without separators, as some portals print it; with the connector after it.
        ("laddpunkt SELANE0012345 i appen", "SE*LAN*E0012345"),
        ("uttag SE*LAN*E0012345*1 är trasigt", "SE*LAN*E0012345"),
        // The stars typed apart; the outlet's digits read out in groups.
        ("Charger ID: SE * LAN * E0012345", "SE*LAN*E0012345"),
        ("Charger ID: SE * LAN * E001 2346", "SE*LAN*E0012346"),
        ("id SE*LAN*E001 2347 på skylten", "SE*LAN*E0012347"),
    ])
    func chargerIDForms(text: String, expected: String) {
        #expect(extract("Fel på laddaren, \(text)").chargerID == expected)
    }

    @Test(arguments: [
        ("Laddboxen på Okändvägen 9 i Kiruna är död. Ägare: Kim Lindqvist", "Kim Lindqvist"),
        ("Laddboxen på Okändvägen 9 i Kiruna är död.\nÄgare: BRF Norrsken", "BRF Norrsken"),
        ("The charger at Mill Road 4 in Gävle is dead. Owner: Sara Holm", "Sara Holm"),
    ])
    func labelledOwnerIsTakenWhetherPersonOrOrganisation(body: String, owner: String) {
        #expect(extract(body).owner == owner)
    }

    @Test func bayAndApartmentNumbersAreNotChargerIDs() {
        let report = extract("Laddpunkt 2 på plats 7, lgh 1102, space 214 är trasig.")
        #expect(report.chargerID == nil)
    }

    @Test func idOfAWorkingChargerIsNotTheSubject() {
        let report = extract("Den andra boxen (EH100002) fungerar som den ska, men EH100001 är helt död.")
        #expect(report.chargerID == "EH100001")
        #expect(report.linkedCharger == "EH100001")
    }

    @Test func linkRules() {
        // An id that is not in the registry contradicts it: no link even though the site has one charger.
        #expect(extract("Laddaren vid Torgets parkering är död, nummer EH999999.").linkedCharger == nil)
        // A site with exactly one charger.
        #expect(extract("Laddaren vid Torgets parkering är helt död.").linkedCharger == "ZAP200001")
        // A site with two chargers, no id: no link.
        #expect(extract("En laddbox på Exempelgatan 1 är död.").linkedCharger == nil)
        // A contract that covers exactly one charger.
        #expect(extract("Laddaren är död. Avtal SLA-2023-0042.").linkedCharger == "ZAP200001")
        // A site's name in its definite or genitive form is the site.
        #expect(extract("Stolpen vid Rastplatsen Norr är död.").linkedCharger == "SE*ABC*E0000001")
        // The registered address, and its town or none, links; the same street in another town does not.
        #expect(extract("Laddaren på Torget 5 i Stad är död.").linkedCharger == "ZAP200001")
        #expect(extract("Laddaren på Torget 5 är död.").linkedCharger == "ZAP200001")
        #expect(extract("Laddaren på Torget 5 i Annanstad är död.").linkedCharger == nil)
    }

    @Test func autoGeneratedTicketMailIsARequest() {
        let report = extract("Felanmälan: laddstolpen är strömlös.", headers: "Auto-Submitted: auto-generated\n")
        #expect(report.kind == .request)
        #expect(report.category == .noPower)
    }

    @Test func outOfOfficeWithoutHeadersIsAnAutoReply() {
        let report = extract("Jag är på semester till 3 mars och läser inte e-post.", subject: "SV: Ärende 123")
        #expect(report.kind == .autoReply)
        #expect(report.location == nil && report.contract == nil && report.category == .other)
    }

    /// Exchange's delivery reports come from "MicrosoftExchange<guid>@…", in the recipient's language.
    @Test func exchangeDeliveryReportIsABounce() {
        let raw = "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@exempel.example>\nSubject: Ej levererat: Ärende 8812\n\n"
            + "Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:\nlars@exempel.example\n"
        #expect(Extractor().extract(MessageParser().parse(raw)).kind == .bounce)
    }

    /// A read receipt says our mail was opened: never a report, whether an RFC 8098 report or
    /// Outlook's plain text, and a person's "Read: …" subject alone does not make one.
    @Test func readReceiptsAreAutomatic() {
        let mdn = "From: Karin <karin@exempel.example>\nSubject: Läst: Ärende 4411\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"x\"\n\n--x\nContent-Type: text/plain\n\n"
            + "Ditt meddelande lästes den 30 november.\n--x\nContent-Type: message/disposition-notification\n\nDisposition: manual-action/MDN-sent-manually; displayed\n--x--\n"
        let receipt = MessageParser().parse(mdn)
        #expect(receipt.autoReplySignals.isReadReceipt && receipt.autoReplySignals.isAutomatic)
        #expect(Extractor().extract(receipt).kind == .autoReply)
        #expect(extract("Your message\n  Subject: Charger EH482913 offline\nwas read on Monday, November 30, 2026.", subject: "Read: Charger EH482913 offline").kind == .autoReply)
        #expect(extract("Have you read the manual? The charger is offline.", subject: "Read: manual").kind == .request)
        #expect(extract("Ditt meddelande\n  Till: Support\n  Ämne: Laddstolpe trasig\nlästes måndag 2 mars 2026 10:14.", subject: "Läskvitto: Laddstolpe trasig").kind == .autoReply)
    }

    /// Absence words in a person's report, or in a subject's ordinary words, do not make it automatic.
    @Test func absenceWordsInARealReportKeepItARequest() {
        #expect(extract("Hej, vi är på semester i Sälen och laddaren vid stugbyn är död.", subject: "Laddaren på semesterboendet").kind == .request)
        #expect(extract("Jag fick ett automatiskt svar men laddstolpen är fortfarande trasig.", subject: "Re: Automatiskt svar: Laddstolpe trasig").kind == .request)
        // A ticket system's receipt is automatic; so are labelled absence subjects, compounds included.
        #expect(extract("Vi har tagit emot ditt ärende och återkommer. Detta är ett automatiskt meddelande.", subject: "[Ärende #88123] Mottaget").kind == .autoReply)
        #expect(extract("Jag är borta.", subject: "Frånvaromeddelande").kind == .autoReply)
        // A subject that is only the word ("Semester") over a fault report is a person's; labelled, it is not.
        #expect(extract("Jag har semester nästa vecka, kan ni laga laddstolpen på måndag? Den är påkörd och står snett.", subject: "Semester").kind == .request)
        #expect(extract("Jag har semester till 3 mars. Laddstolpen är påkörd och står snett.", subject: "Semester: Laddstolpe påkörd").kind == .autoReply)
        #expect(extract("Jag har semester till 3 mars och läser inte e-post.", subject: "Semester").kind == .autoReply)
        #expect(extract("Hej! Tack för att du kontaktar oss. Ditt ärendenummer är 123456. Vi återkommer inom fem arbetsdagar.", subject: "Vi har tagit emot ditt ärende").kind == .autoReply)
        #expect(extract("Tack för ditt mejl. Ditt ärende har registrerats med nummer 2026-11-3321.", subject: "Ärende 2026-11-3321 har skapats: Laddstolpe trasig").kind == .autoReply)
        #expect(extract("Back Monday.", subject: "[Ext] Automatic reply: Charger").kind == .autoReply)
        // Departure notices and unwatched mailboxes answer automatically too; a charger that
        // "har slutat på 40 procent" or a garage that "bevakas inte" is still a report.
        #expect(extract("Hej!\nJag har slutat på Sigtunahem. Kontakta istället förvaltningen.\nMvh Emma", subject: "Sv: Laddstolpe").kind == .autoReply)
        #expect(extract("Thank you for your email. This mailbox is not monitored. Please use our portal.", subject: "Re: Fault report").kind == .autoReply)
        #expect(extract("Laddaren har slutat på 40 procent varje gång i en vecka nu.", subject: "Laddare").kind == .request)
        #expect(extract("Laddstolpen i garaget är sönderslagen igen. Garaget bevakas inte på nätterna.", subject: "Laddare").kind == .request)
    }

    @Test(arguments: [
        ("Någon har kört på laddstolpen, den lutar och man ser kablarna.", Report.Category.physicalDamage),
        ("Laddboxen är helt död, ingen lampa lyser. Säkringen har gått.", .noPower),
        ("Laddningen avbryts efter en minut och lampan blinkar rött.", .chargingFailure),
        ("The charger shows offline in the app and sessions are not registered.", .connectivity),
        ("Could you send a quote for annual servicing of our two chargers?", .other),
        ("Charging stops after two minutes and the app says Interrupted.", .chargingFailure),
        ("laddaren tar inte mitt kort, står bara avvisad", .chargingFailure),
        ("Someone drove into the charging post last night, it is leaning badly.", .physicalDamage),
        ("The charger says Authorisation failed when I tap my tag.", .chargingFailure),
        ("Charging sessions at our charger stop after about 5 minutes.", .chargingFailure),
        ("Laddstolpen har fått en buckla och luckan går inte att stänga.", .physicalDamage),
        ("Laddboxen har börjat lukta bränt och kontakten är missfärgad.", .physicalDamage),
        ("The charger makes a buzzing noise and the socket is discoloured.", .physicalDamage),
        // A subordinate clause puts "inte" before the verb.
        ("Vi har en laddbox från er som inte startar längre.", .chargingFailure),
        ("Jag ringer eftersom stolpen inte kommunicerar med systemet.", .connectivity),
        // Nothing happens on plugging in: no power when the display is dark, a charging failure when it blinks.
        ("Laddaren funkar inte, den blinkar bara blått o inget händer när man kopplar in.", .chargingFailure),
        ("The charger has a black display and nothing happens when I plug in.", .noPower),
        ("Nu har den slutat helt, skärmen är svart och inget händer när man kopplar in.", .noPower),
        ("The display flickers and then goes black.", .noPower),
        ("The charger does not show up in the app any more.", .connectivity),
        ("Kontakten är bränd och luktar plast.", .physicalDamage),
        ("Snabbladdaren har slutat ladda efter 30 sekunder.", .chargingFailure),
        ("Laddstolpen har inget nät sedan i går.", .connectivity),
        ("Laddstolpen blinkar blått och sen rött.", .chargingFailure),
        // Folded Swedish words must not match English ones: "låst" is not "last", "brand" is not "bränd".
        ("We got a brand new car last week and would like a quote for a second charger.", .other),
        ("Laddaren stänger av efter någon minut.", .chargingFailure),
        // Told afterwards, by a visitor: past tense, and a status word that alone would read as offline.
        ("Laddaren vid receptionen gick inte att starta med appen, det stod Charger unavailable hela tiden.", .chargingFailure),
        ("We couldn't start a session at the charger by the entrance, it said unavailable.", .chargingFailure),
        ("Laddningen startade inte fast bilen var inkopplad.", .chargingFailure),
        // Hit, and dead since: the damage is what to fix first.
        ("Laddaren är påkörd och nu är den helt död, ingen lampa lyser.", .physicalDamage),
        ("Laddningen går jättelångsamt, bara 1,4 kW fast bilen klarar 11 kW.", .chargingFailure),
        // The OCPP status a portal shows: the charger reports a fault of its own.
        ("Laddpunkt 1 på P-däcket visar Faulted sedan i morse.", .chargingFailure),
        ("Two of the posts reboot every few minutes and drop the sessions.", .chargingFailure),
        ("The charger is not communicating with the back office since yesterday.", .connectivity),
        ("Jag fick ingen kvittens och pengarna drogs två gånger från kortet.", .connectivity),
        ("Vi har en gäst som inte kan ladda sin bil vid stolpen.", .chargingFailure),
        ("laddaren visar bara 'connecting...' och kommer aldrig vidare", .chargingFailure),
        ("Snabbladdaren är avstängd sedan igår kväll, skärmen är svart.", .noPower),
        ("Laddplatsen tappar anslutningen mot nätet hela tiden.", .connectivity),
        ("Snöröjningen har tryckt till stolpen så att den står snett.", .physicalDamage),
        ("Laddstolpen är mörk, displayen tänds inte.", .noPower),
        ("The charger says 'Waiting for vehicle' forever even though the car is plugged in.", .chargingFailure),
        ("Min bricka fungerar inte längre på laddaren i garaget.", .chargingFailure),
        ("Ingen av laddboxarna har ström. Elcentralen ser ok ut.", .noPower),
        ("Ingen av laddboxarna har ström sedan igår kväll.", .noPower),
        ("Hi, none of the chargers have power since yesterday.", .noPower),
        ("Någon har slitit av kabeln på laddstolpen.", .physicalDamage),
        ("Kabeln har gått av.", .physicalDamage),
        ("A guest reports that charger 3 in our garage does not accept his card.", .chargingFailure),
        ("Still not fixed, the charger keeps dropping the session after a few minutes.", .chargingFailure),
        ("Laddningarna har inte registrerats i portalen sedan i måndags.", .connectivity),
        ("På rastplatsen är båda laddarna ur funktion. Skärmarna är svarta.", .noPower),
        ("Hej, laddaren vid centralstationen fungerar inte. Den reagerar inte alls.", .noPower),
        ("Hej, laddaren startar och går i några sekunder, sedan slår den ifrån.", .chargingFailure),
        ("Laddaren syns som 'otillgänglig' i appen sedan i fredags.", .connectivity),
        ("The charger has water inside the housing after the storm and the lid is gone.", .physicalDamage),
        ("There is no display and no LEDs at all on the unit.", .noPower),
        ("Laddaren laddar väldigt långsamt, bara 1,4 kW.", .chargingFailure),
        // Contractions are one word, as the vocabulary writes them, with either apostrophe.
        ("Hi, the charger won't start when I plug in the car.", .chargingFailure),
        ("Hi, the charger doesn’t start charging any more.", .chargingFailure),
        ("Vi får ingen faktureringsdata, laddarna verkar inte skicka något till er portal.", .connectivity),
        // A fault put in the past ("last year") weighs little against what the mail asks now.
        ("Our charger was hit by a car last year and you replaced it. Now we would like a quote for a second charger.", .other),
        ("Vi fick en faktura för utryckningen när laddaren var offline. Vi trodde det ingick i avtalet, kan ni kreditera?", .other),
        // An adverb inside a phrase, or "aldrig" for "inte", says the same thing.
        ("Hej igen, den startar fortfarande inte. Samma fel som förut.", .chargingFailure),
        ("laddaren vid tennishallen blinkar bara gult och startar aldrig", .chargingFailure),
        ("Hi again, it still won't start, same as last week.", .chargingFailure),
        ("The wallbox in the garage stopped charging cars halfway through.", .chargingFailure),
        ("Our charger in the garage only delivers 2 kW instead of 11.", .chargingFailure),
        ("Tre av våra laddboxar har slutat fungera samtidigt. De är helt döda.", .noPower),
        ("We have four chargers in the garage. Two of them are not working, the screens are black.", .noPower),
        // A writer who types å, ä and ö means the word typed: "kort på" is a card, not "kört på";
        // without them "kort pa" may be either, and the folded phrase stands.
        ("När jag försöker betala med kort på laddaren nekas betalningen hela tiden.", .chargingFailure),
        ("nagon har kort pa laddstolpen i natt, den star snett", .physicalDamage),
        // The app says the session started, but nothing happens: a charging failure, not a dead charger.
        ("Appen säger 'Laddning startad' men inget händer.", .chargingFailure),
        ("Laddaren är helt död. Jag kopplar in men inget händer.", .noPower),
        ("Laddaren vid vårt lager har slutat svara i appen.", .connectivity),
        ("The charger at the car park says 'Charging' but the car gets nothing.", .chargingFailure),
        ("The charger stopped responding in the app on Friday.", .connectivity),
        // Power that reaches the charger but not the car; a status that stopped coming in.
        ("Laddboxen ger ingen ström till bilen, bilen säger 'väntar på laddstation'.", .chargingFailure),
        ("Laddaren har slutat uppdatera sin status i appen, senaste kontakt var i fredags.", .connectivity),
        ("Hi, the wall connector shows red and the car won't take any charge.", .chargingFailure),
        ("Hej igen, nu funkar den inte alls, bara svart.", .noPower),
        ("de e nåt fel på laddboxn, den laddar typ 2 min sen stänger den av", .chargingFailure),
        ("Laddaren vid Ica maxi har slutat ta betalt, alla laddar gratis", .connectivity),
    ])
    func categories(text: String, expected: Report.Category) {
        #expect(extract(text).category == expected)
    }

    /// A reply that only confirms takes its category from the quoted question; a reply that
    /// asks something of its own (an invoice) keeps its own.
    @Test func aConfirmingReplyTakesTheQuotedFault() {
        let quote = "\n\nDen 2 mars 2026 kl. 10:14 skrev Support <support@laddalliansen.example>:\n"
            + "> Hej Ove,\n> Gäller det laddstolpen vid Rådhustorget i Gävle som är påkörd?\n> Mvh Support"
        #expect(extract("Ja, det stämmer. Det är den vänstra.\n\nMvh Ove" + quote, subject: "SV: Laddstolpe").category == .physicalDamage)
        #expect(extract("Hej,\nVi har fått en faktura på utryckningen. Ingår inte det i vårt avtal?\nMvh Ove" + quote,
                        subject: "SV: Laddstolpe").category == .other)
    }

    @Test(arguments: [
        ("Hej, laddaren på Storgatan 3 i Kiruna är död. Vi har avtal.", "Storgatan 3, Kiruna"),
        ("The charger at Hotel Polaris in Luleå (Norra Strandgatan 7) is dead.", "Hotel Polaris, Norra Strandgatan 7, Luleå"),
        ("Laddstolpen utanför Folkets hus i Ystad blinkar rött.", "Folkets hus, Ystad"),
        // A street address between site and town is kept, not skipped on the way to the town.
        ("The charger at Retail Park Syd, Bergsvägen 40, Borås was hit by a van.", "Retail Park Syd, Bergsvägen 40, Borås"),
        // A site joined to its address by "på"/"at" when it says it is a site.
        ("Laddaren vid vårt hotell, Hotell Polstjärnan på Sjövägen 2 i Luleå, går inte att starta.", "Hotell Polstjärnan, Sjövägen 2, Luleå"),
        // A two-word street name is not a site followed by a street.
        ("Our chargers at Norra Kajgatan 7, Gävle are offline.", "Norra Kajgatan 7, Gävle"),
        // The floor of a car park belongs to the site, before or after it.
        ("Båda stolparna på plan 3 i P-huset Ankaret visar fel.", "P-huset Ankaret plan 3"),
        ("Stolpen i P-huset Ankaret på plan 3 är offline.", "P-huset Ankaret plan 3"),
        // The site's name in apposition to the writer's own kind of place, and a campus building.
        ("Laddboxen vid vårt kontor, Kvarnhuset på Hamngatan 3 i Visby, laddar inte.", "Kvarnhuset, Hamngatan 3, Visby"),
        ("The wallbox at our office, Lindholmen Science Park building B in Gothenburg, stopped charging.",
         "Lindholmen Science Park building B, Gothenburg"),
        // English order, with a street named in two words.
        ("Our charger in the garage at 14 Queen Street, Malmö only delivers 2 kW.", "14 Queen Street, Malmö"),
        ("The RCD for the charger at my house, 5 Mill Lane in Båstad, trips every time.", "5 Mill Lane, Båstad"),
        ("My car won't charge at the wallbox outside my house at 8 Birch Close, Lerum.", "8 Birch Close, Lerum"),
        ("The charger at 3 Kings Court in Ystad is dead.", "3 Kings Court, Ystad"),
        ("The charger in the car park of Riverside Exempel, 22 Harbour Road, Göteborg keeps dropping off the network.",
         "Riverside Exempel, 22 Harbour Road, Göteborg"),
        ("Laddaren vid Lilla Torg 2, Malmö är offline.", "Lilla Torg 2, Malmö"),
        // An address label is no part of a two-word street name.
        ("Laddboxen har tappat wifi igen. Adress Bäckvägen 3, Hjo.", "Bäckvägen 3, Hjo"),
        // The named place within a town, after it.
        ("Laddningen avbryts på laddarna vid vår depå i Eskilstuna, Tunafors industriområde.", "Tunafors industriområde, Eskilstuna"),
        // Written without capitals, a two-word street and its town.
        ("hej laddaren pa garaget vid vastra stigen 3 i lund laddar inte bilen", "vastra stigen 3, lund"),
        ("hello, i'm at the exempelparken car park in mölndal, level -1, and the cable is locked.", "exempelparken car park level -1, mölndal"),
        // The shop's name after its kind, as written with capitals ("butiken Exempelboden"), then its address.
        ("vår laddstolpe vid butiken exempelboden (exempelö kullegata 8) har fått kabelhållaren avbruten.", "butiken exempelboden, exempelö kullegata 8"),
        ("The charger in the car park of our church, Sankt Exempels kyrka in Malmö, is offline.", "Sankt Exempels kyrka, Malmö"),
        ("I'm at the Centrum car park in Mölndal, level -1, and the cable is stuck.", "Centrum car park level -1, Mölndal"),
        // Describing words before a place noun stay in the site name.
        ("The post at the Skogsberget outdoor area car park in Mora is dark.", "Skogsberget outdoor area car park, Mora"),
        // A postal address the writer's sentence leads to is the location (code left out); a letterhead is not.
        ("Laddboxen hemma hos mig på Lingonstigen 12, 436 39 Askim laddar inte.", "Lingonstigen 12, Askim"),
        ("Vår laddstolpe vid entrén till Ica Kvantum Exempelby har inget nät.", "Ica Kvantum Exempelby"),
        // A street written as two words.
        ("Laddaren på Västra vägen 2 i Skövde är offline.", "Västra vägen 2, Skövde"),
        // A common place noun is a site when the writer ties a town to it.
        ("Kommunens laddstolpe vid biblioteket i Mora är trasig.", "biblioteket, Mora"),
        ("It is at the hospital car park in Varberg and it is dead.", "hospital car park, Varberg"),
        // A bare site name gives way to a later mention that places a site fully…
        ("Short description: charger damaged at Town Hall car park\nDescription: the cable at Rådhusets parkering, Torggatan 2, Mora is torn off.",
         "Rådhusets parkering, Torggatan 2, Mora"),
        // …but not to an address without a site, which may be anyone's.
        ("The charger at Ica Maxi is dead. I live at Storgatan 3 so I cannot charge at home either.", "Ica Maxi"),
        // A common place noun with a name after it: "parkeringshuset Kvarnen".
        ("Någon har klippt av kablarna i parkeringshuset Exempelkvarnen.", "parkeringshuset Exempelkvarnen"),
        ("Laddarna i garaget Exempeltornet, plan 2, är avklippta.", "garaget Exempeltornet plan 2"),
        // A labelled address keeps its place even with a postal code ("Adress:" as web forms write it).
        ("Laddboxen har slutat fungera. Adress: Granvägen 7, 824 30 Hudiksvall.", "Granvägen 7, Hudiksvall"),
        // A place, then "på" and its street.
        ("Laddaren på kontorets parkering på Sveavägen 80 i Stockholm laddar inte.", "kontorets parkering, Sveavägen 80, Stockholm"),
        // Short street names: two letters and the suffix, capitalised.
        ("Hos Brf Exempeleken, Ekgatan 4 i Växjö är tre laddplatser strömlösa.", "Brf Exempeleken, Ekgatan 4, Växjö"),
        // "Vi på X stad" names the writer's organisation, not where the charger is.
        ("Vi på Exempelås stad har en laddstolpe vid Kopparlunden som inte fungerar.", "Kopparlunden"),
        // A compound place noun continues the name: "Nordanå kulturkvarter".
        ("Laddstationen vid Exempelå kulturkvarter i Skellefteå är offline.", "Exempelå kulturkvarter, Skellefteå"),
        // The writer's home gives way to where the charger is…
        ("Jag bor på Lingonvägen 3 i Borlänge men laddaren som är trasig står på jobbet, Stora Torget 1 i Falun.", "Stora Torget 1, Falun"),
        // …and is the location when nothing else is named.
        ("Jag bor på Lingonvägen 3 i Borlänge och min laddbox är trasig.", "Lingonvägen 3, Borlänge"),
        // "vid X i Town": X is a place in the town, not the town.
        ("Laddaren på parkeringen vid Centralstationen i Uppsala är sönder.", "parkeringen, Centralstationen, Uppsala"),
        // A name joined by "&" is one name, not a town: "vid Exempel & Söner i Ljusdal".
        ("Laddstolpen på parkeringen vid Exempel & Söner i Ljusdal har en trasig kabel.", "parkeringen, Exempel & Söner, Ljusdal"),
        // "the fuse box" is no postal box: the address is not a billing one.
        ("My wallbox at home (Granitvägen 9, Kungälv) trips the RCD in the fuse box.", "Granitvägen 9, Kungälv"),
        // A site the writer lives in is their home, and gives way to where the charger is.
        ("I live in BRF Exempelutsikten and the charger in our garage (Strandpromenaden 8, Helsingborg) is dead.", "Strandpromenaden 8, Helsingborg"),
        // English order: number first.
        ("Hi, the charger at 14 Hamngatan, Helsingborg is offline in the app.", "14 Hamngatan, Helsingborg"),
        // "of" inside a name; "gård" ends one; a road is no town ("vid E4:an utanför Gävle").
        ("Stolpen närmast entrén på Mall of Exempelia är död.", "Mall of Exempelia"),
        ("Hej. Laddaren på Exempelsta gård utanför Sala är påkörd.", "Exempelsta gård, Sala"),
        ("Gäller laddstationen på Exempel Macken vid E4:an utanför Gävle, den laddar inte.", "Exempel Macken vid E4:an, Gävle"),
        // "kv"/"kv." (kvarteret) starts a block's name; "rastplatsen" a rest area's.
        ("Laddaren i kv. Exempeltornet, Sundbyberg ger felkod E12.", "kv. Exempeltornet, Sundbyberg"),
        ("Hej, på rastplatsen Exempeldingle utmed E6 är båda laddarna ur funktion.", "rastplatsen Exempeldingle"),
        // The writer's workplace gives way to the place they say they charge at, and stands alone.
        ("Hej, jag jobbar på lasarettet i Exempelby och laddar på parkeringen vid Hus B. Laddaren funkar inte.", "parkeringen, Hus B"),
        ("Jag jobbar på Exempelhallen Söder i Västerås. Laddaren där är trasig.", "Exempelhallen Söder, Västerås"),
        // The site's side after its name, in lower case.
        ("Stannade vid rastplats Exempelhög norra vid E4 i natt, laddaren var död.", "rastplats Exempelhög norra vid E4"),
        // A named part of the site after a comma, and its floor.
        ("Det gäller laddstolpen vid Exempel Forum, garage P2, plan 3.", "Exempel Forum, garage P2 plan 3"),
        // An id in parentheses after a site is no town.
        ("Gäller laddaren vid Exempelby busstation (SE*LAN*E0044120), den är offline.", "Exempelby busstation"),
        // A range of house numbers, with a hyphen or a word processor's dash.
        ("Laddstolpen vid Exempelgården (Exempelgatan 2-8, Kalmar) är påkörd.", "Exempelgården, Exempelgatan 2-8, Kalmar"),
        ("Laddstolpen på Exempelgatan 12–14 i Kalmar är påkörd.", "Exempelgatan 12–14, Kalmar"),
        // A possessive and the kind of place before the name: the name is the site.
        ("Hej, laddboxen på min arbetsplats Sahlgrenska sjukhuset i Göteborg laddar inte.", "Sahlgrenska sjukhuset, Göteborg"),
        ("The charger at my workplace Astra Park in Södertälje keeps stopping.", "Astra Park, Södertälje"),
    ])
    func locations(text: String, expected: String) {
        #expect(extract(text).location == expected)
    }

    /// Subjects drop prepositions: a name that starts with a site word is the site there, and
    /// only there (a sign-off line in the body names the writer's organisation).
    @Test func subjectSiteWithoutPreposition() {
        #expect(extract("Kabeln är avriven.", subject: "Laddare Hotell Exempelgården trasig").location == "Hotell Exempelgården")
        #expect(extract("Laddboxen i garaget är död. Mvh Linda, BRF Exempelmåsen", subject: "Död laddbox").location == nil)
    }

    @Test func signatureAddressIsNeverTheLocation() {
        let report = extract("Laddaren är död.\n\nMed vänlig hälsning\nAnna\nKontorsgatan 4, 111 22 Stad")
        #expect(report.location == nil)
    }

    /// A forwarder who only passes the report on: the forwarded original decides the category,
    /// even on one term.
    @Test func forwardedOriginalDecidesTheCategory() {
        let mail = "From: Karin <karin@example.se>\nSubject: VB: Laddstolpe\n\nSe nedan.\n\n---------- Vidarebefordrat meddelande ---------\n"
            + "Från: Omar <omar@example.se>\n\nHej! Laddstolpen på bakgården är sönder.\n"
        #expect(Extractor().extract(MessageParser().parse(mail)).category == .physicalDamage)
    }

    /// "åt" folds to the English "at" and "här" to "har": written with their own letters they
    /// are Swedish words, not the preposition or verb the rules look for.
    @Test func swedishWordsDoNotTakeTheClassesOfTheirFoldedTwins() {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize("åt här ön för at har on", role: .own, firstSentence: 0, into: &tokens)
        #expect(!tokens[0].is(.preposition) && !tokens[0].is(.siteAddressJoiner))
        #expect(!tokens[1].is(.haveVerb))
        #expect(!tokens[2].is(.siteAddressJoiner))
        #expect(!tokens[3].is(.english) && tokens[3].is(.swedish))
        #expect(tokens[4].is(.preposition) && tokens[5].is(.haveVerb) && tokens[6].is(.siteAddressJoiner))
        // The forwarded report's address, not the association the writer manages the house for.
        let mail = "From: Karin <karin@example.se>\nSubject: VB: Laddstolpen\n\nSe nedan. Vi förvaltar fastigheten åt Brf Exempeleken.\n\n"
            + "---------- Forwarded message ---------\nFrån: Tobias <tobias@example.se>\n\nHej! Handtaget vid plats 12 i garaget på Exempelvägen 7, Sollentuna har gått sönder.\n"
        #expect(Extractor().extract(MessageParser().parse(mail)).location == "Exempelvägen 7, Sollentuna")
    }

    /// Web forms and ticket systems label the place: the fields are read as given, even where
    /// the value has no street ending or the town stands on a line of its own.
    @Test func labelledLinesGiveThePlace() {
        #expect(extract("Name: Exempel Person\nSite: Hotel Exempelnorr\nAddress: Exempelbron 2, Exempelby\nIssue: The cable is cracked.").location
            == "Hotel Exempelnorr, Exempelbron 2, Exempelby")
        #expect(extract("Adress: Exempelstigen 4\nOrt: Exempelby\nBeskrivning: Laddboxen är död.").location == "Exempelstigen 4, Exempelby")
        #expect(extract("Plats: Ica Nära Exempelhusen\nProblem: Stolpen är offline.").location == "Ica Nära Exempelhusen")
        // The postal code goes; a sentence after the field is no part of it.
        #expect(extract("Adress: Exempelgatan 8, 614 30 Exempelköping. Laddboxen är död.").location == "Exempelgatan 8, Exempelköping")
        // A person on site is no place.
        #expect(extract("Laddaren är död.\nKontaktperson på plats: Exempel Person, 070-000 00 00.").location == nil)
        // A bay number, a town alone, or a field left empty say nothing of the place.
        #expect(extract("Plats: 12\nOrt: Exempelby\nProblem: Laddaren är död.").location == nil)
        #expect(extract("Adress:\nProblem: Laddaren är död.").location == nil)
    }

    /// Names with "&", the side of a building, and a site with its address later in its sentence.
    @Test func siteNamesWithAmpersandsSidesAndAddresses() {
        #expect(extract("Laddaren vid Exempels Bil & Däck i Exempelby är död.").location == "Exempels Bil & Däck, Exempelby")
        #expect(extract("Laddaren på baksidan av Exempels Park i Exempelby är död.").location == "Exempels Park, Exempelby")
        #expect(extract("Vi på Exempels Bil har två laddare framför verkstaden på Exempelgatan 31. Den ena är död.").location
            == "Exempels Bil, Exempelgatan 31")
        // In a later sentence, an address may be anyone's: the site named first stands.
        #expect(extract("Laddaren vid Exempels Park är död. Ring mig, jag finns på Exempelgatan 31 hela dagen.").location == "Exempels Park")
    }

    @Test(arguments: ["The charger keeps cutting out after a few minutes.", "The station reports a ground fault and will not start."])
    func englishChargingFailures(_ text: String) {
        #expect(extract(text).category == .chargingFailure)
    }

    /// Staff abroad answer in their own language: Norwegian and German absence notices.
    @Test func absenceNoticesInNeighbouringLanguages() {
        #expect(extract("Jeg er på ferie til 5. januar og har begrenset tilgang til e-post.", subject: "Fravær: Laderen").kind == .autoReply)
        #expect(extract("Vielen Dank für Ihre Nachricht. Ich bin bis zum 12.12. nicht im Büro.", subject: "Abwesenheitsnotiz: Ladestation").kind == .autoReply)
    }

    /// "hit by a snowplough last winter": an old fault weighs little against today's.
    @Test func aFaultOfLastWinterIsNotTodays() {
        #expect(extract("The car wouldn't charge yesterday. The charger was hit by a snowplough last winter.").category == .chargingFailure)
    }

    /// A municipality's, region's or association's genitive before the charger names its owner;
    /// a shop's does not (it may only say where the charger stands).
    @Test func genitiveOfAnOrganisationNamesTheOwner() {
        #expect(extract("Exempelby kommuns laddstolpe vid simhallen är påkörd.").owner == "Exempelby kommun")
        #expect(extract("Region Exempellands nya laddstolpe vid vårdcentralen är påkörd.").owner == "Region Exempelland")
        #expect(extract("Brf Exempellärkans laddbox i garaget är död.").owner == "Brf Exempellärkan")
        #expect(extract("Exempelbutikens laddstolpe är påkörd.").owner == nil)
        // A name whose last word says it is an organisation, written in full in the signature.
        #expect(extract("Laddpunkterna på Exempelby Bostäders parkering är offline.\n\nMvh\nDriften\nExempelby Bostäder AB").owner == "Exempelby Bostäder AB")
        #expect(extract("Laddpunkterna på Exempelby Bostäders parkering är offline.").owner == "Exempelby Bostäder")
    }

    /// "vid vår entré", "vårt avtal": the writer's building and agreement, so their organisation's charger.
    @Test func ourEntranceAndOurAgreementShowOwnership() {
        #expect(extract("Laddstolpen vid vår entré är påkörd.\n\nMed vänliga hälsningar\nExempel Person\nExempelfastigheter AB").owner == "Exempelfastigheter AB")
        #expect(extract("Laddstolpen är påkörd. Vårt avtal är SLA-2022-0190.\n\nMvh\nExempel Person\nExempelfastigheter AB").owner == "Exempelfastigheter AB")
        #expect(extract("Laddstolpen vid entrén till Exempelköp är påkörd.\n\nMvh\nExempel Person\nExempelfastigheter AB").owner == nil)
    }

    /// "Vi i Brf X har avtal med er": the association with the agreement owns the charger.
    @Test func theAssociationWithTheAgreementOwnsTheCharger() {
        #expect(extract("Bilen slutar ladda efter fem minuter. Vi i Brf Exempelsvalan har avtal med er.\nTack\nLena").owner == "Brf Exempelsvalan")
    }

    /// "Vi är en förening, X i Y, och äger …": the association named in apposition owns them.
    @Test func weWithTheOrganisationInApposition() {
        #expect(extract("Vi är en samfällighetsförening, Exempelbackens samfällighetsförening i Exempelby, och äger fyra laddstolpar. Två är offline.").owner
            == "Exempelbackens samfällighetsförening")
    }

    /// "My name is …" names a private owner whose From header and signature give no full name.
    @Test func writerWhoIntroducesThemselfOwnsTheirCharger() {
        let mail = "From: kund@example.se\nSubject: Charger\n\nHello,\nMy name is Exempel Person and I own the charger at my house. It shows a red light.\nThanks"
        #expect(Extractor().extract(MessageParser().parse(mail)).owner == "Exempel Person")
    }

    @Test(arguments: [
        ("Någon har sprayat graffiti över hela laddstolpen.", Report.Category.physicalDamage),
        ("Jag blev debiterad två gånger för samma laddning igår.", .connectivity),
        ("Laddaren startar och stoppar hela tiden.", .chargingFailure),
        ("Det ser ut som att laddaren inte skickar någon data.", .connectivity),
        ("Laddaren vid garaget säger 'Fel' och bilen vill inte ladda.", .chargingFailure),
        ("The charger shows a red cross and the car says charging not possible.", .chargingFailure),
        ("My car won't unlock the cable from the charger after charging.", .chargingFailure),
        ("Det kommer gnistor ur kontakten när man drar ur kabeln.", .physicalDamage),
        ("It keeps disconnecting from the wifi and then we can't start it from the app.", .connectivity),
        ("The charger's screen has gone blank and nothing happens when we press the button.", .noPower),
        ("Our tenants' charging isn't being logged, so we can't bill them this month.", .connectivity),
        ("The front cover is loose and hanging off.", .physicalDamage),
        ("Kåpan har blåst av i stormen.", .physicalDamage),
        ("Bilen laddar i några sekunder och sedan tar det stopp.", .chargingFailure),
        ("Laddaren laddar men mycket långsammare än förut.", .chargingFailure),
        ("Lampan lyser vitt men när bilen kopplas in händer ingenting.", .chargingFailure),
        ("Our new car isn't recognised by the charger at all.", .chargingFailure),
        ("Laddaren laddade bara i fem minuter och slutade sen.", .chargingFailure),
        ("Båda stolparna är släckta.", .noPower),
        ("Kommunens laddstolpar vid stadshuset är båda svarta.", .noPower),
        ("Laddaren i garaget ger inte ström, bilen säger 'ingen spänning'.", .noPower),
        ("Hur gör jag för att lägga till en ny RFID-bricka för en ny boende?", .other),
        ("Det har kommit in vatten i laddstolpen och det fräser.", .physicalDamage),
        ("The lid on the charger has been forced open.", .physicalDamage),
        ("Laddaren kopplar ner sig från nätet hela tiden.", .connectivity),
        ("We don't get any usage reports from the charger any more.", .connectivity),
        ("Laddaren låser inte upp kabeln efter laddning, kabeln sitter kvar.", .chargingFailure),
        ("Both chargers refuse our cards.", .chargingFailure),
        ("The charger wouldn't accept my Mastercard.", .chargingFailure),
        // "Doesn't work" alone is a charging failure; any word saying how it fails decides instead.
        ("Laddaren vid garaget fungerar inte.", .chargingFailure),
        ("Laddaren fungerar inte, den är helt död och displayen är svart.", .noPower),
        ("The charger is not working, it shows offline in the app.", .connectivity),
    ])
    func moreWaysToSayAFault(text: String, category: Report.Category) {
        #expect(extract(text).category == category)
    }

    /// The charger or shop may stand between a site and its town.
    @Test func townAfterTheSitesChargerOrShop() {
        #expect(extract("My car stops charging at the Exempel K charger in Exempelby.").location == "Exempel K, Exempelby")
        #expect(extract("The charger outside the Exempelköp store in Exempelby has a smashed display.").location == "Exempelköp, Exempelby")
    }

    /// A web form's HTML table: each row is a labelled line, and the label is no part of the value.
    @Test func htmlTableRowsAreLabelledLines() {
        let mail = "From: Web form <noreply@example.se>\nSubject: New fault report\nContent-Type: text/html; charset=utf-8\n\n"
            + "<table><tr><td>Name</td><td>Exempel Person</td></tr><tr><td>Site</td><td>Exempeldepot, Exempelbron 3, Exempelby</td></tr>"
            + "<tr><td>Problem</td><td>The charger is offline.</td></tr></table>"
        #expect(Extractor().extract(MessageParser().parse(mail)).location == "Exempeldepot, Exempelbron 3, Exempelby")
        // Not a row that already has its colon, nor one whose first cell is a sentence.
        #expect(CaseText.labelTableRows("Site\tX 3\nTime: 10\t12\nThe charger has been dead\tsince Monday")
            == "Site: X 3\nTime: 10\t12\nThe charger has been dead\tsince Monday")
    }

    /// A table whose first row names its columns: each cell of the rows under it reads as a
    /// line labelled with its column's name.
    @Test func htmlTableWithAHeaderRow() {
        let mail = "From: Facilities <f@example.se>\nSubject: Fault\nContent-Type: text/html; charset=utf-8\n\n"
            + "<p>Hi, see below.</p><table><tr><th>Site</th><th>Charger</th><th>Problem</th></tr>"
            + "<tr><td>Exempeldepot P-hus</td><td>SE*TST*E0099001</td><td>Offline since Monday</td></tr></table>"
        let report = Extractor().extract(MessageParser().parse(mail))
        #expect(report.location == "Exempeldepot P-hus")
        #expect(report.chargerID == "SE*TST*E0099001")
        #expect(report.category == .connectivity)
        #expect(CaseText.labelTableRows("Site\tCharger\tProblem\nDepot\tEH1\tDead\nHamn\t\tCable")
            == "Site: Depot\nCharger: EH1\nProblem: Dead\nSite: Hamn\nProblem: Cable\n")
        // A first row of values (digits) is no header; nor is one with no row under it of as many cells.
        // (Their rows read as label and value, as a two-column form's do.)
        #expect(CaseText.labelTableRows("Depot 1\tEH1\tDead\nHamn\tEH2\tCable") == "Depot 1: EH1\tDead\nHamn: EH2\tCable")
        #expect(CaseText.labelTableRows("Site\tCharger\tProblem\nDepot\tEH1") == "Site: Charger\tProblem\nDepot: EH1")
    }

    /// Street names without a -gatan/-vägen ending ("Exempelpiren 5", "Exempelbron 2"); a
    /// shop named after its kind ("vid butiken Exempelköp Norr"); a "Var:" field.
    @Test func pierStreetsShopsAndWhereFields() {
        #expect(extract("Two chargers in the car park of our Exempelby office (Exempelpiren 5) were vandalised.").location
            == "Exempelpiren 5, Exempelby")
        #expect(extract("Laddaren vid Exempelbron 2 i Exempelby är trasig.").location == "Exempelbron 2, Exempelby")
        #expect(extract("Laddstationen vid vår butik Exempelköp Norr har ingen ström.").location == "Exempelköp Norr")
        // A carmaker's name before another name is a company's site; before a model, a car.
        #expect(extract("The chargers at Volvo Cars Exempelby, gate 4, are all offline.").location == "Volvo Cars Exempelby")
        #expect(extract("Laddaren i Exempelby blev påkörd av en Tesla Model Y.").location == "Exempelby")
        #expect(extract("Hej!\n- Var: Exempelhallen parkering, Exempelby\n- Vad: Skärmen är sönderslagen").location
            == "Exempelhallen parkering, Exempelby")
    }

    /// A subject names the charger, then its site ("SV: Laddstolpe Exempelgallerian").
    @Test func subjectNamesTheChargerThenItsSite() {
        #expect(extract("Kan ni titta igen?", subject: "SV: Laddstolpe Exempelgallerian").location == "Exempelgallerian")
        #expect(extract("Kan ni titta igen?", subject: "Laddbox Easee trasig").location == nil)
        #expect(extract("Ingen lampa lyser.", subject: "Laddbox EH-390-551 död").location == nil)
        // A subject drops the comma before a town; two names there are more likely a person's.
        #expect(extract("Se rubrik.", subject: "Laddstolpe Exempelgatan 5 Exempelby trasig").location == "Exempelgatan 5, Exempelby")
        #expect(extract("Se rubrik.", subject: "Laddare Exempelgatan 5 Exempel Person").location == "Exempelgatan 5")
        // Its id may come between; a site name may end like a street ("-backen") when no number follows.
        #expect(extract("Se ämnesraden.", subject: "Ang. laddare EH602114 Exempelbacken Exempelby").location == "Exempelbacken Exempelby")
    }

    /// "belongs to our company, X AB": the owner's kind, then its name in apposition.
    /// A range of serials is several chargers: the first is the charger id, and none is linked.
    @Test func aRangeOfSerialsLinksNone() {
        let extractor = Extractor(registry: Registry(chargers: (1...4).map {
            ExtractorTests.charger("ZAP90010\($0)", site: "Kv. Exempel", address: "Exempelgatan 5", city: "Exempelby", contract: "")
        }))
        for dash in ["-", "\u{2013}"] {
            let report = extractor.extract(MessageParser().parse("Subject: Laddare\n\nSamtliga fyra laddare (ZAP900101\(dash)ZAP900104) är offline.\n"))
            #expect(report.chargerID == "ZAP900101")
            #expect(report.linkedCharger == nil)
        }
    }

    /// "skolans parkering" after the writer named "Exempelskolan i Sveg": that school, by its name.
    @Test func aGenitivePlaceNamedEarlier() {
        #expect(extract("Hej, jag bor på Kyrkogatan 20 i Exempelby men jobbar på Exempelskolan i Sveg. Laddaren på skolans parkering tar inte min tagg.").location
            == "Exempelskolan, Sveg")
        // Without a name before, the genitive place stays as written.
        #expect(extract("Hej, laddaren på skolans parkering tar inte min tagg.").location == "skolans parkering")
    }

    /// "vår laddare på gården (Lövsta 12, Tierp)": a farm's address has no street ending.
    @Test func aCountryAddressInParentheses() {
        #expect(extract("Sedan i tisdags fungerar inte vår laddare på gården (Exempelby 12, Tierp). Den blinkar rött.").location == "Exempelby 12, Tierp")
        // Not a name and a number without a town: "(Anders 12)".
        #expect(extract("Laddaren som min son (Anders 12 år) använder är trasig.").location == nil)
    }

    /// "Laddstolpen som regionen äger": the owner's kind in lower case, and its name in the signature.
    @Test func aRelativeClauseWithTheOwnersKind() {
        #expect(extract("Laddstolpen som regionen äger vid vårdcentralen har en sprucken display.\nMvh Lena Ek, Region Exempelland").owner == "Region Exempelland")
    }

    /// "fungerar inte vår laddare" says the charger fails, not that it is not theirs.
    @Test func aFailingVerbDoesNotDenyOwnership() {
        let signed = "\n\nMvh\nErik Åkerlund\nExempel Gård AB"
        #expect(extract("Sedan i tisdags fungerar inte vår laddare på gården." + signed).owner == "Exempel Gård AB")
        #expect(extract("Det är inte vår laddare, den står på grannens tomt." + signed).owner == nil)
    }

    /// "Kommunen har serviceavtal med er": the municipality signing names it as the owner.
    @Test func theMunicipalityHoldingTheAgreementOwnsTheCharger() {
        #expect(extract("Laddstolpen vid skolan har en trasig display.\nKommunen har serviceavtal med er (SLA-2024-0588).\n\nMed vänliga hälsningar\nOlle Persson\nExempelby kommun").owner
            == "Exempelby kommun")
    }

    /// "I'm the facilities manager for X … our depot": the writer's role names whose the charger is.
    /// A guest's, tenant's or customer's role speaks for nobody (see `OwnerFinder.speaksForNobody`).
    @Test func theWritersRoleNamesTheirOrganisation() {
        #expect(extract("Hi, I'm the facilities manager for Exempel Freight Solutions. The charger at our depot shows a red light.").owner
            == "Exempel Freight Solutions")
    }

    /// "X, the owner.": the name, then what they are.
    @Test func theOwnerNamedBeforeTheirRole() {
        #expect(extract("The charger at my parents' house on Exempelvägen 3 has been dead since the weekend. My mother is Karin Exempel, the owner.\nElsa").owner
            == "Karin Exempel")
        // "the owner" followed by more is a phrase of its own, not an apposition.
        #expect(extract("The charger is dead. I have told Karin Exempel, the owner of the café, about it.").owner != "Karin Exempel")
    }

    /// The writer's office is where they sit; the charger "står vid" somewhere else.
    @Test func theWritersOfficeGivesWayToTheChargersPlace() {
        #expect(extract("Vårt kontor ligger på Exempelgatan 14 i Exempelby men laddaren det gäller står vid vår verkstad på Verkstadsgatan 11.").location
            == "Verkstadsgatan 11")
        #expect(extract("Laddaren vid vårt kontor på Exempelgatan 14 i Exempelby är trasig.").location == "Exempelgatan 14, Exempelby")
    }

    /// "Exempelbostäders hus": a landlord company's genitive, written as one compound.
    @Test func aLandlordCompoundsGenitiveNamesTheOwner() {
        #expect(extract("Jag bor i Exempelbostäders hus på Exempelgatan 5 och laddaren i garaget godkänner inte min tagg.").owner == "Exempelbostäder")
        #expect(extract("Laddaren i Exempelfastigheters garage är trasig.").owner == "Exempelfastigheter")
    }

    @Test func theChargersAreThePropertyOfTheOwner() {
        #expect(extract("The chargers in the garage at Exempelgatan 5 are the property of Exempelhem AB; we manage the building on their behalf. Charger 2 keeps tripping.").owner
            == "Exempelhem AB")
    }

    @Test func ownerNamedInAppositionAfterItsKind() {
        #expect(extract("The charger belongs to our company, Exempelbolaget AB. Since Friday it says offline.").owner == "Exempelbolaget AB")
        #expect(extract("The charger at the marina is dead. It belongs to the harbour company, Exempel Hamn AB, I think.").owner == "Exempel Hamn AB")
        #expect(extract("Hi, the charger is owned by the landlord, Exempelkronan, not by us. It's broken anyway.").owner == "Exempelkronan")
    }

    /// "Deras laddare" right after the writer named a party ("hyr lokal hos X") is that party's.
    @Test func theirChargerIsThePartyJustNamed() {
        #expect(extract("Vi hyr lokal hos Exempel Taxi på Exempelgatan 11. Deras laddare piper hela nätterna.").owner == "Exempel Taxi")
        #expect(extract("We rent the flat from Exempelhem AB. Their charger in the courtyard is broken.").owner == "Exempelhem AB")
        // Their garage is where the writer parks, not what the party is said to own.
        #expect(extract("I park at Exempel Taxi. Their garage is cold and the charger is broken.").owner == nil)
        // In apposition: "hos en kund, X".
        #expect(extract("Jag var ute hos en kund, Exempel Bygg AB på Exempelgatan 3, idag. Deras laddstation har en defekt kontaktor.").owner == "Exempel Bygg AB")
        // No name led into before: nobody to own it.
        #expect(extract("The neighbours complained. Their charger is broken.").owner == nil)
    }

    /// "våra två Garo-laddare": a charger named with its brand is still the writer's.
    @Test func brandCompoundsAreOwnedThings() {
        #expect(extract("Hej, jag jobbar på Exempel AB. En av våra två Garo-laddare i garaget är trasig.").owner == "Exempel AB")
        #expect(extract("Laddaren vid Exempelgallerian är trasig, det är en Garo-laddare.").owner == nil)
    }

    /// "Laddboxen hemma": the writer's own charger, at home.
    @Test func theChargerAtHomeIsTheWriters() {
        let mail = "From: Exempel Person <ep@example.se>\nSubject: Laddbox\n\nHej, Exempel Person här. Laddboxen hemma på Exempelvägen 3 har slutat fungera helt, ingen lampa."
        #expect(Extractor().extract(MessageParser().parse(mail)).owner == "Exempel Person")
    }

    /// A site named in parentheses after its address; an id there is no site.
    @Test func siteInParenthesesAfterItsAddress() {
        #expect(extract("The charger at Exempelvägen 8 in Exempelby (P-huset Exempel plan 2) is dead.").location
            == "P-huset Exempel plan 2, Exempelvägen 8, Exempelby")
        #expect(extract("Laddaren på Exempelgatan 12, Exempelby (SE*XYZ*E0012345) är död.").location == "Exempelgatan 12, Exempelby")
        // After a description of the place and its town, the name replaces the description.
        #expect(extract("The charger at the commuter car park in Exempelvik (Pendelparkeringen Exempelvik) was vandalised.").location
            == "Pendelparkeringen Exempelvik")
    }

    /// Where the charger is to be moved is not where it stands; where it stands is.
    @Test func aMoveDestinationIsNotTheLocation() {
        #expect(extract("Kan ni flytta vår laddbox till nya adressen Exempelgatan 5 i Annanstad? Den sitter nu på Exempelvägen 14, Exempelby.").location
            == "Exempelvägen 14, Exempelby")
        #expect(extract("Could you move our charger to 5 Example Close? It is on Exempelvägen 14 today.").location == "Exempelvägen 14")
        // With nothing else named, the one address is still the best there is.
        #expect(extract("Vi vill flytta laddboxen till Exempelgatan 5.").location == "Exempelgatan 5")
    }

    /// An address block of lines: the postal line under the street is a letterhead's, not a
    /// place the writer led to; unless the text leads to it.
    @Test func addressBlocksOnLinesOfTheirOwn() {
        #expect(extract("Hej, vår laddbox går inte att starta.\nExempel Person\nExempelvägen 3\n123 45 Exempelby").location == nil)
        #expect(extract("Laddaren står på:\nExempelgatan 12\n123 45 Exempelby\noch är trasig.").location == "Exempelgatan 12, Exempelby")
    }

    /// A help desk's receipt is an automatic reply; "do not reply" is a machine's words.
    @Test func helpDeskReceiptsAreAutomatic() {
        #expect(extract("Ditt meddelande har mottagits och registrerats med ärendenummer 88123. Svara inte på detta meddelande.",
                        subject: "Mottagen: Ärende 231").kind == .autoReply)
        #expect(extract("Your message has been received. Please do not reply to this email.", subject: "Received").kind == .autoReply)
        // A person's report in a ticket system's wrapper stays a request.
        #expect(extract("Laddaren vid Exempelhallen är helt död, ingen ström. Svara inte på detta meddelande.", subject: "Ärende 231").kind == .request)
    }

    /// Theft and sessions stopping after a while.
    @Test func theftAndStoppingAfterAWhile() {
        #expect(extract("Någon har stulit laddkabeln från laddstolpen.").category == .physicalDamage)
        #expect(extract("The charger stopped after 5 minutes each time I tried.").category == .chargingFailure)
    }

    /// Public buildings named by their town ("Exempelby lasarett", "Exempelbys badhus"), a site
    /// opposite the charger, a listed form field, and a charger noun before a street in a subject.
    @Test func publicBuildingsListedFieldsAndSubjectStreets() {
        #expect(extract("Laddaren vid Exempelby lasarett är trasig.").location == "Exempelby lasarett")
        #expect(extract("Laddaren vid Exempelbys badhus är trasig.").location == "Exempelbys badhus")
        #expect(extract("Laddaren vid kommunhuset i Exempelby är trasig.").location == "kommunhuset, Exempelby")
        #expect(extract("Laddaren mittemot ICA Nära Exempelberga i Exempelby är påkörd.").location == "ICA Nära Exempelberga, Exempelby")
        #expect(extract("Felanmälan:\n- Plats: Exempelköp, Exempelvägen 12, Exempelby\n- Fel: Kabeln sitter fast").location
            == "Exempelköp, Exempelvägen 12, Exempelby")
        #expect(extract("Den är trasig.", subject: "Laddbox Exempelgatan 3").location == "Exempelgatan 3")
    }

    /// "Vi på X" introduces the writer's department; a site named after it is the charger's.
    @Test func theWritersOwnPlaceGivesWayToTheChargersSite() {
        #expect(extract("Vi på Tekniska förvaltningen vill anmäla att två laddstolpar vid Exempelby vårdcentral har trasiga kablar.").location
            == "Exempelby vårdcentral")
        #expect(extract("Vi på Exempelköp har en laddstolpe som är trasig.").location == "Exempelköp")
    }

    /// An English-order address after a label inside a sentence; "står hos oss" at a private home.
    @Test func labelledEnglishAddressAndAChargerAtOurPlace() {
        #expect(extract("The breaker for our wallbox trips every night. Address: 5 Exempel Close, Exempelby.").location == "5 Exempel Close, Exempelby")
        let mail = "From: kund@example.se\nSubject: Laddaren\n\nHej,\nLaddboxen står hos oss på Exempelvägen 7 i Exempelby. Den har slutat ladda.\nMvh Exempel Person"
        #expect(Extractor().extract(MessageParser().parse(mail)).owner == "Exempel Person")
    }

    /// "our Exempelby office at Exempelgatan 30": the town the writer names their place by.
    @Test func townNamedBeforeTheWritersPlace() {
        #expect(extract("The charger at our Exempelby office at Exempelgatan 30 is offline.").location == "Exempelgatan 30, Exempelby")
        #expect(extract("The charger at our Exempelby office (Exempelgatan 47) is dead.").location == "Exempelgatan 47, Exempelby")
        #expect(extract("The charger at our Zaptec unit at Exempelgatan 30 is offline.").location == "Exempelgatan 30")
    }

    /// The writer's kind of place, then its name in parentheses: the name is the site.
    @Test func siteNameInParenthesesAfterTheWritersPlace() {
        #expect(extract("laddarn på jobbet (Exempelhallen Söder) e paj igen, blinkar rött.").location == "Exempelhallen Söder")
        #expect(extract("The charger at our office (Exempelhuset, Visby) keeps stopping.").location == "Exempelhuset, Visby")
    }

    /// A line that is only a site's name, as a subject gives one; not the organisation line
    /// that ends a sign-off.
    @Test func aLineThatIsOnlyASiteName() {
        #expect(extract("Hej\n\nSjukhusparkeringen Hus B Exempelby. Laddaren avbryter laddningen efter 5 min.").location
            == "Sjukhusparkeringen Hus B Exempelby")
        #expect(extract("Hej\n\nBrf Exempelutsikten, Ystad.\nLaddaren är trasig sedan i går.").location == "Brf Exempelutsikten, Ystad")
        #expect(extract("Hej\n\nLaddboxen i garaget är död.\nLinda\nBrf Exempelutsikten").location == nil)
    }

    /// A typed site name in parentheses after the place it is near.
    @Test func siteNameInParenthesesAfterAPlace() {
        #expect(extract("At the rest stop near Exempelby (Rastplats Exempelkärra) the charger stops after a minute.").location
            == "Rastplats Exempelkärra, Exempelby")
    }

    /// Right after a site, a name and a house number are its street even without a street ending.
    @Test func streetWithoutAStreetEndingAfterASite() {
        #expect(extract("The two chargers at Exempel HQ, Exempelpiren 5, Exempelby are offline.").location == "Exempel HQ, Exempelpiren 5, Exempelby")
        #expect(extract("Laddaren vid Exempelköp, Kassa 4 är död.").location == "Exempelköp")
    }

    /// English "by" places a charger ("the charger by the Exempelhotel") only after what stands
    /// there; after a verb it names who did it.
    @Test func byPlacesAChargerOnlyAfterWhatStandsThere() {
        #expect(extract("The charger by the Exempelhotel Norrgården in Exempelby is broken.").location == "Exempelhotel Norrgården, Exempelby")
        #expect(extract("Our charger was damaged by Exempelvakt staff. It stands at 8 Birch Close, Exempelby.").location == "8 Birch Close, Exempelby")
        #expect(extract("The outage was caused by Exempelnät. The charger is still dead.").location == nil)
    }

    /// The ways English denies charging, and an error light, are charging failures.
    @Test(arguments: ["My car wouldn't charge at the hotel last night.", "The car would not charge.", "It didn't charge my car.",
                      "The charger isn't charging any cars.", "The charger shows a red fault light with any car.", "Laddaren vägrar ladda bilen."])
    func deniedChargingIsAChargingFailure(_ text: String) {
        #expect(extract(text).category == .chargingFailure)
    }

    /// A manager's forward names the association, the resident's original the address: one place.
    @Test func siteAndAddressFromTwoPartsOfAForward() {
        let mail = "From: Förvaltare <f@example.se>\nSubject: Fwd: laddboxen\n\nVidarebefordrar en felanmälan från en boende i BRF Exempellärkan 4, som vi förvaltar.\n\n"
            + "---------- Forwarded message ---------\nFrån: Nils <nils@example.com>\n\nHej, laddboxen på plats 7 på vår gård på Exempelgatan 4 står som offline i appen.\n"
        #expect(Extractor().extract(MessageParser().parse(mail)).location == "BRF Exempellärkan 4, Exempelgatan 4")
        // The subject is a title: its site is not joined to the body's address.
        #expect(extract("Laddplats 7 fungerar inte. Adressen är Exempelgatan 31 i Sundsvall.", subject: "BRF Exempelsjön - laddplats 7").location
            == "Exempelgatan 31, Sundsvall")
    }

    @Test func ownerOnlyWhenOwnershipIsClear() {
        #expect(extract("Laddaren vid Torgets parkering är död.\n\nMvh\nKalle").owner == nil)
        #expect(extract("Vår laddbox är död.\n\nMvh\nKalle Karlsson\nExempel Fastigheter AB").owner == "Exempel Fastigheter AB")
        #expect(extract("Kommunens laddstolpe är död.\n\nMvh\nKalle Karlsson\nExempels kommun").owner == "Exempels kommun")
        #expect(extract("The garage is run by Parkera AB, who own the chargers. Charger is dead.").owner == "Parkera AB")
        #expect(extract("Ägare till laddaren är Exempels Energi AB. Den står vid torget och är offline.").owner == "Exempels Energi AB")
        // A closing on the organisation's line is no part of its name.
        #expect(extract("Båda laddboxarna hos oss är döda.\nMvh Exempel Bygg & Måleri AB\nPetra Lind").owner == "Exempel Bygg & Måleri AB")
        #expect(extract("Min laddbox är död.\n\nHälsningar\nMaria Exempelsson").owner == "Test Person")
        #expect(extract("Laddboxen i mitt garage är död.\n\nHälsningar\nMaria Exempelsson").owner == "Test Person")
        #expect(extract("Laddaren vid vår sommarstuga har spruckit.\n\nMvh Maria Exempelsson").owner == "Test Person")
        // "X äger stolpen": a municipality named before the verb.
        #expect(extract("Laddstolpen vid torget är offline. Exempels kommun äger stolpen.").owner == "Exempels kommun")
        #expect(extract("Laddstationen vid vårdcentralen har ingen ström. Region Exempelby län äger stationen.").owner == "Region Exempelby län")
        #expect(extract("Region Västra Exempel äger laddaren vid sjukhuset. Den är trasig.").owner == "Region Västra Exempel")
        #expect(extract("Stadens laddstolpe vid torget är påkörd.\n\nMvh\nLena Holm\nExempelby stad, Tekniska förvaltningen").owner == "Exempelby stad")
        #expect(extract("Our two chargers at the hotel car park are offline. Scandic Exempelby owns them.").owner == "Scandic Exempelby")
        #expect(extract("The charger at the car park is offline. We own it.\n\nRegards\nKim").owner != "We")
        // The line under the writer's name names what they sign for, even without a legal form;
        // a job title there does not.
        #expect(extract("Någon har skurit av kabeln på en av våra laddare.\nHälsningar\nOlof Berg\nIca Kvantum Exempelby").owner == "Ica Kvantum Exempelby")
        #expect(extract("Our charger at the depot is dead.\n\nRegards,\nMark Ellis\nStore Manager\nExempel Retail Park").owner == "Exempel Retail Park")
        #expect(extract("Our charger at the depot is dead.\n\nRegards,\nMark Ellis\nStore Manager").owner != "Store Manager")
        #expect(extract("Min laddbox är död.\n\nMvh\nOlof Berg\nIca Kvantum Exempelby").owner == "Test Person")
        // "Mvh Tom" is a closing and a first name, not an organisation's name line.
        #expect(extract("Laddboxen vid vårt kontor laddar inte.\nMvh Tom").owner != "Mvh Tom")
        // Premises the writer's organisation runs.
        #expect(extract("Laddaren vid vårt hotell går inte att starta.\n\nMvh\nReceptionen, Hotell Exempel AB").owner == "Hotell Exempel AB")
        #expect(extract("On behalf of Exempel Parking AB I report that the charger is vandalised.").owner == "Exempel Parking AB")
        #expect(extract("Vi har en laddare vid vår depå som är död.\n\nMvh\nJonas\nExempel Åkeri AB").owner == "Exempel Åkeri AB")
        #expect(extract("The charger at our office is offline.\n\nBest\nJohn\nFacilities, Exempel Nordic AB").owner == "Exempel Nordic AB")
        #expect(extract("Laddaren i vår bostadsrättsförening Brf Exempeltallen är död.").owner == "Brf Exempeltallen")
        #expect(extract("Jag hyr en plats i garaget och laddaren är död. Fastighetsägare är Exempels Hem AB.").owner == "Exempels Hem AB")
        // The board signs for the BRF: the owner is the BRF, not "Styrelsen BRF …".
        #expect(extract("Säkringen till våra laddboxar har gått.\n\nMvh\nStyrelsen BRF Exempelrosen").owner == "BRF Exempelrosen")
        // "We have" a charger: ownership, with the organisation in the sentence or the signature.
        #expect(extract("Vi på Exempelås stad har en laddstolpe vid Kopparlunden som inte fungerar.").owner == "Exempelås stad")
        #expect(extract("I garaget har vi två laddboxar, båda är döda.\n\nMvh\nKalle\nExempel Bygg AB").owner == "Exempel Bygg AB")
        #expect(extract("Vi har problem med laddaren vid Torgets parkering.\n\nMvh\nKalle\nExempel Bygg AB").owner == nil)
        // "vår laddbox" from a private person, as "our charger": the writer.
        #expect(extract("Vår laddbox i carporten är död.\n\nHälsningar\nLinda").owner == "Test Person")
        #expect(extract("Laddaren vid vår bilhall är trasig.\n\nMvh\nHenrik\nExempels Bil AB").owner == "Exempels Bil AB")
        #expect(extract("Laddstationen vid torget är offline. Exempels kommun äger stationen.").owner == "Exempels kommun")
        // Belonging, labels with one name, relations before a name, associations and private "I have".
        #expect(extract("Laddarna i garaget tillhör BRF Exempelbacken 3 och en av dem är trasig.").owner == "BRF Exempelbacken 3")
        #expect(extract("The chargers belong to Exempel Estates AB, I'm just the caretaker.").owner == "Exempel Estates AB")
        #expect(extract("Laddboxen är trasig. Fastighetsägaren är Exempelbyggen.").owner == "Exempelbyggen")
        #expect(extract("Laddboxen ägs av min sambo Alex Exempelberg men jag anmäler felet.").owner == "Alex Exempelberg")
        #expect(extract("Vi är en samfällighet, Exempelbackens samfällighetsförening, och äger fyra laddstolpar.").owner == "Exempelbackens samfällighetsförening")
        #expect(extract("Hello, I have a charger at home and it stopped working.").owner == "Test Person")
        #expect(extract("Vi på Exempelbolaget i Gävle AB har tre laddare vid kontoret.").owner == "Exempelbolaget i Gävle AB")
        // "Vi på X": the writer names the place they speak for, without a legal form.
        #expect(extract("Vi på Exempels Hus i Hudiksvall undrar vad det kostar att flytta våra två laddstolpar.").owner == "Exempels Hus")
        #expect(extract("Vi i Mora undrar om vår laddbox kan flyttas.\n\nMvh\nKalle").owner == "Test Person")
        // A trade names a small firm ("Perssons Lantbruk"); a machine hall is the writer's premises.
        #expect(extract("Laddboxen i vår maskinhall är helt död.\n\nNils Exempelsson\nExempelssons Lantbruk").owner == "Exempelssons Lantbruk")
        // A BRF name in the genitive before a noun is the BRF; a name that ends in s itself stays whole.
        #expect(extract("I Brf Exempellärkans garage är alla laddplatser strömlösa. Föreningen har serviceavtal.").owner == "Brf Exempellärkan")
        #expect(extract("Laddboxen i Brf Exempeltallås garage är trasig. Föreningen har avtal.").owner == "Brf Exempeltallås")
        // A cleft names the owner without a legal form; "sin laddbox" is the charger of the one the sentence names.
        #expect(extract("Hej, laddaren på jobbet är trasig. Det är Exempliska Hus som äger den.").owner == "Exempliska Hus")
        #expect(extract("Hej! Kunden Brf Exempelviken har problem med sin laddbox.\n\nPer\nElexempel i Norr AB").owner == "Brf Exempelviken")
        // The writer says they are the owner; the bare name that signs the mail is theirs.
        let propertyOwner = "From: Tina <tina@example.se>\nSubject: Charger\n\nThe charger at Exempelbacken 3 is offline. I am the property owner.\n\nTina Exempelholm\n"
        #expect(Extractor().extract(MessageParser().parse(propertyOwner)).owner == "Tina Exempelholm")
        #expect(extract("Hi, I own a Polestar 2 and the public charger at the mall is broken.").owner == nil)
        // A reminder above the writer's own earlier mail: the company they signed it for.
        let reminder = "From: Sam Exempelpatel <sam@example.se>\nSubject: RE: Charger\n\nStill broken, the charger in our garage.\n\nSam\n\n"
            + "-----Original Message-----\nFrom: Sam Exempelpatel\nSubject: Charger\n\nThe charger is broken.\nRegards, Sam Exempelpatel, Exempel Dev AB\n"
        #expect(Extractor().extract(MessageParser().parse(reminder)).owner == "Exempel Dev AB")
        // A web form's table row, turned into "Owner<tab>Name" text.
        #expect(extract("New fault report\n\nName\tPriya Exempel\nOwner\tExempelfleet Logistics AB\nProblem\tThe charger is offline.").owner == "Exempelfleet Logistics AB")
        #expect(extract("As a car owner I cannot charge at the mall, the charger is offline.").owner == nil)
        // An owner in apposition.
        #expect(extract("Someone cut the cable at P-hus Exempel.\n\nExempelpark Sverige AB, owner of the facility\nOperations desk").owner == "Exempelpark Sverige AB")
        // A reminder above the writer's own quoted report: its cue and signature count.
        let quotedReport = "From: Karin Exempelsson <karin@example.se>\nSubject: SV: Laddbox\n\nHej, har ni hunnit titta på detta?\n\n"
            + "Den 1 dec. 2026 kl. 09:12 skrev Karin Exempelsson <karin@example.se>:\n> Vår laddbox i garaget är död.\n>\n> Mvh\n> Karin Exempelsson\n> Exempelbo Fastigheter AB\n"
        #expect(Extractor().extract(MessageParser().parse(quotedReport)).owner == "Exempelbo Fastigheter AB")
        // A colleague forwards the report: the original's signature, or its sender, is the owner.
        let forwardedCompany = "From: Kollega <kollega@example.se>\nSubject: VB: Laddbox\n\nVidarebefordrar.\n\n---------- Vidarebefordrat meddelande ---------\n"
            + "Från: Karin Exempelsson <karin@example.se>\n\nVår laddbox i garaget är död.\n\nMvh\nKarin Exempelsson\nExempelbo Fastigheter AB\n"
        #expect(Extractor().extract(MessageParser().parse(forwardedCompany)).owner == "Exempelbo Fastigheter AB")
        let forwardedPerson = "From: Kollega <kollega@example.se>\nSubject: Fwd: Charger\n\nForwarding this.\n\n---------- Forwarded message ---------\n"
            + "From: Maria Exempelberg <maria@example.se>\n\nMy home charger is dead.\n\nMaria\n"
        #expect(Extractor().extract(MessageParser().parse(forwardedPerson)).owner == "Maria Exempelberg")
        // A driver's reminder over our own quoted answer: no owner.
        let quotedAnswer = "From: Per Exempelsson <per@example.se>\nSubject: SV: Laddare\n\nHej, den är fortfarande trasig.\n\n"
            + "Den 1 dec. 2026 kl. 09:12 skrev Support <support@example.se>:\n> Hej Per, vår tekniker har nu bytt kabeln på laddaren vid torget.\n> Mvh Support\n"
        #expect(Extractor().extract(MessageParser().parse(quotedAnswer)).owner == nil)
        // A driver, a guest, a car: no owner.
        #expect(extract("Hi, I have a Tesla and the charger at the hotel doesn't work.").owner == nil)
        #expect(extract("The charger belongs to the hotel, I am just a guest.").owner == nil)
        #expect(extract("Laddstolpen vid torget är trasig. Ägare: okänd.").owner == nil)
        #expect(extract("I manage the centre on behalf of the owner, Exempel Fastigheter AB. Charger 2 is broken.").owner == "Exempel Fastigheter AB")
        // A landlord is not the owner unless the text says so.
        #expect(extract("One of the chargers shows a red light. We are the tenant; the landlord is Exempelstaden AB.").owner == nil)
        // A signature line that spells the sender's domain is the organisation, without a legal form.
        let domainSigned = "From: Anna Berg <anna.berg@exempelkronan.example>\nSubject: Fel\n\nVår laddstolpe i garaget är död.\n\nMed vänlig hälsning\nAnna Berg\nFastighetstekniker\nExempelkronan\n"
        #expect(Extractor().extract(MessageParser().parse(domainSigned)).owner == "Exempelkronan")
        let freemail = "From: Ola Svensson <ola@gmail.example>\nSubject: Fel\n\nVår laddbox är död.\n\nMvh\nOla Svensson\nGmail\n"
        #expect(Extractor().extract(MessageParser().parse(freemail)).owner == "Ola Svensson")
        // The name on the closing line when the From name is a first name only.
        let firstNameOnly = "From: Eva <eva@example.se>\nSubject: Fel\n\nmin laddbox blinkar rött.\n\nMvh Eva Exempelnord\n"
        #expect(Extractor().extract(MessageParser().parse(firstNameOnly)).owner == "Eva Exempelnord")
    }

    @Test func languages() {
        #expect(extract("Hej, laddaren är död och vi kan inte ladda.").language == .sv)
        #expect(extract("Hi, the charger is dead and we cannot charge.").language == .en)
        // Phone one-liners: few function words, and "min" is minutes, not Swedish "my".
        #expect(extract("Charging stops after 2 min", subject: "Charging stops").language == .en)
        // A short own text that leans clearly decides over a longer quoted text in the other language.
        #expect(extract("Tack, den funkar nu!\n\nOn 3 Mar 2026, Support <s@x.example> wrote:\n> Hi, we have restarted the charger. Please tell us if the problem is still there.").language == .sv)
        #expect(extract("Thanks, it works again now.\n\nDen 3 mars 2026 skrev Support <s@x.example>:\n> Hej, vi har startat om laddaren. Hör av dig om felet kommer tillbaka.").language == .en)
        #expect(extract("Cable stuck, help", subject: "Stuck").language == .en)
        #expect(extract("Min laddbox laddar inte", subject: "Fel").language == .sv)
    }

    @Test func evidenceNamesTheRuleAndText() {
        let report = extract("Vårt avtal: SLA-2024-0001. Laddaren är död.")
        let contract = report.evidence.first { $0.field == .contract }
        #expect(contract?.rule == "contract.sla-prefix")
        #expect(contract?.excerpt.contains("SLA-2024-0001") == true)
        #expect(report.confidence > 0)
    }

    /// Letterheads and forms shorten the street ending: "Storg. 12", "Sveav. 44".
    @Test func abbreviatedStreetIsAnAddress() {
        #expect(extract("Hej, laddboxen på Storg. 12 B i Sundsvall laddar inte.").location == "Storg. 12, Sundsvall")
        #expect(extract("Laddaren på Sveav. 44 är död.").location == "Sveav. 44")
    }

    @Test(arguments: ["Två av våra laddstolpar saknar ström sedan i går.", "The charger lost power during the storm.",
                      "Strömmen är borta i laddstolpen vid entrén."])
    func missingPowerWording(text: String) {
        #expect(extract(text).category == .noPower)
    }

    /// "Vi i föreningen äger laddarna": words between "vi" and "äger" still make the writer's side the owner.
    @Test func weWithWordsBetweenOwn() {
        let report = extract("Laddarna på Brf Solgläntans parkering syns inte i appen. Vi i föreningen äger laddarna.\nMvh Kassören")
        #expect(report.owner == "Brf Solgläntan")
    }

    /// "Den är vår egen": the charger spoken of is the writers'; "min egen bil" says nothing about the charger.
    @Test func ourOwnChargerNamesThePrivateOwner() {
        let raw = "From: Lars Berg <lars@example.se>\nSubject: Laddar långsamt\n\n"
            + "Laddaren hemma laddar bara med 1,4 kW. Den är vår egen och sitter på huset.\n\nHälsningar Lars och Karin Berg"
        let own = Extractor(registry: Self.registry).extract(MessageParser().parse(raw))
        #expect(own.owner == "Lars och Karin Berg")
        let car = extract("Jag laddade min egen bil vid laddaren på Coop i Mora och den slutade ladda.\n\nMvh Eva Nord")
        #expect(car.owner == nil)
    }

    /// "Adressen är X, 443 31 Lerum" is the charger's address, labelled in a sentence, not a letterhead's.
    @Test func addressLabelledInASentence() {
        #expect(extract("Laddboxen i mitt garage är död. Adressen är Björkstigen 9, 443 31 Lerum.").location == "Björkstigen 9, Lerum")
    }

    /// An address after "the charger at" is where it stands, even in a sentence about an invoice;
    /// an invoice address stays out.
    @Test func chargerAddressInAnInvoiceSentence() {
        #expect(extract("Vi har fått en faktura för service på laddaren på Exempelvägen 4 i Exempelby, men det ingick väl?").location
            == "Exempelvägen 4, Exempelby")
        #expect(extract("Skicka fakturan till Exempelvägen 9, 123 45 Exempelby. Laddaren är död.").location == nil)
        // A place's own address ("our depot on …") is no billing address either.
        #expect(extract("We received invoice 2026-11873 for the service visit at our depot on Exempelgatan 11 in Exempelby.").location
            == "Exempelgatan 11, Exempelby")
        #expect(extract("Vi fick faktura 2026-11873 för besöket på vår depå på Exempelgatan 11 i Exempelby.").location == "Exempelgatan 11, Exempelby")
        #expect(extract("Please send the invoice to our office on Exempelgatan 5, 123 45 Exempelby. The charger is dead.").location == nil)
    }

    /// A common place tied to a named one ("the car park by X station") is located by both,
    /// joined as a site and its place: the name says where, the common place which part of it.
    @Test func commonPlaceByANamedLandmark() {
        #expect(extract("One of the chargers at the commuter car park by Exempelby station has a smashed screen.").location == "commuter car park, Exempelby station")
        #expect(extract("Laddplats 4 i garaget under Exempelby badhus fungerar inte, skärmen är svart.").location == "garaget, Exempelby badhus")
        // A single capitalised word is no landmark: "by" may start a time or a doer.
        #expect(extract("The charger in the car park by Monday was dead.").location == nil)
        #expect(extract("Charging stops every time at the Exempelby swimming baths.").location == "Exempelby swimming baths")
    }

    /// A dark charger is offline too: the loss of power is the fault, whatever the app says.
    @Test func darkAndOfflineIsNoPower() {
        #expect(extract("Lampan är släckt och appen säger att den är offline. Har startat om routern.").category == .noPower)
        #expect(extract("Laddaren är offline i appen sedan vi bytte router, men den laddar.").category == .connectivity)
        #expect(extract("The cable is coming loose from the unit and you can see the inner wires.").category == .physicalDamage)
        #expect(extract("Charging stops every time after a minute.").category == .chargingFailure)
    }

    /// A shared mailbox's display name ("Exempelhotellet Reception") is nobody's name.
    @Test func sharedMailboxNameIsNoOwner() {
        let body = "Hej, en gäst har backat på laddstolpen. Vi har serviceavtal med er.\nHälsningar, Frida i receptionen"
        let shared = Extractor().extract(MessageParser().parse("From: Exempelhotellet Reception <rec@example.se>\nSubject: Fel\n\n\(body)\n"))
        #expect(shared.owner == nil)
        let person = Extractor().extract(MessageParser().parse("From: Eva Exempel <eva@example.se>\nSubject: Fel\n\nVår laddbox är trasig, kabeln är av.\n"))
        #expect(person.owner == "Eva Exempel")
    }

    /// "Bilverkstan i Exempelby AB" is a company's name, not a site in a town.
    @Test func townInsideACompanyName() {
        let report = extract("Vi på Exempelverkstan i Exempelby AB har en laddstation på vår gård på Exempelvägen 4. Skärmen är svart.")
        #expect(report.location == "Exempelverkstan, Exempelvägen 4")
        #expect(report.owner == "Exempelverkstan i Exempelby AB")
        #expect(extract("Laddaren vid Exempelverkstan i Exempelby är död.").location == "Exempelverkstan, Exempelby")
    }

    /// A charger named by its make is the writer's thing like "laddbox" is.
    @Test func chargerNamedByItsMake() {
        let mine = Extractor().extract(MessageParser().parse(
            "From: Kim Exempel <kim@example.com>\nSubject: Fel\n\nJag har en Zaptec Go hemma i Exempelby som inte laddar bilen.\n/Kim\n"))
        #expect(mine.owner == "Kim Exempel")
        let seen = Extractor().extract(MessageParser().parse(
            "From: Kim Exempel <kim@example.com>\nSubject: Fel\n\nZaptec-laddaren vid Exempelköp laddar inte.\n/Kim\n"))
        #expect(seen.owner == nil)
        #expect(extract("Our charger keeps dropping off the wifi every night, so the scheduled charging doesn't start.").category == .connectivity)
    }

    /// Another help desk's receipt for a fault report is automatic mail, not a report; a
    /// person saying their report was registered is still writing one.
    @Test func faultReportReceiptsAreAutomatic() {
        let receipt = extract("Hej!\n\nDin felanmälan har registrerats med ärendenummer 2026-4471. Detta meddelande kan inte besvaras.\n\nExempelby kommun",
                              subject: "Kvittens: din felanmälan har tagits emot")
        #expect(receipt.kind == .autoReply)
        let person = extract("Min felanmälan registrerades för en vecka sedan, men laddaren är fortfarande offline.")
        #expect(person.kind == .request && person.category == .connectivity)
        #expect(extract("Laddaren lyser grönt men bilen vill inte ta emot laddning.").category == .chargingFailure)
    }

    /// A guard's report form names the patrolled object; the prose, when it places the charger, says more.
    @Test func reportFormObjectIsAFallback() {
        let form = "Ronderingsrapport\nDatum: 2026-11-30 02:40\nObjekt: Pendelparkering Exempelby C\nIakttagelse: Laddstolpen har krossad display."
        #expect(extract(form).location == "Pendelparkering Exempelby C")
        let both = "Vid ronden upptäcktes att laddstolpen på plan 1 i P-huset Exempel (Exempelvägen 8, Exempelby) är påkörd.\n\nObjekt: P-huset Exempel, plan 1"
        #expect(extract(both).location == "P-huset Exempel plan 1, Exempelvägen 8, Exempelby")
    }

    /// Ways of saying a vehicle hit the charger, and absence notices for a course.
    @Test func hitChargersAndCourseAbsence() {
        #expect(extract("I morse backade en sopbil in i en av laddstolparna. Stolpen ligger ner och kablarna sticker ut.").category == .physicalDamage)
        #expect(extract("Jag är på kurs 1–3 december och har begränsad möjlighet att läsa e-post.", subject: "Kurs 1-3 december").kind == .autoReply)
    }

    /// An association named in the genitive ("å X:s vägnar") owns "föreningens laddstolpe".
    @Test func associationNamedInTheGenitive() {
        #expect(extract("Hej, jag ringer å Samfällighetsföreningen Exempelhagens vägnar. Föreningens laddstolpe vid parkeringen är trasig.").owner
            == "Samfällighetsföreningen Exempelhagen")
        // "-ets", the genitive of a definite neuter name.
        #expect(extract("Jag skriver å Samfällighetsföreningen Exempelnets vägnar. Föreningens laddstolpe är trasig.").owner
            == "Samfällighetsföreningen Exempelnet")
        #expect(extract("Laddaren har hängt sig, displayen står still på 'Startar...' sedan i går.").category == .chargingFailure)
    }

    /// "Vi på X i Town har en laddare på vår parkering (Street 9)": the writer's place, its address and town.
    @Test func writersPlaceWithTownThenAddress() {
        #expect(extract("Hej! Vi på Exempelkliniken i Exempelby har en laddare för patienter på vår parkering (Exempelgatan 9). Den startar inte.").location
            == "Exempelkliniken, Exempelgatan 9, Exempelby")
        // Not someone else's place: the address belongs to the writer's own.
        #expect(extract("Laddaren vid Exempelkliniken i Exempelby startar inte. Skicka fakturan till Exempelgatan 9.").location
            == "Exempelkliniken, Exempelby")
    }

    /// "jag skriver för min pappa X som har en laddbox": the person the writer writes for owns it.
    @Test func ownerInARelativeClause() {
        #expect(extract("Hej, jag skriver för min pappa Sven Exempel som har en laddbox från er. Den är helt död.").owner == "Sven Exempel")
        // A pronoun is no owner's name: "vi som har en laddbox" is the writer's own.
        #expect(extract("Vi som har en laddbox i garaget undrar när servicen görs.").owner == "Test Person")
    }

    /// A forwarded report written without å, ä and ö is read as such, though the forward's
    /// header lines ("Från: Malin Öberg", "Ämne:") have them.
    @Test func forwardHeaderIsNotTheWritersSpelling() {
        let body = """
        Se nedan.

        ---------- Vidarebefordrat meddelande ---------
        Från: Malin Öberg <malin@example.se>
        Ämne: Laddaren
        Till: Kim <kim@example.se>

        Hej, laddaren i garaget pa Exempelgatan 14 har blivit pakord, stolpen ar bojd.
        """
        #expect(extract(body, subject: "VB: Laddaren").category == .physicalDamage)
    }

    /// A closing that names a desk ("Hälsningar, Frida i receptionen") gives no person, even shouted.
    @Test func closingNamingADeskIsNoPerson() {
        let shouted = Extractor().extract(MessageParser().parse(
            "From: Hotellet <hotel@example.se>\nSubject: LADDSTOLPEN\n\nHEJ, EN GÄST HAR BACKAT PÅ LADDSTOLPEN. VI HAR SERVICEAVTAL MED ER.\nHÄLSNINGAR, FRIDA I RECEPTIONEN\n"))
        #expect(shouted.owner == nil)
    }

    /// "Frånkopplad" in the portal is a lost connection; from the grid, and dark, it is no power.
    @Test func disconnectedInThePortalOrFromTheGrid() {
        #expect(extract("Laddstolpen visas som frånkopplad i portalen sedan i går kväll. Den har ström och displayen lyser.").category == .connectivity)
        #expect(extract("Laddaren är frånkopplad från elnätet, inget lyser.").category == .noPower)
    }

    /// A roadside place is given with its road: "the rest stop on the E6 near Exempelby".
    @Test func roadsidePlaceWithItsRoad() {
        #expect(extract("The charger at the rest stop on the E6 near Exempelby is dead.").location == "rest stop on the E6, Exempelby")
        #expect(extract("I stopped at the rest area by the E4 near Exempelby. The fast charger stopped after 2 minutes.").location
            == "rest area by the E4, Exempelby")
        // "the area" alone is no place.
        #expect(extract("There are no other chargers in the area near Exempelby, and this one stopped after 2 minutes.").location != "area, Exempelby")
        #expect(extract("Stopped at the lay-by on the E20 outside Exempelby, the charger is dead.").location == "lay-by on the E20, Exempelby")
        #expect(extract("Please stop the charger in Exempelby, it is sparking.").location == "Exempelby")
    }

    /// Symptom wording from a round of plain paraphrases in both languages.
    @Test(arguments: [
        ("Charging begins but drops out after a few seconds, every time.", Report.Category.chargingFailure),
        ("Laddningen börjar men bryts efter några sekunder, varje gång.", .chargingFailure),
        ("Någon har slitit loss kabeln från laddstolpen.", .physicalDamage),
        ("Det verkar som att laddaren har tappat internet, appen säger 'senast sedd för 3 dagar sedan'.", .connectivity),
        ("It looks like the charger lost its internet connection, the app says 'last seen 3 days ago'.", .connectivity),
    ])
    func paraphrasedSymptoms(text: String, expected: Report.Category) {
        #expect(extract(text).category == expected)
    }

    /// Our own Swedish answer quoted over a report typed without diacritics leaves the report's
    /// spelling its writer's: each quoted message is a part of its own.
    @Test func quotedAnswerDoesNotSpellTheQuotedReport() {
        let body = """
        Hej igen, ingen har hört av sig.

        Den 1 dec. 2026 kl. 08:15 skrev Support <support@example.se>:
        > Hej! Tack för din anmälan, vi återkommer så snart vi vet mer.
        >
        > Den 30 nov. 2026 kl. 21:03 skrev Kim Exempel <kim@example.com>:
        >> Laddstolpen pa Exempelgatan 3 har blivit pakord i natt.
        """
        #expect(extract(body, subject: "Re: Re: Laddstolpen").category == .physicalDamage)
        // Within one writer's text, a word typed with its letters still means that word.
        #expect(extract("Vi har kort på laddaren men det fungerar inte att starta med kortet.").category != .physicalDamage)
    }

    /// A private owner's report forwarded by someone else: the original's writer owns the
    /// charger, named by their closing when the header gives only an address or a first name.
    @Test func forwardedPrivateOwnerNamedByTheirClosing() {
        func forwarded(_ from: String, _ text: String) -> Report {
            extract("Hej, vidarebefordrar detta.\n\n---------- Vidarebefordrat meddelande ---------\nFrån: \(from)\nÄmne: laddboxen\n\n\(text)",
                    subject: "VB: laddboxen")
        }
        #expect(forwarded("anna@example.com", "Hej! Min laddbox hemma på Exempelstigen 4 slutar ladda efter tio minuter. Mvh Anna Exempel").owner
            == "Anna Exempel")
        #expect(forwarded("Fredrik <f@example.com>", "Hej. Jordfelsbrytaren löser ut när vi laddar i vårt garage. Mvh Fredrik och Lena Exempel").owner
            == "Fredrik och Lena Exempel")
        // A desk's closing names nobody.
        #expect(forwarded("reception@example.com", "Hej, vår laddstolpe är påkörd. Hälsningar, Frida i receptionen").owner == nil)
        // "Vi på X" in the forwarded original is the organisation the writer speaks for.
        #expect(forwarded("Greta <g@example.com>", "Hej! Vi på Exempelhuset har en laddstolpe som ska flyttas. Mvh Greta Exempel").owner
            == "Exempelhuset")
    }

    /// Genitives and makes read the same in capitals only and without capitals.
    @Test func genitivesAndMakesInAnyCase() {
        #expect(extract("HEJ! BRF EXEMPELNS GARAGE HAR EN LADDSTOLPE SOM ÄR HELT DÖD SEDAN I GÅR. MVH STYRELSEN").owner == "BRF EXEMPELN")
        #expect(extract("jag har en easee home hemma som inte laddar bilen längre. /lisa").owner == "Test Person")
    }

    /// A reminder over the writer's own quoted report: the report's closing names the owner, and
    /// "Vi på X" in it the organisation.
    @Test func reminderOverOwnQuotedReport() {
        func reminder(_ from: String, _ text: String) -> Report {
            Extractor().extract(MessageParser().parse(
                "From: \(from)\nSubject: Re: laddboxen\n\nHej, har ni hunnit titta på detta?\n\nMvh\n\nDen 30 nov. 2026 kl. 21:40 skrev \(from):\n> \(text)\n>\n"))
        }
        #expect(reminder("anna@example.com", "Hej! Min laddbox hemma på Exempelstigen 4 slutar ladda efter tio minuter. Mvh Anna Exempel").owner
            == "Anna Exempel")
        #expect(reminder("maria@example.com", "Hej! Vi på Exempelkliniken har en laddare som inte startar. Mvh Maria Exempel").owner
            == "Exempelkliniken")
    }
    /// Two places, then a cleft sentence that says which one has the fault: its address is
    /// where the writer named it before.
    @Test func theCleftSentenceSaysWhichPlace() {
        #expect(extract("Hej,\nVi har laddstolpar både på vårt kontor på Kungsgatan 5 i Gävle och vid bilhallen på Hantverkargatan 7. Det är stolparna vid bilhallen som krånglar, de tar inte emot RFID-brickor.\nMvh Johan").location
            == "bilhallen, Hantverkargatan 7")
        #expect(extract("Hi, we have chargers both at our office on Kungsgatan 5 in Gävle and at the workshop on Verkstadsvägen 2 in Sandviken. It's the ones at the workshop that won't accept RFID tags.").location
            == "workshop, Verkstadsvägen 2, Sandviken")
        // Without the cleft, the first place named stands.
        #expect(extract("Hej,\nVi har laddstolpar både på vårt kontor på Kungsgatan 5 i Gävle och vid bilhallen på Hantverkargatan 7. Stolparna krånglar.\nMvh Johan").location
            == "Kungsgatan 5, Gävle")
        #expect(extract("Hello, the charger at the furniture store in Halmstad won't start.").location == "furniture store, Halmstad")
    }

    /// "owned by the municipality (Exempelby kommun)", and "next to the City Library in Karlstad".
    @Test func anOwnerInParenthesesAndAPlaceNextToAnother() {
        let report = extract("Hello, the charging point at the Stadsbiblioteket car park is owned by the municipality (Exempelby kommun), I was told. It shows an error light when I plug in.")
        #expect(report.owner == "Exempelby kommun")
        #expect(extract("Hi, I live in the building next to the City Library in Karlstad and use the public charger there. It is not in the app anymore.").location
            == "City Library, Karlstad")
    }

    /// An English address, number first, after "outside", "near" or "behind" as after "at".
    @Test func aNumberFirstAddressAfterAPrepositionOfPlace() {
        #expect(extract("Hi, the charger outside 14 Harbour Street, Ystad, has a cracked screen. Regards, Anna").location == "14 Harbour Street, Ystad")
        #expect(extract("Hi, the charger near 5 Elm Close has a cracked screen.").location == "5 Elm Close")
        // A count after "by" is no house number.
        #expect(extract("Hi, we waited by 2 chargers for an hour, both dead.").location == nil)
    }

    /// Where a visitor stays, then the part of it where the charger stands.
    @Test func thePlaceAVisitorStaysAtThenWhereItsChargerIs() {
        #expect(extract("Hi!\n\nWe are staying at Fjällhotellet this week. This morning we found the charger at parking P2 with its cable ripped out.\n\nBest wishes,\nSarah").location
            == "Fjällhotellet, parking P2")
        // A place not said to have the charger leaves where the visitor stays.
        #expect(extract("Hi!\n\nWe are staying at Fjällhotellet this week. We went skiing at parking P2 and when we came back the charger was dead.").location
            == "Fjällhotellet")
    }

    /// A screen or lamp that is dark on a charger that still charges is no loss of power.
    @Test func aDarkScreenOnAChargerThatStillChargesIsNoPowerLoss() {
        #expect(extract("Hi, the screen on the charger at our clinic is black but it still charges cars fine. Not urgent.").category == .other)
        #expect(extract("Hej, displayen på laddaren är helt svart men den laddar fortfarande bilen.").category == .other)
        #expect(extract("Hi, the charger at our clinic is completely dead, the screen is black.").category == .noPower)
        // A box that does not light up at all is dark, even when it also "does not react".
        #expect(extract("Laddbox nummer 3 i garaget har slutat fungera. Den lyser inte alls och reagerar inte när man kopplar in.").category == .noPower)
        // An app that will not start a session is a charging failure, whatever it says of the charger.
        #expect(extract("Hi, the Zaptec in bay 3 won't let me start charging from the app - it says \"Charger not available\". The light is white.").category
            == .chargingFailure)
    }

    /// Where a place's description and its address are split by other words: a two-word place
    /// noun ("car dealership"), a name in parentheses before the address, and a charger said to
    /// stand at an address after the writer named their workplace.
    @Test func placesSplitByOtherWords() {
        #expect(extract("Hello, I tried to charge at your car dealership in Gävle today. The charging stopped after 5 minutes.").location == "your car dealership, Gävle")
        #expect(extract("The charging station outside the City Library (Stadsbiblioteket) on Exempelgatan 26 has no network.").location
            == "City Library, Stadsbiblioteket, Exempelgatan 26")
        #expect(extract("Jag kör som chaufför hos Exempel Åkeri. I går lossnade handtaget vid åkeriets laddare på Industrigatan 22.").location == "Industrigatan 22")
        // An address the charger is not said to stand at leaves the place named first.
        #expect(extract("Jag kör som chaufför hos Exempel Åkeri. Laddaren är trasig. Jag bor på Industrigatan 22.").location == "Exempel Åkeri")
        #expect(extract("I går lossnade hela handtaget på laddkabeln.").category == .physicalDamage)
    }

    /// "I have left Lindbergs Bil AB. Please contact kundtjanst@… instead.", "Jag har bytt
    /// e-postadress … Detta mejl läses inte.": a departure from an organisation with someone else
    /// to write to, and a mailbox nobody reads. Not a person who left a country or a cable and
    /// asks to be contacted, nor a card the charger does not read.
    @Test func departuresAndUnreadMailboxes() {
        #expect(extract("Hello,\n\nThank you for your message. I have left Lindbergs Bil AB. Please contact kundtjanst@lindbergsbil.example instead.\n\nKind regards,\nKevin Adams",
                        subject: "Re: Case 2026-1211").kind == .autoReply)
        #expect(extract("Hej,\nJag har bytt e-postadress. Skicka i fortsättningen till anders.holm@tierp.example.\nDetta mejl läses inte.\n/Anders",
                        subject: "SV: Ärende 2026-1214").kind == .autoReply)
        #expect(extract("Hi, I have left Sweden now and sold the car. Please cancel my charging subscription and contact me by email only. Regards, Jack Smith",
                        subject: "Subscription").kind == .request)
        #expect(extract("Hi, my RFID card won't be read at the Coop charger. Regards, Tom", subject: "Charger").kind == .request)
    }
}

@Suite struct RegistryTests {
    @Test func loadsCSVWithQuotedFields() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.csv").path
        let csv = "charger_id,site_name,address,postal_code,city,owner,contract,manufacturer,model,installed,last_service\r\n"
            + "EH1,\"Site, with comma\",Gatan 1,111 11,Stad,\"Owner \"\"Q\"\" AB\",,Easee,Home,2024-01-01,2025-01-01\r\n"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let registry = try Registry.load(path: path)
        #expect(registry.chargers.count == 1)
        #expect(registry.chargers[0].siteName == "Site, with comma")
        #expect(registry.chargers[0].owner == "Owner \"Q\" AB")
        #expect(registry.chargers[0].contract == "")
    }

    /// Thousands of sites sharing common words ("brf", "garage", street names): a site is
    /// still found when all its words are in the mail, and words shared with other sites do not
    /// make those match.
    @Test func siteMatchingInALargeInstalledBase() {
        var chargers: [RegistryCharger] = []
        for i in 0..<5000 {
            chargers.append(ExtractorTests.charger("FILL\(i)", site: "Brf Granen \(i)", address: "Storgatan \(i + 100)", city: "Ort", contract: ""))
        }
        chargers.append(ExtractorTests.charger("EH777001", site: "Brf Solrosen", address: "Lillgatan 12", city: "Ort", contract: ""))
        chargers.append(ExtractorTests.charger("EH777002", site: "Garage Väster", address: "Storgatan 7", city: "Ort", contract: ""))
        let registry = Registry(chargers: chargers)
        func link(_ text: String) -> String? {
            registry.link(chargerIDs: [], contract: nil, caseWords: Registry.words(text)).chargerID
        }
        #expect(link("Laddboxen hos Brf Solrosen är död") == "EH777001")
        #expect(link("Laddaren på Lillgatan 12 laddar inte") == "EH777001")
        #expect(link("Laddaren på Storgatan 7 laddar inte") == "EH777002")
        #expect(link("Laddaren i Garage Väster är trasig") == "EH777002")
        #expect(link("Laddaren hos Brf Granen 4711 är trasig") == "FILL4711")
        // Only shared words: no site has all of them.
        #expect(link("Vår brf har en laddare på Storgatan") == nil)
        // Two sites named in one mail: ambiguous, no link.
        #expect(link("Brf Solrosen och Garage Väster har samma fel") == nil)
    }

    /// The charger a text links to in an installed base of `chargers`, read from its tokens as the extractor reads a mail.
    static func linker(_ chargers: [RegistryCharger]) -> (String) -> String? {
        let registry = Registry(chargers: chargers)
        return { text in
            var tokens: [Token] = []
            _ = Tokenizer.tokenize(text, role: .own, firstSentence: 0, into: &tokens)
            return registry.link(chargerIDs: [], contract: nil, tokens: tokens).chargerID
        }
    }

    /// House numbers as registries and writers vary them: ranges, entrance letters joined or
    /// apart, and a letter left out by the writer.
    @Test func houseNumbersMatchRangesAndEntranceLetters() {
        let link = Self.linker([
            ExtractorTests.charger("EH1", site: "Exempelköp", address: "Exempelvägen 2-4", city: "Exempelby", contract: ""),
            ExtractorTests.charger("EH2", site: "Kv. Exempelbagaren", address: "Exempelgatan 12A", city: "Exempelby", contract: ""),
            ExtractorTests.charger("EH3", site: "Villa Exempel", address: "Exempelstigen 3 B", city: "Exempelby", contract: ""),
        ])
        #expect(link("Laddaren på Exempelvägen 3 är död") == "EH1")
        #expect(link("Laddaren på Exempelvägen 5 är död") == nil)
        #expect(link("Laddaren på Exempelgatan 12 A är död") == "EH2")
        #expect(link("Laddaren på Exempelgatan 12a är död") == "EH2")
        #expect(link("Laddaren på Exempelgatan 120 är död") == nil)
        #expect(link("Laddaren på Exempelstigen 3B i Exempelby är död") == "EH3")
        #expect(link("Laddaren på Exempelstigen 3 i Exempelby är död") == "EH3")
        #expect(link("Laddaren på Exempelstigen 3 A är död") == nil)
    }

    /// Writers drop or translate a site name's kind, chain, floor or number ("Brf Exempelkotten",
    /// "Hotel Exempelgården", "ICA Exempelfyren") and inflect it ("stadshuset"); the name's own
    /// words still find the site, unless another town follows them or the full name of another
    /// site is written.
    @Test func siteNamesWrittenInPart() {
        let link = Self.linker([
            ExtractorTests.charger("EH1", site: "Brf Exempelkotten 3", address: "Exempelvägen 9", city: "Exempelby", contract: ""),
            ExtractorTests.charger("EH2", site: "Hotell Exempelgården", address: "Exempelfjället 1", city: "Exempelåre", contract: ""),
            ExtractorTests.charger("EH3", site: "Ica Kvantum Exempelfyren", address: "Exempelväg 2", city: "Exempelväsby", contract: ""),
            ExtractorTests.charger("EH4", site: "Exempelstadshusets parkering", address: "Rådhusgatan 1", city: "Exempelsund", contract: ""),
            ExtractorTests.charger("EH5", site: "P-huset Exempelkvarnen plan 1", address: "Kvarngatan 8", city: "Exempelås", contract: ""),
            ExtractorTests.charger("EH6", site: "P-huset Exempelkvarnen plan 2", address: "Kvarngatan 8", city: "Exempelås", contract: ""),
            ExtractorTests.charger("EH7", site: "Pendelparkeringen Exempelvik", address: "Viksvägen 2", city: "Exempelvik", contract: ""),
        ])
        #expect(link("Laddaren hos Brf Exempelkotten är död") == "EH1")
        #expect(link("The charger at Hotel Exempelgården is dead") == "EH2")
        #expect(link("Laddaren vid ICA Exempelfyren är död") == "EH3")
        #expect(link("Laddaren vid Exempelstadshuset i Exempelsund är död") == "EH4")
        #expect(link("Laddaren vid Exempelstadshuset i Annanstad är död") == nil)
        #expect(link("Laddaren i P-huset Exempelkvarnen plan 2 är död") == "EH6")
        #expect(link("Laddaren i P-huset Exempelkvarnen är död") == nil)
        // The town in a site's name is no name of its own: another site in that town.
        #expect(link("Laddaren på pendelparkeringen i Exempelvik är död") == "EH7")
        #expect(link("Laddaren vid Exempelköp i Exempelvik är död") == nil)
    }

    /// A manufacturer the built-in formats lack is read by the shape of its ids in the
    /// installed base: a unit of the registry, and a replacement that is not in it yet.
    @Test func serialFormatsLearntFromTheInstalledBase() {
        var charger = ExtractorTests.charger("XYZ23007712", site: "Exempellagret", address: "Lagervägen 4", city: "Exempelå", contract: "")
        charger.manufacturer = "Exempeltillverkaren"
        let extractor = Extractor(registry: Registry(chargers: [charger]))
        func report(_ body: String) -> Report { extractor.extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")) }
        #expect(report("Laddaren XYZ 2300 7712 är död.").linkedCharger == "XYZ23007712")
        #expect(report("Vi har bytt till en ny laddare, serienummer XYZ23009999, och den är död.").chargerID == "XYZ23009999")
        #expect(Extractor().extract(MessageParser().parse("Subject: Fel\n\nLaddaren XYZ23007712 är död.\n")).chargerID == nil)
    }

    /// A report of two registry chargers by id links to neither; one said to work does not count.
    @Test func severalReportedChargersLinkToNone() {
        let extractor = Extractor(registry: Registry(chargers: [
            ExtractorTests.charger("ZAP900001", site: "Exempelgården", address: "Gårdsvägen 1", city: "Exempelby", contract: ""),
            ExtractorTests.charger("ZAP900002", site: "Exempelgården", address: "Gårdsvägen 1", city: "Exempelby", contract: ""),
        ]))
        func report(_ body: String) -> Report { extractor.extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")) }
        #expect(report("Båda laddarna (ZAP900001 och ZAP900002) är offline sedan i söndags.").linkedCharger == nil)
        #expect(report("Laddaren ZAP900001 är offline, den andra (ZAP900002) fungerar.").linkedCharger == "ZAP900001")
        // Ids apart are the faulty one and another, whatever the text says of the other.
        #expect(report("Det står ZAP900001 på den som krånglar. Den andra boxen (ZAP900002, den ni lagade i januari) laddar helt normalt.")
            .linkedCharger == "ZAP900001")
    }

    @Test func anAbbreviatedStreetLinksToTheRegistrysStreet() {
        let extractor = Extractor(registry: Registry(chargers: [
            ExtractorTests.charger("EH900101", site: "", address: "Storgatan 40", city: "Hudiksvall", contract: ""),
            ExtractorTests.charger("EH900102", site: "", address: "Björkvägen 9", city: "Tierp", contract: ""),
        ]))
        func link(_ body: String) -> String? { extractor.extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")).linkedCharger }
        #expect(link("Hej, laddaren på Storg. 40 i Hudiksvall är trasig.") == "EH900101")
        #expect(link("Hej, laddaren på Björkv. 9 i Tierp är trasig.") == "EH900102")
        // Another number is another address.
        #expect(link("Hej, laddaren på Storg. 41 i Hudiksvall är trasig.") == nil)
    }

    @Test func aGroceryChainsStoreFormatBelongsToTheSiteNameInAnyCase() {
        func location(_ body: String) -> String? { Extractor().extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")).location }
        #expect(location("Laddaren vid Ica maxi i Borlänge har slutat fungera.") == "Ica maxi, Borlänge")
        #expect(location("The charger at Coop Forum in Lund is dead.") == "Coop Forum, Lund")
    }

    /// "vid Coop i Borlänge" for "Coop Forum Borlänge": a store chain and its town name the
    /// store, without its format; two stores of the chain in that town name neither.
    @Test func aStoreChainAndItsTownNameTheStore() {
        let one = Registry(chargers: [ExtractorTests.charger("ZAP661203", site: "Coop Forum Borlänge", address: "Stationsgatan 22", city: "Borlänge", contract: "")])
        #expect(one.link(chargerIDs: [], contract: nil, caseWords: ["laddstolpen", "vid", "coop", "i", "borlange", "ar", "dod"]).chargerID == "ZAP661203")
        // Another town's Coop is not this one, nor is the town alone.
        #expect(one.link(chargerIDs: [], contract: nil, caseWords: ["vid", "coop", "i", "falun"]).chargerID == nil)
        #expect(one.link(chargerIDs: [], contract: nil, caseWords: ["laddaren", "i", "borlange"]).chargerID == nil)
        let two = Registry(chargers: [
            ExtractorTests.charger("ZAP661203", site: "Coop Forum Borlänge", address: "Stationsgatan 22", city: "Borlänge", contract: ""),
            ExtractorTests.charger("ZAP661204", site: "Coop Konsum Borlänge", address: "Torggatan 1", city: "Borlänge", contract: ""),
        ])
        #expect(two.link(chargerIDs: [], contract: nil, caseWords: ["vid", "coop", "i", "borlange"]).chargerID == nil)
        #expect(two.link(chargerIDs: [], contract: nil, caseWords: ["vid", "coop", "forum", "i", "borlange"]).chargerID == "ZAP661203")
    }

    @Test func aReplacedUnitsIdIsNotTheReportedOne() {
        let extractor = Extractor(registry: Registry(chargers: [
            ExtractorTests.charger("EH900001", site: "Exempelgården", address: "Gårdsvägen 1", city: "Exempelby", contract: ""),
        ]))
        func report(_ body: String) -> Report { extractor.extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")) }
        // The new unit is not in the installed base: the text contradicts it, and nothing is linked.
        let replaced = report("Vi har bytt ut den gamla boxen (EH900001) mot en ny, EH900777, och den nya laddar inte.")
        #expect(replaced.chargerID == "EH900777")
        #expect(replaced.linkedCharger == nil)
        #expect(report("The old unit EH900001 was swapped for EH900777 last week, which now shows a red light.").chargerID == "EH900777")
        // Without an old-word, the first id is the reported one.
        #expect(report("Laddaren EH900001 laddar inte, den står bredvid EH900777.").linkedCharger == "EH900001")
    }

    @Test func anAgreementWordJoinedToItsPrefixLeadsToTheNumber() {
        func contract(_ body: String) -> String? { Extractor().extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")).contract }
        #expect(contract("Laddaren laddar inte. Vi har SLA-avtal 2023-0950 med er.") == "SLA-2023-0950")
        #expect(contract("Laddaren laddar inte. SLA-nr 2021-88.") == "SLA-2021-0088")
        // The joined word is still a word: an order number after it is no agreement.
        #expect(contract("Laddaren laddar inte. SLA-avtal saknas, order 2023-0950.") == nil)
    }

    @Test func aKindOfSiteWithAnArticleAndNoNameIsNoPlace() {
        func location(_ body: String) -> String? { Extractor().extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")).location }
        #expect(location("Please help this guest, he is at the hotel now. The cable is cut.") == nil)
        // The place the common kind stands at names it, and so does a town.
        #expect(location("My car is not accepted by the charger in the hotel parking at Vemdalsskalet.") == "hotel parking at Vemdalsskalet")
        #expect(location("The charger at the hotel in Kiruna is dead.") == "hotel, Kiruna")
    }

    @Test func aTownRightAfterAStreetNumberEndsThePhrase() {
        func location(_ body: String) -> String? { Extractor().extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")).location }
        #expect(location("Laddningen avbryts efter två minuter. Granvägen 12 Umeå, Brf Granen.") == "Granvägen 12, Umeå")
        // Without capitals, the installed base says which word is a town.
        let known = Extractor(registry: Registry(chargers: [ExtractorTests.charger("EH900201", site: "Brf Granen", address: "Granvägen 12", city: "Umeå", contract: "")]))
        #expect(known.extract(MessageParser().parse("Subject: Fel\n\nladdningen avbryts efter tva minuter. granvagen 12 umea, brf granen.\n")).location == "granvagen 12, umea")
        // A closing word after the number is no town.
        #expect(location("Laddaren på Storgatan 5 laddar inte. Storgatan 5 Tack.") == "Storgatan 5")
    }

    @Test func theKindOfTheWritersPlaceMayBeDescribedBeforeItsNameInParentheses() {
        func location(_ body: String) -> String? { Extractor().extract(MessageParser().parse("Subject: Fel\n\n\(body)\n")).location }
        #expect(location("The charger at our bus depot (Depå Norr, Luleå) stops after a minute.") == "Depå Norr, Luleå")
    }

    @Test func aSubjectThatIsOnlyAPlacesNameIsTheLocation() {
        func location(_ subject: String) -> String? {
            Extractor().extract(MessageParser().parse("Subject: \(subject)\n\nHej, laddaren är död. Ingen lampa lyser.\n")).location
        }
        #expect(location("Kallbadhuset") == "Kallbadhuset")
        #expect(location("Re: Kulturhuset Ystad") == "Kulturhuset Ystad")
        // A bare place noun, or the charger itself, names no place.
        #expect(location("[EXTERN] Kallbadhuset") == "Kallbadhuset")
        // Anywhere in the subject, when an id or agreement number is all that follows.
        #expect(location("Laddare trasig Kallbadhuset SLA-2024-0210") == "Kallbadhuset")
        #expect(location("Garaget") == nil)
        #expect(location("Laddstationen") == nil)
    }

    @Test func whereTheWriterArrivedIsThePlace() {
        func location(_ body: String) -> String? { Extractor().extract(MessageParser().parse("Subject: Laddare\n\n\(body)\n")).location }
        #expect(location("När jag kom till pendelparkeringen i Sala i morse var laddstolparna släckta.") == "pendelparkeringen, Sala")
        // A common place that something was done to.
        #expect(location("Vid snöröjningen av pendelparkeringen i Sala i natt körde plogbilen in i laddstolpen.") == "pendelparkeringen, Sala")
        // The definite form of "depå", after the writer's organisation.
        #expect(location("Vi på Regionbuss Norr har problem med laddaren på depån i Luleå igen.") == "depån, Luleå")
        // "av" before a name is no place: "köpt av Anders Berg".
        #expect(location("Laddboxen köptes av Anders Berg och är trasig.") == nil)
        // On the board's behalf in a BRF, then the address of the garage.
        #expect(location("Jag skriver för styrelsens räkning i Brf Granen. Laddaren i garaget på Granvägen 3 i Sala är död.") == "Granvägen 3, Sala")
        // "till" after an entrance still leads into the site.
        #expect(location("Laddaren vid infarten till Skutbergets friluftsområde är död.") == "Skutbergets friluftsområde")
    }

    @Test func aPlaceDescribedInPlainWordsIsNamedInParentheses() {
        func location(_ body: String) -> String? { Extractor().extract(MessageParser().parse("Subject: Laddare\n\n\(body)\n")).location }
        #expect(location("I tried to charge at the cold bath house (Kallbadhuset) by the promenade, but the cable is torn.") == "Kallbadhuset")
        // A charger's id after "of" names no site.
        #expect(location("The charging cable of ZAP900001 at Pendelparkeringen Sala is torn.") == "Pendelparkeringen Sala")
    }

    @Test func aForwardedHeaderRepeatingTheSubjectCountsOnce() {
        let raw = "Subject: VB: Två laddare trasiga\n\nHej, vidarebefordrar.\n\n---------- Vidarebefordrat meddelande ---------\n"
            + "Från: Sofia <s@x.example>\nÄmne: Två laddare trasiga\nTill: Kollega <k@x.example>\n\n"
            + "Båda laddarna på parkeringen är svarta sedan strömavbrottet i natt.\n"
        #expect(Extractor().extract(MessageParser().parse(raw)).category == .noPower)
    }

    @Test func aReminderUnderAReplySubjectLeavesTheFaultToTheQuotedReport() {
        let raw = "Subject: Re: Our charger is broken\n\nHi, any news on this? Nothing has happened yet.\n\nRegards\n\n"
            + "On Mon, 30 Nov 2026 at 21:40, Lena <lena@example.com> wrote:\n> Hi,\n> Our charger at home stopped working yesterday. The light is off and nothing happens.\n"
        #expect(Extractor().extract(MessageParser().parse(raw)).category == .noPower)
    }

    /// A reply over our acknowledgement that adds only which charger it is: the quoted "Fault:" line
    /// (our own words for the category) still says what fails.
    @Test func ourAcknowledgementsFaultLineIsRead() {
        let raw = "Subject: RE: [48270] We have received your fault report\n\nIt's the one on the left. Serial EH903400 I believe.\nOlle\n\n"
            + "-----Original Message-----\nFrom: Support <support@example.se>\nSent: Wednesday, December 2, 2026 08:12\nSubject: [48270] We have received your fault report\n\n"
            + "Hello Olle,\nthank you for your fault report. It is registered as case 48270.\n  Location: Exempelskolan\n  Fault: charging failure\n"
        #expect(Extractor().extract(MessageParser().parse(raw)).category == .chargingFailure)
        #expect(Extractor().extract(MessageParser().parse("Subject: Laddare\n\nVi har ett laddningsfel på laddboxen i garaget.\n")).category == .chargingFailure)
    }

    /// "Någon nyhet?" over the writer's own quoted "Laddaren funkar inte.": the quote says what fails.
    @Test func aReminderOverAQuotedNotWorkingIsAChargingFailure() {
        let raw = "Subject: Re: Laddare\n\nNågon nyhet om detta?\n/Anna\n\nDen 1 dec. 2026 kl. 10:00 skrev Anna <anna@example.se>:\n> Laddaren vid Exempelbutiken funkar inte.\n"
        #expect(Extractor().extract(MessageParser().parse(raw)).category == .chargingFailure)
    }

    @Test func theBackOfficeHearingNothingIsConnectivity() {
        func category(_ body: String) -> Report.Category { Extractor().extract(MessageParser().parse("Subject: Laddare\n\n\(body)\n")).category }
        #expect(category("Laddpunkten har inte rapporterat några sessioner sedan 20 november.") == .connectivity)
        #expect(category("The charger stopped reporting to the portal on Monday.") == .connectivity)
        #expect(category("The unit still goes into fault after 30 seconds of charging.") == .chargingFailure)
        #expect(category("Laddaren visar grönt men bilen säger att ingen laddare är ansluten.") == .chargingFailure)
        #expect(category("Betalningen via appen går igenom men laddningen startar aldrig.") == .chargingFailure)
        #expect(category("Kabeln har blivit tuggad av en mård, det syns koppar.") == .physicalDamage)
        #expect(category("The charger's screen is completely black and the fan doesn't run.") == .noPower)
        #expect(category("Our charger is broken. The light is off and nothing happens.") == .noPower)
        #expect(category("Laddstationen utanför vår butik har slutat ta emot kort. Appen fungerar fortfarande.") == .chargingFailure)
        #expect(category("Laddaren i garaget har varit utan internet i tre dagar, lampan lyser gult.") == .connectivity)
        #expect(category("Vi har avtal för laddarna. Den vid infarten har tappat kontakten med ert system igen.") == .connectivity)
        #expect(category("Laddaren tappar kontakten med bilen efter en minut.") == .chargingFailure)
        #expect(category("Hittar inte laddaren i appen längre, den e borta typ.") == .connectivity)
        #expect(category("The thing won't talk to the app anymore, just says 'unable to connect'.") == .connectivity)
        #expect(category("The card reader on the charger is dead, the screen works but no card is read.") == .chargingFailure)
        #expect(category("Laddaren startar men bilen säger 'fel på laddstationen' efter 30 sekunder.") == .chargingFailure)
        #expect(category("A delivery truck clipped the charger pedestal and now it leans about 20 degrees.") == .physicalDamage)
        #expect(category("Det kommer rök ur laddboxen när vi laddar!") == .physicalDamage)
        // "Not authorised" is the fault itself, not a denied one.
        #expect(category("The charger in bay 7 said \"Not authorised\" even with her tag.") == .chargingFailure)
    }

    /// "avbruten" is a part broken off, but "laddning avbruten" is the car saying a session stopped;
    /// a cable cut through is damage, whatever else the sentence reports.
    @Test func aStoppedSessionIsNoBrokenPart() {
        func category(_ body: String) -> Report.Category { Extractor().extract(MessageParser().parse("Subject: Laddare\n\n\(body)\n")).category }
        #expect(category("Laddaren släpper laddningen efter en kvart, varje gång. Bilen säger 'laddning avbruten'.") == .chargingFailure)
        #expect(category("Laddstolpen har fått sin laddkabel avskuren i natt. Polisanmälan är gjord.") == .physicalDamage)
        #expect(category("Handtaget är avbrutet och hänger i kabeln.") == .physicalDamage)
        // How a visitor pays at all is a question, even when it names the RFID tag it lacks.
        #expect(category("The charger asks for an RFID tag and I don't have one. Is there a way to pay by card or app?") == .other)
        #expect(category("Laddaren tar inte mitt RFID-kort längre, det blinkar rött.") == .chargingFailure)
        #expect(category("Laddboxen står och piper och visar ett felmeddelande i displayen.") == .chargingFailure)
    }

    /// The agreement's number is the owner's as much as the agreement is ("Kommunens
    /// avtalsnummer är …", "Our contract number is …"): the writer's organisation owns the charger.
    @Test func theAgreementsNumberSpeaksForTheOwner() {
        func extract(_ body: String) -> Report { Extractor().extract(MessageParser().parse("From: Test Person <t@example.se>\nSubject: Laddare\n\n\(body)\n")) }
        #expect(extract("Laddstationen vid skolan startar inte.\nKommunens avtalsnummer är SLA-2024-588.\n\nMed vänlig hälsning\nOlle Persson\nFastighetsavdelningen, Exempelby kommun").owner
            == "Exempelby kommun")
        #expect(extract("The charger at our site is offline. Our contract number is SLA-2022-1104.\n\nRegards\nLinnea Strand\nExempel Logistik AB").owner
            == "Exempel Logistik AB")
        // A contract number alone says nothing of who owns the charger.
        #expect(extract("The charger is offline. Contract number SLA-2022-1104.\n\nRegards\nLinnea Strand\nExempel Logistik AB").owner == nil)
    }

    @Test func aHomeownersSignedAddressLinksTheirChargerWhenNothingElseSaysWhere() {
        let extractor = Extractor(registry: Registry(chargers: [
            ExtractorTests.charger("WB900301", site: "", address: "Hagtornsvägen 8", city: "Uppsala", contract: ""),
            ExtractorTests.charger("EH900302", site: "Brf Granen", address: "Granvägen 3", city: "Sala", contract: ""),
            ExtractorTests.charger("EH900303", site: "Brf Granen", address: "Granvägen 3", city: "Sala", contract: ""),
        ]))
        func report(_ body: String) -> Report { extractor.extract(MessageParser().parse("From: Per <per@example.com>\nSubject: Problem\n\n\(body)\n")) }
        let signed = report("Hej,\nladdaren laddar inte.\nMvh\nPer Lind\nHagtornsvägen 8\n756 46 Uppsala")
        #expect(signed.linkedCharger == "WB900301")
        // The signature is still no location.
        #expect(signed.location == nil)
        // A place named in the text, a site of several chargers, or no address: no link from the signature.
        #expect(report("Hej,\nladdaren på Storgatan 5 laddar inte.\nMvh\nPer Lind\nHagtornsvägen 8\n756 46 Uppsala").linkedCharger == nil)
        #expect(report("Hej,\nladdaren laddar inte.\nMvh\nPer Lind\nGranvägen 3\n733 30 Sala").linkedCharger == nil)
    }

    /// A case that names two registry sites links to the one its location is at: the other is
    /// only mentioned ("where I charge when I'm there for work").
    @Test func ofTwoNamedSitesTheLocationsDecidesTheLink() {
        let extractor = Extractor(registry: Registry(chargers: [
            ExtractorTests.charger("EH900401", site: "Stadsbiblioteket", address: "Torggatan 26", city: "Karlstad", contract: ""),
            ExtractorTests.charger("EH900402", site: "Bilhuset Gävle", address: "Hantverkargatan 7", city: "Gävle", contract: ""),
            ExtractorTests.charger("EH900403", site: "Bilhuset Gävle", address: "Hantverkargatan 7", city: "Gävle", contract: ""),
            ExtractorTests.charger("EH900404", site: "Folkets hus", address: "Parkgatan 1", city: "Karlstad", contract: ""),
        ]))
        func report(_ body: String) -> Report { extractor.extract(MessageParser().parse("From: Stina <s@example.com>\nSubject: Laddning\n\n\(body)\n")) }
        let linked = report("Hej! Det går aldrig att ladda vid Stadsbiblioteket i Karlstad, laddningen avbröts efter två minuter. Vid Bilhuset Gävle fungerar det alltid.")
        #expect(linked.linkedCharger == "EH900401")
        // Two single-charger sites and a location that names neither: no link.
        #expect(report("Hej! Laddaren krånglar. Jag laddar ibland vid Stadsbiblioteket och ibland vid Folkets hus.").linkedCharger == nil)
        // The writer's workplace and the charger's site in one sentence, "men" between them: the
        // clause that gives the place names no other site.
        let workplace = report("Hej! Jag jobbar på Folkets hus i Karlstad men laddaren som krånglar står vid Stadsbiblioteket i Karlstad. Den startade aldrig.")
        #expect(workplace.location == "Stadsbiblioteket, Karlstad")
        #expect(workplace.linkedCharger == "EH900401")
        // In capitals too.
        #expect(report("HEJ! JAG JOBBAR PÅ FOLKETS HUS I KARLSTAD MEN LADDAREN SOM KRÅNGLAR STÅR VID STADSBIBLIOTEKET I KARLSTAD. DEN STARTADE ALDRIG.").linkedCharger == "EH900401")
    }

    /// "Fastighetsägare är vi, Exempel Fastigheter AB": the writer's organisation in apposition
    /// after the owner's label.
    @Test func anOwnerLabelThenWeAndTheName() {
        let report = ExtractorTests().extract("Hej,\nfastighetsägare är vi, Exempel Fastigheter AB. Se nedan från vår hyresgäst.\n/Sara\n\n-----Ursprungligt meddelande-----\nFrån: Nils <nils@example.se>\nÄmne: Laddbox\n\nLaddboxen i garaget på Exempelgatan 1 laddar inte.\n/Nils")
        #expect(report.owner == "Exempel Fastigheter AB")
    }

    /// A subject's town that the signature's address gives too ("Laddbox Orsa" over "Lars
    /// Nyberg, Fäbodvägen 7, Orsa") still lets the signed address link the homeowner's charger.
    @Test func aSignedAddressLinksWhenTheLocationIsItsTown() {
        let extractor = Extractor(registry: Registry(chargers: [
            ExtractorTests.charger("WB900501", site: "", address: "Fäbodvägen 7", city: "Orsa", contract: ""),
        ]))
        func report(_ subject: String, _ body: String) -> Report {
            extractor.extract(MessageParser().parse("From: Lars Nyberg <lars@example.com>\nSubject: \(subject)\n\n\(body)\n"))
        }
        let signed = report("Laddbox Orsa", "Hej igen!\nNu är den offline i appen. Den laddar, men jag kan inte schemalägga laddningen.\nLars Nyberg, Fäbodvägen 7, Orsa")
        #expect(signed.location == "Orsa")
        #expect(signed.linkedCharger == "WB900501")
        // Another town in the subject: no link from the signature.
        #expect(report("Laddbox Mora", "Hej igen!\nNu är den offline i appen.\nLars Nyberg, Fäbodvägen 7, Orsa").linkedCharger == nil)
    }

    @Test func missingColumnIsAClearError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).csv").path
        try "charger_id,site_name\nEH1,x\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: RegistryError.self) { try Registry.load(path: path) }
    }
}

import Foundation
