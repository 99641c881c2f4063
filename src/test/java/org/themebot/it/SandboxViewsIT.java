package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.PageClient.GENERAL;
import static org.themebot.it.PageClient.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Modals and the Home tab through the sandbox, with a stand-in for themebot (see StandInBot). */
class SandboxViewsIT {

    @RegisterExtension
    static final StandInBot bot = new StandInBot();

    static final ObjectMapper MAPPER = new ObjectMapper();
    static PageClient slack;
    static List<String> heard;

    @BeforeAll
    static void openThePage() {
        slack = bot.client();
        heard = bot.heard();
    }

    @Test
    void aModalOpensSubmissionErrorsShowInItAndAGoodSubmissionClosesIt() {
        slack.type(SUE, GENERAL, "/action");
        JsonNode modal = awaitModal();
        assertThat(modal.path("title").path("text").asText()).isEqualTo("Record an action");

        PageClient.Answer refused = slack.submit(SUE, values("tbc", List.of(), ""));
        PageClient.Answer accepted = slack.submit(SUE, values("Send the toolkit", List.of(SUE, "U03BALBIR"), "2008-10-22"));

        assertThat(refused.json().path("errors").path("text").asText()).isEqualTo("Say what needs doing");
        assertThat(accepted.json().has("errors")).isFalse();
        assertThat(slack.state(SUE).path("modal").isNull()).isTrue();
        assertThat(heard).contains("submitted Send the toolkit [U02SUE, U03BALBIR] 2008-10-22 by U02SUE");
    }

    @Test
    void aButtonInAModalCarriesWhatItsInputsSayAndClosingItIsHeard() {
        slack.type(SUE, GENERAL, "/action");
        JsonNode modal = awaitModal();

        slack.post("/sandbox/actions", pressWithValues(modal, "half-typed"));
        slack.closeModal(SUE);

        assertThat(FakeSlack.waitFor(() -> heard.contains("checked half-typed") && heard.contains("closed"),
                Duration.ofSeconds(5))).isTrue();
        assertThat(slack.state(SUE).path("modal").isNull()).isTrue();
    }

    @Test
    void theHomeTabIsPublishedWhenOpenedAndUpdatedAfterAButton() {
        slack.openHome(SUE);
        JsonNode home = FakeSlack.waitFor(() -> nonNull(slack.state(SUE).path("home")), FakeSlack.PATIENCE);
        assertThat(home.path("blocks").toString()).contains("2 open actions");

        slack.pressInView(SUE, home, "home_done");

        assertThat(FakeSlack.waitFor(() -> slack.state(SUE).path("home").toString().contains("Done: 1 open action"),
                FakeSlack.PATIENCE)).isTrue();
        assertThat(slack.state("U03BALBIR").path("home").isNull()).isTrue();
    }

    private static JsonNode awaitModal() {
        return FakeSlack.waitFor(() -> nonNull(slack.state(SUE).path("modal")), FakeSlack.PATIENCE);
    }

    private static JsonNode nonNull(JsonNode node) {
        return node.isObject() ? node : null;
    }

    private static ObjectNode values(String text, List<String> owners, String due) {
        ObjectNode values = MAPPER.createObjectNode();
        values.putObject("text").put("v", text);
        owners.forEach(values.putObject("owners").putArray("v")::add);
        values.putObject("due").put("v", due);
        return values;
    }

    private static ObjectNode pressWithValues(JsonNode modal, String typed) {
        ObjectNode press = MAPPER.createObjectNode().put("user", SUE).put("view", modal.path("id").asText())
                .put("blockId", "buttons").put("actionId", "check");
        press.putObject("values").putObject("text").put("v", typed);
        return press;
    }
}
