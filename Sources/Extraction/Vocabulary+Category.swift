/// The fault categories' words and phrases, each with the category it points at and how
/// strongly, and the words that qualify them (negations, past faults, a charger still charging).
extension Vocabulary {
    /// Words are folded before matching (å→a, ö→o), so a Swedish word must not fold into a
    /// common English one: "låst" would match "last night", "bränd" would match "brand new".
    /// Such words appear here only inside phrases ("är låst", "är bränd").
    public static let category: [(String, Report.Category, Double)] = [
        // physical damage: hit, vandalised, broken parts, exposed wires
        ("påkörd*", .physicalDamage, 3), ("kört på", .physicalDamage, 3), ("körde på", .physicalDamage, 3), ("backat in", .physicalDamage, 3),
        ("backade in", .physicalDamage, 3), ("backat på", .physicalDamage, 3), ("dingla*", .physicalDamage, 3), ("skyddslock*", .physicalDamage, 2.5), ("ristat", .physicalDamage, 3), ("ristade", .physicalDamage, 3), ("brännmärk*", .physicalDamage, 3), ("luktar plast", .physicalDamage, 2.5),
        // "laddkabeln har fått ett jack och man ser de inre ledarna": a nick and the conductors bared.
        ("fått ett jack", .physicalDamage, 3), ("inre ledarna", .physicalDamage, 3), ("ledarna syns", .physicalDamage, 3),
        // "någon har sågat av kabeln", "a truck reversed into it": the cable sawn off, the unit backed into.
        ("sågat av", .physicalDamage, 3), ("sågats av", .physicalDamage, 3), ("avsågad", .physicalDamage, 3), ("sawn off", .physicalDamage, 3),
        ("sawed off", .physicalDamage, 3), ("när den backade", .physicalDamage, 2.5),
        ("backed into", .physicalDamage, 3), ("delar på marken", .physicalDamage, 2.5), ("parts on the ground", .physicalDamage, 2.5),
        // "somebody drove over the cable … the plastic around the plug is crushed".
        ("drove over", .physicalDamage, 3), ("driven over", .physicalDamage, 3), ("crushed", .physicalDamage, 2.5),
        ("backade på", .physicalDamage, 3), ("lossbrut*", .physicalDamage, 3), ("run over", .physicalDamage, 3), ("ran over", .physicalDamage, 3), ("flattened", .physicalDamage, 2.5),
        ("broke the holder", .physicalDamage, 3), ("broke the handle", .physicalDamage, 3), ("broke the cable", .physicalDamage, 3), ("broke the screen", .physicalDamage, 3), ("broke the display", .physicalDamage, 3), ("broke the cover", .physicalDamage, 3),
        ("skadegörelse", .physicalDamage, 3), ("vandaliser*", .physicalDamage, 3), ("vandalism", .physicalDamage, 3),
        ("graffiti", .physicalDamage, 2.5), ("klotter", .physicalDamage, 2.5), ("klottra*", .physicalDamage, 2.5), ("sprayat", .physicalDamage, 2.5),
        // "någon har sprejat färg i kontakten": the Swedish spelling of the same.
        ("sprejat", .physicalDamage, 2.5), ("sprejad", .physicalDamage, 2.5), ("sprayad", .physicalDamage, 2.5),
        // "skärmen … är repad så att man inte kan läsa något": scratched past reading.
        ("repad", .physicalDamage, 2.5), ("repig", .physicalDamage, 2.5), ("repat", .physicalDamage, 2.5), ("scratched", .physicalDamage, 2.5),
        // "kablaget … har blivit avbitet av möss": bitten through, as "gnagt".
        ("avbit*", .physicalDamage, 3), ("bitten through", .physicalDamage, 3),
        // "someone glued the card reader shut": vandalism.
        ("glued", .physicalDamage, 2.5), ("limmat igen", .physicalDamage, 3), ("limmats igen", .physicalDamage, 3),
        ("i kras", .physicalDamage, 3), ("sprayfärg", .physicalDamage, 2.5), ("i bitar", .physicalDamage, 3), ("rasat", .physicalDamage, 3), ("water pooling", .physicalDamage, 3), ("fogged up", .physicalDamage, 2.5), ("misted up", .physicalDamage, 2.5), ("vridit av", .physicalDamage, 3), ("vridits av", .physicalDamage, 3), ("bröt av", .physicalDamage, 3), ("hängt sig i laddkabeln", .physicalDamage, 3.5), ("hängt sig i kabeln", .physicalDamage, 3.5), ("hängde i kabeln", .physicalDamage, 3), ("kontakten gått sönder", .physicalDamage, 3), ("kontakten har gått sönder", .physicalDamage, 3), ("handtaget har gått sönder", .physicalDamage, 3), ("kabeln har gått sönder", .physicalDamage, 3), ("in i en av laddboxarna", .physicalDamage, 3), ("in i laddboxarna", .physicalDamage, 3), ("in i en av laddarna", .physicalDamage, 3), ("in i en laddbox", .physicalDamage, 3), ("in i en laddstolpe", .physicalDamage, 3), ("i stykker", .physicalDamage, 3), ("revet af", .physicalDamage, 3), ("revet av", .physicalDamage, 3), ("kjørt på", .physicalDamage, 3), ("påkjørt", .physicalDamage, 3), ("kørt ind i", .physicalDamage, 3), ("på skrå", .physicalDamage, 2.5), ("ødelagt", .physicalDamage, 3), ("vatten inuti", .physicalDamage, 3), ("står vatten", .physicalDamage, 3), ("bränt plast", .physicalDamage, 3), ("bränd plast", .physicalDamage, 3), ("lukt av bränt", .physicalDamage, 3), ("burnt plastic", .physicalDamage, 3), ("burning plastic", .physicalDamage, 3), ("doesn't lock in the holder", .physicalDamage, 3.5), ("won't stay in the holder", .physicalDamage, 3.5), ("doesn't stay in the holder", .physicalDamage, 3.5), ("falls out of the holder", .physicalDamage, 3.5), ("sitter inte kvar i hållaren", .physicalDamage, 3.5), ("ramlar ur hållaren", .physicalDamage, 3.5), ("faller ur hållaren", .physicalDamage, 3.5), ("hit it", .physicalDamage, 3), ("kabeln är sönder", .physicalDamage, 3), ("laddkabeln är sönder", .physicalDamage, 3), ("ryckt ut", .physicalDamage, 2.5), ("handtaget var av", .physicalDamage, 3), ("handtaget är av", .physicalDamage, 3), ("några trådar", .physicalDamage, 2.5), ("hanging by a thread", .physicalDamage, 3), ("bashed", .physicalDamage, 3), ("gnawed", .physicalDamage, 3), ("översvämm*", .physicalDamage, 3), ("stod i vatten", .physicalDamage, 3), ("flooded", .physicalDamage, 3), ("flood", .physicalDamage, 2.5), ("burn marks", .physicalDamage, 3), ("burn mark", .physicalDamage, 3), ("soot", .physicalDamage, 3), ("sooty", .physicalDamage, 3), ("sotig*", .physicalDamage, 3), ("avgrävd*", .physicalDamage, 3), ("grävts av", .physicalDamage, 3), ("kört över", .physicalDamage, 3), ("körde över", .physicalDamage, 3), ("körts över", .physicalDamage, 3), ("hack i kabeln", .physicalDamage, 3), ("hack i laddkabeln", .physicalDamage, 3), ("a hole", .physicalDamage, 2.5), ("hole in the", .physicalDamage, 2.5), ("ärgat", .physicalDamage, 3), ("ärgade", .physicalDamage, 3), ("fukt", .physicalDamage, 2), ("fuktskad*", .physicalDamage, 3), ("trängt in", .physicalDamage, 2.5), ("kommer in regn", .physicalDamage, 3), ("regn kommer in", .physicalDamage, 3), ("gummilist*", .physicalDamage, 2.5), ("bänt loss", .physicalDamage, 3), ("bänts loss", .physicalDamage, 3), ("bända loss", .physicalDamage, 3), ("bändes loss", .physicalDamage, 3), ("i en skruv", .physicalDamage, 2.5), ("klämts", .physicalDamage, 3), ("klämd", .physicalDamage, 2.5), ("klämda", .physicalDamage, 2.5), ("klämt", .physicalDamage, 2.5), ("detached", .physicalDamage, 2.5), ("hanging by its cable", .physicalDamage, 3), ("skadat", .physicalDamage, 2), ("corrosion", .physicalDamage, 3), ("corroded", .physicalDamage, 3), ("korrosion*", .physicalDamage, 3), ("korroder*", .physicalDamage, 3), ("åverkan", .physicalDamage, 3), ("omkull", .physicalDamage, 3), ("fell over", .physicalDamage, 3), ("nicked", .physicalDamage, 3), ("pinched", .physicalDamage, 2.5), ("är smält", .physicalDamage, 3), ("stiften är svarta", .physicalDamage, 3.5), ("svarta stift", .physicalDamage, 3.5), ("pins are black", .physicalDamage, 3.5), ("blackened", .physicalDamage, 2.5), ("tätning*", .physicalDamage, 2.5), ("seal", .physicalDamage, 2), ("gasket", .physicalDamage, 2.5), ("genomnöt*", .physicalDamage, 3), ("nött igenom", .physicalDamage, 3), ("worn through", .physicalDamage, 3), ("trådarna syns", .physicalDamage, 3), ("syns trådarna", .physicalDamage, 3), ("trådarna sticker ut", .physicalDamage, 3), ("came apart", .physicalDamage, 3), ("fell apart", .physicalDamage, 3), ("gick isär", .physicalDamage, 3), ("gått isär", .physicalDamage, 3), ("se rakt in", .physicalDamage, 3), ("see right into", .physicalDamage, 3), ("sprickbildning", .physicalDamage, 3), ("nedklottr*", .physicalDamage, 3), ("slagit in", .physicalDamage, 3), ("slagits in", .physicalDamage, 3), ("bränd fläck", .physicalDamage, 3), ("brända fläckar", .physicalDamage, 3), ("deformera*", .physicalDamage, 2.5), ("deformed", .physicalDamage, 2.5), ("ett hål", .physicalDamage, 2.5), ("genomborr*", .physicalDamage, 3), ("crooked", .physicalDamage, 2.5), ("chewing gum", .physicalDamage, 3), ("tuggummi", .physicalDamage, 3), ("rasade", .physicalDamage, 3), ("collapsed", .physicalDamage, 3), ("in pieces", .physicalDamage, 3), ("to pieces", .physicalDamage, 3), ("bända upp", .physicalDamage, 3), ("bänt upp", .physicalDamage, 3), ("bändes upp", .physicalDamage, 3), ("kofot", .physicalDamage, 2.5), ("crowbar", .physicalDamage, 2.5), ("tejpat över", .physicalDamage, 2.5), ("brutit sönder", .physicalDamage, 3), ("slagit sönder", .physicalDamage, 3), ("slagits sönder", .physicalDamage, 3), ("sprejfärg", .physicalDamage, 2.5), ("spray paint", .physicalDamage, 2.5),
        ("spraymålat", .physicalDamage, 2.5), ("spray-painted", .physicalDamage, 2.5), ("spray painted", .physicalDamage, 2.5),
        ("krossad*", .physicalDamage, 2), ("krossat", .physicalDamage, 2.5), ("krossats", .physicalDamage, 2.5), ("sönder*", .physicalDamage, 1.5), ("spruck*", .physicalDamage, 2), ("knäckt*", .physicalDamage, 2.5),
        ("avriv*", .physicalDamage, 3), ("stulen", .physicalDamage, 3), ("stulits", .physicalDamage, 3), ("stulit", .physicalDamage, 3), ("stulet", .physicalDamage, 3), ("stulna", .physicalDamage, 3),
        ("snott", .physicalDamage, 2.5), ("stöld", .physicalDamage, 3), ("regnar in", .physicalDamage, 2),
        ("sparkat", .physicalDamage, 2), ("brann", .physicalDamage, 3), ("är bränd", .physicalDamage, 3), ("brända", .physicalDamage, 2.5), ("luktar bränt", .physicalDamage, 3), ("luktade bränt", .physicalDamage, 3), ("luktade det bränt", .physicalDamage, 3), ("luktar det bränt", .physicalDamage, 3), ("small till", .physicalDamage, 2), ("lukta bränt", .physicalDamage, 3), ("luktat bränt", .physicalDamage, 3),
        // "guests report a burning smell from the charger": something in it has overheated.
        // "det hänger kablar ut ur stolpen": wires out of the housing are exposed wires, however they are put.
        ("hänger kablar ut", .physicalDamage, 3), ("kablar hänger ut", .physicalDamage, 3), ("hänger ut kablar", .physicalDamage, 3), ("hänger det ut kablar", .physicalDamage, 3),
        // A cover left open on a charger: "luckan på laddstolpen står öppen … det ser farligt ut".
        ("luckan står öppen", .physicalDamage, 3), ("står öppen", .physicalDamage, 2), ("luckan stod öppen", .physicalDamage, 3), ("locket står öppet", .physicalDamage, 3),
        ("the hatch is open", .physicalDamage, 3), ("the cover is open", .physicalDamage, 3), ("ser farligt ut", .physicalDamage, 2),
        ("looks dangerous", .physicalDamage, 2), ("kablarna hänger ut", .physicalDamage, 3),
        // The same in a guard's past tense: "hade brutits upp och kablar hängde ut".
        ("kablar hängde ut", .physicalDamage, 3), ("kablarna hängde ut", .physicalDamage, 3), ("hängde kablar ut", .physicalDamage, 3),
        ("brutits upp", .physicalDamage, 3), ("brutit upp", .physicalDamage, 3), ("bryta upp", .physicalDamage, 3),
        // "har blivit överkörd av en sopbil": run over, as "påkörd" is run into.
        ("överkörd", .physicalDamage, 3), ("överkört", .physicalDamage, 3), ("överkörts", .physicalDamage, 3), ("bröt upp", .physicalDamage, 3), ("bröts upp", .physicalDamage, 3),
        // A lid gone in a storm: "locket har försvunnit och elektroniken ligger öppen", "luckan har blåst bort".
        ("ligger öppen", .physicalDamage, 2.5), ("ligger öppet", .physicalDamage, 2.5), ("ligger öppna", .physicalDamage, 2.5),
        ("blåst bort", .physicalDamage, 3), ("blåste bort", .physicalDamage, 3), ("blew away", .physicalDamage, 3),
        ("sladdar hänger ut", .physicalDamage, 3), ("wires hanging out", .physicalDamage, 3), ("wires are hanging out", .physicalDamage, 3),
        ("hanging cable", .physicalDamage, 3), ("cable is hanging", .physicalDamage, 3), ("hanging wires", .physicalDamage, 3), ("loose wires", .physicalDamage, 3), ("hanging loose", .physicalDamage, 2.5), ("hangs loose", .physicalDamage, 2.5),
        ("burning smell", .physicalDamage, 3), ("smell of burning", .physicalDamage, 3), ("smells burnt", .physicalDamage, 3), ("smells burned", .physicalDamage, 3),
        // A fire, and what it leaves: "vi släckte en mindre brand i laddstolpen … Stolpen är förstörd".
        ("förstörd", .physicalDamage, 3), ("förstört", .physicalDamage, 3), ("förstördes", .physicalDamage, 3), ("destroyed", .physicalDamage, 3),
        ("brand i laddstolpen", .physicalDamage, 3.5), ("brand i laddaren", .physicalDamage, 3.5), ("brand i laddboxen", .physicalDamage, 3.5),
        ("caught fire", .physicalDamage, 3.5), ("on fire", .physicalDamage, 3), ("fire in the charger", .physicalDamage, 3.5),
        ("bränd lukt", .physicalDamage, 3), ("brandlukt", .physicalDamage, 3), ("missfärgad*", .physicalDamage, 2.5), ("blir varm", .physicalDamage, 1.5),
        ("blir het", .physicalDamage, 2), ("överhett*", .physicalDamage, 2.5), ("ryker", .physicalDamage, 2.5), ("ryka", .physicalDamage, 2.5), ("har rykt", .physicalDamage, 2.5), ("smoke", .physicalDamage, 2.5),
        ("smoking", .physicalDamage, 2.5), ("overheat*", .physicalDamage, 2.5), ("discoloured", .physicalDamage, 2.5), ("discolored", .physicalDamage, 2.5), ("brinner", .physicalDamage, 3), ("brandskad*", .physicalDamage, 3),
        ("klippt*", .physicalDamage, 2.5), ("klippte av", .physicalDamage, 3), ("avklippt*", .physicalDamage, 3), ("avskur*", .physicalDamage, 3), ("skurit av", .physicalDamage, 3),
        ("skurits av", .physicalDamage, 3), ("skuren", .physicalDamage, 2.5), ("polisanmäl*", .physicalDamage, 2), ("cut through", .physicalDamage, 3), ("kabeln är av", .physicalDamage, 3), ("trasig*", .physicalDamage, 1.5), ("söndrig*", .physicalDamage, 1.5),
        // Finland-Swedish "söndrig" for "trasig"; bent contact pins: "stiften är böjda", "bent pins".
        ("stiften är böjda", .physicalDamage, 3), ("böjda stift", .physicalDamage, 3), ("bent pins", .physicalDamage, 3), ("pins are bent", .physicalDamage, 3),
        // Slang for broken: "e paj", "har pajat", "pajjat".
        ("paj", .physicalDamage, 1.5), ("paja*", .physicalDamage, 1.5), ("pajj*", .physicalDamage, 1.5), ("spricka", .physicalDamage, 2),
        ("sprickor", .physicalDamage, 2), ("spräckt*", .physicalDamage, 2), ("avslit*", .physicalDamage, 3), ("slitit av", .physicalDamage, 3), ("gått av", .physicalDamage, 3), ("gick av", .physicalDamage, 3), ("slitits av", .physicalDamage, 3), ("ryckt av", .physicalDamage, 3),
        ("ryckts av", .physicalDamage, 3), ("brutit av", .physicalDamage, 3), ("torn off", .physicalDamage, 3), ("ripped off", .physicalDamage, 3),
        ("ripped out", .physicalDamage, 3), ("snapped off", .physicalDamage, 3), ("avbrut*", .physicalDamage, 2.5),
        // A part broken or knocked away: "någon har brutit bort luckan", "luckan är bortslagen", "the lid broke off".
        ("brutits loss", .physicalDamage, 3), ("brutit loss", .physicalDamage, 3), ("bröts loss", .physicalDamage, 3), ("panelen glappar", .physicalDamage, 3),
        ("brutit bort", .physicalDamage, 3), ("brutits bort", .physicalDamage, 3), ("bröt bort", .physicalDamage, 3), ("bortbrut*", .physicalDamage, 3),
        ("slagit bort", .physicalDamage, 3), ("slagits bort", .physicalDamage, 3), ("bortslag*", .physicalDamage, 3),
        ("broken off", .physicalDamage, 3), ("broke off", .physicalDamage, 3),
        // "den saknar lucka": a part the charger should have is not there.
        ("saknar lucka", .physicalDamage, 2.5), ("saknar luckan", .physicalDamage, 2.5), ("saknar locket", .physicalDamage, 2.5),
        ("saknar kåpan", .physicalDamage, 2.5), ("saknar hållaren", .physicalDamage, 3),
        // "stolpen står utan lucka", "the post is without its cover".
        ("utan lucka", .physicalDamage, 2.5), ("utan luckan", .physicalDamage, 2.5), ("utan lock", .physicalDamage, 2.5), ("utan kåpa", .physicalDamage, 2.5),
        ("without its cover", .physicalDamage, 2.5), ("without a cover", .physicalDamage, 2.5), ("missing its cover", .physicalDamage, 2.5),
        ("uppbänd*", .physicalDamage, 3), ("lutar", .physicalDamage, 1.5), ("böjd", .physicalDamage, 2), ("böjt till", .physicalDamage, 2.5), ("böjt", .physicalDamage, 2), ("lossna*", .physicalDamage, 1.5),
        // A cover or hatch that has come loose: "en lös frontlucka", "kåpan är lös".
        ("lös lucka", .physicalDamage, 2.5), ("lös front*", .physicalDamage, 2.5), ("lös kåpa", .physicalDamage, 2.5), ("luckan är lös", .physicalDamage, 2.5),
        ("kåpan är lös", .physicalDamage, 2.5),
        // The parts the category names: "broken cable, handle or holder", as writers put them.
        ("trasig kabel", .physicalDamage, 3), ("trasig laddkabel", .physicalDamage, 3), ("trasigt handtag", .physicalDamage, 3),
        ("trasig handtag", .physicalDamage, 3), ("trasig hållare", .physicalDamage, 3), ("trasig kontakt", .physicalDamage, 2.5),
        ("kabeln är trasig", .physicalDamage, 3), ("handtaget är trasigt", .physicalDamage, 3), ("hållaren är trasig", .physicalDamage, 3),
        ("kontakten är trasig", .physicalDamage, 2.5), ("broken cable", .physicalDamage, 3), ("broken handle", .physicalDamage, 3),
        ("broken holder", .physicalDamage, 3), ("broken holster", .physicalDamage, 3), ("loose holster", .physicalDamage, 3), ("loose holder", .physicalDamage, 3),
        ("lös kabel", .physicalDamage, 2.5), ("hänger ut ur", .physicalDamage, 2.5), ("lös hållare", .physicalDamage, 2.5), ("har lossnat", .physicalDamage, 2), ("broken plug", .physicalDamage, 2.5),
        ("cable is broken", .physicalDamage, 3), ("handle is broken", .physicalDamage, 3), ("holder is broken", .physicalDamage, 3),
        ("plug is broken", .physicalDamage, 2.5),
        ("trasig display", .physicalDamage, 3), ("trasig skärm", .physicalDamage, 3), ("displayen är trasig", .physicalDamage, 3), ("skärmen är trasig", .physicalDamage, 3),
        ("broken display", .physicalDamage, 3), ("broken screen", .physicalDamage, 3), ("display is broken", .physicalDamage, 3), ("screen is broken", .physicalDamage, 3),
        ("hänger löst", .physicalDamage, 2), ("ser kopparn", .physicalDamage, 3), ("ser ledarna", .physicalDamage, 3), ("ser kablarna", .physicalDamage, 3),
        ("synliga kablar", .physicalDamage, 3), ("kabelhållare*", .physicalDamage, 1.5), ("kåpan", .physicalDamage, 1), ("handtaget", .physicalDamage, 1),
        ("skadad*", .physicalDamage, 2), ("skadats", .physicalDamage, 2.5), ("skadan", .physicalDamage, 1.5), ("brunnit", .physicalDamage, 3), ("smält*", .physicalDamage, 2),
        ("drove into", .physicalDamage, 3), ("driven into", .physicalDamage, 3), ("leaning", .physicalDamage, 2),
        ("kicked", .physicalDamage, 2.5), ("stolen", .physicalDamage, 3), ("stole", .physicalDamage, 3), ("stal kabeln", .physicalDamage, 3), ("stal laddkabeln", .physicalDamage, 3), ("stal sladden", .physicalDamage, 3), ("theft", .physicalDamage, 3), ("been cut", .physicalDamage, 3), ("deep cut", .physicalDamage, 3), ("has a cut", .physicalDamage, 3), ("was cut", .physicalDamage, 2.5),
        ("water ingress", .physicalDamage, 2.5), ("burnt", .physicalDamage, 2.5), ("burned", .physicalDamage, 2.5), ("melted", .physicalDamage, 2.5), ("scorch*", .physicalDamage, 2.5),
        ("hit by", .physicalDamage, 3), ("was hit", .physicalDamage, 3), ("been hit", .physicalDamage, 3), ("crashed into", .physicalDamage, 3),
        // "a lorry hit the charger and knocked it off its base".
        ("hit the charger", .physicalDamage, 3), ("struck by", .physicalDamage, 3), ("on its side", .physicalDamage, 2.5),
        ("poured something", .physicalDamage, 3), ("hällt något", .physicalDamage, 3), ("hällt i", .physicalDamage, 2.5), ("hit the post", .physicalDamage, 3), ("hit the unit", .physicalDamage, 3), ("knocked it off", .physicalDamage, 3),
        ("knocked off", .physicalDamage, 3),
        ("reversed into", .physicalDamage, 3), ("vandalised", .physicalDamage, 3), ("vandalized", .physicalDamage, 3), ("broken", .physicalDamage, 2),
        ("snapped", .physicalDamage, 2.5), ("cracked", .physicalDamage, 3), ("shattered", .physicalDamage, 3), ("jack i fronten", .physicalDamage, 3), ("jack i höljet", .physicalDamage, 3), ("stort jack", .physicalDamage, 3), ("out of the housing", .physicalDamage, 3), ("out of the unit", .physicalDamage, 2.5), ("wires and all", .physicalDamage, 2.5), ("yanked", .physicalDamage, 2.5), ("leaking water", .physicalDamage, 3), ("läcker vatten", .physicalDamage, 3), ("demolerad", .physicalDamage, 3), ("demolerat", .physicalDamage, 3), ("skador", .physicalDamage, 2), ("inbrott", .physicalDamage, 2), ("blöt inuti", .physicalDamage, 3), ("ramlat av", .physicalDamage, 3), ("ramlat bort", .physicalDamage, 3), ("crack in", .physicalDamage, 3), ("big crack", .physicalDamage, 3), ("smashed", .physicalDamage, 3), ("bent", .physicalDamage, 2),
        ("torn", .physicalDamage, 2), ("ripped", .physicalDamage, 2), ("exposed wires", .physicalDamage, 3), ("exposed", .physicalDamage, 1.5),
        ("damaged", .physicalDamage, 2), ("damage", .physicalDamage, 1.5), ("holder", .physicalDamage, 1), ("clipped it", .physicalDamage, 2), ("clipped", .physicalDamage, 2.5), ("leans", .physicalDamage, 2),
        ("rök", .physicalDamage, 3), ("rökutveckling", .physicalDamage, 3),
        ("lying on the ground", .physicalDamage, 2), ("ligger på marken", .physicalDamage, 2), ("hänger ner", .physicalDamage, 1.5),
        ("står snett", .physicalDamage, 2.5), ("sned", .physicalDamage, 2), ("snett", .physicalDamage, 1.5), ("tilted", .physicalDamage, 2),
        ("koppartrådar", .physicalDamage, 2.5), ("isolering*", .physicalDamage, 1.5), ("insulation", .physicalDamage, 1.5), ("split", .physicalDamage, 1.5),
        ("see the wires", .physicalDamage, 3), ("see the copper", .physicalDamage, 3),
        ("water inside", .physicalDamage, 2.5), ("water in the housing", .physicalDamage, 3), ("vatten inne i", .physicalDamage, 2.5),
        ("vatten i laddaren", .physicalDamage, 2.5), ("vatten i laddboxen", .physicalDamage, 2.5), ("lid is gone", .physicalDamage, 2.5),
        ("lid is missing", .physicalDamage, 2.5), ("cover is missing", .physicalDamage, 2.5), ("locket saknas", .physicalDamage, 2.5),
        // "The holster is gone", "hållaren saknas": a part that is no longer there was broken off.
        ("holster is gone", .physicalDamage, 3), ("holder is gone", .physicalDamage, 3), ("holster is missing", .physicalDamage, 3),
        ("holder is missing", .physicalDamage, 3), ("hållaren är borta", .physicalDamage, 3), ("hållaren saknas", .physicalDamage, 3),
        ("kåpan saknas", .physicalDamage, 3),
        // Damp and rust in the housing: "det är kondens inuti displayen och den har börjat rosta", "imma innanför fronten".
        ("kondens", .physicalDamage, 2), ("kondensen", .physicalDamage, 2), ("imma", .physicalDamage, 2), ("condensation", .physicalDamage, 2),
        ("rost", .physicalDamage, 2), ("rosta", .physicalDamage, 2), ("rostar", .physicalDamage, 2), ("rostat", .physicalDamage, 2),
        ("rostig", .physicalDamage, 2), ("rostiga", .physicalDamage, 2), ("rust", .physicalDamage, 2), ("rusty", .physicalDamage, 2),
        ("rusting", .physicalDamage, 2), ("rusted", .physicalDamage, 2),
        ("locket är borta", .physicalDamage, 2.5), ("luckan saknas", .physicalDamage, 2.5), ("buckla", .physicalDamage, 2.5), ("bucklig", .physicalDamage, 2.5),
        ("intryckt", .physicalDamage, 2.5), ("går inte att stänga", .physicalDamage, 2), ("dent", .physicalDamage, 2.5),
        ("dented", .physicalDamage, 2.5), ("won't close", .physicalDamage, 2), ("does not close", .physicalDamage, 2),

        // no power: dark, dead, breaker or RCD tripped
        ("strömlös*", .noPower, 3), ("helt död", .noPower, 3), ("stendöd", .noPower, 3), ("unpowered", .noPower, 3), ("no juice", .noPower, 3), ("saknar spänning", .noPower, 3), ("saknar helt spänning", .noPower, 3),
        ("saknar helt ström", .noPower, 3), ("har slagit ifrån", .noPower, 2.5), ("elskåp*", .noPower, 1.5), ("går inte att slå på", .noPower, 3), ("avslagen", .noPower, 2), ("stendött", .noPower, 3), ("stendöda", .noPower, 3), ("död", .noPower, 2), ("dött", .noPower, 2), ("döda", .noPower, 2), ("helt döda", .noPower, 3), ("helt dött", .noPower, 3), ("helt svart*", .noPower, 3),
        ("svart", .noPower, 1), ("släckt*", .noPower, 2.5), ("slockna*", .noPower, 2.5), ("ingen lampa", .noPower, 3), ("inga lampor", .noPower, 3), ("ingen av lamporna", .noPower, 3), ("none of the lights", .noPower, 3), ("ingen ström", .noPower, 1.5),
        ("inget ljus", .noPower, 2.5), ("lyser inte", .noPower, 2), ("lyser inte alls", .noPower, 3), ("säkring*", .noPower, 1.5), ("jordfelsbrytare*", .noPower, 2.5),
        // "proppen går varje gång jag börjar ladda": the fuse blows, as people say of the old screw-in kind.
        // "ingen ström alls": "alls" says the whole unit is dead, not only that no current reaches the car.
        // "ZAP… har slutat ladda helt, den är död": said outright of the unit, dead outweighs a stopped session.
        ("är död", .noPower, 2.5), ("är dött", .noPower, 2.5), ("är döda", .noPower, 2.5),
        ("ingen ström alls", .noPower, 3), ("no power at all", .noPower, 3), ("ingen el alls", .noPower, 3),
        ("proppen går", .noPower, 3), ("proppen gick", .noPower, 3), ("proppen har gått", .noPower, 3), ("propparna går", .noPower, 3), ("propparna gick", .noPower, 3),
        ("proppen löser ut", .noPower, 3),
        ("löser ut", .noPower, 2), ("löst ut", .noPower, 2), ("löste ut", .noPower, 2), ("har lösts ut", .noPower, 2), ("har gått", .noPower, 1), ("strömavbrott*", .noPower, 1.5), ("ingen display", .noPower, 2), ("displayen är svart", .noPower, 3),
        ("skärmen svart", .noPower, 3), ("reagerar inte på någonting", .noPower, 2), ("ingenting händer", .noPower, 1.5), ("inget händer", .noPower, 1.5), ("händer ingenting", .noPower, 1.5), ("händer inget", .noPower, 1.5),
        // Nothing after the start is pressed is a session that will not start, not a dead charger:
        // "när jag trycker på starta händer ingenting", "when I press start nothing happens".
        // "när jag trycker start händer inget i laddaren": the start the app sends does not take.
        ("trycker start", .chargingFailure, 2.5), ("tryckte start", .chargingFailure, 2.5),
        // "fungerar bara ibland, ungefär varannan gång startar laddningen inte": a session that fails now and then.
        ("fungerar bara ibland", .chargingFailure, 2.5), ("only works sometimes", .chargingFailure, 2.5), ("works only sometimes", .chargingFailure, 2.5),
        // "accepts the card but … no power flows to the car": power the charger has but does not pass on.
        ("power flows to the car", .chargingFailure, 3.5), ("power flowing to the car", .chargingFailure, 3.5),
        // "keeps saying 'Preparing' and never gets to 'Charging'", "the speed drops to almost nothing".
        ("preparing", .chargingFailure, 2), ("never gets to", .chargingFailure, 2), ("speed drops", .chargingFailure, 3), ("power drops", .chargingFailure, 3),
        ("hastigheten sjunker", .chargingFailure, 3), ("effekten sjunker", .chargingFailure, 3),
        // "Charging problems Sälen", "our car was never full in the mornings": the writer names the
        // failure in general words, and what it left them with.
        ("laddproblem", .chargingFailure, 2), ("laddningsproblem", .chargingFailure, 2), ("charging problem*", .chargingFailure, 2),
        ("charging issue*", .chargingFailure, 2), ("problems charging", .chargingFailure, 2), ("trouble charging", .chargingFailure, 2.5),
        ("never full", .chargingFailure, 2.5), ("never fully charged", .chargingFailure, 2.5), ("aldrig fulladdad", .chargingFailure, 2.5),
        ("aldrig fulladdade", .chargingFailure, 2.5),
        // "shows 'Session aborted' before any energy is delivered".
        ("session aborted", .chargingFailure, 3), ("sessionen avbröts", .chargingFailure, 3),
        // "today the charger says 'Unknown ID'": the tag is not accepted.
        ("unknown id", .chargingFailure, 3), ("okänt id", .chargingFailure, 3),
        // "gives Error 0x0012 at the start of every session": each session fails as it begins.
        ("start of every session", .chargingFailure, 2.5), ("start of each session", .chargingFailure, 2.5),
        // "tar inte emot betalning med kort, kortterminalen är svart": no session can be paid for and started.
        ("tar inte emot betalning", .chargingFailure, 3), ("kortterminal*", .chargingFailure, 2.5), ("card terminal", .chargingFailure, 2.5),
        ("won't accept payment", .chargingFailure, 3), ("doesn't accept payment", .chargingFailure, 3),
        // "Ingen kontakt med fordonet": the charger cannot talk to the car, not to the back office.
        ("kontakt med fordonet", .chargingFailure, 3.5), ("kontakt med bilen", .chargingFailure, 3.5),
        ("contact with the vehicle", .chargingFailure, 3.5), ("contact with the car", .chargingFailure, 3.5),
        // "says Vehicle not compatible with my new car": the car is not accepted.
        ("not compatible", .chargingFailure, 3), ("incompatible", .chargingFailure, 2.5), ("inte kompatibel", .chargingFailure, 3), ("ej kompatibel", .chargingFailure, 3),
        ("trycker på start*", .chargingFailure, 2.5), ("tryckte på start*", .chargingFailure, 2.5), ("press start", .chargingFailure, 2.5),
        ("pressed start", .chargingFailure, 2.5), ("tap start", .chargingFailure, 2.5),
        ("completely dead", .noPower, 3), ("dead", .noPower, 2.5), ("no power", .noPower, 3), ("no lights", .noPower, 3), ("no light", .noPower, 3),
        // "the charger still shows nothing on the display", "displayen visar ingenting": a dark display.
        // Not "shows nothing" or "visar inget" alone: "the app shows nothing", "skärmen visar inget fel" say other things.
        ("nothing on the display", .noPower, 3), ("nothing on the screen", .noPower, 3), ("display shows nothing", .noPower, 3), ("screen shows nothing", .noPower, 3),
        ("ingenting på displayen", .noPower, 3), ("ingenting på skärmen", .noPower, 3), ("inget på displayen", .noPower, 3), ("inget på skärmen", .noPower, 3),
        ("displayen visar ingenting", .noPower, 3), ("slutat visa något", .noPower, 3), ("visar ingenting på displayen", .noPower, 3),
        ("visar inget på displayen", .noPower, 3), ("skärmen visar ingenting", .noPower, 3),
        ("blank screen", .noPower, 3), ("screen is blank", .noPower, 3), ("display is blank", .noPower, 3), ("tripped", .noPower, 2.5), ("breaker", .noPower, 2),
        ("rcd", .noPower, 2.5), ("rcd trips", .noPower, 3), ("breaker trips", .noPower, 3), ("switch trips", .noPower, 3), ("trips the rcd", .noPower, 3), ("trips the breaker", .noPower, 3), ("fuse", .noPower, 1.5), ("power cut", .noPower, 1.5), ("power outage", .noPower, 1.5), ("nothing happens", .noPower, 1.5),
        ("goes black", .noPower, 2.5), ("went black", .noPower, 2.5), ("gone black", .noPower, 2.5), ("blev svart", .noPower, 2.5), ("är svart", .noPower, 2), ("är svarta", .noPower, 2), ("båda svarta", .noPower, 2.5), ("alla svarta", .noPower, 2.5),
        ("skärmarna är svarta", .noPower, 3), ("bara svart", .noPower, 2.5), ("bara svarta", .noPower, 2.5), ("just black", .noPower, 2.5), ("all black", .noPower, 2.5), ("svarta", .noPower, 1), ("reagerar inte alls", .noPower, 2.5),
        ("doesn't react at all", .noPower, 2.5), ("does not react at all", .noPower, 2.5), ("no reaction at all", .noPower, 2.5),
        ("won't turn on", .noPower, 2.5), ("skärmen är svart", .noPower, 3), ("displayen svart", .noPower, 3), ("svart skärm", .noPower, 3),
        ("no display", .noPower, 2), ("no leds", .noPower, 2.5), ("no led", .noPower, 2.5), ("inga lysdioder", .noPower, 2.5),
        ("avstängd", .noPower, 1.5), ("mörk", .noPower, 2), ("mörka", .noPower, 2), ("mörkt", .noPower, 2), ("helt mörkt", .noPower, 3), ("inte ett liv", .noPower, 3), ("inget liv", .noPower, 3),
        // "the display … is blank and the unit does not respond to anything".
        ("is blank", .noPower, 2), ("respond to anything", .noPower, 2.5), ("tänds inte", .noPower, 2.5), ("inte tänds", .noPower, 2.5), ("inte lyser", .noPower, 2), ("dark", .noPower, 2),
        // "our charger is without current, the lights on the front are all off".
        ("without current", .noPower, 3), ("are all off", .noPower, 2.5), ("utan spänning", .noPower, 3),
        // "the power supply seems gone, everything is off and the fuses look fine".
        // "shut down completely when it got very cold and won't start again": the unit itself off.
        ("shut down completely", .noPower, 3.5), ("shut itself down", .noPower, 3), ("stängde av sig helt", .noPower, 3.5),
        ("doesn't power up", .noPower, 3), ("does not power up", .noPower, 3), ("won't power up", .noPower, 3), ("will not power up", .noPower, 3),
        ("powerless", .noPower, 3), ("won't go back on", .noPower, 2.5), ("will not go back on", .noPower, 2.5),
        ("everything is off", .noPower, 3), ("power supply", .noPower, 2), ("inte strömförsörjning", .noPower, 3), ("ingen strömförsörjning", .noPower, 3),
        // "ger inget livstecken alls": not a sign of life.
        ("livstecken", .noPower, 3), ("sign of life", .noPower, 3), ("no current", .noPower, 3), ("ingenting som lyste", .noPower, 3), ("inget som lyste", .noPower, 3), ("ingenting som lyser", .noPower, 3), ("inget som lyser", .noPower, 3), ("ingenting lyste", .noPower, 3), ("inget lyste", .noPower, 3), ("slået fra", .noPower, 3), ("sikringen", .noPower, 2), ("sikring", .noPower, 2), ("hpfi*", .noPower, 3), ("jordfeilbryter*", .noPower, 3), ("jordfeil", .noPower, 2.5), ("gone quiet", .noPower, 3), ("no little green light", .noPower, 3), ("ingen power", .noPower, 3), ("except the charger", .noPower, 2.5), ("utom laddaren", .noPower, 2.5), ("utom laddboxen", .noPower, 2.5), ("went out", .noPower, 2), ("won't come back", .noPower, 2.5), ("will not come back", .noPower, 2.5), ("stayed black", .noPower, 3), ("nothing lit up", .noPower, 3), ("packed up", .noPower, 2.5), ("not a flicker", .noPower, 3), ("trip switch", .noPower, 3), ("fried", .noPower, 2.5), ("lightning strike", .noPower, 2.5), ("struck by lightning", .noPower, 2.5), ("blixtnedslag*", .noPower, 2.5), ("dvärgbrytare*", .noPower, 2.5), ("mcb", .noPower, 2.5), ("rcbo", .noPower, 2.5), ("strömmen till", .noPower, 2), ("urkopplad", .noPower, 3), ("ingen kraft", .noPower, 2.5), ("och tyst", .noPower, 2.5), ("vaknar inte", .noPower, 3), ("går inte att väcka", .noPower, 3), ("kall och tyst", .noPower, 3), ("tyst och kall", .noPower, 3), ("cold and silent", .noPower, 3), ("went off", .noPower, 1.5), ("haven't come back", .noPower, 2.5), ("hasn't come back", .noPower, 2.5), ("de-powered", .noPower, 3), ("depowered", .noPower, 3), ("remains blank", .noPower, 3), ("stays blank", .noPower, 3), ("signs of operation", .noPower, 3), ("no supply", .noPower, 3), ("extinguished", .noPower, 2.5), ("matningen", .noPower, 2.5), ("spänningsförsörjning*", .noPower, 2.5), ("strömförsörjning*", .noPower, 2), ("no life", .noPower, 3), ("power to the charger", .noPower, 2), ("out of power", .noPower, 3), ("both off", .noPower, 2.5), ("huvudströmbrytare*", .noPower, 2.5), ("de-energised", .noPower, 3), ("de-energized", .noPower, 3), ("no indication", .noPower, 2), ("jordfelsskydd*", .noPower, 2.5), ("utlösts", .noPower, 2), ("supply voltage", .noPower, 3), ("switchboard", .noPower, 1.5), ("spänningslös*", .noPower, 3), ("inte en enda lampa", .noPower, 3), ("not one light", .noPower, 3), ("won't start up", .noPower, 2.5), ("stays black", .noPower, 3), ("förblir svart", .noPower, 3), ("residual current", .noPower, 3), ("cutting the power", .noPower, 2.5), ("cuts the power", .noPower, 2.5), ("all gone off", .noPower, 3), ("gone off", .noPower, 2), ("nothing responds", .noPower, 2), ("tecken på liv", .noPower, 3), ("utslock*", .noPower, 3), ("automatsäkring*", .noPower, 2.5), ("inte fått någon el", .noPower, 3), ("inte fått någon ström", .noPower, 3), ("får ingen el", .noPower, 3), ("won't come on", .noPower, 3), ("will not come on", .noPower, 3), ("doesn't come on", .noPower, 3), ("does not come on", .noPower, 3), ("no current to the car", .chargingFailure, 3.5), ("ingen matning", .noPower, 3), ("saknar matning", .noPower, 3), ("signs of power", .noPower, 3), ("sign of power", .noPower, 3), ("light has gone out", .noPower, 3), ("lights have gone out", .noPower, 3), ("skyddsbrytare*", .noPower, 2.5), ("lifeless", .noPower, 3), ("livlös", .noPower, 3), ("switched itself off", .noPower, 3), ("turned itself off", .noPower, 3), ("can't be switched on", .noPower, 3), ("cannot be switched on", .noPower, 3), ("can't be turned on", .noPower, 3), ("cannot be turned on", .noPower, 3), ("går inte att sätta på", .noPower, 3), ("inte ens displayen", .noPower, 2.5), ("inte ens skärmen", .noPower, 2.5), ("not even the display", .noPower, 2.5), ("not even the screen", .noPower, 2.5), ("signs of life", .noPower, 3),
        // "laddaren dog när det blev minus 30 och har inte vaknat sedan dess", "the charger died".
        ("laddaren dog", .noPower, 3), ("laddboxen dog", .noPower, 3), ("laddstolpen dog", .noPower, 3), ("inte vaknat", .noPower, 2.5),
        ("charger died", .noPower, 3), ("it died", .noPower, 2.5),
        // "har inte haft ström sedan elbolaget bytte mätare": without power, as "har ingen ström".
        ("inte haft ström", .noPower, 3), ("inte haft någon ström", .noPower, 3), ("had no power", .noPower, 3),
        ("won't light up", .noPower, 2.5), ("does not light up", .noPower, 2.5), ("har ingen ström", .noPower, 3), ("utan ström", .noPower, 2.5),
        ("no electricity", .noPower, 3), ("saknar ström", .noPower, 3), ("black display", .noPower, 3), ("svart display", .noPower, 3), ("display svart", .noPower, 3), ("skärm svart", .noPower, 3), ("screen black", .noPower, 3), ("display black", .noPower, 3), ("saknas ström", .noPower, 3), ("ström saknas", .noPower, 3),
        ("strömmen är borta", .noPower, 3), ("strömmen har gått", .noPower, 2.5), ("ingen el", .noPower, 2.5), ("utan el", .noPower, 2.5),
        ("lost power", .noPower, 3), ("power is out", .noPower, 3), ("without power", .noPower, 2.5), ("without electricity", .noPower, 2.5), ("never came back on", .noPower, 3), ("didn't come back on", .noPower, 3), ("stängts av helt", .noPower, 3), ("huvudbrytare*", .noPower, 2.5), ("not a single led", .noPower, 3), ("not a single light", .noPower, 3), ("elcentral*", .noPower, 1.5), ("proppskåp*", .noPower, 1.5), ("screen is black", .noPower, 3), ("display is black", .noPower, 3), ("screens are black", .noPower, 3), ("displays are black", .noPower, 3), ("screen is dark", .noPower, 3), ("screens are dark", .noPower, 3), ("screens are blank", .noPower, 3), ("black screen", .noPower, 3), ("does not turn on", .noPower, 2.5),
        ("doesn't power on", .noPower, 2.5), ("does not power on", .noPower, 2.5), ("won't power on", .noPower, 2.5), ("will not power on", .noPower, 2.5),
        ("doesn't turn on", .noPower, 2.5), ("doesn't switch on", .noPower, 2.5), ("won't switch on", .noPower, 2.5), ("unresponsive", .noPower, 1.5),

        // charging failure: stops, not accepted, error light, stuck cable
        ("avbryts", .chargingFailure, 3), ("startar men", .chargingFailure, 2.5), ("stays in standby", .chargingFailure, 3), ("no electricity went into", .chargingFailure, 4), ("no electricity into the car", .chargingFailure, 4), ("no electricity to the car", .chargingFailure, 4), ("could not get the lead out", .chargingFailure, 3.5), ("couldn't get the lead out", .chargingFailure, 3.5), ("can't get the lead out", .chargingFailure, 3.5), ("could not get the cable out", .chargingFailure, 3.5), ("couldn't get the cable out", .chargingFailure, 3.5), ("switching itself off", .chargingFailure, 3), ("switches itself off", .chargingFailure, 3), ("turns itself off", .chargingFailure, 3), ("turning itself off", .chargingFailure, 3), ("fick inte ur sladden", .chargingFailure, 3), ("fick inte ur kabeln", .chargingFailure, 3), ("fick inte ur laddkabeln", .chargingFailure, 3), ("får inte ur sladden", .chargingFailure, 3), ("får inte ur kabeln", .chargingFailure, 3), ("satt som fastgjuten", .chargingFailure, 3), ("sitter som fastgjuten", .chargingFailure, 3), ("ville inte låsa", .chargingFailure, 3), ("vill inte låsa", .chargingFailure, 3), ("låser inte kabeln", .chargingFailure, 3), ("låste inte kabeln", .chargingFailure, 3), ("blev ingen laddning", .chargingFailure, 3), ("won't lock the cable", .chargingFailure, 3), ("wouldn't lock the cable", .chargingFailure, 3), ("take my fob", .chargingFailure, 3), ("take my card", .chargingFailure, 3), ("take my tag", .chargingFailure, 3), ("accept my fob", .chargingFailure, 3), ("key fob", .chargingFailure, 2.5), ("my fob", .chargingFailure, 2.5), ("talk to my car", .chargingFailure, 3), ("talk to the car", .chargingFailure, 3), ("past the handshake", .chargingFailure, 3), ("handshake fails", .chargingFailure, 3), ("handshake failed", .chargingFailure, 3), ("pausar laddningen", .chargingFailure, 3), ("pausar hela tiden", .chargingFailure, 3), ("och pausar", .chargingFailure, 2.5), ("pauses charging", .chargingFailure, 3), ("pauses the charging", .chargingFailure, 3), ("charging is not beginning", .chargingFailure, 4), ("charging does not begin", .chargingFailure, 4), ("charging doesn't begin", .chargingFailure, 4), ("not begin to charge", .chargingFailure, 3.5), ("drops off after", .chargingFailure, 3), ("then drops off", .chargingFailure, 3), ("then it drops off", .chargingFailure, 3), ("sen stoppar den", .chargingFailure, 3), ("sen stoppar de", .chargingFailure, 3), ("sedan stoppar den", .chargingFailure, 3), ("sedan stoppar de", .chargingFailure, 3), ("laddar bara någon minut", .chargingFailure, 3), ("kicking me off", .chargingFailure, 3), ("kicks me off", .chargingFailure, 3), ("kicked me off", .chargingFailure, 3), ("dör sessionen", .chargingFailure, 3), ("sessionen dör", .chargingFailure, 3), ("session dies", .chargingFailure, 3), ("session died", .chargingFailure, 3), ("accepterer ikke", .chargingFailure, 3), ("aksepterer ikke", .chargingFailure, 3), ("ladekort*", .chargingFailure, 1.5), ("vill inte längre", .chargingFailure, 2.5), ("det blev ingenting", .chargingFailure, 2.5), ("blev det ingenting", .chargingFailure, 2.5), ("var upptagen", .chargingFailure, 3), ("upptagen fast", .chargingFailure, 3.5), ("said it was occupied", .chargingFailure, 3), ("says it's occupied", .chargingFailure, 3), ("said it was in use", .chargingFailure, 3), ("says it's in use", .chargingFailure, 3), ("failar", .chargingFailure, 2), ("sessionen droppar", .chargingFailure, 3), ("low power", .chargingFailure, 2.5), ("a click", .chargingFailure, 2), ("klickade till", .chargingFailure, 3), ("klickar till", .chargingFailure, 3), ("klickade det till", .chargingFailure, 3), ("klickar det till", .chargingFailure, 3), ("kilowattimme", .chargingFailure, 2), ("inte fått en enda", .chargingFailure, 2.5), ("gained nothing", .chargingFailure, 3), ("zero kwh", .chargingFailure, 3), ("bara gått från", .chargingFailure, 3), ("only gone from", .chargingFailure, 3), ("only went from", .chargingFailure, 3), ("same range", .chargingFailure, 3), ("samma räckvidd", .chargingFailure, 3), ("samma laddnivå", .chargingFailure, 3), ("same battery level", .chargingFailure, 3), ("same charge level", .chargingFailure, 3), ("låsa upp kabeln", .chargingFailure, 3), ("låsa upp laddkabeln", .chargingFailure, 3), ("unlock the cable", .chargingFailure, 3), ("sessions keep dropping", .chargingFailure, 3), ("halva effekten", .chargingFailure, 3), ("half the power", .chargingFailure, 3), ("levererar endast", .chargingFailure, 2.5), ("laddningen upphör", .chargingFailure, 3), ("upphör efter", .chargingFailure, 2.5), ("getting stopped", .chargingFailure, 3), ("stopped automatically", .chargingFailure, 3), ("stops automatically", .chargingFailure, 3), ("capped at", .chargingFailure, 2.5), ("misslyck*", .chargingFailure, 2), ("laddning misslyckades", .chargingFailure, 3), ("laddningen misslyckades", .chargingFailure, 3), ("tappar laddningen", .chargingFailure, 3), ("spanner", .chargingFailure, 2.5), ("wrench symbol", .chargingFailure, 2.5), ("skiftnyckel*", .chargingFailure, 2.5), ("underhållsläge*", .chargingFailure, 2.5), ("maintenance mode", .chargingFailure, 2.5), ("go yellow", .chargingFailure, 2), ("goes yellow", .chargingFailure, 2), ("turns yellow", .chargingFailure, 2), ("charge port light", .chargingFailure, 2.5), ("gives nothing", .chargingFailure, 3), ("ger ingenting", .chargingFailure, 3), ("kw max", .chargingFailure, 2.5), ("laddar max", .chargingFailure, 2.5), ("ac-laddningsfel", .chargingFailure, 3), ("dc-laddningsfel", .chargingFailure, 3), ("laddkabel ej ansluten", .chargingFailure, 3.5), ("kabel ej ansluten", .chargingFailure, 3.5), ("kabeln ej ansluten", .chargingFailure, 3.5), ("cable not connected", .chargingFailure, 3.5), ("laddning begränsad", .chargingFailure, 3), ("limited by the charging station", .chargingFailure, 3), ("limited by the charger", .chargingFailure, 3), ("jordfelslarm*", .chargingFailure, 3), ("fasen saknas", .chargingFailure, 3), ("ena fasen", .chargingFailure, 2.5), ("missing phase", .chargingFailure, 3), ("phase is missing", .chargingFailure, 3), ("fasbortfall", .chargingFailure, 3), ("cp signal", .chargingFailure, 3), ("cp-signal*", .chargingFailure, 3), ("control pilot", .chargingFailure, 3), ("remotestarttransaction", .chargingFailure, 2.5), ("starttransaction", .chargingFailure, 2.5), ("0 kw", .chargingFailure, 3), ("visar 0", .chargingFailure, 2.5), ("shows 0", .chargingFailure, 2.5), ("vill inte komma igång", .chargingFailure, 3), ("strömmen till bilen", .chargingFailure, 3), ("not ready", .chargingFailure, 2.5), ("inte redo", .chargingFailure, 2.5), ("ej redo", .chargingFailure, 2.5), ("fast bilen är inkopplad", .chargingFailure, 3), ("trots att bilen är inkopplad", .chargingFailure, 3), ("fast bilen är ansluten", .chargingFailure, 3), ("1-fas", .chargingFailure, 2.5), ("enfas", .chargingFailure, 2.5), ("one phase", .chargingFailure, 2.5), ("två faser", .chargingFailure, 2.5), ("two phases", .chargingFailure, 2.5), ("replug*", .chargingFailure, 2.5), ("re-plug*", .chargingFailure, 2.5), ("power to the car", .chargingFailure, 2), ("no energy", .chargingFailure, 3), ("ingen energi", .chargingFailure, 3), ("laddas knappt", .chargingFailure, 3), ("laddar knappt", .chargingFailure, 3), ("knappt alls", .chargingFailure, 2.5), ("no car is there", .chargingFailure, 3), ("no car is connected", .chargingFailure, 3), ("no car connected", .chargingFailure, 3), ("ingen bil är ansluten", .chargingFailure, 3), ("ingen bil ansluten", .chargingFailure, 3), ("ingen bil är inkopplad", .chargingFailure, 3), ("fel effekt", .chargingFailure, 3), ("not being charged", .chargingFailure, 3), ("isn't being charged", .chargingFailure, 3), ("aren't being charged", .chargingFailure, 3), ("does not deliver", .chargingFailure, 2.5), ("doesn't deliver", .chargingFailure, 2.5), ("terminated prematurely", .chargingFailure, 3), ("ends prematurely", .chargingFailure, 3), ("ended prematurely", .chargingFailure, 3), ("stops prematurely", .chargingFailure, 3), ("stopped prematurely", .chargingFailure, 3), ("initierar inte", .chargingFailure, 3), ("initieras inte", .chargingFailure, 3), ("en bråkdel", .chargingFailure, 2.5), ("a fraction of", .chargingFailure, 2.5), ("pausing the session", .chargingFailure, 3), ("pauses the session", .chargingFailure, 3), ("keeps pausing", .chargingFailure, 3), ("throttles", .chargingFailure, 2.5), ("throttled", .chargingFailure, 2.5), ("throttling", .chargingFailure, 2.5), ("back to available", .chargingFailure, 3), ("goes back to", .chargingFailure, 1.5), ("tillbaka till ledig", .chargingFailure, 3), ("overtemperature", .chargingFailure, 2.5), ("over temperature", .chargingFailure, 2.5), ("övertemperatur", .chargingFailure, 2.5), ("initiate charging", .chargingFailure, 2.5), ("initiera laddning", .chargingFailure, 2.5), ("aborts", .chargingFailure, 2.5), ("levererar inte", .chargingFailure, 2.5), ("trots godkänd", .chargingFailure, 2), ("takes ages", .chargingFailure, 2), ("lets me start", .chargingFailure, 1.5), ("tar slut efter", .chargingFailure, 2.5), ("terminates", .chargingFailure, 2.5), ("slutar leverera", .chargingFailure, 3), ("slutat leverera", .chargingFailure, 3), ("suspended", .chargingFailure, 2.5), ("laddning klar", .chargingFailure, 1.25), ("fast batteriet", .chargingFailure, 1.25), ("flashes blue", .chargingFailure, 2), ("blinks blue", .chargingFailure, 2), ("blinkar blått", .chargingFailure, 2), ("faller till noll", .chargingFailure, 3), ("faller det till noll", .chargingFailure, 3), ("falls to zero", .chargingFailure, 3), ("charging is aborted", .chargingFailure, 3), ("charging was aborted", .chargingFailure, 3), ("doesn't latch", .chargingFailure, 2.5), ("does not latch", .chargingFailure, 2.5), ("står i standby", .chargingFailure, 3), ("stannar i standby", .chargingFailure, 3), ("reconnect the cable", .chargingFailure, 2.5), ("reconnect the plug", .chargingFailure, 2.5), ("gives up", .chargingFailure, 2.5), ("gave up", .chargingFailure, 2.5), ("ger upp", .chargingFailure, 2.5), ("gav upp", .chargingFailure, 2.5), ("börjar ladda men", .chargingFailure, 2.5), ("blir röd", .chargingFailure, 2), ("påbörjas inte", .chargingFailure, 2.5), ("ingen laddning påbörjas", .chargingFailure, 3), ("never goes above", .chargingFailure, 2.5), ("never gets above", .chargingFailure, 2.5), ("går aldrig över", .chargingFailure, 2.5), ("kommer aldrig över", .chargingFailure, 2.5), ("laddningen avslutas", .chargingFailure, 2.5), ("avslutas av sig själv", .chargingFailure, 3), ("går igång men", .chargingFailure, 2.5), ("kommer igång men", .chargingFailure, 2.5), ("something went wrong", .chargingFailure, 1.5), ("starting a charge", .chargingFailure, 1.5), ("avbryter", .chargingFailure, 2.5), ("slår av", .chargingFailure, 2.5), ("slutar ladda", .chargingFailure, 3), ("slutat ladda", .chargingFailure, 3), ("slutade ladda", .chargingFailure, 3), 
        // The verb second after a time or place ("i dag slutade bilen ladda vid 50 %"): the subject stands between.
        ("slutade bilen ladda", .chargingFailure, 3), ("slutar bilen ladda", .chargingFailure, 3), ("slutade den ladda", .chargingFailure, 3),
        ("slutar den ladda", .chargingFailure, 3), ("slutade bilen att ladda", .chargingFailure, 3), ("slutade den att ladda", .chargingFailure, 3),
        ("stannade laddningen", .chargingFailure, 3), ("stoppade laddningen", .chargingFailure, 3),
        ("slutat starta", .chargingFailure, 2.5), ("slutade starta", .chargingFailure, 2.5),
        ("laddar inte", .chargingFailure, 2.5), ("startar inte", .chargingFailure, 2.5), ("startar laddningen aldrig", .chargingFailure, 3),
        // "efter uppdateringen går det inte längre att starta laddning med appen": the verb before its subject.
        ("går det inte att starta", .chargingFailure, 2.5), ("går det inte att ladda", .chargingFailure, 2.5),
        // Told the day after: "i går kväll vid X gick det inte att ladda alls".
        ("gick det inte att starta", .chargingFailure, 2.5), ("gick det inte att ladda", .chargingFailure, 2.5),
        // A formal report: "does not initiate charging sessions when a vehicle is connected", "a continuous red LED".
        ("does not initiate", .chargingFailure, 2.5), ("doesn't initiate", .chargingFailure, 2.5), ("did not initiate", .chargingFailure, 2.5),
        ("red led", .chargingFailure, 2.5),
        ("vill inte starta", .chargingFailure, 2.5), ("går inte att starta", .chargingFailure, 2), ("inte går att starta", .chargingFailure, 2),
        ("kan inte starta", .chargingFailure, 2), ("inte kan starta", .chargingFailure, 2), ("can't start", .chargingFailure, 2), ("cannot start", .chargingFailure, 2), ("blinkar rött", .chargingFailure, 2.5),
        // The same told afterwards, as a visitor does: "Det gick inte att starta med appen", "couldn't start a session".
        ("gick inte att starta", .chargingFailure, 2), ("inte gick att starta", .chargingFailure, 2), ("gick inte att ladda", .chargingFailure, 2.5),
        ("startade inte", .chargingFailure, 2.5), ("inte startade", .chargingFailure, 2.5), ("ville inte starta", .chargingFailure, 2.5),
        ("kunde inte starta", .chargingFailure, 2), ("inte kunde starta", .chargingFailure, 2),
        // "en patient klagar på att laddaren tog betalt men inte laddade bilen": a clause's order.
        ("laddade inte", .chargingFailure, 2.5), ("inte laddade", .chargingFailure, 2.5), ("couldn't start", .chargingFailure, 2), ("could not start", .chargingFailure, 2), ("could not be started", .chargingFailure, 2.5), ("stannar direkt", .chargingFailure, 3), ("allt slutar", .chargingFailure, 2.5), ("allt stannar", .chargingFailure, 2.5), ("stops at", .chargingFailure, 2.5), ("not getting any power", .noPower, 3), ("getting no power", .noPower, 3), ("led ring is off", .noPower, 2.5), ("gav ingen el", .chargingFailure, 3.5), ("fastnade kabeln", .chargingFailure, 3), ("fastnade laddkabeln", .chargingFailure, 3), ("fastnade sladden", .chargingFailure, 3), ("tog betalt men", .chargingFailure, 3), ("charged me but", .chargingFailure, 3), ("0 kwh", .chargingFailure, 2.5), ("noll kwh", .chargingFailure, 2.5), ("cannot be started", .chargingFailure, 2.5), ("läser inte av", .chargingFailure, 2.5),
        // The infinitive after "började", "har börjat": "har börjat blinka rött hela tiden".
        ("blinka rött", .chargingFailure, 2.5), ("lysa rött", .chargingFailure, 2.5),
        // The perfect: "har stått och blinkat rött hela helgen".
        ("blinkat rött", .chargingFailure, 2.5), ("lyst rött", .chargingFailure, 2.5), ("blinkat gult", .chargingFailure, 2), ("blinka gult", .chargingFailure, 2), ("blinka orange", .chargingFailure, 2),
        ("lyser rött", .chargingFailure, 2.5), ("blinkar orange", .chargingFailure, 2), ("blinkar gult", .chargingFailure, 2), ("lyser gult", .chargingFailure, 2),
        // A cover come loose: "a loose front panel which is flapping in the wind".
        ("loose front*", .physicalDamage, 3), ("loose panel", .physicalDamage, 3), ("loose cover", .physicalDamage, 3), ("loose lid", .physicalDamage, 3),
        ("panel is loose", .physicalDamage, 3), ("cover is loose", .physicalDamage, 3), ("rött", .chargingFailure, 1), ("blinkar", .chargingFailure, 1),
        ("felkod", .chargingFailure, 2), ("ger fel", .chargingFailure, 2.5), ("felmeddelande*", .chargingFailure, 2), ("kontrollera laddutrustningen", .chargingFailure, 3), ("rfid", .chargingFailure, 2), ("bricka", .chargingFailure, 1),
        ("brickor", .chargingFailure, 1.5), ("brickan", .chargingFailure, 1.5), ("accepterar inte", .chargingFailure, 2.5), ("accepterade inte", .chargingFailure, 2.5), ("godkände inte", .chargingFailure, 2.5), ("inte godkände", .chargingFailure, 2.5), ("ogiltigt kort", .chargingFailure, 3), ("ogiltig tagg", .chargingFailure, 3), ("ogiltig bricka", .chargingFailure, 3), ("invalid card", .chargingFailure, 3), ("invalid tag", .chargingFailure, 3), ("ville inte acceptera", .chargingFailure, 2.5), ("accepteras inte", .chargingFailure, 2.5),
        ("godkänns inte", .chargingFailure, 2.5), ("godkänner inte", .chargingFailure, 2.5), ("not supplying", .chargingFailure, 2.5), ("isn't supplying", .chargingFailure, 2.5), ("sitter fast", .chargingFailure, 3), ("fastnat", .chargingFailure, 3), ("går inte att få loss", .chargingFailure, 3),
        // A cable stuck: "jag får inte loss den", "kabeln har frusit fast", "the plug is frozen in" (see "frozen").
        ("får inte loss", .chargingFailure, 3), ("fick inte loss", .chargingFailure, 3), ("satt fast", .chargingFailure, 3),
        // Past tense and the inverted order of a clause that starts with when: "när jag skulle åka
        // hem satt laddkabeln fast i bilen och gick inte att få loss".
        ("gick inte att få loss", .chargingFailure, 3), ("gick inte att få ur", .chargingFailure, 3), ("gick inte att dra ur", .chargingFailure, 3),
        ("satt kabeln fast", .chargingFailure, 3), ("satt laddkabeln fast", .chargingFailure, 3), ("satt sladden fast", .chargingFailure, 3),
        ("satt kontakten fast", .chargingFailure, 3),
        // Told afterwards, subject after the verb: "Efter 20 minuter slutade laddningen".
        ("slutade laddningen", .chargingFailure, 3), ("slutar laddningen", .chargingFailure, 3), ("avbröts laddningen", .chargingFailure, 3), ("laddningen slutade", .chargingFailure, 3),
        ("frusit fast", .chargingFailure, 3), ("fastfrus*", .chargingFailure, 3),
        ("är låst", .chargingFailure, 2), ("sitter låst", .chargingFailure, 2.5), ("reagerar inte", .chargingFailure, 1.5), ("slutat fungera", .chargingFailure, 1.5), ("stopped working", .chargingFailure, 1.5), ("krånglar", .chargingFailure, 1.5),
        ("kopplar in", .chargingFailure, 0.5), ("sätter i kabeln", .chargingFailure, 1), ("pulserar", .chargingFailure, 1), ("strular", .chargingFailure, 1.5),
        // Power the charger has but does not pass on: "ingen ström går till bilen".
        ("ingen ström går till bilen", .chargingFailure, 3.5), ("no power goes to the car", .chargingFailure, 3.5), ("levererar ingen ström", .chargingFailure, 3), ("inte leverera", .chargingFailure, 2.5), ("leverera någon ström", .chargingFailure, 3),
        // "Efter en kvart var bilen fortfarande på samma procent": the session delivers nothing.
        ("samma procent", .chargingFailure, 2.5), ("huvudsäkring*", .noPower, 2), ("delivers no power", .chargingFailure, 3),
        ("tar inte mitt kort", .chargingFailure, 2.5), ("tar inte kortet", .chargingFailure, 2.5), ("tar inte kort", .chargingFailure, 2.5), ("inte tar kort", .chargingFailure, 2.5),
        // "laddarna … inte tar Visa-kort", "tar inte betalkort": the kind of card, hyphenated or joined.
        ("tar inte visa*", .chargingFailure, 2.5), ("inte tar visa*", .chargingFailure, 2.5), ("tar inte betalkort*", .chargingFailure, 2.5),
        ("tar inte kreditkort*", .chargingFailure, 2.5), ("tar inte bankkort*", .chargingFailure, 2.5), ("tar inte mina kort", .chargingFailure, 2.5),
        ("keeps stopping", .chargingFailure, 3), ("stops charging", .chargingFailure, 3), ("stopped charging", .chargingFailure, 3), ("stop charging", .chargingFailure, 3), ("clicks off", .chargingFailure, 2.5), ("cuts out", .chargingFailure, 2.5), ("cutting out", .chargingFailure, 2.5),
        ("cuts off", .chargingFailure, 2.5), ("cutting off", .chargingFailure, 2.5),
        ("won't start", .chargingFailure, 2.5), ("will not start", .chargingFailure, 2.5), ("wouldn't start", .chargingFailure, 2.5),
        // "won't let me start charging from the app": the session cannot be started.
        ("let me start", .chargingFailure, 2.5), ("låter mig inte starta", .chargingFailure, 2.5),
        ("would not start", .chargingFailure, 2.5), ("didn't start", .chargingFailure, 2.5), ("did not start", .chargingFailure, 2.5),
        // "den ger jordfel varje gång man försöker ladda"; "Emergency stop pressed" on the display.
        ("jordfel", .chargingFailure, 2), ("emergency stop", .chargingFailure, 2), ("nödstopp*", .chargingFailure, 2),
        ("ground fault", .chargingFailure, 2), ("earth fault", .chargingFailure, 2), ("refuses to start", .chargingFailure, 3), ("doesn't start", .chargingFailure, 2.5), ("does not start", .chargingFailure, 2.5),
        ("not accepted", .chargingFailure, 2.5), ("charging error", .chargingFailure, 3), ("charging fault", .chargingFailure, 3), ("laddfel", .chargingFailure, 2.5), ("laddfelet", .chargingFailure, 2.5), ("error", .chargingFailure, 1.5), ("fault", .chargingFailure, 1.5), ("faulted", .chargingFailure, 2), ("felstatus", .chargingFailure, 2), ("light goes red", .chargingFailure, 2.5),
        ("red light", .chargingFailure, 2.5), ("goes red", .chargingFailure, 2), ("stuck", .chargingFailure, 2.5), ("locked", .chargingFailure, 2), ("locked into", .chargingFailure, 3), ("can't get it out", .chargingFailure, 3), ("cannot get it out", .chargingFailure, 3), ("won't come out", .chargingFailure, 3),
        ("won't release", .chargingFailure, 3), ("will not release", .chargingFailure, 3), ("wont release", .chargingFailure, 3), ("rfid tag", .chargingFailure, 1),
        // "the cable lock doesn't release after charging"; "har börjat slå av laddningen efter en timme".
        ("doesn't release", .chargingFailure, 3), ("does not release", .chargingFailure, 3), ("would not release", .chargingFailure, 3), ("wouldn't release", .chargingFailure, 3), ("did not release", .chargingFailure, 3), ("didn't release", .chargingFailure, 3), ("släpper inte", .chargingFailure, 2.5), ("vill inte släppa", .chargingFailure, 3),
        // The past, verb before its subject: "I söndags … ville den inte släppa min kabel".
        ("ville den inte släppa", .chargingFailure, 3), ("ville laddaren inte släppa", .chargingFailure, 3), ("fordonet svarar inte", .chargingFailure, 3), ("bilen svarar inte", .chargingFailure, 3),
        ("slå av laddningen", .chargingFailure, 3), ("slår av laddningen", .chargingFailure, 1),
        ("won't charge", .chargingFailure, 2.5), ("not charging", .chargingFailure, 2.5), ("does not charge", .chargingFailure, 2.5),
        ("doesn't charge", .chargingFailure, 2.5), ("will not charge", .chargingFailure, 2.5), ("wouldn't charge", .chargingFailure, 2.5),
        ("would not charge", .chargingFailure, 2.5), ("didn't charge", .chargingFailure, 2.5), ("did not charge", .chargingFailure, 2.5),
        ("isn't charging", .chargingFailure, 2.5), ("wasn't charging", .chargingFailure, 2.5), ("aren't charging", .chargingFailure, 2.5),
        ("never charges", .chargingFailure, 2.5), ("never starts", .chargingFailure, 2.5), ("never start", .chargingFailure, 2.5),
        ("never started", .chargingFailure, 2.5),
        // "min bil blev inte laddad fast laddaren lyste grönt", "batteriet ökade inte": a session
        // that shows as charging and gives nothing.
        ("blev inte laddad", .chargingFailure, 2.5), ("laddades inte", .chargingFailure, 2.5),
        ("batteriet ökade inte", .chargingFailure, 3), ("står på 0", .chargingFailure, 3), ("stays at 0", .chargingFailure, 3), ("0 procent", .chargingFailure, 2.5), ("batteriet laddades inte", .chargingFailure, 3), ("wasn't charged", .chargingFailure, 2.5),
        ("was not charged", .chargingFailure, 2.5), ("battery did not increase", .chargingFailure, 3), ("battery didn't increase", .chargingFailure, 3),
        ("nothing gets logged", .connectivity, 3), ("nothing is logged", .connectivity, 3), ("nothing is registered", .connectivity, 3),
        ("ingenting registreras", .connectivity, 3), ("inget registreras", .connectivity, 3), ("refuses", .chargingFailure, 2), ("refuse", .chargingFailure, 2), ("refused", .chargingFailure, 2), ("vägrar", .chargingFailure, 2),
        // An error light, as the category's definition has it.
        // "startar laddningen men stoppar efter exakt 15 minuter": as "slutar efter", "stops after".
        ("stoppar efter", .chargingFailure, 2.5), ("stoppas efter", .chargingFailure, 2.5), ("stoppar laddningen", .chargingFailure, 3),
        // "den säger "Betalning nekad" varje gång": no session can be paid for, so none starts.
        ("betalning nekad", .chargingFailure, 3.5), ("betalningen nekas", .chargingFailure, 3.5), ("betalningen nekades", .chargingFailure, 3.5),
        ("payment declined", .chargingFailure, 3.5), ("payment refused", .chargingFailure, 3.5), ("payment was declined", .chargingFailure, 3.5),
        ("stänger den av", .chargingFailure, 2.5), ("slår den av", .chargingFailure, 2.5), ("stängs av efter", .chargingFailure, 3), ("stänger av efter", .chargingFailure, 3),
        ("tar inte betalt", .connectivity, 3), ("ta betalt", .connectivity, 2),
        // "Kan vi få den att ta betalt per kWh i stället för per timme?": how to price, no fault.
        ("ta betalt per", .other, 3), ("tar betalt per", .other, 3), ("laddar gratis", .connectivity, 2.5), ("charging for free", .connectivity, 2.5),
        // "Kommunen funderar på att ta ut en avgift … Kan laddstolparna hantera betalning med kort?":
        // whether the chargers can be made to take payment, a plan, no fault in how they do.
        ("ta ut en avgift", .other, 3.5), ("ta ut avgift", .other, 3.5), ("hantera betalning", .other, 3), ("hantera kortbetalning", .other, 3),
        ("charge a fee", .other, 3.5), ("start charging a fee", .other, 3.5), ("handle payment", .other, 3), ("handle card payment", .other, 3),
        ("charge for free", .connectivity, 2.5),
        // The charger reports a session nobody runs, so none can start: "står det 'Laddaren är
        // upptagen' fast ingen laddar", "shows occupied but nobody is charging".
        ("är upptagen", .chargingFailure, 2.5), ("visar upptagen", .chargingFailure, 3), ("står som upptagen", .chargingFailure, 3),
        ("shows occupied", .chargingFailure, 3), ("says occupied", .chargingFailure, 3), ("shows as occupied", .chargingFailure, 3),
        ("shows as in use", .chargingFailure, 3), ("says it is in use", .chargingFailure, 3),
        // Sessions that run but are never billed: "charging guests for free", "sessions are not billed".
        ("for free since", .connectivity, 2.5), ("sessions are not billed", .connectivity, 3), ("sessions not billed", .connectivity, 3),
        ("sessions aren't billed", .connectivity, 3), ("laddningarna faktureras inte", .connectivity, 3),
        ("ingen ström till bilen", .chargingFailure, 3.5), ("bilen fick ingen ström", .chargingFailure, 3.5), ("kontakta operatör", .chargingFailure, 3), ("kontakta operatören", .chargingFailure, 3),
        ("contact operator", .chargingFailure, 3), ("bilen får ingen ström", .chargingFailure, 3.5), ("bilen fick aldrig någon ström", .chargingFailure, 3.5), ("bilen fick aldrig", .chargingFailure, 2),
        ("bilen fick ingen", .chargingFailure, 2), ("never got any power", .chargingFailure, 3), ("never got any charge", .chargingFailure, 3), ("never received any power", .chargingFailure, 3),
        ("bilarna får ingen ström", .chargingFailure, 3.5), ("the car got no power", .chargingFailure, 3.5), ("the car gets no power", .chargingFailure, 3.5), ("no power to the car", .chargingFailure, 3.5),
        // The same as writers new to English put it: "not give electricity to my car", "doesn't give power".
        ("not give power", .chargingFailure, 2.5), ("not give electricity", .chargingFailure, 2.5), ("not giving power", .chargingFailure, 2.5),
        ("not giving electricity", .chargingFailure, 2.5), ("doesn't give power", .chargingFailure, 2.5), ("doesn't give electricity", .chargingFailure, 2.5), ("väntar på laddstation*", .chargingFailure, 2.5),
        ("waiting for charger", .chargingFailure, 2.5), ("senaste kontakt*", .connectivity, 2.5), ("last contact", .connectivity, 2.5),
        ("slutat uppdatera", .connectivity, 2), ("stopped updating", .connectivity, 2),
        ("blinked red", .chargingFailure, 2.5), ("blinks red", .chargingFailure, 2.5), ("blinking red", .chargingFailure, 2.5), ("blink red", .chargingFailure, 2.5), ("flash red", .chargingFailure, 2.5),
        ("flashing red", .chargingFailure, 2.5), ("blinks orange", .chargingFailure, 2), ("blinking orange", .chargingFailure, 2), ("flashes orange", .chargingFailure, 2), ("flashing orange", .chargingFailure, 2), ("blinks yellow", .chargingFailure, 2), ("blinking yellow", .chargingFailure, 2), ("flashes yellow", .chargingFailure, 2), ("flashing yellow", .chargingFailure, 2), ("flashes red", .chargingFailure, 2.5), ("flashed red", .chargingFailure, 2.5),
        ("wouldn't recognise", .chargingFailure, 2.5), ("wouldn't recognize", .chargingFailure, 2.5), ("won't recognise", .chargingFailure, 2.5),
        ("won't recognize", .chargingFailure, 2.5), ("didn't recognise", .chargingFailure, 2.5), ("didn't recognize", .chargingFailure, 2.5),
        ("shows red", .chargingFailure, 2.5), ("showing red", .chargingFailure, 2.5), ("turns red", .chargingFailure, 2.5), ("visar rött", .chargingFailure, 2.5),
        // "the light turns green for a second, then it goes to red".
        ("goes to red", .chargingFailure, 2.5), ("turns to red", .chargingFailure, 2.5),
        ("sen händer inget", .chargingFailure, 2), ("sedan händer inget", .chargingFailure, 2), ("sen händer ingenting", .chargingFailure, 2),
        ("sedan händer ingenting", .chargingFailure, 2), ("then nothing happens", .chargingFailure, 2), ("then nothing", .chargingFailure, 1.5),
        ("blinkar den gult", .chargingFailure, 2), ("blinkar den rött", .chargingFailure, 2.5), ("lyser den rött", .chargingFailure, 2.5),
        ("fault light", .chargingFailure, 2.5), ("error light", .chargingFailure, 2.5), ("warning light", .chargingFailure, 2),
        ("fellampa*", .chargingFailure, 2.5), ("varningslampa*", .chargingFailure, 2),
        ("startar och stoppar", .chargingFailure, 3), ("startar och slutar", .chargingFailure, 3), ("starts and stops", .chargingFailure, 3),
        ("går av och på", .chargingFailure, 2.5),
        ("keeps disconnecting", .chargingFailure, 3), ("disconnects from the car", .chargingFailure, 3), ("tappar kontakten med bilen", .chargingFailure, 3),
        ("authori*", .chargingFailure, 2), ("not authorised", .chargingFailure, 3), ("not authorized", .chargingFailure, 3),
        ("unauthorised", .chargingFailure, 2.5), ("unauthorized", .chargingFailure, 2.5), ("ej behörig", .chargingFailure, 3), ("inte behörig", .chargingFailure, 3), ("authenticat*", .chargingFailure, 2), ("auktoriser*", .chargingFailure, 2), ("autentiser*", .chargingFailure, 2),
        ("tagg", .chargingFailure, 1.5), ("taggen", .chargingFailure, 1.5), ("blippa*", .chargingFailure, 1.5), ("card", .chargingFailure, 1), ("cards", .chargingFailure, 1),
        // "stops every charge after about a minute".
        ("stops every charge", .chargingFailure, 3), ("stops every session", .chargingFailure, 3), ("stops each charge", .chargingFailure, 3),
        ("stops each session", .chargingFailure, 3), ("stops all charging", .chargingFailure, 3),
        ("stops after", .chargingFailure, 3), ("fails after", .chargingFailure, 3), ("laddningen går inte igång", .chargingFailure, 3), ("not with the card", .chargingFailure, 3), ("inte med kortet", .chargingFailure, 3), ("stop after", .chargingFailure, 3),
        // Learner's English: "it start and then stop", "dont charge my car".
        ("start and then stop", .chargingFailure, 3), ("starts and then stops", .chargingFailure, 3), ("start then stop", .chargingFailure, 3),
        ("dont charge", .chargingFailure, 2.5), ("don't charge", .chargingFailure, 2.5), ("do not charge", .chargingFailure, 2.5), ("stopped after", .chargingFailure, 3), ("stopping after", .chargingFailure, 3), ("session stops", .chargingFailure, 3),
        ("sessions stop", .chargingFailure, 3), ("session ends", .chargingFailure, 2.5), ("ends by itself", .chargingFailure, 3), ("ends on its own", .chargingFailure, 3), ("sessions end", .chargingFailure, 2.5),
        // "the session ended after 4 minutes with 'EV disconnected'": the car, not the network, let go.
        ("session ended", .chargingFailure, 2.5), ("sessions ended", .chargingFailure, 2.5), ("ended after", .chargingFailure, 3),
        ("ev disconnected", .chargingFailure, 3), ("car disconnected", .chargingFailure, 3), ("vehicle disconnected", .chargingFailure, 3),
        ("avslutades efter", .chargingFailure, 3), ("avslutas efter", .chargingFailure, 3),
        ("interrupted", .chargingFailure, 2.5), ("declined", .chargingFailure, 2.5), ("declines", .chargingFailure, 2.5), ("nobody can start", .chargingFailure, 2.5), ("no one can start", .chargingFailure, 2.5), ("rejected", .chargingFailure, 2.5), ("rejecting", .chargingFailure, 2.5), ("rejects", .chargingFailure, 2.5),
        ("refusing", .chargingFailure, 2), ("avvisar", .chargingFailure, 2.5), ("nekar", .chargingFailure, 2),
        // "Laddaren tog inte hans kort igår": the card refused, in the past or someone else's.
        ("tog inte emot", .chargingFailure, 2), ("tog inte mitt kort", .chargingFailure, 2.5), ("tog inte kortet", .chargingFailure, 2.5),
        ("tog inte hans kort", .chargingFailure, 2.5), ("tog inte hennes kort", .chargingFailure, 2.5), ("tar inte hans kort", .chargingFailure, 2.5),
        ("tar inte hennes kort", .chargingFailure, 2.5), ("tar inte våra kort", .chargingFailure, 2.5), ("tog inte våra kort", .chargingFailure, 2.5),
        ("tar inga kort", .chargingFailure, 2.5), ("tog inga kort", .chargingFailure, 2.5),
        ("my card", .chargingFailure, 2), ("card is not", .chargingFailure, 2), ("slutar efter", .chargingFailure, 2.5),
        ("wouldn't accept", .chargingFailure, 2.5), ("would not accept", .chargingFailure, 2.5), ("didn't accept", .chargingFailure, 2.5),
        ("did not accept", .chargingFailure, 2.5),
        ("ingen internetanslutning", .connectivity, 3), ("inte ansluten till internet", .connectivity, 3), ("fjärrstyra", .connectivity, 2.5), ("can't reach the charger", .connectivity, 3), ("cannot reach the charger", .connectivity, 3), ("nere i portalen", .connectivity, 3), ("internetanslutning*", .connectivity, 2), ("no internet connection", .connectivity, 3),
        ("internet connection", .connectivity, 2),
        ("och slutade", .chargingFailure, 2.5), ("och slutar", .chargingFailure, 2.5), ("slutade sen", .chargingFailure, 2.5), ("slutade sedan", .chargingFailure, 2.5),
        ("vill inte börja ladda", .chargingFailure, 3), ("börjar inte ladda", .chargingFailure, 3), ("won't begin charging", .chargingFailure, 3),
        ("vill inte ladda", .chargingFailure, 2.5), ("inte vill ladda", .chargingFailure, 2.5), ("inte vill starta", .chargingFailure, 2.5), ("men slutar", .chargingFailure, 2.5), ("slutar den", .chargingFailure, 2),
        ("charging not possible", .chargingFailure, 3), ("not possible to charge", .chargingFailure, 3), ("laddning ej möjlig", .chargingFailure, 3),
        ("rött kryss", .chargingFailure, 2), ("red cross", .chargingFailure, 2),
        // The cable the car or charger keeps: a stuck cable, as the definition has it.
        ("won't unlock", .chargingFailure, 3), ("will not unlock", .chargingFailure, 3), ("doesn't unlock", .chargingFailure, 3),
        // "Kontakten går inte att låsa i bilen": a plug that will not lock in, so no session starts.
        ("går inte att låsa", .chargingFailure, 2.5), ("låser sig inte", .chargingFailure, 2.5), ("won't lock", .chargingFailure, 2.5),
        ("doesn't lock", .chargingFailure, 2.5), ("does not lock", .chargingFailure, 2.5),
        ("does not unlock", .chargingFailure, 3), ("can't unplug", .chargingFailure, 3), ("cannot unplug", .chargingFailure, 3),
        ("släpper inte kabeln", .chargingFailure, 3), ("släpper den inte", .chargingFailure, 2.5), ("släppte den inte", .chargingFailure, 2.5), ("släpper inte kontakten", .chargingFailure, 3),
        // In the past: "släppte inte kabeln efter laddningen", "ville inte släppa kontakten".
        ("släppte inte", .chargingFailure, 3), ("ville inte släppa", .chargingFailure, 3),
        // "the lock won't let go of the plug, we cannot remove the cable".
        ("won't let go", .chargingFailure, 3), ("will not let go", .chargingFailure, 3), ("doesn't let go", .chargingFailure, 3),
        ("cannot remove the cable", .chargingFailure, 3), ("can't remove the cable", .chargingFailure, 3), ("can't get the cable out", .chargingFailure, 3),
        ("cannot get the cable out", .chargingFailure, 3), ("can't get the plug out", .chargingFailure, 3), ("cannot remove the plug", .chargingFailure, 3),
        // The wireless link, not the car: "keeps disconnecting from the wifi".
        ("from the wifi", .connectivity, 3.5), ("from wifi", .connectivity, 3.5), ("from the network", .connectivity, 3.5),
        ("off the wifi", .connectivity, 3.5), ("off wifi", .connectivity, 3.5), ("off the network", .connectivity, 3.5),
        ("in i laddstolpen", .physicalDamage, 3), ("in i laddstolparna", .physicalDamage, 3), ("in i en av laddstolparna", .physicalDamage, 3),
        ("in i laddaren", .physicalDamage, 3), ("in i stolpen", .physicalDamage, 3), ("in i laddboxen", .physicalDamage, 3),
        ("into the charger", .physicalDamage, 3), ("into the charging post", .physicalDamage, 3), ("into one of the chargers", .physicalDamage, 3),
        ("ligger ner", .physicalDamage, 2.5), ("kablarna sticker ut", .physicalDamage, 3), ("sladdarna sticker ut", .physicalDamage, 3),
        // "det sticker ut ledningar ur laddstolpen": the wires named after the verb, or bare.
        ("sticker ut ledningar", .physicalDamage, 3), ("sticker ut kablar", .physicalDamage, 3), ("sticker ut sladdar", .physicalDamage, 3),
        ("ledningarna sticker ut", .physicalDamage, 3), ("ledningar sticker ut", .physicalDamage, 3), ("kablar sticker ut", .physicalDamage, 3),
        ("blottade ledningar", .physicalDamage, 3), ("frilagda ledningar", .physicalDamage, 3),
        ("slitit loss", .physicalDamage, 3), ("slitits loss", .physicalDamage, 3), ("ryckt loss", .physicalDamage, 3), ("ryckts loss", .physicalDamage, 3),
        ("rivit loss", .physicalDamage, 3), ("rivits loss", .physicalDamage, 3), ("bryts efter", .chargingFailure, 3), ("bryts direkt", .chargingFailure, 3), ("bröts efter", .chargingFailure, 3), ("bröts direkt", .chargingFailure, 3), ("laddningen bröts", .chargingFailure, 3),
        // "startar en laddning men bryter efter ungefär fem minuter": the charger ends the session itself.
        ("bryter efter", .chargingFailure, 3), ("bryter direkt", .chargingFailure, 3), ("bryter laddningen", .chargingFailure, 3), ("men bryter", .chargingFailure, 2.5),
        ("tappat internet", .connectivity, 3), ("tappar internet", .connectivity, 3), ("utan internet", .connectivity, 3), ("utan uppkoppling", .connectivity, 3),
        ("utan nätverk", .connectivity, 3),
        // The names of the categories themselves, as writers use them and as our acknowledgement's
        // "Fel:"/"Fault:" line quotes them back in a reply (see `MailRenderer`).
        ("laddningsfel", .chargingFailure, 3), ("charging failure", .chargingFailure, 3), ("fysisk skada", .physicalDamage, 3),
        ("physical damage", .physicalDamage, 3), ("uppkopplingsproblem", .connectivity, 3), ("connectivity problem", .connectivity, 3),
        ("is cut", .physicalDamage, 2.5), ("knife", .physicalDamage, 2.5), ("kniv", .physicalDamage, 2.5),
        ("cut the cable", .physicalDamage, 3), ("cut the cables", .physicalDamage, 3),
        // "had its cable cut clean through", "the cable was cut": the cable as the one cut.
        ("cable cut", .physicalDamage, 3), ("cable was cut", .physicalDamage, 3), ("cable has been cut", .physicalDamage, 3),
        ("cable had been cut", .physicalDamage, 3), ("cut clean through", .physicalDamage, 3), ("copper showing", .physicalDamage, 3), ("copper is showing", .physicalDamage, 3),
        ("copper visible", .physicalDamage, 3),
        // A dead card reader on a live charger refuses the card: "the card reader is dead, the screen works".
        ("card reader", .chargingFailure, 3), ("rfid reader", .chargingFailure, 3), ("rfid-läsare*", .chargingFailure, 3), ("kortläsare*", .chargingFailure, 3),
        // "har tappat kontakten med ert system": the back office, not the car ("… med bilen").
        ("kontakten med ert", .connectivity, 3.5), ("kontakten med servern", .connectivity, 3.5), ("kontakten med systemet", .connectivity, 3.5),
        ("kontakten med er server", .connectivity, 3.5), ("kontakt med er server", .connectivity, 3.5),
        ("kontakten med portalen", .connectivity, 3.5), ("lost contact with the server", .connectivity, 3.5),
        // "två av dem har tappat kontakten med appen": the app is how the back office reaches them.
        ("kontakten med appen", .connectivity, 3), ("contact with the app", .connectivity, 3),
        ("kontakten med backend", .connectivity, 3.5), ("kontakten med molnet", .connectivity, 3.5), ("lost contact with the backend", .connectivity, 3.5),
        ("lost connection to the backend", .connectivity, 3.5),
        // "har inte kontakt med backend": no article, as often as with.
        ("kontakt med backend", .connectivity, 3.5), ("kontakt med servern", .connectivity, 3.5), ("kontakt med systemet", .connectivity, 3.5),
        ("kontakt med portalen", .connectivity, 3.5), ("kontakt med molnet", .connectivity, 3.5), ("no contact with the backend", .connectivity, 3.5),
        ("lost contact with the portal", .connectivity, 3.5), ("lost contact with the back", .connectivity, 3.5), ("without internet", .connectivity, 3), ("without network", .connectivity, 3),
        // "the light turns blue … then it goes back to white without charging": plugged in, nothing flows.
        ("without charging", .chargingFailure, 2.5), ("utan att ladda", .chargingFailure, 2.5), ("utan att laddningen startar", .chargingFailure, 3),
        ("without starting to charge", .chargingFailure, 3), ("without the charging starting", .chargingFailure, 3),
        // "laddning avbruten" is what the car's screen says: a session stopped, not a part broken off.
        ("laddning avbruten", .chargingFailure, 3.5), ("laddningen avbruten", .chargingFailure, 3.5), ("laddningen avbröts", .chargingFailure, 3.5),
        // "bilen säger att laddningen avbrutits": a process is interrupted; a part breaks off ("har brutits av").
        ("avbrutits", .chargingFailure, 3), ("avbrutit", .chargingFailure, 3), ("mid-session", .chargingFailure, 3), ("mid session", .chargingFailure, 3),
        ("mitt i laddningen", .chargingFailure, 3), ("lader ikke", .chargingFailure, 3), ("vil ikke starte", .chargingFailure, 3), ("vil ikke lade", .chargingFailure, 3), ("ladefeil", .chargingFailure, 3), ("ladefejl", .chargingFailure, 3), ("stopper opladningen", .chargingFailure, 3), ("stopper ladingen", .chargingFailure, 3), ("ladingen stoppet", .chargingFailure, 3), ("opladningen stoppede", .chargingFailure, 3), ("stoppet etter", .chargingFailure, 2.5), ("stoppede efter", .chargingFailure, 2.5), ("ikke godkjent", .chargingFailure, 3), ("ikke godkendt", .chargingFailure, 3), ("frakoblet", .connectivity, 3), ("frakoblet i appen", .connectivity, 4), ("ikke registrert", .connectivity, 3), ("ikke registreret", .connectivity, 3), ("ingen kvittering", .connectivity, 2.5), ("rygget inn", .physicalDamage, 3), ("rygget ind", .physicalDamage, 3), ("bakket ind", .physicalDamage, 3), ("er knust", .physicalDamage, 3), ("er knækket", .physicalDamage, 3), ("er revnet", .physicalDamage, 3), ("er sprukket", .physicalDamage, 3), ("er flået", .physicalDamage, 3), ("displayet er sort", .noPower, 3), ("skjermen er svart", .noPower, 3), ("lyser rødt", .chargingFailure, 2.5), ("blinker rødt", .chargingFailure, 2.5),
        // … and in the past: "den blinket rødt hele tiden og bilen ladet ikke".
        ("ladet ikke", .chargingFailure, 3), ("blinket rødt", .chargingFailure, 2.5), ("lyste rødt", .chargingFailure, 2.5),
        // Paid for and no charge, in the present: "tar betalt men ger ingen el", "debiterad … utan att bilen laddats".
        ("tar betalt men", .chargingFailure, 3), ("ger ingen el", .chargingFailure, 3), ("utan att bilen laddats", .chargingFailure, 3),
        ("utan att bilen laddades", .chargingFailure, 3),
        // "laddaren drar betalt men ingen laddning startar", "it took my money but never started":
        // another verb for the same debit.
        ("drar betalt men", .chargingFailure, 3), ("drog betalt men", .chargingFailure, 3), ("drar pengar men", .chargingFailure, 3),
        ("drog pengar men", .chargingFailure, 3), ("ingen laddning startar", .chargingFailure, 3), ("ingen laddning startade", .chargingFailure, 3),
        ("took my money but", .chargingFailure, 3), ("takes my money but", .chargingFailure, 3), ("took payment but", .chargingFailure, 3),
        ("takes payment but", .chargingFailure, 3), ("no session starts", .chargingFailure, 3), ("no session started", .chargingFailure, 3),
        // "den startede ikke opladningen": a Danish or Norwegian session that never began.
        ("starter ikke", .chargingFailure, 2.5), ("startede ikke", .chargingFailure, 2.5), ("startet ikke", .chargingFailure, 2.5),
        ("avbröts", .chargingFailure, 2.5), ("släpper laddningen", .chargingFailure, 3), ("lost its internet", .connectivity, 3), ("senast sedd", .connectivity, 2.5),
        ("last seen", .connectivity, 2.5), ("drops out", .chargingFailure, 3), ("dropped out", .chargingFailure, 3), ("dropping out", .chargingFailure, 3), ("hängt sig", .chargingFailure, 2.5), ("hänger sig", .chargingFailure, 2.5), ("hängt upp sig", .chargingFailure, 2.5), ("hänger upp sig", .chargingFailure, 2.5), ("frusen", .chargingFailure, 2), ("frozen", .chargingFailure, 2.5),
        ("froze", .chargingFailure, 2.5), ("freezes", .chargingFailure, 2.5), ("inte ta emot", .chargingFailure, 2), ("won't take a charge", .chargingFailure, 3), ("won't take charge", .chargingFailure, 3),
        ("not taking a charge", .chargingFailure, 3), ("not taking charge", .chargingFailure, 3), ("frånkopplad från elnätet", .noPower, 3.5), ("inget lyser", .noPower, 2.5), ("ingenting lyser", .noPower, 2.5), ("lyser ingenting", .noPower, 2.5), ("lyser inget", .noPower, 2.5), ("nothing lights up", .noPower, 2.5), ("frånkopplad", .connectivity, 2.5), ("frånkopplade", .connectivity, 2.5), ("visas som frånkopplad", .connectivity, 3), ("tappar wifi*", .connectivity, 3), ("tappar nätverket", .connectivity, 3), ("tappat wifi*", .connectivity, 3),
        ("från wifi", .connectivity, 3.5), ("från nätverket", .connectivity, 3.5), ("från wifi:t", .connectivity, 3.5),
        ("gone blank", .noPower, 3), ("completely blank", .noPower, 3), ("went blank", .noPower, 3), ("gone dark", .noPower, 3), ("went dark", .noPower, 3),
        ("not being logged", .connectivity, 3), ("isn't being logged", .connectivity, 3), ("aren't being logged", .connectivity, 3),
        ("not being recorded", .connectivity, 3), ("isn't being recorded", .connectivity, 3),
        ("aren't being recorded", .connectivity, 3), ("status unknown", .connectivity, 2),
        ("unknown status", .connectivity, 2), ("som okänd", .connectivity, 2), ("status okänd", .connectivity, 2), ("okänd status", .connectivity, 2),
        ("hanging off", .physicalDamage, 3), ("came off", .physicalDamage, 2.5), ("come off", .physicalDamage, 2.5), ("blown off", .physicalDamage, 3),
        ("blew off", .physicalDamage, 3), ("blåst av", .physicalDamage, 3), ("blåste av", .physicalDamage, 3), ("blåst sönder", .physicalDamage, 3),
        ("sitter löst", .physicalDamage, 2.5), ("is loose", .physicalDamage, 2), ("are loose", .physicalDamage, 2),
        ("coming loose", .physicalDamage, 2.5), ("come loose", .physicalDamage, 2.5), ("came loose", .physicalDamage, 2.5),
        ("inner wires", .physicalDamage, 3), ("wires showing", .physicalDamage, 3), ("charging stops", .chargingFailure, 3),
        ("charging stopped", .chargingFailure, 3), ("laddningen stoppar", .chargingFailure, 3), ("laddningen stannar", .chargingFailure, 3),
        ("laddningen slutar", .chargingFailure, 3),
        ("it stops", .chargingFailure, 2.5), ("then stops", .chargingFailure, 2.5), ("then stopped", .chargingFailure, 2.5),
        // "har börjat avbryta efter 5-10 minuter", "startade men slutade efter en minut".
        ("börjat avbryta", .chargingFailure, 3), ("startade men", .chargingFailure, 2.5), ("amber", .chargingFailure, 1.5),
        ("not recognised", .chargingFailure, 2.5), ("isn't recognised", .chargingFailure, 2.5), ("not recognized", .chargingFailure, 2.5),
        ("isn't recognized", .chargingFailure, 2.5), ("doesn't recognise", .chargingFailure, 2.5), ("doesn't recognize", .chargingFailure, 2.5),
        ("tar stopp", .chargingFailure, 2.5), ("tar det stopp", .chargingFailure, 2.5), ("långsammare", .chargingFailure, 2.5),
        ("slower than", .chargingFailure, 2.5), ("very slowly", .chargingFailure, 2),
        ("när bilen kopplas in", .chargingFailure, 2), ("när jag kopplar in", .chargingFailure, 2), ("när vi kopplar in", .chargingFailure, 2), ("när man kopplar in", .chargingFailure, 1), ("when you plug in", .chargingFailure, 1),
        ("when i plug in", .chargingFailure, 2), ("when we plug in", .chargingFailure, 2), ("when we connect", .chargingFailure, 2), ("when i connect", .chargingFailure, 2), ("when the car is plugged in", .chargingFailure, 2),
        // "När jag försöker starta laddning via appen står det …": an attempt to start that the writer reports on.
        ("när jag försöker starta", .chargingFailure, 2), ("när jag försöker ladda", .chargingFailure, 2), ("när vi försöker starta", .chargingFailure, 2),
        ("när vi försöker ladda", .chargingFailure, 2), ("när man försöker starta", .chargingFailure, 2), ("när man försöker ladda", .chargingFailure, 1.5),
        ("when i try to start", .chargingFailure, 2), ("when i try to charge", .chargingFailure, 2), ("when we try to start", .chargingFailure, 2),
        ("when we try to charge", .chargingFailure, 2), ("when trying to start", .chargingFailure, 2), ("when you try to start", .chargingFailure, 1.5),
        ("försvunnit från", .connectivity, 2.5), ("disappeared from", .connectivity, 2.5), ("inte längre se", .connectivity, 2),
        ("can no longer see", .connectivity, 2.5), ("can't see the charger", .connectivity, 2.5), ("kan inte se laddaren", .connectivity, 2.5),
        ("4g-täckning", .connectivity, 3), ("täckning", .connectivity, 2), ("mobiltäckning", .connectivity, 3), ("3g-nätet", .connectivity, 2.5),
        ("4g-nätet", .connectivity, 2.5), ("mobilnätet", .connectivity, 2.5), ("mobile coverage", .connectivity, 3), ("4g coverage", .connectivity, 3),
        ("is not available", .connectivity, 2), ("not available", .connectivity, 1.5),
        ("vält", .physicalDamage, 3), ("välte", .physicalDamage, 3), ("omkullvält", .physicalDamage, 3), ("välts omkull", .physicalDamage, 3), ("vält omkull", .physicalDamage, 3), ("knocked over", .physicalDamage, 3), ("blown over", .physicalDamage, 3), ("fallen over", .physicalDamage, 3), ("fallit omkull", .physicalDamage, 3),
        // Off its wall: "har ramlat ner från väggen, fästet har släppt", "it fell off the wall".
        ("ramlat ner", .physicalDamage, 3), ("fallit ner", .physicalDamage, 3), ("fästet har släppt", .physicalDamage, 3),
        ("fell off the wall", .physicalDamage, 3), ("fallen off the wall", .physicalDamage, 3), ("come away from the wall", .physicalDamage, 3), ("came away from the wall", .physicalDamage, 3), ("hanging by the cable", .physicalDamage, 3), ("lossnat från väggen", .physicalDamage, 3), ("hänger i kabeln", .physicalDamage, 3), ("water is dripping", .physicalDamage, 3), ("dripping out", .physicalDamage, 3), ("droppar vatten", .physicalDamage, 3), ("vatten droppar", .physicalDamage, 3), ("come off the wall", .physicalDamage, 3),
        // One phase where three should be: "laddar bara i 1-fas, max 3,7 kW", "only charging on one phase".
        ("bara i 1-fas", .chargingFailure, 2.5), ("bara på en fas", .chargingFailure, 2.5), ("bara en fas", .chargingFailure, 2.5),
        ("only one phase", .chargingFailure, 2.5), ("only on one phase", .chargingFailure, 2.5), ("single phase only", .chargingFailure, 2.5),
        ("inte levererar", .chargingFailure, 2.5), ("levererar ingen", .chargingFailure, 2.5), ("not delivering", .chargingFailure, 2.5),
        ("isn't delivering", .chargingFailure, 2.5), ("charging at only", .chargingFailure, 2.5), ("charges at only", .chargingFailure, 2.5),
        ("laddar endast med", .chargingFailure, 2.5),
        ("not detected", .chargingFailure, 2.5), ("detekteras inte", .chargingFailure, 2.5), ("hittar inte bilen", .chargingFailure, 2.5),
        // The other way round: "bilen hittar inte laddaren … ingen laddstation är ansluten fast kabeln sitter i".
        ("bilen hittar inte", .chargingFailure, 2.5), ("ingen laddstation", .chargingFailure, 2), ("car doesn't detect", .chargingFailure, 2.5),
        ("car does not detect", .chargingFailure, 2.5),
        ("kommit in vatten", .physicalDamage, 3), ("vatten har kommit in", .physicalDamage, 3), ("vatten i laddstolpen", .physicalDamage, 2.5),
        // "den har vatten i sig", "det står vatten bakom fronten".
        ("vatten i sig", .physicalDamage, 3), ("vatten bakom", .physicalDamage, 3), ("vatten under", .physicalDamage, 2), ("water behind", .physicalDamage, 3),
        ("full of water", .physicalDamage, 3), ("full med vatten", .physicalDamage, 3), ("fylld med vatten", .physicalDamage, 3),
        ("fräser", .physicalDamage, 2.5), ("water has got into", .physicalDamage, 3), ("water got into", .physicalDamage, 3),
        ("uppbrut*", .physicalDamage, 3), ("forced open", .physicalDamage, 3), ("pried open", .physicalDamage, 3), ("broken into", .physicalDamage, 3),
        ("frayed", .physicalDamage, 3), ("sliten", .physicalDamage, 2), ("slitna", .physicalDamage, 2),
        ("kopplar ner sig", .connectivity, 3), ("kopplar ur sig", .connectivity, 2.5), ("från nätet", .connectivity, 2.5), ("tappar nätet", .connectivity, 3), ("tappat nätet", .connectivity, 3),
        // "har inte rapporterat några sessioner", "stopped reporting": the back office hears nothing.
        // "har slutat ta emot kort": the card reader, or the charger's answer to it.
        ("slutat ta emot", .chargingFailure, 2.5), ("slutat godkänna", .chargingFailure, 2.5), ("slutat acceptera", .chargingFailure, 2.5), ("ta emot kort", .chargingFailure, 2), ("stopped accepting", .chargingFailure, 2.5),
        ("light is off", .noPower, 2.5), ("lights are off", .noPower, 2.5), ("won't wake up", .noPower, 3), ("will not wake up", .noPower, 3), ("doesn't wake up", .noPower, 3), ("display is off", .noPower, 2.5), ("screen is off", .noPower, 2.5),
        ("completely black", .noPower, 2.5), ("totally black", .noPower, 2.5), ("is black", .noPower, 2), ("are black", .noPower, 2),
        // "visar grönt men bilen laddar inte": ready by its light, and still no charge.
        ("visar grönt men", .chargingFailure, 2.5), ("lyser grönt men", .chargingFailure, 2.5), ("shows green but", .chargingFailure, 2.5),
        // "visar grönt ljus men bilen säger att laddaren inte är ansluten": the light named too.
        ("grönt ljus men", .chargingFailure, 2.5), ("green light but", .chargingFailure, 2.5),
        ("green but", .chargingFailure, 2), ("ingen laddare är ansluten", .chargingFailure, 2.5),
        // "Betalningen går igenom men laddningen startar aldrig": paid for, and no session.
        ("laddningen startar inte", .chargingFailure, 3), ("går igenom men", .chargingFailure, 2), ("goes through but", .chargingFailure, 2),
        // A marten's or a rat's teeth: "tuggad av en mård, det syns koppar".
        ("syns koppar", .physicalDamage, 3), ("koppar syns", .physicalDamage, 3), ("kopparn syns", .physicalDamage, 3), ("tuggad", .physicalDamage, 2.5), ("tuggat", .physicalDamage, 2.5), ("hack i höljet", .physicalDamage, 3), ("hack i fronten", .physicalDamage, 3), ("gått hål", .physicalDamage, 2.5), ("hål i kabeln", .physicalDamage, 3), ("hål i kåpan", .physicalDamage, 3), ("hål i höljet", .physicalDamage, 3), ("hål i fronten", .physicalDamage, 3), ("stort hål", .physicalDamage, 3), ("hole in the housing", .physicalDamage, 3), ("hole in the casing", .physicalDamage, 3), ("hole in the cover", .physicalDamage, 3), ("big hole", .physicalDamage, 3), ("hål i laddkabeln", .physicalDamage, 3),
        // "the cover is missing completely, you can see the circuit board"; not "bytte kretskortet", a repair.
        ("see the circuit board", .physicalDamage, 3), ("circuit board is exposed", .physicalDamage, 3), ("kretskortet syns", .physicalDamage, 3),
        ("gnagd", .physicalDamage, 2.5), ("gnagt", .physicalDamage, 2.5), ("chewed", .physicalDamage, 2.5), ("copper is visible", .physicalDamage, 3),
        ("inte rapporterat", .connectivity, 2.5), ("inte rapporterar", .connectivity, 2.5), ("rapporterar inte", .connectivity, 2.5),
        // "rapporterar inga laddningar till portalen"; "the app cannot find the charger, it says the station is unknown".
        ("rapporterar inga", .connectivity, 2.5), ("rapporterar ingen", .connectivity, 2.5), ("station is unknown", .connectivity, 3),
        ("unknown station", .connectivity, 2.5), ("app cannot find", .connectivity, 3), ("app can't find", .connectivity, 3),
        ("appen hittar inte", .connectivity, 3),
        ("slutat rapportera", .connectivity, 3), ("not reporting", .connectivity, 2.5), ("stopped reporting", .connectivity, 3),
        ("hasn't reported", .connectivity, 2.5), ("has not reported", .connectivity, 2.5), ("inga sessioner", .connectivity, 2.5),
        // "Both have stopped sending data to the portal": the back office hears nothing from them.
        ("sending data", .connectivity, 2.5), ("stopped sending", .connectivity, 2.5), ("slutat skicka", .connectivity, 2.5),
        ("not syncing", .connectivity, 2.5), ("stopped syncing", .connectivity, 2.5), ("slutat synka", .connectivity, 2.5),
        // "skickar inga mätvärden till portalen längre".
        ("skickar inga", .connectivity, 2.5), ("nere i systemet", .connectivity, 3), ("kommer inte fram till", .connectivity, 2.5), ("grå i portalen", .connectivity, 3), ("grå i appen", .connectivity, 3),
        ("grey in the app", .connectivity, 3), ("gray in the app", .connectivity, 3), ("svarar inte på fjärr*", .connectivity, 3), ("utloggad från", .connectivity, 3),
        // "stuck in 'connecting to server' and never comes online".
        ("never comes online", .connectivity, 3), ("never came online", .connectivity, 3), ("never come online", .connectivity, 3), ("hasn't come online", .connectivity, 3), ("has not come online", .connectivity, 3), ("didn't come online", .connectivity, 3), ("did not come online", .connectivity, 3), ("show up in the app", .connectivity, 2), ("kom aldrig online", .connectivity, 3), ("har aldrig kommit online", .connectivity, 3), ("dykt upp i appen", .connectivity, 2.5), ("doesn't come online", .connectivity, 3), ("won't come online", .connectivity, 3),
        ("connecting to server", .connectivity, 3), ("connecting to the server", .connectivity, 3), ("skickar ingen data", .connectivity, 3), ("inga mätvärden", .connectivity, 2.5), ("synkar inte", .connectivity, 2.5),
        // "goes into fault after 30 seconds of charging", "går i fel": a session that the charger ends.
        ("goes into fault", .chargingFailure, 2.5), ("went into fault", .chargingFailure, 2.5), ("går i fel", .chargingFailure, 2.5),
        ("gick i fel", .chargingFailure, 2.5), ("går i felläge", .chargingFailure, 2.5),
        ("laddrapport*", .connectivity, 2.5), ("inga rapporter", .connectivity, 2.5), ("usage reports", .connectivity, 2.5), ("no reports", .connectivity, 2.5),
        ("don't appear", .connectivity, 2), ("doesn't appear", .connectivity, 2), ("no longer appear", .connectivity, 2.5),
        // "the sessions never show up in the billing report".
        ("never show up", .connectivity, 2.5), ("don't show up", .connectivity, 2),
        ("dyker inte upp", .connectivity, 2.5),  // and "dyker aldrig upp": "aldrig" reads as "inte"
        ("låser inte upp", .chargingFailure, 3), ("sitter kvar", .chargingFailure, 2),
        ("ger inte ström", .noPower, 2.5), ("ger ingen ström", .noPower, 2.5), ("ingen ström till bilarna", .chargingFailure, 3.5), ("ger ingen ström ut", .chargingFailure, 4), ("ingen ström ut", .chargingFailure, 3.5), ("no power output", .chargingFailure, 3.5), ("no output", .chargingFailure, 3), ("ingen spänning", .noPower, 2.5), ("no voltage", .noPower, 2.5),
        ("gnistor", .physicalDamage, 3), ("elstöt*", .physicalDamage, 3), ("electric shock*", .physicalDamage, 3), ("gnistrar", .physicalDamage, 3), ("gnistrade", .physicalDamage, 3), ("sparks", .physicalDamage, 3),
        ("sparking", .physicalDamage, 3), ("arcing", .physicalDamage, 3),
        // A subordinate clause puts "inte" first: "en laddbox som inte startar", "eftersom den inte laddar".
        ("inte startar", .chargingFailure, 2.5), ("inte laddar", .chargingFailure, 2.5), ("inte laddas", .chargingFailure, 2.5),
        // The perfect: "har inte laddat min bil sedan i fredags", "it hasn't charged since Friday".
        ("inte laddat", .chargingFailure, 2.5), ("hasn't charged", .chargingFailure, 2.5), ("has not charged", .chargingFailure, 2.5),
        // A session the charger holds: "visade 'Laddning pausad' efter en minut", "charging paused".
        ("laddning* pausa*", .chargingFailure, 2.5), ("charging paused", .chargingFailure, 2.5), ("charging is paused", .chargingFailure, 2.5),
        ("session paused", .chargingFailure, 2.5),
        ("inte accepterar", .chargingFailure, 2.5), ("inte tar emot", .chargingFailure, 2),
        // Nothing happens when the car is plugged in: the charger has power but will not charge.
        ("inget händer när", .chargingFailure, 2), ("men inget händer", .chargingFailure, 2), ("men ingenting händer", .chargingFailure, 2),
        ("but nothing happens", .chargingFailure, 2), ("gets nothing", .chargingFailure, 2), ("car gets no", .chargingFailure, 2),
        ("says charging but", .chargingFailure, 2), ("shows charging but", .chargingFailure, 2), ("bilen får ingen", .chargingFailure, 2), ("ingenting händer när", .chargingFailure, 2), ("händer inget när", .chargingFailure, 2),
        ("händer ingenting när", .chargingFailure, 2), ("nothing happens when", .chargingFailure, 2),
        // The same faults in the past tense, as a visitor tells them the day after.
        ("lyste rött", .chargingFailure, 2.5), ("blinkade rött", .chargingFailure, 2.5), ("lyste gult", .chargingFailure, 2), ("blinkade gult", .chargingFailure, 2),
        ("blinkade orange", .chargingFailure, 2), ("cut out after", .chargingFailure, 2.5), ("trips out", .chargingFailure, 2.5), ("tripping out", .chargingFailure, 2.5), ("tripped out", .chargingFailure, 2.5),
        ("tripping the breaker", .noPower, 3), ("tripping the rcd", .noPower, 3), ("keeps tripping", .noPower, 2), ("it cut out", .chargingFailure, 2.5), ("then cut out", .chargingFailure, 2.5), ("slog av", .chargingFailure, 2.5), ("slog den av", .chargingFailure, 2.5),
        ("then switched off", .chargingFailure, 2.5), ("then switches off", .chargingFailure, 2.5),
        // "the session drops after a few minutes", "the plug is jammed in the socket": a session
        // that ends by itself, and a plug that will not come out.
        ("session drops", .chargingFailure, 3), ("sessions drop", .chargingFailure, 3), ("session dropped", .chargingFailure, 3),
        ("session keeps dropping", .chargingFailure, 3), ("jammed", .chargingFailure, 2.5),
        ("didn't show up", .connectivity, 2.5), ("did not show up", .connectivity, 2.5), ("syntes inte", .connectivity, 2.5), ("inte syntes", .connectivity, 2),
        ("never registered", .connectivity, 3), ("aldrig registrerad*", .connectivity, 3),
        // Told afterwards: "it just clicked and nothing else happened", "men inget hände".
        ("nothing happened", .noPower, 1.5), ("ingenting hände", .noPower, 1.5), ("inget hände", .noPower, 1.5), ("hände ingenting", .noPower, 1.5),
        ("hände inget", .noPower, 1.5), ("but nothing happened", .chargingFailure, 2), ("then nothing happened", .chargingFailure, 2),
        ("nothing else happened", .chargingFailure, 2), ("nothing else happens", .chargingFailure, 2), ("men inget hände", .chargingFailure, 2),
        ("men ingenting hände", .chargingFailure, 2), ("sen hände inget", .chargingFailure, 2), ("sedan hände inget", .chargingFailure, 2),
        // "först stod det Startar i appen och sen hände ingenting".
        ("sen hände ingenting", .chargingFailure, 2), ("sedan hände ingenting", .chargingFailure, 2),
        // "stolpen godkände min tagg men sedan stod det "Fel 31" och inget hände": a session that an
        // accepted tag or card started towards, and that went nowhere.
        ("och inget hände", .chargingFailure, 2), ("och ingenting hände", .chargingFailure, 2), ("and nothing happened", .chargingFailure, 2),
        ("godkände min tagg", .chargingFailure, 2), ("godkände taggen", .chargingFailure, 2), ("godkände kortet", .chargingFailure, 2),
        ("godkände mitt kort", .chargingFailure, 2), ("accepted my card", .chargingFailure, 2), ("accepted my tag", .chargingFailure, 2),
        ("accepted the card", .chargingFailure, 2),
        ("just clicked", .chargingFailure, 2), ("just clicks", .chargingFailure, 2), ("klickade men", .chargingFailure, 2), ("clicked but", .chargingFailure, 2), ("stannar efter", .chargingFailure, 2.5),
        ("avvisad", .chargingFailure, 2.5), ("avvisas", .chargingFailure, 2.5), ("nekad", .chargingFailure, 2), ("nekas", .chargingFailure, 2),
        ("mitt kort", .chargingFailure, 2), ("min bricka", .chargingFailure, 2), ("my tag", .chargingFailure, 2), ("rfid-bricka*", .chargingFailure, 2),
        ("waiting for vehicle", .chargingFailure, 3), ("waiting for car", .chargingFailure, 3), ("väntar på bil*", .chargingFailure, 3),
        ("väntar på fordon*", .chargingFailure, 3),
        ("känner inte av bilen", .chargingFailure, 3), ("känner inte av att", .chargingFailure, 3), ("känner inte igen bilen", .chargingFailure, 3), ("doesn't detect the car", .chargingFailure, 3),
        ("does not detect the car", .chargingFailure, 3), ("does not recognise the car", .chargingFailure, 3), ("laddkort*", .chargingFailure, 2), ("kortet", .chargingFailure, 1.5),
        ("stänger av", .chargingFailure, 2.5), ("stängs av", .chargingFailure, 2.5),
        // In the past, and with the subject after the verb: "och sedan stängdes den av".
        // A loose contact that breaks the session: "ett glapp i kontakten, laddningen bryts så fort man rör kabeln".
        ("glapp*", .chargingFailure, 2), ("laddningen bryts", .chargingFailure, 2.5),
        ("stängdes av", .chargingFailure, 2.5), ("stängde av", .chargingFailure, 2.5), ("stängde av sig", .noPower, 3), ("har stängt av sig", .noPower, 3), ("stänger av sig", .noPower, 2), ("laddade bara", .chargingFailure, 2), ("stängdes den av", .chargingFailure, 2.5), ("stängs den av", .chargingFailure, 2.5), ("slutar", .chargingFailure, 1), ("laddar bara", .chargingFailure, 2),
        // A DC charger's insulation monitor stopping the session ("keeps faulting with 'DC insulation
        // error'", "felkod 'Isoleringsfel'") is an error it reports, not insulation that is damaged.
        ("insulation error", .chargingFailure, 3), ("insulation fault", .chargingFailure, 3), ("isolation error", .chargingFailure, 3),
        ("isolation fault", .chargingFailure, 3), ("isoleringsfel", .chargingFailure, 3), ("isolationsfel", .chargingFailure, 3),
        ("ends every session", .chargingFailure, 2.5), ("ends all sessions", .chargingFailure, 2.5), ("ends the session", .chargingFailure, 2.5),
        ("visar fel", .chargingFailure, 2.5), ("visar ett fel*", .chargingFailure, 2.5), ("error code", .chargingFailure, 2.5), ("shuts off", .chargingFailure, 2.5), ("switches off", .chargingFailure, 2.5),
        ("turns off", .chargingFailure, 2), ("only charges", .chargingFailure, 2), ("drop the session*", .chargingFailure, 3), ("drops the session*", .chargingFailure, 3),
        ("drops sessions", .chargingFailure, 3), ("dropping the session*", .chargingFailure, 3),
        ("dropping sessions", .chargingFailure, 3), ("keeps dropping", .chargingFailure, 2.5), ("kommer inte igång", .chargingFailure, 2.5),
        ("kommer inte vidare", .chargingFailure, 2.5), ("kan inte ladda", .chargingFailure, 2), ("inte kan ladda", .chargingFailure, 2), ("kunde inte ladda", .chargingFailure, 2), ("inte kunde ladda", .chargingFailure, 2),
        ("går inte att ladda", .chargingFailure, 2.5), ("cannot charge", .chargingFailure, 2), ("can't charge", .chargingFailure, 2),
        ("unable to charge", .chargingFailure, 2.5), ("couldn't charge", .chargingFailure, 2), ("could not charge", .chargingFailure, 2), ("reboot*", .chargingFailure, 2), ("restarts", .chargingFailure, 2), ("startar om", .chargingFailure, 2),
        ("does not accept", .chargingFailure, 2.5), ("doesn't accept", .chargingFailure, 2.5), ("won't accept", .chargingFailure, 2.5),
        ("will not accept", .chargingFailure, 2.5), ("not accepting", .chargingFailure, 2.5), ("tar inte emot", .chargingFailure, 2),
        ("slår ifrån", .chargingFailure, 2), ("slår den ifrån", .chargingFailure, 2), ("inget laddas", .chargingFailure, 2.5),
        ("laddas inte", .chargingFailure, 2.5), ("långsamt", .chargingFailure, 1.5), ("contactor", .chargingFailure, 2), ("kontaktor", .chargingFailure, 2), ("kontaktorn", .chargingFailure, 2), ("klickar men", .chargingFailure, 2), ("clicks but", .chargingFailure, 2), ("jättelångsamt", .chargingFailure, 2), ("långsam laddning", .chargingFailure, 2), ("laddar långsamt", .chargingFailure, 2.5),
        ("supersakta", .chargingFailure, 2.5), ("laddar sakta", .chargingFailure, 2.5), ("jättesakta", .chargingFailure, 2.5),
        ("väldigt sakta", .chargingFailure, 2.5), ("mycket sakta", .chargingFailure, 2.5), ("extremt sakta", .chargingFailure, 2.5), ("för lite effekt", .chargingFailure, 2.5),
        ("drops to zero", .chargingFailure, 3), ("sjunker till noll", .chargingFailure, 3), ("charging fails", .chargingFailure, 3), ("laddningen misslyckas", .chargingFailure, 3),
        ("fails straight away", .chargingFailure, 2.5), ("even though the cable is plugged", .chargingFailure, 3),
        ("although the cable is plugged", .chargingFailure, 3), ("although it is plugged in", .chargingFailure, 3), ("although it's plugged in", .chargingFailure, 3), ("plug in your vehicle", .chargingFailure, 2.5), ("slutar mitt i", .chargingFailure, 3), ("even though the car is plugged", .chargingFailure, 3), ("kopplar ur efter", .chargingFailure, 3), ("kopplar bort efter", .chargingFailure, 3), ("fails immediately", .chargingFailure, 2.5), ("fails every time", .chargingFailure, 2.5),
        ("misslyckas direkt", .chargingFailure, 2.5), ("misslyckas varje gång", .chargingFailure, 2.5),
        ("slow charging", .chargingFailure, 2), ("charges slowly", .chargingFailure, 2), ("very slow", .chargingFailure, 1.5),
        ("only gives", .chargingFailure, 2), ("ger bara", .chargingFailure, 2),
        // Reduced power: a phase lost, or the unit derating.
        ("only delivers", .chargingFailure, 2), ("only charges at", .chargingFailure, 2), ("charging slowly", .chargingFailure, 2),
        ("reduced power", .chargingFailure, 2), ("low charging power", .chargingFailure, 2), ("laddar bara med", .chargingFailure, 2),
        // Inverted after a time: "Sedan i går laddar den bara en fas".
        ("laddar den bara", .chargingFailure, 2),
        // "men nu startar laddaren inte alls", "sedan i går laddar boxen inte": the verb before its subject.
        ("startar den inte", .chargingFailure, 2.5), ("startar laddaren inte", .chargingFailure, 2.5), ("startar laddboxen inte", .chargingFailure, 2.5),
        ("startar boxen inte", .chargingFailure, 2.5),
        ("laddar den inte", .chargingFailure, 2.5), ("laddar laddaren inte", .chargingFailure, 2.5), ("laddar laddboxen inte", .chargingFailure, 2.5),
        ("laddar boxen inte", .chargingFailure, 2.5), ("laddar bilen inte", .chargingFailure, 2.5),
        // "när jag kom tillbaka hade den slutat": the session, stopped while the driver was away.
        ("hade den slutat", .chargingFailure, 2), ("har den slutat", .chargingFailure, 2),
        // A writer still learning Swedish: "laddare är inte ladda min bil, … röd lampa".
        ("inte ladda min", .chargingFailure, 2), ("inte ladda bilen", .chargingFailure, 2), ("röd lampa", .chargingFailure, 2), ("rött ljus", .chargingFailure, 2), ("blinkande rött", .chargingFailure, 2.5), ("röda lampan", .chargingFailure, 2),
        ("låg effekt", .chargingFailure, 2), ("låg laddeffekt", .chargingFailure, 2), ("halv effekt", .chargingFailure, 2),

        // connectivity: offline, no network, sessions or payments not registered
        ("offline", .connectivity, 3), ("off-line", .connectivity, 3), ("uppkoppling*", .connectivity, 2.5), ("tappat uppkopplingen", .connectivity, 3),
        ("nätverk*", .connectivity, 1.5), ("wifi", .connectivity, 2), ("wi-fi", .connectivity, 2), ("wlan", .connectivity, 2), ("sim-kort*", .connectivity, 2.5),
        ("4g", .connectivity, 1.5), ("mobilnät*", .connectivity, 2), ("router*", .connectivity, 2), ("4g-router*", .connectivity, 2.5), ("4g-modem*", .connectivity, 2.5),
        // "har tappat 4G-uppkopplingen": the connection named with its kind, joined by a hyphen.
        ("4g-uppkoppl*", .connectivity, 3),
        // "inte ansluten till molnet", "no heartbeat from the charger": the back office hears nothing from it.
        ("molnet", .connectivity, 2), ("the cloud", .connectivity, 2), ("heartbeat", .connectivity, 2.5), ("heartbeats", .connectivity, 2.5), ("3g-uppkoppl*", .connectivity, 3), ("mobiluppkoppl*", .connectivity, 3), ("modem*", .connectivity, 2),
        ("svarar inte i portalen", .connectivity, 2.5), ("inga laddsessioner", .connectivity, 2.5), ("inga laddningar registreras", .connectivity, 3), ("transaktioner", .connectivity, 2.5), ("transaktionerna", .connectivity, 2.5),
        ("betalning*", .connectivity, 1.5), ("registreras inte", .connectivity, 2.5), ("sim card", .connectivity, 2.5), ("network light", .connectivity, 3), ("network led", .connectivity, 3), ("nätverkslampa*", .connectivity, 3), ("registrerar inte", .connectivity, 2.5), ("registrerar inga", .connectivity, 3), ("registrerar ingen", .connectivity, 3), ("utan att det dragits pengar", .connectivity, 3), ("utan att dra pengar", .connectivity, 3), ("drar inga pengar", .connectivity, 3), ("ur funktion i appen", .connectivity, 4), ("syns som ur funktion", .connectivity, 4), ("ledig i appen", .connectivity, 3), ("available in the app", .connectivity, 2.5), ("aldrig kommer in på", .connectivity, 3), ("paid into our account", .connectivity, 3.5), ("money into our account", .connectivity, 3.5), ("never reaches our account", .connectivity, 3.5), ("pengarna aldrig", .connectivity, 3), ("pengarna kommer aldrig", .connectivity, 3.5), ("står det 0 kr", .connectivity, 3), ("shows 0 kr", .connectivity, 3), ("varit grå", .connectivity, 3), ("ur appen", .connectivity, 2), ("never shows up", .connectivity, 3), ("inga pass", .connectivity, 2.5), ("inga laddpass", .connectivity, 3), ("according to the app", .connectivity, 2), ("nobody has charged", .connectivity, 3), ("no comms", .connectivity, 3.5), ("comms", .connectivity, 2.5), ("charging history", .connectivity, 2.5), ("laddhistorik*", .connectivity, 2.5), ("charger not found", .connectivity, 3), ("device not found", .connectivity, 3), ("ansluter till server*", .connectivity, 3.5), ("recorded twice", .connectivity, 3), ("billing export", .connectivity, 2.5), ("flapping", .connectivity, 2.5), ("awol", .connectivity, 2.5), ("laggar", .connectivity, 3), ("laggig*", .connectivity, 3), ("laggy", .connectivity, 3), ("triggermessage", .connectivity, 3), ("bootnotification", .connectivity, 3), ("kommer aldrig online", .connectivity, 3), ("websocket*", .connectivity, 3), ("metervalues", .connectivity, 3), ("stopped arriving", .connectivity, 3), ("csms", .connectivity, 3), ("tls certificate", .connectivity, 3), ("ssl certificate", .connectivity, 3), ("certificate has expired", .connectivity, 3), ("certificate expired", .connectivity, 3), ("certifikatet har gått ut", .connectivity, 3), ("utgånget certifikat", .connectivity, 3), ("tls", .connectivity, 2.5), ("not visible to the", .connectivity, 3), ("management system", .connectivity, 2), ("stopped coming in", .connectivity, 3), ("usage data", .connectivity, 2.5), ("pratar inte med servern", .connectivity, 3.5), ("pratar inte med", .connectivity, 2.5), ("timeout", .connectivity, 2.5), ("timing out", .connectivity, 2.5), ("times out", .connectivity, 2.5), ("kontaktbar", .connectivity, 2.5), ("uppdateras inte i appen", .connectivity, 3.5), ("no backend", .connectivity, 3.5), ("gone from the dashboard", .connectivity, 3), ("from the dashboard", .connectivity, 2.5), ("ethernet port", .connectivity, 3), ("sync*", .connectivity, 2), ("synk*", .connectivity, 2), ("internet", .connectivity, 1.5), ("lan cable", .connectivity, 3), ("lan-kabel*", .connectivity, 3), ("lan port", .connectivity, 3), ("mobile net", .connectivity, 3), ("sim", .connectivity, 2), ("förbindelse*", .connectivity, 2.5), ("telemetry", .connectivity, 2.5), ("telemetri*", .connectivity, 2.5), ("kontakten med nätet", .connectivity, 3.5), ("mobile signal", .connectivity, 3), ("weak signal", .connectivity, 3), ("signal strength", .connectivity, 3), ("mobilsignal*", .connectivity, 3), ("signalstyrka*", .connectivity, 3), ("lost its signal", .connectivity, 3), ("4g signal", .connectivity, 3), ("never connected", .connectivity, 3), ("reaches the backend", .connectivity, 3), ("reach the backend", .connectivity, 3), ("tappar förbindelsen", .connectivity, 3), ("förbindelsen med servern", .connectivity, 3), ("status notification*", .connectivity, 2.5), ("överförs inte", .connectivity, 3), ("inte överförs", .connectivity, 3), ("debiteringssystem*", .connectivity, 2.5), ("charger remotely", .connectivity, 2.5), ("ej nåbar", .connectivity, 3), ("inte nåbar", .connectivity, 3), ("onåbar", .connectivity, 3), ("new ip", .connectivity, 2.5), ("disappears from the", .connectivity, 2.5), ("försvinner från", .connectivity, 2.5), ("never uploaded", .connectivity, 3), ("not uploaded", .connectivity, 3), ("laddas inte upp", .connectivity, 3), ("inte laddats upp", .connectivity, 3), ("pairing", .connectivity, 2.5), ("parkoppling*", .connectivity, 2.5), ("har inte uppdaterats", .connectivity, 2), ("not checked in", .connectivity, 3), ("hasn't checked in", .connectivity, 3), ("shows the charger as", .connectivity, 2), ("visar laddaren som", .connectivity, 2), ("ethernet*", .connectivity, 2.5), ("nätverkskabel*", .connectivity, 2.5), ("doesn't report in", .connectivity, 3), ("does not report in", .connectivity, 3), ("to the invoicing", .connectivity, 2.5), ("into the invoicing", .connectivity, 2.5), ("till faktureringen", .connectivity, 2.5), ("ser inte laddaren i", .connectivity, 2.5), ("ser inte laddarna i", .connectivity, 2.5), ("ser inte laddboxen i", .connectivity, 2.5), ("can't see the charger in", .connectivity, 2.5), ("cannot see the charger in", .connectivity, 2.5), ("debiteras inte", .connectivity, 3), ("inte debiteras", .connectivity, 3), ("debiterades inte", .connectivity, 3), ("talk to each other", .connectivity, 3), ("communicate with each other", .connectivity, 3), ("prata med varandra", .connectivity, 3), ("pratar inte med varandra", .connectivity, 3), ("kommunicerar inte med varandra", .connectivity, 3), ("kommer inte med på", .connectivity, 2.5), ("svarar inte i appen", .connectivity, 2.5), ("svara i appen", .connectivity, 2),
        ("slutat svara", .connectivity, 1.5), ("not responding in the app", .connectivity, 2.5), ("responding in the app", .connectivity, 2),
        ("stopped responding", .connectivity, 1.5), ("inte registreras", .connectivity, 2.5),
        // A network check that found nothing: "inget svar på ping", "doesn't answer ping".
        ("svar på ping", .connectivity, 3), ("svarar inte på ping", .connectivity, 3), ("går inte att pinga", .connectivity, 3),
        ("not answer ping", .connectivity, 3), ("not respond to ping", .connectivity, 3), ("no response to ping", .connectivity, 3),
        ("ping fails", .connectivity, 3), ("no ping", .connectivity, 3),
        // The charger gone from the app: "hittar inte laddaren i appen längre", "it disappeared from the app".
        ("hittar inte laddaren i appen", .connectivity, 3.5), ("finns inte i appen", .connectivity, 3), ("försvunnit från appen", .connectivity, 3),
        ("försvunnit ur appen", .connectivity, 3), ("disappeared from the app", .connectivity, 3), ("missing from the app", .connectivity, 3),
        ("går inte att hitta i appen", .connectivity, 3), ("syns inte i appen", .connectivity, 3), ("doesn't show in", .connectivity, 2.5), ("does not show in", .connectivity, 2.5), ("no longer shows in", .connectivity, 2.5), ("no longer shows up in", .connectivity, 2.5), ("hittas inte i appen", .connectivity, 3),
        ("doesn't show up in the app", .connectivity, 3), ("no longer shows in the app", .connectivity, 3),
        ("unable to connect", .connectivity, 3), ("talk to the app", .connectivity, 2.5), ("kan inte ansluta", .connectivity, 2.5),
        ("inte registrerats", .connectivity, 2.5), ("registrerades inte", .connectivity, 2.5), ("syns inte", .connectivity, 1.5),
        // "Sedan förra veckan registreras inga laddningar": after a fronted time the verb comes first.
        ("registreras inga", .connectivity, 3), ("registreras inget", .connectivity, 3), ("registreras ingenting", .connectivity, 3),
        ("registrerades inga", .connectivity, 3), ("registrerades inget", .connectivity, 3), ("registrerades ingenting", .connectivity, 3),
        ("kvitto", .connectivity, 1.5),
        // "Kan ni skicka mig kvitto för laddningen?": a receipt asked for, not one the system lost.
        ("skicka kvitto", .other, 2.5), ("skicka mig kvitto", .other, 2.5), ("skicka ett kvitto", .other, 2.5), ("skicka mig ett kvitto", .other, 2.5),
        // "Jag skulle behöva ett kvitto på laddningen till min arbetsgivare": a receipt asked for, not one
        // missing; it outweighs its own "kvitto" and a subject's.
        ("behöva ett kvitto", .other, 4), ("behöver ett kvitto", .other, 4), ("vill ha ett kvitto", .other, 4), ("få ett kvitto", .other, 4),
        ("need a receipt", .other, 4), ("needs a receipt", .other, 4), ("needed a receipt", .other, 4), ("get a receipt", .other, 4),
        // "My employer needs it for my expenses": a receipt wanted for a claim, whatever kept it from coming.
        ("my employer needs", .other, 2.5), ("min arbetsgivare behöver", .other, 2.5), ("for my expenses", .other, 3), ("expense report", .other, 3),
        ("reseräkning*", .other, 3), ("utlägg", .other, 2.5), ("like a receipt", .other, 4),
        ("send me a receipt", .other, 2.5), ("send a receipt", .other, 2.5), ("inga kvitton", .connectivity, 2.5), ("inget kvitto", .connectivity, 2.5), ("no receipts", .connectivity, 2.5),
        // "not online in app since yesterday"; "visas som ur drift i appen men fungerar på plats": the app is wrong, the charger works.
        ("not online", .connectivity, 2.5), ("men fungerar på plats", .connectivity, 3), ("but works on site", .connectivity, 3),
        ("fungerar lokalt", .connectivity, 2.5), ("works locally", .connectivity, 2.5), ("debitering*", .connectivity, 1), ("portalen", .connectivity, 1), ("kommunikation*", .connectivity, 2),
        ("ingen kontakt", .connectivity, 2), ("kvittens", .connectivity, 1.5), ("drogs två gånger", .connectivity, 2.5), ("dragits två gånger", .connectivity, 2.5),
        ("dubbeldebiter*", .connectivity, 2.5), ("debiterad två gånger", .connectivity, 3), ("debiterades två gånger", .connectivity, 3),
        ("debiterats två gånger", .connectivity, 3), ("debiterat två gånger", .connectivity, 3),
        ("betalat två gånger", .connectivity, 2.5), ("betalade två gånger", .connectivity, 2.5), ("charged me twice", .connectivity, 2.5),
        ("billed twice", .connectivity, 2.5), ("inte skickar", .connectivity, 1.5), ("skickar ingen", .connectivity, 2), ("någon data", .connectivity, 2), ("charged twice", .connectivity, 2.5),
        // "the app took the payment twice": a payment the back office booked twice, as "drogs två gånger" above.
        ("payment twice", .connectivity, 2.5), ("paid twice", .connectivity, 2.5), ("debited twice", .connectivity, 2.5),
        // "took my money twice for one session", "tog betalt två gånger".
        ("money twice", .connectivity, 2.5), ("tog betalt två gånger", .connectivity, 3), ("billed three times", .connectivity, 2.5),
        ("charged three times", .connectivity, 2.5),
        ("double charged", .connectivity, 2.5), ("not communicating", .connectivity, 3),
        ("communicating", .connectivity, 2), ("back office", .connectivity, 1.5), ("not recorded", .connectivity, 2.5), ("no record of", .connectivity, 3), ("never went through", .connectivity, 2), ("being recorded", .connectivity, 2),
        // "säger Ingen kommunikation med servern och startar inte": the charger's own message names the cause.
        ("ingen kommunikation", .connectivity, 3.5), ("no communication", .connectivity, 3.5), ("communication error", .connectivity, 3.5),
        ("kommunikationsfel", .connectivity, 3.5),
        ("kommunicerar inte", .connectivity, 3), ("inte uppkopplad", .connectivity, 3), ("ej uppkopplad", .connectivity, 3), ("slutat kommunicera", .connectivity, 3), ("stopped communicating", .connectivity, 3),
        // "visar Ingen anslutning i appen": what the app says of a charger it cannot reach.
        ("ingen anslutning", .connectivity, 3), ("saknar anslutning", .connectivity, 3), ("anslutning saknas", .connectivity, 3),
        ("no connection", .connectivity, 3),
        ("ingen anslutning till servern", .connectivity, 3.5), ("no connection to the server", .connectivity, 3.5), ("cannot connect to the server", .connectivity, 3.5), ("ocpp server", .connectivity, 3), ("ocpp", .connectivity, 2),
        // "har inte synts i systemet sedan i fredags": the back office has not seen it.
        ("inte synts", .connectivity, 2.5), ("kan inte ansluta till servern", .connectivity, 3.5),
        ("inte kommunicerar", .connectivity, 3), ("inte syns", .connectivity, 1.5), ("tappar anslutning*", .connectivity, 3), ("tappat anslutning*", .connectivity, 3),
        // "the app loses contact with it each time it reboots": the back office cannot reach it.
        ("app loses contact", .connectivity, 3.5), ("loses contact with the app", .connectivity, 3.5), ("appen tappar kontakten", .connectivity, 3.5),
        ("tappar kontakten med appen", .connectivity, 3.5), ("appen förlorar kontakten", .connectivity, 3.5),
        ("förlorar anslutning*", .connectivity, 3), ("loses connection", .connectivity, 3), ("losing connection", .connectivity, 3), ("loses its connection", .connectivity, 3), ("loses the connection", .connectivity, 3), ("losing its connection", .connectivity, 3), ("lost its connection", .connectivity, 3),
        // "drops out of the app": out of the back office, not a session stopping.
        ("drops out of the app", .connectivity, 4), ("dropping out of the app", .connectivity, 4), ("dropped out of the app", .connectivity, 4), ("dropped off the", .connectivity, 2.5), ("drops out of the portal", .connectivity, 4),
        ("tappar uppkoppling*", .connectivity, 3), ("ingen data", .connectivity, 2.5), ("no data", .connectivity, 2.5),
        ("faktureringsdata", .connectivity, 2), ("inte skicka", .connectivity, 1.5), ("skickar inte", .connectivity, 1.5), ("inget nät", .connectivity, 3), ("ingen täckning", .connectivity, 3),
        ("no signal", .connectivity, 3), ("no coverage", .connectivity, 3), ("no network", .connectivity, 3), ("network", .connectivity, 1.5), ("connection", .connectivity, 1.5),
        ("connectivity", .connectivity, 2.5), ("communication", .connectivity, 2), ("not logged", .connectivity, 3), ("no sessions", .connectivity, 2.5),
        ("not registered", .connectivity, 2.5), ("been registered", .connectivity, 1.5), ("sessions", .connectivity, 1), ("payments", .connectivity, 1.5),
        ("receipt", .connectivity, 1.5), ("billed", .connectivity, 1), ("portal", .connectivity, 1), ("lost connection", .connectivity, 3), ("does not show up", .connectivity, 2.5),
        ("doesn't show up", .connectivity, 2.5), ("not showing up", .connectivity, 2.5),
        // "the new one is not showing in the portal": the back office does not see the charger.
        ("not showing in the portal", .connectivity, 3), ("not showing in the app", .connectivity, 3), ("not visible in the portal", .connectivity, 3), ("cannot be seen in the", .connectivity, 3), ("can't be seen in the", .connectivity, 3), ("inte hörts av", .connectivity, 3), ("rätt konto", .connectivity, 2.5),
        ("not visible in the app", .connectivity, 3), ("doesn't show in the portal", .connectivity, 3), ("doesn't show in the app", .connectivity, 3),
        ("does not show in the portal", .connectivity, 3), ("does not show in the app", .connectivity, 3), ("syns inte längre", .connectivity, 2.5), ("disconnected", .connectivity, 2),
        // "gästerna har laddat men inget syns i systemet": sessions that happened but never reached the back office.
        // "går inte att nå i portalen": the back office cannot reach the charger.
        ("går inte att nå", .connectivity, 3), ("kan inte nås", .connectivity, 3), ("går inte att ansluta till", .connectivity, 2.5),
        ("cannot be reached", .connectivity, 3), ("can't be reached", .connectivity, 3), ("unreachable", .connectivity, 3), ("not reachable", .connectivity, 3),
        ("inget syns i systemet", .connectivity, 3), ("syns inte i systemet", .connectivity, 3), ("saknas i rapporten", .connectivity, 2.5),
        ("nothing shows in the system", .connectivity, 3), ("not showing in the system", .connectivity, 3), ("missing from the report", .connectivity, 2.5),
        ("unavailable", .connectivity, 1.5), ("otillgänglig", .connectivity, 1.5), ("ej tillgänglig", .connectivity, 1.5), ("inte tillgänglig", .connectivity, 1.5),
        // "står som 'Ej kommunicerande' i systemet", "har inte kontakt med nätet", "har slutat visas i appen",
        // "laddningarna kommer inte med i rapporterna": the back office has lost the charger or its sessions.
        ("ej kommunicerande", .connectivity, 3), ("wifi:t", .connectivity, 2), ("is not connected", .connectivity, 2.5), ("missing the sessions", .connectivity, 3), ("sessions are missing", .connectivity, 3), ("hittar inte wifi*", .connectivity, 3), ("hittar inte nätverket", .connectivity, 3), ("utgråad", .connectivity, 3), ("utgråat", .connectivity, 3), ("greyed out", .connectivity, 3), ("grayed out", .connectivity, 3), ("mätarvärden", .connectivity, 2.5), ("meter values", .connectivity, 2.5),
        // The app or the billing cannot reach the charger: "not visible in the Easee app", "vi kan
        // inte nå den i appen", "tappat sin koppling till appen", "inga laddningar … in i vårt faktureringssystem".
        ("not visible in the", .connectivity, 3), ("wifi-lamp*", .connectivity, 2.5), ("wifi light", .connectivity, 2.5), ("nå den i appen", .connectivity, 3.5), ("nå laddaren i appen", .connectivity, 3.5),
        ("reach it in the app", .connectivity, 3.5), ("koppling till appen", .connectivity, 3), ("kopplingen till appen", .connectivity, 3),
        ("connection to the app", .connectivity, 3), ("faktureringssystem*", .connectivity, 2.5), ("billing system", .connectivity, 2.5),
        // "'Inget internet' sedan i morse", "has not called home to the backend", "fått ny IP-adress
        // och nu hittar systemet den inte": the charger and its back office out of touch.
        ("inget internet", .connectivity, 3.5), ("no internet", .connectivity, 3.5), ("called home", .connectivity, 3),
        ("the backend", .connectivity, 2), ("ip-adress*", .connectivity, 3), ("ip address", .connectivity, 3),
        // "har inte synkat med portalen", "har inte gått att nå på distans": the back office lost it.
        ("inte synkat", .connectivity, 3), ("kan inte synka", .connectivity, 3), ("mot servern", .connectivity, 2), ("synkat med", .connectivity, 2.5), ("nå på distans", .connectivity, 3.5), ("nås på distans", .connectivity, 3.5),
        ("nå den på distans", .connectivity, 3.5), ("reach it remotely", .connectivity, 3.5), ("be reached remotely", .connectivity, 3.5),
        // "rapporterar fel mätarställning till portalen": the readings the back office gets are wrong.
        ("mätarställning*", .connectivity, 3), ("meter reading*", .connectivity, 2.5),
        // "doesn't report its energy readings to the portal", "inte har varit ansluten sedan 12 november",
        // "vi får inga larm från laddaren längre": what the back office no longer hears.
        ("to the portal", .connectivity, 2), ("till portalen", .connectivity, 2), ("varit ansluten", .connectivity, 2.5),
        // "syns den som 'Okänd' i portalen": a status the portal shows; quotes break a phrase.
        ("i portalen", .connectivity, 1.5), ("in the portal", .connectivity, 1.5),
        // "statusen uppdateras inte", "kommer inte ut på nätet sedan brandväggen byttes", "the connection
        // to the operator platform drops out": the charger and its back office apart.
        ("statusen uppdateras inte", .connectivity, 3.5), ("status doesn't update", .connectivity, 3.5), ("status is not updated", .connectivity, 3.5),
        ("ut på nätet", .connectivity, 3), ("brandvägg*", .connectivity, 3), ("firewall", .connectivity, 3),
        ("operator platform", .connectivity, 3), ("connection drops", .connectivity, 3),
        ("kan inte kommunicera", .connectivity, 3), ("cannot communicate", .connectivity, 3), ("sim-abonnemang*", .connectivity, 3),
        ("kommandon", .connectivity, 2.5), ("commands", .connectivity, 2.5), ("inga larm", .connectivity, 3), ("no alarms", .connectivity, 3), ("no alerts", .connectivity, 3),
        // "registrerar laddningar på fel konto", "hamnar på fel datum i rapporten": sessions booked wrong.
        ("fel konto", .connectivity, 3), ("wrong account", .connectivity, 3), ("fel datum", .connectivity, 2.5), ("wrong date", .connectivity, 2.5),
        // "sessionerna står som pågående i portalen i flera dagar": sessions the back office never closed.
        ("står som pågående", .connectivity, 3), ("pågående i portalen", .connectivity, 3), ("still ongoing in the portal", .connectivity, 3),
        // "i portalen står laddaren som 'Ej ansluten'": what the portal says of a charger it cannot reach.
        ("ej ansluten", .connectivity, 2.5),
        // "det går inte att se någon historik för laddaren i appen": its sessions never reached the back office.
        ("någon historik", .connectivity, 3), ("ingen historik", .connectivity, 3), ("historiken är tom", .connectivity, 3),
        ("no history", .connectivity, 3), ("history is empty", .connectivity, 3), ("no session history", .connectivity, 3),
        ("kontakt med nätet", .connectivity, 3.5), ("slutat visas", .connectivity, 3),
        ("inte med i rapport*", .connectivity, 3), ("not in the reports", .connectivity, 3),

        // other: questions, bookings, quotes, invoices, relocations
        ("offert*", .other, 2), ("prisuppgift", .other, 2), ("vad kostar", .other, 1.5), ("vad skulle det kosta", .other, 2), ("ge ett pris", .other, 2),
        // A how-to question about an account, a tag or a setting, not a fault.
        ("hur gör jag för att", .other, 3), ("hur gör man för att", .other, 3), ("how do i", .other, 2.5), ("how do we", .other, 2.5),
        // How a visitor pays at all ("Is there a way to pay by card?"): a question, whatever the tag or card it names.
        ("way to pay", .other, 5), ("how can i pay", .other, 5), ("hur betalar man", .other, 5), ("hur betalar jag", .other, 5),
        ("sätt att betala", .other, 5), ("går det att betala", .other, 5),
        // A way to pay the writer wants set up, not one that fails: "Vi vill att våra kunder ska kunna betala … med kort eller Swish".
        ("ska kunna betala", .other, 3.5), ("skulle kunna betala", .other, 3.5), ("möjlighet att betala", .other, 3.5),
        ("to be able to pay", .other, 3.5), ("the option to pay", .other, 3.5),
        // Who may use the chargers, which the owner wants changed: "Vi vill att våra laddstolpar ska kunna
        // användas av patienter utan laddkort … Vad krävs för att ordna det?"
        ("ska kunna användas", .other, 3.5), ("skulle kunna användas", .other, 3.5), ("vad krävs för att", .other, 3), ("vad krävs det för att", .other, 3),
        ("what would it take to", .other, 3), ("what is needed to", .other, 3), ("what is required to", .other, 3), ("to be usable by", .other, 3.5),
        // A setting the owner wants changed ("limit the charging power to 11 kW? Our fuse is too small"): no fault.
        ("limit the charging power", .other, 3.5), ("limit the power", .other, 3.5), ("begränsa laddeffekten", .other, 3.5), ("begränsa effekten", .other, 3.5),
        ("sänka laddeffekten", .other, 3.5), ("reduce the charging power", .other, 3.5),
        ("lägga till en ny", .other, 2.5), ("lägga till ett nytt", .other, 2.5), ("add a new", .other, 2.5), ("registrera en ny", .other, 2.5),
        ("faktura*", .other, 1.5), ("kreditfaktura", .other, 3), ("parkerade på laddplats*", .other, 3.5), ("parkerar på laddplats*", .other, 3.5), ("parked in the charging*", .other, 3.5), ("blockerar laddplats*", .other, 3.5), ("blocking the charging*", .other, 3.5), ("upptar laddplats*", .other, 3.5), ("occupying the charging*", .other, 3.5), ("sätta upp en skylt", .other, 3), ("put up a sign", .other, 3), ("skaffa en laddbox", .other, 3), ("skaffa laddbox", .other, 3), ("skaffa en laddare", .other, 3), ("skaffa en laddstolpe", .other, 3), ("kostar en installation", .other, 3), ("kostar installationen", .other, 3), ("installera en laddbox", .other, 2.5), ("get a charger installed", .other, 3), ("getting a charger installed", .other, 3), ("thinking of getting a charger", .other, 3), ("cost to install", .other, 3), ("add a card reader", .other, 4), ("install a card reader", .other, 4), ("lägga till en kortläsare", .other, 4), ("sätta upp en kortläsare", .other, 4), ("what does it cost", .other, 2.5), ("what would it cost", .other, 2.5), ("hur ändrar man", .other, 3.5), ("ändra priset", .other, 3.5), ("change the price", .other, 3.5), ("how do we change", .other, 3.5), ("how do i change", .other, 3.5), ("nothing is broken", .other, 4), ("nothing's broken", .other, 4), ("inget är trasigt", .other, 4), ("inget är sönder", .other, 4), ("ingenting är trasigt", .other, 4), ("planerat strömavbrott", .other, 4), ("planerat avbrott", .other, 3.5), ("planned power cut", .other, 4), ("planned outage", .other, 3.5), ("planned power outage", .other, 4), ("att vara bruten", .other, 3.5), ("inget fel på laddaren", .other, 4), ("så ni inte larmas", .other, 3), ("inget fel på laddarna", .other, 4), ("been fine since", .other, 3), ("fungerat bra sedan", .other, 3), ("will be without power", .other, 3.5), ("will be switched off", .other, 3.5), ("will be turned off", .other, 3.5), ("power will be cut", .other, 3.5), ("power will be off", .other, 3.5), ("kommer att vara strömlös", .other, 3.5), ("kommer att vara avstängd", .other, 3.5), ("kommer vara avstängd", .other, 3.5), ("strömmen kommer att brytas", .other, 3.5), ("vill att ni hämtar", .other, 3), ("price for replacing", .other, 3), ("quote for replacing", .other, 3), ("offert på att byta", .other, 3), ("behöver inte skicka", .other, 3.5), ("behöver inte komma", .other, 3), ("don't need to send", .other, 3.5), ("no need to send", .other, 3.5), ("ärendet kan stängas", .other, 3.5), ("ärendet kan avslutas", .other, 3.5), ("case can be closed", .other, 3.5), ("ticket can be closed", .other, 3.5), ("confirm receipt", .other, 3), ("acknowledge receipt", .other, 3), ("ocpp settings", .other, 3), ("bortforsling", .other, 4), ("block it", .other, 2.5), ("block the tag", .other, 3), ("block the card", .other, 3), ("spärra taggen", .other, 3), ("spärra kortet", .other, 3), ("spärra brickan", .other, 3), ("felparker*", .other, 3), ("towed", .other, 3), ("tow away", .other, 3), ("own back office", .other, 3), ("own backend", .other, 3), ("eget backoffice", .other, 3), ("egen backend", .other, 3), ("ocpp-inställningar*", .other, 3), ("just curious", .other, 3), ("bara nyfiken", .other, 3), ("everything works", .other, 2), ("allt fungerar", .other, 2), ("debiterad", .other, 2), ("debiterats", .other, 2), ("årlig service", .other, 3),
        // "vilken säkringsstorlek laddboxarna kräver", "an electrical inspection": what an
        // installation needs or gets checked for, not a fuse that blew.
        ("säkringsstorlek*", .other, 3), ("fuse size", .other, 3), ("fuse rating", .other, 3), ("elbesiktning*", .other, 3), ("electrical inspection", .other, 3),
        ("årliga service*", .other, 3), ("boka", .other, 1.5), ("bokning", .other, 2), ("serviceprotokoll*", .other, 2), ("flytta", .other, 2.5), ("flyttar", .other, 2.5),
        ("avinstallera", .other, 2.5), ("montera ner", .other, 2.5), ("konstigt ljud", .other, 2.5), ("surrar", .other, 2), ("ljud", .other, 1),
        ("quote", .other, 2), ("price", .other, 1.5), ("cost", .other, 1.5), ("invoice*", .other, 1.5), ("annual servic*", .other, 3), ("servicing", .other, 2.5),
        ("check it over", .other, 2), ("book", .other, 1), ("moving", .other, 2.5), ("uninstall", .other, 2.5), ("relocat*", .other, 2.5), ("noise", .other, 2),
        ("credit note", .other, 3),
        // An installer's paperwork after a replacement: "Kan ni uppdatera er dokumentation och aktivera den i portalen?"
        // Strong enough to outweigh "i portalen" beside it, which is no fault either.
        ("uppdatera er dokumentation", .other, 4), ("uppdatera ert register", .other, 4), ("uppdatera era uppgifter", .other, 4),
        ("update your records", .other, 4), ("update your documentation", .other, 4), ("update your register", .other, 4),
        // An account, not a charger: "Jag kan inte logga in i er kundportal", "can't log in to the portal".
        ("logga in", .other, 3), ("log in", .other, 3), ("login", .other, 3), ("lösenord*", .other, 3), ("password", .other, 3),
        // A fault the writer says is over: "Problemet är löst … Ni kan stänga ärendet".
        ("problemet är löst", .other, 4), ("problemet är åtgärdat", .other, 4), ("felet är löst", .other, 4), ("felet är åtgärdat", .other, 4),
        ("stänga ärendet", .other, 3), ("avsluta ärendet", .other, 3), ("problem is solved", .other, 4), ("problem is resolved", .other, 4),
        ("issue is solved", .other, 4), ("issue is resolved", .other, 4), ("close the ticket", .other, 3), ("close the case", .other, 3),
        // A bill disputed: "I got charged 890 kr for 40 kWh", "they overcharged me".
        ("got charged", .other, 2), ("overcharged", .other, 2.5), ("charged me", .other, 2), ("charged us", .other, 2), ("wrong price", .other, 2), ("support agreement covering", .other, 2), ("kreditera*", .other, 2.5), ("ingick i avtalet", .other, 2),
        ("ingår i avtalet", .other, 2), ("would like a quote", .other, 3), ("second charger", .other, 2), ("en till laddare", .other, 2),
        ("ytterligare en laddare", .other, 2), ("ytterligare en laddbox", .other, 2),
        // "Det är inte ett fel på laddaren men …": the writer says the charger is not what is wrong.
        ("inte ett fel på laddare*", .other, 5), ("inte något fel på laddare*", .other, 5), ("inte fel på laddare*", .other, 5),
        ("not a fault with the charger", .other, 5), ("not a problem with the charger", .other, 5), ("not a fault of the charger", .other, 5),
        ("nothing wrong with the charger", .other, 4),
        // A house bought with its charger: "Ny ägare till wallbox", "kan man föra över den till oss", "teckna något avtal".
        ("ny ägare", .other, 2.5), ("nya ägare", .other, 2.5), ("new owner", .other, 2.5), ("new owners", .other, 2.5),
        ("föra över", .other, 2), ("teckna avtal", .other, 2.5), ("teckna ett avtal", .other, 2.5), ("teckna något avtal", .other, 2.5),
        // "Kan ni uppgradera dem till högre effekt, 150 kW istället för 100?": more power asked for, not less delivered.
        ("uppgradera", .other, 3), ("uppgradering", .other, 3), ("upgrade", .other, 3), ("upgrading", .other, 3),
        // "was charged 450 SEK for 3 kWh … I believe this is an error and would like a refund": a bill disputed, not a fault.
        ("refund", .other, 2.5), ("refunded", .other, 2.5), ("återbetalning", .other, 2.5),
        ("believe this is an error", .other, 3), ("must be an error", .other, 3), ("must be a mistake", .other, 3),
        // "ska utöka matningen till laddboxarna. Kan ni skicka dokumentation över installationen?": an
        // electrician's planned work and the papers for it; the supply is being changed, not lost.
        ("utöka matningen", .other, 3.5), ("förstärka matningen", .other, 3.5), ("skicka dokumentation", .other, 3),
        ("send documentation", .other, 3), ("send the documentation", .other, 3), ("send us the documentation", .other, 3),
    ]

