/// The words of ownership: a writer calling a charger theirs, owned things, "owned by",
/// job titles, legal forms and organisation words.
extension Vocabulary {
    /// The writer says the charger is theirs (or their organisation's).
    public static let ownershipCues: [String] = [
        "vår laddbox", "våra laddboxar", "vår laddstolpe", "våra laddstolpar", "vår laddare", "våra laddare", "vår laddplats", "våra laddplatser",
        "vår laddpunkt", "våra laddpunkter", "vårt garage", "vår parkering", "vår kundparkering", "vår gård", "our farm", "my farm", "vår snabbladdare", "vår stolpe",
        "min laddbox", "min laddare", "min laddstolpe", "min easee*", "min wallbox", "min zaptec", "min garo", "min box",
        "vår easee*", "våra easee*", "vår wallbox", "våra wallbox*", "vår zaptec", "våra zaptec", "vår garo", "våra garo",
        // "Kommunen har serviceavtal med er": the municipality signs for its charger.
        "kommunen har avtal", "kommunen har serviceavtal", "kommunen har ett avtal", "kommunen har ett serviceavtal",
        // "Församlingen har serviceavtal med er … vaktmästare Tierps församling": the writer's body by its kind word, holding the agreement.
        "församlingen har avtal", "församlingen har serviceavtal", "församlingen har ett avtal", "församlingen har ett serviceavtal",
        "regionen har avtal", "regionen har serviceavtal", "regionen har ett avtal", "regionen har ett serviceavtal",
        "bolaget har avtal", "bolaget har serviceavtal", "bolaget har ett avtal", "bolaget har ett serviceavtal",
        "företaget har avtal", "företaget har serviceavtal", "företaget har ett avtal", "företaget har ett serviceavtal",
        "the parish has an agreement", "the company has an agreement", "the company has a service agreement",
        "kommunens laddstolpe", "kommunens laddstolpar", "kommunens laddinfrastruktur", "kommunens två", "kommunens laddbox*", "kommunens laddare",
        // Cities call their municipality "X stad" ("Västerås stad"): "stadens laddstolpe".
        "stadens laddstolp*", "stadens laddbox*", "stadens laddare", "stadens laddinfrastruktur",
        // "Det är kyrkans laddstolpe": the church's, named by the parish that signs; not "vid Kyrkans hus", a place's name.
        "kyrkans laddstolp*", "kyrkans laddbox*", "kyrkans laddare", "kyrkans laddplats*", "kyrkans laddpunkt*",
        // The thing first, then whose it is: "Laddstolpen vid simhallen är kommunens".
        "är kommunens", "är stadens", "is the municipality's", "is the council's",
        // "Stolpen är församlingens", signed by the parish.
        "är församlingens", "är kyrkans", "is the parish's", "is the church's",
        "föreningens laddbox*", "föreningens laddplats*", "föreningens laddstolp*", "föreningens andra", "föreningen har", "föreningens",
        // "Kan man ta med sig laddboxen till nya adressen?", "take the wallbox with us": only what is
        // the writer's can go with them when they move.
        "ta med sig laddbox*", "ta med mig laddbox*", "ta med oss laddbox*", "ta med sig laddare*", "ta med mig laddare*", "ta med oss laddare*",
        "take the charger with", "take the wallbox with", "take the charging box with",
        "hos oss", "hemma hos mig", "hemma hos oss", "laddboxen hemma", "laddaren hemma", "laddstolpen hemma", "laddboxen här hemma", "laddaren här hemma", "laddstolpen här hemma", "charger at home", "charger here at home", "my place", "our place", "wallbox at home", "vi har avtal", "vi har serviceavtal",
        // "Vi vill säga upp avtal SLA-…": only who holds an agreement can end it.
        "vi vill säga upp avtal", "vi vill säga upp avtalet", "vi säger upp avtal", "vi säger upp avtalet",
        "vi vill förlänga avtal", "vi vill förlänga avtalet",
        // "Vi på Östhammars kommun vill säga upp serviceavtalet": the writer's side named between "vi" and the verb.
        "vill säga upp serviceavtalet", "vill säga upp avtalet", "vill säga upp vårt avtal", "vill säga upp vårt serviceavtal",
        "vill förlänga serviceavtalet", "vill förlänga avtalet", "vill förlänga avtal", "vill förlänga vårt avtal", "vill förlänga vårt serviceavtal",
        "vi har ert serviceavtal", "vi har ert avtal", "vi har ett serviceavtal", "vi har ett avtal",
        // "Vi har SLA med er", "vi har supportavtal": the agreement by its other names.
        "vi har sla", "vi har ett sla", "vi har supportavtal", "vi har ett supportavtal", "vi har sla-avtal", "we have an agreement", "we have a contract", "we have your service agreement", "vi skrev avtal", "vi har inget serviceavtal", "vi har inget avtal", "vi äger",
        // "Vad kostar service av en Easee Home? Jag har en hemma i Kalix": one of the kind just named, at home.
        "jag har en hemma", "vi har en hemma", "i have one at home", "we have one at home",
        // "laddstolpen … tillhör oss", "it belongs to us": the thing first, then who has it.
        "tillhör oss", "tillhör mig", "belongs to us", "belong to us", "belongs to me",
        // "Laddboxen på Ängsvägen 7 som jag äger", "the charger, which I own": the thing, then the writer owning it
        // ("vi äger", "we own" find the plural).
        "som jag äger", "that i own", "which i own",
        "jag äger laddboxen", "jag äger laddaren", "jag äger laddstolpen", "i own the charger", "i own the wallbox",
        "our charger", "our chargers", "our garage", "our car park", "our wall charger", "our home charger", "our courtyard", "our parking",
        "our depot", "my charger", "my home charger", "my wallbox", "we own", "our company owns", "our company own", "our firm owns", "our organisation owns", "our organization owns",
        "vårt företag äger", "vårt bolag äger", "vår organisation äger", "it's ours", "its ours", "the association", "our association",
        // "Vi i BRF Tallkotten har problem med en laddbox i garaget": the writer speaks as the association.
        "vi i brf", "vi på brf", "vi i bostadsrättsföreningen", "vi i föreningen", "we at brf", "we in brf", "we at the association",
        // "Vi är Brf Ekbacken 3 på Lidingö och har två av era boxar": the writers say they are the association.
        "vi är brf", "we are brf", "vi är bostadsrättsföreningen",
        "our service agreement", "our agreement", "our sla", "our contract", "our support agreement", "vårt sla", "vårt kontrakt", "ours", "we have an sla", "we have a service agreement", "we have a support agreement", "vårt avtal", "vårt serviceavtal", "vårt supportavtal",
        // "Den är vår egen": the charger just spoken of; not "min egen bil".
        "är vår egen", "är vårt eget", "är min egen", "är mitt eget", "is our own", "is my own", "it's my own", "it's our own",
        // The writer bought the place and the charger came with it ("Nu är den min").
        "nu är den min", "den är nu min", "är nu min", "it's mine now", "now it's mine", "is now mine", "följde med huset", "came with the house",
        "wallbox came with", "charger came with", "box came with", "laddboxen följde med", "laddaren följde med",
        // "We have just moved into … and the house came with a Wallbox": the thing, after the home it came with.
        "house came with", "house comes with", "home came with", "property came with", "ingick i köpet", "följde med i köpet",
        // "The Wallbox that came with it shows a red light": the place the writers just said they own.
        "that came with it", "which came with it", "that came with the house", "which came with the house",
        // "Vi har precis köpt huset på Ekvägen 3 … det finns en Wallbox i garaget": a home's new owners own what is in it.
        "köpt huset", "köpte huset", "köpt villan", "köpte villan", "bought the house", "bought a house",
        "i am the owner", "i'm the owner", "i am the property owner", "i'm the property owner", "jag är ägare",
        "jag är fastighetsägare", "jag är fastighetsägaren", "vi är ägare", "we are the owners", "we are the owner",
        // "We are the new owners of Motala Bil & Däck AB", "Vi är nya ägare till X".
        "we are the new owners", "we are the new owner", "vi är nya ägare", "vi är de nya ägarna",
        // The thing, then who has it: "laddboxen vi har på uppfarten", "the wallbox I have at home".
        "laddboxen vi har", "laddboxen jag har", "laddaren vi har", "laddaren jag har", "laddstolpen vi har", "laddstolpen jag har",
        "boxen vi har", "boxen jag har", "the charger we have", "the charger i have", "the wallbox we have", "the wallbox i have",
        "the charger we've got", "the charger i've got", "the charging point we have",
        // "Vi hyr ut stugorna i Fjällgläntan … Laddboxen vid stuga 9": who lets the place out owns it.
        "vi hyr ut", "we rent out", "we let out",
        // "Laddaren vi köpte av er i våras", "the charger we bought from you": the buyer owns it.
        "laddaren vi köpte", "laddaren jag köpte", "laddboxen vi köpte", "laddboxen jag köpte", "laddstolpen vi köpte", "laddstolpen jag köpte",
        "laddarna vi köpte", "laddboxarna vi köpte", "laddstolparna vi köpte", "the charger we bought", "the charger i bought",
        "the wallbox we bought", "the wallbox i bought", "the chargers we bought",
        // "Vi köpte boxen 2024 och har bara haft den i garanti": the verb first, likewise.
        // (A purchase counts for an organisation only: "jag köpte laddboxen på Tallbacksvägen 5"
        // may be a unit bought for a place the writer does not say is theirs.)
        "vi köpte boxen", "vi köpte laddboxen", "vi köpte laddaren", "vi köpte laddstolpen", "vi köpte en laddbox", "vi köpte en laddare",
        "we bought the charger", "we bought the wallbox", "we bought a charger", "we bought a wallbox",
    ]

