package io.applydesk.app.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ApplyDesk per data directory. The owner holds an OS file lock on {@code <data>/applydesk.lock}
 * (released by the OS when the process dies, so a crash never leaves a stale lock) and describes
 * itself in {@code <data>/applydesk.instance}: what it runs and, for the desktop app, a loopback port
 * and a random token. A second desktop start sends the token to that port, the first shows its
 * window, and the second exits. The token proves the asker can read the data directory, so
 * another local program cannot drive the window through the port.
 *
 * <p>The lock file is never deleted: a process that opened it just before the deletion would lock
 * a file nobody else sees.
 */
public final class SingleInstance implements AutoCloseable {
    /** The owner name of the desktop app. */
    public static final String DESKTOP = "desktop";

    static final String LOCK_FILE = "applydesk.lock";
    static final String INSTANCE_FILE = "applydesk.instance";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String SHOW = "SHOW ";
    private static final int TIMEOUT_MILLIS = 2_000;
    private static final int MAX_LINE = 200;

    private final FileChannel channel;
    private final FileLock lock;
    private final Path instanceFile;
    private final ServerSocket server;
    private final String token;
    private volatile Runnable showHandler;

    private SingleInstance(FileChannel channel, FileLock lock, Path instanceFile, ServerSocket server, String token) {
        this.channel = channel;
        this.lock = lock;
        this.instanceFile = instanceFile;
        this.server = server;
        this.token = token;
    }

    /**
     * Claims the data directory for {@code owner}: {@link #DESKTOP} (which then answers show
     * requests) or the name of a CLI command. When another process holds it and is the desktop
     * app, asks it to show its window.
     *
     * @throws UncheckedIOException when the data directory cannot be written
     */
    public static InstanceClaim claim(Path dataDir, String owner) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return askRunning(dataDir.resolve(INSTANCE_FILE));
            }
            try {
                return new InstanceClaim.Acquired(start(channel, lock, dataDir.resolve(INSTANCE_FILE), owner));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ApplyDesk could not use its data folder " + dataDir, e);
        }
    }

    /**
     * What to run when a second desktop start asks for the window (on a background thread: hand it
     * to the UI thread). Requests before a handler is set are answered and otherwise ignored: the
     * window is still opening.
     */
    public void onShowRequest(Runnable handler) {
        this.showHandler = handler;
    }

    /** Releases the data directory: stops answering, removes the description, unlocks. */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
            Files.deleteIfExists(instanceFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS releases the lock when the process exits anyway.
            LOG.warn("Could not release the single-instance lock cleanly", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            // This JVM holds it already (the lock is per process, so the OS would grant it again).
            return null;
        }
    }

    private static SingleInstance start(FileChannel channel, FileLock lock, Path instanceFile, String owner)
            throws IOException {
        Properties description = new Properties();
        description.setProperty("owner", owner);
        ServerSocket server = null;
        String token = null;
        if (DESKTOP.equals(owner)) {
            server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            token = HexFormat.of().formatHex(secret);
            description.setProperty("port", Integer.toString(server.getLocalPort()));
            description.setProperty("token", token);
        }
        writePrivately(instanceFile, description);
        SingleInstance instance = new SingleInstance(channel, lock, instanceFile, server, token);
        if (server != null) {
            Thread t = new Thread(instance::serve, "applydesk-instance");
            t.setDaemon(true);
            t.start();
        }
        return instance;
    }

    /** Answers show requests until the server socket is closed. */
    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MILLIS);
                String line = readLine(s);
                boolean valid = line != null && line.startsWith(SHOW) && MessageDigest.isEqual(
                        line.substring(SHOW.length()).getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                out.write((valid ? "OK\n" : "NO\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Runnable handler = showHandler;
                if (valid && handler != null) {
                    handler.run();
                }
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("A request to show the window failed", e);
                }
            }
        }
    }

    private static InstanceClaim askRunning(Path instanceFile) {
        Properties description = new Properties();
        try (BufferedReader in = Files.newBufferedReader(instanceFile, StandardCharsets.UTF_8)) {
            description.load(in);
        } catch (IOException e) {
            // Not written yet (the other one is starting) or already removed (it is closing).
            return new InstanceClaim.AlreadyRunning(null, false);
        }
        String owner = description.getProperty("owner");
        String port = description.getProperty("port");
        String token = description.getProperty("token");
        if (port == null || token == null) {
            return new InstanceClaim.AlreadyRunning(owner, false);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)), TIMEOUT_MILLIS);
            s.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = s.getOutputStream();
            out.write((SHOW + token + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new InstanceClaim.AlreadyRunning(owner, "OK".equals(readLine(s)));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Could not ask the running ApplyDesk to show its window", e);
            return new InstanceClaim.AlreadyRunning(owner, false);
        }
    }

    /** One line of at most {@value #MAX_LINE} characters, or null at the end of the stream. */
    private static String readLine(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (line.length() == MAX_LINE) {
                return "";
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** Writes the file readable by its owner only where the file system allows, replacing it at once. */
    private static void writePrivately(Path file, Properties content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // Windows: the data folder sits in the user's profile, which other users cannot read.
        }
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            content.store(w, "ApplyDesk instance; removed when it closes");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
