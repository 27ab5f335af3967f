/// A kind of boilerplate paragraph that mail systems add (a legal footer, a gateway's
/// external-sender warning), known by how it starts and by one of the phrases it always uses.
/// Both are needed: a person's "This email is about the charger" starts like a footer, and
/// "Varning: kabeln ligger utanför boxen" like a warning.
struct BoilerplateRule: Sendable {
    private let starts: [[UInt8]]
    private let phrases: [[UInt8]]
    /// First bytes of the starts, so most lines are dismissed by one table lookup.
    private let leads: [Bool]
    private let minimumLength: Int

    /// `starts` and `phrases` lower-cased, as the segmenter lowers lines.
    init(starts: [String], phrases: [String], minimumLength: Int) {
        self.starts = starts.map { Array($0.utf8) }
        self.phrases = phrases.map { Array($0.utf8) }
        var leads = [Bool](repeating: false, count: 256)
        for start in starts { if let lead = start.utf8.first { leads[Int(lead)] = true } }
        self.leads = leads
        self.minimumLength = minimumLength
    }

    /// `line`: a whole lowered line, trimmed.
    func matches(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= minimumLength, leads[Int(line[0])], starts.contains(where: { line.starts(with: $0) }) else { return false }
        return phrases.contains { ByteSearch.contains(line, $0) }
    }
}
