package io.applydesk.app.bench;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;

/**
 * How long the window takes to notice a key: Shift is pressed and released in turn every few ms (X's test extension,
 * through AWT's {@code Robot}: a real keyboard's path, through the X server and GTK's event loop) and each is timed
 * until the FX thread sees it. Unlike a posted task, an input event does not pass JavaFX's {@code runLater}
 * dispatcher, so this is the wait a person at the window feels. Shift alone does nothing anywhere in the window.
 * (Pointer moves would not do: GDK holds motion events back to the next frame.)
 */
final class InputProbe implements AutoCloseable {
    private final Scene scene;
    private final Robot robot;
    private final long everyMillis;
    /** When each press (and each release) not yet seen was made, oldest first: key events arrive in order. */
    private final Queue<Long> presses = new ConcurrentLinkedQueue<>();
    private final Queue<Long> releases = new ConcurrentLinkedQueue<>();
    /** FX thread only: {wait, made at (from startedAt)} in ns. */
    private final List<long[]> waits = new ArrayList<>();
    private final EventHandler<javafx.scene.input.KeyEvent> onKey = this::seen;
    private final Thread presser;
    private volatile boolean going = true;
    private int made;
    private long startedAt;

    /** Call on the FX thread; the window must have the keyboard's focus. */
    InputProbe(Scene scene, long everyMillis) {
        this.scene = scene;
        try {
            this.robot = new Robot();
        } catch (AWTException e) {
            throw new IllegalStateException("This display cannot type (no X test extension?)", e);
        }
        this.everyMillis = everyMillis;
        scene.addEventFilter(javafx.scene.input.KeyEvent.ANY, onKey);
        presser = new Thread(this::typeWhileGoing, "input-probe");
        presser.setDaemon(true);
    }

    /** Begins typing; waits are reported from {@code startedAt} (a {@code nanoTime}). */
    void start(long startedAt) {
        this.startedAt = startedAt;
        presser.start();
    }

    private void typeWhileGoing() {
        // At normal priority: a timestamp taken and then a wait for a CPU before the key goes out would count as
        // the window's. It sleeps between keys, and a key costs it microseconds.
        boolean press = true;
        while (going || !press) {
            (press ? presses : releases).add(System.nanoTime());
            if (press) {
                robot.keyPress(KeyEvent.VK_SHIFT);
                made++;
            } else {
                robot.keyRelease(KeyEvent.VK_SHIFT);
            }
            press = !press;
            try {
                Thread.sleep(everyMillis);
            } catch (InterruptedException e) {
                // closing: the loop still releases Shift
            }
        }
    }

    private void seen(javafx.scene.input.KeyEvent event) {
        long now = System.nanoTime();
        if (event.getCode() != KeyCode.SHIFT) {
            return;
        }
        Queue<Long> made = event.getEventType() == javafx.scene.input.KeyEvent.KEY_PRESSED ? presses
                : event.getEventType() == javafx.scene.input.KeyEvent.KEY_RELEASED ? releases : null;
        Long at = made == null ? null : made.poll();
        if (at != null) {
            waits.add(new long[] {now - at, at - startedAt});
        }
    }

    @Override
    public void close() throws InterruptedException {
        going = false;
        presser.interrupt();
        presser.join();
    }

    /** Call on the FX thread after {@link #close}: the longest waits and when they began. */
    String report() {
        scene.removeEventFilter(javafx.scene.input.KeyEvent.ANY, onKey);
        List<Long> all = waits.stream().map(wait -> wait[0]).sorted().toList();
        if (all.isEmpty()) {
            return "no key reached the window";
        }
        String longest = IntStream.range(0, waits.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> waits.get(i)[0]).reversed()).limit(5)
                .map(i -> String.format("%.0f ms at %.1f s", waits.get(i)[0] / 1e6, waits.get(i)[1] / 1e9))
                .collect(Collectors.joining(", "));
        return String.format("max %4.1f ms  p99 %4.1f ms  (%d of %d key presses and releases seen; longest: %s)",
                all.get(all.size() - 1) / 1e6, all.get((int) Math.floor(0.99 * (all.size() - 1))) / 1e6,
                all.size(), 2 * made, longest);
    }
}