    /// A possessive followed within a few words by one of `ownedThings` also shows ownership
    /// ("våra två laddstolpar", "our two Garo chargers").
    public static let possessives: WordSet = ["vår", "våra", "vårt", "min", "mina", "mitt", "our", "my", "kommunens", "stadens", "föreningens", "regionens",
                                                   "bolagets", "företagets", "hotellets", "vårat", "klubbens", "club's", "hotel's", "company's", "association's",
                                                   "municipality's", "council's",
                                                   // "församlingens laddstolpe": a parish, a joint property association, a foundation.
                                                   "församlingens", "pastoratets", "samfällighetens", "samfällighetsföreningens", "stiftelsens",
                                                   "bostadsrättsföreningens", "parish's", "church's"]
    public static let ownedThings: [String] = [
        "laddbox*", "laddstolp*", "laddare", "laddaren", "laddarna", "snabbladdar*", "laddplats*", "laddpunkt*", "laddinfrastruktur*", "box", "boxar", "stolp*",
        "garage*", "parkering*", "kundparkering*", "personalparkering*", "besöksparkering*", "gästparkering*", "gård*", "charger*", "charging station*", "charging post*", "charging point*", "wallbox*", "garage", "car park",
        "courtyard", "depot", "pedestal", "installation", "anläggning*", "carport*", "elrum*", "elcentral*", "driveway", "parking", "infart*", "uppfart*",
        // Premises the writer's organisation runs: the charger there is theirs ("vid vårt hotell", "outside our shop").
        "hotell", "hotel", "restaurang*", "restaurant", "butik*", "shop", "store", "campsite", "campground", "camping", "campingen", "campingplats*", "fastighet*", "property", "building",
        "office", "offices", "kontor", "kontoret", "kontorshus*", "kontorsbyggnad*", "office building", "office block", "brf", "förening", "föreningen", "bostadsrättsförening*", "depå", "depån",
        "bilhall*", "utlämning*", "verkstad*", "maskinhall*", "ladugård*", "lager", "lagret", "fabrik*", "showroom", "dealership", "workshop", "warehouse", "factory", "premises",
        // "i vårt P-hus Kvarnen": a car park building the writer's company runs.
        "p-hus", "p-huset", "p-däck", "p-däcket",
        "terminal*", "site", "sites", "loading dock", "loading bay", "lastkaj*", "lokal", "lokalen", "lokaler", "lokalerna", "logistikcent*", "lagerhall*",
        // The entrance of the writer's building ("vid vår entré", "by our main entrance").
        "entré", "entrén", "entrance", "ingång", "ingången",
        // The wall of the writer's building ("den sitter på vår vägg", "mounted on our wall").
        "vägg", "väggen", "fasad", "fasaden", "wall",
        // The support agreement, which the owner signs ("Vi i Brf Svalan har avtal med er").
        // Its number too ("Kommunens avtalsnummer är …", "our contract number is …").
        "avtal*", "serviceavtal*", "supportavtal*", "kontrakt*", "garanti", "garantin", "warranty", "agreement", "support agreement", "service agreement", "contract", "contract number",
        // The agreement by its number: "under our SLA-2022-0350" (a stem must tokenize as one word).
        "sla-2*",
        // A private home: the writer owns the charger at it ("our house", "vår villa").
        "house", "home", "cottage", "hus", "huset", "villa*", "radhus*", "fritidshus*", "stuga*", "stugan", "sommarstug*", "sommarhus*",
        "cabin", "summer house", "summerhouse", "summer place", "summer cottage", "holiday home", "holiday house",
        // A club's or clinic's own premises ("vår golfklubb", "our clinic").
        "club", "klubb*", "golfklubb*", "båtklubb*", "clinic", "klinik*", "mottagning*", "laddstation*", "wall connector*",
        // A centre, hall or arena the writer's business runs ("our padel centre", "vår idrottshall").
        "centre", "center", "centrum", "arena", "arenan", "hall", "hallen",
        // A club's or port's own harbour ("the club's marina", "vår gästhamn").
        "marina", "marinan", "hamn", "hamnen", "gästhamn*", "småbåtshamn*", "harbour",
        // A charger by its maker's name ("I own the Easee at …", "vår Zaptec"); not a carmaker's, which is a car.
        "easee", "zaptec", "garo", "alfen", "defa", "charge amps",
        // "vår station på Kanalgatan 59": an operator's charging station.
        "station", "stationen", "stations",
        // "our charging park Laddparken P-Express", "vår laddpark": an operator's site of several chargers.
        "laddpark*", "charging park", "charging hub", "charging site",
    ]

