package io.applydesk.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window's remembered place: text round trip, and clamping when its screen is gone. */
class WindowGeometryTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, 0, 2560, 1440);

    @Test
    void roundTripsAsText() {
        WindowGeometry geometry = new WindowGeometry(1500, 40, 1300, 900, true);
        assertEquals("1500,40,1300,900,true", geometry.format());
        assertEquals(Optional.of(geometry), WindowGeometry.parse(geometry.format()));
        assertEquals(Optional.empty(), WindowGeometry.parse("1500,40,1300"));
        assertEquals(Optional.empty(), WindowGeometry.parse("a,b,c,d,false"));
        assertEquals(Optional.empty(), WindowGeometry.parse("0,0,0,900,false"));
    }

    @Test
    void aWindowOnAScreenThatIsStillThereStaysWhereItWas() {
        WindowGeometry onMonitor = new WindowGeometry(1600, 100, 1800, 1200, false);
        assertEquals(onMonitor, onMonitor.visibleOn(List.of(LAPTOP, MONITOR)));
        WindowGeometry partlyOff = new WindowGeometry(-300, 50, 1000, 700, false);
        assertEquals(partlyOff, partlyOff.visibleOn(List.of(LAPTOP)), "enough of the title bar shows");
    }

    @Test
    void aWindowWhoseScreenIsGoneIsShrunkAndCentredOnThePrimaryScreen() {
        WindowGeometry onMonitor = new WindowGeometry(1600, 100, 1800, 1200, true);
        assertEquals(new WindowGeometry(0, 0, 1440, 900, true), onMonitor.visibleOn(List.of(LAPTOP)));
        WindowGeometry small = new WindowGeometry(3000, 500, 1000, 700, false);
        assertEquals(new WindowGeometry(220, 100, 1000, 700, false), small.visibleOn(List.of(LAPTOP)));
        WindowGeometry titleBarAbove = new WindowGeometry(100, -200, 1000, 700, false);
        assertEquals(new WindowGeometry(220, 100, 1000, 700, false), titleBarAbove.visibleOn(List.of(LAPTOP)));
    }
}
