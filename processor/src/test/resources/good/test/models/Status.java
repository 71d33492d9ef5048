package test.models;

/** An enum attribute type, stored as a PostgreSQL enum. */
public enum Status {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
