import Desk
import Foundation

/// How tickets read on a terminal and as JSON.
public enum TicketFormatting {
    public static func timeLeft(_ ticket: Ticket, now: Date) -> String {
        guard let deadline = ticket.deadline else { return "no deadline" }
        let seconds = Int(deadline.timeIntervalSince(now))
        let sign = seconds < 0 ? "overdue " : ""
        let s = abs(seconds)
        return "\(sign)\(s / 86400)d \(s % 86400 / 3600)h \(s % 3600 / 60)m"
    }

    public static func line(_ ticket: Ticket, now: Date) -> String {
        let deadline = ticket.deadline.map { StockholmTime.format($0) } ?? "-"
        return [ticket.reference, ticket.status.rawValue, ticket.category.rawValue, deadline, timeLeft(ticket, now: now),
                ticket.assignee ?? "queue", ticket.location ?? "-", ticket.subject].joined(separator: "\t")
    }

    public static func details(_ ticket: Ticket, events: [TicketEvent], now: Date) -> String {
        var lines = [
            "\(ticket.reference)  \(ticket.status.rawValue)  \(ticket.category.rawValue)",
            "subject:   \(ticket.subject)",
            "customer:  \(ticket.customerName ?? "")" + (ticket.customerAddress.map { " <\($0)>" } ?? ""),
            "location:  \(ticket.location ?? "-")",
            "owner:     \(ticket.owner ?? "-")",
            "charger:   \(ticket.linkedCharger ?? ticket.chargerID ?? "-")" + (ticket.linkedCharger == nil && ticket.chargerID != nil ? " (not in registry)" : ""),
            "contract:  \(ticket.contract ?? "-")" + (ticket.serviceLevel.map { " (\($0))" } ?? "") + (ticket.contractGiven.map { "; mail says \($0)" } ?? ""),
            "deadline:  \(ticket.deadline.map { StockholmTime.format($0) } ?? "-") [\(ticket.deadlineSource.rawValue)], \(timeLeft(ticket, now: now))",
            "assignee:  \(ticket.assignee ?? "coordinators' queue")",
        ]
        for flag in ticket.flags { lines.append("flag:      \(flag)") }
        lines.append("history:")
        for event in events {
            let detail = event.detail.replacingOccurrences(of: "\n", with: " ⏎ ")
            lines.append("  \(StockholmTime.format(event.at))  \(event.kind.rawValue)\(event.isInternal ? " (internal)" : "")  \(event.actor)  \(detail.prefix(160))")
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ ticket: Ticket, now: Date, events: [TicketEvent]? = nil) -> String {
        var json = JSONLine()
        json.add("id", String(ticket.id ?? 0))
        json.add("reference", ticket.reference)
        json.add("status", ticket.status.rawValue)
        json.add("received_at", StockholmTime.format(ticket.receivedAt))
        json.add("customer", ticket.customerAddress)
        json.add("subject", ticket.subject)
        json.add("language", ticket.language.rawValue)
        json.add("category", ticket.category.rawValue)
        json.add("location", ticket.location)
        json.add("owner", ticket.owner)
        json.add("contract_given", ticket.contractGiven)
        json.add("contract", ticket.contract)
        json.add("service_level", ticket.serviceLevel)
        json.add("charger_id", ticket.chargerID)
        json.add("linked_charger", ticket.linkedCharger)
        json.add("deadline", ticket.deadline.map { StockholmTime.format($0) })
        json.add("deadline_source", ticket.deadlineSource.rawValue)
        json.add("time_left", timeLeft(ticket, now: now))
        json.add("assignee", ticket.assignee)
        json.add("flags", raw: "[" + ticket.flags.map(JSONLine.quote).joined(separator: ",") + "]")
        if let events {
            let items = events.map { event -> String in
                var e = JSONLine()
                e.add("at", StockholmTime.format(event.at))
                e.add("kind", event.kind.rawValue)
                e.add("actor", event.actor)
                e.add("detail", event.detail)
                e.add("internal", event.isInternal ? "yes" : "no")
                return e.text
            }
            json.add("history", raw: "[" + items.joined(separator: ",") + "]")
        }
        return json.text
    }
}
