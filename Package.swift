// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Flint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "flint", targets: ["flint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian's libopenblas-dev and libedit-dev, found through pkg-config.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CLineEdit", path: "Sources/CLineEdit", pkgConfig: "libedit",
                       providers: [.apt(["libedit-dev"])]),

        // Layers, bottom up: each depends only on the ones below it.
        .target(name: "Tensors", dependencies: ["CBLAS"]),
        .target(name: "NN", dependencies: ["Tensors"]),
        .target(name: "Script"),
        .target(name: "Bindings", dependencies: ["Script", "Tensors", "NN"]),
        .target(name: "Shell", dependencies: ["Script", "Bindings", "CLineEdit"]),
        .executableTarget(name: "flint", dependencies: [
            "Shell",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "TensorsTests", dependencies: ["Tensors"]),
        .testTarget(name: "NNTests", dependencies: ["NN", "Tensors"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Script", "Bindings"]),
    ]
)
