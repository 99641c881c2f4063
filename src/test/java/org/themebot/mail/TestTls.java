package org.themebot.mail;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the mail tests: a self-signed certificate for localhost and 127.0.0.1
 * (src/test/resources/mail/localhost.p12, password changeit, valid until 2126), which the test
 * servers present and the client trusts, so certificate and host-name checks stay on.
 */
final class TestTls {

    static final String KEYSTORE = "/mail/localhost.p12";
    private static final char[] PASSWORD = "changeit".toCharArray();

    private TestTls() {
    }

    /** What the SMTP client trusts: only the test certificate. */
    static SSLSocketFactory trustingTestCertificate() {
        return Once.CLIENT;
    }

    /** What a test server presents. */
    static SSLContext server() {
        return Once.SERVER;
    }

    /** Made once per JVM: opening the key store (PKCS #12, its key derived from the password) is slow. */
    private static final class Once {
        static final SSLSocketFactory CLIENT = trusting();
        static final SSLContext SERVER = presenting();
    }

    private static SSLSocketFactory trusting() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext presenting() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** GreenMail's SMTPS server reads its key store from this property (its own certificate names no host). */
    static void forGreenMail() {
        try {
            System.setProperty("greenmail.tls.keystore.file", Path.of(TestTls.class.getResource(KEYSTORE).toURI()).toString());
            System.setProperty("greenmail.tls.keystore.password", new String(PASSWORD));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore keyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestTls.class.getResourceAsStream(KEYSTORE)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
