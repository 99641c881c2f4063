package org.themebot.contacts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address themebot can send to: one plain {@code local@domain}, checked by Jakarta Mail's strict
 * RFC 822 parser and then held to what real mail servers take: a domain with a dot and proper
 * labels, no IP literal, no quoted local part, ASCII only (an international domain in its
 * {@code xn--} form), at most 254 characters.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    /** The address as typed, its domain in lower case; throws IllegalArgumentException saying what is wrong. */
    public static EmailAddress parse(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("there is no address");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an address is at most " + MAX_LENGTH + " characters");
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(text, true);
            parsed.validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("it is not an address like kevin@example.org");
        }
        if (parsed.isGroup() || parsed.getPersonal() != null || !text.equals(parsed.getAddress())) {
            throw new IllegalArgumentException("give just the address, like kevin@example.org");
        }
        if (!text.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("an address is written without spaces, in plain letters (an "
                    + "international domain in its xn-- form)");
        }
        int at = text.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("it is not an address like kevin@example.org");
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > MAX_LOCAL_PART || local.startsWith("\"")) {
            throw new IllegalArgumentException("the part before @ is not one mail servers take");
        }
        checkDomain(domain);
        return new EmailAddress(local + "@" + domain);
    }

    private static void checkDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        boolean good = labels.length >= 2 && TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
        for (String label : labels) {
            good &= LABEL.matcher(label).matches();
        }
        if (!good) {
            throw new IllegalArgumentException("'" + domain + "' is not a domain mail can be sent to");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
