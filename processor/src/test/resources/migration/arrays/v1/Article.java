package test.migration;

import dev.sequor.Column;
import dev.sequor.Index;
import dev.sequor.Model;
import java.util.List;

@Model(timestamps = false)
public record Article(
    Long id,
    @Column(length = 20) String[] tags,
    List<Integer> scores,
    @Index Long[] refs) {}
