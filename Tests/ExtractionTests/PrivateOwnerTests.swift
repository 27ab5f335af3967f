import Mail
import Testing
@testable import Extraction

/// Whose charger a private writer reports: their own, said in more ways than "min laddbox";
/// a relative's; or a landlord's, named in a relative clause. Names are invented.
@Suite struct PrivateOwnerTests {
    func extract(_ body: String, from: String = "Kund <kund@example.se>") -> Report {
        TestMail.extract(body, subject: "Laddbox", from: from)
    }

    @Test(arguments: [
        ("Hej, laddboxen vi har på uppfarten slutar ladda efter några minuter.\n\nMvh Sofia Lindqvist", "Sofia Lindqvist"),
        ("Hi, the wallbox I have at home has a cracked casing after a hailstorm.\n\nCheers,\nJames O'Neill", "James O'Neill"),
        ("Hej, laddboxen i mitt garage har slutat fungera, den är helt död.\n\nMvh\nKarl-Johan af Ekström", "Karl-Johan af Ekström"),
        // "my place" is the writer's home.
        ("Hi, the wallbox at my place trips the RCD every time I plug the car in.\n\nMaria Holm", "Maria Holm"),
    ])
    func theWritersOwnCharger(body: String, owner: String) {
        #expect(extract(body).owner == owner)
    }

    @Test func theVerbVarIsNoPossessiveInTextWithDiacritics() {
        // The writer types "vår" with its ring: "var båda laddstolparna" is "were both posts".
        #expect(extract("Hej,\nNär jag kom till parkeringen i Sala i morse var båda laddstolparna släckta.\n/Eva Björk", from: "Eva Björk <eva@example.se>").owner == nil)
        // Without diacritics anywhere, "var" may still be "vår".
        #expect(extract("Hej, var laddbox hemma pa Ekvagen 3 ar helt dod.\nMvh Eva Björk", from: "Eva Björk <eva@example.se>").owner == "Eva Björk")
        // "vår" takes no plural: "var bada laddstolparna" is the verb in any spelling.
        #expect(extract("Hej,\nNar jag kom till parkeringen i Sala i morse var bada laddstolparna slackta.\n/Eva Björk", from: "Eva Björk <eva@example.se>").owner == nil)
        // A town pasted with its ä does not make "Var" the verb.
        #expect(extract("Hej\nVar laddbox pa Ekvagen 3 i Gävle ar offline.\nEva Björk", from: "Eva Björk <eva@example.se>").owner == "Eva Björk")
    }

    @Test func theDrivewayIsTheWritersOwn() {
        #expect(extract("Hej, laddstolpen vid vår infart på Lindvägen 8 lyser ingenting.\nMed vänlig hälsning\nTove Ek", from: "Tove Ek <tove@example.se>").owner == "Tove Ek")
    }

    /// A renter's cabin or flat is where they live, not what they own; letting one out is owning it.
    @Test func aRentedHomeIsNotTheWriters() {
        let from = "Anna Becker <anna@example.de>"
        #expect(extract("Hi, the charger at our cabin is blinking red. We rent the cabin for the winter.\nAnna", from: from).owner == nil)
        #expect(extract("Hej, laddboxen vid vår stuga blinkar rött. Vi hyr stugan över vintern.\nAnna Becker", from: from).owner == nil)
        #expect(extract("Hej, laddboxen vid vår stuga blinkar rött. Vi hyr ut stugan över vintern.\nAnna Becker", from: from).owner == "Anna Becker")
        #expect(extract("Hi, the charger at our cabin is blinking red.\nAnna Becker", from: from).owner == "Anna Becker")
    }

