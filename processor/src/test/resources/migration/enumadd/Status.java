package test.migration;

public enum Status {
  REVIEW,
  DRAFT,
  LIVE,
  ARCHIVED
}
