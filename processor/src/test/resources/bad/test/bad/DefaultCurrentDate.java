package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.time.LocalDate;

@Model
public record DefaultCurrentDate(
    Long id,
    @DefaultValue("current_date") LocalDate joinedOn) {}
