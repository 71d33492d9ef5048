package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.Criterion;
import dev.sequor.ModelType;
import dev.sequor.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The instance {@code findOrCreate} inserts and {@code findOrBuild} builds: {@code defaults} with the values the
 * where pins filled in where {@code defaults} holds {@code null} (Sequelize's {@code Utils.defaults(defaults,
 * where)}). Sequelize lets {@code defaults} win a disagreement and then fails after the insert; here it fails
 * before any SQL, since the row inserted would not match the where it was meant to satisfy.
 */
final class WhereDefaults {

  private WhereDefaults() {}

  /**
   * {@code defaults} (all {@code null} when {@code null}) merged with {@code where}'s equalities; {@code defaults}
   * itself when the where adds nothing.
   *
   * @throws ValidationException when {@code defaults} holds another non-null value for an attribute the where pins
   */
  static <M> M merge(ModelType<M, ?> model, Criterion<M> where, M defaults) {
    Objects.requireNonNull(where, "where");
    List<Attribute<M, ?>> attributes = model.attributes();
    Object[] values = new Object[attributes.size()];
    if (defaults != null) {
      for (int i = 0; i < values.length; i++) {
        values[i] = attributes.get(i).get(defaults);
      }
    }
    boolean changed = defaults == null;
    for (Map.Entry<Attribute<M, ?>, Object> pinned : where.equalities().entrySet()) {
      int i = attributes.indexOf(pinned.getKey());
      if (i < 0) {
        throw new IllegalArgumentException(pinned.getKey() + " is not an attribute of model " + model.name());
      }
      if (values[i] == null) {
        values[i] = pinned.getValue();
        changed = true;
      } else if (!sameValue(values[i], pinned.getValue())) {
        throw new ValidationException(model.name(), pinned.getKey().name(), values[i], "is " + values[i]
            + " in the defaults but " + pinned.getValue() + " in the where: the row created would not match");
      }
    }
    return changed ? model.newInstance(values) : defaults;
  }

  /** {@code 10.0} and {@code 10.00} are one {@code DECIMAL}, as the database compares them. */
  private static boolean sameValue(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.deepEquals(a, b);
  }
}
