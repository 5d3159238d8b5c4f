import AshbyAPI

extension TenantGenerator {
    mutating func generateUsers() {
        // Row 0 is the API key's own user; then every function is represented several times.
        var plan: [(UserFunction, String)] = [(.admin, "Organization Admin")]
        let perFunction = max(3, jobCount / 2)
        for _ in 0..<perFunction {
            plan.append((.recruiter, "Elevated Access"))
            plan.append((.coordinator, "Elevated Access"))
            plan.append((.hiringManager, "Limited Access"))
            plan.append((.interviewer, "Limited Access"))
            plan.append((.interviewer, "Limited Access"))
            plan.append((.approver, "Elevated Access"))
        }
        plan.append((.externalRecruiter, "External Recruiter"))
        plan.append((.admin, "Organization Admin"))
        plan.append((.interviewer, "Limited Access")) // deactivated below
        let deactivatedRow = plan.count - 1
        store.users.reserve(plan.count)
        for (row, (function, role)) in plan.enumerated() {
            let first = Vocabulary.firstNames[(row * 7 + Int(store.seed % 13)) % Vocabulary.firstNames.count]
            let last = Vocabulary.lastNames[(row * 11 + Int(store.seed % 17)) % Vocabulary.lastNames.count]
            let email = "\(TenantGenerator.slug(first)).\(TenantGenerator.slug(last))\(row)@sandbox-corp.example"
            let user = UserRecord(
                id: uuid(), firstName: row == 0 ? first : hostile.apply(first), lastName: row == 0 ? last : hostile.apply(last),
                email: email, globalRole: role, isEnabled: row != deactivatedRow, updatedAt: past(days: 30...400),
                managerRow: row == 0 ? nil : 0, function: function)
            store.users.insert(user, sequence: 0, logged: false)
            store.usersByEmail[email.lowercased()] = row
        }
        landmarks.actingUserID = store.users[0].id
        landmarks.actingUserEmail = store.users[0].email
        landmarks.deactivatedUserID = store.users[deactivatedRow].id
    }

    mutating func generateOrganization() {
        let departments: [(String, Int?, Bool)] = [
            ("Engineering", nil, false), ("Platform", 0, false), ("Product Engineering", 0, false), ("Infrastructure", 1, false),
            ("Product", nil, false), ("Design", 4, false), ("Sales", nil, false), ("Customer Success", 6, false),
            ("Marketing", nil, false), ("People", nil, false), ("Finance", nil, false), ("Legacy Operations", nil, true),
        ]
        for (name, parent, archived) in departments {
            let created = past(days: 400...900)
            store.departments.insert(
                DepartmentRecord(id: uuid(), name: hostile.apply(name), isArchived: archived, parentRow: parent, createdAt: created,
                                 updatedAt: created + TenantTime.day * Millis(random.int(in: 1...300))),
                sequence: 0, logged: false)
        }
        let locations: [(String, String, String, String?, String?, Bool)] = [
            ("San Francisco HQ", "OnSite", "United States", "California", "San Francisco", false),
            ("New York", "Hybrid", "United States", "New York", "New York", false),
            ("London", "Hybrid", "United Kingdom", "England", "London", false),
            ("Berlin", "OnSite", "Germany", "Berlin", "Berlin", false),
            ("Remote (US)", "Remote", "United States", nil, nil, false),
            ("Remote (EMEA)", "Remote", "Ireland", nil, nil, false),
            ("Toronto", "Hybrid", "Canada", "Ontario", "Toronto", true),
        ]
        for (index, (name, workplace, country, region, city, archived)) in locations.enumerated() {
            store.locations.insert(
                LocationRecord(id: uuid(), name: hostile.apply(name), isArchived: archived, workplaceType: workplace, country: country,
                               region: region, city: city, streetAddress: city == nil ? nil : "\(100 + index * 17) Market Street",
                               postalCode: city == nil ? nil : String(10000 + index * 1111)),
                sequence: 0, logged: false)
        }
    }

