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
        .executableTarget(name: "ashby-sandbox", dependencies: ["AshbySandbox"], path: "Sources/ashby-sandbox"),
        // Fixed seeds and sizes; one `<name> <value> <unit>` line per figure.
        .executableTarget(name: "ashby-bench", dependencies: ["AshbyAPI", "AshbySandbox", "Workspace"], path: "Sources/ashby-bench"),

        .testTarget(name: "AshbyAPITests", dependencies: ["AshbyAPI"], path: "Tests/AshbyAPITests"),
        // Depends on the executable so its tests can start the real `ashby-sandbox` binary.
        .testTarget(name: "AshbySandboxTests", dependencies: ["AshbySandbox", "ashby-sandbox"], path: "Tests/AshbySandboxTests"),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "AshbySandbox"], path: "Tests/WorkspaceTests"),
        .testTarget(
            name: "ClientIntegrationTests",
            dependencies: ["AshbyAPI", "AshbySandbox"],
            path: "Tests/ClientIntegrationTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
