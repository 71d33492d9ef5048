package test.clash;

import dev.sequor.Column;
import dev.sequor.Model;
import java.util.Optional;

/**
 * Named like the generated nested {@code RepositoryModel.Repository} and its base {@code dev.sequor.Repository},
 * with finders {@code findByName} and {@code findByOptional}: the generated code must qualify the clashing names.
 */
@Model(timestamps = false)
public record Repository(
    Long id,
    @Column(unique = true) String name,
    @Column(unique = true) Long optional) {

  /** Unused: only here so that the model's own source imports {@code Optional}. */
  static Optional<Repository> none() {
    return Optional.empty();
  }
}
