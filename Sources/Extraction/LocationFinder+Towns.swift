/// Towns: "i Sundsvall", "in Kiruna", ", Malmö", "outside Härnösand"; a town that is part
/// of a company's name is none.
extension LocationFinder {
    /// A town the writer connects to the place: "i Sundsvall", "in Kiruna", ", Malmö", "outside Härnösand".
    func town(after index: Int, within range: Range<Int>) -> (String, Int)? {
        var k = index
        var steps = 0
        while k < range.upperBound, steps < 6 {
            let token = tokens[k]
            if token.text == "." || token.text == "!" || token.text == "?" { return nil }
            // "Storgatan 12\n852 30 Sundsvall": an address block's postal line.
            if token.kind == .lineBreak, steps == 0, let afterCode = postalCode(after: k, within: range),
               let (name, end) = townName(at: afterCode, within: range) {
                return (name, end)
            }
            if token.kind == .lineBreak, steps > 0 { return nil }
            // A street address comes first: "Site, Street 3, Town" is read as site, address, town;
            // also a street without a street ending after a comma ("Site, Lindholmspiren 5, Town").
            if isStreetWord(k), isHouseNumber(k + 1) { return nil }
            if k > index, tokens[k - 1].text == ",", token.kind == .word, token.isCapitalized, k + 1 < range.upperBound, tokens[k + 1].spaceBefore,
               isHouseNumber(k + 1) {
                return nil
            }
            // … in English order: "Site, 22 Harbour Road, Town".
            if token.kind == .number, isHouseNumber(k), (k + 1 < range.upperBound && isStreetWord(k + 1)) || (k + 2 < range.upperBound && isStreetWord(k + 2)) {
                return nil
            }
            if (token.is(.townConnector) || token.text == "," || token.text == "(" || isOnIsland(k, within: range)) && k + 1 < range.upperBound {
                if let (name, end) = townName(at: k + 1, within: range) {
                    // "parkeringen vid Centralstationen i Uppsala": what "vid" led to is a place in the town that follows.
                    if token.text != ",", token.folded != "i", token.folded != "in",
                       end + 1 < range.upperBound, tokens[end].folded == "i" || tokens[end].folded == "in",
                       let (town, townEnd) = townName(at: end + 1, within: range) {
                        return (name + ", " + town, townEnd)
                    }
                    return (name, end)
                }
                // "parkeringen vid Friskis & Svettis i Ljusdal": a name of several words, then the town;
                // "parkeringen vid Hotell Fjällgården i Åre": a kind of site and its name.
                if token.text != ",", token.text != "(", token.folded != "i", token.folded != "in", isNameWord(k + 1),
                   let named = site(after: k + 1, preposition: token.folded, within: range), !named.isTownOnly,
                   named.range.count >= 3 || (named.range.count == 2 && tokens[k + 1].is(.siteType)),
                   named.range.upperBound + 1 < range.upperBound, tokens[named.range.upperBound].folded == "i" || tokens[named.range.upperBound].folded == "in",
                   let (town, townEnd) = townName(at: named.range.upperBound + 1, within: range) {
                    return (named.text + ", " + town, townEnd)
                }
                // ", 436 39 Askim": the town after a postal code, which the location leaves out.
                if token.text == ",", let afterCode = postalCode(after: k, within: range), let (name, end) = townName(at: afterCode, within: range) {
                    return (name, end)
                }
            }
            if token.kind == .word, !token.isCapitalized, !Self.wordsBeforeTown.contains(token.folded), !token.is(.townConnector) {
                return nil
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// "Ekbacksvägen 11 på Lidingö", "Storgatan 3 på Södermalm": Swedish puts islands and a few
    /// city districts after "på", not "i"; these names are towns there as others are after "i".
    func isOnIsland(_ index: Int, within range: Range<Int>) -> Bool {
        tokens[index].folded == "pa" && index + 1 < range.upperBound && tokens[index + 1].isCapitalized
            && Self.townsAfterPa.contains(tokens[index + 1])
    }
    static let townsAfterPa = WordSet(["Lidingö", "Gotland", "Öland", "Orust", "Tjörn", "Värmdö", "Ekerö", "Öckerö", "Hisingen", "Hönö",
                                       "Södermalm", "Kungsholmen", "Östermalm", "Norrmalm", "Frösön", "Alnö", "Hammarö", "Väddö", "Ljusterö",
                                       "Resarö", "Visingsö", "Ven", "Styrsö", "Donsö", "Brännö", "Koster", "Gräsö", "Singö", "Tynningö"]
        .map { TextFolding.fold($0) })

    /// Lower-case words that may stand between a site and its town: directions, and the
    /// charger or shop at the site ("at the Circle K charger in Mjölby", "the ICA store in Kiruna").
    static let wordsBeforeTown = WordSet(["här", "strax", "väster", "öster", "norr", "söder", "norra", "södra", "just",
                                      "charger", "chargers", "store", "shop", "laddaren", "laddarna", "laddstolpen", "laddstolparna",
                                      "butiken"].map { TextFolding.fold($0) })

    func townName(at index: Int, within range: Range<Int>) -> (String, Int)? {
        // "(SE*LAN*E0044120)" after a site is an id, not a town: town names have no digits.
        guard index < range.upperBound, isNameWord(index), !tokens[index].is(.siteType), !isRoadNumber(tokens[index].text),
              !tokens[index].folded.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        if isStreetWord(index) || isHouseNumber(index + 1) || startsAddress(index, within: range) { return nil }
        var end = index + 1
        // Two-word towns: "Västra Frölunda", "Upplands Väsby".
        // Not "(S/N ZAP780101)": a label and the serial it gives.
        if end < range.upperBound, isNameWord(end), tokens[end].spaceBefore, !isHouseNumber(end + 1), !hasDigit(end) { end += 1 }
        if end < range.upperBound, tokens[end].kind == .word, tokens[end].spaceBefore, Self.isIDLike(tokens[end]) { return nil }
        if end < range.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized, tokens[end].is(.placeNoun) { return nil }
        // "vid Friskis & Svettis": a name joined by "&" goes on, and a town's does not.
        if end + 1 < range.upperBound, tokens[end].text == "&", isNameWord(end + 1) { return nil }
        // "Bilverkstan i Torsby AB": the town is part of a company's name.
        if tokens[(index + 1)..<end].contains(where: { $0.is(.legalForm) }) || (end < range.upperBound && tokens[end].is(.legalForm)) { return nil }
        return (text(index..<end), end)
    }
}
