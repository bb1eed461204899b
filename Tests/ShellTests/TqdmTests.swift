import Testing
@testable import Shell

@Suite struct TqdmTests {
    /// Off a terminal (as here, and in pipes and transcripts) tqdm draws nothing.
    @Test func silentOffTheTerminal() throws {
        let runner = ScriptRunner()
        var printed = ""
        try runner.run("""
        from tqdm import tqdm, trange
        total = 0
        for i in tqdm(range(5), desc='train'):
            total += i
        with tqdm(total=3) as bar:
            bar.update(2)
            bar.set_postfix(loss=0.12345)
        print(total, len(trange(4)), bar.n, bar.postfix)

        """, filename: "<stdin>", mode: .file) { printed += $0 }
        #expect(printed == "10 4 2 loss=0.123\n")
    }

    @Test func barLayout() throws {
        let runner = ScriptRunner()
        let line = try #require(try runner.runCell("""
        from tqdm import tqdm
        t = tqdm(range(10), ncols=60, desc='epoch')
        t.n = 4
        t.line()
        """, filename: "<cell>") { _ in })
        #expect(line.hasPrefix("'epoch:  40%|███"))
        #expect(line.contains("| 4/10 [00:00<"))
        #expect(line.count == 62)
        let fresh = try runner.runCell("tqdm(total=3).line()", filename: "<cell>") { _ in }
        #expect(fresh?.hasSuffix("| 0/3 [00:00<?, ?it/s]'") == true)
    }
}
