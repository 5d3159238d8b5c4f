/// What the command line asked for. Tenant settings left nil keep `SandboxConfiguration`'s defaults.
struct SandboxOptions: Equatable {
    var port: UInt16 = 0
    var seed: UInt64?
    var candidates: Int?
    var jobs: Int?
    var churnPerMinute: Double?
    var faultProbability: Double?
    var hostile = false
    var recordPath: String?
    var apiKey = "sandbox-key"
    var showHelp = false

    /// A command line that cannot be run, with a one-line message naming the flag.
    struct Failure: Error, Equatable {
        var message: String
    }

    static let usage = """
        usage: ashby-sandbox [options]
        Serves a simulated Ashby tenant over HTTP on 127.0.0.1 and prints
        "listening on http://127.0.0.1:PORT" as its first line.

          --port N          port to listen on; 0 picks a free one (default 0)
          --seed N          seed of the generated tenant
          --candidates N    number of candidates
          --jobs N          number of jobs
          --churn N         changes per minute made while running
          --faults P        probability 0...1 of an injected fault per request
          --hostile         hostile text in names and notes
          --record FILE     append one JSON line per exchange to FILE
          --api-key KEY     the accepted API key (default $ASHBY_SANDBOX_KEY or sandbox-key)
          --help            show this help
        """

    /// Parses arguments (without the program name); `--flag value` and `--flag=value` both work.
    static func parse(_ arguments: [String], environment: [String: String] = [:]) -> Result<SandboxOptions, Failure> {
        var options = SandboxOptions()
        if let key = environment["ASHBY_SANDBOX_KEY"], !key.isEmpty { options.apiKey = key }
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            var flag = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            func value() throws(Failure) -> String {
                if let inlineValue { return inlineValue }
                guard let next = remaining.popFirst() else { throw Failure(message: "\(flag) needs a value") }
                return next
            }
            func number<Number: LosslessStringConvertible>(_ type: Number.Type, _ expected: String, valid: (Number) -> Bool = { _ in true }) throws(Failure) -> Number {
                let text = try value()
                guard let parsed = Number(text), valid(parsed) else { throw Failure(message: "\(flag) expects \(expected), got \"\(text)\"") }
                return parsed
            }
            do throws(Failure) {
                switch flag {
                case "--port": options.port = try number(UInt16.self, "a port number 0...65535")
                case "--seed": options.seed = try number(UInt64.self, "a non-negative integer")
                case "--candidates": options.candidates = try number(Int.self, "a non-negative integer") { $0 >= 0 }
                case "--jobs": options.jobs = try number(Int.self, "a non-negative integer") { $0 >= 0 }
                case "--churn": options.churnPerMinute = try number(Double.self, "a non-negative number of changes per minute") { $0 >= 0 && $0.isFinite }
                case "--faults": options.faultProbability = try number(Double.self, "a probability between 0 and 1") { $0 >= 0 && $0 <= 1 }
                case "--record":
                    let path = try value()
                    guard !path.isEmpty else { throw Failure(message: "--record expects a file path") }
                    options.recordPath = path
                case "--api-key":
                    let key = try value()
                    guard !key.isEmpty else { throw Failure(message: "--api-key expects a non-empty key") }
                    options.apiKey = key
                case "--hostile", "--help", "-h":
                    if inlineValue != nil { throw Failure(message: "\(flag) takes no value") }
                    if flag == "--hostile" { options.hostile = true } else { options.showHelp = true }
                default:
                    throw Failure(message: "unknown flag \(argument) (see --help)")
                }
            } catch {
                return .failure(error)
            }
        }
        return .success(options)
    }
}
