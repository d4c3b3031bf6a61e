/// One of the terminal's eight colours, or its default.
public enum Color: Int, Sendable, Hashable, CaseIterable {
  case `default` = -1
  case black = 0
  case red
  case green
  case yellow
  case blue
  case magenta
  case cyan
  case white
}

/// Text attributes that stay visible without colour (selection, warnings under `NO_COLOR`).
public struct Attributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  public static let bold = Attributes(rawValue: 1)
  public static let reverse = Attributes(rawValue: 2)
  public static let underline = Attributes(rawValue: 4)
  public static let dim = Attributes(rawValue: 8)
}

/// How a cell is drawn: colours and attributes.
public struct Style: Sendable, Hashable {
  public var foreground: Color
  public var background: Color
  public var attributes: Attributes

  public init(
    foreground: Color = .default, background: Color = .default, attributes: Attributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's default look.
  public static let plain = Style()

  /// This style with `extra` attributes added.
  public func adding(_ extra: Attributes) -> Style {
    var copy = self
    copy.attributes.formUnion(extra)
    return copy
  }
}
