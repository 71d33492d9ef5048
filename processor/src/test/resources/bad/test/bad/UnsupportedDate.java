package test.bad;

import dev.sequor.Model;
import java.util.Date;

@Model
public record UnsupportedDate(
    Long id,
    Date bornOn) {}