    /// "Ingen av laddboxarna har ström", "none of the chargers have power": a quantifier that
    /// denies the power noun later in the same clause, which a phrase of adjacent words misses.
    public static let noneWords: [String] = ["ingen", "inga", "inget", "none", "neither", "nobody"]
    public static let powerNouns: [String] = ["ström", "power", "spänning", "electricity", "voltage"]
    /// Starting or accepting a session, denied by a none-word before it ("Neither of the two
    /// chargers would start charging", "Ingen av laddarna startar"): the sessions fail.
    public static let startVerbs: [String] = ["start", "starts", "started", "starta", "startar", "startade", "startas",
                                              "accept", "accepts", "accepted", "godkänner", "godkände"]

    /// Asking for a charge card or tag, or saying one is lost: when the writer says nothing
    /// fails, the cards the mail names are what it wants, not what fails ("How do I get an RFID
    /// tag?", "Jag har tappat mitt laddkort"); see `CategoryClassifier.asksForCard`.
    public static let cardRequests: [String] = [
        // "undrar hur jag får en tagg": the same question as a clause.
        "hur får jag", "hur får man", "hur jag får", "hur man får", "how to get", "how i get", "hur beställer", "beställa", "beställer", "köpa", "tappat", "tappade", "borttappat", "förlorat",
        "nytt kort", "nytt laddkort", "ny bricka", "nya brickor", "fler brickor", "fler kort", "fler laddkort", "fler taggar", "fler laddbrickor", "vill ha fler", "vill ha nya",
        "få ett", "få en", "få nya", "få fler", "ansöka om", "hämta ut",
        "where do i get", "where can i get", "get a", "get an", "get another", "get new", "get more", "get extra",
        "order", "ordering", "buy", "lost my", "lost our", "lost the", "new card", "new tag", "new tags",
        "extra", "spare tag", "spare card", "more tags", "more cards", "apply for",
        // "We need ten new RFID tags … the old ones have been lost."
        "need new", "need more", "need a new", "need some", "behöver nya", "behöver fler", "behöver nytt", "behöver ett nytt", "behöver en ny",
        "have been lost", "has been lost", "were lost", "got lost", "har tappats", "kommit bort", "har försvunnit",
        // "We have lost two of the RFID cards … deactivate the old ones", "spärra den gamla brickan".
        "have lost", "new ones", "deactivate", "spärra",
        // "Behöver jag en tagg?", "Do I need a card?": a newcomer asking what it takes to charge.
        "behöver jag", "behöver man", "do i need", "do we need",
    ]

