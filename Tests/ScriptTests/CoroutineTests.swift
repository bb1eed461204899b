import Testing
@testable import Script

/// The engine under generators: bodies on stacks of their own, suspended and resumed.
@Test func coroutineInterleavesWithItsResumer() {
    let stacks = CoroutineStacks()
    var log: [String] = []
    var co: Coroutine?
    co = Coroutine(stacks: stacks) {
        for k in 0..<3 {
            log.append("body \(k)")
            co?.suspend()
        }
        log.append("body end")
    }
    guard let c = co else { return }
    #expect(c.state == .created)
    var resumes = 0
    while c.state != .finished {
        #expect(c.prepare() != nil)
        c.resume()
        resumes += 1
        log.append("resumer \(resumes)")
    }
    #expect(log == ["body 0", "resumer 1", "body 1", "resumer 2", "body 2", "resumer 3", "body end", "resumer 4"])
    co = nil
}

@Test func coroutinesNestAndRecurseDeeply() {
    let stacks = CoroutineStacks()
    func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
    var inner: Coroutine?
    var outerSaw: [Int] = []
    inner = Coroutine(stacks: stacks) {
        outerSaw.append(depth(100_000))
        inner?.suspend()
        outerSaw.append(2)
    }
    let outer = Coroutine(stacks: stacks) {
        guard let i = inner else { return }
        while i.state != .finished {
            _ = i.prepare()
            i.resume()
        }
        outerSaw.append(3)
    }
    _ = outer.prepare()
    outer.resume()
    #expect(outer.state == .finished)
    #expect(outerSaw == [100_000, 2, 3])
    inner = nil
}

@Test func finishedAndAbandonedCoroutinesReuseStacks() {
    let stacks = CoroutineStacks()
    for _ in 0..<10_000 {
        var co: Coroutine?
        co = Coroutine(stacks: stacks) { co?.suspend() }
        guard let c = co else { continue }
        _ = c.prepare()
        c.resume()
        #expect(c.state == .suspended)
        c.abandon()
        co = nil
    }
    #expect(stacks.mapped == 1)
    var held: [Coroutine] = []
    for _ in 0..<100 {
        let c = Coroutine(stacks: stacks) {}
        _ = c.prepare()
        c.resume()
        #expect(c.state == .finished)
        held.append(c)
    }
    #expect(stacks.mapped == 1)
}
