import AshbyAPI
import Testing

@Suite struct BaseURLTests {
    @Test func httpsIsAcceptedAndTrailingSlashesDropped() throws {
        #expect(try BaseURL("https://api.ashbyhq.com/").url(for: "candidate.list") == "https://api.ashbyhq.com/candidate.list")
        #expect(try BaseURL("HTTPS://eu.example.com:8443").string == "HTTPS://eu.example.com:8443")
    }

    @Test func plainHTTPOnlyToLoopback() throws {
        #expect(try BaseURL("http://127.0.0.1:8080").url(for: "apiKey.info") == "http://127.0.0.1:8080/apiKey.info")
        _ = try BaseURL("http://localhost:9")
        _ = try BaseURL("http://[::1]:9")
    }

    @Test(arguments: ["http://api.ashbyhq.com", "http://10.0.0.5:80", "http://127.0.0.1.evil.com", "http://user@evil.com", "http://127.0.0.1@evil.com"])
    func plainHTTPElsewhereIsRefusedWithTheRule(_ url: String) {
        do {
            _ = try BaseURL(url)
            Issue.record("\(url) was accepted")
        } catch {
            guard case .invalidConfiguration(let message) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(message.contains("only https"), "\(message)")
        }
    }

    @Test func credentialsInTheAuthorityDoNotHideTheRealHost() throws {
        _ = try BaseURL("http://evil.com@127.0.0.1:1")
    }

    @Test(arguments: ["ftp://api.ashbyhq.com", "api.ashbyhq.com", "https://"])
    func otherSchemesAndGarbageAreRefused(_ url: String) {
        #expect(throws: AshbyError.self) { try BaseURL(url) }
    }
}
