package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rename, so that the generated migration renames instead of dropping and re-creating (which
 * would lose the data). Sequor never guesses a rename: a table or column that disappeared from the models
 * without this declaration is a drop, which migration generation refuses unless explicitly allowed.
 *
 * <ul>
 *   <li>On a model: {@code value} is the <em>old table name</em>, as recorded in the committed schema
 *       snapshot ({@code db/snapshot/<table>.json}). The table is renamed to the model's current table
 *       name (explicit {@link Model#tableName}, or inferred). Example: {@code @RenamedFrom("items")}.
 *   <li>On an attribute: {@code value} is the <em>old column name</em> (not the old attribute name), as
 *       recorded in the snapshot; for a model that is not {@link Model#underscored} and has no
 *       {@link Column#name}, the column name is the attribute name. Example, in an underscored model,
 *       {@code @RenamedFrom("title") String name} or {@code @RenamedFrom("full_name") String displayName}.
 * </ul>
 *
 * <p>Renaming a table or a column also renames what PostgreSQL and Sequor named after it: the primary key
 * {@code <table>_pkey}, unique constraints {@code <table>_<column>_key}, sequences {@code <table>_<column>_seq},
 * enum types {@code enum_<table>_<column>}, and default-named indexes and foreign keys.
 *
 * <p>Rules the processor enforces (each breach is one compile error on the annotation):
 * <ul>
 *   <li>{@code value} is a valid SQL identifier (letters, digits and underscores, at most 63 characters);
 *   <li>{@code value} differs from the current table or column name.
 * </ul>
 *
 * <p>The declaration only acts while the snapshot holds the old name and not the new one; once the rename
 * migration is generated it is inert, and may be removed after every database has applied it.
 */
@Documented
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface RenamedFrom {

  /** The old table name (on a model) or the old column name (on an attribute). */
  String value();
}
