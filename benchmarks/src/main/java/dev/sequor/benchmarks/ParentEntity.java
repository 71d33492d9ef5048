package dev.sequor.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * W9's parent as an idiomatic Hibernate entity on the same {@code parents} table: a bidirectional one-to-many
 * owned by {@link ChildEntity#getParent}, lazy by default, loaded with {@code join fetch}. W9 only reads, so the
 * id has no generator.
 */
@Entity(name = "Parent")
@Table(name = "parents")
public class ParentEntity {

  @Id
  private Long id;

  @Column(nullable = false)
  private String name;

  private int score;

  @OneToMany(mappedBy = "parent")
  private List<ChildEntity> children = new ArrayList<>();

  protected ParentEntity() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getScore() {
    return score;
  }

  public List<ChildEntity> getChildren() {
    return children;
  }

  /** As {@link Checksum#of(Parent)}. */
  long checksum() {
    long sum = 0;
    for (ChildEntity c : children) {
      sum += c.checksum();
    }
    return Checksum.parent(id, name, score, children.size(), sum);
  }
}
