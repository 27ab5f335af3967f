import Mail
import Testing
@testable import Extraction

/// Reports written the way people write on the move or as visitors: a text message that reads
/// like a subject, a subject with a dash, a Norwegian tourist, a writer who speaks for someone
/// else; and the places these name. Names are invented.
@Suite struct TelegraphicAndVisitorTests {
    static let registry = Registry(chargers: [
        ExtractorTests.charger("EH930101", site: "Strandbadet", address: "Badvägen 2", city: "Orsa", contract: ""),
        ExtractorTests.charger("EH930201", site: "Hotell Fjällgården", address: "Fjällvägen 8", city: "Mora", contract: ""),
        ExtractorTests.charger("EH930202", site: "Hotell Fjällgården", address: "Fjällvägen 8", city: "Mora", contract: ""),
        ExtractorTests.charger("EH930301", site: "Lindbergs Livs", address: "Storvägen 1", city: "Orsa", contract: ""),
        ExtractorTests.charger("EH930401", site: "Långtidsparkeringen Mora flygplats", address: "Flygfältsvägen 1", city: "Mora", contract: ""),
        RegistryCharger(chargerID: "WB930501", siteName: "Holm sommarhus", address: "Strandstigen 9", postalCode: "", city: "Orsa", owner: "Karin Holm",
                        contract: "", manufacturer: "", model: "", installed: "", lastService: ""),
    ])

    func extract(_ body: String, subject: String = "Fel", from: String = "Test Person <t@example.se>") -> Report {
        TestMail.extract(body, subject: subject, from: from, registry: Self.registry)
    }

    /// "laddare strandbadet orsa död": a text message with no preposition starts with the
    /// charger and names its place right after, as a subject does.
    @Test func aTextMessageNamesThePlaceAfterTheCharger() {
        let report = extract("laddare strandbadet orsa död. ingen ström alls. /bengt", subject: "")
        #expect(report.location?.lowercased() == "strandbadet orsa")
        #expect(report.linkedCharger == "EH930101")
        // Not in the middle of a sentence: "Jag ringde om laddaren Anna nämnde" names no place.
        #expect(extract("Hej, jag skriver om laddaren Anna nämnde igår. Den är trasig.").location == nil)
    }

    /// "Broken charger - Lindbergs Livs": a subject may put a dash between the charger and its place.
    @Test func aSubjectsDashLeadsToThePlace() {
        let report = extract("Hi, the cable has been cut off. Please send someone.\nRegards, Tom", subject: "Broken charger - Lindbergs Livs")
        #expect(report.location == "Lindbergs Livs")
        #expect(report.linkedCharger == "EH930301")
    }

    /// "on behalf of Orsa Municipality regarding the charging point at the Cold Bath
    /// House (Kallbadhuset) in Orsa": whom the writer speaks for is no place; the town follows the
    /// place's own name in parentheses.
    @Test func onBehalfOfNamesNoPlace() {
        let report = extract("Dear Sir/Madam,\nI am writing on behalf of Orsa Municipality regarding the charging point at the Cold Bath House (Kallbadhuset) in Orsa. The cable holder has been broken off.\nKind regards,\nMaria Holm")
        #expect(report.location == "Cold Bath House, Kallbadhuset, Orsa")
    }

    /// "the charger outside our dental clinic in Mora": the writer's own common place, with its town.
    @Test func theWritersCommonPlaceWithItsTown() {
        let report = extract("Hi, the charger outside our dental clinic in Mora has stopped working, no lights at all.\nRegards, Lisa")
        #expect(report.location == "dental clinic, Mora")
        // Without a town it is no place, as for any common place noun.
        #expect(extract("Hi, the charger outside our dental clinic has stopped working, no lights at all.\nRegards, Lisa").location == nil)
    }

    /// Norwegian visitors: "laderen ved Strandbadet virker ikke, den lader ikke bilen min".
    @Test func aNorwegianVisitorsReport() {
        let report = extract("Hei, jeg er på ferie i Orsa og laderen ved Strandbadet virker ikke, den lader ikke bilen min.\nHilsen Ola")
        #expect(report.location == "Strandbadet, Orsa" || report.location == "Strandbadet")
        #expect(report.category == .chargingFailure)
        #expect(report.linkedCharger == "EH930101")
    }

    /// "min pappa Sven Dahl som har en Wallbox hemma": the charger by its make, owned by the
    /// person the writer writes for.
    @Test func thePersonWhoHasTheChargerByItsMake() {
        let report = extract("Hej, jag skriver för min pappa Sven Dahl som har en Wallbox hemma på Tallvägen 4 i Orsa. Den har slutat fungera helt.\nMvh Johanna Dahl",
                             from: "Johanna Dahl <johanna@example.se>")
        #expect(report.owner == "Sven Dahl")
    }

