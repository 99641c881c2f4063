package bench;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ceiling for themebot's acks: Javalin answering POST /slack/events after the work every Slack
 * request needs and nothing else: the v0 signature checked on the raw body (timestamp within 5
 * minutes), the form parsed, a one-line ephemeral ack. PORT and SLACK_SIGNING_SECRET from the
 * environment; it listens on 127.0.0.1 only.
 */
public final class JavalinCeiling {

    private static final long FRESH_MILLIS = 5 * 60 * 1000;

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv("PORT"));
        SecretKeySpec key = new SecretKeySpec(System.getenv("SLACK_SIGNING_SECRET").getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
        // A Mac per thread: Mac.getInstance per request would cost more than the check itself.
        ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/slack/events", ctx -> {
                byte[] body = ctx.bodyAsBytes();
                if (!signed(macs.get(), ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body)) {
                    ctx.status(401).result("{\"error\":\"invalid request\"}");
                    return;
                }
                Map<String, List<String>> form = ctx.formParamMap();
                String command = form.getOrDefault("command", List.of("")).get(0);
                ctx.contentType("application/json")
                        .result("{\"response_type\":\"ephemeral\",\"text\":\"" + command.replace("\"", "") + " ok\"}");
            });
        }).start("127.0.0.1", port);
    }

    private static boolean signed(Mac mac, String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return false;
        }
        try {
            if (Math.abs(System.currentTimeMillis() - Long.parseLong(timestamp) * 1000) > FRESH_MILLIS) {
                return false;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        mac.reset();
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
        String expected = "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
