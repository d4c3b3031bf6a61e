/// What the terminal library handed over: a character, or the code of a special key.
public enum RawInput: Sendable, Hashable {
  /// A character code (from `get_wch` returning OK).
  case character(UInt32)
  /// A special key's code (from `get_wch` returning KEY_CODE_YES).
  case keyCode(Int32)
  /// Nothing arrived before the timeout.
  case timeout
}
