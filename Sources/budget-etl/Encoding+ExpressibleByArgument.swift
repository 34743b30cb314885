import ArgumentParser
import BudgetExtract
import BudgetLoad

/// `--encoding`: the parser checks the value and lists the choices in its help and errors.
/// Common spellings (`shift_jis`, `sjis`, `utf8`, …) are accepted as well.
extension InputDecoder.Encoding: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(name: argument)
  }
}

/// `--csv-encoding`: the parser checks the value and lists the choices in its help and errors.
extension CSVEncoding: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
