package org.themebot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    /** Loads with THEMEBOT_CONFIG pointing at a file holding {@code yaml}, plus the given variables. */
    private ThemebotConfig load(String yaml, String... variables) throws IOException {
        return new ConfigLoader(env(yaml, variables)).load();
    }

    private Map<String, String> env(String yaml, String... variables) throws IOException {
        Path file = Files.createTempFile(dir, "themebot", ".yml");
        Files.writeString(file, yaml);
        Map<String, String> env = new HashMap<>();
        env.put("THEMEBOT_CONFIG", file.toString());
        for (int i = 0; i < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        return env;
    }

    /**
     * A file that sets the database URL and nothing else. Only the shipped themebot.yml names the
     * default URL (the loader has no built-in one), so the tests' own files give it.
     */
    private static final String ONLY_DB = "database:\n  url: jdbc:sqlite:data/themebot.db\n";

    @Test
    void settingsTheFileLeavesOutHaveTheirDocumentedDefaults() throws IOException {
        assertDefaults(load(ONLY_DB));
    }

    @Test
    void theShippedThemebotYmlHoldsTheSameDefaults() {
        // No THEMEBOT_CONFIG: ./config/themebot.yml, the project's own copy, is read.
        assertThat(Path.of("config/themebot.yml")).isRegularFile();

        assertDefaults(new ConfigLoader(Map.of()).load());
    }

    private static void assertDefaults(ThemebotConfig config) {
        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.database().url()).isEqualTo("jdbc:sqlite:data/themebot.db");
        assertThat(config.database().user()).isEmpty();
        assertThat(config.database().password()).isEmpty();
        assertThat(config.sweepInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.slack().apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(config.defaultTimeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.mode()).isEqualTo(ThemebotConfig.Mode.SANDBOX);
        assertThat(config.slack().botToken()).isEmpty();
        assertThat(config.slack().signingSecret()).isEmpty();
        assertThat(config.slack().appToken()).isEmpty();
        assertThat(config.demo()).isFalse();
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.mail()).as("no SMTP server: nothing is e-mailed").isEmpty();
    }

    private static final String YAML = """
            port: 4000
            database:
              url: jdbc:sqlite:/var/lib/themebot/yaml.db
              user: yaml-user
            slack:
              apiUrl: http://localhost:9000/api
            scheduler:
              sweepInterval: PT30S
            groups:
              defaultTimeZone: Europe/Dublin
            """;

    @Test
    void theFileIsReadWhenNoVariableIsSet() throws IOException {
        ThemebotConfig config = load(YAML);

        assertThat(config.port()).isEqualTo(4000);
        assertThat(config.database().url()).isEqualTo("jdbc:sqlite:/var/lib/themebot/yaml.db");
        assertThat(config.database().user()).contains("yaml-user");
        assertThat(config.slack().apiUrl()).isEqualTo("http://localhost:9000/api/");
        assertThat(config.sweepInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.defaultTimeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    }

    @Test
    void environmentVariablesOverrideTheFile() throws IOException {
        ThemebotConfig config = load(YAML,
                "THEMEBOT_PORT", "5000",
                "THEMEBOT_DB_URL", "jdbc:postgresql://db.example/themebot",
                "THEMEBOT_DB_USER", "env-user",
                "THEMEBOT_DB_PASSWORD", "env-secret",
                "SLACK_API_URL", "http://127.0.0.1:8123/api/",
                "THEMEBOT_SWEEP_INTERVAL", "PT5S",
                "THEMEBOT_DEFAULT_TIMEZONE", "America/New_York");

        assertThat(config.port()).isEqualTo(5000);
        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db.example/themebot");
        assertThat(config.database().isSqlite()).isFalse();
        assertThat(config.database().user()).contains("env-user");
        assertThat(config.database().password()).contains("env-secret");
        assertThat(config.slack().apiUrl()).isEqualTo("http://127.0.0.1:8123/api/");
        assertThat(config.sweepInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.defaultTimeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void portZeroIsAllowedForTests() throws IOException {
        assertThat(load(ONLY_DB, "THEMEBOT_PORT", "0").port()).isZero();
    }

    @Test
    void bothSlackCredentialsSelectHttpMode() throws IOException {
        ThemebotConfig config = load(ONLY_DB, "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret");

        assertThat(config.mode()).isEqualTo(ThemebotConfig.Mode.HTTP);
        assertThat(config.slack().botToken()).contains("xoxb-1");
        assertThat(config.slack().signingSecret()).contains("s3cret");
    }

    @Test
    void anAppTokenAsWellSelectsSocketMode() throws IOException {
        ThemebotConfig config = load(ONLY_DB,
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret", "SLACK_APP_TOKEN", "xapp-1");

        assertThat(config.mode()).isEqualTo(ThemebotConfig.Mode.SOCKET);
        assertThat(config.slack().appToken()).contains("xapp-1");
    }

    @Test
    void themebotDemoAsksSandboxModeForTheDemoGroup() throws IOException {
        assertThat(load(ONLY_DB, "THEMEBOT_DEMO", "1").demo()).isTrue();
        assertThat(load(ONLY_DB, "THEMEBOT_DEMO", "0").demo()).isFalse();
    }

    @Test
    void credentialsMayComeFromTheFile() throws IOException {
        ThemebotConfig config = load(ONLY_DB + """
                slack:
                  botToken: xoxb-file
                  signingSecret: file-secret
                """);

        assertThat(config.mode()).isEqualTo(ThemebotConfig.Mode.HTTP);
        assertThat(config.slack().botToken()).contains("xoxb-file");
    }

    @Test
    void emptyCredentialsInTheFileMeanSandboxMode() throws IOException {
        ThemebotConfig config = load(ONLY_DB + """
                slack:
                  botToken: ""
                  signingSecret: ""
                  appToken: ""
                """);

        assertThat(config.mode()).isEqualTo(ThemebotConfig.Mode.SANDBOX);
    }

    /** base64 of 32 bytes, as `openssl rand -base64 32` makes. */
    private static final String KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void anOAuthClientWithoutABotTokenSelectsMultiWorkspaceMode() throws IOException {
        ThemebotConfig config = load(ONLY_DB, "SLACK_CLIENT_ID", "123.456", "SLACK_CLIENT_SECRET", "csecret",
                "SLACK_SIGNING_SECRET", "s3cret", "THEMEBOT_ENCRYPTION_KEY", KEY);

        assertThat(config.mode()).isEqualTo(ThemebotConfig.Mode.MULTI_WORKSPACE);
        ThemebotConfig.Installs installs = config.slack().installs().orElseThrow();
        assertThat(installs.clientId()).isEqualTo("123.456");
        assertThat(installs.encryptionKey()).hasSize(32);
        assertThat(installs.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(load(ONLY_DB, "SLACK_CLIENT_ID", "123.456", "SLACK_CLIENT_SECRET", "csecret",
                "SLACK_SIGNING_SECRET", "s3cret", "THEMEBOT_ENCRYPTION_KEY", KEY, "THEMEBOT_RETENTION_DAYS", "7")
                .slack().installs().orElseThrow().retention()).isEqualTo(Duration.ofDays(7));
    }

    static Stream<Arguments> badMultiWorkspaceConfigurations() {
        String[] good = {"SLACK_CLIENT_ID", "123.456", "SLACK_CLIENT_SECRET", "csecret", "SLACK_SIGNING_SECRET",
                "s3cret", "THEMEBOT_ENCRYPTION_KEY", KEY};
        return Stream.of(
                Arguments.of(with(good, "THEMEBOT_ENCRYPTION_KEY", ""), "THEMEBOT_ENCRYPTION_KEY"),
                Arguments.of(with(good, "THEMEBOT_ENCRYPTION_KEY", "not base64!"), "THEMEBOT_ENCRYPTION_KEY"),
                Arguments.of(with(good, "THEMEBOT_ENCRYPTION_KEY",
                        java.util.Base64.getEncoder().encodeToString(new byte[16])), "32 bytes"),
                Arguments.of(with(good, "SLACK_CLIENT_SECRET", ""), "SLACK_CLIENT_SECRET"),
                Arguments.of(with(good, "SLACK_SIGNING_SECRET", ""), "SLACK_SIGNING_SECRET"),
                Arguments.of(with(good, "SLACK_BOT_TOKEN", "xoxb-1"), "not both"),
                Arguments.of(with(good, "SLACK_APP_TOKEN", "xapp-1"), "SLACK_APP_TOKEN"),
                Arguments.of(with(good, "THEMEBOT_RETENTION_DAYS", "a month"), "THEMEBOT_RETENTION_DAYS"));
    }

    private static String[] with(String[] variables, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            all.put(variables[i], variables[i + 1]);
        }
        all.put(name, value);
        return all.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badMultiWorkspaceConfigurations")
    void multiWorkspaceModeIsRefusedInOneLineWithoutItsKeyOrMixedWithOneWorkspace(String[] variables, String named)
            throws IOException {
        ConfigLoader loader = new ConfigLoader(env(ONLY_DB, variables));

        assertThatThrownBy(loader::load)
                .isInstanceOf(ConfigError.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("csecret")
                        .doesNotContain(KEY));
    }

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                Arguments.of(new String[] {"SLACK_BOT_TOKEN", "xoxb-1"}, "SLACK_SIGNING_SECRET"),
                Arguments.of(new String[] {"SLACK_SIGNING_SECRET", "s3cret"}, "SLACK_BOT_TOKEN"),
                Arguments.of(new String[] {"SLACK_APP_TOKEN", "xapp-1"}, "SLACK_APP_TOKEN"),
                Arguments.of(new String[] {"SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1"}, "SLACK_SIGNING_SECRET"),
                Arguments.of(new String[] {"THEMEBOT_DB_URL", "jdbc:mysql://db/themebot"}, "THEMEBOT_DB_URL"),
                Arguments.of(new String[] {"THEMEBOT_DB_URL", "data/themebot.db"}, "THEMEBOT_DB_URL"),
                Arguments.of(new String[] {"THEMEBOT_SWEEP_INTERVAL", "1 minute"}, "THEMEBOT_SWEEP_INTERVAL"),
                Arguments.of(new String[] {"THEMEBOT_SWEEP_INTERVAL", "60"}, "THEMEBOT_SWEEP_INTERVAL"),
                Arguments.of(new String[] {"THEMEBOT_SWEEP_INTERVAL", "PT0S"}, "THEMEBOT_SWEEP_INTERVAL"),
                Arguments.of(new String[] {"THEMEBOT_SWEEP_INTERVAL", "-PT1M"}, "THEMEBOT_SWEEP_INTERVAL"),
                Arguments.of(new String[] {"THEMEBOT_PORT", "http"}, "THEMEBOT_PORT"),
                Arguments.of(new String[] {"THEMEBOT_PORT", "65536"}, "THEMEBOT_PORT"),
                Arguments.of(new String[] {"THEMEBOT_PORT", "-1"}, "THEMEBOT_PORT"),
                Arguments.of(new String[] {"THEMEBOT_PORT", "30 00"}, "THEMEBOT_PORT"),
                Arguments.of(new String[] {"THEMEBOT_DEFAULT_TIMEZONE", "Mars/Olympus_Mons"}, "THEMEBOT_DEFAULT_TIMEZONE"),
                Arguments.of(new String[] {"SLACK_API_URL", "slack.com/api"}, "SLACK_API_URL"),
                Arguments.of(new String[] {"THEMEBOT_DEMO", "please"}, "THEMEBOT_DEMO"),
                Arguments.of(new String[] {"THEMEBOT_CONFIG", "/no/such/themebot.yml"}, "THEMEBOT_CONFIG"),
                Arguments.of(mailWith("THEMEBOT_SMTP_URL", "mail.example.org:587"), "THEMEBOT_SMTP_URL"),
                Arguments.of(mailWith("THEMEBOT_SMTP_URL", "imap://mail.example.org"), "THEMEBOT_SMTP_URL"),
                Arguments.of(mailWith("THEMEBOT_SMTP_URL", "smtp://mail.example.org:587/relay"), "THEMEBOT_SMTP_URL"),
                Arguments.of(mailWith("THEMEBOT_SMTP_URL", "smtp://bot@mail.example.org"), "THEMEBOT_SMTP_URL"),
                Arguments.of(mailWith("THEMEBOT_SMTP_URL", "smtp://mail.example.org:smtp"), "THEMEBOT_SMTP_URL"),
                Arguments.of(mailWith("THEMEBOT_MAIL_FROM", "themebot"), "THEMEBOT_MAIL_FROM"),
                Arguments.of(mailWith("THEMEBOT_MAIL_FROM", "Theme Bot <themebot@>"), "THEMEBOT_MAIL_FROM"),
                Arguments.of(mailWith("THEMEBOT_MAIL_FROM", ""), "THEMEBOT_MAIL_FROM"),
                Arguments.of(mailWith("THEMEBOT_PUBLIC_URL", ""), "THEMEBOT_PUBLIC_URL"),
                Arguments.of(mailWith("THEMEBOT_PUBLIC_URL", "themebot.example.org"), "THEMEBOT_PUBLIC_URL"),
                Arguments.of(mailWith("THEMEBOT_PUBLIC_URL", "ftp://themebot.example.org"), "THEMEBOT_PUBLIC_URL"),
                Arguments.of(mailWith("THEMEBOT_PUBLIC_URL", "https://themebot.example.org/?a=1"), "THEMEBOT_PUBLIC_URL"));
    }

    /** Good mail settings with one of them replaced. */
    private static String[] mailWith(String variable, String value) {
        Map<String, String> mail = new LinkedHashMap<>(Map.of(
                "THEMEBOT_SMTP_URL", "smtp://mail.example.org:587",
                "THEMEBOT_MAIL_FROM", "themebot@example.org",
                "THEMEBOT_PUBLIC_URL", "https://themebot.example.org"));
        mail.put(variable, value);
        return mail.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badConfigurations")
    void aBadConfigurationIsRefusedInOneLineNamingTheVariable(String[] variables, String named) throws IOException {
        ConfigLoader loader = new ConfigLoader(env(ONLY_DB, variables));

        assertThatThrownBy(loader::load)
                .isInstanceOf(ConfigError.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void aBadValueInTheFileIsNamedByItsVariableToo() throws IOException {
        assertThatThrownBy(() -> load("port: three thousand\n"))
                .isInstanceOf(ConfigError.class)
                .hasMessageContaining("THEMEBOT_PORT")
                .hasMessageContaining("three thousand");
        assertThatThrownBy(() -> load("database:\n  url: jdbc:oracle:thin:@db\n"))
                .isInstanceOf(ConfigError.class)
                .hasMessageContaining("THEMEBOT_DB_URL");
    }

    @Test
    void aFileThatIsNotYamlIsRefusedInOneLine() throws IOException {
        assertThatThrownBy(() -> load("port: [3000\n  database: {\n"))
                .isInstanceOf(ConfigError.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("cannot read").doesNotContain("\n"));
    }

    @Test
    void anSmtpUrlWithAUserAndPasswordTurnsMailOn() throws IOException {
        ThemebotConfig config = load(ONLY_DB,
                "THEMEBOT_SMTP_URL", "smtp://themebot%40example.org:p%40ss+w%3Ard@mail.example.org:2525",
                "THEMEBOT_MAIL_FROM", "Theme Bot <themebot@example.org>",
                "THEMEBOT_PUBLIC_URL", "https://themebot.example.org/partnership/");

        ThemebotConfig.Mail mail = config.mail().orElseThrow();
        assertThat(mail.smtp()).isEqualTo(new ThemebotConfig.Smtp(false, "mail.example.org", 2525,
                Optional.of("themebot@example.org"), Optional.of("p@ss+w:rd")));
        assertThat(mail.from()).isEqualTo("Theme Bot <themebot@example.org>");
        assertThat(config.publicUrl()).contains(URI.create("https://themebot.example.org/partnership"));
        assertThat(config.toString()).as("the password stays out of every log line")
                .doesNotContain("p@ss").contains("smtp://themebot@example.org:***@mail.example.org:2525");
    }

    @Test
    void smtpsIsTlsFromTheStartAndEachSchemeHasItsPort() throws IOException {
        ThemebotConfig.Smtp smtps = load(ONLY_DB, mailWith("THEMEBOT_SMTP_URL", "smtps://mail.example.org"))
                .mail().orElseThrow().smtp();
        ThemebotConfig.Smtp smtp = load(ONLY_DB, mailWith("THEMEBOT_SMTP_URL", "smtp://mail.example.org"))
                .mail().orElseThrow().smtp();

        assertThat(smtps.implicitTls()).isTrue();
        assertThat(smtps.port()).isEqualTo(465);
        assertThat(smtps.user()).isEmpty();
        assertThat(smtp.implicitTls()).isFalse();
        assertThat(smtp.port()).isEqualTo(587);
    }

    @Test
    void mailSettingsMayComeFromTheFile() throws IOException {
        ThemebotConfig config = load(ONLY_DB + """
                publicUrl: http://localhost:3000
                mail:
                  smtpUrl: smtp://localhost:2525
                  from: themebot@example.org
                """);

        assertThat(config.mail().orElseThrow().smtp().port()).isEqualTo(2525);
        assertThat(config.publicUrl()).contains(URI.create("http://localhost:3000"));
    }

    @Test
    void aBadSmtpUrlIsRefusedWithoutShowingItsPassword() throws IOException {
        ConfigLoader loader = new ConfigLoader(env(ONLY_DB, mailWith("THEMEBOT_SMTP_URL", "smtp://bot:s3cr#t@mail.example.org")));

        assertThatThrownBy(loader::load)
                .isInstanceOf(ConfigError.class)
                .hasMessageContaining("THEMEBOT_SMTP_URL")
                .hasMessageContaining("smtp://***@mail.example.org")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr"));
    }
}