    /// "our two chargers at lindbergs livs" in a mail written without capitals: the site the
    /// case restorer took for a name is the writer's organisation, as it is with capitals.
    @Test func anUncasedSiteAfterOurIsTheWritersOrganisation() {
        let report = extract("hi, our two zaptec chargers at lindbergs livs are both dead since the storm last night.\nregards\nanna berg",
                             from: "Anna Berg <anna.berg@example.com>")
        #expect(report.owner == "lindbergs livs")
        #expect(extract("hi, our two zaptec chargers at Lindbergs Livs are both dead since the storm last night.\nregards\nanna berg",
                        from: "Anna Berg <anna.berg@example.com>").owner == "Lindbergs Livs")
    }

    @Test(arguments: [
        "Hej, laddboxen i garaget laddar inte, bilen säger att laddningen avbrutits.",
        "Hi, the charger at the gym stopped mid-session twice this week.",
    ])
    func aSessionInterruptedIsAChargingFailure(_ body: String) {
        #expect(extract(body).category == .chargingFailure)
    }

    /// "there's no record of the session in the app": a session not registered is connectivity.
    @Test func aSessionWithoutARecordIsConnectivity() {
        #expect(extract("Hello, I charged at the garage on Sunday but the payment never went through and there's no record of the session in the app. Br, Lukas").category == .connectivity)
    }

    /// "at Dahlströms åkeri in Orsa", "vid Perssons bageri": a family name in the genitive and
    /// the trade in lower case are one firm's name; a plain lower-case word after it is not.
    @Test func aFamilyNameAndItsTrade() {
        #expect(extract("Hello, the charger at Dahlströms åkeri in Orsa trips the main breaker every time we connect a truck. Regards, Mikael").location
            == "Dahlströms åkeri, Orsa")
        #expect(extract("Hej, laddaren vid Perssons bageri i Orsa är död. /Per").location == "Perssons bageri, Orsa")
        #expect(extract("Hej, laddaren vid Anderssons gamla lada i Orsa är död. /Per").location?.contains("gamla") == false)
    }

    /// "i P-huset vid Järntorget, plan 2": a kind of site alone names the place it stands by.
    @Test func aKindOfSiteByANamedPlace() {
        let report = extract("Hej igen, laddaren fungerar fortfarande inte. Det är den i P-huset vid Stortorget, plan 2, närmast hissen.\n/Jonas")
        #expect(report.location == "P-huset vid Stortorget plan 2")
    }

    /// "Jag hyr Karin Holms sommarhus": a person's home by their full name in the genitive; not a
    /// place a name in the genitive may own ("Stora Torgets parkering").
    @Test func aPersonsHomeInTheGenitive() {
        let report = extract("Hej!\nJag hyr Karin Holms sommarhus på Strandstigen 9 i Orsa den här veckan och laddboxen där fungerar inte, den är död.\nMvh Peter",
                             from: "Peter Lind <peter.lind@example.se>")
        #expect(report.owner == "Karin Holm")
        #expect(extract("Hi, we are renting Karin Holm's cottage in Orsa and the charger there is dead.\nTom").owner == "Karin Holm")
        #expect(extract("Hej, laddaren vid Stora Torgets parkering i Orsa är död.\n/Per").owner == nil)
        // Shouted, as some phones send it: the registry's names give the words back their capitals.
        #expect(extract("HEJ! JAG HYR KARIN HOLMS SOMMARHUS PÅ STRANDSTIGEN 9 I ORSA OCH LADDBOXEN DÄR ÄR DÖD.\nMVH PETER",
                        from: "Peter Lind <peter.lind@example.se>").owner == "KARIN HOLM")
    }

    /// "laddaren vid långtidsparkeringen på mora flygplats" without capitals: the registry's
    /// names make the place noun a name, and the place it is part of follows.
    @Test func aRestoredPlaceNounAndThePlaceItIsPartOf() {
        let report = extract("hej, laddaren vid långtidsparkeringen på mora flygplats, nr eh 930 401, tar inte emot mitt kort. mvh anna")
        #expect(report.location == "långtidsparkeringen på mora flygplats")
        #expect(report.linkedCharger == "EH930401")
    }

    /// "I'm away until Monday with no access to email": an absence notice, whatever its subject says.
    @Test func anAbsenceNoticeWithTheOriginalSubject() {
        let report = extract("I'm away until Monday 7 December with no access to email. For urgent matters call +46 498 12 34 56.\nAnders",
                             subject: "Charger at the ferry terminal")
        #expect(report.kind == .autoReply)
    }

    /// "laddaren på vår parkering har en lös frontlucka", "the cover has come loose": a part come loose is damage.
    @Test(arguments: [
        "Hej! Laddaren på vår parkering har en lös frontlucka.\nMvh Kim",
        "Hi, the front cover of the charger in our car park has come loose.\nKim",
    ])
    func aLooseCoverIsPhysicalDamage(_ body: String) {
        #expect(extract(body).category == .physicalDamage)
    }

    /// "I was visiting Strandbadet on Sunday": the place visited, named without a preposition;
    /// a town visited is only where the writer was.
    @Test func thePlaceAVisitorWasVisiting() {
        #expect(extract("Hi, I was visiting Strandbadet on Sunday and the charger in the car park was hanging off its post.\nRuth").location == "Strandbadet")
        #expect(extract("Hej, vi besökte Hotell Fjällgården i helgen och laddaren där var helt död.\nOlle").location == "Hotell Fjällgården")
        #expect(extract("Hi, we were visiting Mora last week and the charger at Strandbadet in Orsa would not start.\nRuth").location == "Strandbadet, Orsa")
    }
}
