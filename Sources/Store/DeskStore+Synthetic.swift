import Foundation
import GRDB

extension DeskStore {
    /// Fills the store with `count` finished tickets plus one open ticket in every `openEvery`,
    /// in one SQL statement: for benchmarks of queries on a large, realistic history.
    public func insertSyntheticHistory(count: Int, openEvery: Int = 50) throws {
        try pool.write { db in
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                INSERT INTO ticket (reference, status, received_at, subject, language, category, deadline, deadline_source, flags, updated_at)
                SELECT 'HIST-' || i,
                       CASE WHEN i % ? = 0 THEN 'open' ELSE 'closed' END,
                       datetime('2020-01-01', '+' || (i / 10) || ' minutes'),
                       'Historical ticket ' || i, 'sv', 'other',
                       datetime('2026-01-01', '+' || (i % 100000) || ' minutes'),
                       'sla', '', datetime('now')
                FROM n
                """, arguments: [count, openEvery])
        }
    }
}
