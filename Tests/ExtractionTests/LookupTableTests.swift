import Testing
@testable import Extraction

/// The byte-keyed tables the tokenizer and the registry use on every token: they must answer
/// exactly as a dictionary would, including for words that collide in the filter.
@Suite struct LookupTableTests {
    @Test func wordTableAnswersLikeADictionary() {
        let words = (0..<2_000).map { "w\($0)" } + ["säkring", "laddbox", "a", ""]
        let table = WordTable(words.enumerated().map { ($0.element, $0.offset) })
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        for absent in ["w2000", "w-1", "sakring", "laddboxar", "b", "W1"] { #expect(table[absent] == nil) }
    }

    @Test func wordSetAnswersLikeASetOfStrings() {
        // Words sharing their first three bytes and length share a filter key; they must still be told apart.
        let words = (0..<1_000).map { "ord\($0)" } + ["vid", "vad", "på", "pa", "é", "laddbox", "ab", "i"]
        let set = WordSet(words + ["vid"])  // given twice, held once
        let reference = Set(words)
        #expect(set.count == reference.count)
        for word in words {
            #expect(set.contains(word))
            #expect(set.contains(Substring(word)))
        }
        for absent in ["ord1000", "ord-1", "vod", "vidd", "pä", "PA", "laddboxar", "", "abc", "e"] {
            #expect(set.contains(absent) == reference.contains(absent), "\(absent)")
        }
        let joined = set.union(["hos", "vid"])
        #expect(joined.contains("hos") && joined.contains("vid") && joined.count == reference.count + 1)
    }

    @Test func keyFilterNeverDropsAnInsertedKey() {
        let inserted = (0..<500).map { Token.key(of: "k\($0)") }
        let filter = KeyFilter(keys: inserted)
        for key in inserted { #expect(filter.mayContain(key)) }
        // A filter is allowed false positives, not a full house: most other keys are dismissed.
        let others = (0..<5_000).map { Token.key(of: "x\($0)") }
        #expect(others.filter(filter.mayContain).count < 2_500)
    }

    @Test func foldingTableAgreesWithTheScalarRules() {
        for value in 0xC0...0xFF {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(TextFolding.fold(String(scalar)) == TextFolding.foldScalar(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(TextFolding.fold("Ekbacksvägen ÅÄÖ Æble Straße “x”") == "ekbacksvagen aao aeble strasse \"x\"")
    }

    @Test func swedishLettersAreMarkedOnTokens() {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize("Laddboxen på gården fungerar inte", role: .own, firstSentence: 0, into: &tokens)
        #expect(tokens.filter { $0.is(.swedishLetter) }.map(\.text) == ["på", "gården"])
    }

    /// Every vocabulary phrase must be able to match: the tokenizer must cut it into the same
    /// words the phrase matcher compares, or the phrase silently never fires (as "won't start" did).
    @Test func everyVocabularyPhraseTokenizesIntoItsWords() {
        let phrases = Vocabulary.category.map(\.0) + Vocabulary.pastMarkers + Vocabulary.autoReplyBody + Vocabulary.bounceBody
            + Vocabulary.contractKeywords + Vocabulary.ownershipCues + Vocabulary.ownedThings
        for phrase in phrases {
            let words = TextFolding.fold(phrase).split(separator: " ").flatMap { word -> [String] in
                let word = word.hasSuffix("*") ? String(word.dropLast()) : String(word)
                return word.count > 1 && word.hasSuffix(":") ? [String(word.dropLast()), ":"] : [word]
            }
            var tokens: [Token] = []
            _ = Tokenizer.tokenize(phrase.replacingOccurrences(of: "*", with: ""), role: .own, firstSentence: 0, into: &tokens)
            #expect(tokens.map(\.folded) == words, "\(phrase)")
            #expect(tokens.allSatisfy { $0.isWordLike || $0.folded == ":" }, "\(phrase)")
        }
    }

    /// A phrase listed twice counts twice: a category would win on a duplicate, not on the text.
    @Test func noVocabularyPhraseIsListedTwice() {
        let lists: [(String, [String])] = [("category", Vocabulary.category.map(\.0)), ("pastMarkers", Vocabulary.pastMarkers),
                                          ("ownershipCues", Vocabulary.ownershipCues), ("ownedThings", Vocabulary.ownedThings),
                                          ("ownerBefore", Vocabulary.ownerBefore), ("ownerAfter", Vocabulary.ownerAfter),
                                          ("autoReplyBody", Vocabulary.autoReplyBody), ("bounceBody", Vocabulary.bounceBody)]
        for (name, phrases) in lists {
            var seen: Set<String> = []
            for phrase in phrases {
                // The tolerant matchers read "aldrig"/"ej" as "inte" after a phrase's first word: such a
                // variant would count twice.
                let words = TextFolding.fold(phrase).split(separator: " ").enumerated().map { index, word in
                    index > 0 && PhraseVariation.negations.contains(String(word)) ? "inte" : String(word)
                }
                #expect(seen.insert(words.joined(separator: " ")).inserted, "\(name): \(phrase)")
            }
        }
    }

    /// Contractions and possessives stay one word with either apostrophe; quotes around a word do not join.
    @Test func apostrophesBetweenLettersJoinAWord() {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize("It won't start, doesn’t charge at McDonald's. 'Error' 4'", role: .own, firstSentence: 0, into: &tokens)
        #expect(tokens.filter(\.isWordLike).map(\.folded) == ["it", "won't", "start", "doesn't", "charge", "at", "mcdonald's", "error", "4"])
    }

    /// The tokenizer's byte-level paths (ASCII, and Nordic words folded by table) must give
    /// each token what the generic rules give it: folded text, key, word classes, capital.
    @Test func tokenizerFastPathsAgreeWithTheGenericRules() {
        let text = "Åsa och Östen på Ängsvägen 3 i Malmö: FÖRENINGEN, Cafébyggnaden, naïve Ærø Þór ÅÄÖ åäö Straße "
            + "café-Übung SE*LAN*E001 Brf Måsen ÉCOLE × Ørsta ǅemal Ŝipo Laddbox 2026-03-01 kommunens Återvinning"
        var tokens: [Token] = []
        _ = Tokenizer.tokenize(text, role: .own, firstSentence: 0, into: &tokens)
        #expect(tokens.count > 25)
        for token in tokens where token.isWordLike {
            let generic = Token(text: token.text, folded: TextFolding.fold(token.text), kind: token.kind, role: .own, sentence: token.sentence,
                                spaceBefore: token.spaceBefore, isCapitalized: token.text.first?.isUppercase ?? false)
            #expect(token.folded == generic.folded, "\(token.text)")
            #expect(token.key == generic.key, "\(token.text)")
            #expect(token.classes == generic.classes, "\(token.text)")
            #expect(token.isCapitalized == generic.isCapitalized, "\(token.text)")
        }
    }

    /// A tolerant matcher lets adverbs stand inside a phrase and reads "aldrig"/"ej" as "inte";
    /// a strict one matches the words as listed, and neither lets an adverb turn a phrase around.
    @Test func tolerantMatchingAcceptsAdverbsAndNegationSynonyms() {
        func hits(_ text: String, tolerant: Bool) -> Int {
            var tokens: [Token] = []
            _ = Tokenizer.tokenize(TextFolding.fold(text), role: .own, firstSentence: 0, into: &tokens)
            return PhraseMatcher([("startar inte", ()), ("won't start", ())], tolerant: tolerant).matches(in: tokens).count
        }
        for text in ["Den startar inte", "Den startar fortfarande inte", "den startar tyvärr fortfarande inte", "Den startar aldrig",
                     "den startar ej", "It still won't start", "it won't even start"] {
            #expect(hits(text, tolerant: true) == 1, "\(text)")
        }
        #expect(hits("Den startar fortfarande inte", tolerant: false) == 0)
        #expect(hits("Den startar aldrig", tolerant: false) == 0)
        // Three adverbs, a word that is no adverb, or "inte" as a first word: no match.
        for text in ["den startar nu bara tyvärr inte", "den startar snabbt inte", "inte startar", "den startar men laddar inte"] {
            #expect(hits(text, tolerant: true) == 0, "\(text)")
        }
    }
}
