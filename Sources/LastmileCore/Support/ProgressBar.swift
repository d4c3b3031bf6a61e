/// How far work has come, drawn as text: `[#########---------------------] 30%`.
public enum ProgressBar {
  /// The bar of `fraction` (0…1, clamped), `width` marks wide, with its percentage.
  public static func text(_ fraction: Double, width: Int = 30) -> String {
    let done = min(1, max(0, fraction))
    let filled = Int((done * Double(width)).rounded(.down))
    return "[" + String(repeating: "#", count: filled)
      + String(repeating: "-", count: width - filled) + "] " + String(Int(done * 100)) + "%"
  }
}
