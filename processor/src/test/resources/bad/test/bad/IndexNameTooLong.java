package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model(tableName = "a_table_with_a_long_name_of_forty_characters")
public record IndexNameTooLong(
    Long id,
    @Index String aColumnOfTwentyFiveLetters) {}
