package com.focusflow.persistence.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- a comment; not a statement
                CREATE TABLE "a;b" (x TEXT DEFAULT 'it''s; fine'); /* block; comment */
                INSERT INTO "a;b" VALUES ('x')
                """;
        assertThat(SqlStatements.split(script)).containsExactly(
                "CREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s; fine')", "INSERT INTO \"a;b\" VALUES ('x')");
    }

    @Test
    void keepsATriggerBodyTogether() {
        String script = """
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  UPDATE b SET n = n + 1;
                  DELETE FROM c;
                END;
                SELECT 1;
                """;
        assertThat(SqlStatements.split(script)).hasSize(2);
        assertThat(SqlStatements.split(script).get(0)).startsWith("CREATE TRIGGER").endsWith("END");
    }

    @Test
    void emptyStatementsAreDropped() {
        assertThat(SqlStatements.split(" ;\n;-- only a comment\n")).isEmpty();
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> SqlStatements.split("SELECT 'oops;")).isInstanceOf(IllegalArgumentException.class);
    }
}
