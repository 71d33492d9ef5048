package dev.sequor.internal;

import java.sql.SQLException;
import java.sql.Types;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Binds a Java enum to a PostgreSQL enum column. PostgreSQL refuses a {@code varchar} bind value for an
 * enum column, so the placeholder is rendered with a cast to the enum type.
 */
final class PgEnumBinding<E extends Enum<E>> implements Binding<String, E> {

  private static final long serialVersionUID = 1L;

  private final Converter<String, E> converter;
  private final String typeName;

  PgEnumBinding(Class<E> type, String typeName) {
    this.converter = Converter.ofNullable(String.class, type, s -> Enum.valueOf(type, s), Enum::name);
    this.typeName = typeName;
  }

  @Override
  public Converter<String, E> converter() {
    return converter;
  }

  @Override
  public void sql(BindingSQLContext<E> ctx) {
    if (ctx.render().paramType() == ParamType.INLINED) {
      ctx.render().visit(DSL.inline(ctx.convert(converter).value()));
    } else {
      ctx.render().sql(ctx.variable());
    }
    ctx.render().sql("::").visit(DSL.name(typeName));
  }

  @Override
  public void register(BindingRegisterContext<E> ctx) throws SQLException {
    ctx.statement().registerOutParameter(ctx.index(), Types.VARCHAR);
  }

  @Override
  public void set(BindingSetStatementContext<E> ctx) throws SQLException {
    String value = ctx.convert(converter).value();
    if (value == null) {
      ctx.statement().setNull(ctx.index(), Types.VARCHAR);
    } else {
      ctx.statement().setString(ctx.index(), value);
    }
  }

  @Override
  public void set(BindingSetSQLOutputContext<E> ctx) throws SQLException {
    throw new SQLException("enum values are not written to SQLOutput");
  }

  @Override
  public void get(BindingGetResultSetContext<E> ctx) throws SQLException {
    ctx.convert(converter).value(ctx.resultSet().getString(ctx.index()));
  }

  @Override
  public void get(BindingGetStatementContext<E> ctx) throws SQLException {
    ctx.convert(converter).value(ctx.statement().getString(ctx.index()));
  }

  @Override
  public void get(BindingGetSQLInputContext<E> ctx) throws SQLException {
    throw new SQLException("enum values are not read from SQLInput");
  }

  /**
   * The array parameter of {@code IN} on an enum column ({@code = ANY (?::"enum_t_c"[])}): the names as a
   * {@code varchar[]}, cast to the enum's array type.
   */
  static final class Array implements Binding<Object[], Object[]> {

    private static final long serialVersionUID = 1L;

    private final String typeName;

    Array(String typeName) {
      this.typeName = typeName;
    }

    @Override
    public Converter<Object[], Object[]> converter() {
      return Converter.ofNullable(Object[].class, Object[].class, v -> v, v -> v);
    }

    @Override
    public void sql(BindingSQLContext<Object[]> ctx) {
      ctx.render().sql(ctx.variable()).sql("::").visit(DSL.name(typeName)).sql("[]");
    }

    @Override
    public void register(BindingRegisterContext<Object[]> ctx) throws SQLException {
      ctx.statement().registerOutParameter(ctx.index(), Types.ARRAY);
    }

    @Override
    public void set(BindingSetStatementContext<Object[]> ctx) throws SQLException {
      Object[] values = ctx.value();
      if (values == null) {
        ctx.statement().setNull(ctx.index(), Types.ARRAY);
        return;
      }
      Object[] names = new Object[values.length];
      for (int i = 0; i < values.length; i++) {
        names[i] = values[i] == null ? null : ((Enum<?>) values[i]).name();
      }
      ctx.statement().setArray(ctx.index(), ctx.statement().getConnection().createArrayOf("varchar", names));
    }

    @Override
    public void set(BindingSetSQLOutputContext<Object[]> ctx) throws SQLException {
      throw new SQLException("enum arrays are not written to SQLOutput");
    }

    @Override
    public void get(BindingGetResultSetContext<Object[]> ctx) throws SQLException {
      throw new SQLException("an enum parameter array is never read");
    }

    @Override
    public void get(BindingGetStatementContext<Object[]> ctx) throws SQLException {
      throw new SQLException("an enum parameter array is never read");
    }

    @Override
    public void get(BindingGetSQLInputContext<Object[]> ctx) throws SQLException {
      throw new SQLException("an enum parameter array is never read");
    }
  }
}
