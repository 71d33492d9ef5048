package test.models;

import dev.sequor.Attribute;
import dev.sequor.AttributeAccessor;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ModelTable;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Sequor metadata for {@link Enrollment}: table {@code enrollments}.
 *
 * <p>Use the attribute constants in criteria ({@code STUDENT_ID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} with {@link Columns} in jOOQ's DSL.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Enrollment"
)
public final class EnrollmentModel {
  /**
   * The {@code enrollments} table as jOOQ metadata; its columns are in {@link Columns}.
   */
  public static final ModelTable TABLE = new ModelTable("enrollments");

  private static final AttributeAccessor<Enrollment> ACCESSOR = EnrollmentModel::get;

  /**
   * {@link Enrollment#studentId()}: column {@code student_id}, {@code BIGINT NOT NULL}, primary key.
   */
  public static final NumberAttribute<Enrollment, Long> STUDENT_ID = new NumberAttribute<Enrollment, Long>("Enrollment", "studentId",
      Columns.STUDENT_ID, ColumnTypes.LONG, ACCESSOR, 0, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.NOT_NULL);

  /**
   * {@link Enrollment#courseId()}: column {@code course_id}, {@code INTEGER NOT NULL}, primary key.
   */
  public static final NumberAttribute<Enrollment, Integer> COURSE_ID = new NumberAttribute<Enrollment, Integer>("Enrollment", "courseId",
      Columns.COURSE_ID, ColumnTypes.INTEGER, ACCESSOR, 1, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.NOT_NULL);

  /**
   * {@link Enrollment#enrolledOn()}: column {@code enrolled_on}, {@code DATE}.
   */
  public static final ComparableAttribute<Enrollment, LocalDate> ENROLLED_ON = new ComparableAttribute<Enrollment, LocalDate>("Enrollment", "enrolledOn",
      Columns.ENROLLED_ON, ColumnTypes.LOCAL_DATE, ACCESSOR, 2);

  /**
   * The model {@code Enrollment}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Enrollment, Key> MODEL = ModelType.<Enrollment, Key>builder("Enrollment", Enrollment.class, TABLE)
      .attributes(STUDENT_ID, COURSE_ID, ENROLLED_ON)
      .compositeKey(key -> new Object[] {key.studentId(), key.courseId()}, STUDENT_ID, COURSE_ID)
      .timestamps(Columns.CREATED_AT, Columns.UPDATED_AT)
      .mapper(EnrollmentModel::map)
      .factory(EnrollmentModel::create)
      .build();

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
   * The columns of {@code enrollments} as typed jOOQ fields: {@code dsl.select(Columns.STUDENT_ID).from(TABLE)}.
   */
  public static final class Columns {
    /**
     * Column {@code student_id}: {@code BIGINT NOT NULL, primary key}.
     */
    public static final TableField<Record, Long> STUDENT_ID = ColumnTypes.LONG.column(TABLE, "student_id");

    /**
     * Column {@code course_id}: {@code INTEGER NOT NULL, primary key}.
     */
    public static final TableField<Record, Integer> COURSE_ID = ColumnTypes.INTEGER.column(TABLE, "course_id");

    /**
     * Column {@code enrolled_on}: {@code DATE}.
     */
    public static final TableField<Record, LocalDate> ENROLLED_ON = ColumnTypes.LOCAL_DATE.column(TABLE, "enrolled_on");

    /**
     * Column {@code created_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public static final TableField<Record, Instant> CREATED_AT = ColumnTypes.INSTANT.column(TABLE, "created_at");

    /**
     * Column {@code updated_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public static final TableField<Record, Instant> UPDATED_AT = ColumnTypes.INSTANT.column(TABLE, "updated_at");

    private Columns() {
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
