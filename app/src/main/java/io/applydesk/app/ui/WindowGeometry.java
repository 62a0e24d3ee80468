package io.applydesk.app.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window is and how big, remembered across starts as text ({@code x,y,width,height,maximised}).
 * Pure values and arithmetic, so the clamping is tested without a screen.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximised) {
    /** The smallest part of a title bar that must stay on a screen for the window to be found and dragged. */
    static final double GRIP = 64;

    /** The text kept in the settings. */
    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximised);
    }

    /** The geometry in {@code text}, or empty when it is not one (an older or hand-edited value). */
    public static Optional<WindowGeometry> parse(String text) {
        String[] parts = text.strip().split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (!(width > 0 && height > 0)) {
                return Optional.empty();
            }
            return Optional.of(new WindowGeometry(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    width, height, Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * This geometry made visible on {@code screens} (their visual bounds): unchanged when its title bar is on one
     * of them; otherwise moved onto the first (primary) screen, shrunk to fit it, and centred, because the screen
     * it was on is gone (a monitor unplugged, the resolution lowered).
     */
    public WindowGeometry visibleOn(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        for (Rectangle2D screen : screens) {
            if (titleBarOn(screen)) {
                return this;
            }
        }
        Rectangle2D primary = screens.get(0);
        double w = Math.min(width, primary.getWidth());
        double h = Math.min(height, primary.getHeight());
        return new WindowGeometry(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h, maximised);
    }

    /** True when the top edge is on the screen with at least {@link #GRIP} of the title bar showing. */
    private boolean titleBarOn(Rectangle2D screen) {
        double visibleWidth = Math.min(x + width, screen.getMaxX()) - Math.max(x, screen.getMinX());
        return y >= screen.getMinY() && y + GRIP / 2 <= screen.getMaxY()
                && visibleWidth >= Math.min(GRIP, width);
    }
}
