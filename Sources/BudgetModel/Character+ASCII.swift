extension Character {
  /// `0`–`9` (ASCII only: full-width digits are folded before the parsers see them).
  public var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
