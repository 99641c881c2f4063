package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that send their request bodies a byte at a time do not stop acks: each is given up on
 * once its body arrives slower than the server's minimum rate, and Slack's requests go on being
 * answered meanwhile.
 */
class SlowBodiesIT {

    static final int SLOW_CLIENTS = 300;

    @RegisterExtension
    static final TestBot bot = new TestBot();

    final List<Socket> sockets = new ArrayList<>();
    final ExecutorService trickle = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void threeHundredSlowBodiesNeitherHoldUpAnAckNorStayOpen() throws Exception {
        String channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", TestBot.SUE, TestBot.DEBBIE);
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            Socket socket = new Socket("127.0.0.1", bot.app().port());
            sockets.add(socket);
            socket.getOutputStream().write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + "application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        AtomicInteger cutOff = new AtomicInteger();
        trickle.submit(() -> trickleUntilClosed(sockets, cutOff));

        CommandResult help = bot.command(TestBot.BALBIR, channel, "/themebot", "help");

        assertThat(help.status()).isEqualTo(200);
        assertThat(help.elapsedMs()).as("the ack, with %d slow bodies pending", SLOW_CLIENTS).isLessThan(3000);
        assertThat(help.ackText()).contains("/action");
        assertThat(FakeSlack.waitFor(() -> cutOff.get() == SLOW_CLIENTS, Duration.ofSeconds(30)))
                .as("every slow client is cut off (%d of %d so far)", cutOff.get(), SLOW_CLIENTS).isTrue();
    }

    /** Sends each client's next byte every 300 ms, counting the clients the server has closed. */
    private static void trickleUntilClosed(List<Socket> sockets, AtomicInteger cutOff) {
        List<Socket> open = new ArrayList<>(sockets);
        while (!open.isEmpty() && !Thread.currentThread().isInterrupted()) {
            open.removeIf(socket -> {
                try {
                    socket.getOutputStream().write('a');
                    socket.getOutputStream().flush();
                    if (socket.getInputStream().available() > 0) { // the server's 408, and then it closes
                        cutOff.incrementAndGet();
                        return true;
                    }
                    return false;
                } catch (IOException closed) {
                    cutOff.incrementAndGet();
                    return true;
                }
            });
            try {
                TimeUnit.MILLISECONDS.sleep(300); // the pace of a slow client, not a wait for a result
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
