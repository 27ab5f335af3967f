import Dispatch
import Mail

extension Extractor {
    /// Nanoseconds spent in each stage of `extract`, summed over `messages`: for the benchmark's
    /// breakdown, so tuning starts from numbers rather than guesses.
    public func stageTimings(_ messages: [Message]) -> [(String, UInt64)] {
        var totals: [String: UInt64] = [:]
        var order: [String] = []
        func time<T>(_ name: String, _ body: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = body()
            if totals[name] == nil { order.append(name) }
            totals[name, default: 0] += DispatchTime.now().uptimeNanoseconds - start
            return result
        }
        var tokenCount: UInt64 = 0
        for message in messages {
            let text = time("tokenize") { CaseText(message: message, names: registry?.nameWords ?? []) }
            let tokens = text.tokens
            tokenCount += UInt64(tokens.count)
            _ = time("kind") { KindClassifier().classify(message, tokens: tokens) }
            _ = time("language") { LanguageDetector().detect(tokens) }
            _ = time("category") { CategoryClassifier(tokens: tokens).classify() }
            let contract = time("contract") { ContractFinder(tokens: tokens).find() }
            let ids = time("charger-id") { ChargerIDFinder(tokens: tokens, formats: chargerFormats).findAll() }
            let location = time("location") { LocationFinder(tokens: tokens).find() }
            _ = time("owner") { OwnerFinder(tokens: tokens, message: message, location: .some(location?.0)).find() }
            if let registry {
                _ = time("link") {
                    registry.link(chargerIDs: ids.map(\.id), contract: contract?.0, tokens: tokens)
                }
            }
        }
        // Not a time: the token count, so per-token costs can be worked out from the figures.
        return order.map { ($0, totals[$0] ?? 0) } + [("tokens", tokenCount)]
    }
}
