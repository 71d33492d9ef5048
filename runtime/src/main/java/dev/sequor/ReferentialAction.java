package dev.sequor;

/**
 * The {@code ON DELETE} / {@code ON UPDATE} action of a foreign key ({@link References}, or an association's), as in
 * PostgreSQL.
 */
public enum ReferentialAction {
  /** Refuse the change if rows still reference the row, at the end of the statement (PostgreSQL's default). */
  NO_ACTION,
  /** Refuse the change if rows still reference the row, immediately. */
  RESTRICT,
  /** Delete the referencing rows, or update their key. */
  CASCADE,
  /** Set the referencing column to {@code NULL}. */
  SET_NULL,
  /** Set the referencing column to its default. */
  SET_DEFAULT,
  /**
   * Not given: PostgreSQL's {@code NO ACTION} for {@link References}; for an association, Sequelize's default for
   * its kind (see {@link BelongsTo}, {@link HasOne}, {@link HasMany}).
   */
  DEFAULT
}
