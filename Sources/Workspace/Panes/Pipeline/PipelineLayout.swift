/// How the pipeline pane divides its cells: how many columns fit side by side and how many
/// cards fit in a column. The terminal front end may pass its own figures.
public struct PipelineLayout: Sendable, Equatable {
    /// Columns narrower than this are not shown side by side; the pane scrolls horizontally instead.
    public var minimumColumnWidth: Int
    /// Rows per card (name on one line, days/source/flags on the next).
    public var cardHeight: Int
    /// Rows above the cards: the pane's header line and each column's title and count.
    public var chromeRows: Int

    public init(minimumColumnWidth: Int = 24, cardHeight: Int = 2, chromeRows: Int = 3) {
        self.minimumColumnWidth = max(1, minimumColumnWidth)
        self.cardHeight = max(1, cardHeight)
        self.chromeRows = max(0, chromeRows)
    }

    /// Columns that fit in `width` cells (at least one).
    public func visibleColumns(width: Int) -> Int { max(1, width / minimumColumnWidth) }

    /// Cards that fit in a column `height` cells tall (at least one).
    public func visibleCards(height: Int) -> Int { max(1, (height - chromeRows) / cardHeight) }
}

/// The cells a pane has to draw in.
public struct Viewport: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
