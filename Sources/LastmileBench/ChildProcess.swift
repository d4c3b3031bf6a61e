import Foundation

/// A command run as a process of its own, timed from its start to its end, with the most
/// memory it held: what a person running it from a shell waits for and what it takes.
struct ChildProcess {
  /// How it ended.
  struct Outcome {
    /// The exit status; nil when a signal ended it.
    let status: Int32?
    /// From its start to its end, in milliseconds.
    let milliseconds: Double
    /// Its peak resident memory, in MB, as last read while it ran.
    let peakMegabytes: Double
  }

  let executable: String
  let arguments: [String]

  /// Runs it with standard input, output and error on /dev/null, and waits for it.
  func run() throws -> Outcome {
    // What was written before (the county's database, the file to import) is on the disk
    // first: a command timed while the kernel still flushes it would wait for that too.
    sync()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(
        &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let started = DispatchTime.now()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw BenchError.cannotRun(executable, String(cString: strerror(spawned)))
    }
    // Its peak is read from /proc while it runs, every few milliseconds: the kernel's account
    // of a spawned child (wait4's) counts the memory of the process that spawned it, which
    // shared its pages until the command started.
    var status: Int32 = 0
    var peak = 0.0
    while true {
      let reaped = waitpid(pid, &status, WNOHANG)
      if reaped == pid { break }
      if reaped < 0, errno != EINTR {
        throw BenchError.cannotRun(executable, String(cString: strerror(errno)))
      }
      peak = max(peak, Benchmark.peakMemoryMegabytes(process: String(pid)))
      usleep(5_000)
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
    // The status's low seven bits are the signal that ended it, none when it exited.
    let exited = status & 0x7f == 0
    return Outcome(
      status: exited ? (status >> 8) & 0xff : nil, milliseconds: elapsed,
      peakMegabytes: peak)
  }
}
