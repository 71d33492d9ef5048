package test.models;

import dev.sequor.ComparableAttribute;
import dev.sequor.ComparableExpression;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link Enrollment}: table {@code enrollments}.
 *
 * <p>Use the attribute constants in criteria ({@code STUDENT_ID.eq(...)}) and in jOOQ's DSL ({@code STUDENT_ID.field()}, with
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes;
 * {@link #builder()} for the instances to write.
 */
@Generated(
    value = "dev.sequor.processor.ModelProcessor",
    comments = "from test.models.Enrollment"
)
@GeneratedModels.CompanionOf(Enrollment.class)
public final class EnrollmentModel {
  private static final GeneratedModels.Model<Enrollment> M = GeneratedModels.model(
      MethodHandles.lookup(), Enrollment.class, "Enrollment", "enrollments",
      "studentId:student_id:LONG:pk,nn;courseId:course_id:INTEGER:pk,nn;"
      + "enrolledOn:enrolled_on:LOCAL_DATE:");

  /**
   * {@link Enrollment#studentId()}: column {@code student_id}, {@code BIGINT NOT NULL}, primary key.
   */
  public static final NumberAttribute<Enrollment, Long> STUDENT_ID = M.<Long>number(0);

  /**
   * {@link Enrollment#courseId()}: column {@code course_id}, {@code INTEGER NOT NULL}, primary key.
   */
  public static final NumberAttribute<Enrollment, Integer> COURSE_ID = M.<Integer>number(1);

  /**
   * {@link Enrollment#enrolledOn()}: column {@code enrolled_on}, {@code DATE}.
   */
  public static final ComparableAttribute<Enrollment, LocalDate> ENROLLED_ON = M.<LocalDate>comparable(2);

  /**
   * Column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was created, set by Sequor; not declared by {@link Enrollment}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Enrollment, Instant> CREATED_AT = M.createdAt("created_at");

  /**
   * Column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was last updated, set by Sequor; not declared by {@link Enrollment}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Enrollment, Instant> UPDATED_AT = M.updatedAt("updated_at");

  /**
   * The model {@code Enrollment}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Enrollment, Key> MODEL = M.<Key>build(key -> new Object[] {key.studentId(), key.courseId()});

  private EnrollmentModel() {
  }

  /**
   * A builder of a new {@link Enrollment}, every attribute unset ({@code null}, or a primitive's zero):
   * set what the row needs and leave out what is filled in when it is stored (the id, timestamps, defaults).
   */
  public static Builder builder() {
    return new Builder(new Object[3]);
  }

  /**
   * A builder holding the attribute and association values of {@code from}: set what changes, then build a
   * copy; {@code from} itself is not changed.
   */
  public static Builder builder(Enrollment from) {
    return new Builder(M.values(from));
  }

  /**
   * Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name, and
   * {@link Builder#build()} calls it.
   */
  private static Enrollment create(Object[] values) {
    return new Enrollment(
        (Long) values[0],
        (Integer) values[1],
        (LocalDate) values[2],
        null);
  }

  /**
   * Builds {@link Enrollment} instances by attribute name, for {@code create}, {@code bulkCreate},
   * {@code findOrCreate} defaults and seeders. Each setter returns the builder; {@link #build()} may be called again.
   */
  public static final class Builder {
    private final Object[] values;

    private Builder(Object[] values) {
      this.values = values;
    }

    /**
     * Sets {@link Enrollment#studentId()}: column {@code student_id}, {@code BIGINT NOT NULL}, primary key.
     */
    public Builder studentId(Long value) {
      values[0] = value;
      return this;
    }

    /**
     * Sets {@link Enrollment#courseId()}: column {@code course_id}, {@code INTEGER NOT NULL}, primary key.
     */
    public Builder courseId(Integer value) {
      values[1] = value;
      return this;
    }

    /**
     * Sets {@link Enrollment#enrolledOn()}: column {@code enrolled_on}, {@code DATE}.
     */
    public Builder enrolledOn(LocalDate value) {
      values[2] = value;
      return this;
    }

    /**
     * A new {@link Enrollment} holding the values set; the builder is not reset.
     */
    public Enrollment build() {
      return EnrollmentModel.create(values);
    }
  }

  /**
   * The composite primary key of {@link Enrollment}, the key type of {@code findByPk}.
   *
   * @param studentId column {@code student_id}, {@code BIGINT NOT NULL}
   * @param courseId column {@code course_id}, {@code INTEGER NOT NULL}
   */
  public record Key(Long studentId, Integer courseId) {
  }
}
