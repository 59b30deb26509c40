package fr.ploucs.events;

import fr.ploucs.sharedkernel.PloucsEvent;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.aop.Pointcut;
import org.aopalliance.aop.Advice;
import org.springframework.core.Ordered;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.event.TransactionalEventListener;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Wraps every transactional event listener: when one throws, the error is recorded against the listener and the
 * event ({@code platform.event_listener_failure}) before the exception goes on to Spring Modulith, which marks the
 * publication failed. It runs outside the listener's own transaction, which has rolled back by then.
 */
class ListenerFailureRecording extends AbstractPointcutAdvisor {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailureRecording.class);

    private final Pointcut pointcut = new AnnotationMatchingPointcut(null, TransactionalEventListener.class, true);
    private final Advice advice;

    ListenerFailureRecording(Supplier<ListenerFailures> failures) {
        this.advice = new Recorder(failures);
        // Inside Modulith's completion registration (HIGHEST_PRECEDENCE + 10), outside the listener's transaction.
        setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return advice;
    }

    private static final class Recorder implements MethodInterceptor {

        private static final Map<Method, String> LISTENER_IDS = new ConcurrentHashMap<>();

        private final Supplier<ListenerFailures> failures;

        Recorder(Supplier<ListenerFailures> failures) {
            this.failures = failures;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            try {
                return invocation.proceed();
            } catch (Throwable failure) {
                Object[] arguments = invocation.getArguments();
                if (arguments.length == 1 && arguments[0] instanceof PloucsEvent event) {
                    record(invocation.getMethod(), event, failure);
                }
                throw failure;
            }
        }

        private void record(Method method, PloucsEvent event, Throwable failure) {
            try {
                String listenerId = LISTENER_IDS.computeIfAbsent(method, it ->
                        new TransactionalApplicationListenerMethodAdapter("listener", it.getDeclaringClass(), it)
                                .getListenerId());
                failures.get().record(listenerId, event, failure);
            } catch (RuntimeException e) {
                log.warn("Could not record the failure of a listener on event {}: {}", event.eventId(), e.getMessage());
            }
        }
    }
}
