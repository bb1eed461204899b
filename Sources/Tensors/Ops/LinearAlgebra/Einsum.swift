/// torch.einsum by PyTorch's algorithm: each operand is diagonalised for repeated labels and
/// permuted to one global dimension order (output labels, then contracted ones); operands are
/// then folded left to right, pairs with contracted dimensions going through bmm. So results
/// round as PyTorch's do and end in the same grad_fn (ViewBackward0, PermuteBackward0, ...).
extension Tensor {
    public static func einsum(_ equation: String, _ operands: [Tensor]) throws(TensorError) -> Tensor {
        let plan = try EinsumPlan(equation, operands)
        var permuted: [Tensor] = []
        let total = plan.totalDims, outDims = plan.outputCount
        var seen = [Int](repeating: 1, count: total)
        for (i, op) in operands.enumerated() {
            let t = try plan.align(op, plan.inputs[i])
            for (d, n) in t.shape.enumerated() where n != 1 {
                guard seen[d] == 1 || seen[d] == n else {
                    throw .runtime("einsum(): subscript \(plan.labelName(d)) has size \(n) for operand \(i) which does not broadcast with previously seen size \(seen[d])")
                }
                seen[d] = n
            }
            permuted.append(t)
        }
        // The last operand each contracted dimension appears in (size > 1 or named there).
        var lastUse = [Int](repeating: 0, count: total)
        for (i, labels) in plan.globalIndices.enumerated() { for g in labels { lastUse[g] = i } }
        let contracted = Array(outDims..<total)
        var result = permuted[0]
        if operands.count == 1 {
            return contracted.isEmpty ? result : try result.sum(dims: contracted)
        }
        let early = contracted.filter { lastUse[$0] == 0 }
        if !early.isEmpty { result = try result.sum(dims: early, keepdim: true) }
        for i in 1..<permuted.count {
            let sumDims = contracted.filter { lastUse[$0] == i }
            result = sumDims.isEmpty ? try result.mul(permuted[i]) : try sumProductPair(result, permuted[i], sumDims)
        }
        return total > outDims ? try result.reshape(Array(result.shape[..<outDims])) : result
    }

    /// Σ over `sumDims` of left * right for tensors of equal rank, through one bmm; summed
    /// dimensions stay with size 1.
    private static func sumProductPair(_ left: Tensor, _ right: Tensor, _ sumDims: [Int]) throws(TensorError) -> Tensor {
        var (l, r) = (left, right)
        var lro: [Int] = [], lo: [Int] = [], ro: [Int] = [], sum: [Int] = []
        for d in 0..<l.dim {
            let (sl, sr) = (l.shape[d] > 1, r.shape[d] > 1)
            if sumDims.contains(d) {
                if sl && sr { sum.append(d) } else if sl { l = try l.sum(dims: [d], keepdim: true) } else if sr { r = try r.sum(dims: [d], keepdim: true) }
            } else if sl && sr { lro.append(d) } else if sl { lo.append(d) } else { ro.append(d) }
        }
        // Dimensions summed away on one side only leave a plain product.
        let ones = sumDims.filter { !sum.contains($0) }
        if sum.isEmpty { return try l.mul(r) }
        func size(_ t: Tensor, _ ds: [Int]) -> Int { ds.reduce(1) { $0 * t.shape[$1] } }
        let (nb, nl, ns, nr) = (size(l, lro), size(l, lo), size(l, sum), size(r, ro))
        let lm = try l.permute(lro + lo + sum + ro + ones).reshape([nb, nl, ns])
        let rm = try r.permute(lro + sum + ro + lo + ones).reshape([nb, ns, nr])
        let order = lro + lo + sum + ones + ro
        let sizes = lro.map { l.shape[$0] } + lo.map { l.shape[$0] } + [Int](repeating: 1, count: sum.count + ones.count) + ro.map { r.shape[$0] }
        var inverse = [Int](repeating: 0, count: order.count)
        for (k, d) in order.enumerated() { inverse[d] = k }
        return try lm.bmm(rm).view(sizes).permute(inverse)
    }
}

/// A parsed equation: per operand its labels (ellipsis dims as negative placeholders), and the
/// global position of every label.
private struct EinsumPlan {
    /// Per operand, its subscripts: label numbers, with -1 for "...".
    var inputs: [[Int]] = []
    /// Per operand, the global dimension of each of its (expanded) dimensions.
    var globalIndices: [[Int]] = []
    var outputCount = 0
    var totalDims = 0
    /// Global position of each label (52 letters) and of each ellipsis dimension.
    private var position = [Int](repeating: -1, count: 52)
    private var ellipsisPosition: [Int] = []
    private var ellipsisDims = 0

