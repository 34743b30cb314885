import BudgetModel
import Testing

@testable import BudgetTransform

/// An account's balance printed as an amount line or an item (blind set R, keisan-h13's
/// `13年度決算 歳入1851億円 歳出954億円 剰余金897億円` read other ways; issue #20): the surplus,
/// the deficit or 歳入歳出差引 is neither a revenue nor a spending, never a settlement.
@Suite struct BlindSetRBalanceTests {
  static let options = IdentityOverrides(organization: "keisan", phase: "settlement")

  func exported(_ lines: [String]) throws -> [Int64] {
    let text = (["平成13年度 特許特別会計の決算"] + lines).joined(separator: "\n") + "\n"
    return amounts(try transform(text, Self.options)).map(\.2)
  }

  @Test func aBalanceIsNotExported() throws {
    for balance in ["剰余金 897億円", "歳入歳出差引 897億円", "不足額 897億円", "収支差額 897億円"] {
      let found = try exported(["・歳入 1,851億円", "・歳出 954億円", "・" + balance])
      #expect(found.contains(185_100_000_000), "\(balance)")
      #expect(found.contains(95_400_000_000), "\(balance)")
      #expect(!found.contains(89_700_000_000), "\(balance)")
    }
    let line = try exported(["13年度決算 歳入1851億円 歳出954億円 剰余金897億円"])
    #expect(!line.contains(89_700_000_000))
  }

  // The surplus carried in is a revenue of the year, and a transfer of one a spending.
  @Test func theSurplusCarriedInIsStillRead() throws {
    let found = try exported(["・前年度剰余金受入 871億円", "・特許料等収入 980億円"])
    #expect(found.contains(87_100_000_000))
    #expect(found.contains(98_000_000_000))
  }

  // A table's row naming the balance, under columns of settlements: reported; 歳入 and 歳出
  // are still read.
  @Test func aBalanceRowOfATableIsNotExported() throws {
    let found = try exported([
      "(単位:億円)", "区分 12年度決算額 13年度決算額", "歳入 1,700 1,851", "歳出 900 954",
      "剰余金 800 897",
    ])
    #expect(found.contains(185_100_000_000))
    #expect(!found.contains(89_700_000_000))
    #expect(!found.contains(80_000_000_000))
  }
}
