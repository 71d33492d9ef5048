package dev.sequor;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A repository that forwards every operation to another: the base of a repository of your own that adds finders in
 * your domain's words to Sequor's, for example
 * <pre>{@code
 * final class Products extends ForwardingRepository<Product, Long> {
 *   Products(Sequor db) { super(db.repository(ProductModel.MODEL)); }
 *   Optional<Product> findByName(String name) { return findBy(ProductModel.NAME, name); }
 * }
 * }</pre>
 *
 * @param <M> the model type
 * @param <K> the primary key type
 */
public class ForwardingRepository<M, K> extends Repository<M, K> {

  private final Repository<M, K> delegate;

  /** Forwards to {@code delegate}, typically {@code sequor.repository(FooModel.MODEL)}. */
  protected ForwardingRepository(Repository<M, K> delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public ModelType<M, K> model() {
    return delegate.model();
  }

  @Override
  public M create(M instance) {
    return delegate.create(instance);
  }

  @Override
  public M create(M instance, List<Association<M, ?>> include) {
    return delegate.create(instance, include);
  }

  @Override
  public <T> void add(M source, Association<M, T> association, Collection<? extends T> targets) {
    delegate.add(source, association, targets);
  }

  @Override
  public <T> void remove(M source, Association<M, T> association, Collection<? extends T> targets) {
    delegate.remove(source, association, targets);
  }

  @Override
  public <T> void set(M source, Association<M, T> association, Collection<? extends T> targets) {
    delegate.set(source, association, targets);
  }

  @Override
  public List<M> findAll() {
    return delegate.findAll();
  }

  @Override
  public List<M> findAll(Criterion<M> where) {
    return delegate.findAll(where);
  }

  @Override
  public List<M> findAll(Query<M> query) {
    return delegate.findAll(query);
  }

  @Override
  public Optional<M> findByPk(K key) {
    return delegate.findByPk(key);
  }

  @Override
  public Optional<M> findOne(Criterion<M> where) {
    return delegate.findOne(where);
  }

  @Override
  public Optional<M> findOne(Query<M> query) {
    return delegate.findOne(query);
  }

  @Override
  public long count() {
    return delegate.count();
  }

  @Override
  public long count(Criterion<M> where) {
    return delegate.count(where);
  }

  @Override
  public M update(M instance, List<Assignment<M>> assignments) {
    return delegate.update(instance, assignments);
  }

  @Override
  public int update(Criterion<M> where, List<Assignment<M>> assignments) {
    return delegate.update(where, assignments);
  }

  @Override
  public boolean destroy(M instance) {
    return delegate.destroy(instance);
  }

  @Override
  public int destroy(Criterion<M> where) {
    return delegate.destroy(where);
  }

  @Override
  public RowsAndCount<M> findAndCountAll(Query<M> query) {
    return delegate.findAndCountAll(query);
  }

  @Override
  public Created<M> findOrCreate(Criterion<M> where, M defaults) {
    return delegate.findOrCreate(where, defaults);
  }

  @Override
  public Built<M> findOrBuild(Criterion<M> where, M defaults) {
    return delegate.findOrBuild(where, defaults);
  }

  @Override
  public <T> Optional<M> findBy(Attribute<M, T> attribute, T value) {
    return delegate.findBy(attribute, value);
  }

  @Override
  public long count(Query<M> query) {
    return delegate.count(query);
  }

  @Override
  public <T extends Comparable<? super T>> Optional<T> max(ComparableExpression<M, T> expression,
      Criterion<M> where) {
    return delegate.max(expression, where);
  }

  @Override
  public <T extends Comparable<? super T>> Optional<T> min(ComparableExpression<M, T> expression,
      Criterion<M> where) {
    return delegate.min(expression, where);
  }

  @Override
  public <T extends Number & Comparable<? super T>> T sum(NumberExpression<M, T> expression, Criterion<M> where) {
    return delegate.sum(expression, where);
  }

  @Override
  protected <R> Select<M, R> newSelect(List<Selectable<? super M, ?>> columns, Function<Object[], R> row) {
    return delegate.newSelect(columns, row);
  }

  @Override
  public Stream<M> stream(Query<M> query, int fetchSize) {
    return delegate.stream(query, fetchSize);
  }

  @Override
  public List<M> query(String sql, Object... bindValues) {
    return delegate.query(sql, bindValues);
  }

  @Override
  public Created<M> upsert(M instance, List<Attribute<M, ?>> conflictAttributes) {
    return delegate.upsert(instance, conflictAttributes);
  }

  @Override
  public List<M> bulkCreate(Collection<? extends M> instances, BulkCreateOptions<M> options) {
    return delegate.bulkCreate(instances, options);
  }
}