    /// A buyer of the house owns the charger that came with it, not the seller they name.
    @Test func aBuyerOwnsTheChargerThatCameWithTheHouse() {
        #expect(extract("Hej,\nJag har köpt huset på Exempelvägen 3 av Karin Sjöberg och laddboxen följde med. Nu är den min. Hur flyttar jag den till mitt konto?\nMvh Peter Holm",
                        from: "Peter Holm <peter@example.se>").owner == "Peter Holm")
        #expect(extract("Hi, we bought the house last month and the wallbox came with the house. It shows offline.\nPeter Holm",
                        from: "Peter Holm <peter@example.se>").owner == "Peter Holm")
        // "Det är min bil": the car is the writer's, not the charger.
        #expect(extract("Hej, laddaren vid stationen laddar inte. Det är min bil som står där.\nPeter Holm", from: "Peter Holm <peter@example.se>").owner == nil)
    }

    @Test func aHomeOnTheWayIsNotTheWritersCharger() {
        #expect(extract("Hi, the charger at the station car park in Lund is dead. I was going to charge on my way home.\nMaja Holm").owner == nil)
        #expect(extract("Hej, laddaren vid stationen i Lund är död. Jag skulle ladda på min väg hem.\nMaja Holm").owner == nil)
    }

    @Test func aRelativesChargerIsTheRelatives() {
        #expect(extract("Hi, my dad's charger in Mora is dead. His name is Sven Dahl. Anna").owner == "Sven Dahl")
        #expect(extract("Hej, min mammas laddbox är trasig. Min mamma Eva Lund ringer er gärna.").owner == "Eva Lund")
        // No name for the relative: the writer is still not the owner.
        #expect(extract("Hej, min pappas laddbox på Fjällgatan 3 i Östersund har ingen ström. /Anna Dahl", from: "Anna Dahl <anna@example.se>").owner == nil)
    }

    @Test(arguments: [
        ("Hej, jag hyr en lägenhet och laddaren på gården, som hyresvärden Piteå Bostäder äger, är död.", "Piteå Bostäder"),
        ("Hi, the charger in the yard, which Northwind Parking AB owns, is dead.", "Northwind Parking AB"),
        // The owner's kind as one compound word, then its name in apposition.
        ("Hej! Laddaren på gården ägs av fastighetsbolaget, Fastighets AB Eken, men de sa att jag skulle kontakta er. Den är död.", "Fastighets AB Eken"),
        // The owner named, then a pronoun for them.
        ("Hi, I rent the house on Lindvägen 2 from Tove Ek, she owns the charger. It stops after a few seconds.", "Tove Ek"),
    ])
    func anOwnerNamedInARelativeClause(body: String, owner: String) {
        #expect(extract(body).owner == owner)
    }

    /// "Han äger den själv" stands for the person just named; a pronoun or a question word is
    /// no owner's name ("Vem äger dem?").
    @Test func aPronounThatOwnsTheChargerIsThePersonNamedBeforeIt() {
        #expect(extract("Hej, jag skriver åt min granne Nils Ekdahl som inte har mejl. Hans laddbox på Tallvägen 3 i Exempelby piper när han kopplar in bilen. Han äger den själv.").owner
            == "Nils Ekdahl")
        #expect(extract("Hej! Laddaren vid parkeringen nedanför liften är helt död. Vem äger dem? Skidanläggningen kanske?").owner == nil)
        // No one named before the pronoun: no owner.
        #expect(extract("Hej, laddboxen på gården är död. Han äger den själv, säger grannen.").owner == nil)
    }

    /// An electrician who was "hos Lars Nyberg": "Hans Wallbox" is the customer's.
    @Test func hisChargerAfterTheWriterWasAtHisPlace() {
        #expect(extract("Hej,\nJag är elektriker och var hos Nils Ekdahl på Tallvägen 3 i Exempelby i dag. Hans Wallbox löser ut jordfelsbrytaren direkt vid start.\nMvh\nKjell Andersson\nExempel El AB").owner
            == "Nils Ekdahl")
    }

    /// The owner named after ownership is denied: "det gör X", "X does".
    @Test func theOwnerAfterADeniedOwnership() {
        #expect(extract("Hej. Vi äger inte laddaren själva, det gör Exempelfjällen AB. Men den står på vår tomt och har slutat fungera.").owner == "Exempelfjällen AB")
        #expect(extract("Hi. We don't own the charger, Exempel Parking AB does. It has stopped working.").owner == "Exempel Parking AB")
        // "det gör" with nothing of owning before it names no owner.
        #expect(extract("Hej. Laddaren blinkar rött, det gör Exempelfjällen AB:s laddare också.").owner == nil)
    }

    /// "the Wallbox came with it" (the house the writer bought): the writer's now.
    @Test func theChargerCameWithTheHouse() {
        #expect(extract("Hi! I bought the house on Tallvägen 3 from Nils Ekdahl in November, and the Wallbox came with it. It won't charge.\nEmma Sand", from: "Emma Sand <emma@example.com>").owner
            == "Emma Sand")
    }

    /// "I own the Easee at Norrgården 3", "the Wallbox … belongs to me": a private owner who says
    /// so with a definite article or a pronoun.
    @Test func iOwnTheChargerAndItBelongsToMe() {
        #expect(extract("Hi, I own the Easee at Norrgården 3 outside Skultuna and it has stopped connecting to wifi.\nErik Johansson",
                        from: "Erik Johansson <erik@example.se>").owner == "Erik Johansson")
        #expect(extract("Hi, the Wallbox at Lingonstigen 14 belongs to me. It shows a red light and won't charge.\nMaria Sjöberg",
                        from: "Maria Sjöberg <maria@example.se>").owner == "Maria Sjöberg")
        // An association's "Vi i föreningen äger de tre laddboxarna" names it by its signature.
        #expect(extract("Hej,\nVi i föreningen äger de tre laddboxarna i garaget på Tallvägen 11. En av dem har fått en spricka i höljet.\nStyrelsen BRF Tallkotten",
                        from: "Styrelsen <styrelsen@example.se>").owner == "BRF Tallkotten")
        // "I have the same problem as my neighbour with the charger" owns nothing.
        #expect(extract("Hi, I have the same problem with the charger at Lingonstigen 14 as last week.\nMaria Sjöberg",
                        from: "Maria Sjöberg <maria@example.se>").owner == nil)
    }

    /// "Vi har precis köpt huset på Ekvägen 3 … det finns en Wallbox i garaget": who bought the
    /// home owns the charger in it, as "it came with the house" says.
    @Test func whoBoughtTheHouseOwnsItsCharger() {
        #expect(extract("Hej!\nVi har precis köpt huset på Ekvägen 3 i Hudiksvall och det finns en Wallbox i garaget. Vi vill teckna serviceavtal.\nKarl Holm",
                        from: "Karl Holm <karl@example.se>").owner == "Karl Holm")
        #expect(extract("Hi, we bought the house at Elm Road 3 in May and there is an Easee in the garage that nobody has serviced.\nTom Reed",
                        from: "Tom Reed <tom@example.se>").owner == "Tom Reed")
    }

    /// "Ny ägare till huset är Karl Holm": which owner, at the sentence's start, is no owner's name.
    @Test func aNewOwnerIsNamedAfterTheVerb() {
        let report = extract("Hej, vi flyttar från Ekvägen 3 i Hudiksvall den 1 februari och vill säga upp serviceavtalet för vår laddbox. Ny ägare till huset är Karl Holm.\nMaria Ek",
                             from: "Maria Ek <maria@example.se>")
        #expect(report.owner == "Karl Holm")
        #expect(extract("Hi, previous owner of the house was Per Dahl. The charger is dead.\nAnna", from: "Anna <anna@example.se>").owner != "Previous")
    }

    /// "Mvh Kalle" from "Kalle <kalle99@…>": when the From name and the closing agree on a first
    /// name alone, that is the owner's name as the writer gives it.
    @Test func aFirstNameAloneWhenFromAndClosingAgree() {
        #expect(extract("Tja, min laddbox har dött. Ingen lampa alls. Bor på Lärkvägen 7 i Gnesta.\nMvh Kalle", from: "Kalle <kalle99@example.se>").owner == "Kalle")
        // A closing that names someone else, or a shared mailbox's one word, is no such name.
        #expect(extract("Hej, min laddbox har dött.\nMvh Lisa", from: "Kalle <kalle99@example.se>").owner == nil)
        #expect(extract("Hej, min laddbox har dött.\nMvh Kalle", from: "Kundtjänst <info@example.se>").owner == nil)
        // "/Maria" on the last line under a question, as a phone writer signs.
        #expect(extract("Hi, do I need to update the firmware on my Wallbox myself or do you do it remotely?\n/Maria",
                        from: "Maria <maria.sjoberg@example.se>").owner == "Maria")
    }

    /// "Kan det vara laddboxen?" typed without diacritics: "våra" takes the indefinite form, so
    /// "vara" before a definite noun is the verb, and the writer says nothing of owning it.
    @Test func theVerbVaraIsNoPossessiveBeforeADefiniteNoun() {
        #expect(extract("Hej, min bil slutar ladda efter ca 20 min. Kan det vara laddboxen?\nKalle", from: "Kalle <kalle.n@example.se>").owner == nil)
        #expect(extract("Hej, vara laddboxar i garaget ar trasiga.\nKalle", from: "Kalle <kalle.n@example.se>").owner == "Kalle")
    }

    /// A web form's "Namn: Johan Ek" over "Ärende: Min laddbox har slutat ladda", sent from the
    /// form's own address: the person who filled it in owns the box.
    @Test func aFormsNameFieldNamesTheWriter() {
        let body = "Namn: Johan Ek\nE-post: johan.ek@example.se\nAdress: Ekvägen 3, Hudiksvall\nÄrende: Min laddbox har slutat ladda, den blinkar rött."
        #expect(extract(body, from: "Kontaktformulär <noreply@example.se>").owner == "Johan Ek")
        // A name field that holds no name ("Namn: -") names nobody.
        #expect(extract("Namn: -\nÄrende: Min laddbox har slutat ladda.", from: "Kontaktformulär <noreply@example.se>").owner == nil)
    }

    /// Text typed without capitals: "marie" signs under "Marie <marie@…>", and "i alingsås
    /// idag" ends with the town, not a two-word name that "hennes wallbox" could be.
    @Test func aWriterWhoTypesWithoutCapitals() {
        #expect(extract("hej, varje gång jag laddar på laddboxen i vårt garage går huvudsäkringen. sedan är allt strömlöst.\nmarie",
                        from: "Marie <marie@example.se>").owner == "Marie")
        #expect(extract("hej,\nvar ute hos lena holm på tallvägen 9 i gnesta idag. hennes wallbox har inget nätverk.\nmvh sven",
                        from: "Sven El <info@svensel.example>").owner == nil)
        #expect(extract("Hej,\nvar ute hos Lena Holm på Tallvägen 9 i Gnesta idag. Hennes Wallbox har inget nätverk.\nMvh Sven",
                        from: "Sven El <info@svensel.example>").owner == "Lena Holm")
    }

    /// "borlänge kommuns laddstolpe": the word before "kommuns" is the town, capitals or not.
    @Test func aMunicipalitysGenitiveWithoutCapitals() {
        #expect(extract("hej! borlänge kommuns laddstolpe vid biblioteket startar inte.\nanders").owner == "borlänge kommun")
        #expect(extract("hej! vår kommuns laddstolpe vid biblioteket startar inte.\nanders").owner == nil)
    }

    /// "laddstolpen … tillhör oss": the thing first, then who has it; a company signing owns it,
    /// a private writer ("tillhör mig") does.
    @Test func itBelongsToUs() {
        #expect(extract("Hej, laddstolpen vid gårdsbutiken på Ekhaga gård 1 i Sjöbo tillhör oss. Den har ingen ström sedan i går.\nIngrid Persson, Ekhaga Lantbruk HB").owner == "Ekhaga Lantbruk HB")
        #expect(extract("Hej, laddboxen på Lingonstigen 9 i Kil tillhör mig. Den laddar inte.\nBo Ek", from: "Bo Ek <bo.ek@mail.example>").owner == "Bo Ek")
    }

    /// "The previous owner, Anders Björklund, told us it is registered with you": who owned the
    /// house before the writer is not who owns the charger now; the new owners writing are.
    @Test func thePreviousOwnerIsNotTheOwner() {
        let report = extract("Hi,\n\nWe have just bought the house on Lingonstigen 9 in Kil and the Easee charger came with it. The previous owner, Anders Björklund, told us it is registered with you.\n\nKind regards,\nSara Holm", from: "Sara Holm <sara.holm@mail.example>")
        #expect(report.owner == "Sara Holm")
        #expect(extract("Hi, the charger at Lingonstigen 9 in Kil is dead. The owner, Anders Björklund, is abroad.\nSara", from: "Sara <sara@mail.example>").owner == "Anders Björklund")
    }
}
