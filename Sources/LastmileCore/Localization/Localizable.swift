/// Something that can say itself to the user in either language.
public protocol Localizable {
  /// The sentence in `language`.
  func text(_ language: Language) -> String
}
