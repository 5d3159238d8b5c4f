/// How the pipeline pane divides its cells: how many columns fit side by side and how many
/// cards fit in a column. The terminal front end may pass its own figures.
public struct PipelineLayout: Sendable, Equatable {
    /// Columns narrower than this are not shown side by side; the pane scrolls horizontally instead.
    public var minimumColumnWidth: Int
    /// Rows per card (name on one line, days/source/flags on the next).
    public var cardHeight: Int
    /// Rows above the cards: the pane's header line and each column's title and count.
    public var chromeRows: Int
    /// Rows of the job context strip (department, location, team, openings) under the header,
    /// shown only when the pane is at least `contextMinimumHeight` rows tall.
    public var contextRows: Int
    public var contextMinimumHeight: Int

    public init(minimumColumnWidth: Int = 24, cardHeight: Int = 2, chromeRows: Int = 3, contextRows: Int = 1,
                contextMinimumHeight: Int = 30) {
        self.minimumColumnWidth = max(1, minimumColumnWidth)
        self.cardHeight = max(1, cardHeight)
        self.chromeRows = max(0, chromeRows)
        self.contextRows = max(0, contextRows)
        self.contextMinimumHeight = contextMinimumHeight
    }

    /// Rows of the job context strip in a pane `height` cells tall (0 when it is too short).
    public func contextRows(height: Int) -> Int { height >= contextMinimumHeight ? contextRows : 0 }

    /// Columns that fit in `width` cells (at least one).
    public func visibleColumns(width: Int) -> Int { max(1, width / minimumColumnWidth) }

    /// Cards that fit in a column `height` cells tall (at least one).
    public func visibleCards(height: Int) -> Int { max(1, (height - chromeRows - contextRows(height: height)) / cardHeight) }
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
