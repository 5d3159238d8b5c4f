import AshbyAPI
import Foundation
import Workspace

/// The Offers pane: the list on the left (offers awaiting my approval first, marked ★), the
/// selected offer in full on the right (version, compensation, approval steps, and why I cannot
/// approve when I cannot). At 80 columns the list keeps candidate and job; wider, it adds the
/// version date and status.
public enum OffersPane {
    public static func draw(_ screen: OffersScreen, in area: Rect, on canvas: inout Canvas, timeZone: TimeZone, now: Date) {
        guard area.width >= 30, area.height >= 3 else { return }
        canvas.fill(area, style: .normal)
        let listWidth = area.width >= 120 ? area.width / 2 : min(42, area.width / 2 + 2)
        let (list, rest) = area.splitLeft(listWidth)
        canvas.verticalLine(x: rest.x, y: rest.y, length: rest.height, style: .border)
        let detail = Rect(x: rest.x + 2, y: rest.y, width: rest.width - 3, height: rest.height)
        OfferList.draw(screen, in: list, on: &canvas, timeZone: timeZone)
        if let offer = screen.detail {
            OfferDetailView.draw(offer, note: screen.detailNote, in: detail, on: &canvas, timeZone: timeZone)
        } else {
            let message = screen.totalRows == 0 ? (screen.filterText.isEmpty ? "No offers yet" : "No offer matches the filter") : "No offer selected"
            canvas.writeRow(message, in: detail.row(min(2, detail.height - 1)), style: .placeholder, align: .center)
        }
    }

    /// "2026-03-02" in the user's time zone.
    static func date(_ timestamp: Timestamp?, timeZone: TimeZone) -> String? {
        guard let timestamp else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: timestamp.secondsSince1970))
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
