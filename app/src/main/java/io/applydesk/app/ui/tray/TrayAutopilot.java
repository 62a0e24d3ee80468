package io.applydesk.app.ui.tray;

import io.applydesk.app.AppContext;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.run.RunChanged;
import io.applydesk.core.run.RunEvent;
import io.applydesk.core.run.Subscription;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionQuery;
import io.applydesk.core.session.SessionStatus;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ApplyDesk's icon in the system tray, for an autopilot that runs while its window is closed. The
 * menu opens the window, lists the active and paused sessions with pause or resume, pauses all, and
 * quits; a notification tells when a run ends and when the candidate is needed ({@link TrayNotices}).
 *
 * <p>Three threads meet here: run events arrive on worker threads, the menu lives on the AWT event
 * thread, and database work runs on this class's own thread, so neither of the others waits on it.
 * {@code openWindow} and {@code quit} are called on the AWT thread: they hop to the FX thread themselves.
 */
public final class TrayAutopilot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrayAutopilot.class);
    static final String OPEN = "Open ApplyDesk";
    static final String PAUSE_ALL = "Pause all sessions";
    static final String QUIT = "Quit ApplyDesk";
    static final String NO_SESSIONS = "No sessions running";
    /** Enough for a menu; the Sessions page lists every one. */
    private static final int MAX_SESSIONS = 20;

    private final AppContext context;
    private final Runnable openWindow;
    private final Runnable quit;
    private final TrayIcon icon;
    private final TrayNotices notices = new TrayNotices();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "applydesk-tray");
        t.setDaemon(true);
        return t;
    });
    private Subscription subscription;

    private TrayAutopilot(AppContext context, Runnable openWindow, Runnable quit, TrayIcon icon) {
        this.context = context;
        this.openWindow = openWindow;
        this.quit = quit;
        this.icon = icon;
    }

    /** True where the desktop shows tray icons (not under a headless JVM, nor without a tray manager). */
    public static boolean isSupported() {
        return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    /** Puts the icon in the tray; empty where there is no tray or it refused the icon. */
    public static Optional<TrayAutopilot> install(AppContext context, Runnable openWindow, Runnable quit) {
        if (!isSupported()) {
            return Optional.empty();
        }
        TrayIcon icon = new TrayIcon(image(), "ApplyDesk", new PopupMenu());
        icon.setImageAutoSize(true);
        TrayAutopilot tray = new TrayAutopilot(context, openWindow, quit, icon);
        icon.addActionListener(event -> openWindow.run());
        try {
            SystemTray.getSystemTray().add(icon);
        } catch (AWTException | RuntimeException e) {
            LOG.warn("The system tray refused ApplyDesk's icon; closing the window will ask what to do", e);
            return Optional.empty();
        }
        tray.subscription = context.runs().addListener(tray::onEvent);
        tray.refresh();
        return Optional.of(tray);
    }

    /** Shows a notification next to the tray icon. */
    public void notify(TrayNotices.Notice notice) {
        EventQueue.invokeLater(() -> icon.displayMessage(notice.caption(), notice.text(), TrayIcon.MessageType.INFO));
    }

    /** Reads the sessions again and rebuilds the menu (a session was created, paused, resumed or ended). */
    public void refresh() {
        submit(() -> {
            List<TrayMenuEntries.Entry> entries = TrayMenuEntries.of(openSessions(), ZoneId.systemDefault());
            EventQueue.invokeLater(() -> rebuild(entries));
        });
    }

    private void onEvent(RunEvent event) {
        notices.noticeFor(event).ifPresent(this::notify);
        if (event instanceof RunChanged) {
            refresh();
        }
    }

    private List<Session> openSessions() {
        List<Session> open = new ArrayList<>();
        for (SessionStatus status : List.of(SessionStatus.ACTIVE, SessionStatus.PAUSED)) {
            open.addAll(context.sessions().list(new SessionQuery(status, null, PageRequest.of(null, MAX_SESSIONS)))
                    .data());
        }
        return open;
    }

    /** On the AWT thread. */
    private void rebuild(List<TrayMenuEntries.Entry> entries) {
        PopupMenu menu = icon.getPopupMenu();
        menu.removeAll();
        menu.add(item(OPEN, openWindow));
        menu.addSeparator();
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem(NO_SESSIONS);
            none.setEnabled(false);
            menu.add(none);
        }
        for (TrayMenuEntries.Entry entry : entries) {
            menu.add(item(entry.actionLabel(), () -> submit(() -> act(entry))));
        }
        MenuItem pauseAll = item(PAUSE_ALL, () -> submit(() -> entries.stream().filter(e -> !e.resumes())
                .forEach(this::act)));
        pauseAll.setEnabled(entries.stream().anyMatch(e -> !e.resumes()));
        menu.add(pauseAll);
        menu.addSeparator();
        menu.add(item(QUIT, quit));
        icon.setToolTip(entries.isEmpty() ? "ApplyDesk" : "ApplyDesk — " + entries.size()
                + (entries.size() == 1 ? " session" : " sessions"));
    }

    /** Pauses or resumes one session, on the tray's thread; a refusal (it ended meanwhile) is only logged. */
    private void act(TrayMenuEntries.Entry entry) {
        try {
            if (entry.resumes()) {
                context.runs().resumeSession(entry.sessionId());
            } else {
                context.runs().pauseSession(entry.sessionId());
            }
            context.scheduler().sessionsChanged();
        } catch (RuntimeException e) {
            LOG.warn("Could not {} session {} from the tray", entry.resumes() ? "resume" : "pause", entry.sessionId(), e);
        }
        refresh();
    }

    private void submit(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("A tray action failed", e);
                }
            });
        } catch (RejectedExecutionException closed) {
            // The app is quitting: nothing left to show.
        }
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(event -> action.run());
        return item;
    }

    /** The app icon; the tray scales it. A build without the assets module gets a plain square. */
    private static Image image() {
        try (InputStream in = TrayAutopilot.class.getResourceAsStream("/io/applydesk/assets/icon-32.png")) {
            if (in != null) {
                return ImageIO.read(in);
            }
        } catch (IOException e) {
            LOG.debug("Tray icon not readable", e);
        }
        return new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB);
    }

    /** Takes the icon out of the tray and stops listening. */
    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
        worker.shutdownNow();
        try {
            EventQueue.invokeAndWait(() -> SystemTray.getSystemTray().remove(icon));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            LOG.debug("Removing the tray icon failed", e);
        }
    }
}
