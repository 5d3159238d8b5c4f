import AshbyAPI
import Foundation

/// The checks made before the screen changes, so that a missing key, a refused key or an
/// unreachable Ashby is a plain message and an exit code rather than a broken screen.
enum Preflight {
    /// The client for the real API, or an exit with what to do.
    static func client(environment: [String: String]) -> AshbyClient {
        do {
            return try AshbyClient.fromEnvironment(environment)
        } catch {
            ExitCode.credentials.exit(error.description)
        }
    }

    /// Asks `apiKey.info`. A refused key exits; an unreachable Ashby exits unless there is a
    /// cache to show (the workspace then starts offline and keeps retrying).
    static func checkKey(_ client: AshbyClient, hasCache: Bool) {
        do {
            _ = try client.apiKeyInfo()
        } catch {
            switch error {
            case .unauthorized, .forbidden:
                ExitCode.credentials.exit("Ashby refused the API key (\(error.description)). Check ASHBY_API_KEY or the key file.")
            case .missingPermission:
                return  // The key works; what it may read is reported per resource in the status bar.
            case .transport, .serverError, .rateLimited, .malformedResponse:
                if hasCache { return }
                ExitCode.unreachable.exit("Cannot reach Ashby at \(client.baseURL): \(error.description). Check the network or ASHBY_API_URL.")
            default:
                ExitCode.unreachable.exit("Ashby did not answer as expected: \(error.description)")
            }
        }
    }
}
