package dev.sequor.it;

public enum Status {
  ACTIVE, SUSPENDED, CLOSED
}
