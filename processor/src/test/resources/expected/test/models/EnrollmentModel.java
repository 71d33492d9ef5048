package test.models;

import dev.sequor.Attribute;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ModelType;
import dev.sequor.Sequor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/**
 * Sequor metadata for {@link Enrollment}: table {@code enrollments}.
 *
 * <p>Use the attribute constants in criteria ({@code STUDENT_ID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} in jOOQ's DSL.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Enrollment"
)
public final class EnrollmentModel {
  /**
   * The {@code enrollments} table as jOOQ metadata, with a typed field per column.
   */
  public static final Table TABLE = new Table();

  /**
   * {@link Enrollment#studentId()}: column {@code student_id}, {@code BIGINT NOT NULL}, primary key.
   */
  public static final ComparableAttribute<Enrollment, Long> STUDENT_ID = new ComparableAttribute<>("Enrollment", "studentId",
      TABLE.STUDENT_ID, ColumnTypes.LONG, Enrollment::studentId, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.NOT_NULL);

  /**
   * {@link Enrollment#courseId()}: column {@code course_id}, {@code INTEGER NOT NULL}, primary key.
   */
  public static final ComparableAttribute<Enrollment, Integer> COURSE_ID = new ComparableAttribute<>("Enrollment", "courseId",
      TABLE.COURSE_ID, ColumnTypes.INTEGER, Enrollment::courseId, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.NOT_NULL);

  /**
   * {@link Enrollment#enrolledOn()}: column {@code enrolled_on}, {@code DATE}.
   */
  public static final ComparableAttribute<Enrollment, LocalDate> ENROLLED_ON = new ComparableAttribute<>("Enrollment", "enrolledOn",
      TABLE.ENROLLED_ON, ColumnTypes.LOCAL_DATE, Enrollment::enrolledOn);

  /**
   * The model {@code Enrollment}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Enrollment, Key> MODEL = ModelType.<Enrollment, Key>builder("Enrollment", Enrollment.class, TABLE)
      .attributes(STUDENT_ID, COURSE_ID, ENROLLED_ON)
      .compositeKey(key -> new Object[] {key.studentId(), key.courseId()}, STUDENT_ID, COURSE_ID)
      .timestamps(TABLE.CREATED_AT, TABLE.UPDATED_AT)
      .mapper(EnrollmentModel::map)
      .build();

  private EnrollmentModel() {
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
   * The {@code enrollments} table as jOOQ metadata.
   */
  public static final class Table extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    /**
     * Column {@code student_id}: {@code BIGINT NOT NULL, primary key}.
     */
    public final TableField<Record, Long> STUDENT_ID = createField(DSL.name("student_id"),
        ColumnTypes.LONG.dataType(), this, "");

    /**
     * Column {@code course_id}: {@code INTEGER NOT NULL, primary key}.
     */
    public final TableField<Record, Integer> COURSE_ID = createField(DSL.name("course_id"),
        ColumnTypes.INTEGER.dataType(), this, "");

    /**
     * Column {@code enrolled_on}: {@code DATE}.
     */
    public final TableField<Record, LocalDate> ENROLLED_ON = createField(DSL.name("enrolled_on"),
        ColumnTypes.LOCAL_DATE.dataType(), this, "");

    /**
     * Column {@code created_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public final TableField<Record, Instant> CREATED_AT = createField(DSL.name("created_at"),
        ColumnTypes.INSTANT.dataType(), this, "");

    /**
     * Column {@code updated_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public final TableField<Record, Instant> UPDATED_AT = createField(DSL.name("updated_at"),
        ColumnTypes.INSTANT.dataType(), this, "");

    private Table() {
      super(DSL.name("enrollments"));
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
