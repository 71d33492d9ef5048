package test.bad;

import dev.sequor.Model;

@Model(
    tableName = "a_table_name_of_sixty_four_characters_which_postgres_would_cut_x",
    underscored = true)
public record LongTableName(Long id) {}