    init(_ equation: String, _ operands: [Tensor]) throws(TensorError) {
        let eq = equation.filter { $0 != " " }
        let sides = eq.split(separator: "->", omittingEmptySubsequences: false).map(String.init)
        let terms = sides[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if terms.count > operands.count { throw .runtime("einsum(): fewer operands were provided than specified in the equation") }
        if terms.count < operands.count { throw .runtime("einsum(): more operands were provided than specified in the equation") }
        var counts = [Int](repeating: 0, count: 52)
        var sawEllipsis = false
        for (i, term) in terms.enumerated() {
            let labels = try EinsumPlan.parse(term)
            let named = labels.filter { $0 >= 0 }.count
            if labels.contains(-1) {
                sawEllipsis = true
                ellipsisDims = Swift.max(ellipsisDims, operands[i].dim - named)
                guard operands[i].dim >= named else {
                    throw .runtime("einsum(): the number of subscripts in the equation (\(named)) is more than the number of dimensions (\(operands[i].dim)) for operand \(i)")
                }
            } else if named != operands[i].dim {
                throw .runtime("einsum(): the number of subscripts in the equation (\(named)) does not match the number of dimensions (\(operands[i].dim)) for operand \(i) and no ellipsis was given")
            }
            for l in labels where l >= 0 { counts[l] += 1 }
            inputs.append(labels)
        }
        let output: [Int]
        if sides.count > 1 {
            output = try EinsumPlan.parse(sides[1])
            for l in output where l >= 0 && counts[l] == 0 {
                throw .runtime("einsum(): output subscript \(EinsumPlan.letter(l)) does not appear in the equation for any input operand")
            }
        } else {
            output = (sawEllipsis ? [-1] : []) + (0..<52).filter { counts[$0] == 1 }
        }
        var next = 0
        for l in output {
            if l < 0 {
                ellipsisPosition = Array(next..<(next + ellipsisDims))
                next += ellipsisDims
            } else {
                position[l] = next
                next += 1
            }
        }
        outputCount = next
        if ellipsisPosition.isEmpty {
            ellipsisPosition = Array(next..<(next + ellipsisDims))
            next += ellipsisDims
        }
        for l in 0..<52 where counts[l] > 0 && position[l] < 0 {
            position[l] = next
            next += 1
        }
        totalDims = next
        for (i, labels) in inputs.enumerated() { globalIndices.append(expand(labels, operands[i].dim)) }
    }

    /// Letters as PyTorch numbers them: A-Z then a-z.
    private static func parse(_ term: String) throws(TensorError) -> [Int] {
        var labels: [Int] = []
        var dots = 0
        for c in term {
            if c == "." {
                dots += 1
                if dots == 3 { labels.append(-1); dots = 0 }
                continue
            }
            guard dots == 0, let a = c.asciiValue else { throw .runtime("einsum(): invalid subscript given at index \(labels.count) in the equation string, subscripts must be in [a-zA-Z]") }
            switch a {
            case 65...90: labels.append(Int(a) - 65)
            case 97...122: labels.append(Int(a) - 97 + 26)
            default: throw .runtime("einsum(): invalid subscript given at index \(labels.count) in the equation string, subscripts must be in [a-zA-Z]")
            }
        }
        return labels
    }

    private static func letter(_ l: Int) -> String {
        String(UnicodeScalar(UInt8(l < 26 ? l + 65 : l - 26 + 97)))
    }

    /// Global dimension of each of an operand's dimensions.
    private func expand(_ labels: [Int], _ rank: Int) -> [Int] {
        var out: [Int] = []
        let own = rank - labels.filter { $0 >= 0 }.count
        for l in labels {
            if l >= 0 { out.append(position[l]) } else { out += ellipsisPosition.suffix(own) }
        }
        return out
    }

    /// The operand with repeated labels diagonalised, permuted to global order, and size-1
    /// dimensions for labels it lacks.
    func align(_ op: Tensor, _ labels: [Int]) throws(TensorError) -> Tensor {
        var t = op
        var dims = expand(labels, op.dim)
        var k = 0
        while k < dims.count {
            if let j = dims[..<k].firstIndex(of: dims[k]) {
                guard t.shape[j] == t.shape[k] else {
                    throw .runtime("einsum(): subscript \(labelName(dims[k])) is repeated for operand but the sizes don't match, \(t.shape[j]) != \(t.shape[k])")
                }
                t = try t.diagonal(dim1: j, dim2: k).movedim(-1, j)
                dims.remove(at: k)
            } else {
                k += 1
            }
        }
        let order = dims.indices.sorted { dims[$0] < dims[$1] }
        t = try t.permute(order)
        var shape = [Int](repeating: 1, count: totalDims)
        for (k, d) in order.enumerated() { shape[dims[d]] = t.shape[k] }
        return t.dim == totalDims ? t : try t.reshape(shape)
    }

    func labelName(_ g: Int) -> String {
        position.firstIndex(of: g).map(EinsumPlan.letter) ?? "."
    }
}
