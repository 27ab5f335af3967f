import Testing
@testable import Desk

@Suite struct AssignmentTests {
    static let monday = LocalDate(2026, 11, 30)
    static let roster = [
        Technician(handle: "anna", name: "Anna", email: "anna@x.example", role: .technician, regions: ["90", "Umeå"], skills: ["zaptec", "easee"], dutyDays: [1, 2, 3, 4, 5]),
        Technician(handle: "bo", name: "Bo", email: "bo@x.example", role: .technician, regions: ["900-909"], skills: ["zaptec", "easee", "abb", "dc"], dutyDays: [1, 2, 3, 4, 5]),
        Technician(handle: "cia", name: "Cia", email: "cia@x.example", role: .technician, regions: ["85"], skills: ["garo"], dutyDays: [6, 7]),
        Technician(handle: "kim", name: "Kim", email: "kim@x.example", role: .coordinator, regions: ["90"], skills: ["zaptec"]),
    ]

    @Test func leastLoadedQualifiedTechnicianOnDuty() {
        let need = Assignment.Need(postalCode: "907 40", city: "Umeå", skills: ["Zaptec"])
        #expect(Assignment.decide(need: need, roster: Self.roster, load: [:], on: Self.monday) == .technician("anna"))
        #expect(Assignment.decide(need: need, roster: Self.roster, load: ["anna": 3, "bo": 1], on: Self.monday) == .technician("bo"))
    }

    @Test func skillsNarrowTheChoice() {
        let need = Assignment.Need(postalCode: "903 38", city: "Umeå", skills: ["abb", "dc"])
        #expect(Assignment.decide(need: need, roster: Self.roster, load: ["bo": 9], on: Self.monday) == .technician("bo"))
    }

    @Test func queueWithTheReason() {
        guard case .queue(let region) = Assignment.decide(need: .init(postalCode: "111 22", city: "Stockholm", skills: ["easee"]),
                                                          roster: Self.roster, load: [:], on: Self.monday) else { Issue.record("expected queue"); return }
        #expect(region.contains("no technician covers"))
        guard case .queue(let skill) = Assignment.decide(need: .init(postalCode: "852 30", city: "Sundsvall", skills: ["easee"]),
                                                         roster: Self.roster, load: [:], on: Self.monday) else { Issue.record("expected queue"); return }
        #expect(skill.contains("easee"))
        guard case .queue(let duty) = Assignment.decide(need: .init(postalCode: "852 30", city: "Sundsvall", skills: ["garo"]),
                                                        roster: Self.roster, load: [:], on: Self.monday) else { Issue.record("expected queue"); return }
        #expect(duty.contains("on duty"))
        #expect(Assignment.decide(need: nil, roster: Self.roster, load: [:], on: Self.monday) == .queue(reason: "charger not identified: region and skills unknown"))
    }

    @Test func offDutyDatesAreRespected() {
        var roster = Self.roster
        roster[0].offDuty = [Self.monday]
        let need = Assignment.Need(postalCode: "907 40", city: "Umeå", skills: ["easee"])
        #expect(Assignment.decide(need: need, roster: roster, load: [:], on: Self.monday) == .technician("bo"))
    }
}

@Suite struct CoordinatorCommandTests {
    @Test func commandsAtTheTopAndTheNote() throws {
        let result = CoordinatorCommand.parse("""
            #assign Anna
            #status waiting

            #eta 2026-11-26 10:00
            #contract sla-2024-0031
            #internal
            Kunden ringer tillbaka i morgon.
            #status closed
            > quoted #dispatch
            """)
        #expect(result.commands.count == 5)
        #expect(result.commands[0] == .assign("anna"))
        #expect(result.commands[1] == .status(.waiting))
        #expect(result.commands[3] == .contract("SLA-2024-0031"))
        #expect(result.commands[4] == .internal)
        guard case .eta(let date) = result.commands[2] else { Issue.record("no eta"); return }
        #expect(StockholmTime.format(date) == "2026-11-26T10:00:00+01:00")
        #expect(result.note.hasPrefix("Kunden ringer tillbaka"))
        #expect(result.note.contains("#status closed"))  // below the note: text, not a command
        #expect(result.errors.isEmpty)
    }

