/// A known fault pattern in a charger's diagnostics log: what it means and whether a restart
/// can help. Rules are data; `manufacturer` nil applies to all makes.
public struct FaultSignature: Sendable, Equatable {
    public var manufacturer: String?
    /// Lower-case text to find in the log.
    public var pattern: String
    public var finding: String
    /// False when only a visit can fix it (a tripped RCD, a broken contactor): restarts are skipped.
    public var remotelyFixable: Bool

    public init(manufacturer: String? = nil, pattern: String, finding: String, remotelyFixable: Bool) {
        self.manufacturer = manufacturer
        self.pattern = pattern
        self.finding = finding
        self.remotelyFixable = remotelyFixable
    }

    public static let builtIn: [FaultSignature] = [
        FaultSignature(pattern: "rcd tripped", finding: "residual-current device tripped: inspect the installation on site", remotelyFixable: false),
        FaultSignature(pattern: "residual current", finding: "residual current detected: inspect the installation on site", remotelyFixable: false),
        FaultSignature(pattern: "contactor welded", finding: "welded contactor: replace on site", remotelyFixable: false),
        FaultSignature(pattern: "ground fault", finding: "ground fault: inspect earthing on site", remotelyFixable: false),
        FaultSignature(pattern: "overtemperature", finding: "over-temperature: check ventilation and cable on site", remotelyFixable: false),
        FaultSignature(pattern: "firmware crash", finding: "firmware crashed: a restart usually clears it", remotelyFixable: true),
        FaultSignature(pattern: "watchdog", finding: "watchdog reset loop: a restart usually clears it", remotelyFixable: true),
        FaultSignature(pattern: "modem", finding: "modem fault: restart, else replace the SIM or modem", remotelyFixable: true),
        FaultSignature(pattern: "rfid reader", finding: "RFID reader fault: restart, else replace the reader", remotelyFixable: true),
        FaultSignature(manufacturer: "easee", pattern: "eq-err", finding: "Easee equalizer error: restart clears most", remotelyFixable: true),
        FaultSignature(manufacturer: "zaptec", pattern: "pe fault", finding: "Zaptec PE fault: check protective earth on site", remotelyFixable: false),
        FaultSignature(manufacturer: "abb", pattern: "isolation fault", finding: "ABB isolation fault: DC insulation check on site", remotelyFixable: false),
    ]

    /// The signatures found in a log, for a charger of `manufacturer`.
    public static func scan(_ log: String, manufacturer: String?, signatures: [FaultSignature] = builtIn) -> [FaultSignature] {
        let text = log.lowercased()
        let make = manufacturer?.lowercased()
        return signatures.filter { ($0.manufacturer == nil || $0.manufacturer == make) && text.contains($0.pattern) }
    }
}
