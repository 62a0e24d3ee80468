package io.applydesk.app.ui.tray;

import java.awt.EventQueue;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** ApplyDesk's icon in the test display's tray, and its menu, as the candidate sees and uses them (AWT thread). */
final class TrayMenu {
    private TrayMenu() {
    }

    /** The labels of the menu ("-" for a separator), read on the AWT thread. */
    static List<String> labels() throws Exception {
        List<String> labels = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            PopupMenu menu = ourIcon().getPopupMenu();
            for (int i = 0; i < menu.getItemCount(); i++) {
                labels.add(menu.getItem(i).getLabel());
            }
        });
        return labels;
    }

    /** The enabled menu item whose label starts so, chosen as a click would: its listeners on the AWT thread. */
    static void choose(String labelStart) throws Exception {
        EventQueue.invokeAndWait(() -> {
            PopupMenu menu = ourIcon().getPopupMenu();
            for (int i = 0; i < menu.getItemCount(); i++) {
                MenuItem item = menu.getItem(i);
                if (item.getLabel().startsWith(labelStart) && item.isEnabled()) {
                    for (ActionListener listener : item.getActionListeners()) {
                        listener.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getLabel()));
                    }
                    return;
                }
            }
            throw new AssertionError("no enabled tray item " + labelStart);
        });
    }

    /** Whether the item labelled so is enabled, read on the AWT thread. */
    static boolean isEnabled(String label) throws Exception {
        boolean[] enabled = new boolean[1];
        EventQueue.invokeAndWait(() -> {
            PopupMenu menu = ourIcon().getPopupMenu();
            for (int i = 0; i < menu.getItemCount(); i++) {
                if (menu.getItem(i).getLabel().equals(label)) {
                    enabled[0] = menu.getItem(i).isEnabled();
                    return;
                }
            }
            throw new AssertionError("no tray item " + label);
        });
        return enabled[0];
    }

    /** How many ApplyDesk icons the tray holds. */
    static long icons() {
        return Arrays.stream(SystemTray.getSystemTray().getTrayIcons()).filter(TrayMenu::isOurs).count();
    }

    private static TrayIcon ourIcon() {
        return Arrays.stream(SystemTray.getSystemTray().getTrayIcons()).filter(TrayMenu::isOurs).findFirst()
                .orElseThrow(() -> new AssertionError("ApplyDesk's icon is not in the tray"));
    }

    private static boolean isOurs(TrayIcon icon) {
        return icon.getToolTip().startsWith("ApplyDesk");
    }
}
