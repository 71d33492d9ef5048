package dev.sequor.testing;

import dev.sequor.BooleanAttribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ComparableExpression;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.StringAttribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A small model described by hand through {@link GeneratedModels}, as generated code does: for unit tests. */
public final class Things {

  /** The model. */
  public record Thing(Integer id, Integer price, String name, Boolean active, Size size, Instant seenAt) {}

  /** An enum column's values, whose placeholder casts to the PostgreSQL type. */
  public enum Size { S, M }

  public static final ColumnType<Size> SIZE_TYPE = ColumnTypes.enumType(Size.class, "enum_things_size");

  private static final GeneratedModels.Model<Thing, Integer> M =
      GeneratedModels.model("thing", Thing.class, "things", Things::get);

  public static final NumberAttribute<Thing, Integer> ID = M.number("id", "id", ColumnTypes.INTEGER,
      GeneratedModels.PRIMARY_KEY | GeneratedModels.AUTO_INCREMENT | GeneratedModels.NOT_NULL);
  public static final NumberAttribute<Thing, Integer> PRICE = M.number("price", "price", ColumnTypes.INTEGER, 0);
  public static final StringAttribute<Thing> NAME = M.string("name", "name", GeneratedModels.UNIQUE);
  public static final BooleanAttribute<Thing> ACTIVE = M.bool("active", "active", 0);
  public static final ComparableAttribute<Thing, Size> SIZE = M.comparable("size", "size", SIZE_TYPE, 0);
  public static final ComparableAttribute<Thing, Instant> SEEN_AT = M.comparable("seenAt", "seen_at",
      ColumnTypes.INSTANT, 0);
  public static final ComparableExpression<Thing, Instant> UPDATED_AT = M.updatedAt("updated_at");

  public static final ModelType<Thing, Integer> MODEL = M.build(Things::map, Things::create);

  private Things() {}

  private static Object get(Thing t, int index) {
    return switch (index) {
      case 0 -> t.id();
      case 1 -> t.price();
      case 2 -> t.name();
      case 3 -> t.active();
      case 4 -> t.size();
      case 5 -> t.seenAt();
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  private static Thing map(ResultSet rs) throws SQLException {
    return new Thing(ColumnTypes.INTEGER.read(rs, 1), ColumnTypes.INTEGER.read(rs, 2), ColumnTypes.STRING.read(rs, 3),
        ColumnTypes.BOOLEAN.read(rs, 4), SIZE_TYPE.read(rs, 5), ColumnTypes.INSTANT.read(rs, 6));
  }

  private static Thing create(Object[] v) {
    return new Thing((Integer) v[0], (Integer) v[1], (String) v[2], (Boolean) v[3], (Size) v[4], (Instant) v[5]);
  }
}
