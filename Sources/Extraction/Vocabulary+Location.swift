/// The words of places: street endings, place prepositions, place nouns and the words that
/// are no place.
extension Vocabulary {
    /// Endings of Swedish street names, and English street words.
    public static let streetSuffixes: [String] = [
        "gatan", "gata", "vägen", "väg", "gränd", "gränden", "backe", "backen", "torg", "torget", "allé", "allén", "stig", "stigen",
        "leden", "plan", "esplanaden", "promenaden", "kajen", "kaj", "strand", "stranden", "platsen", "liden", "slingan", "vägen",
        "piren", "bron", "udden", "ringen", "kroken", "höjden", "hagen", "lunden",
        "street", "road", "avenue", "lane",
    ]

    /// Prepositions that introduce where the charger stands.
    public static let locationPrepositions: WordSet = [
        "vid", "på", "hos", "i", "utanför", "intill", "invid", "bredvid", "bakom", "framför", "nära", "at", "in", "outside", "near", "of", "behind",
        "beside", "mittemot", "opposite",
        // "på P-däcket ovanför Coop Forum": a deck or roof above the site.
        "ovanför", "nedanför", "above",
        // "laddstolpen mellan Ishallen och simhallen": the first of the two places it stands between.
        "mellan", "between",
        // "jag kör förbi kyrkan i Falköping varje dag och laddaren där …": the place driven past.
        "förbi",
        // Norwegian and Danish visitors write "laderen ved Kallbadhuset".
        "ved",
    ]

    /// What stands somewhere, or is left there: "the charger by the Scandic Ferrum", "parked by
    /// the entrance". Only after one of these is English "by" a place, not the doer ("hit by a
    /// Volvo", "damaged by Securitas staff", "caused by Ellevio").
    public static let standingThings: WordSet = [
        "charger", "chargers", "station", "stations", "point", "points", "post", "posts", "unit", "units", "wallbox", "box",
        "one", "ones", "parked", "located", "situated", "stands", "standing", "installed", "mounted",
    ]

