package dev.sequor.it;

/** Declared out of alphabetical order, so that comparisons show PostgreSQL's enum order (declaration order). */
public enum Size {
  SMALL, MEDIUM, LARGE
}
