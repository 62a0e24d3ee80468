package io.applydesk.app.ui.common;

import io.applydesk.core.application.ApplicationStatus;

/** An application's status as the window writes it: the hosted API's own word, spaced ("NEEDS INPUT"). */
public final class ApplicationStatusText {
    private ApplicationStatusText() {
    }

    public static String of(ApplicationStatus status) {
        return status.name().replace('_', ' ');
    }
}