    /// Nouns that continue a place name ("Stadshusets parkering", "Folkets hus", "Kvarnbyparken car park").
    public static let placeNouns: WordSet = [
        "parkering", "parkeringen", "parkeringshus", "hus", "huset", "simhall", "friluftsområde", "garage", "garaget", "centrum",
        "gallerian", "torg", "lodge", "car park", "parking", "station", "stationen", "hamn", "skola", "skolan", "idrottsplats",
        "arena", "hallen", "kyrka", "kapell", "kapellet", "chapel", "bibliotek", "vårdcentral", "sjukhus", "camping", "depå", "depån",
        "biblioteket", "sjukhuset", "kyrkan", "hamnen", "torget", "vårdcentralen", "simhallen", "arenan", "idrottsplatsen", "campingen",
        // "vid travbanan i Tierp", "vid hälsocentralen i Åre": more places a charger is put up at.
        "hälsocentral", "hälsocentralen", "apotek", "apoteket", "teater", "teatern", "biograf", "biografen",
        "pizzeria", "pizzerian", "bageri", "bageriet", "brygga", "bryggan", "travbana", "travbanan", "galoppbana", "galoppbanan",
        "begravningsplats", "begravningsplatsen", "vattenverk", "vattenverket", "värmeverk", "värmeverket", "gruppboende", "gruppboendet",
        "gästgiveri", "gästgiveriet", "lanthandel", "lanthandeln", "bilprovning", "bilprovningen", "tandvården",
        "skolgården", "badhuset", "ishallen", "kvarter", "kvarteret", "köpcentrum", "industriområde", "industriområdet", "handelsområde", "handelsområdet",
        "företagspark", "business park", "industrial estate", "retail park", "bus depot", "bus station", "bus garage", "bus terminal", "car wash", "rest area", "rest stop", "service area", "hall", "gård", "gården", "yard", "library", "hospital", "marina", "harbour", "stadium", "campsite", "depot", "church", "school",
        "badhus", "lasarett", "lasarettet", "kommunhus", "kommunhuset", "stadshus", "sporthall", "sporthallen", "förskola", "förskolan",
        "warehouse", "butik", "butiken", "varuhus", "varuhuset", "köpcenter", "köpcentret", "gym", "gymmet", "mall", "supermarket",
        "baths", "pool", "centre", "center", "airport", "stop", "lay-by", "layby", "museum", "campus", "clinic", "flygplats", "flygplatsen", "museet",
        "ishall", "idrottshall", "idrottshallen", "äldreboende", "äldreboendet", "golfklubb", "golfklubben",
        // A ski slope: "Hällbergets skidbacke utanför Sveg".
        "skidbacke", "skidbacken", "slalombacke", "slalombacken", "skidanläggning", "skidanläggningen", "ski slope",
        "care home", "nursing home", "retirement home", "camping site", "caravan park", "holiday village", "ski resort", "guest harbour",
        "terminal", "terminalen", "färjeläge", "färjeläget", "kaj", "kajen", "quay", "pier",
        // "at the Hönö ferry landing": English for "färjeläget".
        "ferry landing", "ferry terminal", "ferry port", "ferry quay",
        // "the DC charger on the main square", "in Hjo town square": a town's square, as "torget".
        "square", "town square", "main square", "market square",
        "club", "clubhouse", "klubbhus", "klubbhuset", "gästhamn", "gästhamnen", "småbåtshamn", "småbåtshamnen",
        "marinan", "båtklubb", "båtklubben", "färjeterminal", "färjeterminalen", "lantbruk", "lantbruket",
        "gårdsbutik", "gårdsbutiken", "farm shop", "taxidepå", "taxidepån", "taxi depot",
        // A sports ground: "Björkövallen", "Idrottsvallen", "fotbollsplanen".
        "vallen", "idrottsvallen", "fotbollsplan", "fotbollsplanen", "sports ground", "football ground",
        // Kinds of place that sites are named by ("Resecentrum Kalmar", "Vandrarhemmet Kulan"),
        // which writers leave out or put in the other language.
        "mack", "resecentrum", "resecentrumet", "järnvägsstation", "järnvägsstationen", "busstation", "busstationen", "bussdepå", "bussdepån",
        "vårdboende", "vårdboendet", "gymnasium", "gymnasiet", "gymnasieskola", "gymnasieskolan", "högskola", "högskolan",
        "universitet", "universitetet", "vandrarhem", "vandrarhemmet", "stugby", "stugbyn", "golfbana", "golfbanan", "galleria",
        "fabrik", "fabriken", "sågverk", "sågverket", "sawmill", "reningsverk", "reningsverket", "kraftverk", "kraftverket",
        "återvinningscentral", "återvinningscentralen", "badplats", "badplatsen", "kursgård", "kursgården", "biltvätt", "biltvätten", "brandstation", "brandstationen",
        "university", "college", "hostel", "motel", "kindergarten", "preschool", "campground", "factory",
        "logistikcenter", "logistikcentret", "logistikcentrum", "församlingshem", "församlingshemmet", "lagret", "lagerhallen", "lagerlokalen",
        "dealership", "car dealership", "showroom", "bilhall", "bilhallen", "workshop", "verkstad", "verkstaden",
        // A horse farm and a guesthouse: "Stall Björkhagen", "pensionatet i Leksand".
        "stall", "stallet", "ridskola", "ridskolan", "ridhus", "ridhuset", "stable", "stables", "riding school",
        "pensionat", "pensionatet", "guesthouse", "guest house",
        // "the charger at the campsite reception in Båstad": a reception named by its place.
        "reception",
        // "på kliniken (Djurkliniken Hjorten)", "vid djurkliniken i Örnsköldsvik": Swedish says "clinic" as "klinik".
        "klinik", "kliniken",
        // Common places in the definite form, which a town may follow: "vid hotellet i Åre", "vid macken i Heby".
        "hotellet", "restaurangen", "macken", "affären",
        // "Folkets park i Eslöv", "Rådhus park": a park named by what stands before it.
        "park", "parken", "folkpark", "folkparken",
        // English kinds of place after a name: "Tingvalla ice rink", "the Navet office building".
        "multi-storey", "multistorey", "parking garage", "parking deck",
        // "i vår fjällstuga (Fjällstugan, Ramundberget)": a cabin, which a name and a town may follow.
        "stuga", "stugan", "cabin", "cottage",
        "ice rink", "rink", "bowling alley", "bowling centre", "cinema", "swimming pool", "office building", "office block", "sports centre", "leisure centre", "farm", "bath house", "bathhouse",
        // Offices that are public places by what they serve ("vid turistbyrån i Visby"); the
        // writer's own "kontoret" stays their workplace (`LocationFinder.officeNouns`).
        "turistbyrå", "turistbyrån", "harbour office", "tourist office",
        // A housing area a name follows: "i radhusområdet Gräsandens samfällighet i Eskilstuna".
        "radhusområde", "radhusområdet", "bostadsområde", "bostadsområdet", "villaområde", "villaområdet",
    ]

