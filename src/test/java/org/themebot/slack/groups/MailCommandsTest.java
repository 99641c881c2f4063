package org.themebot.slack.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.contacts.EmailAddress;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;
import org.themebot.slack.SlackMessage;

/** The mail side of /themegroup: how its text is read, and what its replies say (and escape). */
class MailCommandsTest {

    private static final ThemeGroup GROUP = new ThemeGroup(1, "T1", "C1", "E&CC <Theme> Group", ZoneId.of("Europe/London"),
            List.of("UCHAIR"), List.of("USEC"), Instant.EPOCH);

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
            "Cllr Kevin Foster <mailto:kevin@example.org|kevin@example.org> ¦ Cllr Kevin Foster ¦ kevin@example.org ¦ false",
            "Cllr Kevin Foster kevin@example.org                             ¦ Cllr Kevin Foster ¦ kevin@example.org ¦ false",
            "  Supt  Jim Titley   OFF                                        ¦ Supt  Jim Titley  ¦                   ¦ true",
            "June Morley                                                     ¦ June Morley       ¦                   ¦ false",
            "O&amp;Brien <mailto:ob@example.org>                             ¦ O&Brien           ¦ ob@example.org    ¦ false",
    })
    void contactTextIsANameThenAnAddressOrOff(String typed, String name, String address, boolean off) {
        assertThat(MailCommands.parse(typed)).isEqualTo(new MailCommands.ContactRequest(name, address == null ? ""
                : address, off));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
            "monday 09:00 channel email ¦ monday 09:00 channel ¦ true",
            "email                      ¦                      ¦ true",
            "E-mail off                 ¦                      ¦ false",
            "monday 09:00               ¦ monday 09:00         ¦",
            "off                        ¦ off                  ¦",
    })
    void digestTextMayEndInEmail(String typed, String schedule, Boolean byMail) {
        assertThat(MailCommands.digestText(typed)).isEqualTo(new MailCommands.DigestText(schedule == null ? "" : schedule,
                Optional.ofNullable(byMail)));
    }

    @Test
    void theAddressBookShowsAddressesEscapedAndWhoStopped() throws Exception {
        Contact kevin = new Contact(1, "Kevin <Foster>", new EmailAddress("kevin@example.org"), Optional.empty());
        Contact jim = new Contact(1, "Jim Titley", new EmailAddress("jim@example.org"),
                Optional.of(Instant.parse("2026-06-10T09:00:00Z")));

        SlackMessage book = ContactBlocks.addressBook(new ContactService.AddressBook(GROUP, List.of(kevin, jim)), false);

        assertThat(new ObjectMapper().readTree(book.blocksJson()).findValues("text").stream()
                .map(t -> t.isTextual() ? t.asText() : t.path("text").asText()).collect(Collectors.joining("\n")))
                .contains("Contacts of E&CC <Theme> Group")
                .contains("*Kevin &lt;Foster&gt;* — kevin@example.org")
                .contains("*Jim Titley* — jim@example.org · _stopped reminders and digests on 10 Jun 2026_")
                .contains(ContactBlocks.MAIL_OFF);
    }

    @Test
    void otherRepliesSayWhoGetsMailWithoutShowingAddresses() {
        Contact kevin = new Contact(1, "Cllr Kevin Foster", new EmailAddress("kevin@example.org"), Optional.empty());

        Optional<String> note = ContactBlocks.reach(new ContactService.Reach(List.of(kevin),
                List.of(new Who.Named("June <Morley>"))));

        assertThat(note).hasValueSatisfying(n -> assertThat(n).contains("By e-mail: *Cllr Kevin Foster*.")
                .contains("No e-mail address for *June &lt;Morley&gt;*").doesNotContain("kevin@example.org"));
        assertThat(ContactBlocks.reach(new ContactService.Reach(List.of(), List.of()))).isEmpty();
    }
}
