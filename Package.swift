// swift-tools-version:6.0
import PackageDescription

// No Swift package dependencies: only the toolchain and system C libraries.
let package = Package(
    name: "ashby-tui",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AshbyAPI", targets: ["AshbyAPI"]),
        .library(name: "AshbySandbox", targets: ["AshbySandbox"]),
        .library(name: "Workspace", targets: ["Workspace"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
        .executable(name: "ashby-tui", targets: ["ashby-tui"]),
        .executable(name: "ashby-sandbox", targets: ["ashby-sandbox"]),
        .executable(name: "ashby-bench", targets: ["ashby-bench"]),
    ],
    targets: [
        // System libraries through pkg-config.
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Typed one-line wrappers for what Swift cannot call: variadic C functions and macros.
        .target(name: "CCurlShim", dependencies: ["CCurl"], path: "Sources/CCurlShim"),
        .target(name: "CTerminalShim", dependencies: ["CNcursesw"], path: "Sources/CTerminalShim"),

        .target(name: "AshbyAPI", dependencies: ["CCurlShim"], path: "Sources/AshbyAPI"),
        .target(name: "AshbySandbox", dependencies: ["AshbyAPI"], path: "Sources/AshbySandbox"),
        // The view-model layer: store, sync, outbox, cache, one view model per pane. No ncurses here.
        .target(name: "Workspace", dependencies: ["AshbyAPI"], path: "Sources/Workspace"),
        // The ncurses front end: terminal session, input, canvas, themes, pane drawing.
        .target(name: "TerminalUI", dependencies: ["Workspace", "CNcursesw", "CTerminalShim"], path: "Sources/TerminalUI"),
        // Flags, config, key, wiring; `--demo` runs the sandbox tenant in-process.
        .executableTarget(
            name: "ashby-tui",
            dependencies: ["TerminalUI", "Workspace", "AshbyAPI", "AshbySandbox"],
            path: "Sources/ashby-tui"
        ),
        .executableTarget(name: "ashby-sandbox", dependencies: ["AshbySandbox"], path: "Sources/ashby-sandbox"),
        // Fixed seeds and sizes; one `<name> <value> <unit>` line per figure.
        .executableTarget(name: "ashby-bench", dependencies: ["AshbyAPI", "AshbySandbox", "Workspace", "TerminalUI"], path: "Sources/ashby-bench"),

        .testTarget(name: "AshbyAPITests", dependencies: ["AshbyAPI"], path: "Tests/AshbyAPITests"),
        // Depends on the executable so its tests can start the real `ashby-sandbox` binary.
        .testTarget(name: "AshbySandboxTests", dependencies: ["AshbySandbox", "ashby-sandbox"], path: "Tests/AshbySandboxTests"),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "AshbySandbox"], path: "Tests/WorkspaceTests"),
        .testTarget(
            name: "TerminalUITests", dependencies: ["TerminalUI", "Workspace", "AshbySandbox"], path: "Tests/TerminalUITests",
            exclude: ["Golden"]
        ),
        // Starts the real `ashby-tui` and `ashby-sandbox` binaries in tmux and types like a user.
        .testTarget(
            name: "TerminalEndToEndTests",
            dependencies: ["ashby-tui", "ashby-sandbox", "AshbySandbox", "AshbyAPI"],
            path: "Tests/TerminalEndToEndTests"
        ),
        .testTarget(
            name: "ClientIntegrationTests",
            dependencies: ["AshbyAPI", "AshbySandbox"],
            path: "Tests/ClientIntegrationTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
