package test.incremental;

/** An enum attribute type of two models. */
public enum Genre {
  NOVEL,
  POETRY
}
