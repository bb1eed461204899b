/// Drawing on an RGB image: filled rectangles, anti-aliased polylines clipped to a rectangle,
/// and text in the bitmap font, horizontal or rotated to read upwards.
struct Raster {
    var image: PNGImage

    enum Anchor { case start, middle, end }

    struct Rect {
        var x0: Int, y0: Int, x1: Int, y1: Int   // half-open: x0..<x1, y0..<y1
    }

    /// Mixes `colour` into the pixel with the given opacity; pixels off the image are ignored.
    mutating func blend(_ x: Int, _ y: Int, _ colour: UInt32, _ alpha: Double = 1) {
        guard x >= 0, y >= 0, x < image.width, y < image.height, alpha > 0 else { return }
        let a = min(alpha, 1)
        let i = (y * image.width + x) * 3
        for (k, shift) in [(0, 16), (1, 8), (2, 0)] {
            let target = Double(colour >> UInt32(shift) & 0xFF)
            let mixed = Double(image.pixels[i + k]) * (1 - a) + target * a
            image.pixels[i + k] = UInt8(max(0, min(255, mixed.rounded())))
        }
    }

    mutating func fill(_ r: Rect, _ colour: UInt32) {
        for y in max(r.y0, 0)..<max(min(r.y1, image.height), max(r.y0, 0)) {
            for x in max(r.x0, 0)..<max(min(r.x1, image.width), max(r.x0, 0)) { blend(x, y, colour) }
        }
    }

    /// The one-pixel outline of a rectangle.
    mutating func frame(_ r: Rect, _ colour: UInt32) {
        fill(Rect(x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y0 + 1), colour)
        fill(Rect(x0: r.x0, y0: r.y1 - 1, x1: r.x1, y1: r.y1), colour)
        fill(Rect(x0: r.x0, y0: r.y0, x1: r.x0 + 1, y1: r.y1), colour)
        fill(Rect(x0: r.x1 - 1, y0: r.y0, x1: r.x1, y1: r.y1), colour)
    }

    /// A line through `points` (image coordinates, pixel centres at +0.5), `width` pixels
    /// wide with soft edges. Each pixel takes the largest coverage of any segment, so joints
    /// do not darken where segments overlap.
    mutating func stroke(_ points: [(Double, Double)], width: Double, colour: UInt32, clip: Rect) {
        let x0 = max(clip.x0, 0), y0 = max(clip.y0, 0)
        let w = min(clip.x1, image.width) - x0, h = min(clip.y1, image.height) - y0
        guard w > 0, h > 0, !points.isEmpty else { return }
        var coverage = [Float](repeating: 0, count: w * h)
        let half = width / 2
        let segments = points.count == 1 ? [(points[0], points[0])] : Array(zip(points, points.dropFirst()))
        for ((ax, ay), (bx, by)) in segments {
            guard ax.isFinite, ay.isFinite, bx.isFinite, by.isFinite else { continue }
            let left = Int((min(ax, bx) - half - 1).clamped(Double(x0), Double(x0 + w)))
            let right = Int((max(ax, bx) + half + 1).clamped(Double(x0), Double(x0 + w)))
            let top = Int((min(ay, by) - half - 1).clamped(Double(y0), Double(y0 + h)))
            let bottom = Int((max(ay, by) + half + 1).clamped(Double(y0), Double(y0 + h)))
            let dx = bx - ax, dy = by - ay
            let lengthSquared = dx * dx + dy * dy
            for py in top..<max(bottom, top) {
                for px in left..<max(right, left) {
                    let cx = Double(px) + 0.5, cy = Double(py) + 0.5
                    let t = lengthSquared > 0 ? (((cx - ax) * dx + (cy - ay) * dy) / lengthSquared).clamped(0, 1) : 0
                    let ex = cx - (ax + t * dx), ey = cy - (ay + t * dy)
                    let c = Float((half + 0.5 - (ex * ex + ey * ey).squareRoot()).clamped(0, 1))
                    let k = (py - y0) * w + (px - x0)
                    if c > coverage[k] { coverage[k] = c }
                }
            }
        }
        for k in 0..<coverage.count where coverage[k] > 0 {
            blend(x0 + k % w, y0 + k / w, colour, Double(coverage[k]))
        }
    }

    /// Text whose cap height is centred on `y` (on `x` when rotated), placed along its
    /// direction by `anchor`; each font pixel becomes a `scale`×`scale` block.
    mutating func text(_ string: String, x: Double, y: Double, anchor: Anchor, scale: Int = 1,
                       rotated: Bool = false, colour: UInt32 = 0x000000) {
        let characters = Array(string)
        let length = Double(max(characters.count * BitmapFont.advance - 1, 0) * scale)
        let shift: Double = switch anchor { case .start: 0; case .middle: -length / 2; case .end: -length }
        let across = Self.pixel((rotated ? x : y) - 3.5 * Double(scale) + 0.5)
        let along = Self.pixel((rotated ? y - shift : x + shift) + 0.5)
        for (index, character) in characters.enumerated() {
            for row in 0..<BitmapFont.glyphHeight {
                for column in 0..<BitmapFont.glyphWidth where BitmapFont.isSet(character, column: column, row: row) {
                    let a = (index * BitmapFont.advance + column) * scale, c = row * scale
                    let px = rotated ? across + c : along + a
                    let py = rotated ? along - a - scale : across + c
                    fill(Rect(x0: px, y0: py, x1: px + scale, y1: py + scale), colour)
                }
            }
        }
    }

    /// The pixel holding an image coordinate; far-off and non-finite ones (degenerate data)
    /// land off the image instead of trapping.
    static func pixel(_ coordinate: Double) -> Int {
        coordinate.isFinite ? Int(coordinate.clamped(-1e6, 1e6).rounded(.down)) : -1
    }

    /// The text's extent along its direction, in pixels.
    static func textLength(_ string: String, scale: Int = 1) -> Int {
        max(string.count * BitmapFont.advance - 1, 0) * scale
    }
}

private extension Double {
    func clamped(_ low: Double, _ high: Double) -> Double {
        guard !isNaN else { return low }
        return Swift.min(Swift.max(self, low), high)
    }
}
