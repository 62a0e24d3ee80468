package io.applydesk.core.run;

import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.job.AtsType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the browser engine: by default it "submits" every job (SUCCESS with a
 * confirmation URL and one answer); a test scripts other behaviour per job URL. It records every
 * request it received and the worker thread that sent it.
 */
public final class ScriptedEngine implements ApplicationEngine {

    /** What the engine does for one job. */
    @FunctionalInterface
    public interface Behaviour {
        ApplyOutcome apply(ApplyRequest request, EngineListener listener) throws Exception;
    }

    /** Lets a test hold an application in PROCESSING until it releases it. */
    public static final class Gate {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        public void awaitEntered() throws InterruptedException {
            if (!entered.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("The engine was never called for the gated job");
            }
        }

        public void release() {
            released.countDown();
        }
    }

    public final List<ApplyRequest> requests = new CopyOnWriteArrayList<>();
    final List<String> threadNames = new CopyOnWriteArrayList<>();
    private final Map<String, Behaviour> byUrl = new ConcurrentHashMap<>();

    public void script(String jobUrl, Behaviour behaviour) {
        byUrl.put(jobUrl, behaviour);
    }

    /** The job succeeds only after the test releases the returned gate. */
    public Gate gate(String jobUrl) {
        Gate gate = new Gate();
        script(jobUrl, (request, listener) -> {
            gate.entered.countDown();
            if (!gate.released.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never released");
            }
            return success(request, listener);
        });
        return gate;
    }

    public long callsFor(String applicationId) {
        return requests.stream().filter(r -> r.applicationId().equals(applicationId)).count();
    }

    @Override
    public ApplyOutcome apply(ApplyRequest request, EngineListener listener) {
        requests.add(request);
        threadNames.add(Thread.currentThread().getName());
        try {
            return byUrl.getOrDefault(request.job().uri().toString(), ScriptedEngine::success)
                    .apply(request, listener);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ApplyOutcome success(ApplyRequest request, EngineListener listener) {
        listener.log("Filling in " + request.job().uri());
        listener.beforeSubmit();
        return new ApplyOutcome(ApplicationStatus.SUCCESS, AtsType.GREENHOUSE,
                request.job().uri() + "/confirmation", null, null,
                List.of(new AnsweredQuestion("Email", "email", request.profile().personalInformation().email(),
                        Provenance.profileField("personalInformation.email"))),
                List.of(), evidence(request));
    }

    public static ApplyOutcome needsInput(ApplyRequest request, List<PendingQuestion> pending) {
        return new ApplyOutcome(ApplicationStatus.NEEDS_INPUT, AtsType.GREENHOUSE, null,
                io.applydesk.core.error.ErrorCode.MISSING_REQUIRED_FIELD,
                "The form asks a required question no saved answer covers.", List.of(), pending, evidence(request));
    }

    public static Evidence evidence(ApplyRequest request) {
        return new Evidence(request.evidenceDir(), request.evidenceDir().resolve("filled.png"), null,
                request.evidenceDir().resolve("answers.json"), null, "abc123");
    }

    @Override
    public void close() {
    }
}
