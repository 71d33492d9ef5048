package test.models;

import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ComparableExpression;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link Enrollment}: table {@code enrollments}.
 *
 * <p>Use the attribute constants in criteria ({@code STUDENT_ID.eq(...)}) and in jOOQ's DSL ({@code STUDENT_ID.field()}, with {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Enrollment"
)
public final class EnrollmentModel {
  private static final GeneratedModels.Model<Enrollment, Key> M =
      GeneratedModels.model("Enrollment", Enrollment.class, "enrollments", EnrollmentModel::get);

  /**
   * {@link Enrollment#studentId()}: column {@code student_id}, {@code BIGINT NOT NULL}, primary key.
   */
  public static final NumberAttribute<Enrollment, Long> STUDENT_ID =
      M.number("studentId", "student_id", ColumnTypes.LONG, GeneratedModels.PRIMARY_KEY | GeneratedModels.NOT_NULL);

  /**
   * {@link Enrollment#courseId()}: column {@code course_id}, {@code INTEGER NOT NULL}, primary key.
   */
  public static final NumberAttribute<Enrollment, Integer> COURSE_ID =
      M.number("courseId", "course_id", ColumnTypes.INTEGER, GeneratedModels.PRIMARY_KEY | GeneratedModels.NOT_NULL);

  /**
   * {@link Enrollment#enrolledOn()}: column {@code enrolled_on}, {@code DATE}.
   */
  public static final ComparableAttribute<Enrollment, LocalDate> ENROLLED_ON =
      M.comparable("enrolledOn", "enrolled_on", ColumnTypes.LOCAL_DATE, 0);

  /**
   * Column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was created, set by Sequor; not declared by {@link Enrollment}, so its instances do not hold it.
   */
  public static final ComparableExpression<Enrollment, Instant> CREATED_AT =
      M.createdAt("created_at");

  /**
   * Column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was last updated, set by Sequor; not declared by {@link Enrollment}, so its instances do not hold it.
   */
  public static final ComparableExpression<Enrollment, Instant> UPDATED_AT =
      M.updatedAt("updated_at");

  /**
   * The model {@code Enrollment}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Enrollment, Key> MODEL = M.build(EnrollmentModel::map, EnrollmentModel::create, key -> new Object[] {key.studentId(), key.courseId()});

  private EnrollmentModel() {
  }

  /**
   * Reads attribute {@code index}, in declaration order.
   */
  private static Object get(Enrollment instance, int index) {
    switch (index) {
      case 0: return instance.studentId();
      case 1: return instance.courseId();
      case 2: return instance.enrolledOn();
      default: throw new IndexOutOfBoundsException(index);
    }
  }

  /**
   * Reads the current row, whose columns are the attributes in declaration order.
   */
  private static Enrollment map(ResultSet rs) throws SQLException {
    return new Enrollment(
        ColumnTypes.LONG.read(rs, 1),
        ColumnTypes.INTEGER.read(rs, 2),
        ColumnTypes.LOCAL_DATE.read(rs, 3),
        null);
  }

  /**
   * Builds an instance from attribute values in declaration order.
   */
  private static Enrollment create(Object[] values) {
    return new Enrollment(
        (Long) values[0],
        (Integer) values[1],
        (LocalDate) values[2],
        null);
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
