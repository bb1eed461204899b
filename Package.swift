// swift-tools-version:6.0
import PackageDescription

// The tensor kernels are plain loops that the compiler vectorises; on x86-64 let it use AVX2
// and FMA registers (Haswell-level: every x86 CPU since 2013-2015) rather than baseline SSE2.
#if arch(x86_64)
let simdSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"])]
#else
let simdSettings: [SwiftSetting] = []
#endif

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
        // The stack switch generators suspend with (a few lines of assembly).
        .target(name: "CCoroutine"),
        .target(name: "CVectorMath", cSettings: [.unsafeFlags(["-O3", "-mavx2", "-mfma", "-ffp-contract=off", "-fno-math-errno"])]),

        // Layers, bottom up: each depends only on the ones below it.
        .target(name: "Tensors", dependencies: ["CBLAS", "CVectorMath"], swiftSettings: simdSettings),
        .target(name: "NN", dependencies: ["Tensors"]),
        .target(name: "Script", dependencies: ["CCoroutine"]),
        .target(name: "Bindings", dependencies: ["Script", "Tensors", "NN"]),
        .target(name: "Shell", dependencies: ["Script", "Bindings", "CLineEdit"]),
        .executableTarget(name: "flint", dependencies: [
            "Shell", "Tensors",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "TensorsTests", dependencies: ["Tensors"]),
        .testTarget(name: "NNTests", dependencies: ["NN", "Tensors"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Script", "Bindings"]),
    ]
)