    /// Site-type words that start a place name ("Hotell Norrsken", "Rastplats Fallskogen").
    public static let siteTypeWords: WordSet = [
        "brf", "p-huset", "p-hus", "hotell", "hotel", "restaurang", "restaurant", "café", "cafe", "kafé", "kafe", "rastplats", "camping", "infartsparkering",
        "infartsparkeringen", "pendelparkeringen", "pendelparkering", "kv", "rastplatsen", "p-däck", "p-däcket",
    ]

    /// Capitalised words that are never a place: months, weekdays, brands, greetings.
    public static let notPlaces: WordSet = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
        "january", "february", "march", "may", "june", "july", "august", "october", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "hej", "hi", "hello",
        "easee", "zaptec", "garo", "abb", "wallbox", "tesla", "polestar", "volvo", "kia", "vw", "the", "our", "my", "your",
        "vår", "våra", "vårt", "min", "mitt", "er", "ert", "laddalliansen", "appen", "app", "portal", "portalen", "gäst", "natt", "morse",
        "helgen", "veckan", "dag", "går", "kväll", "eftermiddag", "morgon", "tid", "somras", "höstas", "våras", "vintras",
        // Time adverbs written as one word: "på granstigen 11 i alingsås idag" ends a town, not a two-word name.
        "idag", "igår", "imorse", "ikväll", "inatt", "imorgon", "today", "yesterday", "tonight", "tomorrow",
        // "sorry for writing in English": a language is no place.
        "english", "engelska",
        // "two of the RFID cards": a kind of card or part, written in capitals, is no place's name.
        "rfid", "sim", "led", "rfids", "sims", "leds", "evs", "bevs", "phevs",
        // "230 V på L1 och L2", "kabelskon på N-ledaren": an electrician's phases and conductors.
        "l1", "l2", "l3", "n-ledaren", "pe-ledaren", "n-ledare", "pe-ledare",
        // "svarar inte på Reset eller TriggerMessage", "set back to Operative": OCPP's messages and
        // states, which a charge point operator writes with capitals, name no place.
        "reset", "triggermessage", "operative", "inoperative", "available", "unavailable", "faulted", "preparing", "finishing",
        "bootnotification", "statusnotification", "metervalues", "starttransaction", "stoptransaction", "remotestarttransaction",
        "remotestoptransaction", "changeavailability", "unlockconnector", "getdiagnostics", "updatefirmware", "heartbeat",
        // "ett sprucket handtag på CCS-kontakten": a connector's standard names a part, not a place.
        "ccs", "ccs2", "chademo",
        // "(S/N ZAP780101)", "ID: …": the label of a serial or an id.
        "s/n", "serienr", "serienummer", "serial", "id", "evse",
        // "EV Charger Fault", "Urgent: Charger Down", "Laddare Trasig": a subject's words of the fault, capitalised as titles are.
        "fault", "faulty", "broken", "down", "issue", "issues", "problem", "problems", "error", "urgent", "trasig", "trasiga", "sönder", "brådskande",
        // "Garage Charger": the charger itself is no part of its place's name.
        "charger", "chargers",
        // "Laddare Företaget": the writer's firm, unnamed.
        "företaget",
    ]
}
