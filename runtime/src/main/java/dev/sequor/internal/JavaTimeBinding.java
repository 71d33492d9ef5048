package dev.sequor.internal;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
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
 * Binds a {@code java.time} value with the driver's own {@code setObject}/{@code getObject}. jOOQ's default
 * bindings go through {@code java.sql.Time} and {@code java.sql.Timestamp}, which drops a {@code LocalTime}'s
 * fraction of a second and moves a {@code LocalDateTime} that the JVM's time zone skips (a daylight saving
 * gap); PostgreSQL's driver maps these types exactly. The placeholder is cast to the column's type.
 */
final class JavaTimeBinding<T> implements Binding<T, T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final String sqlType;
  private final int jdbcType;
  private final Converter<T, T> converter;

  /** {@code sqlType} is the PostgreSQL type of the cast, {@code jdbcType} a {@link java.sql.Types} constant. */
  JavaTimeBinding(Class<T> type, String sqlType, int jdbcType) {
    this.type = type;
    this.sqlType = sqlType;
    this.jdbcType = jdbcType;
    this.converter = Converter.ofNullable(type, type, v -> v, v -> v);
  }

  @Override
  public Converter<T, T> converter() {
    return converter;
  }

  @Override
  public void sql(BindingSQLContext<T> ctx) {
    if (ctx.render().paramType() == ParamType.INLINED) {
      T value = ctx.value();
      ctx.render().visit(value == null ? DSL.inline((String) null) : DSL.inline(value.toString()));
    } else {
      ctx.render().sql(ctx.variable());
    }
    ctx.render().sql("::").sql(sqlType);
  }

  @Override
  public void register(BindingRegisterContext<T> ctx) throws SQLException {
    ctx.statement().registerOutParameter(ctx.index(), jdbcType);
  }

  @Override
  public void set(BindingSetStatementContext<T> ctx) throws SQLException {
    T value = ctx.value();
    if (value == null) {
      ctx.statement().setNull(ctx.index(), jdbcType);
    } else {
      ctx.statement().setObject(ctx.index(), value);
    }
  }

  @Override
  public void set(BindingSetSQLOutputContext<T> ctx) throws SQLException {
    throw new SQLFeatureNotSupportedException(type.getSimpleName() + " values are not written to SQLOutput");
  }

  @Override
  public void get(BindingGetResultSetContext<T> ctx) throws SQLException {
    ctx.value(ctx.resultSet().getObject(ctx.index(), type));
  }

  @Override
  public void get(BindingGetStatementContext<T> ctx) throws SQLException {
    ctx.value(ctx.statement().getObject(ctx.index(), type));
  }

  @Override
  public void get(BindingGetSQLInputContext<T> ctx) throws SQLException {
    throw new SQLFeatureNotSupportedException(type.getSimpleName() + " values are not read from SQLInput");
  }
}
