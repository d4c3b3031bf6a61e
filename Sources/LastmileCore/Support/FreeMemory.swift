/// Memory the program freed, given back to the system.
public enum FreeMemory {
  /// Gives the heap's free pages back (glibc's `malloc_trim`): a long write that allocates and
  /// frees batch after batch otherwise keeps its largest heap to the end.
  public static func giveBack() {
    _ = mallocTrim(0)
  }
}

@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
