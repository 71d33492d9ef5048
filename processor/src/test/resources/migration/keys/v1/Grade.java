package test.keys;

public enum Grade {
  LOW,
  HIGH
}
