import AshbyAPI
import Foundation
import TerminalUI
import Workspace

// Flags and config → keymap, theme, client → checks → terminal → the loop. Everything that can
// fail for a reason the user can fix fails here, before the screen changes, with an exit code.

let environment = ProcessInfo.processInfo.environment
let configDirectory = ConfigDirectories.configDirectory(environment: environment)

let options: LaunchOptions
do {
    let config = try ConfigFile.load(from: configDirectory.appendingPathComponent("config"))
    switch try LaunchOptions.parse(Array(CommandLine.arguments.dropFirst()), config: config) {
    case .help:
        print(LaunchOptions.usage)
        exit(0)
    case .version:
        print(LaunchOptions.version)
        exit(0)
    case .run(let parsed):
        options = parsed
    }
} catch {
    ExitCode.usage.exit(error.message)
}

let keymap: Keymap
let theme: Theme
do {
    keymap = try KeymapCatalog.load(name: options.keymap, configDirectory: configDirectory)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let loaded = try ThemeCatalog.load(name: options.theme, userDirectory: configDirectory.appendingPathComponent("themes"))
    theme = noColor ? loaded.withoutColor() : loaded
} catch let error as SettingsError {
    ExitCode.usage.exit("the keymap cannot be used:\n" + error.message)
} catch {
    ExitCode.usage.exit("the theme cannot be used:\n\(error)")
}

var settings: SessionSettings
let client: AshbyClient
var demo: DemoTenant?
if options.demo {
    let tenant = DemoTenant()
    demo = tenant
    client = tenant.client
    settings = SessionSettings(tenantName: "Demo tenant")
    settings.actingUserEmail = options.userEmail ?? tenant.actingUserEmail
    settings.outboxDirectory = tenant.outboxDirectory
    // Live changes show within seconds unless the user chose a poll interval.
    settings.pollInterval = CommandLine.arguments.contains(where: { $0.hasPrefix("--poll") }) ? options.pollSeconds : 5
} else {
    let key: APIKey
    do {
        key = try APIKey.fromEnvironment(environment)
    } catch {
        ExitCode.credentials.exit(error.description)
    }
    client = Preflight.client(environment: environment)
    let host = URL(string: client.baseURL.string)?.host ?? client.baseURL.string
    settings = SessionSettings(tenantName: host == "api.ashbyhq.com" ? "Ashby" : host)
    settings.actingUserEmail = options.userEmail
    settings.pollInterval = options.pollSeconds
    if options.useCache {
        settings.cache = SnapshotCache(directory: SnapshotCache.defaultDirectory(environment: environment),
                                       tenant: CacheTenant(baseURL: client.baseURL.string, fingerprint: key.fingerprint))
    }
    let hasCache = settings.cache.map { FileManager.default.fileExists(atPath: $0.fileURL.path) } ?? false
    Preflight.checkKey(client, hasCache: hasCache)
}
settings.isReadOnly = options.readOnly
settings.keymap = keymap

let terminal: TerminalSession
do {
    terminal = try TerminalSession(theme: theme)
} catch {
    demo?.removeLeftovers()
    ExitCode.terminal.exit(error.description)
}

let session: WorkspaceSession
do {
    session = try WorkspaceSession(client: client, settings: settings)
} catch {
    terminal.close()
    demo?.removeLeftovers()
    ExitCode.usage.exit("the outbox journal cannot be opened: \(error)")
}

TerminalApp(session: session, terminal: terminal).run()
terminal.close()
session.close()
demo?.removeLeftovers()
let pending = session.pendingWrites
if pending > 0 {
    FileHandle.standardError.write(Data("ashby-tui: \(pending) write(s) were still being sent; they will be completed at the next start.\n".utf8))
}
exit(0)
