package org.themebot.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the mail settings: THEMEBOT_SMTP_URL, THEMEBOT_MAIL_FROM and THEMEBOT_PUBLIC_URL. Each bad
 * value is refused in one line naming its variable; an SMTP password never appears in one.
 */
final class MailSettings {

    static final int SUBMISSION_PORT = 587;
    static final int SMTPS_PORT = 465;

    private MailSettings() {
    }

    /** The address people reach themebot at, without a trailing slash; empty when not set. */
    static Optional<URI> publicUrl(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        throw new ConfigError("THEMEBOT_PUBLIC_URL must be the http(s) address people reach themebot at, such as "
                + "https://themebot.example.org, not '" + value + "'");
    }

    /** Mail is on when an SMTP server is set; it then needs whom mail comes from, and where its links point. */
    static Optional<ThemebotConfig.Mail> mail(String smtpUrl, String from, Optional<URI> publicUrl) {
        Optional<String> sender = Optional.ofNullable(from).filter(f -> !f.isBlank()).map(MailSettings::from);
        if (smtpUrl == null || smtpUrl.isBlank()) {
            return Optional.empty();
        }
        ThemebotConfig.Smtp smtp = smtp(smtpUrl);
        if (sender.isEmpty()) {
            throw new ConfigError("THEMEBOT_MAIL_FROM must be set when THEMEBOT_SMTP_URL is: the address themebot's "
                    + "mail comes from, such as themebot@example.org");
        }
        if (publicUrl.isEmpty()) {
            throw new ConfigError("THEMEBOT_PUBLIC_URL must be set when THEMEBOT_SMTP_URL is: the links in "
                    + "themebot's mail point there, e.g. https://themebot.example.org");
        }
        return Optional.of(new ThemebotConfig.Mail(smtp, sender.get()));
    }

    private static String from(String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            if (address.getAddress().contains("@")) {
                return address.toUnicodeString();
            }
        } catch (AddressException ignored) {
            // reported below
        }
        throw new ConfigError("THEMEBOT_MAIL_FROM must be an address such as themebot@example.org or "
                + "'Theme Bot <themebot@example.org>', not '" + value + "'");
    }

    /** smtp://[user:password@]host[:port] or smtps://…; special characters in the user or password are %-encoded. */
    static ThemebotConfig.Smtp smtp(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean tls = scheme.equals("smtps");
            boolean path = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
            if ((tls || scheme.equals("smtp")) && uri.getHost() != null && !path && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                int port = uri.getPort() >= 0 ? uri.getPort() : tls ? SMTPS_PORT : SUBMISSION_PORT;
                String userInfo = uri.getRawUserInfo();
                if (userInfo == null) {
                    return new ThemebotConfig.Smtp(tls, uri.getHost(), port, Optional.empty(), Optional.empty());
                }
                int colon = userInfo.indexOf(':');
                if (colon > 0 && colon < userInfo.length() - 1) {
                    return new ThemebotConfig.Smtp(tls, uri.getHost(), port,
                            Optional.of(decoded(userInfo.substring(0, colon))),
                            Optional.of(decoded(userInfo.substring(colon + 1))));
                }
            }
        } catch (URISyntaxException | IllegalArgumentException ignored) {
            // reported below, without the password
        }
        throw new ConfigError("THEMEBOT_SMTP_URL must be smtp://[user:password@]host:port (STARTTLS when offered) or "
                + "smtps://[user:password@]host:465 (TLS), with any special character in the user or password "
                + "%-encoded; not '" + withoutCredentials(value) + "'");
    }

    private static String decoded(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL with everything before its last '@' hidden: it may hold a password, typed wrongly. */
    static String withoutCredentials(String url) {
        int at = url.lastIndexOf('@');
        int start = url.indexOf("//");
        return at < 0 ? url : (start >= 0 && start < at ? url.substring(0, start + 2) : "") + "***" + url.substring(at);
    }
}
