package org.themebot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemebotConfigTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '→', nullValues = "none", textBlock = """
            jdbc:sqlite:data/themebot.db                   → data/themebot.db
            jdbc:sqlite:/tmp/x/t.db?journal_mode=wal       → /tmp/x/t.db
            jdbc:sqlite:file:/tmp/x/t.db                   → /tmp/x/t.db
            jdbc:sqlite::memory:                           → none
            jdbc:sqlite:                                   → none
            jdbc:sqlite:file::memory:?cache=shared         → none
            jdbc:postgresql://db.example/themebot          → none
            """)
    void theSqliteFileIsTheOneTheUrlNames(String url, String file) {
        ThemebotConfig.Database database = new ThemebotConfig.Database(url, Optional.empty(), Optional.empty());

        assertThat(database.sqliteFile()).isEqualTo(Optional.ofNullable(file).map(Path::of));
        assertThat(database.isSqlite()).isEqualTo(url.startsWith("jdbc:sqlite:"));
    }

    @org.junit.jupiter.api.Test
    void noSecretIsPrintedWithTheConfiguration() {
        ThemebotConfig config = new ThemebotConfig(3000,
                new ThemebotConfig.Database("jdbc:postgresql://db/themebot?user=bot&password=url-pass",
                        Optional.of("bot"), Optional.of("db-pass")),
                new ThemebotConfig.Slack(Optional.of("xoxb-bot-token"), Optional.of("signing-secret"),
                        Optional.of("xapp-app-token"), "https://slack.com/api/",
                        Optional.of(new ThemebotConfig.Installs("123.456", "client-secret", new byte[32],
                                java.time.Duration.ofDays(30)))),
                java.time.Duration.ofMinutes(1), java.time.ZoneId.of("Europe/London"));

        assertThat(config.toString())
                .doesNotContain("xoxb-bot-token", "signing-secret", "xapp-app-token", "client-secret", "db-pass",
                        "url-pass", "AAAAAAAA")
                .contains("123.456", "jdbc:postgresql://db/themebot", "https://slack.com/api/", "***");
    }
}
