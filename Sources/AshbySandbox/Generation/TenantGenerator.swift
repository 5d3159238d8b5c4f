import AshbyAPI

/// Builds a tenant from the configuration: the same seed and sizes always give the same records.
struct TenantGenerator {
    let store: TenantStore
    let now: Millis
    let candidateCount: Int
    let jobCount: Int
    var random: SplitMix64
    var hostile: HostileText
    var landmarks = SandboxLandmarks()

    /// Applications that get an offer, with the offer scenario each one plays.
    var offerPlan: [(applicationRow: Int, scenario: OfferScenario)] = []

    init(configuration: SandboxConfiguration, now: Millis) {
        store = TenantStore(seed: configuration.seed)
        self.now = now
        candidateCount = max(0, configuration.candidates)
        jobCount = max(1, configuration.jobs)
        random = SplitMix64(seed: configuration.seed, stream: 0x6E4)
        hostile = HostileText(isOn: configuration.hostile, seed: configuration.seed)
    }

    mutating func generate() -> (TenantStore, SandboxLandmarks) {
        generateUsers()
        generateOrganization()
        generateHiringMetadata()
        generateInterviewsAndForms()
        generateJobs()
        generateCandidatesAndApplications()
        generateNotes()
        generateSchedulesAndFeedback()
        generateOffers()
        generateSurveys()
        fillLandmarks()
        store.isLive = true
        return (store, landmarks)
    }

    // MARK: - Small helpers

    mutating func uuid() -> String { store.ids.uuid() }

    /// A time `daysAgoRange` days before now, at a random minute.
    mutating func past(days range: ClosedRange<Int>) -> Millis {
        now - Millis(random.int(in: range)) * TenantTime.day - Millis(random.below(24 * 60)) * TenantTime.minute
    }

    static func slug(_ text: String) -> String {
        let folded = text.applyingTransformToASCII().lowercased()
        let kept = folded.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return kept.isEmpty ? "x" : String(String.UnicodeScalarView(kept))
    }
}

extension String {
    /// Strips accents (García → Garcia) for emails and URLs.
    func applyingTransformToASCII() -> String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "á", "à", "â", "ä", "ã", "å": out += "a"
            case "é", "è", "ê", "ë": out += "e"
            case "í", "ì", "î", "ï": out += "i"
            case "ó", "ò", "ô", "ö", "õ": out += "o"
            case "ú", "ù", "û", "ü": out += "u"
            case "ç": out += "c"
            case "ñ": out += "n"
            case "Á": out += "A"
            case "É": out += "E"
            default: if scalar.isASCII { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