    @Test func badCommandsAreReported() {
        let result = CoordinatorCommand.parse("#status maybe\n#eta soon\n#contract 123\n#frobnicate\n#assign")
        #expect(result.commands.isEmpty)
        #expect(result.errors.count == 5)
    }
}

@Suite struct ThreadingTests {
    static var lookups: Threading.Lookups { Threading.Lookups(
        ticketForMessageID: { $0 == "ours-1@desk.example" ? 7 : nil },
        ticketForReference: { $0 == "CD-2026-000007" ? 7 : nil },
        partiesOfTicket: { $0 == 7 ? ["kund@brf.example", "anna@desk.example"] : [] },
        openTicketForCharger: { $0 == "EH100001" ? 9 : nil }) }

    @Test func ourMessageIDWins() {
        #expect(Threading.decide(inReplyTo: ["ours-1@desk.example"], references: [], subject: "Re: x", sender: "anyone@else.example",
                                 linkedCharger: nil, lookups: Self.lookups) == .reply(ticketID: 7, rule: "message-id"))
    }

    @Test func subjectTagOnlyFromAParty() {
        #expect(Threading.decide(inReplyTo: [], references: [], subject: "Re: [CD-2026-000007] Laddbox", sender: "Kund@BRF.example",
                                 linkedCharger: nil, lookups: Self.lookups) == .reply(ticketID: 7, rule: "subject-tag"))
        #expect(Threading.decide(inReplyTo: [], references: [], subject: "[CD-2026-000007] #status closed", sender: "stranger@evil.example",
                                 linkedCharger: nil, lookups: Self.lookups) == .forgedTag(ticketID: 7))
    }

    @Test func sameChargerOpenTicketIsAFollowUp() {
        #expect(Threading.decide(inReplyTo: ["unknown@x"], references: [], subject: "Laddbox död", sender: "a@b.example",
                                 linkedCharger: "EH100001", lookups: Self.lookups) == .followUp(ticketID: 9, rule: "open-ticket-same-charger"))
        #expect(Threading.decide(inReplyTo: [], references: [], subject: "Laddbox död", sender: "a@b.example",
                                 linkedCharger: "EH999999", lookups: Self.lookups) == .new)
    }
}

@Suite struct ContractResolutionTests {
    static let contracts = [
        "SLA-2024-0001": Contract(number: "SLA-2024-0001", level: "business-8h", maintenanceIncluded: true, validTo: LocalDate(2027, 1, 1)),
        "SLA-2020-0009": Contract(number: "SLA-2020-0009", level: "nbd", maintenanceIncluded: false, validTo: LocalDate(2023, 1, 1)),
    ]
    static let today = LocalDate(2026, 11, 30)

    func resolve(_ given: String?, _ registered: String?) -> ContractResolution.Result {
        ContractResolution.resolve(given: given, registered: registered, on: Self.today) { Self.contracts[$0] }
    }

    @Test func rules() {
        #expect(resolve("SLA-2024-0001", nil).contract?.number == "SLA-2024-0001")
        #expect(resolve(nil, "SLA-2024-0001").contract?.number == "SLA-2024-0001")
        let mismatch = resolve("SLA-2099-0001", "SLA-2024-0001")
        #expect(mismatch.contract?.number == "SLA-2024-0001")
        #expect(mismatch.flags.first?.hasPrefix("contract-mismatch") == true)
        #expect(resolve("SLA-2024-0777", nil).contract == nil)
        #expect(resolve("SLA-2024-0777", nil).flags.first?.hasPrefix("unknown-contract") == true)
        #expect(resolve("SLA-2020-0009", nil).flags.first?.hasPrefix("expired-contract") == true)
        #expect(resolve(nil, nil).flags.first?.hasPrefix("no-agreement") == true)
    }
}