    mutating func generateHiringMetadata() {
        let reasons: [(String, String, Bool)] = [
            ("Not a fit for the role", "RejectedByOrg", false), ("Lacks required experience", "RejectedByOrg", false),
            ("Position filled", "RejectedByOrg", false), ("Compensation mismatch", "RejectedByOrg", false),
            ("Withdrew: accepted another offer", "RejectedByCandidate", false), ("Withdrew: not interested", "RejectedByCandidate", false),
            ("Declined our offer", "RejectedByCandidate", false), ("Unresponsive", "Other", false), ("Duplicate application", "Other", false),
            ("Headcount freeze (legacy)", "RejectedByOrg", true),
        ]
        for (text, type, archived) in reasons {
            store.archiveReasons.insert(ArchiveReasonRecord(id: uuid(), text: text, reasonType: type, isArchived: archived), sequence: 0, logged: false)
        }
        let sourceTypes = [("Inbound", uuid()), ("Outbound", uuid()), ("Referral", uuid()), ("Agency", uuid())]
        let sources: [(String, Int, Bool)] = [
            ("Company careers page", 0, false), ("LinkedIn Jobs", 0, false), ("Indeed", 0, false), ("LinkedIn Sourcing", 1, false),
            ("GitHub Sourcing", 1, false), ("Employee referral", 2, false), ("Talent Partners Agency", 3, false), ("Job fair 2019", 0, true),
        ]
        for (title, type, archived) in sources {
            store.sources.insert(SourceRecord(id: uuid(), title: title, isArchived: archived, sourceTypeID: sourceTypes[type].1,
                                              sourceTypeTitle: sourceTypes[type].0), sequence: 0, logged: false)
        }
        for (title, archived) in [("Strong referral", false), ("Silver medalist", false), ("Needs visa", false), ("Diversity pipeline", false),
                                  ("Boomerang", false), ("Do not contact", false), ("2020 campaign", true)] {
            store.tags.insert(TagRecord(id: uuid(), title: hostile.apply(title), isArchived: archived), sequence: 0, logged: false)
        }
        for title in ["Recruiter", "Coordinator", "Hiring Manager", "Sourcer", "Interviewer"] {
            store.hiringTeamRoles.insert(HiringTeamRoleRecord(id: uuid(), title: title), sequence: 0, logged: false)
        }
        let fields: [(String, String, String, [SelectableValue], Bool)] = [
            ("Desired Salary", "Candidate", "Number", [], false),
            ("Work Authorization", "Candidate", "ValueSelect", [SelectableValue(label: "Citizen", value: "citizen"),
                                                                SelectableValue(label: "Needs sponsorship", value: "sponsorship"),
                                                                SelectableValue(label: "Permanent resident", value: "resident")], false),
            ("Open to Relocation", "Candidate", "Boolean", [], false),
            ("Languages", "Candidate", "MultiValueSelect", [SelectableValue(label: "English", value: "en"), SelectableValue(label: "German", value: "de"),
                                                            SelectableValue(label: "Japanese", value: "ja"), SelectableValue(label: "Spanish", value: "es"),
                                                            SelectableValue(label: "Klingon", value: "tlh", isArchived: true)], false),
            ("Referral Bonus Eligible", "Application", "Boolean", [], false),
            ("Budget Code", "Job", "String", [], false),
            ("Signing Bonus", "Offer", "Currency", [], false),
            ("Legacy Score", "Candidate", "Number", [], true),
        ]
        for (title, object, type, values, archived) in fields {
            store.customFields.insert(CustomFieldDefinitionRecord(id: uuid(), title: title, objectType: object, fieldType: type, isArchived: archived,
                                                                  isPrivate: title == "Desired Salary", isRequired: false, selectableValues: values),
                                      sequence: 0, logged: false)
        }
    }

    /// Users of one function, in row order (all enabled).
    func users(_ function: UserFunction) -> [Int] {
        store.users.rows.indices.filter { store.users[$0].function == function && store.users[$0].isEnabled }
    }
}
