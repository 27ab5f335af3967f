/// Exponential backoff with jitter for reconnecting to a server: doubling from `initial` up to
/// `maximum`, each wait drawn from 50–150% of the nominal delay so that many clients restarting
/// together do not hammer the server in step.
public struct Backoff: Sendable {
    public var initial: Double
    public var maximum: Double
    public private(set) var attempt = 0

    public init(initial: Double = 1, maximum: Double = 300) {
        self.initial = initial
        self.maximum = maximum
    }

    /// The nominal delay before the next attempt (without jitter).
    public var nominal: Double { min(maximum, initial * Double(1 << min(attempt, 30))) }

    /// The wait before the next attempt; counts the attempt.
    public mutating func next<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        let wait = nominal * Double.random(in: 0.5...1.5, using: &generator)
        attempt += 1
        return wait
    }

    public mutating func next() -> Double {
        var generator = SystemRandomNumberGenerator()
        return next(using: &generator)
    }

    public mutating func reset() { attempt = 0 }
}
