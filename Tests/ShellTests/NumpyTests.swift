import Testing
import Script
import Tensors
@testable import Bindings

// NumPy's rules at the Swift level; expected values come from NumPy 2.4 (~/.torchref). The
// Python-level behaviour is covered by the golden sessions in sessions/numpy/.

@Suite struct NumpyTests {
    @Test func legacyRandomStateDoublesMatchNumPy() {
        let state = RandomState()
        state.seed(0)
        #expect([state.double(), state.double(), state.double()] == [0.5488135039273248, 0.7151893663724195, 0.6027633760716439])
    }

    @Test func legacyGaussCachesTheSecondValue() {
        let state = RandomState()
        state.seed(0)
        #expect([state.gauss(), state.gauss(), state.gauss()] == [1.764052345967664, 0.4001572083672233, 0.9787379841057392])
        state.seed(0)
        #expect(state.gauss() == 1.764052345967664)
    }

    @Test func maskedRejectionIntegersMatchNumPy() {
        let state = RandomState()
        state.seed(0)
        #expect((0..<5).map { _ in state.bounded(9) } == [5, 0, 3, 3, 7])
        #expect((0..<2).map { _ in state.bounded((1 << 40) - 1) } == [41_332_891_347, 91_845_220_082])
    }

    @Test func promotionFollowsNumPy() {
        #expect(numpyPromote(.int64, .float32) == .float64)
        #expect(numpyPromote(.uint8, .float32) == .float32)
        #expect(numpyPromote(.bool, .int32) == .int32)
        #expect(numpyPromote(.float32, .float64) == .float64)
    }

    @Test func broadcastingErrorsInNumPysWords() {
        #expect(throws: PyError.self) { try broadcastShape([3], [4]) }
        #expect((try? broadcastShape([2, 1], [3])) == [2, 3])
        do {
            _ = try broadcastShape([2, 3], [4])
            Issue.record("expected a broadcasting error")
        } catch {
            #expect(error.message == "operands could not be broadcast together with shapes (2,3) (4,) ")
        }
    }
}
