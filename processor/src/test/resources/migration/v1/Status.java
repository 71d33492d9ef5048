package test.migration;

public enum Status {
  DRAFT,
  LIVE
}
