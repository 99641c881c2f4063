package org.themebot.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server on a real socket that answers as scripted, for the replies GreenMail cannot
 * be made to give: a 421 greeting, a 550 or 452 for one recipient, a 554 after DATA, a server that
 * never speaks; and STARTTLS, which GreenMail's SMTP server does not offer. The n-th connection
 * follows the n-th script (later ones the last), until {@link #answer} gives one for every
 * connection from then on (whole-app tests change the server's mood mid-test). It keeps every
 * line the client sent.
 */
public final class ScriptedSmtp implements AutoCloseable {

    /** How the server answers one connection; a null greeting means it never says anything. */
    public record Script(String greeting, boolean offersStartTls, Map<String, String> rcptReplies, String dataReply) {

        public static Script accepting() {
            return new Script("220 localhost ESMTP scripted", false, Map.of(), "250 2.0.0 Ok: queued as 4F2B1");
        }

        public Script greeting(String reply) {
            return new Script(reply, offersStartTls, rcptReplies, dataReply);
        }

        Script withStartTls() {
            return new Script(greeting, true, rcptReplies, dataReply);
        }

        public Script rcpt(String address, String reply) {
            Map<String, String> replies = new HashMap<>(rcptReplies);
            replies.put(address, reply);
            return new Script(greeting, offersStartTls, replies, dataReply);
        }

        Script afterData(String reply) {
            return new Script(greeting, offersStartTls, rcptReplies, reply);
        }
    }

    private final ServerSocket server;
    private final List<Script> scripts;
    private final SSLContext tls = TestTls.server();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> transcript = Collections.synchronizedList(new ArrayList<>());
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private volatile Script fromNowOn;

    public ScriptedSmtp(Script... scripts) throws IOException {
        this.scripts = List.of(scripts);
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Every connection from now on is answered by this script. */
    public void answer(Script script) {
        fromNowOn = script;
    }

    public int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** Every line clients sent, in order; those sent after STARTTLS are prefixed "TLS ". */
    List<String> transcript() {
        return List.copyOf(transcript);
    }

    /** The messages accepted (a 250 after DATA), as sent. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                int n = connections.getAndIncrement();
                Script script = fromNowOn != null ? fromNowOn : scripts.get(Math.min(n, scripts.size() - 1));
                converse(socket, script);
            } catch (IOException closedOrGone) {
                // the test closed the server, or the client hung up: next connection
            }
        }
    }

    private void converse(Socket plain, Script script) throws IOException {
        Socket socket = plain;
        boolean secure = false;
        BufferedReader in = reader(socket);
        if (script.greeting() == null) {
            while (in.readLine() != null) {
                // silent until the client gives up
            }
            return;
        }
        send(socket, script.greeting());
        if (!script.greeting().startsWith("220")) {
            return;
        }
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            transcript.add((secure ? "TLS " : "") + line);
            switch (line.split(" ", 2)[0].toUpperCase(Locale.ROOT)) {
                case "EHLO" -> send(socket, "250-localhost\r\n" + (script.offersStartTls() && !secure ? "250-STARTTLS\r\n" : "")
                        + "250 AUTH PLAIN");
                case "STARTTLS" -> {
                    send(socket, "220 2.0.0 Ready to start TLS");
                    SSLSocket upgraded = (SSLSocket) tls.getSocketFactory().createSocket(socket, "localhost", socket.getPort(), true);
                    upgraded.setUseClientMode(false);
                    upgraded.startHandshake();
                    socket = upgraded;
                    in = reader(socket);
                    secure = true;
                }
                case "AUTH" -> send(socket, "235 2.7.0 Authentication successful");
                case "MAIL" -> send(socket, "250 2.1.0 Ok");
                case "RCPT" -> send(socket, script.rcptReplies().getOrDefault(
                        line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')), "250 2.1.5 Ok"));
                case "DATA" -> {
                    send(socket, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    for (String row = in.readLine(); row != null && !row.equals("."); row = in.readLine()) {
                        data.append(row.startsWith("..") ? row.substring(1) : row).append("\r\n");
                    }
                    if (script.dataReply().startsWith("250")) {
                        messages.add(data.toString());
                    }
                    send(socket, script.dataReply());
                }
                case "RSET", "NOOP" -> send(socket, "250 2.0.0 Ok");
                case "QUIT" -> {
                    send(socket, "221 2.0.0 Bye");
                    return;
                }
                default -> send(socket, "502 5.5.2 Error: command not recognized");
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void send(Socket socket, String reply) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
