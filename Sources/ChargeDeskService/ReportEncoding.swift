import Extraction
import Mail

/// The JSON form of a report for `chargedesk extract`: the eight label fields first, then
/// confidence, evidence and the parser's defects.
public enum ReportEncoding {
    public static func jsonLine(_ report: Report, file: String, defects: [ParseDefect]) -> String {
        var json = JSONLine()
        json.add("kind", report.kind.rawValue)
        json.add("language", report.language.rawValue)
        json.add("location", report.location)
        json.add("owner", report.owner)
        json.add("contract", report.contract)
        json.add("charger_id", report.chargerID)
        json.add("category", report.category.rawValue)
        json.add("linked_charger", report.linkedCharger)
        json.add("confidence", number: report.confidence)
        let evidence = report.evidence.map { item -> String in
            var entry = JSONLine()
            entry.add("field", item.field.rawValue)
            entry.add("rule", item.rule)
            entry.add("excerpt", item.excerpt)
            entry.add("confidence", number: item.confidence)
            return entry.text
        }
        json.add("evidence", raw: "[" + evidence.joined(separator: ",") + "]")
        json.add("defects", raw: "[" + defects.map { JSONLine.quote($0.description) }.joined(separator: ",") + "]")
        json.add("file", file)
        return json.text
    }

    public static func errorLine(file: String, error: String) -> String {
        var json = JSONLine()
        json.add("file", file)
        json.add("error", error)
        return json.text
    }
}
