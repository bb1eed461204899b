import Tensors

/// The cells of torch.nn's recurrent layers, in ATen's mode names.
public enum RecurrentCell: String, Sendable {
    case rnnTanh = "RNN_TANH", rnnRelu = "RNN_RELU", lstm = "LSTM", gru = "GRU"
}

/// One recurrent layer over a [T, B, I] sequence from hidden state `hx` [B, H] (and cell state
/// `cx` for LSTM), as ATen's RNN.cpp computes it: the input projections of all steps first,
/// then one cell per step. Returns the stacked outputs [T, B, H] (StackBackward0), the last
/// hidden state and, for LSTM, the last cell state. PyTorch's CPU LSTM runs oneDNN's layer
/// kernel, so its outputs carry one MkldnnRnnLayerBackward0 node each.
public func recurrentLayer(_ cell: RecurrentCell, _ input: Tensor, hx: Tensor, cx: Tensor?, weightIH: Tensor, weightHH: Tensor,
                           biasIH: Tensor?, biasHH: Tensor?) throws(TensorError) -> (Tensor, Tensor, Tensor?) {
    guard cell == .lstm, let cx else {
        let (output, h, _) = try unrolled(cell, input, hx, cx, weightIH, weightHH, biasIH, biasHH)
        return (output, h, nil)
    }
    let inputs = [input, hx, cx, weightIH, weightHH] + [biasIH, biasHH].compactMap { $0 }
    let outs = try Tensor.fused("MkldnnRnnLayerBackward0", inputs: inputs) { t throws(TensorError) in
        let (bIH, bHH) = biasIH == nil ? (nil, nil) : (t[5], t[6])
        let (output, h, c) = try unrolled(.lstm, t[0], t[1], t[2], t[3], t[4], bIH, bHH)
        return [output, h, c ?? h]
    }
    return (outs[0], outs[1], outs[2])
}

private func unrolled(_ cell: RecurrentCell, _ input: Tensor, _ hx: Tensor, _ cx: Tensor?, _ wIH: Tensor, _ wHH: Tensor,
                      _ bIH: Tensor?, _ bHH: Tensor?) throws(TensorError) -> (Tensor, Tensor, Tensor?) {
    var h = hx, c = cx
    var outputs: [Tensor] = []
    for x in try Tensor.linear(input, wIH, bIH).unbind(dim: 0) {
        let hidden = try Tensor.linear(h, wHH, bHH)
        switch cell {
        case .rnnTanh: h = try hidden.add(x).tanh()
        case .rnnRelu: h = try hidden.add(x).relu()
        case .lstm:
            let gates = try hidden.add(x).chunk(4, dim: 1)
            let (i, f, g, o) = (try gates[0].sigmoid(), try gates[1].sigmoid(), try gates[2].tanh(), try gates[3].sigmoid())
            let next = try f.mul(c ?? hx).add(i.mul(g))
            c = next
            h = try o.mul(next.tanh())
        case .gru:
            let ig = try x.chunk(3, dim: 1), hg = try hidden.chunk(3, dim: 1)
            let r = try hg[0].add(ig[0]).sigmoid(), z = try hg[1].add(ig[1]).sigmoid()
            let n = try ig[2].add(hg[2].mul(r)).tanh()
            h = try h.sub(n).mul(z).add(n)
        }
        outputs.append(h)
    }
    return (try Tensor.stack(outputs, dim: 0), h, c)
}
