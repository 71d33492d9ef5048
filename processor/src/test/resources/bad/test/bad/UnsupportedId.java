package test.bad;

import dev.sequor.Model;
import java.util.Date;

@Model
public record UnsupportedId(
    Date id,
    String name) {}
