/// xterm's default 256-colour palette, for finding the nearest colour a terminal can show.
enum XtermPalette {
    /// xterm's defaults for the 16 palette colours (terminals differ; these are the reference).
    static let sixteen: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of colour `index` (0–255).
    static func rgb(_ index: Int) -> (UInt8, UInt8, UInt8) {
        switch index {
        case ..<16: return sixteen[max(0, index)]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = UInt8(8 + 10 * (min(index, 255) - 232))
            return (grey, grey, grey)
        }
    }

    /// The nearest of colours 16–255 (the cube and the greys, which terminals do not restyle).
    /// Squared RGB distance; ties go to the lower number.
    static func nearestInCubeOrGreys(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Int {
        nearest(to: (red, green, blue), among: 16..<256)
    }

    static func nearestOfSixteen(_ color: (UInt8, UInt8, UInt8)) -> Int {
        nearest(to: color, among: 0..<16)
    }

    private static func nearest(to color: (UInt8, UInt8, UInt8), among candidates: Range<Int>) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let candidate = rgb(index)
            let distance = square(Int(candidate.0) - Int(color.0)) + square(Int(candidate.1) - Int(color.1))
                + square(Int(candidate.2) - Int(color.2))
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    private static func square(_ value: Int) -> Int { value * value }
}