    /// Words that put a sentence's fault in the past ("was hit by a car last year"): its fault
    /// terms weigh little, as the mail is about something else now.
    public static let pastMarkers: [String] = ["last year", "förra året", "i fjol", "ifjol", "year ago", "years ago", "år sedan", "år sen",
                                               "last winter", "last summer", "i vintras", "i somras", "förra vintern", "förra sommaren"]

    /// "…is black but it still charges cars fine": the charger has power whatever its screen or
    /// lamp shows, so no word of darkness in the sentence says it has none.
    public static let stillCharging: [String] = ["laddar fortfarande", "laddar ändå", "laddar som vanligt", "laddar som den ska", "still charges",
                                                 "still charging", "charges fine", "charges normally", "charges cars fine", "still works",
                                                 "fungerar fortfarande", "funkar fortfarande",
                                                 // It takes payment, so it has power: "tar emot betalning men ingen ström går till bilen".
                                                 "tar emot betalning", "tar betalt", "accepts payment", "takes payment", "takes my payment",
                                                 // Its ready light is on, so it has power: "lyser grönt som vanligt men … händer ingenting".
                                                 "lyser grönt", "visar grönt", "shows green", "light is green", "lights are green",
                                                 // It starts sessions: "den är helt svart, men laddaren verkar ändå starta sessioner".
                                                 "starta sessioner", "startar sessioner", "startar laddningar", "starts sessions", "start sessions"]

    /// "Doesn't work" and nothing more: the charger fails at its one job, a charging failure;
    /// counted only when no word says how it fails (see `CategoryClassifier`).
    public static let notWorking: [String] = [
        "fungerar inte", "funkar inte", "inte fungerar", "inte funkar", "fungerar ej",
        // The past, and the verb before its subject: "i söndags fungerade det inte".
        "fungerade inte", "funkade inte", "fungerade ej", "fungerade det inte", "funkade det inte", "fungerade den inte", "fungerar den inte",
        // Norwegian and Danish visitors: "ladestasjonen virker ikke".
        "virker ikke", "virkede ikke", "virket ikke", "fungerer ikke", "funker ikke", "doesn't work", "does not work", "not working",
        "isn't working", "aren't working", "ur funktion", "out of order", "ur drift",
        "did not work", "didn't work", "won't work", "will not work", "wouldn't work", "out of service",
        // A charger that "no longer works" (a person "no longer works at" a place: see `autoReplyBody`).
        "no longer works", "no longer working",
    ]
}