    /// A ticket system's receipt of a request (see `KindClassifier.receiptPhrases`).
    public static let receiptPhrases: [String] = [
        "ticket has been created", "case has been created", "your request has been received", "we have received your request",
        "your report has been registered", "your report has been received", "your fault report has been registered",
        "ett nytt ärende har skapats", "ditt ärende har skapats", "ditt ärende har registrerats", "vi har tagit emot ditt ärende",
        "vi har mottagit ditt ärende", "din felanmälan har registrerats", "din felanmälan har tagits emot", "din anmälan har registrerats",
    ]

    /// Phrases after which the owner is named ("Fastighets AB Kvarnen, who own the garage").
    public static let ownerBefore: [String] = ["who own", "who owns", "which owns", "that owns", "som äger", "äger laddstolp*", "äger laddbox*",
                                               "äger stolp*", "äger laddare", "äger laddaren", "äger laddarna", "äger anläggning*", "äger installation*", "äger boxen", "äger boxarna",
                                               "owns the charger*", "owns the installation", "owns the site",
                                               // "The charging post our parish owns at Församlingshemmet Åby", "laddaren vi äger vid
                                               // torget": the thing, then a relative clause without "that"; who "we" are comes before.
                                               "owns at", "own at", "owns in", "own in", "owns on", "own on", "äger vid", "äger på",
                                               // "Scandic Sundsvall owns them", "Det är föreningen som äger dem".
                                               "owns them", "owns it", "owns both", "own them", "own it", "äger dem", "äger den", "äger båda",
                                               // "Mittbuss AB owns three DC chargers at …": a count before the things owned.
                                               "owns two", "owns three", "owns four", "owns five", "owns all", "äger två", "äger tre", "äger fyra", "äger fem", "äger alla",
                                               "äger station*", "äger laddstation*", "äger laddpunkt*", "äger laddplats*", "owns the station", "owns the post*",
                                               // In apposition: "ParkCo Sverige AB, owner of the facility".
                                               "owner of the", "owners of the", "ägare till", "ägare av", "ägaren till", "ägaren av",
                                               // "Det är Konsum Sydost som står som ägare till den".
                                               "som står som ägare", "står som ägare",
                                               // "Region Örebro län, the owner of the charging posts at X, has asked me"; not
                                               // "Karin Exempel, the owner of the café", whose café it is.
                                               "the owner of the charg*", "the owners of the charg*", "the owner of the installation",
                                               "the owner of the wallbox", "the owner of the site",
                                               // "min pappa Sven Dahl som har en laddbox från er": the person it is written for.
                                               "som har en laddbox", "som har laddboxen", "som har en laddare", "som har en laddstolpe",
                                               "who has a charger", "who has the charger",
                                               // "min pappa Erik Nyström som har en Wallbox": the charger by its make.
                                               "som har en wallbox", "som har en easee", "som har en zaptec", "som har en garo",
                                               "who has a wallbox", "who has an easee", "who has a zaptec", "who has a garo",
                                               "som har en keba", "som har en alfen", "som har en defa", "som har en charge amps", "som har en tesla",
                                               "who has a keba", "who has an alfen", "who has a defa", "who has a charge amps", "who has a tesla"]
    public static let ownerAfter: [String] = ["owned by", "ägs av", "anläggningens ägare", "ägare är", "ägaren är", "ägare:", "fastighetsägare:", "fastighetsägare är", "fastighetsägaren är", "owner:", "owner is", "företaget heter", "on behalf of", "för räkning",
                                              // An installer's client: "Vi har på uppdrag av Rosenlunds Handelsträdgård HB bytt boxen".
                                              "på uppdrag av", "på uppdrag från",
                                              "tillhör", "belong to", "belongs to", "the property of", "property of", "fastighetsägaren:", "fastighetsägaren", "ägare", "ägaren", "property owner is", "the owner",
                                              // A form's or table's label: "Owner<tab>Greenfleet Logistics AB".
                                              "owner", "property owner",
                                              // "Ägare till laddaren är Sundsvalls Energi AB", "The owner of the chargers is X".
                                              "ägare till laddar* är", "ägaren till laddar* är", "ägare till laddstolp* är", "ägaren till laddstolp* är",
                                              "ägare till laddbox* är", "ägaren till laddbox* är", "ägare till anläggning* är", "ägaren till anläggning* är",
                                              "ägare till stolp* är", "ägaren till stolp* är", "owner of the charger* is", "owner of the installation is",
                                              "owner of the site is", "owner of the property is",
                                              // A tenant names the owner of the place: "The owner of the house is Maria Holm", "Husets ägare är X".
                                              // Not "my landlord is X": a landlord need not own the charger.
                                              "owner of the house is", "owner of the building is", "owner of the garage is", "owner of the wallbox is",
                                              "owner of the flat is", "owner of the apartment is",
                                              "ägare till huset är", "ägaren till huset är", "ägaren av huset är", "husets ägare är", "fastighetens ägare är",
                                              "ägare till fastigheten är", "ägaren till fastigheten är"]

