/// The tool's name and version, as written into manifests.
public enum ToolInfo {
  public static let name = "budget-etl"
  public static let version = "0.1.0"
}
