package io.applydesk.app.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TaskExecutor} that keeps each task until the test runs it, in any order it likes, so tests can make a
 * newer task finish before an older one. Everything runs on the calling thread.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private static final InlineTaskExecutor INLINE = new InlineTaskExecutor();

    private final List<BackgroundTask<?>> queued = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        queued.add(task);
    }

    public int size() {
        return queued.size();
    }

    /** Runs the task queued at {@code index} (0 = the oldest still waiting) and removes it. */
    public void run(int index) {
        run(queued.remove(index));
    }

    /** Runs every waiting task, oldest first, including tasks they queue. */
    public void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }

    private static void run(BackgroundTask<?> task) {
        INLINE.execute(task);
    }
}