    /// Words of a job title on a signature line ("Store Manager", "Head of Facilities"): such a
    /// line says what the writer does, not whom they sign for.
    public static let jobTitleWords: [String] = [
        "manager", "director", "officer", "coordinator", "assistant", "engineer", "technician", "supervisor", "administrator", "head",
        "chair", "chairman", "chairwoman", "chairperson", "secretary", "treasurer", "ceo", "cfo", "coo", "cto", "vd", "facilities",
        "facility", "operations", "maintenance", "reception", "receptionist", "consultant", "specialist", "accountant", "caretaker",
        "janitor", "sales", "support", "service", "customer", "team", "lead", "board", "member", "owner", "teknisk", "ekonomi",
        "drift", "kundtjänst", "kundservice", "receptionen", "styrelsen", "styrelse", "avdelning", "avdelningen", "enhet", "enheten",
    ]

    /// Endings of Swedish job titles, which are compounds ("Fastighetsförvaltare", "Driftchef").
    public static let jobTitleEndings: [String] = [
        "chef", "förvaltare", "skötare", "ansvarig", "ordförande", "ledamot", "tekniker", "samordnare", "handläggare", "ingenjör",
        "säljare", "assistent", "kassör", "sekreterare", "ekonom", "administratör", "koordinator", "direktör", "värd", "montör",
        "elektriker", "konsult", "ansvarige", "manager",
    ]

