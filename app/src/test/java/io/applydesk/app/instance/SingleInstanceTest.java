package io.applydesk.app.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path data;

    @Test
    void aSecondDesktopStartAsksTheFirstToShowItsWindow() throws Exception {
        SingleInstance first = acquired(SingleInstance.claim(data, SingleInstance.DESKTOP));
        CountDownLatch shown = new CountDownLatch(1);
        first.onShowRequest(shown::countDown);

        InstanceClaim second = SingleInstance.claim(data, SingleInstance.DESKTOP);

        InstanceClaim.AlreadyRunning running = assertInstanceOf(InstanceClaim.AlreadyRunning.class, second);
        assertEquals(new InstanceClaim.AlreadyRunning(SingleInstance.DESKTOP, true), running);
        assertTrue(shown.await(10, TimeUnit.SECONDS), "the first instance's callback did not run");
        assertEquals("ApplyDesk is already open; its window has been brought to the front.", running.sentence());

        first.close();
        assertFalse(Files.exists(data.resolve(SingleInstance.INSTANCE_FILE)));
        acquired(SingleInstance.claim(data, SingleInstance.DESKTOP)).close();
    }

    @Test
    void aRequestWithoutTheTokenShowsNothing() throws Exception {
        SingleInstance first = acquired(SingleInstance.claim(data, SingleInstance.DESKTOP));
        AtomicInteger shows = new AtomicInteger();
        CountDownLatch shown = new CountDownLatch(1);
        first.onShowRequest(() -> {
            shows.incrementAndGet();
            shown.countDown();
        });
        Properties description = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve(SingleInstance.INSTANCE_FILE))) {
            description.load(in);
        }
        int port = Integer.parseInt(description.getProperty("port"));

        assertEquals("NO", send(port, "SHOW 0123456789abcdef"));
        assertEquals("OK", send(port, "SHOW " + description.getProperty("token")));

        assertTrue(shown.await(10, TimeUnit.SECONDS));
        assertEquals(1, shows.get());
        if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve(SingleInstance.INSTANCE_FILE))));
        }
        first.close();
    }

    @Test
    void aCliCommandHoldingTheDataFolderIsNamedAndTheDesktopRefusesCommands() {
        SingleInstance apply = acquired(SingleInstance.claim(data, "apply"));
        InstanceClaim.AlreadyRunning desktop = assertInstanceOf(InstanceClaim.AlreadyRunning.class,
                SingleInstance.claim(data, SingleInstance.DESKTOP));
        assertEquals(new InstanceClaim.AlreadyRunning("apply", false), desktop);
        assertEquals("ApplyDesk is already running 'applydesk apply' on this data folder; wait for it to finish, "
                + "then try again.", desktop.sentence());
        apply.close();

        SingleInstance window = acquired(SingleInstance.claim(data, SingleInstance.DESKTOP));
        InstanceClaim.AlreadyRunning command = assertInstanceOf(InstanceClaim.AlreadyRunning.class,
                SingleInstance.claim(data, "apply"));
        ApplyDeskException refusal = command.refusal();
        assertEquals(ErrorCode.RATE_LIMIT_CONCURRENT_EXCEEDED, refusal.code());
        assertEquals("The ApplyDesk window is open on this data folder, and its data can be used by one program "
                + "at a time: close the window, then run the command again.", refusal.getMessage());
        window.close();
    }

    private static SingleInstance acquired(InstanceClaim claim) {
        return assertInstanceOf(InstanceClaim.Acquired.class, claim).instance();
    }

    private static String send(int port, String line) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
