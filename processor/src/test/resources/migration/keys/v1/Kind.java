package test.keys;

public enum Kind {
  A,
  B
}
