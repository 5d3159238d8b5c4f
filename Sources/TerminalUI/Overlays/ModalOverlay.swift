import Foundation
import Workspace

/// Whatever modal is open, drawn over the pane (after it, so its hit regions win).
public enum ModalOverlay {
    public static func draw(_ modal: Modal, in area: Rect, on canvas: inout Canvas, now: Date) {
        switch modal {
        case .palette(let palette): PaletteOverlay.draw(palette, in: area, on: &canvas)
        case .picker(let picker): PickerOverlay.draw(picker, in: area, on: &canvas)
        case .textInput(let input): TextInputOverlay.draw(input, in: area, on: &canvas)
        case .confirmation(let dialog): ConfirmationOverlay.draw(dialog, in: area, on: &canvas)
        case .help(let help): HelpOverlay.draw(help, in: area, on: &canvas)
        case .scorecard(let draft): ScorecardOverlay.draw(draft, in: area, on: &canvas)
        }
    }
}
