/// The words the rules look for, Swedish and English side by side. Everything here is folded
/// before use (lower case, no diacritics), so "säkring" also finds "sakring". A trailing `*`
/// makes a word a stem. Weights say how strongly a phrase points at a category.
///
/// These lists describe how people report charger faults in general; none is taken from one
/// particular message.
public enum Vocabulary {
    // The lists of each field are in Vocabulary+Category, +Kind, +Location and +Owner.

    // MARK: Language

    /// Not "min": it is English for minutes ("stops after 2 min").
    public static let swedishWords: WordSet = [
        "och", "att", "det", "är", "inte", "på", "för", "med", "som", "jag", "vi", "har", "den", "en", "ett", "till", "av",
        "kan", "ni", "hej", "vår", "våra", "mitt", "eller", "men", "om", "så", "från", "nu", "sedan", "sen", "efter", "när",
        "laddbox", "laddboxen", "laddstolpe", "laddstolpen", "laddaren", "tack", "hälsningar", "mvh", "också", "gärna", "här", "där",
        "bara", "inga", "ingen", "inget", "helt", "vid", "hos", "oss", "er", "ert", "vill", "ska", "skulle", "finns", "står",
    ]

    public static let englishWords: WordSet = [
        "the", "and", "is", "are", "to", "of", "in", "it", "for", "on", "with", "we", "you", "i'm", "i've", "have", "has", "not", "this",
        "that", "our", "my", "be", "at", "or", "but", "if", "so", "from", "now", "since", "after", "when", "charger", "please",
        "thanks", "thank", "regards", "hello", "hi", "dear", "was", "there", "can", "could", "would", "will", "just", "no", "any",
        // Words of short reports that Swedish does not share: one-liners from phones have few function words.
        "charging", "cable", "stuck", "help", "broken", "dead", "stopped", "stops", "again", "won't", "doesn't", "isn't", "working",
        "plug", "plugged", "light", "car",
        // The labels of a portal's English alarm ("Charge point: …\nSite: …\nStatus: Faulted\nError
        // code: GroundFailure"), which has no function words at all.
        "site", "connector", "faulted", "time", "code", "reported",
        // A forwarder's note above the original ("Please handle.", "FYI, see below."): the own text is English.
        "handle", "below", "fyi", "see", "forwarding", "forwarded",
    ]

    // MARK: Contract

    /// Words after which a number of the form YYYY-NNNN is read as an agreement number.
    public static let contractKeywords: [String] = [
        "avtal", "avtalet", "avtalsnummer", "avtalsnr", "avtalsnumret", "serviceavtal", "serviceavtalet", "supportavtal", "supportavtalet",
        "sla", "agreement", "contract", "agreements", "contracts", "service agreement",
        "kontrakt", "kontraktet", "kontraktsnummer", "kontraktsnr", "serviceavtalsnummer",
        // "Vi har SLA-avtal 2023-0950": the prefix joined to the agreement word by a hyphen.
        "sla-avtal", "sla-avtalet", "sla-avtalsnummer", "sla-nummer", "sla-nr", "sla-agreement", "sla-kontrakt", "service-avtal",
    ]

    /// Words that make the next number something other than an agreement number.
    public static let otherNumberKeywords: WordSet = [
        "faktura", "fakturanr", "fakturanummer", "fakturan", "order", "ordernr", "ordernummer", "inköpsorder", "inköpsordernummer", "po",
        "ärende", "ärendenummer", "ärendenr", "case", "ticket", "kund", "kundnr", "kundnummer", "customer", "org", "orgnr",
        "organisationsnummer", "tel", "telefon", "phone", "mobil", "diarienummer", "diarienr", "dnr", "referens", "ref", "invoice",
        "incident", "tenant", "hyresgäst", "lgh", "lägenhet", "apt", "apartment", "plats", "space", "bay", "spot", "slot", "polisanmälan", "arbetsorder",
        "arbetsordernummer", "rapport", "händelserapport", "nr.", "k",
    ]
}
