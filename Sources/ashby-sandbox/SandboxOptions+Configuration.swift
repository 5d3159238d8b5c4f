import AshbySandbox

extension SandboxOptions {
    /// The tenant the options describe: the configuration's defaults, overridden by whatever flags were given.
    func configuration() -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        if let seed { configuration.seed = seed }
        if let candidates { configuration.candidates = candidates }
        if let jobs { configuration.jobs = jobs }
        if let churnPerMinute { configuration.churnPerMinute = churnPerMinute }
        if let faultProbability { configuration.faultProbability = faultProbability }
        configuration.hostile = hostile
        configuration.apiKeys = [SandboxAPIKey(key: apiKey)]
        return configuration
    }
}