    /// Markers of an organisation name.
    public static let legalForms: WordSet = ["ab", "hb", "kb", "ek.för.", "ekonomisk förening", "ltd", "inc", "gmbh", "as", "oy", "a/s", "aps"]
    public static let organisationWords: WordSet = [
        "brf", "bostadsrättsförening", "bostadsrättsföreningen", "kommun", "region", "samfällighetsförening", "samfällighetsföreningen",
        "föreningen", "stiftelse", "stiftelsen", "foundation", "hotell", "hotel",
        "restaurang", "fastighets", "fastigheter", "bostäder",
        // Universities sign by their full names: "Blekinge Institute of Technology", "Blekinge tekniska högskola".
        "institute", "university", "universitet", "högskola",
        // Trades that small firms name themselves by ("Perssons Lantbruk", "Östbergs Åkeri").
        "lantbruk", "åkeri", "bygg", "transport", "entreprenad", "måleri", "bilservice", "logistics", "farm",
        // Clubs, which own the chargers at their club houses and marinas ("Rya Golfklubb", "Lerums Båtklubb").
        "golfklubb", "golfklubben", "båtklubb", "båtklubben", "klubb", "klubben", "club", "idrottsförening", "idrottsföreningen",
        "idrottsklubb", "sportklubb", "tennisklubb", "ridklubb", "segelsällskap", "segelsällskapet", "sällskap", "sällskapet",
        // Dental practices, which name themselves by their care ("Tandvården Centrum"); not "Vårdcentralen X", a region's.
        "tandvård", "tandvården", "tandläkarna",
    ]
}
