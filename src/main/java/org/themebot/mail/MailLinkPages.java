package org.themebot.mail;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.TextLimits;

/**
 * The pages behind the links in mail. GET changes nothing, as mail scanners open links before
 * people do: it says what the link will do and offers one form. Its POST, to the same signed
 * link, makes the change through {@link LinkActions} in the transaction that records the link as
 * used, so each link works once; a used, expired or forged link gets a plain page saying so.
 * RFC 8058's one-click unsubscribe is that same POST. No cookies, nothing cached, no referrer.
 */
public final class MailLinkPages {

    public static final String PATH = SignedLinks.PATH_PREFIX + "{purpose}/{token}";
    private static final String SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final Jdbi jdbi;
    private final SignedLinks links;
    private final LinkActions actions;
    private final Clock clock;

    public MailLinkPages(Jdbi jdbi, SignedLinks links, LinkActions actions, Clock clock) {
        this.jdbi = jdbi;
        this.links = links;
        this.actions = actions;
        this.clock = clock;
    }

    /** GET: what the link will do, and the form that does it. */
    public void show(Context ctx) {
        String token = ctx.pathParam("token");
        SignedLinks.Reading reading = links.read(ctx.pathParam("purpose"), token);
        respond(ctx, unusable(reading).orElseGet(() -> {
            LinkGrant grant = ((SignedLinks.Reading.Valid) reading).grant();
            return jdbi.onDemand(MailLinkStore.class).isUsed(grant.linkId()) ? LinkPage.used()
                    : confirmation(grant, token, "", Optional.empty());
        }));
    }

    /** POST: the change, once. */
    public void confirm(Context ctx) {
        String token = ctx.pathParam("token");
        SignedLinks.Reading reading = links.read(ctx.pathParam("purpose"), token);
        respond(ctx, unusable(reading).orElseGet(() -> {
            LinkGrant grant = ((SignedLinks.Reading.Valid) reading).grant();
            String text = grant.purpose() == LinkPurpose.UPDATE
                    ? Optional.ofNullable(ctx.formParam("text")).orElse("").strip() : "";
            Optional<String> problem = grant.purpose() == LinkPurpose.UPDATE ? problemWith(text) : Optional.empty();
            return problem.isPresent() ? confirmation(grant, token, text, problem) : apply(grant, text);
        }));
    }

    private static Optional<LinkPage.Page> unusable(SignedLinks.Reading reading) {
        if (reading instanceof SignedLinks.Reading.Forged) {
            return Optional.of(LinkPage.notValid());
        }
        return reading instanceof SignedLinks.Reading.Expired ? Optional.of(LinkPage.expired()) : Optional.empty();
    }

    private LinkPage.Page confirmation(LinkGrant grant, String token, String typed, Optional<String> problem) {
        return switch (grant.purpose()) {
            case DONE -> actions.action(grant.subjectId())
                    .map(a -> a.open() ? LinkPage.confirmDone(a, grant.person(), token) : LinkPage.closed(a))
                    .orElseGet(() -> LinkPage.gone("That action"));
            case UPDATE -> actions.action(grant.subjectId())
                    .map(a -> LinkPage.confirmUpdate(a, grant.person(), token, typed, problem))
                    .orElseGet(() -> LinkPage.gone("That action"));
            case UNSUBSCRIBE -> actions.groupName(grant.subjectId())
                    .map(name -> LinkPage.confirmUnsubscribe(name, grant.person(), token))
                    .orElseGet(() -> LinkPage.gone("That group"));
        };
    }

    private static Optional<String> problemWith(String update) {
        if (update.isEmpty()) {
            return Optional.of("Write your update first.");
        }
        return update.length() > TextLimits.NOTE ? Optional.of("An update is at most " + TextLimits.NOTE
                + " characters; this one has " + update.length() + ".") : Optional.empty();
    }

    /** Records the link as used and makes its change, in one transaction; a refusal rolls both back. */
    private LinkPage.Page apply(LinkGrant grant, String text) {
        Instant now = clock.instant();
        try {
            return jdbi.inTransaction(handle -> {
                if (!handle.attach(MailLinkStore.class).use(grant.linkId(), grant.purpose().pathName(), grant.expires(), now)) {
                    return LinkPage.used();
                }
                LinkActions.Outcome outcome = switch (grant.purpose()) {
                    case DONE -> actions.markDone(grant.subjectId(), grant.person(), now);
                    case UPDATE -> actions.addUpdate(grant.subjectId(), grant.person(), text, now);
                    case UNSUBSCRIBE -> actions.unsubscribe(grant.subjectId(), grant.person(), now);
                };
                if (!outcome.changed()) {
                    throw new Unchanged(outcome.message());
                }
                return LinkPage.done(outcome.message());
            });
        } catch (Unchanged e) {
            return LinkPage.unchanged(e.getMessage());
        } catch (CommandError e) {
            return LinkPage.refused(e.getMessage());
        }
    }

    /** Rolls back the link's use when its change turned out to change nothing. */
    private static final class Unchanged extends RuntimeException {
        Unchanged(String message) {
            super(message, null, false, false);
        }
    }

    private static void respond(Context ctx, LinkPage.Page page) {
        ctx.status(page.status());
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page.html().getBytes(StandardCharsets.UTF_8));
    }
}
