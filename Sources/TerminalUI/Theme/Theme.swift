/// Colours and attributes for every `StyleName`, as loaded from a theme file.
public struct Theme: Sendable, Equatable {
    public var name: String
    private var styles: [StyleName: TextStyle]

    /// A theme from the styles given; styles left out look like `.normal` (or plain).
    public init(name: String, styles: [StyleName: TextStyle]) {
        self.name = name
        let normal = styles[.normal] ?? .plain
        var complete: [StyleName: TextStyle] = [:]
        for style in StyleName.allCases { complete[style] = styles[style] ?? normal }
        self.styles = complete
    }

    public func style(_ name: StyleName) -> TextStyle {
        styles[name] ?? .plain
    }

    /// The theme for `NO_COLOR`: no colours at all. Styles whose colour told them apart from
    /// `normal` take the monochrome theme's attributes instead, so selection, marks, conflicts
    /// and errors stay readable; styles that differ by attributes alone keep theirs.
    public func withoutColor() -> Theme {
        let monochrome = ShippedThemes.monochrome
        let normal = style(.normal)
        var colourless: [StyleName: TextStyle] = [:]
        for name in StyleName.allCases {
            let style = self.style(name)
            let colourCarriesMeaning = name != .normal
                && (style.foreground != normal.foreground || style.background != normal.background)
            let attributes = colourCarriesMeaning ? monochrome.style(name).attributes : style.attributes
            colourless[name] = TextStyle(attributes: attributes)
        }
        return Theme(name: name + " (no colour)", styles: colourless)
    }

}
